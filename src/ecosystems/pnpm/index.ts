// pnpm-lock.yaml: v5 (`/name/1.0.0_peer`), v6 (`/name@1.0.0(peer@1)`) and v9 (`name@1.0.0` in
// `packages`, edges in `snapshots`). Peer suffixes distinguish installs, not packages: one component
// per name@version. v9 records no dev flag, so dev = not reachable from any importer's prod deps.
// https://github.com/pnpm/spec/tree/master/lockfile
import { parse as parseYaml } from 'yaml';
import { addEdge, mergeInto } from '../graph.js';
import { fromIntegrity } from '../hashes.js';
import { vcsUrlOf } from '../npm/git-source.js';
import { workspacePackage } from '../npm/manifest.js';
import { npmPurl } from '../purl.js';
import { fail, guarded, ok, record, registryOrigin, str, type Ecosystem, type LockedPackage, type ParseResult, type Skipped } from '../types.js';
import { MAX_ALIAS_COUNT } from '../../analysis/yaml.js';

export const pnpmEcosystem: Ecosystem = {
  id: 'pnpm',
  purlType: 'npm',
  lockfiles: ['pnpm-lock.yaml'],
  parse: (content, path, sibling) => guarded(path, () => parsePnpmLock(content, sibling)),
};

const PROD = ['dependencies', 'optionalDependencies'] as const;

/** `/@a/b@1.0.0(peer@2)` / `@a/b@1.0.0` / `/@a/b/1.0.0_peer` → name and version (peers dropped). */
export function parsePnpmKey(key: string, v5: boolean): { name: string; version: string } | undefined {
  let k = key.startsWith('/') ? key.slice(1) : key;
  const paren = k.indexOf('(');
  if (paren > 0) k = k.slice(0, paren);
  if (v5) {
    const slash = k.lastIndexOf('/');
    if (slash <= 0) return undefined;
    const version = k.slice(slash + 1).split('_')[0]!;
    return { name: k.slice(0, slash), version };
  }
  const at = k.indexOf('@', k.startsWith('@') ? 1 : 0);
  return at <= 0 ? undefined : { name: k.slice(0, at), version: k.slice(at + 1) };
}

