// JS/TS module resolution over the file list, with Node's and TypeScript's rules: extensions,
// index files, `.js` written for a `.ts` file (TypeScript's ESM convention), tsconfig/jsconfig
// `paths` and `baseUrl` (with `extends` and the sibling tsconfig.*.json of project references),
// and package.json `imports` (`#internal`). Built once per run (workspace.shared) from the file
// list and the captured tsconfig/package.json texts; read by js-unresolved-import and
// undeclared-dependency.
import type { Workspace } from '../../workspace/workspace.js';
import { GITIGNORE_GLOBS } from '../deps/gitignore.js';
import { joinPath } from '../deps/python-manifests.js';
import { dirOf } from '../python/modules.js';
import { parseJsonc } from './jsonc.js';
import { parseSyml } from '../../formats/syml.js';
import picomatch from 'picomatch';
import { globMatcher } from '../../workspace/glob.js';
import { globProblem } from '../../workspace/glob-guard.js';
import { splitDescriptor } from '../../ecosystems/yarn/index.js';
import { workspaceGlobs } from '../../ecosystems/npm/manifest.js';
import { pnpmHoisted, pnpmHoisting, pnpmWorkspacePackages, readPnpmWorkspace } from './pnpm.js';
import { BUNDLER_CONFIGS, computedGap, isBundlerConfig, provides, readBundlerConfig, type BundlerConfig, type Provided } from './bundler.js';
import { stripTrailingSlashes } from '../routes/extract.js';

/** The sources the JS/TS rules read. */
export const JS_FILES = ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'];

export const JS_CAPTURE = ['**/tsconfig*.json', '**/jsconfig*.json', '**/package.json', '**/config/importmap.rb', '**/mix.exs', '**/package-lock.json', '**/yarn.lock', '**/.yarnrc.yml', '**/pnpm-lock.yaml', '**/.npmrc', '**/pnpm-workspace.yaml', ...BUNDLER_CONFIGS, ...GITIGNORE_GLOBS];

/**
 * `pin "@hotwired/stimulus", to: ...` in config/importmap.rb (a line of Ruby DSL), and the prefix
 * of `pin_all_from "app/javascript/controllers", under: "controllers"` (`import "controllers"`).
 * Comment lines do not match: `#` precedes `pin`.
 */
