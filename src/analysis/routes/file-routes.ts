// File-based routing read from the file tree: each framework's own conventions, as pure functions
// from a service-relative path to the route that file serves, and the one pass over the repository's
// paths that gives each service the routes of the routers its package.json (or config file) names.
//
// API
//   nextRoutes, remixRoutes, svelteKitRoutes, nuxtRoutes, astroRoutes, solidStartRoutes
//                                 (service-relative path) → { path, page, method? } | undefined
//   readRouteConfig(root)         the literal routes of React Router 7's `app/routes.ts`
//   readFileRoutes(paths, services, opts)  fills each service's routes and `unread`, one pass
//
// Paths use the route model's patterns: `:id` a parameter, `:id?` an optional one, `*` the rest.
// A page answers GET and is no API (a website); an endpoint answers the methods its file says.
import type { Node } from 'web-tree-sitter';
import { stringValue } from './extract.js';
import type { ResolvedRoute, ServiceRoutes } from './model.js';
import { normalise } from './workspace.js';

export interface FileRoute {
  path: string;
  page: boolean;
  /** The method the file's name says (Nuxt `health.get.ts`); else the exports decide, or any. */
  method?: string;
}

const CODE_FILE = /\.(?:[cm]?[jt]sx?)$/;
const DECLARATION = /\.d\.[cm]?ts$/;
const HTTP_VERBS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ALL'];

/** `[id]` → `:id`, `[...x]` → `*`, `[[x]]` → `:x?`, `[[...x]]` → `*`; a segment mixing text and brackets is one parameter. */
function bracketSegment(seg: string): string {
  if (/^\[\[?\.\.\.[^\]]*\]\]?$/.test(seg)) return '*';
  const opt = /^\[\[(\w+)(?:=\w+)?\]\]$/.exec(seg);
  if (opt) return `:${opt[1]}?`;
  const one = /^\[(\w+)(?:=\w+)?\]$/.exec(seg);
  if (one) return `:${one[1]}`;
  return seg.includes('[') ? ':param' : seg;
}

function toPath(segs: readonly string[]): string {
  return `/${segs.filter(Boolean).join('/')}`;
}

/**
 * Next.js: the app router (`app/**\/route.ts` handlers and `page.tsx` pages; route groups `(x)` and
 * slots `@x` leave no segment, `_private` folders and intercepting `(.)x` routes serve nothing) and
 * the pages router (`pages/api/**` handlers, other pages), under `src/` or not.
 */
export function nextRoutes(rel: string): FileRoute | undefined {
  if (!CODE_FILE.test(rel) || DECLARATION.test(rel)) return undefined;
  const app = /^(?:src\/)?app\/(?:(.*)\/)?(route|page)\.[cm]?[jt]sx?$/.exec(rel);
  const segs: string[] = [];
  let page: boolean;
  if (app) {
    for (const seg of (app[1] ?? '').split('/').filter(Boolean)) {
      if (seg.startsWith('_') || /^\(\.{1,3}\)/.test(seg)) return undefined;
      if (/^\(.*\)$/.test(seg) || seg.startsWith('@')) continue;
      segs.push(seg);
    }
    page = app[2] === 'page';
  } else {
    const pages = /^(?:src\/)?pages\/(.*)\.[cm]?[jt]sx?$/.exec(rel);
    if (!pages) return undefined;
    const parts = pages[1]!.split('/');
    if (parts.some((p) => p.startsWith('_'))) return undefined; // _app, _document, _error
    if (parts[parts.length - 1] === 'index') parts.pop();
    segs.push(...parts);
    page = parts[0] !== 'api';
  }
  return { path: toPath(segs.map((s) => (/^\[\[\.\.\.\w+\]\]$/.test(s) ? '*' : bracketSegment(s)))), page };
}

const REMIX_EXT = /\.(?:[jt]sx?|mdx?)$/;

/**
 * Remix v2 / React Router 7 flat routes under `routesDir` (`app/routes`): `.` separates segments,
 * `$id` is a parameter, `$` the rest, `($id)` optional, `_index` the index, a leading `_` a pathless
 * layout, a trailing `_` no nesting, `[.]` escapes; a folder is one route whose module is
 * `route.tsx` (or `index`, `layout`, `page`, `_anything`: remix-flat-routes), and folders ending in
 * `+` (remix-flat-routes) join their name to the files inside (`api+/health.ts` is `api.health`).
 * Every module is taken as a page (it answers GET); its exports, when read, say otherwise.
 */
