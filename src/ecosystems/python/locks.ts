// Python lockfiles: poetry.lock, uv.lock, pdm.lock (TOML) and Pipfile.lock (JSON).
// Names are compared PEP 503-normalized; hashes are the artifacts' `sha256:` digests (a package has
// one per wheel/sdist: the first is kept, as CycloneDX has one value per algorithm).
import { parse as parseToml } from 'smol-toml';
import { addEdge, mergeInto } from '../graph.js';
import { fromPrefixed, uniqueHashes } from '../hashes.js';
import { normalizePypiName, pypiPurl } from '../purl.js';
import { fail, guarded, ok, record, registryUrl, str, type Ecosystem, type Hash, type LockedPackage, type ParseResult, type Skipped } from '../types.js';
import { parseRequirement } from './pep508.js';

export const poetryEcosystem: Ecosystem = { id: 'poetry', purlType: 'pypi', lockfiles: ['poetry.lock'], parse: (c, p) => guarded(p, () => parsePoetryLock(c)) };
export const uvEcosystem: Ecosystem = { id: 'uv', purlType: 'pypi', lockfiles: ['uv.lock'], parse: (c, p) => guarded(p, () => parseUvLock(c)) };
export const pdmEcosystem: Ecosystem = { id: 'pdm', purlType: 'pypi', lockfiles: ['pdm.lock'], parse: (c, p) => guarded(p, () => parsePdmLock(c)) };
export const pipenvEcosystem: Ecosystem = { id: 'pipenv', purlType: 'pypi', lockfiles: ['Pipfile.lock'], parse: (c, p) => guarded(p, () => parsePipfileLock(c)) };

function pypi(name: string, version: string, hashes: Hash[], extra: Partial<LockedPackage> = {}): LockedPackage {
  return { purl: pypiPurl(name, version), type: 'pypi', name, version, ...(hashes.length ? { hashes } : {}), ...extra };
}

function tables(doc: Record<string, unknown>, key: string): Record<string, unknown>[] {
  const v = doc[key];
  return Array.isArray(v) ? v.map(record).filter((x): x is Record<string, unknown> => !!x) : [];
}

function fileHashes(files: unknown): Hash[] {
  if (!Array.isArray(files)) return [];
  return uniqueHashes(files.map((f) => fromPrefixed(str(record(f)?.hash) ?? f)));
}

/** Resolves name-only edges (poetry, pdm) once every package is known. */
function linkByName(out: Map<string, LockedPackage>, edges: Array<[LockedPackage, string]>): void {
  const byName = new Map<string, LockedPackage>();
  for (const p of out.values()) byName.set(normalizePypiName(p.name), p);
  for (const [from, dep] of edges) {
    const to = byName.get(normalizePypiName(dep));
    if (to) addEdge(from, to.purl);
  }
}

/**
 * Whether a dependency group is for development. A group is chosen at install time, and not every
 * one is a developer's: sissbruecker/linkding's image runs `uv sync --no-dev --group postgres`. So
 * only groups named for development, tests, linting, docs or typing make their packages dev; any
 * other group counts as runtime (a runtime package taken for dev would drop out of runtime checks).
 */
export function isDevGroup(name: string): boolean {
  return /(?:^|[-_.])(?:dev|develop|development|test|tests|testing|lint|linting|linters?|docs?|typing|types|mypy|ci|bench|benchmarks?|format|style)(?:[-_.]|$)/i.test(name);
}

export function parsePoetryLock(content: string): ParseResult<LockedPackage[]> {
  const doc = parseToml(content) as Record<string, unknown>;
  const metaFiles = record(record(doc.metadata)?.files) ?? {}; // lock-version 1.x
  const out = new Map<string, LockedPackage>();
  const skipped: Skipped[] = [];
  const edges: Array<[LockedPackage, string]> = [];
  for (const t of tables(doc, 'package')) {
    const name = str(t.name);
    const version = str(t.version);
    if (!name || !version) continue;
    const source = record(t.source);
    const kind = str(source?.type);
    if (kind === 'git') {
      skipped.push({ name: `${name}@${version}`, reason: 'git source: no registry version to identify it' });
      continue;
    }
    if (kind === 'directory' || kind === 'file') {
      skipped.push({ name: `${name}@${version}`, reason: 'local path dependency' });
      continue;
    }
    const groups = Array.isArray(t.groups) ? t.groups : undefined;
    const dev = t.category === 'dev' || (groups !== undefined && !groups.includes('main') && groups.every((g) => typeof g === 'string' && isDevGroup(g)));
    const hashes = fileHashes(t.files ?? metaFiles[name]);
    // A package from a source other than PyPI (`type = "legacy"`) records its index URL.
    const registry = registryUrl(source?.url);
    const pkg = mergeInto(out, pypi(name, version, hashes, { ...(dev ? { dev: true } : {}), ...(t.optional === true ? { optional: true } : {}), ...(registry ? { registries: [registry] } : {}) }));
    for (const dep of Object.keys(record(t.dependencies) ?? {})) edges.push([pkg, dep]);
  }
  linkByName(out, edges);
  return ok([...out.values()], skipped);
}

