// The repository map (RULES.md, "Certainty"; ARCHITECTURE.md, "One place for each decision"): every
// tracked file's class — runtime, test, tooling, docs, example, generated, vendored — decided once
// per run before the checks, from the ecosystems' own configuration first and folder names last,
// with the reason for each decision.
//
// Precedence, strongest first:
//   1. overrides     the configuration file's runtime/test/example globs
//   2. generated     discovery (built-in trees: node_modules/, dist/, *.min.js...; paths.generated),
//                    .gitattributes linguist-generated/-vendored, tsconfig outDir and generated rootDirs:
//                    decides for everything below it, whatever a deeper folder is called
//   3. configuration the file itself named by a configuration (a script package.json runs, a file an
//                    image COPYs, a .gitattributes linguist-documentation or a test glob), then
//   4. file name     `*_test.go`, `test_*.py`, `*.spec.ts`, `conftest.py`, `vitest.config.ts`, `*.md`...
//   5. folders       walking up from the file, the most specific folder decided by configuration
//                    (pytest testpaths, a test-only workspace package, Maven src/test, a Dockerfile's
//                    COPY, a unit's packages) or by its name (tests/, examples/, docs/, scripts/, .github/);
//                    at the same folder configuration beats the name; below a sealed folder
//                    (Maven/Gradle src/main) names say nothing
//   6. default       runtime: code that nothing classifies keeps its P0s.
// Shipping claims (units, what a package or an image ships) count only when the configuration that
// makes them is runtime itself: a Dockerfile under examples/ or .devcontainer/ deploys nothing.
//
// classOf() is a few Map lookups per folder of the path, and a match against the patterns fixed to
// those folders (PatternIndex), memoised; the map rebuilt in a worker from
// data() decides with the same code from the same data, so it agrees on every path.
import picomatch from 'picomatch';
import { globMatcher } from '../../workspace/glob.js';
import { FILE_CLASSES, type ClassDecision, type ClassPattern, type ClassRoot, type DeployableUnit, type FileClass, type FileCopy, type RepositoryMap, type RepositoryMapData } from '../../model/repo-map.js';
import { defaultGeneratedBy } from '../../workspace/discover.js';
import { globProblem } from '../../workspace/glob-guard.js';
import { DOCKERFILE_GLOBS, isDockerfilePath } from '../dockerfile.js';
import { readContainers } from './containers.js';
import { baseOf, dirOf, type Collected, type Ctx, type Shipping } from './context.js';
import { fileNameDecision, folderNameDecision, isHiddenByDefault, isRuntimeLike, sealsNames } from './names.js';
import { readNode } from './node.js';
import { readDotnet, readGitattributes, readGo, readJvm, readRuby } from './others.js';
import { readPython } from './python.js';
import { localStack, stackOf, stackRoots } from './stacks.js';
import { isKustomizationPath } from '../kustomize.js';

/**
 * The configuration files the map reads (picomatch globs, root-relative): small files only. Files
 * the map only needs to know exist (manage.py, config.ru, config/application.rb, cmd/<x>/ folders)
 * come from the file list and are not read. Not read: nx.json/project.json (no package list), jest
 * `roots` (folders to search, usually the sources), setup.py beyond its console_scripts strings.
 */
export const MAP_INPUTS: readonly string[] = [
  '**/package.json',
  '**/pnpm-workspace.yaml',
  '**/lerna.json',
  '**/tsconfig*.json',
  '**/jsconfig*.json',
  '**/{jest,vitest,vite,playwright}.config.{js,cjs,mjs,ts,cts,mts}',
  '**/docusaurus.config.{js,cjs,mjs,ts,cts,mts}',
  '**/pyproject.toml',
  '**/setup.cfg',
  '**/setup.py',
  '**/pytest.ini',
  '**/tox.ini',
  '**/go.mod',
  ...DOCKERFILE_GLOBS,
  '**/{docker-,}compose*.{yml,yaml}',
  '**/{.devcontainer.json,.devcontainer/**/devcontainer.json}',
  '**/Chart.yaml',
  '**/.gitattributes',
  '**/*.{csproj,fsproj,vbproj}',
  '**/pom.xml',
  '**/build.gradle',
  '**/build.gradle.kts',
  '**/Gemfile',
];
/** A path the map reads (MAP_INPUTS), compiled once. */
export const isMapInput = globMatcher([...MAP_INPUTS], { dot: true });
/**
 * Every path may try every pattern fixed to one of its folders (a root .gitattributes line applies to
 * all): the count bounds that work per file. Real configurations hold tens.
 */
