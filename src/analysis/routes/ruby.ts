// Rails routes (`config/routes.rb` and the `config/routes/*.rb` files it draws) as route facts for
// the route model: verbs (`get '/health', to: ...`, `get "up" => "rails/health#show"`, `match ...
// via:`), `root`, `resources`/`resource` (with `only:`/`except:`, nested, `member`/`collection`),
// `namespace` and `scope` prefixes, `mount X => '/path'` (an opaque mount: everything under it is
// served) and `draw(:name)`. Paths are absolute from the app's root, so anchored, except inside a
// `concern` (a template applied elsewhere): there only the tail is known.
import type { Node } from 'web-tree-sitter';
import { syntaxTree } from '../../syntax/index.js';
import { forEachNode } from '../../syntax/walk.js';
import type { SourceFile } from '../../workspace/source-file.js';
import { field, joinRoute, stringValueOfParts, type FileRoutes } from './extract.js';

export interface RailsFacts {
  /** `draw(:admin)` → config/routes/admin.rb, with the prefix of the scope it is drawn in. */
  draws?: Array<{ name: string; prefix: string; line: number }>;
}
export type RailsRoutes = FileRoutes & RailsFacts;

export const RAILS_ROUTES = /(?:^|\/)config\/routes(?:\.rb|\/.+\.rb)$/;
const ROOT = '@rails';
const FRAMEWORK = 'rails';
const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'options', 'head', 'match']);
const TYPES: ReadonlySet<string> = new Set(['call']);
/** At most this many variants of one path (each optional `(...)` part doubles them). */
const MAX_VARIANTS = 8;

interface Scope {
  end: number;
  prefixes: string[];
  /** Routes inside `resources :x do ... end`: member and collection paths. */
  resource?: { base: string[]; member: string[]; nested: string[] };
  unknown?: boolean;
}

export function railsRoutesOf(f: SourceFile): RailsRoutes | null {
  if (!RAILS_ROUTES.test(f.path)) return null;
  return f.memo('routes:rails', () => {
    const tree = syntaxTree(f, 'ruby');
    return tree ? extractRails(tree.rootNode) : null;
  });
}

/** A string without interpolation, or a symbol's name. */
function rbValue(n: Node | null | undefined): string | undefined {
  if (!n) return undefined;
  // Ruby's string parts are named like Python's (string_content, escape_sequence, interpolation).
  if (n.type === 'string') return stringValueOfParts(n);
  if (n.type === 'simple_symbol') return n.text.replace(/^:/, '');
  if (n.type === 'hash_key_symbol') return n.text;
  return undefined;
}

interface Args {
  positional: Node[];
  options: Map<string, Node>;
  /** `get "up" => "rails/health#show"`: a pair whose key is the path. */
  arrow?: { key: Node; value: Node };
}

function argsOf(call: Node): Args {
  const out: Args = { positional: [], options: new Map() };
  for (const a of field(call, 'arguments')?.namedChildren ?? []) {
    if (!a) continue;
    if (a.type === 'pair') addPair(a, out);
    else if (a.type === 'hash') {
      for (const p of a.namedChildren) if (p?.type === 'pair') addPair(p, out);
    } else out.positional.push(a);
  }
  return out;
}

function addPair(p: Node, out: Args): void {
  const key = field(p, 'key');
  const value = field(p, 'value');
  if (!key || !value) return;
  if (key.type === 'hash_key_symbol' || key.type === 'simple_symbol') out.options.set(key.text.replace(/^:/, ''), value);
  else if (!out.arrow) out.arrow = { key, value };
}