export function parsePnpmLock(content: string, sibling?: (path: string) => string | undefined): ParseResult<LockedPackage[]> {
  const doc = record(parseYaml(content, { uniqueKeys: false, maxAliasCount: MAX_ALIAS_COUNT, logLevel: 'error' }));
  if (!doc) return fail('not a YAML mapping');
  const lockVersion = parseFloat(String(doc.lockfileVersion ?? '0'));
  const v5 = lockVersion > 0 && lockVersion < 6;
  const packages = record(doc.packages) ?? {};
  const snapshots = record(doc.snapshots);
  const skipped: Skipped[] = [];
  const out = new Map<string, LockedPackage>();
  const byKey = new Map<string, LockedPackage>();
  const devFlagged = new Set<LockedPackage>();
  // The peers each package names: pnpm v9 writes a resolved optional peer under the snapshot's
  // optionalDependencies, and a peer is provided by whoever installs the package, not pulled in by it.
  const peersOf = new Map<LockedPackage, Set<string>>();
  const refKey = (name: string, ref: string): string | undefined => {
    if (ref.startsWith('link:') || ref.startsWith('file:')) return undefined;
    // Git packages: v6 importers give the key itself (`github.com/o/r/<sha>`); v9 `name@<url>`, whose
    // URL may hold an `@` (`git+https://git@host:o/r.git`) that is no alias.
    if (byKey.has(ref)) return ref;
    if (byKey.has(`${name}@${ref}`)) return `${name}@${ref}`;
    if (ref.startsWith('/')) return ref.slice(1); // an alias in v5/v6: the path of the real package
    if (!v5 && /^@?[^@]+@/.test(ref) && !/^\d/.test(ref)) return ref; // v9 alias: `real@1.0.0`
    return v5 ? `${name}/${ref}` : `${name}@${ref}`;
  };
  for (const [key, raw] of Object.entries(packages)) {
    const e = record(raw) ?? {};
    const id = parsePnpmKey(key, v5);
    const resolution = record(e.resolution) ?? {};
    const name = str(e.name) ?? id?.name;
    const version = str(e.version) ?? id?.version;
    if (!name || !version) {
      skipped.push({ name: key, reason: 'unrecognised package key' });
      continue;
    }
    if (resolution.type === 'directory' || version.startsWith('file:') || version.startsWith('link:')) {
      skipped.push({ name: `${name}@${version}`, reason: 'local path dependency' });
      continue;
    }
    // Installed from git: a component like npm's, with the locked repository and commit as `vcs_url`.
    const repo = str(resolution.repo);
    const tarball = str(resolution.tarball) ?? '';
    const gitRef = resolution.type === 'git' && repo ? `${repo}#${str(resolution.commit) ?? ''}` : /codeload\.github\.com/.test(tarball) ? tarball : /^(?:git|github|https?:)/.test(version) ? version : undefined;
    // The version a git entry records is its package.json's; in a key it may be the URL itself.
    const semverish = gitRef && /^(?:git|github|https?:)/.test(version) ? '' : version;
    const hashes = fromIntegrity(resolution.integrity);
    const purl = npmPurl(name, semverish, gitRef ? vcsUrlOf(gitRef.replace(/#$/, '')) : undefined);
    // pnpm writes a tarball URL only when the registry's standard one would not find the package.
    const registry = gitRef ? undefined : registryOrigin(tarball);
    const pkg = mergeInto(out, { ...purl, type: 'npm', name, version: semverish, ...(hashes.length ? { hashes } : {}), ...(e.optional === true ? { optional: true } : {}), ...(registry ? { registries: [registry] } : {}) });
    if (e.dev === true) devFlagged.add(pkg);
    const peers = Object.keys(record(e.peerDependencies) ?? {});
    if (peers.length > 0) peersOf.set(pkg, new Set([...(peersOf.get(pkg) ?? []), ...peers]));
    byKey.set(key.startsWith('/') ? key.slice(1) : key, pkg);
  }
  // Snapshot keys (v9) carry peer suffixes: map each to its package.
  const edgeSource = snapshots ?? packages;
  const lookup = (k: string): LockedPackage | undefined => {
    const hit = byKey.get(k);
    if (hit) return hit;
    const id = parsePnpmKey(k, v5);
    return id ? out.get(npmPurl(id.name, id.version).purl) : undefined;
  };
  const prodEdges = new Map<LockedPackage, LockedPackage[]>();
  const peerEdges = new Map<LockedPackage, LockedPackage[]>();
  for (const [key, raw] of Object.entries(edgeSource)) {
    const from = lookup(key.startsWith('/') ? key.slice(1) : key);
    const e = record(raw);
    if (!from || !e) continue;
    for (const section of PROD) {
      for (const [dep, ref] of Object.entries(record(e[section]) ?? {})) {
        const k = refKey(dep, String(ref));
        const to = k ? lookup(k) : undefined;
        if (!to) continue;
        addEdge(from, to.purl);
        // Peers are decided after the importers are read (below).
        if (peersOf.get(from)?.has(dep)) {
          const peers = peerEdges.get(from) ?? [];
          peers.push(to);
          peerEdges.set(from, peers);
          continue;
        }
        const list = prodEdges.get(from) ?? [];
        list.push(to);
        prodEdges.set(from, list);
      }
    }
  }
  // Importers: v6+ workspaces under `importers`, single projects at the top level (v5/v6).
  const importers = record(doc.importers) ?? { '.': doc };
  const prodRoots: LockedPackage[] = [];
  let anyDirect = false;
  for (const [dir, imp] of Object.entries(importers)) {
    const i = record(imp);
    if (!i) continue;
    // A workspace package is a component of its own: its name and version are in its package.json.
    const own = dir === '.' ? undefined : workspacePackage(sibling?.(`${dir}/package.json`));
    if (own) out.set(own.purl, own);
    for (const section of ['dependencies', 'devDependencies', 'optionalDependencies'] as const) {
      for (const [dep, spec] of Object.entries(record(i[section]) ?? {})) {
        const ref = str(record(spec)?.version) ?? (typeof spec === 'string' ? spec : undefined);
        const k = ref ? refKey(dep, ref) : undefined;
        const to = k ? lookup(k) : undefined;
        if (!to) continue;
        to.direct = anyDirect = true;
        if (own) addEdge(own, to.purl);
        if (section !== 'devDependencies') prodRoots.push(to);
      }
    }
  }
  // Dev: v5/v6 say so per package; v9 does not, so reachability from the prod roots decides.
  if (devFlagged.size > 0) for (const p of devFlagged) p.dev = true;
  else if (anyDirect) {
    const prod = new Set<LockedPackage>();
    const stack = [...prodRoots];
    while (stack.length) {
      const p = stack.pop()!;
      if (prod.has(p)) continue;
      prod.add(p);
      stack.push(...(prodEdges.get(p) ?? []));
      // A peer a project declares itself (typescript for vue, vite for a router plugin, often in its
      // devDependencies) is as runtime as that declaration says: its importer's section decided it.
      // A peer no project declares is installed with its parent (pnpm's autoInstallPeers): it runs
      // wherever the parent does.
      for (const q of peerEdges.get(p) ?? []) if (!q.direct) stack.push(q);
    }
    for (const p of out.values()) if (!prod.has(p) && !p.workspace) p.dev = true;
  }
  return ok([...out.values()], skipped);
}