const MAX_PATTERNS = 300;

export interface MapInput {
  /** Every tracked, scanned file, root-relative POSIX, sorted. */
  files: readonly string[];
  /** Files discovery skipped as generated or vendored, with discovery's reason. */
  generated: ReadonlyArray<{ path: string; reason: string }>;
  /** Text of a file matching MAP_INPUTS (undefined if unreadable or too large). */
  read(path: string): string | undefined;
  /** Globs from the configuration file: strongest of all. */
  overrides: { runtime: readonly string[]; test: readonly string[]; example: readonly string[] };
  /** A configuration file that cannot be parsed: counted, never a crash. */
  malformed?(path: string, kind: string, reason: string): void;
}

/** Discovery's built-in generated and vendored trees, with the reason (the same test as isDefaultGenerated). */
export function discoveryDecision(path: string): (ClassDecision & { root: string }) | undefined {
  const by = defaultGeneratedBy(path);
  if (by === undefined) return undefined;
  if ('suffix' in by) return { class: 'generated', reason: `discovery skips '*${by.suffix}' (${by.suffix === '.map' ? 'source map' : 'minified'})`, root: path };
  const vendored = VENDORED_SEGMENTS.has(by.dir);
  return { class: vendored ? 'vendored' : 'generated', reason: `discovery skips '${by.dir}/' (${vendored ? 'installed dependencies' : 'build output'})`, root: by.root };
}
const VENDORED_SEGMENTS = new Set(['node_modules', 'vendor', 'third_party', '.venv', 'venv']);

interface Decided extends ClassDecision {
  /** The folder (or file) whose decision applied, when one did. */
  at?: string;
  layer: 'override' | 'generated' | 'config' | 'convention' | 'default';
  /** Decided from the path alone (a folder name, discovery's built-in trees): recomputed, never stored. */
  derived?: boolean;
}

interface Compiled {
  p: ClassPattern;
  match: (path: string) => boolean;
  /** Its place in the configuration's order: the last match decides. */
  order: number;
}

/**
 * Patterns by the folder their glob is fixed to (`pkg/a` for `pkg/a/src/*.test.ts`, '' for `*.pb.go` or a leading globstar):
 * a path is tried against the patterns of its own folders only, so a monorepo's hundreds of
 * per-package test globs cost each file a few lookups, not a match each.
 */
class PatternIndex {
  private readonly byFolder = new Map<string, Compiled[]>();

  constructor(list: readonly ClassPattern[]) {
    list.forEach((p, order) => {
      const at = fixedFolder(p.glob);
      const c: Compiled = { p, match: picomatch(p.glob, { dot: true }), order };
      const here = this.byFolder.get(at);
      if (here) here.push(c);
      else this.byFolder.set(at, [c]);
    });
  }

  /** Patterns apply in order; the last one that matches decides, an unset one cancels an earlier one of its class. */
  lastMatch(path: string): ClassPattern | undefined {
    if (this.byFolder.size === 0) return undefined;
    let candidates: Compiled[] = [];
    let lists = 0;
    // The path itself too: picomatch lets `a/b/**` match `a/b`.
    for (let d = path; ; d = dirOf(d)) {
      const here = this.byFolder.get(d);
      if (here) {
        candidates = lists === 0 ? here : candidates.concat(here);
        lists++;
      }
      if (d === '') break;
    }
    if (lists > 1) candidates.sort((a, b) => a.order - b.order); // a copy made by concat
    let out: ClassPattern | undefined;
    for (const c of candidates) {
      if (!c.match(path)) continue;
      if (c.p.unset) {
        if (out?.class === c.p.class) out = undefined;
      } else out = c.p;
    }
    return out;
  }
}

/** The folders of a glob before its first segment with a wildcard (or anything picomatch may read as one). */
function fixedFolder(glob: string): string {
  const segments = glob.split('/');
  let n = 0;
  while (n < segments.length - 1 && /^[^*?[\]{}()!\\]+$/.test(segments[n]!) && segments[n] !== '.' && segments[n] !== '..') n++;
  return segments.slice(0, n).join('/');
}

const DEFAULT: Decided = { class: 'runtime', reason: 'no configuration or convention classifies it (runtime by default)', layer: 'default' };
/** A name no tracked file has: deciding `dir/PROBE` asks what the folder gives a file with no name of its own. */
const PROBE = '\u0000';

