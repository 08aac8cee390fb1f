// purls per type, built with packageurl-js so encoding follows the spec (npm scopes as %40, PyPI
// names lower-cased with `_` → `-`, Go module paths split into namespace and name).
import { PackageURL } from 'packageurl-js';
import type { PurlType } from './types.js';

export function purlOf(type: PurlType, namespace: string | undefined, name: string, version: string, qualifiers?: Record<string, string>, subpath?: string): string {
  return new PackageURL(type, namespace || undefined, name, version || undefined, qualifiers, subpath).toString();
}

/** `@scope/name` → purl, group and name parts; `vcsUrl` for a package installed from git. */
export function npmPurl(fullName: string, version: string, vcsUrl?: string): { purl: string; group?: string } {
  const slash = fullName.startsWith('@') ? fullName.indexOf('/') : -1;
  const group = slash > 0 ? fullName.slice(0, slash) : undefined;
  const name = slash > 0 ? fullName.slice(slash + 1) : fullName;
  return { purl: purlOf('npm', group, name, version, vcsUrl ? { vcs_url: vcsUrl } : undefined), ...(group ? { group } : {}) };
}

/** PEP 503 normalized name: runs of `-`, `_`, `.` become `-`, lower case. */
export function normalizePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

export function pypiPurl(name: string, version: string): string {
  // The purl spec lower-cases and turns `_` into `-` (packageurl-js does both); dots stay.
  return purlOf('pypi', undefined, name, version);
}

/** `github.com/gin-gonic/gin` → namespace `github.com/gin-gonic`, name `gin`. */
export function goPurl(module: string, version: string): { purl: string; group?: string } {
  const slash = module.lastIndexOf('/');
  const group = slash > 0 ? module.slice(0, slash) : undefined;
  return { purl: purlOf('golang', group, slash > 0 ? module.slice(slash + 1) : module, version), ...(group ? { group } : {}) };
}
