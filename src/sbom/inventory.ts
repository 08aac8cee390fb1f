// The package inventory: every lockfile and manifest the file pass captured, parsed once per run and
// merged into one component per purl. Read by the SBOM writer and by the four supply-chain rules
// (through workspace.shared('inventory')).
import { parse as parseToml } from 'smol-toml';
import { ecosystemFor } from '../ecosystems/index.js';
import type { FileClass } from '../model/repo-map.js';
import { declaredDependencies } from '../ecosystems/manifests.js';
import { parseGoMod } from '../ecosystems/go/index.js';
import { GRADLE_UNLOCKED_REASON, readPom, unlockedGradleScripts } from '../ecosystems/maven/index.js';
import { readPackageJson, stripBom } from '../ecosystems/npm/manifest.js';
import { normalizePypiName, npmPurl, purlOf, pypiPurl, goPurl } from '../ecosystems/purl.js';
import { readPyproject } from '../ecosystems/python/manifests.js';
import { record, str, type DeclaredDependency, type LockedPackage, type Skipped } from '../ecosystems/types.js';

export interface LockfileEntry {
  path: string;
  /** Ecosystem id (`npm`, `yarn`, `poetry`...). */
  ecosystem: string;
  status: 'parsed' | 'malformed' | 'ignored';
  components: number;
  reason?: string;
}

export interface Component extends LockedPackage {
  /** Root-relative paths of the files that list it, sorted. */
  sources: string[];
}

export interface RootComponent {
  name: string;
  version?: string;
  purl?: string;
  licenses?: string[];
  manifest?: string;
  /** The bom-ref: its purl, or a fixed name when it has none. */
  ref: string;
}

export interface SkippedEntry extends Skipped {
  path: string;
}

export interface Inventory {
  root: RootComponent;
  /** Sorted by purl. */
  components: Component[];
  byPurl: ReadonlyMap<string, Component>;
  /** Every file read, sorted by path. */
  lockfiles: LockfileEntry[];
  skipped: SkippedEntry[];
  /** Per manifest path, what it declares. */
  declared: ReadonlyMap<string, DeclaredDependency[]>;
  /**
   * Per parsed lockfile or manifest, its packages as that file records them (direct, dev and edges
   * of that file alone, before the merge): the dependency graph is submitted per manifest.
   */
  perFile: ReadonlyMap<string, readonly LockedPackage[]>;
}

export interface InventorySource {
  /** Root-relative paths of the captured files. */
  paths: readonly string[];
  text(path: string): string | undefined;
  /** Basename of the scanned root: the root component's name when no manifest names it. */
  rootName: string;
  /** Every discovered path: a lockfile listed but not captured was not read (too large, binary, unreadable). */
  listed?: readonly string[];
  /** The repository map's class of a path: lockfiles of tests, docs and examples describe no dependency of the project. */
  classOf?(path: string): FileClass;
}

const NOT_THE_PROJECT: ReadonlySet<FileClass> = new Set(['test', 'docs', 'example']);

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}