export function parseUvLock(content: string): ParseResult<LockedPackage[]> {
  const doc = parseToml(content) as Record<string, unknown>;
  const out = new Map<string, LockedPackage>();
  const skipped: Skipped[] = [];
  const pending: Array<[LockedPackage | 'root', Record<string, unknown>, boolean]> = [];
  const byName = new Map<string, LockedPackage>();
  for (const t of tables(doc, 'package')) {
    const name = str(t.name);
    const source = record(t.source) ?? {};
    if (!name) continue;
    const version = str(t.version);
    // The project itself (editable/virtual at "."), and workspace members at other paths.
    const local = str(source.editable) ?? str(source.virtual);
    if (local !== undefined) {
      const pkg = local === '.' || !version ? 'root' : mergeInto(out, pypi(name, version, [], { workspace: true, direct: true }));
      if (pkg !== 'root') byName.set(normalizePypiName(name), pkg);
      pending.push([pkg, t, true]);
      continue;
    }
    if (source.git !== undefined) {
      skipped.push({ name: `${name}${version ? `@${version}` : ''}`, reason: 'git source: no registry version to identify it' });
      continue;
    }
    if (source.path !== undefined || source.directory !== undefined) {
      skipped.push({ name: `${name}${version ? `@${version}` : ''}`, reason: 'local path dependency' });
      continue;
    }
    if (!version) continue;
    const artifacts = [record(t.sdist), ...(Array.isArray(t.wheels) ? t.wheels.map(record) : [])];
    const hashes = uniqueHashes(artifacts.map((a) => fromPrefixed(a?.hash)));
    const registry = registryUrl(source.registry);
    const pkg = mergeInto(out, pypi(name, version, hashes, registry ? { registries: [registry] } : {}));
    byName.set(normalizePypiName(name), pkg);
    pending.push([pkg, t, false]);
  }
  // Each dependency as the lock records it: the package, and the extras asked of it (`psycopg[c]`).
  type Want = { to: LockedPackage; extras: string[] };
  const wants = (v: unknown): Want[] =>
    (Array.isArray(v) ? v : []).flatMap((d) => {
      const r = record(d);
      const to = byName.get(normalizePypiName(str(r?.name) ?? ''));
      return to ? [{ to, extras: Array.isArray(r?.extra) ? r.extra.filter((e): e is string => typeof e === 'string') : [] }] : [];
    });
  const prodRoots: Want[] = [];
  const devRoots: Want[] = [];
  const needs = new Map<LockedPackage, { base: Want[]; extras: Map<string, Want[]> }>();
  for (const [from, t, project] of pending) {
    const base = wants(t.dependencies);
    const extras = new Map(Object.entries(record(t['optional-dependencies']) ?? {}).map(([e, v]) => [e, wants(v)] as const));
    const groups = Object.entries(record(t['dev-dependencies']) ?? {});
    const prod = [...base, ...[...extras.values()].flat(), ...groups.filter(([g]) => !isDevGroup(g)).flatMap(([, v]) => wants(v))];
    const dev = groups.filter(([g]) => isDevGroup(g)).flatMap(([, v]) => wants(v));
    for (const w of [...prod, ...dev]) if (from !== 'root') addEdge(from, w.to.purl);
    if (project) {
      for (const w of [...prod, ...dev]) w.to.direct = true;
      prodRoots.push(...prod);
      devRoots.push(...dev);
    } else needs.set(from as LockedPackage, { base, extras });
  }
  markDevByReach(out, prodRoots, devRoots, needs);
  return ok([...out.values()], skipped);
}

