// Which JS/TS files are static frontend code: built by a frontend bundler at build time and never
// loaded by Node (RULES.md, undeclared-dependency: "code that is only bundled at build time (static
// frontends) are not runtime imports of the server"). A file is one when the repository's own
// configuration says a frontend bundler builds its package (a script runs `vite build`, webpack,
// `ng build`, `vue-cli-service build`, `react-scripts build`, `parcel build`, rsbuild...) and the
// file is a component Node never runs (.vue, .svelte, .astro), a bundler configuration's own import,
// or reachable in the import graph from a bundler entry (index.html module scripts, `input`/`entry`,
// angular.json `main`), and no Node entry of the repository (package.json main/bin, a script that
// runs node/tsx/ts-node on a file, a Dockerfile CMD/ENTRYPOINT, a Procfile) reaches it. Packages of
// frameworks that render on Node (Next.js, Nuxt, SvelteKit, Remix, Astro with a server adapter...),
// server-side bundles (Vite `ssr`, a Node target) and Electron are never frontend; nor is a package
// whose Node entry is built from sources this cannot see. When unsure, the file is not frontend and
// its findings stay as they are.
import type { Workspace } from '../../workspace/workspace.js';
import { capturedDockerfiles } from '../dockerfile.js';
import { joinPath } from '../deps/python-manifests.js';
import { dirOf } from '../python/modules.js';
import { patternReach, type JsLinks } from './entries.js';
import { parseJsonc } from './jsonc.js';
import type { JsProject, PackageJson } from './project.js';
import { stripTrailingSlashes } from '../routes/extract.js';

/** Texts read besides those JS_CAPTURE and ENTRY_CAPTURE hold (index.html, Procfile, Dockerfiles, bundler configs). */
export const FRONTEND_CAPTURE = ['**/angular.json', '**/svelte.config.{js,mjs,cjs,ts}'];