export function buildInventory(src: InventorySource): Inventory {
  const isFixturePath = (path: string) => src.classOf !== undefined && NOT_THE_PROJECT.has(src.classOf(path));
  const lockfiles: LockfileEntry[] = [];
  const skipped: SkippedEntry[] = [];
  const declared = new Map<string, DeclaredDependency[]>();
  const merged = new Map<string, Component>();
  const perFile = new Map<string, readonly LockedPackage[]>();
  const paths = [...src.paths].sort();
  // One object per build: parsers that read other files (Maven parents, BOMs) cache per tree object.
  const tree = { paths, text: (p: string) => src.text(p) };
  for (const path of paths) {
    const text = src.text(path);
    if (text === undefined) continue;
    const d = declaredDependencies(path, text);
    if (d) declared.set(path, d);
  }
  for (const path of paths) {
    const eco = ecosystemFor(path);
    const text = src.text(path);
    if (!eco || text === undefined) continue;
    if (isFixturePath(path)) {
      lockfiles.push({ path, ecosystem: eco.id, status: 'ignored', components: 0, reason: `${src.classOf?.(path) ?? 'test'} files in the repository map, not the project's dependencies` });
      continue;
    }
    const dir = dirOf(path);
    const result = eco.parse(text, path, (base) => src.text(dir + base), tree);
    if (!result.ok) {
      lockfiles.push({ path, ecosystem: eco.id, status: 'malformed', components: 0, reason: result.error });
      continue;
    }
    const pkgs = result.value;
    markFromManifest(pkgs, eco.purlType, siblingDeclarations(declared, dir, eco.purlType));
    lockfiles.push({ path, ecosystem: eco.id, status: 'parsed', components: pkgs.length });
    perFile.set(path, pkgs);
    for (const s of result.skipped) skipped.push({ ...s, path });
    for (const p of pkgs) mergeComponent(merged, p, path);
  }
  // A lockfile the file pass could not read is said, never silently missing from the SBOM.
  const read = new Set(paths);
  for (const path of src.listed ?? []) {
    const eco = read.has(path) ? undefined : ecosystemFor(path);
    if (eco && !isFixturePath(path)) lockfiles.push({ path, ecosystem: eco.id, status: 'ignored', components: 0, reason: 'not read: binary, unreadable or larger than 256 MB' });
  }
  // A Gradle project without dependency locking has no file we can read its dependencies from.
  for (const path of unlockedGradleScripts([...paths, ...(src.listed ?? [])])) {
    if (!isFixturePath(path)) lockfiles.push({ path, ecosystem: 'gradle', status: 'ignored', components: 0, reason: GRADLE_UNLOCKED_REASON });
  }
  lockfiles.sort((a, b) => cmp(a.path, b.path));
  const root = rootComponent(src);
  // A component that is the project itself (uv's editable root, a Cargo root crate) is the root.
  const self = root.purl ? merged.get(root.purl) : undefined;
  if (self) merged.delete(self.purl);
  const components = [...merged.values()].sort((a, b) => cmp(a.purl, b.purl));
  for (const c of components) {
    if (c.dependsOn) c.dependsOn = c.dependsOn.filter((t) => merged.has(t)).sort(cmp);
    c.sources.sort(cmp);
  }
  skipped.sort((a, b) => cmp(a.path, b.path) || cmp(a.name, b.name) || cmp(a.reason, b.reason));
  return { root, components, byPurl: merged, lockfiles, skipped, declared, perFile };
}

function mergeComponent(merged: Map<string, Component>, p: LockedPackage, path: string): void {
  const prev = merged.get(p.purl);
  if (!prev) {
    merged.set(p.purl, { ...p, sources: [path], ...(p.dependsOn ? { dependsOn: [...p.dependsOn] } : {}), ...(p.registries ? { registries: [...p.registries] } : {}) });
    return;
  }
  if (!prev.sources.includes(path)) prev.sources.push(path);
  if (!p.dev) delete prev.dev;
  if (!p.optional) delete prev.optional;
  if (p.direct) prev.direct = true;
  if (p.workspace) prev.workspace = true;
  if (!prev.hashes && p.hashes) prev.hashes = p.hashes;
  if (!prev.licenses && p.licenses) prev.licenses = p.licenses;
  if (prev.line === undefined && p.line !== undefined) prev.line = p.line;
  if (p.registries) prev.registries = [...new Set([...(prev.registries ?? []), ...p.registries])].sort();
  if (p.versionManagedBy) prev.versionManagedBy = [...new Set([...(prev.versionManagedBy ?? []), ...p.versionManagedBy])];
  for (const t of p.dependsOn ?? []) if (!(prev.dependsOn ??= []).includes(t)) prev.dependsOn.push(t);
}

/** The manifests next to a lockfile that declare for its ecosystem. */
function siblingDeclarations(declared: ReadonlyMap<string, DeclaredDependency[]>, dir: string, type: string): DeclaredDependency[] {
  const names = type === 'npm' ? ['package.json'] : type === 'pypi' ? ['pyproject.toml', 'Pipfile'] : [];
  return names.flatMap((n) => declared.get(dir + n) ?? []);
}

