// Which JS/TS files something loads. A file that no file imports and no entry point names is
// never run, so what it imports cannot fail a deployment: its findings are likely, not proven
// (RULES.md, certainty). Entries: package.json (main, module, bin, exports, scripts...), bundler
// configurations, index.html `<script src>`, Dockerfile CMD/ENTRYPOINT and Procfile commands; read
// as text for the file's name. A tsconfig's `files` and `include` are what the compiler reads, not
// what runs: they name no entry (headlamp's test-only script was one). A package with file-based routing (Next.js,
// Nuxt, Remix, SvelteKit, Astro, Docusaurus's src/pages and src/theme...) or with components the
// model does not read (.astro) loads files the import graph does not show:
// not judged.
import type { Workspace } from '../../workspace/workspace.js';
import { DEVELOPMENT_CLASSES } from '../../model/repo-map.js';
import { capturedDockerfiles, DOCKERFILE_GLOBS, isDockerfilePath } from '../dockerfile.js';
import { joinPath } from '../deps/python-manifests.js';
import { dirOf } from '../python/modules.js';
import type { JsProject, PackageJson } from './project.js';

/** The entry texts read, besides the package.json files JS_CAPTURE already holds. */
export const ENTRY_CAPTURE = [
  '**/{vite,webpack,rollup,rolldown,esbuild,rspack,tsup,parcel,snowpack,electron.vite}.config.{js,cjs,mjs,ts,cts,mts}',
  '**/webpack.*.{js,cjs,mjs,ts}',
  '**/index.html',
  '**/Procfile',
  // Phoenix's esbuild profile names the entry (`args: ~w(js/app.js --bundle ...)`).
  '**/config/config.exs',
  ...DOCKERFILE_GLOBS,
];

/**
 * Dependencies whose framework loads modules from folders by convention (file-based routing), from
 * folders a configuration may move (Remix's appDirectory, SvelteKit's kit.files, TanStack's
 * routesDirectory) or by name from anywhere (Nuxt's auto-imported components): any file of the package.
 */
const FILE_ROUTING = /^(?:nuxt|nuxt3|@remix-run\/.+|@react-router\/dev|@sveltejs\/kit|astro|gatsby|expo-router|@tanstack\/react-start|@tanstack\/start|@docusaurus\/core)$/;
/**
 * What Next.js loads by convention, relative to its package, in folders no configuration moves:
 * the `app` and `pages` routers and the root files it looks for (at the root or in `src/`). A file
 * elsewhere (a component) is loaded only through an import (midday-ai/midday's stale copy of a
 * component, which nothing imported, was a proven finding).
 */
const NEXT_CONVENTIONS = /^(?:src\/)?(?:(?:app|pages)\/|(?:middleware|proxy|instrumentation|instrumentation-client|mdx-components)\.[cm]?[jt]sx?$)/;
/** Components whose imports this model does not read (an MDX document's are: facts.ts mdxEsm). */
const UNREAD_COMPONENTS = /\.astro$/;
/** Tool configuration and dotfiles: their tool loads them by name. */
const TOOL_LOADED = /(?:^|\/)(?:\.[^/]+|[^/]+\.config\.[^/]+|[^/]+rc\.[cm]?[jt]s)$/;

export interface JsLinks {
  path: string;
  /** Every specifier the file loads. */
  specs: readonly string[];
  /** Basenames of JS/TS files its strings name. */
  mentions?: readonly string[];
  /** It loads modules by pattern (import.meta.glob, require.context). */
  byPattern?: boolean;
  /** Where, relative to it, when every pattern is a literal (facts.ts patternFolders); else anywhere under its folder. */
  patternFolders?: readonly string[];
}

export const UNLOADED_GAP = 'nothing imports this file and no entry point names it';

/**
 * The folders a file's pattern loads may load from, each with everything below it: those its
 * literal patterns name, else its own folder (a pattern that climbs out of the repository stays in
 * its own). The one answer for every reader of the import graph: which files nothing loads
 * (unloadedFiles) and which files Node reaches (frontend.ts).
 */
export function patternReach(l: JsLinks): string[] {
  if (!l.byPattern) return [];
  const own = dirOf(l.path);
  return (l.patternFolders ?? ['.']).map((d) => joinPath(own, d) ?? own);
}

