// Laravel and Symfony routes as route facts for the route model.
// Laravel: `Route::get('/health', ...)` and the other verbs, `Route::resource`, groups
// (`Route::prefix('v1')->group(function () {...})`, `Route::group(['prefix' => 'x'], ...)`), in
// `routes/web.php` (served at the root) and `routes/api.php` (under `/api`, or the `apiPrefix` the
// app sets); Laravel 11's `->withRouting(health: '/up')`. Route files elsewhere (a module's, a
// package's) are loaded under a prefix this file does not show: only their tail is known.
// Symfony: `#[Route('/health', methods: ['GET'])]` on controller methods, under the class's
// `#[Route('/api')]`; they are served only under the prefixes of the `type: attribute` imports of
// the YAML routing files (`config/routes.yaml`, `config/routes/*.yaml`, `config/routes/prod/`,
// `when@prod:`), which index.ts applies per folder. A YAML entry with a `path:` is a route itself.
// What the model does not read (a bundle's `@X/...` resource, a PHP or XML routing file, a
// Kernel's own `configureRoutes`) is noted as `symfonyUnread`: the routes are then not fully read.
import type { Node } from 'web-tree-sitter';
import { syntaxTree } from '../../syntax/index.js';
import { forEachNode } from '../../syntax/walk.js';
import type { SourceFile } from '../../workspace/source-file.js';
import { entries, get, parseYaml, startOf, str, strList } from '../yaml.js';
import { field, joinRoute, type FileRoutes } from './extract.js';
import { optionalTails } from './templates.js';

/** A Symfony `type: attribute` import: the controllers of a folder (or one file) served under its prefixes. */
export interface SymfonyImport {
  /** Repository path of the folder (ending in `/`) or file it loads. */
  target: string;
  /** One, or one per locale (`prefix: { en: '', fr: /fr }`). */
  prefixes: string[];
  /** Parameters the import gives a default (`defaults: { _locale: en }`): optional at the end of a path. */
  optional: string[];
  line: number;
}

export interface PhpFacts {
  /** The prefix of `routes/api.php` the app sets (`withRouting(apiPrefix: 'api/v2')`, RouteServiceProvider). */
  apiPrefix?: string;
  /** The attribute imports of a Symfony routing file. */
  symfonyImports?: SymfonyImport[];
  /** The first Symfony routing source the model does not read, as a clause (`config/routes.yaml:12 imports a bundle's routes`). */
  symfonyUnread?: string;
}
export type PhpRoutes = FileRoutes & PhpFacts;