export function remixRoutes(rel: string, routesDir = 'app/routes'): FileRoute | undefined {
  if (!rel.startsWith(`${routesDir}/`) || !REMIX_EXT.test(rel) || DECLARATION.test(rel)) return undefined;
  const parts = rel.slice(routesDir.length + 1).split('/');
  if (parts.some((p) => p.startsWith('.'))) return undefined;
  const file = parts.pop()!;
  const stem = file.replace(REMIX_EXT, '');
  const names: string[] = [];
  let i = 0;
  for (; i < parts.length && parts[i]!.endsWith('+'); i++) names.push(parts[i]!.slice(0, -1));
  const rest = parts.slice(i);
  if (rest.length > 1) return undefined; // a file deeper in a route folder is colocated code
  if (rest.length === 1) {
    // A route folder: its name is the route, one module inside serves it.
    if (!/^(?:route|index|layout|page|_[^.]*)$/.test(stem) && !stem.endsWith('.route')) return undefined;
    names.push(rest[0]!);
  } else if (names.length > 0 && /^(?:_layout|route|layout)$/.test(stem)) {
    // The `+` folder's own module.
  } else if (names.length > 0 && stem === 'index') names.push('_index');
  else names.push(stem);
  const segs = splitFlat(names.join('.'));
  if (segs.length === 0) return undefined;
  const out: string[] = [];
  segs.forEach((seg, k) => {
    const last = k === segs.length - 1;
    if (seg === '_index' && last) return;
    if (seg.startsWith('_') && !seg.startsWith('_[')) {
      out.push(last ? '\0' : ''); // pathless layout: alone it serves nothing
      return;
    }
    const s = seg.endsWith('_') && seg.length > 1 ? seg.slice(0, -1) : seg;
    if (s === '$') out.push('*');
    else if (/^\(\$\w+\)$/.test(s)) out.push(`:${s.slice(2, -1)}?`);
    else if (/^\(.+\)$/.test(s)) out.push(`:${s.slice(1, -1).replace(/\W/g, '') || 'optional'}?`);
    else if (s.startsWith('$')) out.push(`:${s.slice(1).replace(/\W/g, '') || 'param'}`);
    else out.push(s.replace(/[[\]]/g, ''));
  });
  if (out.includes('\0')) return undefined;
  return { path: toPath(out), page: true };
}

/**
 * Remix 1's nested routes under `app/routes`: every module is a route, folders and `.` separate
 * segments, `index` is the folder's index, `__x` a pathless layout, `$id` a parameter, `$` the rest.
 */
export function remixV1Routes(rel: string): FileRoute | undefined {
  if (!rel.startsWith('app/routes/') || !REMIX_EXT.test(rel) || DECLARATION.test(rel)) return undefined;
  const parts = rel.slice('app/routes/'.length).replace(REMIX_EXT, '').split('/');
  if (parts.some((p) => p.startsWith('.'))) return undefined;
  const segs = parts.flatMap(splitFlat);
  if (segs[segs.length - 1] === 'index') segs.pop();
  const out: string[] = [];
  for (const [k, seg] of segs.entries()) {
    if (seg.startsWith('__')) {
      if (k === segs.length - 1) return undefined; // a pathless layout serves nothing by itself
      continue;
    }
    out.push(seg === '$' ? '*' : seg.startsWith('$') ? `:${seg.slice(1).replace(/\W/g, '') || 'param'}` : seg.replace(/[[\]]/g, ''));
  }
  return { path: toPath(out), page: true };
}

/** `a.b[.]c.d` → ['a', 'b[.]c', 'd']: dots inside brackets do not separate. */
function splitFlat(name: string): string[] {
  const segs: string[] = [];
  let cur = '';
  let depth = 0;
  for (const ch of name) {
    if (ch === '[') depth++;
    else if (ch === ']' && depth > 0) depth--;
    if (ch === '.' && depth === 0) {
      segs.push(cur);
      cur = '';
    } else cur += ch;
  }
  segs.push(cur);
  return segs.filter(Boolean);
}

