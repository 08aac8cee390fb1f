// NuGet packages.lock.json: per target framework, `Name: { type, resolved, contentHash, dependencies }`.
// `Project` entries are the solution's own projects; `contentHash` is the base64 SHA-512 of the .nupkg.
// https://learn.microsoft.com/en-us/nuget/consume-packages/package-references-in-project-files#locking-dependencies
import { addEdge } from '../graph.js';
import { fromBase64 } from '../hashes.js';
import { purlOf } from '../purl.js';
import { fail, guarded, ok, record, str, type Ecosystem, type LockedPackage, type ParseResult, type Skipped } from '../types.js';
import { stripBom } from '../npm/manifest.js';

export const nugetEcosystem: Ecosystem = {
  id: 'nuget',
  purlType: 'nuget',
  lockfiles: ['packages.lock.json'],
  parse: (c, p) => guarded(p, () => parseNugetLock(c)),
};

export function parseNugetLock(content: string): ParseResult<LockedPackage[]> {
  const doc = record(JSON.parse(stripBom(content)));
  const frameworks = record(doc?.dependencies);
  if (!frameworks) return fail('no `dependencies` object');
  const out = new Map<string, LockedPackage>();
  const skipped: Skipped[] = [];
  // Package ids are case-insensitive in NuGet.
  const byName = new Map<string, LockedPackage>();
  const pending: Array<[LockedPackage, Record<string, unknown>]> = [];
  for (const fw of Object.values(frameworks)) {
    for (const [name, raw] of Object.entries(record(fw) ?? {})) {
      const e = record(raw);
      if (!e) continue;
      if (e.type === 'Project') {
        skipped.push({ name, reason: 'project reference (built from this repository)' });
        continue;
      }
      const version = str(e.resolved);
      if (!version) continue;
      const h = fromBase64(e.contentHash, 'SHA-512');
      const pkg: LockedPackage = { purl: purlOf('nuget', undefined, name, version), type: 'nuget', name, version, ...(h ? { hashes: [h] } : {}), ...(e.type === 'Direct' ? { direct: true } : {}) };
      const prev = out.get(pkg.purl);
      if (prev) {
        if (pkg.direct) prev.direct = true;
      } else {
        out.set(pkg.purl, pkg);
        byName.set(name.toLowerCase(), pkg);
      }
      pending.push([out.get(pkg.purl)!, record(e.dependencies) ?? {}]);
    }
  }
  for (const [from, deps] of pending) {
    for (const dep of Object.keys(deps)) {
      const to = byName.get(dep.toLowerCase());
      if (to) addEdge(from, to.purl);
    }
  }
  const seen = new Set<string>();
  return ok([...out.values()], skipped.filter((s) => !seen.has(s.name) && seen.add(s.name)));
}