export const DEVELOPMENT_ONLY_GAP = 'only tests, tooling, docs or examples import this file or name it; no entry point names it';

/**
 * Of `candidates` (files with a finding), those no production code loads, each with the gap to
 * name: no observed file imports them, names them or reaches them by pattern, and no entry names
 * them (UNLOADED_GAP); or only files a production process never runs do (a test, a build script:
 * DEVELOPMENT_ONLY_GAP). Only the import graph of `links` is known, so a file a framework loads by
 * convention is never returned.
 */
export function unloadedFiles(ws: Workspace, project: JsProject, links: readonly JsLinks[], candidates: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  const todo = [...new Set(candidates)].filter((p) => ws.classOf(p) === 'runtime' && !TOOL_LOADED.test(p));
  if (todo.length === 0) return out;
  const production = links.filter((l) => !DEVELOPMENT_CLASSES.has(ws.classOf(l.path)));
  const byProduction = notLoaded(ws, project, production, todo);
  if (byProduction.length === 0) return out;
  const byAny = production.length === links.length ? new Set(byProduction) : new Set(notLoaded(ws, project, links, byProduction));
  for (const p of byProduction) out.set(p, byAny.has(p) ? UNLOADED_GAP : DEVELOPMENT_ONLY_GAP);
  return out;
}

/** Of `todo`, those no file of `links` imports, names or reaches by pattern, and no entry names. */
function notLoaded(ws: Workspace, project: JsProject, links: readonly JsLinks[], todo: readonly string[]): string[] {
  const out: string[] = [];
  const imported = new Set<string>();
  // Who names a file in a string, by how: the path beside the mentioner, a path's end, a basename.
  const byExact = new Map<string, Set<string>>();
  const bySuffix = new Map<string, Set<string>>();
  const byBase = new Map<string, Set<string>>();
  const patternDirs = new Set<string>();
  for (const l of links) {
    for (const s of l.specs) {
      const t = project.resolveImport(l.path, s);
      if (t !== undefined && t !== l.path) imported.add(t);
    }
    for (const m of l.mentions ?? []) {
      // `./w.js` names the file beside the mentioner; `a/w.js` any file whose path ends so; `w.js` any w.js.
      const rel = m.startsWith('./') || m.startsWith('../') ? joinPath(dirOf(l.path), m) : undefined;
      const [index, key] = rel !== undefined ? [byExact, rel] : m.includes('/') ? [bySuffix, `/${m}`] : [byBase, m];
      const by = index.get(key);
      if (by) by.add(l.path);
      else index.set(key, new Set([l.path]));
    }
    for (const d of patternReach(l)) patternDirs.add(d);
  }
  const unread = ws.shared('js-entries:unread-components', () => {
    const dirs = new Set<string>();
    for (const p of ws.files) if (UNREAD_COMPONENTS.test(p)) dirs.add(project.packageFor(p)?.dir ?? '');
    return dirs;
  });
  const entryTexts = ws.shared('js-entries:texts', () => {
    const byDir = new Map<string, string[]>();
    const dockerfiles = capturedDockerfiles(ws);
    for (const p of ws.captured) {
      const base = p.slice(p.lastIndexOf('/') + 1);
      const appConfig = p === 'config/config.exs' || p.endsWith('/config/config.exs');
      if (!(appConfig || base === 'package.json' || base === 'Procfile' || base === 'index.html' || isDockerfilePath(p) || /^(?:[\w.-]+\.config|webpack\.[\w.-]+)\.[cm]?[jt]s$/.test(base))) continue;
      const d = dockerfiles.get(p);
      // A Dockerfile names what it runs in CMD/ENTRYPOINT (a COPY of the folder names nothing).
      const t = d ? d.instructions.filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT').map((i) => i.args).join('\n') : ws.text(p);
      if (t === undefined) continue;
      // An application's config/ folder speaks for the application's folder.
      const dir = appConfig ? dirOf(dirOf(p)) : dirOf(p);
      const list = byDir.get(dir) ?? [];
      list.push(t);
      byDir.set(dir, list);
    }
    return byDir;
  });
  const byEntry = namedByEntries(todo.filter((p) => !imported.has(p)), entryTexts);
  for (const path of todo) {
    if (imported.has(path)) continue;
    // Looked up by the file's path, its ends and its folders: no walk over every mention or pattern per file.
    if (mentionedBy(byExact.get(path), path) || mentionedBy(byBase.get(path.slice(path.lastIndexOf('/') + 1)), path)) continue;
    let named = false;
    for (let i = path.lastIndexOf('/'); i >= 0 && !named; i = i === 0 ? -1 : path.lastIndexOf('/', i - 1)) named = mentionedBy(bySuffix.get(path.slice(i)), path);
    if (named || mentionedBy(bySuffix.get(`/${path}`), path)) continue;
    if (underPattern(path, patternDirs)) continue;
    if (project.packagesAbove(path).some((p) => loadsByConvention(p, path))) continue;
    if (unread.has(project.packageFor(path)?.dir ?? '')) continue;
    if (byEntry.has(path)) continue;
    out.push(path);
  }
  return out;
}