/**
 * SvelteKit `src/routes`: `+server.js/ts` is an endpoint; `+page.svelte` (and `+page@x.svelte`)
 * and `+page.js/ts` are a page; `+page.server.ts`, `+layout*` and `+error.svelte` serve nothing of
 * their own. `(group)` folders leave no segment; `[id]`, `[id=matcher]`, `[...rest]`, `[[optional]]`.
 */
export function svelteKitRoutes(rel: string): FileRoute | undefined {
  const m = /^src\/routes\/(?:(.*)\/)?(\+server\.[jt]s|\+page(?:@[\w-]*)?\.svelte|\+page\.[jt]s)$/.exec(rel);
  if (!m) return undefined;
  const segs: string[] = [];
  for (const seg of (m[1] ?? '').split('/').filter(Boolean)) {
    if (/^\(.*\)$/.test(seg)) continue;
    segs.push(bracketSegment(seg));
  }
  return { path: toPath(segs), page: !m[2]!.startsWith('+server') };
}

const NUXT_METHOD = /\.(get|post|put|patch|delete|head|options|connect|trace)$/;

/**
 * Nuxt (Nitro): `server/api/**` under `/api`, `server/routes/**` at the root, `index` the folder,
 * `[id]`, `[...slug]`, a `.get.ts`/`.post.ts` suffix the method; `pages/**` (or Nuxt 4's
 * `app/pages/**`) are pages, `(group)` folders leave no segment, `-`-prefixed files are ignored.
 * `server/middleware`, `server/utils`, `server/plugins` are no routes.
 */
export function nuxtRoutes(rel: string): FileRoute | undefined {
  if (DECLARATION.test(rel)) return undefined;
  const server = /^server\/(api|routes)\/(.+)\.[cm]?[jt]sx?$/.exec(rel);
  if (server) {
    let stem = server[2]!;
    const method = NUXT_METHOD.exec(stem)?.[1];
    if (method) stem = stem.slice(0, -method.length - 1);
    const parts = stem.split('/');
    if (parts[parts.length - 1] === 'index') parts.pop();
    const segs = [server[1] === 'api' ? 'api' : '', ...parts.map(bracketSegment)];
    return { path: toPath(segs), page: false, ...(method ? { method: method.toUpperCase() } : {}) };
  }
  const pages = /^(?:app\/)?pages\/(.+)\.(?:vue|[cm]?[jt]sx?)$/.exec(rel);
  if (!pages) return undefined;
  const parts = pages[1]!.split('/');
  if (parts.some((p) => p.startsWith('-'))) return undefined;
  if (parts[parts.length - 1] === 'index') parts.pop();
  return { path: toPath(parts.filter((p) => !/^\(.*\)$/.test(p)).map(bracketSegment)), page: true };
}

/**
 * Astro `src/pages`: `.astro`, `.md`, `.mdx`, `.html` are pages, `.js`/`.ts` endpoints (the name
 * keeps its inner extension: `health.json.ts` serves `/health.json`); `_`-prefixed files and
 * folders are no routes. An endpoint named like a file (`rss.xml.js`, `data.json.ts`) is what a
 * static build writes out: it answers GET as a page does, it makes no API.
 */
export function astroRoutes(rel: string): FileRoute | undefined {
  const m = /^src\/pages\/(.+)\.(astro|mdx?|html|[cm]?[jt]s)$/.exec(rel);
  if (!m || DECLARATION.test(rel)) return undefined;
  const parts = m[1]!.split('/');
  if (parts.some((p) => p.startsWith('_'))) return undefined;
  if (parts[parts.length - 1] === 'index') parts.pop();
  const endpoint = /^[cm]?[jt]s$/.test(m[2]!) && !/\.\w+$/.test(m[1]!);
  return { path: toPath(parts.map(bracketSegment)), page: !endpoint };
}

/**
 * SolidStart `src/routes`: `.tsx`/`.jsx`/`.mdx` files are pages, `.ts`/`.js` API routes (their
 * exports, when read, decide); `index` and `(name)` files are the folder's index, `(group)` folders
 * leave no segment, `[id]`, `[[id]]`, `[...rest]`.
 */