const IMPORTMAP_PIN = /^[ \t]*(?:pin[ \t(]+["']([^"']+)["']|pin_all_from[ \t(]+["'][^"']*["'][^\n#]*?\bunder:[ \t]*["']([^"']+)["'])/gm;
/** A Hex dependency tuple in mix.exs: `{:phoenix_html, "~> 4.0"}`; its atom is the import name. */
const MIX_DEP = /\{\s*:([a-z_][a-z0-9_]*)\s*,/g;

/** TypeScript's and Node's candidate extensions, in TypeScript's order. */
const EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.json', '.node'];
/** `.js` in a specifier may stand for the TypeScript source (TS 4.7 node16/nodenext, bundler). */
const TS_FOR_JS: Record<string, string[]> = { '.js': ['.ts', '.tsx', '.d.ts'], '.jsx': ['.tsx'], '.mjs': ['.mts', '.d.mts'], '.cjs': ['.cts', '.d.cts'] };

export interface PathMapping {
  pattern: string;
  /** Root-relative targets, `*` kept. */
  targets: string[];
  /** The tsconfig that declares it. */
  config: string;
}

/** `engines` keys that name a host, and the module it provides to the package it loads. */
const HOST_ENGINES: ReadonlyMap<string, string> = new Map([
  ['vscode', 'vscode'],
  ['theiaPlugin', '@theia/plugin'],
]);

export interface PackageJson {
  path: string;
  dir: string;
  name?: string;
  dependencies: Set<string>;
  devDependencies: Set<string>;
  /** `imports` (subpath imports), as parsed. */
  imports?: Record<string, unknown>;
  workspaces: boolean;
  /** The `workspaces` globs, relative to its folder (strings only). */
  workspaceGlobs: string[];
  /** A script runs the TypeScript compiler (`tsc`, `vue-tsc`, `tsc -b`): type-only imports are checked too. */
  typechecks: boolean;
  /**
   * Modules the host that loads this package provides, never installed: an editor extension
   * (`engines.vscode`) gets `vscode` from the extension host, a Theia plugin (`engines.theiaPlugin`)
   * `@theia/plugin` from the plugin host (eclipse-theia/theia's sample-plugins).
   */
  hostModules: Set<string>;
}

interface TsConfig {
  path: string;
  dir: string;
  /** Root-relative baseUrl, when set (own or inherited). */
  baseUrl?: string;
  /** Root-relative compilerOptions.outDir and rootDir, when set (own or inherited): where tsc writes what it compiles. */
  outDir?: string;
  rootDir?: string;
  paths: PathMapping[];
  /** tsconfig `exclude` (own or inherited), as root-relative globs. */
  exclude?: (path: string) => boolean;
  /**
   * tsconfig `include` and `files` (own or inherited): the sources the compiler reads, besides what
   * they import. Undefined for everything under its folder (TypeScript's default), and for a
   * solution (`references`) or patterns not read.
   */
  include?: (path: string) => boolean;
}

/** A TypeScript source: what a tsconfig's `include` decides is compiled (JavaScript runs as it is). */
const TS_SOURCE = /\.[cm]?tsx?$/;

export type Resolution = { ok: true; path: string } | { ok: false; tried: string };

/**
 * How many `extends` deep a tsconfig is followed: real projects chain two or three, and a pull
 * request could chain one per file it adds (each a stack frame).
 */
export const MAX_TSCONFIG_EXTENDS = 5;

/** The in-repository bases a tsconfig's `extends` names (relative ones only: a package's cannot be read), in order. */
export function tsconfigBases(dir: string, ext: unknown): string[] {
  const out: string[] = [];
  for (const e of Array.isArray(ext) ? ext : [ext]) {
    if (typeof e !== 'string' || !e.startsWith('.')) continue;
    const target = joinPath(dir, e.endsWith('.json') ? e : `${e}.json`);
    if (target !== undefined) out.push(target);
  }
  return out;
}

export class JsProject {
  private readonly files: ReadonlySet<string>;
  private readonly dirs = new Set<string>();
  private readonly tsconfigs = new Map<string, TsConfig>();
  private readonly cutShort = new WeakSet<TsConfig>();
  /** Folder → the tsconfig/jsconfig files in it. */
  private readonly tsconfigDirs = new Map<string, TsConfig[]>();
  readonly packages = new Map<string, PackageJson>();
  /** Every package name declared by a package.json of the repository (workspaces, the repo's own). */
  readonly localNames = new Set<string>();
  /** Configuration files that could not be parsed. */
  readonly malformed: string[] = [];
  private readonly configCache = new Map<string, TsConfig[]>();
  /**
   * Packages that a non-npm manifest provides to the JS under a folder: Rails importmap pins
   * (`config/importmap.rb`, the app folder above `config/`), and the Hex dependencies of a Phoenix
   * project (`mix.exs`), which esbuild resolves through NODE_PATH=deps (`import "phoenix_html"`).
   */
  private readonly otherDeclared = new Map<string, { path: string; names: Set<string> }>();
  /**
   * Folder → what its npm or Yarn lock installs only for development: entries npm marks `dev`, and
   * what Yarn reaches from devDependencies alone. An install that keeps development dependencies (a
   * build, an image that installs without --production) has them at the top of node_modules too.
   */
  private readonly devLocked = new Map<string, { path: string; names: Set<string> }>();

  /** Folder → its npm, Yarn or pnpm lockfile. */
  private readonly locks = new Map<string, string>();
  /** Package folder → the lockfile that locks it ('' for none), computed on first use (lockOf). */
  private readonly lockCache = new Map<string, string>();
  /** Folder → its pnpm-workspace.yaml, parsed ({} when none). */
  private readonly pnpmWorkspaces = new Map<string, Record<string, unknown>>();
  /** Lock folder → whether a package folder is one of its workspaces. */
  private readonly workspaceMatchers = new Map<string, (dir: string) => boolean>();

  /** Bundler configuration files, read on first use (bundlerFor). */
  private readonly bundlerPaths: string[] = [];
  private bundlers?: Map<string, BundlerConfig[]>;
  private readonly text: (path: string) => string | undefined;

  constructor(files: readonly string[], text: (path: string) => string | undefined) {
    this.files = new Set(files);
    this.text = text;
    for (const p of files) for (let d = dirOf(p); d !== '' && !this.dirs.has(d); d = dirOf(d)) this.dirs.add(d);
    for (const p of files) {
      const base = p.slice(p.lastIndexOf('/') + 1);
      if (/^(?:package-lock\.json|yarn\.lock|pnpm-lock\.yaml)$/.test(base) && !this.locks.has(dirOf(p))) this.locks.set(dirOf(p), p);
      if (base === 'package.json') this.readPackage(p, text(p));
      else if (base === 'importmap.rb' && dirOf(p).endsWith('config')) this.readOther(dirOf(dirOf(p)), p, text(p), IMPORTMAP_PIN);
      else if (base === 'mix.exs') this.readOther(dirOf(p), p, text(p), MIX_DEP);
      else if (base === 'package-lock.json') this.readNpmLock(p, text(p));
      else if (/^(?:ts|js)config.*\.json$/.test(base)) this.readTsconfig(p, text, new Set());
      else if (isBundlerConfig(p)) this.bundlerPaths.push(p);
    }
    // After the loop: a yarn.lock is walked from the runtime dependencies of the package.json files.
    for (const p of files) if (p === 'yarn.lock' || p.endsWith('/yarn.lock')) this.readYarnLock(p, text);
    for (const p of files) if (p === 'pnpm-lock.yaml' || p.endsWith('/pnpm-lock.yaml')) this.readPnpmLock(p, text);
  }

  /**
   * pnpm hoists nothing the project can import unless its configuration says so (analysis/js/pnpm.ts):
   * the lock is read only then, and parsed only then.
   */
  private readPnpmLock(path: string, text: (p: string) => string | undefined): void {
    const dir = dirOf(path);
    const hoisting = pnpmHoisting(text(dir === '' ? '.npmrc' : `${dir}/.npmrc`), this.pnpmWorkspace(dir));
    const t = hoisting === undefined ? undefined : text(path);
    if (hoisting === undefined || t === undefined) return;
    const names = pnpmHoisted(t, hoisting);
    if (names.size > 0) this.otherDeclared.set(`${dir}\0lock`, { path, names });
  }

  private readPackage(path: string, t: string | undefined): void {
    if (t === undefined) return;
    let doc: Record<string, unknown>;
    try {
      doc = JSON.parse(t) as Record<string, unknown>;
      if (!doc || typeof doc !== 'object') throw new Error('not an object');
    } catch {
      this.malformed.push(path);
      return;
    }
    const keys = (v: unknown) => Object.keys(v && typeof v === 'object' ? v : {});
    const pkg: PackageJson = {
      path,
      dir: dirOf(path),
      name: typeof doc.name === 'string' ? doc.name : undefined,
      dependencies: new Set([...keys(doc.dependencies), ...keys(doc.peerDependencies), ...keys(doc.optionalDependencies), ...keys(doc.bundleDependencies), ...keys(doc.bundledDependencies)]),
      devDependencies: new Set(keys(doc.devDependencies)),
      imports: doc.imports && typeof doc.imports === 'object' ? (doc.imports as Record<string, unknown>) : undefined,
      workspaces: doc.workspaces !== undefined,
      workspaceGlobs: workspaceGlobs(doc).slice(0, MAX_WORKSPACE_GLOBS),
      typechecks: Object.values(doc.scripts && typeof doc.scripts === 'object' ? doc.scripts : {}).some((c) => typeof c === 'string' && /(?:^|[\s;&|(])(?:npx\s+)?(?:vue-)?tsc(?:\s|$)/.test(c)),
      hostModules: new Set(keys(doc.engines).flatMap((e) => HOST_ENGINES.get(e) ?? [])),
    };
    this.packages.set(pkg.dir, pkg);
    if (pkg.name) this.localNames.add(pkg.name);
  }

  /**
   * The packages npm installs at the top of node_modules/ (hoisted): importable from the project
   * whatever package.json names, since Node resolves by folder (`node_modules/x` keys of lockfile
   * v2/v3, the top-level `dependencies` of v1); those marked `dev` apart (devLocked). pnpm (unless
   * configured to hoist) and Yarn PnP are strict.
   */
  private readNpmLock(path: string, t: string | undefined): void {
    if (t === undefined) return;
    let doc: { packages?: unknown; dependencies?: unknown };
    try {
      doc = JSON.parse(t) as typeof doc;
    } catch {
      return; // lockfile-out-of-sync and the SBOM report a broken lockfile
    }
    const names = new Set<string>();
    const dev = new Set<string>();
    // Not the development-only entries (`dev`/`devOptional`): a production install omits them.
    const runtime = (v: unknown) => !(v && typeof v === 'object' && ((v as { dev?: unknown }).dev === true || (v as { devOptional?: unknown }).devOptional === true));
    if (doc.packages && typeof doc.packages === 'object') {
      for (const [k, v] of Object.entries(doc.packages)) {
        const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(k);
        if (m) (runtime(v) ? names : dev).add(m[1]!);
      }
    } else if (doc.dependencies && typeof doc.dependencies === 'object') {
      for (const [k, v] of Object.entries(doc.dependencies)) (runtime(v) ? names : dev).add(k);
    }
    if (names.size > 0) this.otherDeclared.set(`${dirOf(path)}\0lock`, { path, names });
    if (dev.size > 0) this.devLocked.set(dirOf(path), { path, names: dev });
  }

  /**
   * Yarn classic, and Berry with `nodeLinker: node-modules`, hoist like npm: a package the lock
   * installs is importable from the project though no package.json names it (outline imports
   * `history`, a dependency of react-router-dom). Only the packages reachable from the runtime
   * dependencies of the package.json files it locks (its folder's and its workspaces, lockOf): the lock does not
   * mark development-only entries. Berry's default Plug'n'Play is strict: not read.
   */
  private readYarnLock(path: string, text: (p: string) => string | undefined): void {
    const t = text(path);
    if (t === undefined) return;
    const dir = dirOf(path);
    let doc: Record<string, unknown>;
    try {
      doc = parseSyml(t) as Record<string, unknown>;
    } catch {
      return; // lockfile-out-of-sync and the SBOM report a broken lockfile
    }
    if (!doc || typeof doc !== 'object') return;
    if ('__metadata' in doc && !/^nodeLinker:\s*["']?node-modules\b/m.test(text(dir === '' ? '.yarnrc.yml' : `${dir}/.yarnrc.yml`) ?? '')) return;
    // name → the names its locked entries depend on (all versions together: an over-approximation).
    const edges = new Map<string, Set<string>>();
    for (const [key, raw] of Object.entries(doc)) {
      if (key === '__metadata' || !raw || typeof raw !== 'object') continue;
      const e = raw as { dependencies?: unknown; optionalDependencies?: unknown };
      for (const d of key.split(',')) {
        const name = splitDescriptor(d.trim())[0];
        const to = edges.get(name) ?? new Set<string>();
        for (const deps of [e.dependencies, e.optionalDependencies]) if (deps && typeof deps === 'object') for (const k of Object.keys(deps)) to.add(k);
        edges.set(name, to);
      }
    }
    const mine = [...this.packages].filter(([d]) => {
      const lock = this.lockOf(d);
      return lock !== undefined && dirOf(lock) === dir;
    });
    // Each name is visited once per closure: linear in the lock's edges.
    const closure = (roots: Iterable<string>, skip: ReadonlySet<string>) => {
      const out = new Set<string>();
      const queue = [...roots];
      while (queue.length > 0) {
        const n = queue.pop()!;
        if (out.has(n) || skip.has(n) || !edges.has(n)) continue;
        out.add(n);
        queue.push(...edges.get(n)!);
      }
      return out;
    };
    const names = closure(mine.flatMap(([, pkg]) => [...pkg.dependencies]), new Set());
    const dev = closure(mine.flatMap(([, pkg]) => [...pkg.devDependencies]), names);
    if (names.size > 0) this.otherDeclared.set(`${dir}\0lock`, { path, names });
    if (dev.size > 0) this.devLocked.set(dir, { path, names: dev });
  }

  /**
   * The lockfile that records what a clean install of the package in `dir` installs: the lock in
   * its own folder, or in a folder above whose package.json `workspaces` (or pnpm-workspace.yaml
   * `packages`) covers it. A lock elsewhere above locks another project (eShopOnAbp's root
   * yarn.lock says nothing of apps/angular, installed on its own), so undefined.
   */
  lockOf(dir: string): string | undefined {
    const known = this.lockCache.get(dir);
    if (known !== undefined) return known === '' ? undefined : known;
    let found = '';
    for (let d = dir; ; d = dirOf(d)) {
      const lock = this.locks.get(d);
      if (lock !== undefined && (d === dir || this.workspacesOf(d)(dir))) {
        found = lock;
        break;
      }
      if (d === '') break;
    }
    this.lockCache.set(dir, found);
    return found === '' ? undefined : found;
  }

  /** The pnpm-workspace.yaml of a folder, parsed once (it says both what pnpm hoists and which packages it locks). */
  private pnpmWorkspace(dir: string): Record<string, unknown> {
    let doc = this.pnpmWorkspaces.get(dir);
    if (!doc) this.pnpmWorkspaces.set(dir, (doc = readPnpmWorkspace(this.text(dir === '' ? 'pnpm-workspace.yaml' : `${dir}/pnpm-workspace.yaml`))));
    return doc;
  }

  /** Whether a package folder is a workspace of the project in `root` (package.json `workspaces`, pnpm-workspace.yaml `packages`). */
  private workspacesOf(root: string): (dir: string) => boolean {
    const known = this.workspaceMatchers.get(root);
    if (known) return known;
    const globs = [...(this.packages.get(root)?.workspaceGlobs ?? []), ...pnpmWorkspacePackages(this.pnpmWorkspace(root), MAX_WORKSPACE_GLOBS)];
    const inc: string[] = [];
    const exc: string[] = [];
    // Written by the repository: a glob that picomatch could match in more than linear time is not applied.
    for (const g of globs) {
      const neg = g.startsWith('!');
      const full = joinPath(root, stripTrailingSlashes(g.slice(neg ? 1 : 0).replace(/^\.\//, '')));
      if (full === undefined || full === '' || globProblem(full) !== undefined) continue;
      (neg ? exc : inc).push(full);
    }
    const match = inc.length === 0 ? () => false : picomatch(inc, { dot: true, ...(exc.length > 0 ? { ignore: exc } : {}) });
    this.workspaceMatchers.set(root, match);
    return match;
  }

  private readOther(dir: string, path: string, t: string | undefined, re: RegExp): void {
    if (t === undefined) return;
    const names = new Set<string>();
    for (const m of t.matchAll(re)) names.add((m[1] ?? m[2])!);
    if (names.size > 0) this.otherDeclared.set(dir, { path, names });
  }

  /** The lockfile that installs `name` for the file's package only through development dependencies, if one does. */
  lockedForDevelopment(path: string, name: string): string | undefined {
    for (let d = dirOf(path); ; d = dirOf(d)) {
      const o = this.devLocked.get(d);
      if (o?.names.has(name)) return o.path;
      if (d === '') return undefined;
    }
  }

  /** The importmap.rb / mix.exs / package-lock.json above a file that provides this package, if any. */
  declaredElsewhere(path: string, name: string): string | undefined {
    for (let d = dirOf(path); ; d = dirOf(d)) {
      for (const o of [this.otherDeclared.get(d), this.otherDeclared.get(`${d}\0lock`)]) if (o?.names.has(name)) return o.path;
      if (d === '') return undefined;
    }
  }

  private readTsconfig(path: string, text: (p: string) => string | undefined, stack: Set<string>): TsConfig | undefined {
    const known = this.tsconfigs.get(path);
    if (known || stack.has(path)) return known;
    const t = text(path);
    if (t === undefined) return undefined;
    const doc = parseJsonc(t) as { extends?: unknown; exclude?: unknown; include?: unknown; files?: unknown; references?: unknown; compilerOptions?: { baseUrl?: unknown; paths?: unknown; outDir?: unknown; rootDir?: unknown } } | undefined;
    if (!doc || typeof doc !== 'object') {
      this.malformed.push(path);
      return undefined;
    }
    stack.add(path);
    const dir = dirOf(path);
    const cfg: TsConfig = { path, dir, paths: [] };
    // extends: later entries override earlier ones. `stack` holds this config and those extending it.
    const bases = tsconfigBases(dir, doc.extends);
    let cut = stack.size > MAX_TSCONFIG_EXTENDS && bases.length > 0;
    for (const target of cut ? [] : bases) {
      const base = this.readTsconfig(target, text, stack);
      if (!base) continue;
      if (this.cutShort.has(base)) cut = true;
      if (base.baseUrl !== undefined) cfg.baseUrl = base.baseUrl;
      if (base.outDir !== undefined) cfg.outDir = base.outDir;
      if (base.rootDir !== undefined) cfg.rootDir = base.rootDir;
      if (base.paths.length > 0) cfg.paths = base.paths;
      if (base.exclude) cfg.exclude = base.exclude;
      cfg.include = base.include;
    }
    if (Array.isArray(doc.exclude)) {
      // A pattern names files, or a folder and everything under it (TypeScript's matching).
      // Written by the repository: a glob that picomatch could match in more than linear time is not applied.
      const globs = tsconfigGlobs(dir, doc.exclude.filter((x): x is string => typeof x === 'string' && globProblem(x) === undefined).slice(0, 100), false);
      cfg.exclude = globs.length > 0 ? globMatcher(globs, { dot: true }) : undefined;
    }
    // A solution's own files are its references' business; `include` and `files` replace what it extends.
    if (Array.isArray(doc.references) && doc.references.length > 0) cfg.include = undefined;
    else if (doc.include !== undefined || doc.files !== undefined) cfg.include = includeMatcher(dir, doc.include, doc.files);
    const co = doc.compilerOptions ?? {};
    if (typeof co.baseUrl === 'string') cfg.baseUrl = joinPath(dir, co.baseUrl);
    if (typeof co.outDir === 'string') cfg.outDir = joinPath(dir, co.outDir.replace(/\/+$/, ''));
    if (typeof co.rootDir === 'string') cfg.rootDir = joinPath(dir, co.rootDir.replace(/\/+$/, ''));
    if (co.paths && typeof co.paths === 'object') {
      // Paths resolve against baseUrl when set, else against the declaring tsconfig's folder.
      const from = cfg.baseUrl ?? dir;
      cfg.paths = Object.entries(co.paths as Record<string, unknown>).map(([pattern, targets]) => ({
        pattern,
        targets: (Array.isArray(targets) ? targets : []).filter((x): x is string => typeof x === 'string').map((x) => joinPath(from, x) ?? x),
        config: path,
      }));
    }
    stack.delete(path);
    // Cut short because it was reached through a long chain: not what it is from its own entry, so not kept.
    if (cut && stack.size > 0) {
      this.cutShort.add(cfg);
      return cfg;
    }
    this.tsconfigs.set(path, cfg);
    const list = this.tsconfigDirs.get(dir) ?? [];
    list.push(cfg);
    this.tsconfigDirs.set(dir, list);
    return cfg;
  }

  /** The tsconfig/jsconfig files of the nearest folder above `path` that has any (tsconfig.json and its tsconfig.*.json siblings). */
  configsFor(path: string): TsConfig[] {
    const dir = dirOf(path);
    const cached = this.configCache.get(dir);
    if (cached) return cached;
    let found: TsConfig[] = [];
    for (let d = dir; ; d = dirOf(d)) {
      const list = this.tsconfigDirs.get(d);
      if (list && list.length > 0) {
        found = list;
        break;
      }
      if (d === '') break;
    }
    this.configCache.set(dir, found);
    return found;
  }

  /** The nearest package.json above a file. */
  packageFor(path: string): PackageJson | undefined {
    for (let d = dirOf(path); ; d = dirOf(d)) {
      const p = this.packages.get(d);
      if (p) return p;
      if (d === '') return undefined;
    }
  }

  /** Every package.json above a file, nearest first (workspace roots hoist their dependencies). */
  packagesAbove(path: string): PackageJson[] {
    const out: PackageJson[] = [];
    for (let d = dirOf(path); ; d = dirOf(d)) {
      const p = this.packages.get(d);
      if (p) out.push(p);
      if (d === '') return out;
    }
  }

  /**
   * Whether a bundler configuration of the file's package (the package.json folder at or above the
   * configuration) resolves this bare import itself: an alias (to a file, or to the package named by
   * `target`) or, for a bundle that does not run on Node, an external the host provides. Otherwise the gap a computed
   * alias or external list leaves, if one applies.
   */
  bundlerFor(path: string, spec: string): (Provided & { config: string }) | { gap: string } | undefined {
    if (this.bundlerPaths.length === 0) return undefined;
    this.bundlers ??= this.readBundlers();
    let gap: string | undefined;
    for (let d = dirOf(path); ; d = dirOf(d)) {
      for (const cfg of this.bundlers.get(d) ?? []) {
        const by = provides(cfg, spec);
        if (by !== undefined) return { ...by, config: cfg.path };
        gap ??= computedGap(cfg);
      }
      if (d === '') return gap === undefined ? undefined : { gap };
    }
  }

  /** The bundler configurations of the package in `dir` (those whose nearest package.json is there). */
  bundlerConfigsOf(dir: string): readonly BundlerConfig[] {
    if (this.bundlerPaths.length === 0) return [];
    this.bundlers ??= this.readBundlers();
    return this.bundlers.get(dir) ?? [];
  }

  private readBundlers(): Map<string, BundlerConfig[]> {
    const out = new Map<string, BundlerConfig[]>();
    for (const p of this.bundlerPaths) {
      const t = this.text(p);
      if (t === undefined) continue;
      const scope = this.packageFor(p)?.dir ?? dirOf(p);
      (out.get(scope) ?? out.set(scope, []).get(scope)!).push(readBundlerConfig(p, t));
    }
    return out;
  }

  /** A root-relative module path as Node or TypeScript would complete it to a file. */
  resolveFile(base: string): string | undefined {
    // A trailing slash names a folder (`@/router/`): Node and bundlers load its index file.
    if (base.endsWith('/')) {
      const dir = base.replace(/\/+$/, '');
      return this.dirs.has(dir) ? this.resolveFile(`${dir}/index`) ?? (this.files.has(`${dir}/package.json`) ? `${dir}/package.json` : undefined) : undefined;
    }
    // The scanned root itself (`require('..')` from a top folder): its index file or package.json. Not
    // `'' + '.js'`: Node looks for the root's name with an extension, beside it, outside the tree.
    if (base === '') {
      for (const e of EXTENSIONS) if (this.files.has(`index${e}`)) return `index${e}`;
      return this.files.has('package.json') ? 'package.json' : undefined;
    }
    if (this.files.has(base)) return base;
    const ext = /\.[cm]?jsx?$/.exec(base)?.[0];
    if (ext) for (const ts of TS_FOR_JS[ext] ?? []) if (this.files.has(base.slice(0, -ext.length) + ts)) return base.slice(0, -ext.length) + ts;
    for (const e of EXTENSIONS) if (this.files.has(base + e)) return base + e;
    if (this.dirs.has(base)) {
      for (const e of EXTENSIONS) if (this.files.has(`${base}/index${e}`)) return `${base}/index${e}`;
      if (this.files.has(`${base}/package.json`)) return `${base}/package.json`;
    }
    return undefined;
  }

  /** A folder exists with files under it (a directory import that might be served by a bundler). */
  hasDir(dir: string): boolean {
    return this.dirs.has(dir);
  }

  /** The tsconfig `paths` patterns that match a bare specifier, best (longest prefix) first. */
  pathMappings(from: string, spec: string): Array<{ mapping: PathMapping; targets: string[] }> {
    const out: Array<{ mapping: PathMapping; targets: string[]; rank: number }> = [];
    for (const cfg of this.configsFor(from)) {
      for (const m of cfg.paths) {
        const star = m.pattern.indexOf('*');
        let captured: string | undefined;
        if (star < 0) captured = m.pattern === spec ? '' : undefined;
        else {
          const pre = m.pattern.slice(0, star);
          const post = m.pattern.slice(star + 1);
          if (spec.length >= pre.length + post.length && spec.startsWith(pre) && spec.endsWith(post)) captured = spec.slice(pre.length, spec.length - post.length);
        }
        if (captured === undefined) continue;
        // TypeScript normalizes the substituted path: `@/components//hooks/x` is `src/components/hooks/x`
        // (a trailing slash is kept: it asks for the folder's index).
        // A function, not a string: `$&` or `$'` in the import are text, not replacement patterns.
        const targets = m.targets.map((t) => t.replace('*', () => captured)).map((t) => {
          const n = joinPath('', t);
          return n === undefined || n === '' ? t : t.endsWith('/') ? `${n}/` : n;
        });
        out.push({ mapping: m, targets, rank: star < 0 ? Infinity : star });
      }
    }
    return out.sort((a, b) => b.rank - a.rank);
  }

  /**
   * Something type-checks this file: a tsconfig.json governs it, or a package.json script runs tsc.
   * Otherwise a transpiler (esbuild, Vite, Babel) only erases types and never loads type-only imports.
   */
  typeChecked(path: string): boolean {
    return this.configsFor(path).some((c) => /(?:^|\/)tsconfig[^/]*\.json$/.test(c.path)) || this.packagesAbove(path).some((p) => p.typechecks);
  }

  /**
   * The tsconfig.json governing `path` excludes it: tsc never compiles it unless a compiled file
   * imports it (BookStack's unused vendored `lexical/yjs`, `"exclude": ["…/yjs/*"]`).
   */
  excludedByTsconfig(path: string): boolean {
    const c = this.configsFor(path).find((x) => /(?:^|\/)tsconfig\.json$/.test(x.path));
    if (c === undefined) return false;
    // A TypeScript file its `include` and `files` leave out is compiled only if something built imports it (unbuilt()).
    return c.exclude?.(path) === true || (c.include !== undefined && TS_SOURCE.test(path) && !c.include(path));
  }

  /**
   * The files of `imports` (importer → specifiers) that their tsconfig.json excludes and that no
   * built file reaches through imports, transitively: nothing compiles or bundles them.
   */
  unbuilt(imports: ReadonlyArray<{ path: string; specs: readonly string[] }>): Set<string> {
    const out = new Set(imports.map((i) => i.path).filter((p) => this.excludedByTsconfig(p)));
    if (out.size === 0) return out;
    const edges = new Map(imports.map((i) => [i.path, i.specs.map((s) => this.resolveImport(i.path, s)).filter((t) => t !== undefined)]));
    const queue = imports.map((i) => i.path).filter((p) => !out.has(p));
    for (let p = queue.pop(); p !== undefined; p = queue.pop()) {
      for (const t of edges.get(p) ?? []) if (out.delete(t)) queue.push(t);
    }
    return out;
  }

  /**
   * What resolveImport found, by importer (or, for a relative specifier, the importer's folder: what
   * it loads is the same for every file there) and specifier; `null` for nothing. The import graph
   * is walked by several checks and resolved once. Keyed in two steps, not by one joined string: a
   * path or specifier string is hashed once, where a joined key was built and hashed at every question.
   */
  private readonly resolved = new Map<string, Map<string, string | null>>();
  private readonly resolvedRelative = new Map<string, Map<string, string | null>>();
  private readonly folders = new Map<string, string>();

  /** The file a relative or tsconfig-mapped specifier loads, if it exists (computed once per file and specifier, or folder and relative specifier). */
  resolveImport(from: string, spec: string): string | undefined {
    const relative = spec.startsWith('.');
    let scope = from;
    if (relative) {
      const known = this.folders.get(from);
      if (known === undefined) this.folders.set(from, (scope = dirOf(from)));
      else scope = known;
    }
    const memo = relative ? this.resolvedRelative : this.resolved;
    let bySpec = memo.get(scope);
    if (bySpec === undefined) memo.set(scope, (bySpec = new Map()));
    const hit = bySpec.get(spec);
    if (hit !== undefined) return hit ?? undefined;
    const r = this.resolveUncached(from, spec);
    bySpec.set(spec, r ?? null);
    return r;
  }

  private resolveUncached(from: string, spec: string): string | undefined {
    const s = spec.replace(/[?#].*$/, '');
    if (s.startsWith('.')) {
      const t = joinPath(dirOf(from), s);
      return t === undefined ? undefined : this.resolveFile(t);
    }
    for (const m of this.pathMappings(from, s)) for (const t of m.targets) {
      const r = this.resolveFile(t);
      if (r) return r;
    }
    const base = this.baseUrlFor(from);
    return base === undefined ? undefined : this.resolveFile(base === '' ? s : `${base}/${s}`);
  }

  /**
   * Where the TypeScript compiler writes `path` when its tsconfig has an outDir that does not hold
   * it: the folder, and the compiled file's folder when rootDir says how paths map (else undefined).
   */
  compiledFolder(path: string): { outDir: string; folder?: string; config: string } | undefined {
    const cfg = this.configsFor(path).find((c) => c.outDir !== undefined);
    if (!cfg?.outDir) return undefined;
    const under = (p: string, dir: string) => dir === '' || p === dir || p.startsWith(`${dir}/`);
    if (under(path, cfg.outDir)) return undefined;
    const root = cfg.rootDir;
    const dir = dirOf(path);
    const folder = root !== undefined && under(dir, root) ? [cfg.outDir, dir.slice(root.length).replace(/^\//, '')].filter((x) => x !== '').join('/') : undefined;
    return { outDir: cfg.outDir, ...(folder !== undefined ? { folder } : {}), config: cfg.path };
  }

  /** baseUrl of the tsconfig governing `from`, if any. */
  baseUrlFor(from: string): string | undefined {
    return this.configsFor(from).find((c) => c.baseUrl !== undefined)?.baseUrl;
  }
}

/** How many workspace globs a manifest contributes: real ones list a handful. */
const MAX_WORKSPACE_GLOBS = 100;


export function jsProject(ws: Workspace): JsProject {
  return ws.shared('js-project', () => new JsProject(ws.files, (p) => ws.text(p)));
}

/** The package a bare specifier names: `@scope/name/x` → `@scope/name`, `name/x` → `name`; undefined if not a valid npm name. */
export function packageName(spec: string): string | undefined {
  const m = /^(@[a-z0-9][\w.-]*\/[a-z0-9][\w.-]*|[a-z0-9][\w.-]*)(?:\/|$)/i.exec(spec);
  return m ? m[1] : undefined;
}

/**
 * A tsconfig's `include` and `files` as one matcher of root-relative paths (a folder pattern names
 * everything under it, as TypeScript reads it); undefined when it says nothing it can be held to:
 * no list, an empty one (a solution's `"files": []`), a value that is no string, `${configDir}`, or a
 * glob picomatch could match in more than linear time (the patterns are the pull request's).
 */
function includeMatcher(dir: string, include: unknown, files: unknown): ((path: string) => boolean) | undefined {
  const lists = [include, files].filter((l) => l !== undefined);
  if (!lists.every((l) => Array.isArray(l) && l.length <= 100 && l.every((x) => typeof x === 'string' && !x.includes('${') && globProblem(x) === undefined))) return undefined;
  const globs = tsconfigGlobs(dir, (lists as string[][]).flat(), true);
  return globs.length > 0 ? globMatcher(globs, { dot: true }) : undefined;
}

/**
 * A tsconfig's patterns, relative to its folder, as root-relative globs: a pattern names files, or a
 * folder and everything under it (TypeScript's matching). The config's own folder (`.`) names
 * everything when `whole` (an include), nothing otherwise (an exclude of `.` is not applied).
 */
function tsconfigGlobs(dir: string, patterns: readonly string[], whole: boolean): string[] {
  return patterns.flatMap((x) => {
    const g = joinPath(dir, x.replace(/^\.\//, '').replace(/\/+$/, ''));
    return g === undefined ? [] : g === '' ? (whole ? ['**'] : []) : [g, `${g}/**`];
  });
}