/** The SvelteKit adapters a svelte.config imports (`import adapter from '@sveltejs/adapter-static'`). */
const KIT_ADAPTER = /\bfrom\s*['"]@sveltejs\/adapter-([\w-]+)['"]|\brequire\(\s*['"]@sveltejs\/adapter-([\w-]+)['"]\s*\)/g;
/** How much of a svelte.config is searched, and how many adapter imports are read. */
const MAX_CONFIG_CHARS = 100_000;
const MAX_ADAPTERS = 10;

/** Frameworks that render pages on Node: their components are server code too. */
const NODE_RENDERED = /^(?:next|nuxt|nuxt3|@remix-run\/.+|@react-router\/dev|@sveltejs\/kit|@tanstack\/(?:react-|solid-)?start|@solidjs\/start|solid-start|vike|vite-plugin-ssr|@angular\/ssr|@nguniversal\/.+|@analogjs\/platform|@builder\.io\/qwik-city|@astrojs\/(?:node|vercel|netlify|cloudflare|deno)|gatsby|electron)$/;
/** Single-file components no Node runtime loads. */
const COMPONENT = /\.(?:vue|svelte|astro)$/;

/** A script command that builds a frontend bundle. */
const FRONTEND_BUILD = /(?:^|[\s/])(?:(?:vite|vp|vite-plus)\s+build|ng\s+build|vue-cli-service\s+build|(?:react-scripts|craco|react-app-rewired)\s+build|parcel\s+build|(?:rsbuild|rspack)\s+build|webpack(?:-cli)?(?:\s+(?:build|--|-c|--config|--mode|--env|--progress)\b|\s*$))/;
/**
 * Laravel Mix's CLI (`mix`, `mix --production`, `mix watch --hot`), or its webpack setup run directly
 * (Mix 5 and older): a frontend build in a package that depends on laravel-mix, where `mix` is not
 * Elixir's (`mix phx.server`, `mix assets.deploy`).
 */
const MIX_BUILD = /(?:^|[\s/])mix(?:\s+(?:watch|-[\w-]+(?:=\S*)?))*\s*$|laravel-mix\/setup\/webpack\.config\.js/;
/** Library packers whose output runs wherever its configuration says (a frontend bundle only when `platform: 'browser'`). */
const PACKER = /(?:^|[\s/])(?:vp\s+pack|tsdown|tsup)\b/;
/** Compilers that write JS a Node entry may run, from sources this does not trace. */
const EMITTER = /(?:^|[\s/])(?:tsc(?![^]*--noEmit)|babel|swc|esbuild|ncc\s+build|rollup)(?:\s|$)/;
/** A command that runs a file on Node: its file arguments are Node entries. */
const NODE_RUNNER = /(?:^|[\s/])(?:node|nodejs|tsx|ts-node(?:-dev|-esm)?|nodemon|node-dev|babel-node|pm2(?:-runtime)?(?:\s+start)?|forever(?:\s+start)?|bun(?:\s+run)?|deno\s+run)\s+(.*)$/;
/** Script names whose command starts the application. */
const START_SCRIPT = /^(?:start|serve|server|prod|production)(?:[:-]|$)/;

/** How much of one script is read, and into how many commands it is split. */
const MAX_SCRIPT_CHARS = 4000;
const MAX_SEGMENTS = 50;
/** How many `<script src>` of one HTML file are read. */
const MAX_HTML_SCRIPTS = 50;

interface PackageInfo {
  pkg: PackageJson;
  scripts: Array<[string, string]>;
  main: string[];
  /** Installs a framework that renders on Node, or an Electron main process. */
  nodeRendered: boolean;
  /** SvelteKit with adapter-static alone: its routes are prerendered into files at build time. */
  staticKit: boolean;
}

/**
 * The static frontend files among the observed ones (`links`), by the rules above: never a file a
 * Node entry reaches. The import graph is the one the JS checks built (relative imports, tsconfig
 * paths, bundler folder aliases), each file visited once.
 */
export function frontendFiles(ws: Workspace, project: JsProject, links: readonly JsLinks[]): Set<string> {
  const out = new Set<string>();
  const byPath = new Map(links.map((l) => [l.path, l]));
  const infos: PackageInfo[] = [];
  for (const pkg of project.packages.values()) {
    const info = readPackage(ws, pkg);
    if (info) infos.push(info);
  }
  const frontSeeds: string[] = [];
  const nodeSeeds: string[] = [];
  /** Packages whose files are never frontend (rendered on Node, a server bundle, or not traced). */
  const excluded = new Set<string>();
  /** Packages a frontend bundler builds. */
  const bundled = new Set<string>();
  for (const info of infos) {
    const { pkg } = info;
    const configs = project.bundlerConfigsOf(pkg.dir);
    const segments = info.scripts.flatMap(([name, cmd]) => splitCommands(cmd).map((c) => ({ name, c })));
    const browserPack = configs.some((c) => c.browser === true && !c.node);
    const mix = pkg.dependencies.has('laravel-mix') || pkg.devDependencies.has('laravel-mix');
    const builds = segments.some(({ c }) => FRONTEND_BUILD.test(c) || (browserPack && PACKER.test(c)) || (mix && MIX_BUILD.test(c)));
    // Node entries of this package, and whether one of them is missing from the tree (built output).
    let missing = false;
    const nodeEntry = (rel: string) => {
      const t = resolveIn(project, pkg.dir, rel);
      if (t !== undefined) nodeSeeds.push(t);
      return t !== undefined;
    };
    for (const m of info.main) if (!nodeEntry(m)) missing = true;
    for (const { name, c } of segments) {
      const run = NODE_RUNNER.exec(c);
      if (!run) continue;
      const files = fileArgs(run[1]!);
      const found = files.filter((f) => nodeEntry(f)).length;
      if (found === 0 && files.length > 0 && START_SCRIPT.test(name)) missing = true;
    }
    const server = configs.some((c) => c.ssr === true || (c.node && !c.browser)) || segments.some(({ c }) => /\s--ssr\b/.test(c));
    // A Node entry built by a compiler from sources not traced here may load any file of the package.
    const untraced = missing && segments.some(({ c }) => EMITTER.test(c) && !FRONTEND_BUILD.test(c));
    if (info.nodeRendered || server || untraced) {
      excluded.add(pkg.dir);
      continue;
    }
    if (!builds) continue;
    bundled.add(pkg.dir);
    for (const c of configs) {
      frontSeeds.push(c.path);
      for (const e of c.entries) {
        const t = resolveIn(project, dirOf(c.path), e) ?? resolveIn(project, pkg.dir, e);
        if (t !== undefined) frontSeeds.push(...htmlOrFile(ws, project, pkg.dir, t));
      }
    }
    frontSeeds.push(...defaultEntries(ws, project, pkg, segments.map((s) => s.c)));
    // A static SvelteKit app loads its route modules (`+page.ts`, `+layout.ts`) by convention.
    if (info.staticKit) {
      const routes = pkg.dir === '' ? 'src/routes/' : `${pkg.dir}/src/routes/`;
      for (const l of links) if (l.path.startsWith(routes)) frontSeeds.push(l.path);
    }
  }
  if (bundled.size === 0) return out;
  for (const l of links) if (COMPONENT.test(l.path)) frontSeeds.push(l.path);
  nodeSeeds.push(...processEntries(ws, project));

  const reachedByNode = walk(nodeSeeds, byPath, (from, spec) => project.resolveImport(from, spec), true, project);
  const reachedByBundle = walk(frontSeeds, byPath, (from, spec) => project.resolveImport(from, spec) ?? aliasTarget(project, from, spec), false, project);
  for (const p of reachedByBundle) {
    if (reachedByNode.has(p)) continue;
    const owner = project.packageFor(p)?.dir;
    if (owner === undefined || excluded.has(owner) || !bundled.has(owner)) continue;
    if (project.packagesAbove(p).some((x) => excluded.has(x.dir))) continue;
    out.add(p);
  }
  return out;
}

function readPackage(ws: Workspace, pkg: PackageJson): PackageInfo | undefined {
  const t = ws.text(pkg.path);
  if (t === undefined) return undefined;
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(t) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (!doc || typeof doc !== 'object') return undefined;
  const scripts = Object.entries(doc.scripts && typeof doc.scripts === 'object' ? doc.scripts : {}).filter((e): e is [string, string] => typeof e[1] === 'string');
  const main: string[] = [];
  if (typeof doc.main === 'string') main.push(doc.main);
  if (typeof doc.bin === 'string') main.push(doc.bin);
  else if (doc.bin && typeof doc.bin === 'object') for (const v of Object.values(doc.bin)) if (typeof v === 'string') main.push(v);
  const deps = [...pkg.dependencies, ...pkg.devDependencies];
  // SvelteKit with adapter-static alone prerenders every page into files: no Node process serves it. The
  // adapter is the one svelte.config imports (serge installs three); without a config, the one installed.
  const config = ['js', 'mjs', 'cjs', 'ts'].map((e) => ws.text(pkg.dir === '' ? `svelte.config.${e}` : `${pkg.dir}/svelte.config.${e}`)).find((x) => x !== undefined);
  const adapters = config === undefined ? deps.filter((d) => d.startsWith('@sveltejs/adapter-')).map((d) => d.slice('@sveltejs/adapter-'.length)) : kitAdapters(config);
  const staticKit = adapters.length > 0 && adapters.every((a) => a === 'static');
  const nodeRendered = deps.some((d) => NODE_RENDERED.test(d) && !(staticKit && d === '@sveltejs/kit'));
  return { pkg, scripts, main: main.slice(0, 50), nodeRendered, staticKit: staticKit && deps.includes('@sveltejs/kit') };
}

/** The adapters a svelte.config imports, by name (`static`, `node`), bounded. */
function kitAdapters(config: string): string[] {
  const out: string[] = [];
  for (const m of config.slice(0, MAX_CONFIG_CHARS).matchAll(KIT_ADAPTER)) {
    out.push((m[1] ?? m[2])!);
    if (out.length >= MAX_ADAPTERS) break;
  }
  return out;
}

/** The commands of a script (`a && b; c | d`), bounded. */
function splitCommands(cmd: string): string[] {
  return cmd.slice(0, MAX_SCRIPT_CHARS).split(/&&|\|\||[;|&]/).map((s) => s.trim()).filter((s) => s !== '').slice(0, MAX_SEGMENTS);
}

/** The arguments of a runner that name files (`--watch server/server.js` → server/server.js); flags and globs are not files. */
function fileArgs(rest: string): string[] {
  const out: string[] = [];
  for (const raw of rest.split(/\s+/).slice(0, 20)) {
    const a = raw.replace(/^["']|["']$/g, '');
    if (a === '' || a.startsWith('-') || /[*?{}$=]/.test(a) || /^(?:run|start|exec)$/.test(a)) continue;
    out.push(a);
  }
  return out;
}

/** A path written relative to `dir` (`./src/main.js`, `/src/main.js` from a Vite root), completed to a file. */
function resolveIn(project: JsProject, dir: string, rel: string): string | undefined {
  if (/^[a-z][\w+.-]*:/i.test(rel) || rel.startsWith('//')) return undefined;
  // Cut at the first `?` or `#` by a search: `/[?#].*$/` restarts at each one when a line break follows.
  const q = rel.search(/[?#]/);
  const p = joinPath(dir, (q < 0 ? rel : rel.slice(0, q)).replace(/^\/+/, ''));
  return p === undefined || p === '' ? undefined : project.resolveFile(p);
}

/** An HTML entry stands for the scripts it loads; any other file for itself. */
function htmlOrFile(ws: Workspace, project: JsProject, root: string, path: string): string[] {
  if (!/\.html?$/i.test(path)) return [path];
  const t = ws.text(path);
  if (t === undefined) return [];
  const out: string[] = [];
  for (const src of scriptSources(t)) {
    // `/src/main.js` is served from the Vite root: the page's folder, else the package's.
    const f = src.startsWith('/') ? resolveIn(project, dirOf(path), src) ?? resolveIn(project, root, src) : resolveIn(project, dirOf(path), src);
    if (f !== undefined) out.push(f);
  }
  return out;
}

/**
 * The `src` of each `<script>` tag. Each `<script` is followed to its `>` once; an opening tag with
 * no `>` ends the search (no later one has one either).
 */
export function scriptSources(text: string): string[] {
  const out: string[] = [];
  const open = /<script\b/gi;
  while (out.length < MAX_HTML_SCRIPTS) {
    const o = open.exec(text);
    if (!o) break;
    const gt = text.indexOf('>', open.lastIndex);
    if (gt < 0) break;
    const attrs = text.slice(open.lastIndex, gt);
    const m = /(?:^|\s)src\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attrs);
    const src = m ? (m[1] ?? m[2] ?? m[3])! : undefined;
    if (src !== undefined && src !== '') out.push(src);
    open.lastIndex = gt + 1;
  }
  return out;
}

/** Entries by each bundler's convention: Vite's index.html, angular.json's `main`/`browser`, Vue CLI's src/main, CRA's src/index. */
function defaultEntries(ws: Workspace, project: JsProject, pkg: PackageJson, commands: readonly string[]): string[] {
  const at = (rel: string) => resolveIn(project, pkg.dir, rel);
  const out: string[] = [];
  const html = at('index.html');
  if (html !== undefined) out.push(...htmlOrFile(ws, project, pkg.dir, html));
  const all = commands.join('\n');
  if (/vue-cli-service\s+build/.test(all)) out.push(...[at('src/main')].filter((x) => x !== undefined));
  if (/(?:react-scripts|craco|react-app-rewired|rsbuild|webpack)/.test(all)) out.push(...[at('src/index')].filter((x) => x !== undefined));
  if (/parcel\s+build/.test(all)) {
    for (const c of commands) {
      const m = /parcel\s+build\s+(.*)$/.exec(c);
      for (const f of m ? fileArgs(m[1]!) : []) {
        const t = at(f);
        if (t !== undefined) out.push(...htmlOrFile(ws, project, pkg.dir, t));
      }
    }
  }
  if (/ng\s+build/.test(all)) out.push(...angularEntries(ws, project, pkg.dir));
  return out;
}

/** angular.json: each project's `architect.build.options` `main` / `browser`, relative to the workspace. */
function angularEntries(ws: Workspace, project: JsProject, dir: string): string[] {
  const doc = parseJsonc(ws.text(dir === '' ? 'angular.json' : `${dir}/angular.json`) ?? '') as { projects?: Record<string, unknown> } | undefined;
  const out: string[] = [];
  for (const p of Object.values(doc?.projects && typeof doc.projects === 'object' ? doc.projects : {}).slice(0, 50)) {
    const opts = (p as { architect?: { build?: { options?: Record<string, unknown> } } } | null)?.architect?.build?.options;
    for (const k of ['main', 'browser']) {
      const v = opts?.[k];
      const t = typeof v === 'string' ? resolveIn(project, dir, v) : undefined;
      if (t !== undefined) out.push(t);
    }
  }
  return out;
}

/** Files a Dockerfile's CMD/ENTRYPOINT or a Procfile runs, from the repository root or the file's folder. */
function processEntries(ws: Workspace, project: JsProject): string[] {
  const out: string[] = [];
  const add = (dir: string, cmd: string) => {
    for (const seg of splitCommands(cmd.replace(/[[\]",]/g, ' '))) {
      const run = NODE_RUNNER.exec(seg);
      for (const f of run ? fileArgs(run[1]!) : []) {
        const t = resolveIn(project, dir, f) ?? resolveIn(project, '', f);
        if (t !== undefined) out.push(t);
      }
    }
  };
  for (const [p, d] of capturedDockerfiles(ws)) {
    for (const i of d.instructions) if (i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT') add(dirOf(p), i.args);
  }
  for (const p of ws.captured) {
    if (p !== 'Procfile' && !p.endsWith('/Procfile')) continue;
    for (const line of (ws.text(p) ?? '').split('\n').slice(0, 100)) add(dirOf(p), line.replace(/^[\w-]+:/, ''));
  }
  return out;
}

/** A bare specifier through a bundler folder alias of the importing file's package (`@/x` → src/x). */
function aliasTarget(project: JsProject, from: string, spec: string): string | undefined {
  const pkg = project.packageFor(from);
  if (pkg === undefined || spec.startsWith('.')) return undefined;
  // SvelteKit's built-in `$lib` alias: the package's src/lib (kit.files.lib by default).
  if ((spec === '$lib' || spec.startsWith('$lib/')) && (pkg.dependencies.has('@sveltejs/kit') || pkg.devDependencies.has('@sveltejs/kit'))) {
    const t = joinPath(pkg.dir, `src/lib${spec.slice(4)}`);
    const file = t === undefined ? undefined : project.resolveFile(t);
    if (file !== undefined) return file;
  }
  for (const c of project.bundlerConfigsOf(pkg.dir)) {
    for (const [key, dir] of c.aliasDirs) {
      if (spec !== key && !spec.startsWith(`${key}/`)) continue;
      const base = joinPath(dirOf(c.path), stripTrailingSlashes(dir) + spec.slice(key.length));
      const t = base === undefined ? undefined : project.resolveFile(base);
      if (t !== undefined) return t;
    }
  }
  return undefined;
}

/**
 * Every observed file reachable from `seeds` through the import graph, each visited once. For Node
 * (`generous`), a file that loads modules by pattern reaches every file under the folders its
 * patterns may name (patternReach), and one that names a file in a string reaches it: what Node may
 * load is over-counted, never under.
 */
function walk(seeds: readonly string[], byPath: ReadonlyMap<string, JsLinks>, resolve: (from: string, spec: string) => string | undefined, generous: boolean, project: JsProject): Set<string> {
  const seen = new Set<string>();
  const queue = [...new Set(seeds)];
  for (const s of queue) seen.add(s);
  let byBase: Map<string, string[]> | undefined;
  let under: Map<string, string[]> | undefined;
  const patternDirs = new Set<string>();
  const visit = (t: string | undefined) => {
    if (t !== undefined && !seen.has(t)) {
      seen.add(t);
      queue.push(t);
    }
  };
  for (let i = 0; i < queue.length; i++) {
    const p = queue[i]!;
    const l = byPath.get(p);
    if (!l) continue;
    for (const s of l.specs) visit(resolve(p, s));
    if (!generous) continue;
    for (const d of patternReach(l)) {
      if (patternDirs.has(d)) continue;
      patternDirs.add(d);
      if (!under) {
        // Folder → the files in it or below it: each file listed once per folder above it.
        under = new Map();
        for (const q of byPath.keys()) for (let d = dirOf(q); ; d = dirOf(d)) {
          (under.get(d) ?? under.set(d, []).get(d)!).push(q);
          if (d === '') break;
        }
      }
      for (const q of under.get(d) ?? []) visit(q);
    }
    for (const m of l.mentions ?? []) {
      if (m.startsWith('./') || m.startsWith('../')) {
        const t = joinPath(dirOf(p), m);
        visit(t === undefined ? undefined : project.resolveFile(t));
      } else {
        if (!byBase) {
          byBase = new Map();
          for (const q of byPath.keys()) {
            const b = q.slice(q.lastIndexOf('/') + 1);
            (byBase.get(b) ?? byBase.set(b, []).get(b)!).push(q);
          }
        }
        // A name (`index.ts`, `src/index.ts`) names a file of the mentioner's own package, not every file so named.
        const base = m.slice(m.lastIndexOf('/') + 1);
        const scope = project.packageFor(p)?.dir ?? '';
        for (const q of byBase.get(base) ?? []) if ((q.endsWith(`/${m}`) || q === m) && (scope === '' || q.startsWith(`${scope}/`))) visit(q);
      }
    }
  }
  return seen;
}