class Resolver {
  private readonly genRoots = new Map<string, ClassRoot>();
  private readonly cfgRoots = new Map<string, ClassRoot>();
  private readonly gen: PatternIndex;
  private readonly cfg: PatternIndex;
  private readonly overrides: Array<{ cls: FileClass; glob: string; match: (p: string) => boolean }> = [];
  private readonly cache = new Map<string, Decided>();
  /** Per folder: generatedFolder()'s answer (null: none), and folderDecision()'s. */
  private readonly genFolders = new Map<string, Decided | null>();
  private readonly byFolder = new Map<string, Decided>();

  constructor(roots: readonly ClassRoot[], patterns: readonly ClassPattern[], overrides: MapInput['overrides']) {
    for (const r of roots) {
      if (r.layer === 'convention') continue; // recomputed from the path
      (r.layer === 'generated' ? this.genRoots : this.cfgRoots).set(r.path, r);
    }
    this.gen = new PatternIndex(patterns.filter((p) => p.layer === 'generated'));
    this.cfg = new PatternIndex(patterns.filter((p) => p.layer !== 'generated'));
    for (const cls of ['runtime', 'test', 'example'] as const) {
      for (const glob of overrides[cls] ?? []) this.overrides.push({ cls, glob, match: picomatch(glob, { dot: true }) });
    }
  }

  decide(path: string): Decided {
    let d = this.cache.get(path);
    if (!d) {
      d = this.compute(path);
      this.cache.set(path, d);
    }
    return d;
  }

  /** A folder's class: what a file in it named by no convention would get. */
  decideDir(dir: string): Decided {
    return this.decide(dir === '' ? PROBE : `${dir}/${PROBE}`);
  }

  private compute(path: string): Decided {
    for (const o of this.overrides) {
      if (o.match(path)) return { class: o.cls, reason: `the configuration's ${o.cls} globs ('${o.glob}')`, layer: 'override' };
    }
    const probe = path.endsWith(PROBE);
    const dir = dirOf(path);
    // 2. generated / vendored: the file's own pattern, then the most specific folder, then discovery's trees.
    const byPattern = probe ? undefined : this.gen.lastMatch(path);
    if (byPattern) return { class: byPattern.class, reason: byPattern.reason, at: path, layer: 'generated' };
    const ownRoot = probe ? undefined : this.genRoots.get(path);
    if (ownRoot) return { class: ownRoot.class, reason: ownRoot.reason, at: path, layer: 'generated' };
    const generatedFolder = this.generatedFolder(dir);
    if (generatedFolder) return generatedFolder;
    const disc = discoveryDecision(path);
    if (disc) return { class: disc.class, reason: disc.reason, at: disc.root, layer: 'generated', derived: true };
    if (!probe) {
      // 3. the file named by a configuration.
      const own = this.cfgRoots.get(path);
      if (own) return { class: own.class, reason: own.reason, at: path, layer: 'config' };
      const pat = this.cfg.lastMatch(path);
      if (pat) return { class: pat.class, reason: pat.reason, at: path, layer: 'config' };
      // 4. the file's name.
      const byName = fileNameDecision(path);
      if (byName) return { ...byName, at: path, layer: 'convention' };
    }
    return this.folderDecision(dir);
  }

  /**
   * The most specific generated or vendored folder (a root) at or above `dir` (the folders of a path,
   * deepest first), once per folder: every file in it asks the same.
   */
  private generatedFolder(dir: string): Decided | undefined {
    // Up to the first folder already answered, or a root, or the top; every folder passed shares that answer.
    const unknown: string[] = [];
    let found: Decided | null = null;
    for (let d = dir; d !== ''; d = dirOf(d)) {
      const known = this.genFolders.get(d);
      if (known !== undefined) {
        found = known;
        break;
      }
      const r = this.genRoots.get(d);
      unknown.push(d);
      if (r) {
        found = { class: r.class, reason: r.reason, at: d, layer: 'generated' };
        break;
      }
    }
    // None of them below where the walk stopped is a root.
    for (const d of unknown) this.genFolders.set(d, found);
    return found ?? undefined;
  }