const ROOT = '@php';
const TYPES: ReadonlySet<string> = new Set(['scoped_call_expression', 'member_call_expression', 'class_declaration']);
// A Map, not an object literal: `Route::constructor(...)` must find nothing.
const VERBS = new Map(Object.entries({ get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', options: 'OPTIONS', any: 'ANY', match: 'ANY', view: 'GET', redirect: 'ANY', permanentRedirect: 'ANY' }));
/** Cheap text test first: most PHP files route nothing. */
const MENTIONS = /Route\b|withRouting|configureRoutes/;
/** The YAML routing files a Symfony kernel loads in production (the `dev/` and `test/` folders are other environments'). */
export const SYMFONY_ROUTES_YAML = /(?:^|\/)config\/routes(?:\/(?:prod\/)?[^/]+)?\.ya?ml$/;

export function phpRoutesOf(f: SourceFile): PhpRoutes | null {
  if (SYMFONY_ROUTES_YAML.test(f.path)) return symfonyYamlRoutes(f.text, f.path);
  if (!MENTIONS.test(f.text)) return null;
  return f.memo('routes:php', () => {
    const tree = syntaxTree(f, 'php');
    return tree ? extractPhp(tree.rootNode, f.path) : null;
  });
}

/** A PHP string without interpolation. */
function phpString(n: Node | null | undefined): string | undefined {
  if (!n || (n.type !== 'string' && n.type !== 'encapsed_string')) return undefined;
  let out = '';
  for (const c of n.namedChildren) {
    if (!c) continue;
    if (c.type === 'string_content' || c.type === 'string_value' || c.type === 'escape_sequence') out += c.text;
    else return undefined;
  }
  return out;
}

interface Arg {
  name?: string;
  value: Node;
}

function argsOf(call: Node, fieldName = 'arguments'): Arg[] {
  const out: Arg[] = [];
  for (const a of field(call, fieldName)?.namedChildren ?? []) {
    if (a?.type !== 'argument') continue;
    const nameNode = field(a, 'name');
    const value = a.namedChildren.filter((c): c is Node => !!c && c.startIndex !== nameNode?.startIndex).at(-1);
    if (value) out.push({ ...(nameNode ? { name: nameNode.text } : {}), value });
  }
  return out;
}

/** `['prefix' => 'x', ...]` → its string values by key. */
function arrayStrings(n: Node | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (n?.type !== 'array_creation_expression') return out;
  for (const el of n.namedChildren) {
    const kv = el?.namedChildren ?? [];
    if (kv.length !== 2) continue;
    const k = phpString(kv[0]);
    const v = phpString(kv[1]);
    if (k !== undefined && v !== undefined) out.set(k, v);
  }
  return out;
}

function stringList(n: Node | undefined): string[] {
  if (!n) return [];
  const one = phpString(n);
  if (one !== undefined) return [one];
  if (n.type !== 'array_creation_expression') return [];
  return n.namedChildren.map((el) => phpString(el?.namedChildren[0])).filter((x): x is string => x !== undefined);
}

/** The calls of a chain from its root (`Route::prefix('x')->middleware('y')->get(...)`), if it starts at `Route::`. */
function laravelChain(n: Node): Array<{ name: string; node: Node }> | undefined {
  const calls: Array<{ name: string; node: Node }> = [];
  let cur: Node | null = n;
  for (let i = 0; cur && i < 32; i++) {
    if (cur.type === 'member_call_expression') {
      calls.push({ name: field(cur, 'name')?.text ?? '', node: cur });
      cur = field(cur, 'object');
      continue;
    }
    if (cur.type === 'scoped_call_expression') {
      const scope = field(cur, 'scope')?.text ?? '';
      if (scope !== 'Route' && !/\\Route$/.test(scope)) return undefined;
      calls.push({ name: field(cur, 'name')?.text ?? '', node: cur });
      return calls.reverse();
    }
    return undefined;
  }
  return undefined;
}

export function extractPhp(root: Node, path: string): PhpRoutes {
  const out: PhpRoutes = { lang: 'php', frameworks: [], routes: [], routers: [], mounts: [], imports: [], literals: [], catchAll: false };
  const file = /(?:^|\/)routes\/(web|api)\.php$/.exec(path)?.[1];
  // Routes of another file under routes/ or elsewhere are loaded under a prefix not written here.
  const unknown = file === undefined;
  const scopes: Array<{ end: number; prefix: string; unknown: boolean }> = [];
  const fw = (name: string) => {
    if (!out.frameworks.includes(name)) out.frameworks.push(name);
  };
  const add = (p: string, method: string, line: number, unknownPrefix: boolean) => {
    for (const path of optionalTails(p)) out.routes.push({ recv: ROOT, path, method, line, framework: 'laravel', ...(unknown || unknownPrefix ? { unknownPrefix: true as const } : {}) });
  };
  forEachNode(root, TYPES, (n, t) => {
    while (scopes.length > 0 && n.startIndex >= scopes[scopes.length - 1]!.end) scopes.pop();
    if (t === 'class_declaration') return readSymfonyClass(n, out, fw, path);
    const name = field(n, 'name')?.text ?? '';
    const line = n.startPosition.row + 1;
    if (t === 'member_call_expression' && name === 'withRouting') {
      for (const a of argsOf(n)) {
        if (a.name === 'health') {
          const h = phpString(a.value);
          if (h !== undefined) {
            fw('laravel');
            out.routes.push({ recv: ROOT, path: joinRoute(h), method: 'GET', line, framework: 'laravel' });
          }
        } else if (a.name === 'apiPrefix') {
          const p = phpString(a.value);
          if (p !== undefined) out.apiPrefix = joinRoute(p);
        }
      }
      return;
    }
    // Only the outermost call of a chain: `Route::get(...)->name('x')` is visited once, as `name`.
    const parent = n.parent;
    if (parent?.type === 'member_call_expression' && field(parent, 'object')?.startIndex === n.startIndex && field(parent, 'object')?.endIndex === n.endIndex) return;
    const chain = laravelChain(n);
    if (!chain) return;
    let prefix = scopes[scopes.length - 1]?.prefix ?? '';
    // A prefix that is no plain string (a variable, a config value): only the tail is known below it.
    let unknownPrefix = scopes[scopes.length - 1]?.unknown ?? false;
    for (const [i, c] of chain.entries()) {
      const a = argsOf(c.node);
      if (c.name === 'prefix') {
        const p = phpString(a[0]?.value);
        if (p === undefined) unknownPrefix = true;
        else prefix = joinRoute(prefix, p);
      } else if (c.name === 'domain') {
        unknownPrefix = true; // served for that host only
      } else if (c.name === 'group') {
        const arr = a.find((x) => x.value.type === 'array_creation_expression')?.value;
        const opts = arrayStrings(arr);
        const p = opts.get('prefix');
        const inner = p !== undefined ? joinRoute(prefix, p) : prefix;
        const fn = a.find((x) => x.value.type === 'anonymous_function' || x.value.type === 'arrow_function');
        const opaque = unknownPrefix || (arr !== undefined && /['"](?:prefix|domain)['"]/.test(arr.text) && p === undefined) || opts.has('domain');
        if (fn) scopes.push({ end: fn.value.endIndex, prefix: inner, unknown: opaque });
        // `->prefix('api')->group(base_path('routes/api.php'))`: the prefix of the API routes file.
        const target = a.find((x) => x.value.type === 'function_call_expression')?.value;
        if (target && /routes\/api\.php/.test(target.text)) out.apiPrefix = inner;
        return;
      } else if (VERBS.has(c.name)) {
        fw('laravel');
        const p = phpString((c.name === 'match' ? a[1] : a[0])?.value);
        if (p !== undefined) add(joinRoute(prefix, p), VERBS.get(c.name)!, line, unknownPrefix);
        // `Route::get('/{any}', ...)->where('any', '.*')`: a parameter that spans slashes (an SPA's catch-all).
        // Only the `where` arguments are read: the call's own text holds the whole chain, closures included.
        if (chain.slice(i + 1).some((w) => w.name === 'where' && /['"]\.[*+]['"]/.test(field(w.node, 'arguments')?.text ?? ''))) out.catchAll = true;
        return;
      } else if (c.name === 'resource' || c.name === 'apiResource') {
        fw('laravel');
        const p = phpString(a[0]?.value);
        if (p !== undefined) for (const r of resourcePaths(p, c.name === 'resource')) add(joinRoute(prefix, r), 'ANY', line, unknownPrefix);
        return;
      } else if (c.name === 'fallback') {
        fw('laravel');
        out.catchAll = true;
        return;
      }
    }
  });
  if (out.routes.length > 0) out.routers.push({ name: ROOT, kind: 'app', prefix: file === 'api' ? '/api' : '', line: 1 });
  return out;
}

/** `photos` → /photos, /photos/create, /photos/{photo}, /photos/{photo}/edit; `photos.comments` nests. */
function resourcePaths(name: string, withForms: boolean): string[] {
  const parts = name.split('.').filter(Boolean).slice(0, 4);
  if (parts.length === 0) return [];
  const parents = parts.slice(0, -1).map((p) => `${p}/{${p.replace(/s$/, '')}}`);
  const base = joinRoute(...parents, parts[parts.length - 1]!);
  const member = `${base}/{${parts[parts.length - 1]!.replace(/s$/, '')}}`;
  return withForms ? [base, `${base}/create`, member, `${member}/edit`] : [base, member];
}

interface RouteAttr {
  path?: string;
  methods: string[];
  /** A Route attribute whose path is not a plain string (a constant, a localized array). */
  opaque: boolean;
}

function routeAttrs(n: Node): RouteAttr[] {
  const out: RouteAttr[] = [];
  const lists = field(n, 'attributes') ?? n.namedChildren.find((c) => c?.type === 'attribute_list');
  for (const group of lists?.namedChildren ?? []) {
    for (const a of group?.namedChildren ?? []) {
      if (a?.type !== 'attribute') continue;
      const name = a.namedChildren[0]?.text ?? '';
      if (name !== 'Route' && !/\\Route$/.test(name)) continue;
      const args = argsOf(a, 'parameters');
      const pathArg = args.find((x) => x.name === 'path') ?? args.find((x) => x.name === undefined);
      const path = phpString(pathArg?.value);
      const methods = stringList(args.find((x) => x.name === 'methods')?.value).map((m) => m.toUpperCase());
      out.push({ ...(path !== undefined ? { path } : {}), methods, opaque: path === undefined && pathArg !== undefined });
    }
  }
  return out;
}

/** How many `#[Route]` prefixes of one controller class are applied to its methods. */
const MAX_CLASS_ROUTES = 8;

function readSymfonyClass(cls: Node, out: PhpRoutes, fw: (name: string) => void, path: string): void {
  // `#[Route(name: 'api_')]` on the class names routes without prefixing them.
  let prefixes = routeAttrs(cls).map((r) => (r.path === undefined && !r.opaque ? { ...r, path: '' } : r));
  // More prefixes than any controller has: its routes are known by their tails (prefixes × actions would grow with the square of the file).
  if (prefixes.length > MAX_CLASS_ROUTES) prefixes = [{ methods: [], opaque: true }];
  const body = field(cls, 'body');
  for (const m of body?.namedChildren ?? []) {
    if (m?.type !== 'method_declaration') continue;
    // A kernel that loads its routes in code (plugins' bundles, computed paths): what it imports is not read.
    if (field(m, 'name')?.text === 'configureRoutes' && /Kernel/.test(field(cls, 'name')?.text ?? '')) out.symfonyUnread ??= `${path}:${m.startPosition.row + 1} loads routes in code (\`configureRoutes\`), which the model does not read`;
    for (const r of routeAttrs(m)) {
      if (r.path === undefined) continue;
      fw('symfony');
      const line = m.startPosition.row + 1;
      for (const p of prefixes.length > 0 ? prefixes : [{ path: '', methods: [], opaque: false }]) {
        for (const path of optionalTails(joinRoute(p.path ?? '', r.path))) out.routes.push({ recv: ROOT, path, method: r.methods.length === 1 ? r.methods[0]! : 'ANY', line, framework: 'symfony', ...(p.path === undefined ? { unknownPrefix: true as const } : {}) });
      }
    }
  }
  if (out.routes.length > 0 && !out.routers.some((r) => r.name === ROOT)) out.routers.push({ name: ROOT, kind: 'app', prefix: '', line: 1 });
}

/** How many entries of one routing file are read, and how many paths or prefixes one entry may give. */
const MAX_ENTRIES = 2000;
const MAX_VARIANTS = 16;

/**
 * Symfony YAML routes: entries with a `path:` (a string, or one per locale) are routes; `resource:`
 * imports of controllers (`type: attribute`) are noted with their prefixes; any other import is unread.
 */
export function symfonyYamlRoutes(text: string, path: string): PhpRoutes | null {
  const y = parseYaml(text);
  const doc = y.docs[0]?.root;
  if (!doc) return null;
  const out: PhpRoutes = { lang: 'php', frameworks: ['symfony'], routes: [], routers: [{ name: ROOT, kind: 'app', prefix: '', line: 1 }], mounts: [], imports: [], literals: [], catchAll: false };
  const imports: SymfonyImport[] = [];
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  // `%kernel.project_dir%`: the folder holding `config/`.
  const project = /^(?:(.*?)\/)?config(?:\/|$)/.exec(dir)?.[1] ?? '';
  // `when@prod:` routes are served in production; `when@dev:`, `when@test:` are not.
  const top = entries(doc).flatMap(([key, v, pair]) => (key === 'when@prod' ? entries(v) : key.startsWith('when@') ? [] : [[key, v, pair] as const]));
  for (const [, v, pair] of top.slice(0, MAX_ENTRIES)) {
    const line = y.lineOf(startOf(pair) ?? 0);
    const defaults = new Set(entries(get(v, 'defaults')).map(([k]) => k));
    const pathNode = get(v, 'path');
    if (pathNode !== undefined && get(v, 'resource') === undefined) {
      const methods = strList(get(v, 'methods')).flatMap((m) => m.split('|'));
      const method = methods.length === 1 ? methods[0]!.toUpperCase() : 'ANY';
      for (const p of localized(pathNode)) for (const t of symfonyTails(joinRoute(p), defaults)) out.routes.push({ recv: ROOT, path: t, method, line, framework: 'symfony' });
      continue;
    }
    const res = get(v, 'resource');
    if (res === undefined) continue;
    const where = `${path}:${line}`;
    const resource = str(res) ?? str(get(res, 'path'));
    const type = str(get(v, 'type'));
    if (resource === undefined) {
      out.symfonyUnread ??= `${where} imports routes from a resource the model does not read`;
      continue;
    }
    if (resource.startsWith('@')) {
      out.symfonyUnread ??= `${where} imports a bundle's routes, which are not in the repository`;
      continue;
    }
    // Symfony 7.3's `routing.controllers`: the attribute routes of every controller service.
    const all = resource === 'routing.controllers';
    const target = all ? (project === '' ? '' : `${project}/`) : resolveResource(resource, dir, project);
    const controllers = all || ((type === 'attribute' || type === 'annotation') && target !== undefined && (target === '' || target.endsWith('/') || target.endsWith('.php')));
    if (!controllers || target === undefined) {
      out.symfonyUnread ??= `${where} imports routes the model does not read (only \`type: attribute\` imports of controllers are)`;
      continue;
    }
    const prefixNode = get(v, 'prefix');
    const prefixes = prefixNode === undefined ? [''] : localized(prefixNode);
    if (prefixes.length === 0) {
      out.symfonyUnread ??= `${where} imports controllers under a prefix the model does not read`;
      continue;
    }
    imports.push({ target, prefixes, optional: [...defaults].slice(0, MAX_VARIANTS).sort(), line });
  }
  if (imports.length > 0) out.symfonyImports = imports;
  return out;
}

/** A string, or the strings of a per-locale map (`{ en: /about, fr: /a-propos }`), at most MAX_VARIANTS. */
function localized(n: unknown): string[] {
  const one = str(n);
  if (one !== undefined) return [one];
  return entries(n)
    .map(([, v]) => str(v))
    .filter((x): x is string => x !== undefined)
    .slice(0, MAX_VARIANTS);
}

/**
 * The repository path a resource names, relative to the routing file's folder: a folder (ending in
 * `/`) or a file. A glob (`../src/Controller/*Controller.php`) stands for its folder. Undefined when it
 * leaves the repository or starts at a parameter other than `%kernel.project_dir%`.
 */
function resolveResource(resource: string, dir: string, project: string): string | undefined {
  let r = resource.replace(/^%kernel\.project_dir%\/?/, () => `/${project}/`);
  const glob = r.search(/[*?{[]/);
  if (glob >= 0) r = r.slice(0, r.lastIndexOf('/', glob) + 1);
  if (r.includes('%') || r === '') return undefined;
  const parts = (r.startsWith('/') ? r.slice(1) : dir === '' ? r : `${dir}/${r}`).split('/');
  const out: string[] = [];
  for (const [i, p] of parts.entries()) {
    if (p === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else if (p !== '.' && (p !== '' || i === parts.length - 1)) out.push(p);
  }
  const joined = out.join('/');
  return joined === '' ? '' : r.endsWith('/') && !joined.endsWith('/') ? `${joined}/` : joined;
}

/**
 * The path, then without each trailing parameter that has a default: inline (`{page?1}`, done by
 * optionalTails) or in `defaults:` (`/{_locale}` with `_locale: en` also answers `/`). At most 8 forms.
 */
export function symfonyTails(path: string, defaults: ReadonlySet<string>): string[] {
  const out = optionalTails(path);
  let segs = out[out.length - 1]!.split('/');
  while (out.length < 8 && segs.length > 1) {
    const name = /^\{(\w+)(?:<[^>]*>)?\}$/.exec(segs[segs.length - 1]!)?.[1];
    if (name === undefined || !defaults.has(name)) break;
    segs = segs.slice(0, -1);
    out.push(segs.join('/') || '/');
  }
  return out;
}