/** Variants of a path with optional `(...)` parts: each part present and absent (bounded). */
export function optionalVariants(path: string): string[] {
  let variants = [''];
  let i = 0;
  while (i < path.length) {
    const open = path.indexOf('(', i);
    if (open < 0) {
      variants = variants.map((v) => v + path.slice(i));
      break;
    }
    const close = path.indexOf(')', open);
    if (close < 0) return [path.replace(/[()]/g, '')];
    const head = path.slice(i, open);
    const inner = path.slice(open + 1, close).replace(/\(/g, '');
    variants = variants.flatMap((v) => [v + head, v + head + inner]).slice(0, MAX_VARIANTS);
    i = close + 1;
  }
  return [...new Set(variants)];
}

const cross = (prefixes: readonly string[], tails: readonly string[]) => [...new Set(prefixes.flatMap((p) => tails.map((t) => joinRoute(p, t))))].slice(0, MAX_VARIANTS);

export function extractRails(root: Node): RailsRoutes {
  const out: RailsRoutes = { lang: 'ruby', frameworks: [FRAMEWORK], routes: [], routers: [{ name: ROOT, kind: 'app', prefix: '', line: 1 }], mounts: [], imports: [], literals: [], catchAll: false };
  const scopes: Scope[] = [];
  const top = (): Scope => scopes[scopes.length - 1] ?? { end: Infinity, prefixes: [''] };
  const add = (paths: string[], method: string, line: number, unknown: boolean) => {
    for (const path of paths) {
      if (/^\/\*\w*$/.test(path)) out.catchAll = true;
      out.routes.push({ recv: ROOT, path, method, line, framework: FRAMEWORK, ...(unknown ? { unknownPrefix: true as const } : {}) });
    }
  };
  forEachNode(root, TYPES, (n) => {
    while (scopes.length > 0 && n.startIndex >= scopes[scopes.length - 1]!.end) scopes.pop();
    const method = field(n, 'method')?.text ?? '';
    const block = field(n, 'block');
    const line = n.startPosition.row + 1;
    const s = top();
    // `Rails.application.routes.draw do`, `Sidekiq::Web.use ...`: only receiver-less calls are the routing DSL.
    if (field(n, 'receiver')) return;
    const a = argsOf(n);
    const opt = (k: string) => rbValue(a.options.get(k));
    const push = (prefixes: string[], extra: Partial<Scope> = {}) => {
      if (block) scopes.push({ end: block.endIndex, prefixes: prefixes.length > 0 ? prefixes : s.prefixes, ...(s.unknown ? { unknown: true } : {}), ...extra });
    };
    if (VERBS.has(method)) {
      const raw = a.arrow ? rbValue(a.arrow.key) : rbValue(a.positional[0]);
      if (raw === undefined) return;
      // `get :search, on: :collection` inside resources; a bare verb there is nested under the member.
      const on = opt('on');
      const base = s.resource && on === 'collection' ? s.resource.base : s.resource && on === 'member' ? s.resource.member : s.prefixes;
      const via = method === 'match' ? (opt('via') ?? viaList(a.options.get('via'))) : method;
      add(cross(base, optionalVariants(opt('path') ?? raw)), (via ?? 'ANY').toUpperCase(), line, !!s.unknown);
      return;
    }
    switch (method) {
      case 'root':
        add(cross(s.prefixes, ['']), 'GET', line, !!s.unknown);
        return;
      case 'namespace': {
        const name = rbValue(a.positional[0]);
        if (name === undefined) return push([], { unknown: true });
        push(cross(s.prefixes, optionalVariants(opt('path') ?? name)));
        return;
      }
      case 'scope': {
        const p = a.options.has('path') ? opt('path') : a.positional[0] ? rbValue(a.positional[0]) : '';
        if (p === undefined) return push([], { unknown: true });
        push(cross(s.prefixes, optionalVariants(p)));
        return;
      }
      case 'member':
        if (s.resource) push(s.resource.member);
        return;
      case 'collection':
        if (s.resource) push(s.resource.base);
        return;
      case 'resources':
      case 'resource': {
        const names = a.positional.map(rbValue).filter((x): x is string => x !== undefined);
        if (names.length === 0) return;
        const only = actionList(a.options.get('only'));
        const except = actionList(a.options.get('except')) ?? [];
        const wants = (act: string) => (only ? only.includes(act) : true) && !except.includes(act);
        const parent = s.resource ? s.resource.nested : s.prefixes;
        for (const name of names) {
          const seg = opt('path') ?? name;
          const base = cross(parent, [seg]);
          const plural = method === 'resources';
          const member = plural ? cross(base, [`:${opt('param') ?? 'id'}`]) : base;
          if (wants('index') || wants('create') || (!plural && (wants('show') || wants('update') || wants('destroy')))) add(base, plural ? 'GET' : 'ANY', line, !!s.unknown);
          if (wants('new')) add(cross(base, ['new']), 'GET', line, !!s.unknown);
          if (plural && (wants('show') || wants('update') || wants('destroy'))) add(member, 'ANY', line, !!s.unknown);
          if (wants('edit')) add(cross(member, ['edit']), 'GET', line, !!s.unknown);
          // Nested routes hang under `/photos/:photo_id`.
          const nested = plural ? cross(base, [`:${singular(name)}_id`]) : base;
          push(nested, { resource: { base, member, nested } });
        }
        return;
      }
      case 'mount': {
        const at = a.arrow ? rbValue(a.arrow.value) : opt('at');
        if (at === undefined) return;
        for (const p of cross(s.prefixes, [at])) out.mounts.push({ parent: s.unknown ? '' : ROOT, child: '', prefix: p, line, opaque: true });
        return;
      }
      case 'devise_for': {
        // Devise's sign-in, sign-out and password routes, under `/users` (or `path:`).
        const name = rbValue(a.positional[0]);
        if (name !== undefined) for (const p of cross(s.prefixes, [opt('path') ?? name])) out.mounts.push({ parent: s.unknown ? '' : ROOT, child: '', prefix: p, line, opaque: true });
        return;
      }
      case 'draw': {
        const name = rbValue(a.positional[0]);
        if (name !== undefined) (out.draws ??= []).push({ name, prefix: s.prefixes[0] ?? '', line });
        return;
      }
      case 'concern':
        push([''], { unknown: true });
        return;
      default:
        // A subdomain or host constraint serves its routes on that host only.
        if (method === 'constraints' && (a.options.has('subdomain') || a.options.has('host'))) return push([], { unknown: true });
        // constraints, defaults, controller, authenticate, with_options...: same paths inside.
        push(s.prefixes);
    }
  });
  return out;
}

function viaList(n: Node | undefined): string | undefined {
  if (n?.type !== 'array') return undefined;
  const vs = n.namedChildren.map((c) => rbValue(c)).filter((x): x is string => x !== undefined);
  return vs.length === 1 ? vs[0] : 'ANY';
}

function actionList(n: Node | undefined): string[] | undefined {
  if (!n) return undefined;
  const one = rbValue(n);
  if (one !== undefined) return [one];
  if (n.type !== 'array') return undefined;
  return n.namedChildren.map((c) => rbValue(c)).filter((x): x is string => x !== undefined);
}

function singular(name: string): string {
  return name.replace(/ies$/, 'y').replace(/(ss|sh|ch|x)es$/, '$1').replace(/([^s])s$/, '$1');
}