/** A framework of the package (file-based routing) loads the file by convention, or may. */
function loadsByConvention(p: PackageJson, path: string): boolean {
  const uses = (test: (d: string) => boolean) => [...p.dependencies].some(test) || [...p.devDependencies].some(test);
  if (uses((d) => FILE_ROUTING.test(d))) return true;
  return uses((d) => d === 'next') && NEXT_CONVENTIONS.test(p.dir === '' ? path : path.slice(p.dir.length + 1));
}

/** Some file other than `path` itself names it. */
function mentionedBy(by: ReadonlySet<string> | undefined, path: string): boolean {
  return by !== undefined && (by.size > 1 || !by.has(path));
}

/** The file is in a folder (or under one) whose file loads modules by pattern. */
function underPattern(path: string, dirs: ReadonlySet<string>): boolean {
  if (dirs.size === 0) return false;
  for (let d = dirOf(path); ; d = dirOf(d)) {
    if (dirs.has(d)) return true;
    if (d === '') return false;
  }
}

/**
 * Of `paths`, those an entry text in their folder or above names: its basename with any JS
 * extension (built output too), or its path. The mention with the path written before it:
 * `assets/js/pages/scoreboard.js` names that file, not every scoreboard.js (CTFd's vite input names
 * one of two); `dist/server.js` or a bare `server.js` names the built or run file of any server.ts.
 * A path with a folder (`src/handler`) is looked for as written, a bare stem is not (any text may
 * contain it). Each text is read once for all the files below its folder, in time linear in its
 * length (a monorepo's thousands of files and large package.json files stay linear; a file name
 * turned into a pattern per file and per text did not).
 */
function namedByEntries(paths: readonly string[], texts: ReadonlyMap<string, string[]>): Set<string> {
  const named = new Set<string>();
  const below = new Map<string, string[]>(); // folder with texts → the files in it or under it
  for (const path of paths) {
    for (let d = dirOf(path); ; d = dirOf(d)) {
      if (texts.has(d)) {
        const list = below.get(d);
        if (list) list.push(path);
        else below.set(d, [path]);
      }
      if (d === '') break;
    }
  }
  for (const [d, files] of below) {
    const byStem = new Map<string, string[]>();
    const byRel = new Map<string, string[]>();
    for (const path of files) {
      const stem = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
      if (stem !== '') add(byStem, stem, path);
      const rel = (d === '' ? path : path.slice(d.length + 1)).replace(/\.[^./]+$/, '');
      if (rel.includes('/')) add(byRel, rel, path);
    }
    const rels = byRel.size > 0 ? new Substrings([...byRel.keys()]) : undefined;
    for (const t of texts.get(d)!) {
      for (const [stem, folders] of stemMentions(t, byStem)) {
        for (const path of byStem.get(stem)!) {
          // The folders written before the name are those of the file, or of a build output.
          if (folders === '' || `/${path.replace(/\.[^./]+$/, '')}`.endsWith(`/${folders}${stem}`)) named.add(path);
        }
      }
      if (rels) for (const rel of rels.found(t)) for (const path of byRel.get(rel)!) named.add(path);
    }
  }
  return named;
}