/**
 * Lockfiles that do not say which packages the project declares (yarn, npm v1, poetry, Pipfile, pdm)
 * learn it from the manifest beside them; and then dev = reachable only from dev declarations.
 */
function markFromManifest(pkgs: LockedPackage[], type: string, decl: DeclaredDependency[]): void {
  if (decl.length === 0 || pkgs.some((p) => p.direct && !p.workspace)) return;
  const norm = (n: string) => (type === 'pypi' ? normalizePypiName(n) : n);
  const kinds = new Map<string, DeclaredDependency['kind']>();
  for (const d of decl) if (kinds.get(norm(d.name)) !== 'prod') kinds.set(norm(d.name), d.kind);
  const byPurl = new Map(pkgs.map((p) => [p.purl, p]));
  const prodRoots: string[] = [];
  let anyDev = false;
  for (const p of pkgs) {
    const k = kinds.get(norm(p.name));
    if (!k) continue;
    p.direct = true;
    if (k === 'dev') anyDev = true;
    else prodRoots.push(p.purl);
  }
  if (!anyDev || pkgs.some((p) => p.dev) || !pkgs.some((p) => p.dependsOn?.length)) return;
  const prod = new Set<string>();
  const stack = prodRoots;
  while (stack.length) {
    const k = stack.pop()!;
    if (prod.has(k)) continue;
    prod.add(k);
    stack.push(...(byPurl.get(k)?.dependsOn ?? []));
  }
  for (const p of pkgs) if (!prod.has(p.purl)) p.dev = true;
}

/** The project itself, from the first root manifest that names it. */
function rootComponent(src: InventorySource): RootComponent {
  const t = (p: string) => src.text(p);
  const pkg = t('package.json') !== undefined ? readPackageJson(t('package.json')!, 'package.json') : undefined;
  if (pkg?.name) return withRef({ name: pkg.name, ...(pkg.version ? { version: pkg.version, purl: npmPurl(pkg.name, pkg.version).purl } : {}), ...(pkg.license ? { licenses: [pkg.license] } : {}), manifest: 'package.json' });
  const py = t('pyproject.toml') !== undefined ? readPyproject(t('pyproject.toml')!, 'pyproject.toml') : undefined;
  if (py?.name) return withRef({ name: py.name, ...(py.version ? { version: py.version, purl: pypiPurl(py.name, py.version) } : {}), ...(py.license ? { licenses: [py.license] } : {}), manifest: 'pyproject.toml' });
  const gomod = t('go.mod');
  const module = gomod !== undefined ? parseGoMod(gomod).module : undefined;
  if (module) return withRef({ name: module, manifest: 'go.mod', purl: goPurl(module, '').purl });
  const cargo = t('Cargo.toml');
  if (cargo !== undefined) {
    try {
      const p = record((parseToml(cargo) as Record<string, unknown>).package);
      const name = str(p?.name);
      const version = str(p?.version);
      if (name) return withRef({ name, ...(version ? { version, purl: purlOf('cargo', undefined, name, version) } : {}), manifest: 'Cargo.toml' });
    } catch {
      // malformed: reported by the rules that read it; the root falls back below
    }
  }
  const pomText = t('pom.xml');
  if (pomText !== undefined) {
    try {
      const pom = readPom(pomText);
      if (pom.groupId && pom.artifactId) {
        const version = pom.version && !pom.version.includes('${') ? pom.version : undefined;
        return withRef({ name: pom.artifactId, ...(version ? { version } : {}), purl: purlOf('maven', pom.groupId, pom.artifactId, version ?? ''), manifest: 'pom.xml' });
      }
    } catch {
      // malformed pom: the root falls back below
    }
  }
  const composer = t('composer.json');
  if (composer !== undefined) {
    try {
      const name = str(record(JSON.parse(stripBom(composer)))?.name);
      if (name) return withRef({ name, manifest: 'composer.json' });
    } catch {
      // malformed: fall back
    }
  }
  return withRef({ name: src.rootName || 'project' });
}

function withRef(r: Omit<RootComponent, 'ref'>): RootComponent {
  return { ...r, ref: r.purl ?? `root:${r.name}` };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