export function solidStartRoutes(rel: string): FileRoute | undefined {
  const m = /^src\/routes\/(.+)\.(tsx|jsx|mdx?|ts|js)$/.exec(rel);
  if (!m || DECLARATION.test(rel)) return undefined;
  const parts = m[1]!.split('/');
  const last = parts.pop()!;
  if (last !== 'index' && !/^\(.*\)$/.test(last)) parts.push(last);
  return { path: toPath(parts.filter((p) => !/^\(.*\)$/.test(p)).map(bracketSegment)), page: !/^[jt]s$/.test(m[2]!) };
}

/** React Router 7 `app/routes.ts`: the routes its default export lists, or why they cannot be read. */
export interface RouteConfig {
  routes: Array<{ path: string; file: string; line: number }>;
  /** `flatRoutes()` is part of it: the folder (relative to the app folder) whose files are routes. */
  flat?: string;
  /** Something else builds routes (a variable, an adapter, a function of ours): named here. */
  unread?: string;
}

const MAX_CONFIG_ROUTES = 2000;

/** The literal `route()`, `index()`, `layout()`, `prefix()` and `flatRoutes()` calls of `export default [...]`. */
export function readRouteConfig(root: Node): RouteConfig {
  const out: RouteConfig = { routes: [] };
  const stmt = root.namedChildren.find((c) => c?.type === 'export_statement' && c.text.startsWith('export default'));
  const value = stmt ? (stmt.childForFieldName('value') ?? stmt.childForFieldName('declaration')) : null;
  if (!value) return { routes: [], unread: 'app/routes.ts has no default export the model can read' };
  const unread = (n: Node) => {
    out.unread ??= `app/routes.ts line ${n.startPosition.row + 1} builds routes the model does not read`;
  };
  const visit = (n: Node | null, prefix: string, depth: number): void => {
    if (!n || depth > 30 || out.routes.length >= MAX_CONFIG_ROUTES) return;
    switch (n.type) {
      case 'satisfies_expression':
      case 'as_expression':
      case 'parenthesized_expression':
      case 'await_expression':
      case 'spread_element':
        return visit(n.namedChildren.find((c) => c !== null && c.type !== 'type_identifier' && !c.type.endsWith('_type')) ?? null, prefix, depth + 1);
      case 'array':
        for (const c of n.namedChildren) if (c) visit(c, prefix, depth + 1);
        return;
      case 'call_expression':
        break;
      default:
        return unread(n);
    }
    const fn = n.childForFieldName('function')?.text;
    const args = (n.childForFieldName('arguments')?.namedChildren ?? []).filter((c): c is Node => c !== null && c.type !== 'comment');
    const str = (i: number) => (args[i] ? stringValue(args[i]!) : undefined);
    const children = args.find((a) => a.type === 'array');
    const line = n.startPosition.row + 1;
    if (fn === 'route') {
      const path = str(0);
      const file = str(1);
      if (path === undefined || file === undefined) return unread(n);
      const full = joinSegs(prefix, path);
      out.routes.push({ path: full, file, line });
      if (children) visit(children, full, depth + 1);
    } else if (fn === 'index') {
      const file = str(0);
      if (file === undefined) return unread(n);
      out.routes.push({ path: prefix === '' ? '/' : prefix, file, line });
    } else if (fn === 'layout') {
      if (children) visit(children, prefix, depth + 1);
    } else if (fn === 'prefix') {
      const p = str(0);
      if (p === undefined) return unread(n);
      if (children) visit(children, joinSegs(prefix, p), depth + 1);
    } else if (fn === 'flatRoutes') {
      const opts = args[0];
      if (!opts) out.flat = 'routes';
      else {
        const dir = opts.type === 'object' ? objectString(opts, 'rootDirectory') : undefined;
        if (dir === undefined && !(opts.type === 'object' && !opts.text.includes('rootDirectory'))) return unread(n);
        out.flat = dir ?? 'routes';
      }
    } else return unread(n);
  };
  visit(value, '', 0);
  return out;
}

