// purls per type, built with packageurl-js so encoding follows the spec (npm scopes as %40, PyPI
// names lower-cased with `_` → `-`, Go module paths split into namespace and name).
import type { PurlType } from './types.js';

/**
 * Loaded at the first purl, not with the engine: its module makes an Intl.Collator as it loads
 * (about 8 ms of every run's start), and a re-run whose manifests did not change builds no purl.
 * The bundle turns the require() into a call of the bundled module.
 */
let purls: typeof import('packageurl-js') | undefined;

export function purlOf(type: PurlType, namespace: string | undefined, name: string, version: string, qualifiers?: Record<string, string>, subpath?: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load of a bundled module (above)
  purls ??= require('packageurl-js') as typeof import('packageurl-js');
  return new purls.PackageURL(type, namespace || undefined, name, version || undefined, qualifiers, subpath).toString();
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