/**
 * Packages reachable only from dev roots are dev (the lock records groups only at the project).
 * An extra's dependencies are followed only where a requester asks for that extra: psycopg's
 * `binary` extra, asked for by the dev group alone, does not make psycopg-binary runtime.
 */
function markDevByReach(out: Map<string, LockedPackage>, prodRoots: Array<{ to: LockedPackage; extras: string[] }>, devRoots: unknown[], needs: ReadonlyMap<LockedPackage, { base: Array<{ to: LockedPackage; extras: string[] }>; extras: ReadonlyMap<string, Array<{ to: LockedPackage; extras: string[] }>> }>): void {
  if (devRoots.length === 0) return;
  const prod = new Set<LockedPackage>();
  const seen = new Set<string>();
  const stack: Array<[LockedPackage, string]> = [];
  const push = (w: { to: LockedPackage; extras: string[] }) => {
    stack.push([w.to, '']);
    for (const e of w.extras) stack.push([w.to, e]);
  };
  prodRoots.forEach(push);
  while (stack.length) {
    const [p, extra] = stack.pop()!;
    const key = `${p.purl}\0${extra}`;
    if (seen.has(key)) continue;
    seen.add(key);
    prod.add(p);
    const n = needs.get(p);
    (extra === '' ? n?.base : n?.extras.get(extra))?.forEach(push);
  }
  for (const p of out.values()) if (!prod.has(p) && !p.workspace) p.dev = true;
}

export function parsePdmLock(content: string): ParseResult<LockedPackage[]> {
  const doc = parseToml(content) as Record<string, unknown>;
  const out = new Map<string, LockedPackage>();
  const edges: Array<[LockedPackage, string]> = [];
  for (const t of tables(doc, 'package')) {
    const name = str(t.name);
    const version = str(t.version);
    if (!name || !version) continue;
    const groups = Array.isArray(t.groups) ? t.groups : undefined;
    const dev = groups !== undefined && !groups.includes('default') && groups.every((g) => typeof g === 'string' && isDevGroup(g));
    const pkg = mergeInto(out, pypi(name, version, fileHashes(t.files), dev ? { dev: true } : {}));
    for (const d of Array.isArray(t.dependencies) ? t.dependencies : []) {
      const r = typeof d === 'string' ? parseRequirement(d) : undefined;
      if (r) edges.push([pkg, r.name]);
    }
  }
  linkByName(out, edges);
  return ok([...out.values()]);
}

export function parsePipfileLock(content: string): ParseResult<LockedPackage[]> {
  const doc = record(JSON.parse(content));
  if (!doc) return fail('not a JSON object');
  const out = new Map<string, LockedPackage>();
  const skipped: Skipped[] = [];
  // `_meta.sources` lists the indexes by name; a package names its own (`index`), else the first applies.
  const sources = new Map<string, string>();
  const sourceList = Array.isArray(record(doc._meta)?.sources) ? (record(doc._meta)!.sources as unknown[]) : [];
  for (const src of sourceList) {
    const name = str(record(src)?.name);
    const url = registryUrl(record(src)?.url);
    if (name && url && !sources.has(name)) sources.set(name, url);
  }
  const firstIndex = registryUrl(record(sourceList[0])?.url);
  for (const [section, dev] of [['default', false], ['develop', true]] as const) {
    for (const [name, raw] of Object.entries(record(doc[section]) ?? {})) {
      const e = record(raw) ?? {};
      const version = str(e.version)?.replace(/^===?/, '');
      if (e.git !== undefined) {
        skipped.push({ name, reason: 'git source: no registry version to identify it' });
        continue;
      }
      if (e.path !== undefined || e.file !== undefined) {
        skipped.push({ name, reason: 'local path dependency' });
        continue;
      }
      if (!version) {
        skipped.push({ name, reason: 'no pinned version' });
        continue;
      }
      const hashes = uniqueHashes((Array.isArray(e.hashes) ? e.hashes : []).map((h) => fromPrefixed(h)));
      const index = str(e.index);
      const registry = index !== undefined ? sources.get(index) : firstIndex;
      mergeInto(out, pypi(name, version, hashes, { ...(dev ? { dev: true } : {}), ...(registry ? { registries: [registry] } : {}) }));
    }
  }
  return ok([...out.values()], skipped);
}
