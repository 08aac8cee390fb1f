// composer.lock: `packages` and `packages-dev`, each with name `vendor/package`, version, license
// (SPDX IDs), dist.shasum (SHA-1 of the archive, often empty) and require maps for edges.
// Platform requirements (php, ext-*, lib-*, composer-*) are not packages. https://getcomposer.org/doc/01-basic-usage.md
import { addEdge } from '../graph.js';
import { hexOf } from '../hashes.js';
import { purlOf } from '../purl.js';
import { fail, guarded, ok, record, str, type Ecosystem, type LockedPackage, type ParseResult, type Skipped } from '../types.js';
import { stripBom } from '../npm/manifest.js';

export const composerEcosystem: Ecosystem = {
  id: 'composer',
  purlType: 'composer',
  lockfiles: ['composer.lock'],
  parse: (c, p) => guarded(p, () => parseComposerLock(c)),
};

export function parseComposerLock(content: string): ParseResult<LockedPackage[]> {
  const doc = record(JSON.parse(stripBom(content)));
  if (!doc) return fail('not a JSON object');
  const out = new Map<string, LockedPackage>();
  const byName = new Map<string, LockedPackage>();
  const skipped: Skipped[] = [];
  const pending: Array<[LockedPackage, Record<string, unknown>]> = [];
  for (const [section, dev] of [['packages', false], ['packages-dev', true]] as const) {
    for (const raw of Array.isArray(doc[section]) ? (doc[section] as unknown[]) : []) {
      const e = record(raw);
      const name = str(e?.name);
      const version = str(e?.version);
      if (!e || !name || !version) continue;
      const dist = record(e.dist);
      if (str(dist?.type) === 'path') {
        skipped.push({ name: `${name}@${version}`, reason: 'local path dependency' });
        continue;
      }
      const slash = name.indexOf('/');
      const group = slash > 0 ? name.slice(0, slash) : undefined;
      const h = str(dist?.shasum) ? hexOf(str(dist!.shasum)!, 'SHA-1') : undefined;
      const licenses = Array.isArray(e.license) ? e.license.filter((l): l is string => typeof l === 'string') : [];
      const pkg: LockedPackage = {
        purl: purlOf('composer', group, slash > 0 ? name.slice(slash + 1) : name, version),
        type: 'composer',
        name,
        ...(group ? { group } : {}),
        version,
        ...(h ? { hashes: [h] } : {}),
        // Several licenses in composer.json mean the user may choose: an OR expression.
        ...(licenses.length ? { licenses: [licenses.length > 1 ? `(${licenses.join(' OR ')})` : licenses[0]!] } : {}),
        ...(dev ? { dev: true } : {}),
      };
      if (out.has(pkg.purl)) continue;
      out.set(pkg.purl, pkg);
      byName.set(name.toLowerCase(), pkg);
      pending.push([pkg, record(e.require) ?? {}]);
    }
  }
  for (const [from, req] of pending) {
    for (const dep of Object.keys(req)) {
      const to = byName.get(dep.toLowerCase());
      if (to) addEdge(from, to.purl);
    }
  }
  return ok([...out.values()], skipped);
}