  /** 5. What the folders of `dir` give a file no earlier layer decided, once per folder. */
  private folderDecision(dir: string): Decided {
    let decided = this.byFolder.get(dir);
    if (decided === undefined) {
      decided = this.folders(dir);
      this.byFolder.set(dir, decided);
    }
    return decided;
  }

  private folders(dir: string): Decided {
    // Folders of the path, deepest first.
    const dirs: string[] = [];
    for (let d = dir; d !== ''; d = dirOf(d)) dirs.push(d);
    // Folders, deepest first; names are silent below a sealed folder.
    let sealedDepth = -1; // index in `dirs` of the shallowest sealed folder: names count there and above
    for (let i = dirs.length - 1; i >= 0; i--) {
      const d = dirs[i]!;
      if (this.cfgRoots.get(d)?.sealed || sealsNames(d)) {
        sealedDepth = i;
        break;
      }
    }
    // Below a source folder (src/, app/, lib/...), a folder named docs/ or examples/ is a feature of the
    // code (polar's src/components/docs), not documentation: only test names still speak there.
    let sourceAt = dirs.length - 1; // the outermost source folder
    while (sourceAt >= 0 && !SOURCE_DIRS.has(baseOf(dirs[sourceAt]!))) sourceAt--;
    for (let i = 0; i < dirs.length; i++) {
      const d = dirs[i]!;
      const r = this.cfgRoots.get(d);
      if (r) return { class: r.class, reason: r.reason, at: d, layer: 'config' };
      if (i >= sealedDepth) {
        const byName = folderNameDecision(baseOf(d), i === dirs.length - 1);
        if (!byName) continue;
        if (i < sourceAt && byName.class !== 'test' && byName.class !== 'generated' && byName.class !== 'vendored' && !isToolConfigFolder(baseOf(d))) continue;
        // A hidden folder is tool configuration only by default: inside test data (whispers' tests/fixtures/.aws/
        // credentials), an example or docs, the enclosing folder's name says what it is.
        if (isHiddenByDefault(baseOf(d)) && dirs.slice(i + 1).some((o) => ['test', 'example', 'docs'].includes(folderNameDecision(baseOf(o), false)?.class ?? ''))) continue;
        // examples/demo/ is one example: the outermost folder named for the same class is the one shown.
        let at = i;
        while (at + 1 < dirs.length && !this.cfgRoots.has(dirs[at + 1]!) && folderNameDecision(baseOf(dirs[at + 1]!), at + 1 === dirs.length - 1)?.class === byName.class) at++;
        const outer = at === i ? byName : folderNameDecision(baseOf(dirs[at]!), at === dirs.length - 1)!;
        return { ...outer, at: dirs[at]!, layer: 'convention', derived: true };
      }
    }
    return DEFAULT;
  }
}

/** Rebuilds the map from its data (in a worker): the same decisions as the map the data came from. */
export function repositoryMapFrom(data: RepositoryMapData, overrides: MapInput['overrides']): RepositoryMap {
  return mapOf(data, overrides).map;
}

function mapOf(data: RepositoryMapData, overrides: MapInput['overrides']): { map: RepositoryMap; resolver: Resolver } {
  const resolver = new Resolver(data.roots, data.patterns ?? [], overrides);
  const map: RepositoryMap = {
    units: data.units,
    roots: data.roots,
    counts: data.counts,
    ...(data.patterns ? { patterns: data.patterns } : {}),
    ...(data.copies ? { copies: data.copies } : {}),
    classOf: (path) => resolver.decide(path).class,
    decision: (path) => {
      const d = resolver.decide(path);
      return { class: d.class, reason: d.reason };
    },
    stackOf: (path) => stackOf(data, path, resolver.decide(path).class),
    data: () => data,
  };
  return { map, resolver };
}

