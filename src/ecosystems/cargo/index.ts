// Cargo.lock (v1-v4): `[[package]]` with name, version, source, checksum (SHA-256 of the .crate)
// and dependencies written `name`, `name version` or `name version (source)` when ambiguous.
// Packages without a source are the workspace's own crates. https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html
import { parse as parseToml } from 'smol-toml';
import { addEdge } from '../graph.js';
import { hexOf } from '../hashes.js';
import { purlOf } from '../purl.js';
import { guarded, ok, record, registryUrl, str, type Ecosystem, type LockedPackage, type ParseResult, type Skipped } from '../types.js';

export const cargoEcosystem: Ecosystem = {
  id: 'cargo',
  purlType: 'cargo',
  lockfiles: ['Cargo.lock'],
  parse: (c, p) => guarded(p, () => parseCargoLock(c)),
};

export function parseCargoLock(content: string): ParseResult<LockedPackage[]> {
  const doc = parseToml(content) as Record<string, unknown>;
  const list = Array.isArray(doc.package) ? doc.package.map(record) : [];
  // v1 kept checksums in [metadata] as `"checksum name version (source)" = "hex"`.
  const meta = record(doc.metadata) ?? {};
  const out = new Map<string, LockedPackage>();
  const byName = new Map<string, LockedPackage[]>();
  const skipped: Skipped[] = [];
  const pending: Array<[LockedPackage, unknown]> = [];
  for (const t of list) {
    const name = str(t?.name);
    const version = str(t?.version);
    if (!t || !name || !version) continue;
    const source = str(t.source);
    if (source?.startsWith('git+')) {
      skipped.push({ name: `${name}@${version}`, reason: 'git source: no registry version to identify it' });
      continue;
    }
    const sum = str(t.checksum) ?? str(meta[`checksum ${name} ${version} (${source ?? ''})`]);
    const h = sum ? hexOf(sum, 'SHA-256') : undefined;
    // `registry+<index URL>` or `sparse+<index URL>`: crates.io's, or an alternate registry's.
    const registry = registryUrl(source?.replace(/^(?:registry|sparse)\+/, ''));
    const pkg: LockedPackage = { purl: purlOf('cargo', undefined, name, version), type: 'cargo', name, version, ...(h ? { hashes: [h] } : {}), ...(source ? {} : { workspace: true, direct: true }), ...(registry ? { registries: [registry] } : {}) };
    out.set(pkg.purl, pkg);
    byName.set(name, [...(byName.get(name) ?? []), pkg]);
    pending.push([pkg, t.dependencies]);
  }
  for (const [from, deps] of pending) {
    for (const d of Array.isArray(deps) ? deps : []) {
      if (typeof d !== 'string') continue;
      const [name, version] = d.split(' ');
      const candidates = byName.get(name!) ?? [];
      const to = version ? candidates.find((c) => c.version === version) : candidates[0];
      if (!to) continue;
      addEdge(from, to.purl);
      if (from.workspace) to.direct = true;
    }
  }
  return ok([...out.values()], skipped);
}
