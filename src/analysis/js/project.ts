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

/** The sources the JS/TS rules read. */
export const JS_FILES = ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'];

export const JS_CAPTURE = ['**/tsconfig*.json', '**/jsconfig*.json', '**/package.json', ...GITIGNORE_GLOBS];

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

export interface PackageJson {
  path: string;
  dir: string;
  name?: string;
  dependencies: Set<string>;
  devDependencies: Set<string>;
  /** `imports` (subpath imports), as parsed. */
  imports?: Record<string, unknown>;
  workspaces: boolean;
}

interface TsConfig {
  path: string;
  dir: string;
  /** Root-relative baseUrl, when set (own or inherited). */
  baseUrl?: string;
  paths: PathMapping[];
}

export type Resolution = { ok: true; path: string } | { ok: false; tried: string };

export class JsProject {
  private readonly files: ReadonlySet<string>;
  private readonly dirs = new Set<string>();
  private readonly tsconfigs = new Map<string, TsConfig>();
  /** Folder → the tsconfig/jsconfig files in it. */
  private readonly tsconfigDirs = new Map<string, TsConfig[]>();
  readonly packages = new Map<string, PackageJson>();
  /** Every package name declared by a package.json of the repository (workspaces, the repo's own). */
  readonly localNames = new Set<string>();
  /** Configuration files that could not be parsed. */
  readonly malformed: string[] = [];
  private readonly configCache = new Map<string, TsConfig[]>();

  constructor(files: readonly string[], text: (path: string) => string | undefined) {
    this.files = new Set(files);
    for (const p of files) for (let d = dirOf(p); d !== '' && !this.dirs.has(d); d = dirOf(d)) this.dirs.add(d);
    for (const p of files) {
      const base = p.slice(p.lastIndexOf('/') + 1);
      if (base === 'package.json') this.readPackage(p, text(p));
      else if (/^(?:ts|js)config.*\.json$/.test(base)) this.readTsconfig(p, text, new Set());
    }
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
    };
    this.packages.set(pkg.dir, pkg);
    if (pkg.name) this.localNames.add(pkg.name);
  }

  private readTsconfig(path: string, text: (p: string) => string | undefined, stack: Set<string>): TsConfig | undefined {
    const known = this.tsconfigs.get(path);
    if (known || stack.has(path)) return known;
    const t = text(path);
    if (t === undefined) return undefined;
    const doc = parseJsonc(t) as { extends?: unknown; compilerOptions?: { baseUrl?: unknown; paths?: unknown } } | undefined;
    if (!doc || typeof doc !== 'object') {
      this.malformed.push(path);
      return undefined;
    }
    stack.add(path);
    const dir = dirOf(path);
    const cfg: TsConfig = { path, dir, paths: [] };
    // extends: later entries override earlier ones; only relative (in-repo) bases can be read.
    for (const e of Array.isArray(doc.extends) ? doc.extends : [doc.extends]) {
      if (typeof e !== 'string' || !e.startsWith('.')) continue;
      const target = joinPath(dir, e.endsWith('.json') ? e : `${e}.json`);
      const base = target === undefined ? undefined : this.readTsconfig(target, text, stack);
      if (!base) continue;
      if (base.baseUrl !== undefined) cfg.baseUrl = base.baseUrl;
      if (base.paths.length > 0) cfg.paths = base.paths;
    }
    const co = doc.compilerOptions ?? {};
    if (typeof co.baseUrl === 'string') cfg.baseUrl = joinPath(dir, co.baseUrl);
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

  /** A root-relative module path as Node or TypeScript would complete it to a file. */
  resolveFile(base: string): string | undefined {
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
        out.push({ mapping: m, targets: m.targets.map((t) => t.replace('*', captured)), rank: star < 0 ? Infinity : star });
      }
    }
    return out.sort((a, b) => b.rank - a.rank);
  }

  /** baseUrl of the tsconfig governing `from`, if any. */
  baseUrlFor(from: string): string | undefined {
    return this.configsFor(from).find((c) => c.baseUrl !== undefined)?.baseUrl;
  }
}

export function jsProject(ws: Workspace): JsProject {
  return ws.shared('js-project', () => new JsProject(ws.files, (p) => ws.text(p)));
}

/** The package a bare specifier names: `@scope/name/x` → `@scope/name`, `name/x` → `name`; undefined if not a valid npm name. */
export function packageName(spec: string): string | undefined {
  const m = /^(@[a-z0-9][\w.-]*\/[a-z0-9][\w.-]*|[a-z0-9][\w.-]*)(?:\/|$)/i.exec(spec);
  return m ? m[1] : undefined;
}