export function buildRepositoryMap(input: MapInput): RepositoryMap {
  const files = input.files;
  const fileSet = new Set(files);
  const dirs = new Set<string>();
  for (const f of files) for (let d = dirOf(f); d !== '' && !dirs.has(d); d = dirOf(d)) dirs.add(d);
  const configs = files.filter((f) => isMapInput(f));
  const collected: Collected = { roots: [], patterns: [], shipping: [], uses: [], copies: [], excluded: [] };
  const rootAt = new Map<string, ClassRoot>();
  const addRoot = (r: ClassRoot) => {
    const key = `${r.layer ?? 'config'}\0${r.path}`;
    if (rootAt.has(key)) return; // the first reader to decide a path keeps it
    rootAt.set(key, r);
    collected.roots.push(r);
  };
  generatedRoots(input, fileSet).forEach(addRoot);
  const ctx: Ctx = {
    files,
    fileSet,
    dirs,
    configs,
    read: (p) => input.read(p),
    malformed: (p, kind, reason) => input.malformed?.(p, kind, reason),
    root: (path, cls, reason, layer, sealed) => addRoot({ path, class: cls, reason, ...(layer === 'generated' ? { layer } : {}), ...(sealed ? { sealed } : {}) }),
    pattern: (p, config) => {
      if (collected.patterns.length >= MAX_PATTERNS) return;
      // Matched against every path: a glob the pull request wrote gets the configuration file's guard.
      const problem = globProblem(p.glob);
      if (problem) input.malformed?.(config, baseOf(config), `the glob '${p.glob.slice(0, 200)}' ${problem}; not applied`);
      else collected.patterns.push(p);
    },
    ship: (s) => collected.shipping.push(s),
    // Beyond the bound, stackRoots claims nothing (what ships may be among the unread).
    use: (u) => {
      if (collected.uses.length <= 500) collected.uses.push(u);
    },
    copy: (c) => {
      if (collected.copies.length < 1000) collected.copies.push(c);
    },
    excludedFromBuild: (path, reason) => {
      if (collected.excluded.length < 200) collected.excluded.push({ path, reason });
    },
  };
  readGitattributes(ctx);
  readNode(ctx);
  readPython(ctx);
  readGo(ctx);
  readJvm(ctx);
  readDotnet(ctx);
  readRuby(ctx);
  readContainers(ctx);
  readSuites(ctx);
  // A folder the build's tsconfig excludes and a build script copies as files (novu's `novu init`
  // templates): files handed to users to start from, not code this package runs — examples.
  for (const ex of collected.excluded) {
    const copy = collected.copies.find((c) => c.from === ex.path || c.from.startsWith(`${ex.path}/`));
    if (copy) ctx.root(ex.path, 'example', `${ex.reason}, and ${copy.reason.replace(/ copies it /, ' copies it as files ')}: templates, not code it runs`);
  }

  // Shipping claims, judged against the narrowing decisions and the folder names only.
  const narrowed = new Resolver(collected.roots, collected.patterns, input.overrides);
  const units: DeployableUnit[] = [];
  const ships = new Map<string, ClassRoot>();
  const shipped: Array<{ path: string; reason: string }> = [];
  for (const s of collected.shipping) {
    if (!shipsFromRuntime(narrowed, s)) continue;
    if (s.unit) units.push(s.unit);
    shipped.push(...(s.copied ?? []).map((path) => ({ path, reason: `${s.config} copies it into an image` })), ...s.ships);
    for (const x of s.ships) {
      if (ships.has(x.path)) continue;
      const file = fileSet.has(x.path);
      const now = file ? narrowed.decide(x.path) : narrowed.decideDir(x.path);
      // A folder's copy ships what it holds, but a test folder copied along (`COPY . .`) stays test; a file
      // copied by its own name is in the image whatever its folder is called (wrongsecrets'
      // `COPY src/test/resources/RSAprivatekey.pem`, read by the app at run time): level 3 over level 5.
      const named = file && (now.class === 'test' || now.class === 'docs' || now.class === 'example') && now.layer !== 'generated';
      if ((!isRuntimeLike(now.class) && !named) || now.layer === 'override') continue;
      ships.set(x.path, { path: x.path, class: 'runtime', reason: x.reason, ...(x.sealed ? { sealed: true } : {}) });
    }
  }
  // A shipping claim replaces a narrowing 'tooling' claim of the same path (a script package.json runs that the image also COPYs).
  // What only a development or test stack uses, now that what ships is known.
  const kustomizations = files.filter((f) => isKustomizationPath(f) && narrowed.decide(f).class === 'runtime');
  const chart = units.find((u) => u.kind === 'helm');
  const deployer = chart ? `the Helm chart ${chart.root || '(root)'}` : kustomizations[0] !== undefined ? `the kustomization ${kustomizations[0]}` : undefined;
  const uses = collected.uses.map((u) => localStack(u, deployer, (p) => narrowed.decide(p).class));
  const stacks = stackRoots(collected.uses.length > 500 ? [] : uses, {
    files,
    fileSet,
    dirs,
    classOf: (p, folder) => (folder ? narrowed.decideDir(p) : narrowed.decide(p)).class,
    // kustomize's generators and Helm's .Files read files below their own folder only.
    shipped: [
      ...shipped,
      ...kustomizations.map((f) => ({ path: dirOf(f), reason: `${f}: a kustomization the repository deploys` })),
    ],
    rooted: new Set(ships.keys()),
  });
  const stackAt = new Set(stacks.roots.map((r) => r.path));
  const roots = collected.roots.filter((r) => r.layer === 'generated' || (!ships.has(r.path) && !stackAt.has(r.path)));
  roots.push(...ships.values(), ...stacks.roots);

  const counts = Object.fromEntries(FILE_CLASSES.map((c) => [c, 0])) as Record<FileClass, number>;
  const data: RepositoryMapData = {
    units: dedupeUnits(units),
    roots,
    counts,
    patterns: collected.patterns,
    copies: [...collected.copies].sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to)),
    ...(stacks.guessed.length > 0 ? { localStacks: stacks.guessed } : {}),
  };
  const { map, resolver } = mapOf(data, input.overrides);
  // Counts, and the folders whose name (or discovery's built-in list) decided for a file: shown, not needed to decide.
  const shown = new Map<string, ClassRoot>();
  for (const f of [...files, ...input.generated.map((g) => g.path).filter((p) => !fileSet.has(p))]) {
    const d = resolver.decide(f);
    counts[d.class]++;
    if (d.derived && d.at !== undefined && d.at !== f && !shown.has(d.at)) shown.set(d.at, { path: d.at, class: d.class, reason: d.reason, layer: 'convention' });
  }
  roots.push(...shown.values());
  roots.sort((a, b) => a.path.split('/').length - b.path.split('/').length || cmp(a.path, b.path) || cmp(a.layer ?? 'config', b.layer ?? 'config'));
  return map;
}

