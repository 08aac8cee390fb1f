// package-lock.json / npm-shrinkwrap.json, lockfileVersion 1 (nested `dependencies`) and 2/3
// (flat `packages` keyed by install path). https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json
// Edges follow Node's resolution: a dependency of `a/node_modules/b` is looked up in
// `a/node_modules/b/node_modules/x`, then `a/node_modules/x`, then `node_modules/x`.
import { fromIntegrity } from '../hashes.js';
import { npmPurl } from '../purl.js';
import { fail, guarded, ok, record, registryOrigin, str, type Ecosystem, type LockedPackage, type ParseResult, type Skipped } from '../types.js';
import { addEdge, mergeInto } from '../graph.js';
import { stripBom } from './manifest.js';

const EDGE_SECTIONS = ['dependencies', 'optionalDependencies', 'peerDependencies'] as const;
const ROOT_SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

export const npmEcosystem: Ecosystem = {
  id: 'npm',
  purlType: 'npm',
  lockfiles: ['package-lock.json', 'npm-shrinkwrap.json'],
  parse: (content, path) => guarded(path, () => parsePackageLock(content)),
};

export function parsePackageLock(content: string): ParseResult<LockedPackage[]> {
  const doc = record(JSON.parse(stripBom(content)));
  if (!doc) return fail('not a JSON object');
  const packages = record(doc.packages);
  if (packages) return parseV2(packages);
  const deps = record(doc.dependencies);
  if (deps || doc.lockfileVersion === 1) return parseV1(deps ?? {});
  return fail('neither `packages` (v2/v3) nor `dependencies` (v1)');
}

/** A package's name from its install path (`node_modules/@a/b/node_modules/c` → `c`). */
function nameFromPath(path: string): string {
  const i = path.lastIndexOf('node_modules/');
  return i < 0 ? path.slice(path.lastIndexOf('/') + 1) : path.slice(i + 'node_modules/'.length);
}

/**
 * Where a package came from when not from a registry. A git source is a component of its own (it is
 * installed and shipped), with the purl spec's `vcs_url` qualifier set to the locked URL, as
 * cyclonedx-npm writes it: the qualifier keeps it from being taken for the registry's release of the
 * same name and version (the version is whatever its package.json says; v1 lockfiles record none).
 * A local path (`file:` folder or tarball) has nothing a purl could point to: skipped with a reason.
 */
function sourceOf(resolved: string | undefined, version: string | undefined): { vcsUrl: string } | { skip: string } | undefined {
  const r = resolved ?? '';
  // v2/v3 record the git URL in `resolved`; v1 in `version` (and `resolved` is absent).
  if (/^(?:git\+|git:|github:|gitlab:|bitbucket:)/.test(r)) return { vcsUrl: r };
  if (/^(?:git\+|git:|github:)/.test(version ?? '')) return { vcsUrl: version! };
  if (r.startsWith('file:') || (version ?? '').startsWith('file:')) return { skip: 'local path dependency' };
  return undefined;
}

/** The version to put in the purl and component: a v1 git entry's `version` is its URL, not a version. */
function gitVersion(version: string | undefined, vcsUrl: string): string {
  return version === undefined || version === vcsUrl ? '' : version;
}