function objectString(obj: Node, key: string): string | undefined {
  for (const p of obj.namedChildren) {
    if (p?.type !== 'pair') continue;
    const k = p.childForFieldName('key');
    if ((k ? (stringValue(k) ?? k.text) : undefined) === key) return stringValue(p.childForFieldName('value'));
  }
  return undefined;
}

/** React Router config paths: relative to their parent, `:id`, `*`, `:id?` as written. */
function joinSegs(prefix: string, path: string): string {
  const segs = [...prefix.split('/'), ...path.split('/')].filter(Boolean);
  return `/${segs.join('/')}`;
}

/** What the route model asks of the file pass. */
export interface FileRouteInputs {
  isRuntime?: (path: string) => boolean;
  /** The service (manifest folder) a path belongs to. */
  serviceRootOf: (path: string) => string;
  /** Top-level exports of a route module, when its syntax was read. */
  exportsOf: (path: string) => readonly string[] | undefined;
  /** React Router `app/routes.ts` configurations read, by path. */
  routeConfigs: ReadonlyMap<string, RouteConfig>;
}

type Reader = (rel: string) => FileRoute | undefined;
const READERS: Record<string, Reader> = {
  'Next.js': nextRoutes,
  SvelteKit: svelteKitRoutes,
  Nuxt: nuxtRoutes,
  Astro: astroRoutes,
  SolidStart: solidStartRoutes,
};

/** Files that may answer any path before (or instead of) the routes: the service's routes are then not all known. */
const MIDDLEWARE: Record<string, RegExp> = {
  'Next.js': /^(?:src\/)?middleware\.[cm]?[jt]s$/,
  SvelteKit: /^src\/hooks\.server\.[jt]s$/,
  Nuxt: /^server\/middleware\/.+\.[cm]?[jt]s$/,
  Remix: /^app\/entry\.server\.[jt]sx?$/,
  'Remix 1': /^app\/entry\.server\.[jt]sx?$/,
  'React Router': /^app\/entry\.server\.[jt]sx?$/,
  Astro: /^src\/middleware(?:\/index)?\.[jt]s$/,
  SolidStart: /^src\/middleware(?:\/index)?\.[jt]s$/,
};
const MIDDLEWARE_WHAT: Record<string, string> = {
  'Next.js': 'Next.js middleware',
  SvelteKit: 'the SvelteKit `handle` hook',
  Nuxt: 'Nuxt server middleware',
  Remix: 'the Remix server entry',
  'Remix 1': 'the Remix server entry',
  'React Router': 'the React Router server entry',
  Astro: 'Astro middleware',
  SolidStart: 'SolidStart middleware',
};

/**
 * Each service's file-based routes, in one pass over the repository's paths (never one pass per
 * service): a path is given to the service whose root holds it, and read by that service's routers.
 */