/** A shipping claim counts when its configuration is runtime, and so is the unit's folder. */
function shipsFromRuntime(r: Resolver, s: Shipping): boolean {
  // A container or chart file speaks for itself (Dockerfile.test, a compose file for CI); a manifest
  // (setup.py, package.json) is judged by its folder only.
  const base = baseOf(s.config);
  if ((isDockerfilePath(s.config) || /compose[^/]*\.ya?ml$/i.test(base) || base === 'Chart.yaml') && r.decide(s.config).class !== 'runtime') return false;
  if (r.decideDir(dirOf(s.config)).class !== 'runtime') return false;
  return !s.unit || r.decideDir(s.unit.root).class === 'runtime';
}

/** One unit per folder and kind: the one with entries, else the first proposed. */
function dedupeUnits(units: DeployableUnit[]): DeployableUnit[] {
  const by = new Map<string, DeployableUnit>();
  for (const u of units) {
    const key = `${u.root}\0${u.kind}`;
    const had = by.get(key);
    if (!had || (had.entries.length === 0 && u.entries.length > 0)) by.set(key, u);
  }
  return [...by.values()].sort((a, b) => cmp(a.root, b.root) || cmp(a.kind, b.kind));
}

/**
 * Roots for what discovery skipped besides its built-in trees (paths.generated): the largest folders
 * whose every file was skipped for the same reason, else the files themselves.
 */