function add(m: Map<string, string[]>, k: string, v: string): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** A JS/TS extension ending a file name in a text. */
const JS_EXT_AT = /\.(?:[cm]?[jt]sx?)(?![\w-])/g;
/** What a path written before a file name may hold (`[\w./-]`). */
const PATH_CHAR = /[\w./-]/;
/** The longest folders written before a name that are kept: no folder path is longer. */
const MAX_FOLDERS = 4096;

/**
 * Every mention in `t` of one of `stems` followed by a JS/TS extension, with the folders written
 * before it (`./`, and up to a build output folder, dropped), as the pattern
 * `(?:^|[^\w.-])([\w./-]*?)<stem>\.(?:[cm]?[jt]sx?)(?![\w-])` read with matchAll finds them for each
 * stem, but in one pass over the text: at each extension, only the names ending there are looked up.
 */
function stemMentions(t: string, stems: ReadonlyMap<string, unknown>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let longest = 0;
  for (const s of stems.keys()) longest = Math.max(longest, s.length);
  const lastEnd = new Map<string, number>(); // stem → where its previous mention ended
  let runStart: Int32Array | undefined; // index → start of the run of path characters ending there
  for (const m of t.matchAll(JS_EXT_AT)) {
    const e = m.index;
    for (let j = e - 1; j >= 0 && j >= e - longest && t[j] !== '/'; j--) {
      const stem = t.slice(j, e);
      if (!stems.has(stem)) continue;
      runStart ??= runStarts(t);
      const le = lastEnd.get(stem) ?? 0;
      // The earliest start at or after the previous mention's end: the run's start (after a
      // character that is no path character, or the text's start), else just after a `/`.
      const r = runStart[j]!;
      let s: number | undefined;
      if (r === 0 ? le === 0 : r - 1 >= le) s = r;
      else {
        const q = t.slice(le, j).indexOf('/');
        if (q >= 0) s = le + q + 1;
      }
      if (s === undefined) continue;
      lastEnd.set(stem, e + m[0].length);
      const written = j - s > MAX_FOLDERS ? `\0${t.slice(j - MAX_FOLDERS, j)}` : t.slice(s, j);
      out.push([stem, written.replace(/^(?:\.\/)+/, '').replace(/^(?:.*\/)?(?:dist|build|out|lib|\.output)\//, '')]);
    }
  }
  return out;
}

/** For each index of `t`, where the run of path characters (`[\w./-]`) that ends there starts. */
function runStarts(t: string): Int32Array {
  const out = new Int32Array(t.length + 1);
  let start = 0;
  for (let i = 0; i <= t.length; i++) {
    out[i] = start;
    if (i < t.length && !PATH_CHAR.test(t[i]!)) start = i + 1;
  }
  return out;
}

/** Which of a set of strings occur in a text, in one pass over it (Aho–Corasick). */
class Substrings {
  private readonly next: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  private readonly ends: number[][] = [[]];

  constructor(private readonly patterns: readonly string[]) {
    patterns.forEach((p, i) => {
      let s = 0;
      for (let k = 0; k < p.length; k++) {
        const c = p.charCodeAt(k);
        let n = this.next[s]!.get(c);
        if (n === undefined) {
          n = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.ends.push([]);
          this.next[s]!.set(c, n);
        }
        s = n;
      }
      this.ends[s]!.push(i);
    });
    const queue = [...this.next[0]!.values()];
    for (let h = 0; h < queue.length; h++) {
      const s = queue[h]!;
      for (const [c, n] of this.next[s]!) {
        let f = this.fail[s]!;
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!;
        this.fail[n] = this.next[f]!.get(c) ?? 0;
        queue.push(n);
      }
    }
  }

  found(text: string): Set<string> {
    const out = new Set<string>();
    const collected = new Set<number>();
    let s = 0;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      while (s !== 0 && !this.next[s]!.has(c)) s = this.fail[s]!;
      s = this.next[s]!.get(c) ?? 0;
      // Each state's matches (and those of its suffixes) are collected once per text.
      for (let o = s; o !== 0 && !collected.has(o); o = this.fail[o]!) {
        collected.add(o);
        for (const i of this.ends[o]!) out.add(this.patterns[i]!);
      }
    }
    return out;
  }
}