export function readFileRoutes(paths: readonly string[], services: ReadonlyMap<string, ServiceRoutes>, inputs: FileRouteInputs): void {
  if (services.size === 0) return;
  // React Router services read their `app/routes.ts`; without one (Remix), `app/routes/` is flat routes.
  const configs = new Map<string, { path: string; config: RouteConfig }>();
  for (const [path, config] of inputs.routeConfigs) {
    const root = inputs.serviceRootOf(path);
    const rel = relTo(root, path);
    if (/^app\/routes\.[cm]?[jt]s$/.test(rel) && services.get(root)?.fileRouting.includes('React Router') && !configs.has(root)) configs.set(root, { path, config });
  }
  for (const [root, { path, config }] of configs) {
    const s = services.get(root)!;
    const appDir = path.slice(0, path.lastIndexOf('/'));
    for (const r of config.routes) {
      const file = normalise(`${appDir}/${r.file}`);
      const route = refine({ path: r.path, page: true }, inputs.exportsOf(file), 'module');
      if (route) s.routes.push(resolved(route, file, 1));
    }
    if (config.unread) s.unread ??= config.unread;
  }
  const flatDir = (s: ServiceRoutes): string | undefined => {
    const c = configs.get(s.root);
    if (c) return c.config.flat === undefined ? undefined : normalise(`app/${c.config.flat}`);
    return s.fileRouting.some((r) => r === 'Remix' || r === 'Remix 1' || r === 'React Router') ? 'app/routes' : undefined;
  };
  for (const p of paths) {
    if (inputs.isRuntime && !inputs.isRuntime(p)) continue;
    const root = inputs.serviceRootOf(p);
    // Next.js middleware sits at the app's root or under its src/, whatever manifest is nearer.
    const src = /^(?:(.*)\/)?src\/middleware\.[cm]?[jt]s$/.exec(p);
    const app = src ? services.get(src[1] ?? '.') : undefined;
    if (app && app.root !== root && app.fileRouting.includes('Next.js')) app.unread ??= `${MIDDLEWARE_WHAT['Next.js']} (${p}) may answer or rewrite any path`;
    const s = services.get(root);
    if (!s) continue;
    const rel = relTo(root, p);
    for (const router of s.fileRouting) {
      if (MIDDLEWARE[router]?.test(rel) && !(router === 'SvelteKit' && knownWithout(inputs.exportsOf(p), 'handle'))) {
        s.unread ??= `${MIDDLEWARE_WHAT[router]} (${p}) may answer or rewrite any path`;
      }
    }
    if (s.fileRouting.includes('React Router') && !configs.has(s.root) && /^app\/routes\.[cm]?[jt]s$/.test(rel)) s.unread ??= `${p} configures the routes and was not read`;
    const found = new Set<string>();
    for (const router of s.fileRouting) {
      let read: Array<FileRoute | undefined>;
      let kind: 'module' | 'solid' | 'endpoint' = 'endpoint';
      if (router === 'Remix' || router === 'React Router' || router === 'Remix 1') {
        const dir = flatDir(s);
        if (dir === undefined) continue;
        // Remix 1: nested folders, or flat routes behind a config flag the model does not read: both.
        read = router === 'Remix 1' ? [remixRoutes(rel, dir), remixV1Routes(rel)] : [remixRoutes(rel, dir)];
        kind = 'module';
      } else {
        read = [READERS[router]?.(rel)];
        if (router === 'SolidStart') kind = 'solid';
      }
      for (const r of read) {
        const route = r && (router === 'Next.js' ? r : refine(r, inputs.exportsOf(p), kind));
        const key = route && `${route.path} ${route.page} ${route.method}`;
        if (route && !found.has(key!)) {
          found.add(key!);
          s.routes.push(resolved(route, p, 1));
        }
      }
    }
  }
}

/** The exports were read and none has this name. */
function knownWithout(exports: readonly string[] | undefined, name: string): boolean {
  return exports !== undefined && !exports.includes(name);
}

/**
 * A file route refined by its module's exports, when read. Remix/React Router modules: a default
 * export renders a page; without one, `loader` answers GET and `action` other methods (a resource
 * route); with none of them nothing is served. SolidStart and endpoints: exported HTTP verbs.
 */
function refine(r: FileRoute, exports: readonly string[] | undefined, kind: 'module' | 'solid' | 'endpoint'): FileRoute | undefined {
  if (exports === undefined || r.method !== undefined) return r;
  if (kind === 'module') {
    if (exports.includes('default')) return { ...r, page: true };
    if (exports.includes('loader')) return { path: r.path, page: false, method: 'GET' };
    if (exports.includes('action')) return { path: r.path, page: false, method: 'POST' };
    return undefined;
  }
  const verbs = HTTP_VERBS.filter((v) => exports.includes(v));
  if (kind === 'solid') {
    if (verbs.length > 0) return { path: r.path, page: false, method: verbs.includes('GET') ? 'GET' : verbs[0]! };
    return exports.includes('default') ? { ...r, page: true } : undefined;
  }
  if (r.page || verbs.length === 0) return r;
  return { ...r, method: verbs.includes('GET') || verbs.includes('ALL') ? 'GET' : verbs[0]! };
}

function resolved(r: FileRoute, file: string, line: number): ResolvedRoute {
  return { path: r.path, method: r.method ?? (r.page ? 'GET' : 'ANY'), anchored: true, file, line, ...(r.page ? { page: true as const } : {}) };
}

function relTo(root: string, path: string): string {
  return root === '.' ? path : path.slice(root.length + 1);
}