function generatedRoots(input: MapInput, fileSet: ReadonlySet<string>): ClassRoot[] {
  const extra = input.generated.filter((g) => !discoveryDecision(g.path));
  if (extra.length === 0) return [];
  const total = new Map<string, number>();
  const count = (p: string, m: Map<string, number>) => {
    for (let d = dirOf(p); d !== ''; d = dirOf(d)) m.set(d, (m.get(d) ?? 0) + 1);
  };
  for (const f of fileSet) count(f, total);
  for (const g of input.generated) if (!fileSet.has(g.path)) count(g.path, total);
  const byReason = new Map<string, Map<string, number>>();
  for (const g of extra) count(g.path, byReason.get(g.reason) ?? byReason.set(g.reason, new Map()).get(g.reason)!);
  const out = new Map<string, ClassRoot>();
  for (const g of extra) {
    const mine = byReason.get(g.reason)!;
    const chain: string[] = [];
    for (let d = dirOf(g.path); d !== ''; d = dirOf(d)) chain.push(d);
    let at = g.path;
    for (let i = chain.length - 1; i >= 0; i--) {
      const d = chain[i]!;
      if (mine.get(d) === total.get(d)) {
        at = d;
        break;
      }
    }
    if (!out.has(at)) out.set(at, { path: at, class: 'generated', reason: g.reason, layer: 'generated' });
  }
  return [...out.values()];
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const SUMMARY_ITEMS = 4;
const nFiles = (n: number) => `${n} file${n === 1 ? '' : 's'}`;

/** At most 8 lines for the job summary: units, then the folders given each class, with reasons. */
export function summaryLines(map: RepositoryMapData): string[] {
  const lines: string[] = [];
  const list = <T>(xs: T[], show: (x: T) => string) =>
    xs.slice(0, SUMMARY_ITEMS).map(show).join('; ') + (xs.length > SUMMARY_ITEMS ? `; and ${xs.length - SUMMARY_ITEMS} more` : '');
  const where = (root: string) => (root === '' ? '(repository root)' : `${root}/`);
  if (map.units.length > 0) {
    lines.push(`Deployable units (${map.units.length}): ${list(map.units, (u) => `${where(u.root)} ${u.kind}${u.name !== u.root && u.name !== '(root)' ? ` '${u.name}'` : ''} (${u.reason})`)}`);
  } else lines.push('Deployable units: none found in the configuration (all unclassified code is taken as runtime)');
  const roots = map.roots.filter((r) => r.path !== '');
  const labels: Array<[FileClass, string]> = [
    ['test', 'Test'],
    ['example', 'Example'],
    ['generated', 'Generated'],
    ['vendored', 'Vendored'],
    ['docs', 'Docs'],
    ['tooling', 'Tooling'],
  ];
  for (const [cls, label] of labels) {
    // Outermost roots only: a test folder inside a test folder says nothing new.
    // A lookup per folder above each root: one root per folder named tests/ can be every folder of the tree.
    const own = roots.filter((r) => r.class === cls);
    const paths = new Set(own.map((r) => r.path));
    const inside = (p: string) => {
      for (let d = dirOf(p); d !== ''; d = dirOf(d)) if (paths.has(d)) return true;
      return false;
    };
    const outer: Array<{ path: string; reason: string }> = own.filter((r) => !inside(r.path));
    for (const p of map.patterns ?? []) if (p.class === cls && !p.unset) outer.push({ path: p.glob, reason: p.reason });
    if (outer.length > 0) lines.push(`${label} (${nFiles(map.counts[cls])}): ${list(outer, (r) => `${r.path} (${r.reason})`)}`);
  }
  const counted = FILE_CLASSES.filter((c) => map.counts[c] > 0).map((c) => `${map.counts[c]} ${c}`);
  if (lines.length < 8) lines.push(`Files by class: ${counted.length > 0 ? counted.join(', ') : 'none'}`);
  return lines.slice(0, 8);
}

export type { ClassDecision, ClassPattern, ClassRoot, DeployableUnit, FileClass, FileCopy, RepositoryMap, RepositoryMapData };

/** Folders of a package's source code: the names of folders below them are the code's own words. */
const SOURCE_DIRS = new Set(['src', 'app', 'lib', 'components', 'pages']);

/**
 * A hidden folder is tool configuration (`.storybook/`, `.vitepress/`) even below a source folder
 * (halo's ui/packages/components/.storybook); `.server/` and `.client/` are Remix's module folders, code.
 */
function isToolConfigFolder(name: string): boolean {
  return name.startsWith('.') && name !== '.server' && name !== '.client';
}

/** Folder names that hold a project's integration or end-to-end suites, when test files say so. */
const SUITE_DIRS = new Set(['suites', 'suite', 'acceptance']);

/**
 * A `suites/` folder is a test suite when the test files in it say so (authelia's internal/suites:
 * `*_test.go` beside the compose files, keys and configs its e2e suites mount). The name alone is not
 * enough: a product may call its own feature "suites".
 */
function readSuites(ctx: Ctx): void {
  const marked = new Set<string>();
  for (const f of ctx.files) {
    if (fileNameDecision(f)?.class !== 'test') continue;
    for (let d = dirOf(f), depth = 0; d !== '' && depth < 32; d = dirOf(d), depth++) {
      if (marked.has(d)) break;
      if (SUITE_DIRS.has(baseOf(d))) {
        marked.add(d);
        ctx.root(d, 'test', `folder '${baseOf(d)}/' holds test files (${f.slice(f.lastIndexOf('/') + 1)})`);
        break;
      }
    }
  }
}
