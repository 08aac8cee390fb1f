// Which JS/TS files something loads. A file that no file imports and no entry point names is
// never run, so what it imports cannot fail a deployment: its findings are likely, not proven
// (RULES.md, certainty). Entries: package.json (main, module, bin, exports, scripts...), bundler
// configurations, index.html `<script src>`, Dockerfile CMD/ENTRYPOINT and Procfile commands,
// tsconfig `files`; read as text for the file's name. A package with file-based routing (Next.js,
// Nuxt, Remix, SvelteKit, Astro...) or with components the model does not read (.vue, .svelte,
// .astro, .mdx) loads files the import graph does not show: not judged.
import type { Workspace } from '../../workspace/workspace.js';
import { capturedDockerfiles, DOCKERFILE_GLOBS, isDockerfilePath } from '../dockerfile.js';
import { joinPath } from '../deps/python-manifests.js';
import { dirOf } from '../python/modules.js';
import type { JsProject } from './project.js';

/** The entry texts read, besides the package.json and tsconfig files JS_CAPTURE already holds. */
export const ENTRY_CAPTURE = [
  '**/{vite,webpack,rollup,rolldown,esbuild,rspack,tsup,parcel,snowpack,electron.vite}.config.{js,cjs,mjs,ts,cts,mts}',
  '**/webpack.*.{js,cjs,mjs,ts}',
  '**/index.html',
  '**/Procfile',
  // Phoenix's esbuild profile names the entry (`args: ~w(js/app.js --bundle ...)`).
  '**/config/config.exs',
  ...DOCKERFILE_GLOBS,
];

/** Dependencies whose framework loads modules from folders by convention (file-based routing). */
const FILE_ROUTING = /^(?:next|nuxt|nuxt3|@remix-run\/.+|@react-router\/dev|@sveltejs\/kit|astro|gatsby|expo-router|@tanstack\/react-start|@tanstack\/start)$/;
/** Components whose imports this model does not read. */
const UNREAD_COMPONENTS = /\.(?:astro|mdx)$/;
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
}

export const UNLOADED_GAP = 'nothing imports this file and no entry point names it';

/**
 * Of `candidates` (files with a finding), those no observed file imports and no entry names:
 * nothing loads them. Only the import graph of `links` is known, so a file a framework loads by
 * convention is never returned.
 */
export function unloadedFiles(ws: Workspace, project: JsProject, links: readonly JsLinks[], candidates: Iterable<string>): Set<string> {
  const out = new Set<string>();
  const todo = [...new Set(candidates)].filter((p) => ws.classOf(p) === 'runtime' && !TOOL_LOADED.test(p));
  if (todo.length === 0) return out;
  const imported = new Set<string>();
  const mentioned = new Map<string, Array<{ by: string; exact?: string; suffix?: string }>>(); // basename → who names it, and how
  const patternDirs: string[] = [];
  for (const l of links) {
    for (const s of l.specs) {
      const t = project.resolveImport(l.path, s);
      if (t !== undefined && t !== l.path) imported.add(t);
    }
    for (const m of l.mentions ?? []) {
      // `./w.js` names the file beside the mentioner; `a/w.js` any file whose path ends so; `w.js` any w.js.
      const rel = m.startsWith('./') || m.startsWith('../') ? joinPath(dirOf(l.path), m) : undefined;
      const key = m.slice(m.lastIndexOf('/') + 1);
      const by = mentioned.get(key) ?? [];
      by.push({ by: l.path, ...(rel !== undefined ? { exact: rel } : m.includes('/') ? { suffix: `/${m}` } : {}) });
      mentioned.set(key, by);
    }
    if (l.byPattern) patternDirs.push(dirOf(l.path));
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
      if (!(appConfig || base === 'package.json' || base === 'Procfile' || base === 'index.html' || /^tsconfig[^/]*\.json$/.test(base) || isDockerfilePath(p) || /^(?:[\w.-]+\.config|webpack\.[\w.-]+)\.[cm]?[jt]s$/.test(base))) continue;
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
  for (const path of todo) {
    if (imported.has(path)) continue;
    const base = path.slice(path.lastIndexOf('/') + 1);
    if ((mentioned.get(base) ?? []).some((m) => m.by !== path && (m.exact !== undefined ? m.exact === path : m.suffix === undefined || `/${path}`.endsWith(m.suffix)))) continue;
    if (patternDirs.some((d) => d === '' || path.startsWith(`${d}/`))) continue;
    const pkgs = project.packagesAbove(path);
    if (pkgs.some((p) => [...p.dependencies, ...p.devDependencies].some((d) => FILE_ROUTING.test(d)))) continue;
    if (unread.has(project.packageFor(path)?.dir ?? '')) continue;
    if (namedByEntry(path, entryTexts)) continue;
    out.add(path);
  }
  return out;
}

/** An entry text in the file's folder or above names it: its basename with any JS extension (built output too), or its path. */
function namedByEntry(path: string, texts: ReadonlyMap<string, string[]>): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const stem = base.replace(/\.[^.]+$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The mention with the path written before it: `assets/js/pages/scoreboard.js` names that file, not
  // every scoreboard.js (CTFd's vite input names one of two); `dist/server.js` or a bare `server.js`
  // names the built or run file of any server.ts.
  const byName = new RegExp(`(?:^|[^\\w.-])([\\w./-]*?)${stem}\\.(?:[cm]?[jt]sx?)(?![\\w-])`, 'g');
  const noExt = path.replace(/\.[^./]+$/, '');
  const names = (t: string) => {
    for (const m of t.matchAll(byName)) {
      const folders = m[1]!.replace(/^(?:\.\/)+/, '').replace(/^(?:.*\/)?(?:dist|build|out|lib|\.output)\//, '');
      if (folders === '' || `/${noExt}`.endsWith(`/${folders}${base.replace(/\.[^.]+$/, '')}`)) return true;
    }
    return false;
  };
  for (let d = dirOf(path); ; d = dirOf(d)) {
    const rel = (d === '' ? path : path.slice(d.length + 1)).replace(/\.[^./]+$/, '');
    // A path with a folder (`src/handler`), not a bare stem that any text may contain.
    for (const t of texts.get(d) ?? []) if (names(t) || (rel.includes('/') && t.includes(rel))) return true;
    if (d === '') return false;
  }
}