function parseV2(packages: Record<string, unknown>): ParseResult<LockedPackage[]> {
  const skipped: Skipped[] = [];
  // install path → purl, for edges; workspace folders by path.
  const byPath = new Map<string, LockedPackage>();
  const entries = new Map<string, Record<string, unknown>>();
  for (const [path, raw] of Object.entries(packages)) {
    const e = record(raw);
    if (e) entries.set(path, e);
  }
  const out = new Map<string, LockedPackage>();
  // A workspace folder's entry may omit its name: the link to it (`node_modules/<name>`) says it.
  const linkedAs = new Map<string, string>();
  for (const [path, e] of entries) if (e.link === true && typeof e.resolved === 'string') linkedAs.set(e.resolved, nameFromPath(path));
  for (const [path, e] of entries) {
    if (path === '') continue;
    if (e.link === true) continue; // the symlink to a workspace folder: the folder's own entry is the component
    const inModules = path.includes('node_modules/');
    const name = str(e.name) ?? (inModules ? nameFromPath(path) : linkedAs.get(path));
    const version = str(e.version);
    if (!name) {
      skipped.push({ name: path, reason: 'workspace folder without a package name' });
      continue;
    }
    const source = sourceOf(str(e.resolved), version);
    if (source && 'skip' in source) {
      skipped.push({ name: `${name}${version ? `@${version}` : ''}`, reason: source.skip });
      continue;
    }
    if (!version) {
      skipped.push({ name, reason: inModules ? 'no version recorded' : 'workspace package without a version' });
      continue;
    }
    const { purl, group } = npmPurl(name, version, source?.vcsUrl);
    const hashes = fromIntegrity(e.integrity);
    const license = str(e.license);
    const registry = source ? undefined : registryOrigin(e.resolved);
    const pkg: LockedPackage = {
      purl,
      type: 'npm',
      name,
      ...(group ? { group } : {}),
      version,
      ...(hashes.length ? { hashes } : {}),
      ...(license ? { licenses: [license] } : {}),
      ...(e.dev === true || e.devOptional === true ? { dev: true } : {}),
      ...(e.optional === true ? { optional: true } : {}),
      ...(inModules ? {} : { workspace: true, direct: true }),
      ...(registry ? { registries: [registry] } : {}),
    };
    byPath.set(path, mergeInto(out, pkg));
  }
  // Edges, by Node's resolution from each install path.
  const resolve = (from: string, dep: string): LockedPackage | undefined => {
    let base = from;
    for (;;) {
      const candidate = base === '' ? `node_modules/${dep}` : `${base}/node_modules/${dep}`;
      const hit = entries.get(candidate);
      if (hit) {
        if (hit.link === true) return byPath.get(str(hit.resolved) ?? '');
        return byPath.get(candidate);
      }
      if (base === '') return undefined;
      const i = base.lastIndexOf('/node_modules/');
      base = i < 0 ? '' : base.slice(0, i);
    }
  };
  for (const [path, e] of entries) {
    const from = path === '' ? undefined : byPath.get(path);
    if (path !== '' && !from) continue;
    const sections = path === '' || !path.includes('node_modules/') ? ROOT_SECTIONS : EDGE_SECTIONS;
    for (const section of sections) {
      for (const dep of Object.keys(record(e[section]) ?? {})) {
        const to = resolve(path, dep);
        if (!to) continue;
        if (from) addEdge(from, to.purl);
        else to.direct = true;
      }
    }
  }
  return ok([...out.values()], skipped);
}

function parseV1(deps: Record<string, unknown>): ParseResult<LockedPackage[]> {
  const skipped: Skipped[] = [];
  const out = new Map<string, LockedPackage>();
  // Each level: name → package, with its parent level for resolution of `requires`.
  interface Level { parent?: Level; pkgs: Map<string, LockedPackage> }
  const pending: Array<{ pkg: LockedPackage; requires: string[]; level: Level }> = [];
  const walk = (tree: Record<string, unknown>, level: Level) => {
    for (const [name, raw] of Object.entries(tree)) {
      const e = record(raw);
      if (!e) continue;
      const version = str(e.version);
      const source = version ? sourceOf(str(e.resolved), version) : { skip: 'no version recorded' };
      if (!version || (source && 'skip' in source)) {
        skipped.push({ name: `${name}${version ? `@${version}` : ''}`, reason: source && 'skip' in source ? source.skip : 'no version recorded' });
        continue;
      }
      const vcsUrl = source?.vcsUrl;
      // `npm:real@1.0.0` aliases record the real package's version after the alias.
      const alias = vcsUrl ? null : /^npm:(.+)@([^@]+)$/.exec(version);
      const realName = alias ? alias[1]! : name;
      const realVersion = alias ? alias[2]! : vcsUrl ? gitVersion(version, vcsUrl) : version;
      const { purl, group } = npmPurl(realName, realVersion, vcsUrl);
      const hashes = fromIntegrity(e.integrity);
      const registry = vcsUrl ? undefined : registryOrigin(e.resolved);
      const pkg = mergeInto(out, {
        purl,
        type: 'npm',
        name: realName,
        ...(group ? { group } : {}),
        version: realVersion,
        ...(hashes.length ? { hashes } : {}),
        ...(e.dev === true ? { dev: true } : {}),
        ...(e.optional === true ? { optional: true } : {}),
        ...(registry ? { registries: [registry] } : {}),
      });
      level.pkgs.set(name, pkg);
      pending.push({ pkg, requires: Object.keys(record(e.requires) ?? {}), level: { parent: level, pkgs: new Map() } });
      const nested = record(e.dependencies);
      if (nested) {
        const child = pending[pending.length - 1]!.level;
        walk(nested, child);
      }
    }
  };
  const rootLevel: Level = { pkgs: new Map() };
  walk(deps, rootLevel);
  for (const { pkg, requires, level } of pending) {
    for (const dep of requires) {
      for (let l: Level | undefined = level; l; l = l.parent) {
        const hit = l.pkgs.get(dep);
        if (hit) {
          addEdge(pkg, hit.purl);
          break;
        }
      }
    }
  }
  return ok([...out.values()], skipped);
}

