// Per-file HTTP route facts from tree-sitter syntax trees: route registrations, router/app
// variables with their prefixes, mounts (include_router, register_blueprint, app.use, groups),
// imports, exports, and the path-like string literals of the file. Plain data (observed by pure
// checks, joined across files by model.ts). Frameworks: Express/Fastify/Koa/Hono/NestJS,
// FastAPI/Starlette/Flask/Django, Go net/http/gin/echo/chi/fiber/gorilla, Spring.
import type { Node } from 'web-tree-sitter';
import { langOf, syntaxTree, type Lang } from '../../syntax/index.js';
import { forEachNode } from '../../syntax/walk.js';
import type { SourceFile } from '../../workspace/source-file.js';
import { goRoutesFast } from './fast-go.js';
import { fastJsRoutes, type JsVocabulary } from './fast-js.js';
import { fastPythonRoutes, type RouteVocabulary } from './fast-python.js';
import { addFramework, APP_CTORS, CALL_NAMES, GO_LISTEN, HTTP_CLIENTS, MAX_LITERALS, mayRegister, pathLike, registerNames, ROUTER_CTORS, VERBS } from './vocabulary.js';

export interface RawRoute {
  /** Receiver variable (`app`, `router`, `v1`); '' for decorator/annotation routes of a class. */
  recv: string;
  path: string;
  method: string;
  line: number;
  /** Class-level prefix (NestJS @Controller, Spring @RequestMapping), already joined into `path`. */
  framework: string;
  /** Its handler takes nothing and returns a constant (`return {"status": "ok"}`): an answer a probe can use. */
  constant?: true;
  /**
   * The path was written `<expression> + "/suffix"` (or `${x}/suffix`, f"{x}/suffix", Sprintf) and the
   * expression is not a string constant of the file: `path` is only the literal tail, matched by its end.
   */
  unknownPrefix?: true;
}

export interface RouterVar {
  name: string;
  /** `app`: the served root (FastAPI(), express(), gin.Default()...); `router`: mounted somewhere. */
  kind: 'app' | 'router';
  prefix: string;
  /** For groups: the variable it was created from (`v1 := r.Group("/v1")` → `r`). */
  parent?: string;
  line: number;
}

export interface Mount {
  parent: string;
  /** The mounted thing as written: a variable (`router`), an attribute (`orders.router`), a module string for Django include. */
  child: string;
  prefix: string;
  line: number;
  /** `include('app.urls')` (Django): child is a dotted module. */
  module?: boolean;
  /** Not a known router (a middleware call, a static handler): everything under the prefix is served. */
  opaque?: boolean;
}

export interface FileRoutes {
  lang: Lang;
  /** Web frameworks this file imports. */
  frameworks: string[];
  routes: RawRoute[];
  routers: RouterVar[];
  mounts: Mount[];
  /** local name → module as written (`./orders`, `app.orders`), and the imported attribute. */
  imports: Array<{ local: string; module: string; attr?: string }>;
  /** `module.exports = x` / `export default x`. */
  defaultExport?: string;
  /** Names a JS module exports at its top level ('default' included): route modules answer by them (`loader`, `GET`). */
  exports?: string[];
  /** `export { a as b } from './x'` (name 'a', as 'b'), `export * from './x'` (name and as '*'): a package's entry passes its routers on. */
  reexports?: Array<{ name: string; as: string; module: string }>;
  /** Path-like string literals (for "is this path written anywhere in the code"). */
  literals: string[];
  /** A global prefix (NestJS setGlobalPrefix). */
  globalPrefix?: string;
  /** Ports the code listens on, written as numbers (`app.listen(3000)`, `uvicorn.run(app, port=8000)`, `r.Run(":8080")`, a default in `process.env.PORT || 3000`). */
  listens?: number[];
  /** Line of a NestJS `enableVersioning(...)`: routes may be served under a version segment (`/v1`) the model does not read. */
  versioning?: number;
  /** A catch-all route (`*`, `/{path:path}`, NoRoute): any path may be served. */
  catchAll: boolean;
}

const CATCH_ALL = /^(\*|\/\*|\/\*\*|\/\{[^}]*:path\}|\/:\w+\*|\/\*\w*|\(\.\*\)|\/\(\.\*\)|\/\{\*\w*\})$/;

export function routesOf(f: SourceFile): FileRoutes | null {
  const lang = langOf(f.path);
  if (!lang) return null;
  return f.memo('routes', () => {
    // A file that registers nothing: its imports, exports and literals from the tokens.
    const fast = lang === 'python' ? fastPythonRoutes(f, PYTHON_VOCABULARY) : lang === 'go' ? goRoutesFast(f) : fastJsRoutes(lang, f, JS_VOCABULARY);
    if (fast) return fast;
    const tree = syntaxTree(f, lang);
    return tree ? extractRoutes(lang, tree.rootNode) : null;
  });
}

/** What fast-python.ts needs of this module's vocabulary (handed in: it imports no value from here). */
export const PYTHON_VOCABULARY: RouteVocabulary = {
  addFramework,
  callKind(name) {
    if (CALL_NAMES.has(name) || APP_CTORS.python!.test(name) || ROUTER_CTORS.python!.test(name)) return 'other';
    if (VERBS.has(name.toLowerCase())) return 'verb';
    return name === 'run' || name === 'run_app' || name === 'serve' ? 'listen' : 'none';
  },
  isPathLiteral: pathLike,
};

export function field(n: Node, name: string): Node | null {
  return n.childForFieldName(name);
}

function named(n: Node | null): Node[] {
  return n ? (n.namedChildren.filter(Boolean) as Node[]) : [];
}

const STRING_TYPES = new Set(['string', 'template_string', 'interpreted_string_literal', 'raw_string_literal', 'string_literal']);
const CALL_TYPES = new Set(['method_invocation', 'call', 'call_expression', 'new_expression']);
/** Every node type extractRoutes reads (one walk of the tree, shared with the other analyses). */
const ROUTE_NODE_TYPES: ReadonlySet<string> = new Set([
  ...STRING_TYPES,
  ...CALL_TYPES,
  'import_statement',
  'import_from_statement',
  'import_declaration',
  'import_spec',
  'lexical_declaration',
  'variable_declaration',
  'export_statement',
  'assignment_expression',
  'class_declaration',
  'class_definition',
  'abstract_class_declaration',
  // Assignments, for the string constants a concatenated route path may start with.
  'assignment',
  'augmented_assignment',
  'const_spec',
  'var_spec',
  'short_var_declaration',
  'assignment_statement',
]);

/** The value of a plain string literal node (no interpolation), else undefined. `type`: the node's, when known. */
export function stringValue(n: Node | null, type?: string): string | undefined {
  if (!n) return undefined;
  switch (type ?? n.type) {
    case 'string': {
      // Fast path, from the text alone: quotes (no f prefix) around plain characters — no escape,
      // brace or line break, where grammars recover in their own ways — are one content node
      // (checked against stringValueOfParts on arbitrary strings by test/analysis/string-value.test.ts).
      const m = QUOTED.exec(n.text);
      return m && !PLAIN_UNSAFE.test(m[2]!) && !n.hasError ? m[2] : stringValueOfParts(n);
    }
    case 'template_string':
      if (n.namedChildren.some((c) => c?.type === 'template_substitution')) return undefined;
      return n.text.slice(1, -1);
    case 'interpreted_string_literal':
    case 'raw_string_literal':
      return n.text.slice(1, -1);
    case 'string_literal':
      return n.text.replace(/^"|"$/g, '');
    case 'concatenated_string':
      return undefined;
    default:
      return undefined;
  }
}

/** Python prefixes (r"", b"", not f"") and quotes, or JS quotes, around the content. */
const PLAIN_UNSAFE = /[\\{}\r\n]/;
const QUOTED = /^[rRbBuU]*("""|'''|"|')([\s\S]*)\1$/;

/** A `string` node's value from its parts (undefined with an interpolation: f-strings, `${}`). */
export function stringValueOfParts(n: Node): string | undefined {
  let parts: string | undefined;
  for (const c of n.namedChildren) {
    if (!c) continue;
    const ct = c.type;
    if (ct === 'interpolation' || ct === 'template_substitution') return undefined;
    if (ct === 'string_content' || ct === 'string_fragment' || ct === 'escape_sequence') parts = (parts ?? '') + c.text;
  }
  if (parts !== undefined) return parts;
  const m = QUOTED.exec(n.text);
  return m ? m[2] : undefined;
}

interface Arg {
  key?: string;
  node: Node;
  str?: string;
}

interface CallInfo {
  obj?: string;
  objNode?: Node;
  name: string;
  args: Arg[];
}

/** The names of server calls that may say the port (listenPort). */

/** The first 2-5 digit number written in a short expression (`process.env.PORT || 3000`, `{ port: 8080 }`). */
function portIn(n: Node | undefined, key?: string): number | undefined {
  return n ? portInText(n.text, key) : undefined;
}

/** The port a node's text writes as a number (with `key`, as that property of an object). */
function portInText(text: string, key?: string): number | undefined {
  if (text.length > 160) return undefined;
  const m = key === 'port' ? /\bport\s*:\s*(\d{2,5})\b/.exec(text) : /(?<![\w.])(\d{2,5})(?![\w.])/.exec(text);
  const v = m ? Number(m[1]) : NaN;
  return v > 0 && v < 65536 ? v : undefined;
}

/** The port a server call listens on, when the code writes it as a number. */
function listenPort(family: string, call: CallInfo): number | undefined {
  if (call.obj === undefined) return undefined;
  if (family === 'js' && call.name === 'listen') {
    const first = call.args[0]?.node;
    return first?.type === 'object' ? portIn(first, 'port') : portIn(first);
  }
  // Python: uvicorn.run(app, port=8000), app.run(port=5000), web.run_app(app, port=8080): a `port` keyword says it.
  if (family === 'python' && (call.name === 'run' || call.name === 'run_app' || call.name === 'serve')) return portIn(call.args.find((a) => a.key === 'port')?.node);
  if (family === 'go' && GO_LISTEN.has(call.name)) {
    const addr = call.args[0]?.str;
    const m = addr === undefined ? null : /^[\w.[\]-]*:(\d{2,5})$/.exec(addr);
    return m ? Number(m[1]) : undefined;
  }
  return undefined;
}

/**
 * A call's facts; its arguments are read on first use. `wanted`: a filter on the name, checked
 * before anything else is read (most calls are dismissed by name).
 */
function info(name: string, o: () => Node | null | undefined, call: Node, wanted?: (name: string) => boolean): CallInfo | undefined {
  if (wanted && !wanted(name)) return undefined;
  const obj = o();
  let args: Arg[] | undefined;
  return {
    ...(obj ? { obj: obj.text, objNode: obj } : {}),
    name,
    get args() {
      return (args ??= argsOf(field(call, 'arguments')));
    },
  };
}

function callInfo(lang: Lang, n: Node, type: string = n.type, wanted?: (name: string) => boolean): CallInfo | undefined {
  if (lang === 'java') {
    if (type !== 'method_invocation') return undefined;
    const name = field(n, 'name')?.text;
    if (!name) return undefined;
    return info(name, () => field(n, 'object'), n, wanted);
  }
  // `new Koa()`, `new Router({ prefix })`, `new Hono()`: constructors are calls here.
  const isNew = type === 'new_expression';
  if (type !== 'call' && type !== 'call_expression' && !isNew) return undefined;
  const fn = field(n, isNew ? 'constructor' : 'function');
  if (!fn) return undefined;
  const ft = fn.type;
  if (ft === 'identifier') return info(fn.text, () => undefined, n, wanted);
  // `require('fastify')()`: the module's factory.
  if (ft === 'call_expression' && field(fn, 'function')?.text === 'require') {
    const mod = stringValue(named(field(fn, 'arguments'))[0] ?? null);
    if (mod) return info(mod, () => undefined, n, wanted);
  }
  if (ft === 'attribute') return info(field(fn, 'attribute')?.text ?? '', () => field(fn, 'object'), n, wanted);
  if (ft === 'member_expression') return info(field(fn, 'property')?.text ?? '', () => field(fn, 'object'), n, wanted);
  if (ft === 'selector_expression') return info(field(fn, 'field')?.text ?? '', () => field(fn, 'operand'), n, wanted);
  return undefined;
}

function argsOf(list: Node | null): Arg[] {
  const out: Arg[] = [];
  for (const a of named(list)) {
    if (a.type === 'keyword_argument') {
      const v = field(a, 'value');
      if (v) out.push({ key: field(a, 'name')?.text ?? '', node: v, ...strOf(v) });
    } else if (a.type === 'comment') continue;
    else out.push({ node: a, ...strOf(a) });
  }
  return out;
}

function strOf(n: Node): { str?: string } {
  const s = stringValue(n);
  return s === undefined ? {} : { str: s };
}

/** The variable a call's value is assigned to (`x = call()`, `const x = call()`, `x := call()`). */
function assignedTo(n: Node): string | undefined {
  let p = n.parent;
  // Go wraps the right side in an expression_list; Python may wrap in a type annotation.
  if (p?.type === 'expression_list') p = p.parent;
  if (!p) return undefined;
  if (p.type === 'assignment' || p.type === 'assignment_expression' || p.type === 'augmented_assignment') {
    const left = field(p, 'left');
    return left && (left.type === 'identifier' || left.type === 'attribute' || left.type === 'member_expression') ? left.text : undefined;
  }
  if (p.type === 'variable_declarator') return field(p, 'name')?.text;
  if (p.type === 'short_var_declaration' || p.type === 'assignment_statement' || p.type === 'var_spec') {
    const left = field(p, 'left') ?? field(p, 'name');
    const first = left?.type === 'expression_list' ? left.namedChildren[0] : left;
    return first?.text;
  }
  return undefined;
}


/** What fast-js.ts needs of this module's vocabulary (handed in: it imports no value from here). */
export const JS_VOCABULARY: JsVocabulary = {
  addFramework,
  isPathLiteral: pathLike,
  isCtor: (name) => APP_CTORS.js!.test(name) || ROUTER_CTORS.js!.test(name),
  mayRegister: (name) => mayRegister('js', name),
  isVerb: (lname) => VERBS.has(lname),
  isHttpClient: (receiver) => HTTP_CLIENTS.test(receiver),
  listenPort: (firstArg, object) => portInText(firstArg, object ? 'port' : undefined),
  registerNames: registerNames('js'),
};

export function extractRoutes(lang: Lang, root: Node): FileRoutes {
  const out: FileRoutes = { lang, frameworks: [], routes: [], routers: [], mounts: [], imports: [], literals: [], catchAll: false };
  const lits = new Set<string>();
  const family = lang === 'python' ? 'python' : lang === 'go' ? 'go' : lang === 'java' ? 'java' : 'js';
  const addFrameworkOf = (module: string) => addFramework(module, out.frameworks);
  // Scope of function-literal parameters bound to a group (`r.Route("/a", func(r chi.Router) {...})`).
  const scopes: Array<Map<string, string>> = [];
  const resolveRecv = (name: string) => {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const v = scopes[i]!.get(name);
      if (v !== undefined) return v;
    }
    return name;
  };
  let synthetic = 0;

  // readRequire looks for `require(...)`: none in the text, none in the tree.
  const requires = root.text.includes('require');
  const mayRegisterHere = (name: string) => mayRegister(family, name);
  // Function literals bound to a group scope their parameter until the call's end.
  const scopeEnds: number[] = [];
  // String constants of the file (name → value, null once assigned twice or not a plain string), and
  // the routes whose path is a concatenation, resolved against them after the walk (a constant may
  // be declared below its use: Go package variables, Python module constants).
  const consts = new Map<string, string | null>();
  const assign = (name: Node | null | undefined, value: Node | null | undefined) => {
    if (name?.type !== 'identifier') return;
    const v = consts.has(name.text) || !value ? undefined : stringValue(value);
    consts.set(name.text, v ?? null);
  };
  const pending: Array<{ route: RawRoute; parts: PathPart[] }> = [];
  forEachNode(root, ROUTE_NODE_TYPES, (n, t) => {
    while (scopeEnds.length > 0 && n.startIndex >= scopeEnds[scopeEnds.length - 1]!) {
      scopeEnds.pop();
      scopes.pop();
    }
    // Imports.
    if (t === 'import_statement' || t === 'import_from_statement' || t === 'import_declaration' || t === 'import_spec') readImport(lang, n, out, addFrameworkOf);
    if ((t === 'lexical_declaration' || t === 'variable_declaration') && requires) readRequire(n, out, addFrameworkOf);
    if (t === 'lexical_declaration' || t === 'variable_declaration') {
      for (const d of n.namedChildren) if (d?.type === 'variable_declarator') assign(field(d, 'name'), field(d, 'value'));
    } else if (t === 'assignment' || t === 'augmented_assignment' || t === 'assignment_expression') {
      assign(field(n, 'left'), t === 'augmented_assignment' ? null : field(n, 'right'));
    } else if (t === 'const_spec' || t === 'var_spec' || t === 'short_var_declaration' || t === 'assignment_statement') {
      // Go: `const a, b = "/x", "/y"`, `base := "/x"`; names and values pair up.
      const names = t === 'const_spec' || t === 'var_spec' ? n.childrenForFieldName('name') : named(field(n, 'left'));
      const values = named(field(n, t === 'const_spec' || t === 'var_spec' ? 'value' : 'right'));
      names.forEach((nm, i) => assign(nm, values.length === names.length ? values[i] : null));
    }
    // Exports (JS).
    if (t === 'export_statement' && n.text.startsWith('export default')) {
      const v = field(n, 'value') ?? field(n, 'declaration');
      if (v?.type === 'identifier') out.defaultExport = v.text;
    }
    if (t === 'export_statement' && family === 'js' && n.parent?.type === 'program') readExport(n, out);
    if (t === 'assignment_expression' && field(n, 'left')?.text === 'module.exports') {
      const r = field(n, 'right');
      if (r?.type === 'identifier') out.defaultExport = r.text;
    }
    // Literals.
    if (STRING_TYPES.has(t)) {
      const s = stringValue(n, t);
      if (s !== undefined && lits.size < MAX_LITERALS && pathLike(s)) lits.add(s);
    }
    // Classes with decorators/annotations: NestJS controllers, Spring controllers.
    if (t === 'class_declaration' || t === 'class_definition' || t === 'abstract_class_declaration') readControllerClass(lang, n, out);
    // Calls.
    const call = CALL_TYPES.has(t) ? callInfo(lang, n, t, mayRegisterHere) : undefined;
    if (call) {
      const r = readCall(lang, family, n, call, out, resolveRecv);
      if (r?.scopeParam) {
        const fnLit = call.args.find((a) => a.node.type === 'func_literal' || a.node.type === 'arrow_function' || a.node.type === 'function_expression' || a.node.type === 'function');
        const param = fnLit ? firstParam(fnLit.node) : undefined;
        if (param) {
          const name = `${param}@${++synthetic}`;
          out.routers.push({ name, kind: 'router', prefix: r.scopeParam.prefix, parent: r.scopeParam.parent, line: n.startPosition.row + 1 });
          scopes.push(new Map([[param, name]]));
          scopeEnds.push(n.endIndex);
        }
      }
    }
  });
  for (const { route, parts } of pending) {
    // Its literal pieces are parts of a route path, not paths of their own (`'/v2' + '/health'`).
    for (const p of parts) if ('s' in p) lits.delete(p.s);
    const r = resolvePath(parts, consts);
    if (!r) continue;
    if (!r.unknownPrefix && CATCH_ALL.test(r.path)) out.catchAll = true;
    out.routes.push({ ...route, ...r });
  }
  // A path registered as a route here is judged by the route model with its prefixes, not as a
  // mere literal (else `router.get('/live')` under `/internal` would "serve" `/live`).
  for (const r of out.routes) {
    lits.delete(r.path);
    lits.delete(r.path.replace(/^\//, ''));
  }
  for (const r of out.routers) lits.delete(r.prefix);
  for (const m of out.mounts) lits.delete(m.prefix.replace(/^\//, ''));
  out.literals = [...lits];
  return out;

  function readCall(lang: Lang, family: string, n: Node, call: CallInfo, out: FileRoutes, recvOf: (s: string) => string): { scopeParam?: { prefix: string; parent: string } } | undefined {
    const name = call.name;
    const lname = name.toLowerCase();
    const ctorName = call.obj ? `${call.obj}.${name}` : name;
    const isCtor = !!(APP_CTORS[family]?.test(name) || APP_CTORS[family]?.test(ctorName) || ROUTER_CTORS[family]?.test(name) || ROUTER_CTORS[family]?.test(ctorName));
    const listening = listenPort(family, call);
    if (listening !== undefined) {
      if ((out.listens ??= []).length < 20 && !out.listens.includes(listening)) out.listens.push(listening);
      return undefined;
    }
    // Fast exits, same outcome as the branches below: a call of another name, or a route-verb
    // call on an HTTP client or a map (`requests.get`, `os.environ.get`), registers nothing.
    if (!isCtor && !CALL_NAMES.has(name) && (!VERBS.has(lname) || call.obj === undefined || HTTP_CLIENTS.test(call.obj))) return undefined;
    const target = assignedTo(n);
    const line = n.startPosition.row + 1;
    const firstStr = call.args.find((a) => a.key === undefined)?.str;
    const kw = (k: string) => call.args.find((a) => a.key === k)?.str;
    // App and router constructors.
    if (target && (APP_CTORS[family]?.test(name) || APP_CTORS[family]?.test(ctorName))) {
      if (family !== 'go' || /^(gin|echo|chi|fiber|mux|http|httprouter)$/.test(call.obj ?? '')) {
        out.routers.push({ name: target, kind: 'app', prefix: '', line });
        return undefined;
      }
    }
    if (target && (ROUTER_CTORS[family]?.test(name) || ROUTER_CTORS[family]?.test(ctorName))) {
      const prefix = kw('prefix') ?? kw('url_prefix') ?? objectProp(call.args[0]?.node, 'prefix') ?? '';
      out.routers.push({ name: target, kind: 'router', prefix, line });
      return undefined;
    }
    // Go groups: `v1 := r.Group("/v1")`, `s := r.PathPrefix("/api").Subrouter()`, echo/fiber Group.
    if (family === 'go' && call.obj !== undefined) {
      if ((name === 'Group' || name === 'Route') && firstStr !== undefined) {
        const parent = recvOf(call.obj);
        if (target) out.routers.push({ name: target, kind: 'router', prefix: firstStr, parent, line });
        return { scopeParam: { prefix: firstStr, parent } };
      }
      if (name === 'Subrouter' && call.objNode) {
        const inner = callInfo(lang, call.objNode);
        if (inner?.name === 'PathPrefix' && inner.obj && target) {
          out.routers.push({ name: target, kind: 'router', prefix: inner.args[0]?.str ?? '', parent: recvOf(inner.obj), line });
        }
        return undefined;
      }
      if (name === 'Mount' && firstStr !== undefined) {
        const child = call.args[1]?.node;
        out.mounts.push({ parent: recvOf(call.obj), child: child?.type === 'identifier' ? child.text : '', prefix: firstStr, line, ...(child?.type === 'identifier' ? {} : { opaque: true }) });
        return undefined;
      }
      if (name === 'NoRoute' || name === 'NotFound') return undefined;
      if (name === 'PathPrefix' && firstStr !== undefined && n.parent?.type !== 'selector_expression') {
        out.mounts.push({ parent: recvOf(call.obj), child: '', prefix: firstStr, line, opaque: true });
        return undefined;
      }
    }
    // Mounts: FastAPI include_router, Flask register_blueprint, Express/Koa use, Hono route, Fastify register.
    if (call.obj !== undefined && (name === 'include_router' || name === 'register_blueprint')) {
      const child = call.args.find((a) => a.key === undefined)?.node;
      out.mounts.push({ parent: recvOf(call.obj), child: child?.text ?? '', prefix: kw('prefix') ?? kw('url_prefix') ?? '', line });
      return undefined;
    }
    // Express `app.route('/book').get(h)` is a route, not a mount (Hono's `app.route('/api', sub)` is).
    const jsPos = call.args.filter((a) => a.key === undefined);
    const expressRoute = family === 'js' && name === 'route' && !(jsPos.length >= 2 && jsPos[0]!.str !== undefined);
    if (call.obj !== undefined && family === 'js' && !expressRoute && (name === 'use' || name === 'route' || name === 'register' || name === 'mount')) {
      const pos = jsPos;
      const prefix = name === 'register' ? objectProp(pos[1]?.node, 'prefix') ?? '' : pos[0]?.str ?? '';
      const childArgs = name === 'register' ? pos.slice(0, 1) : pos[0]?.str !== undefined ? pos.slice(1) : pos;
      for (const c of childArgs) {
        // `router.routes()` (Koa) mounts `router`.
        const childInfo = callInfo(lang, c.node);
        const child = c.node.type === 'identifier' ? c.node.text : childInfo?.name === 'routes' && childInfo.obj ? childInfo.obj : undefined;
        if (child) out.mounts.push({ parent: recvOf(call.obj), child, prefix, line });
        // Static files (`express.static('public')`, serve-static, sirv): whatever the folder holds is served under the prefix.
        else if (pos[0]?.str !== undefined || /^(?:static|serveStatic|sirv)$/.test(childInfo?.name ?? '')) out.mounts.push({ parent: recvOf(call.obj), child: '', prefix, line, opaque: true });
      }
      return undefined;
    }
    if (name === 'setGlobalPrefix' && firstStr !== undefined) {
      out.globalPrefix = firstStr;
      return undefined;
    }
    if (name === 'enableVersioning' && family === 'js') {
      out.versioning ??= line;
      return undefined;
    }
    // Django / Starlette: path('x/', view), re_path(r'^x$', view), include('mod.urls'), Route('/x', ep), Mount('/x', routes=[...]).
    if (call.obj === undefined || call.obj === 'urls' || call.obj === 'routing') {
      if ((name === 'path' || name === 're_path' || name === 'url') && firstStr !== undefined && family === 'python') {
        const inc = call.args[1] ? callInfo(lang, call.args[1].node) : undefined;
        const path = djangoPath(firstStr, name !== 'path');
        if (inc?.name === 'include') {
          // include('mod.urls'), or include(('mod.urls', 'namespace')): the module is the tuple's first item.
          const first = inc.args[0];
          const mod = first?.str ?? (first && (first.node.type === 'tuple' || first.node.type === 'list') ? stringValue(named(first.node)[0] ?? null) : undefined);
          out.mounts.push({ parent: '', child: mod ?? '', prefix: path, line, module: true, ...(mod ? {} : { opaque: true }) });
        } else out.routes.push({ recv: '', path, method: 'ANY', line, framework: 'django' });
        return undefined;
      }
      if ((name === 'Route' || name === 'WebSocketRoute') && firstStr !== undefined && family === 'python') {
        out.routes.push({ recv: '', path: firstStr, method: 'ANY', line, framework: 'starlette' });
        return undefined;
      }
      if (name === 'Mount' && firstStr !== undefined && family === 'python') {
        out.mounts.push({ parent: '', child: '', prefix: firstStr, line, opaque: !call.args.some((a) => a.key === 'routes') });
        return undefined;
      }
    }
    // Route registrations on a receiver.
    if (call.obj === undefined) return undefined;
    const recv = recvOf(call.obj);
    if (HTTP_CLIENTS.test(call.obj) || HTTP_CLIENTS.test(recv)) return undefined;
    let path = firstStr ?? (family === 'js' && lname === 'route' ? objectProp(call.args[0]?.node, 'url') ?? objectProp(call.args[0]?.node, 'path') : undefined);
    if (path === undefined) {
      // `app.get(PREFIX + '/health')`, `${base}/health`, f"{API}/health", fmt.Sprintf("%s/health", b):
      // resolved against the file's constants once the walk has seen them all.
      const first = call.args.find((a) => a.key === undefined)?.node;
      const parts = first && VERBS.has(lname) && family !== 'java' ? pathParts(first) : undefined;
      if (parts) {
        const method = lname === 'route' || lname === 'handle' || lname === 'handlefunc' || lname === 'api_route' || lname === 'any' || lname === 'all' ? 'ANY' : name.toUpperCase();
        pending.push({ route: { recv: call.obj === 'http' && family === 'go' ? 'http' : recv, path: '', method, line, framework: family }, parts });
      }
      return undefined;
    }
    if (!VERBS.has(lname)) return undefined;
    // Java: only annotations make routes; a `.get("/x")` call is a client or a map.
    if (family === 'java') return undefined;
    // Go 1.22 patterns carry the method: "GET /health".
    let method = lname === 'route' || lname === 'handle' || lname === 'handlefunc' || lname === 'api_route' || lname === 'any' || lname === 'all' ? 'ANY' : name.toUpperCase();
    // Flask/FastAPI `route("/", methods=["POST"])`: the methods listed, GET when it is one of them.
    const listed = method === 'ANY' ? call.args.find((a) => a.key === 'methods')?.node.text : undefined;
    if (listed !== undefined) {
      const verbs = [...listed.matchAll(/["']([A-Za-z]+)["']/g)].map((m) => m[1]!.toUpperCase()).slice(0, 10);
      if (verbs.length > 0) method = verbs.includes('GET') ? 'GET' : verbs[0]!;
    }
    const gm = /^([A-Z]+)\s+(\/.*)$/.exec(path);
    if (gm) {
      method = gm[1]!;
      path = gm[2]!;
    }
    // Go: `mux.HandleFunc("/x", h)` on a mux, http.HandleFunc on the default mux.
    if (!path.startsWith('/') && path !== '' && !(family === 'js' && path === '*')) return undefined;
    if (CATCH_ALL.test(path)) out.catchAll = true;
    out.routes.push({ recv: call.obj === 'http' && family === 'go' ? 'http' : recv, path, method, line, framework: family, ...(family === 'python' && constantHandler(n) ? { constant: true as const } : {}) });
    return undefined;
  }
}

/** A literal made only of literals (bounded): a string, a number, a boolean, None, or a dict/list/tuple of them. */
function isLiteral(n: Node | null, depth = 0): boolean {
  if (!n || depth > 4) return false;
  if (['string', 'integer', 'float', 'true', 'false', 'none', 'concatenated_string'].includes(n.type)) return !n.namedChildren.some((c) => c?.type === 'interpolation');
  if (n.type === 'dictionary') return n.namedChildren.length <= 20 && n.namedChildren.every((c) => c?.type === 'pair' && isLiteral(c.childForFieldName('key'), depth + 1) && isLiteral(c.childForFieldName('value'), depth + 1));
  if (n.type === 'list' || n.type === 'tuple') return n.namedChildren.length <= 20 && n.namedChildren.every((c) => isLiteral(c, depth + 1));
  // `jsonify({...})`, `JSONResponse({...}, status_code=200)`: a response of a constant.
  if (n.type === 'call' && /^(?:jsonify|make_response|Response|JSONResponse|PlainTextResponse|HTMLResponse|ORJSONResponse)$/.test(n.childForFieldName('function')?.text.split('.').pop() ?? '')) {
    const args = n.childForFieldName('arguments')?.namedChildren ?? [];
    return args.length <= 4 && args.every((a) => (a?.type === 'keyword_argument' ? isLiteral(a.childForFieldName('value'), depth + 1) : isLiteral(a, depth + 1)));
  }
  return false;
}

/** A Python route decorator's function: no parameters, and its body (a docstring aside) is one `return <literal>`. */
function constantHandler(call: Node): boolean {
  const deco = call.parent;
  if (deco?.type !== 'decorator') return false;
  const fn = deco.parent?.childForFieldName('definition');
  if (fn?.type !== 'function_definition' || (fn.childForFieldName('parameters')?.namedChildren.length ?? 1) > 0) return false;
  const body = (fn.childForFieldName('body')?.namedChildren ?? []).filter((c): c is Node => !!c && c.type !== 'comment' && !(c.type === 'expression_statement' && c.namedChildren[0]?.type === 'string'));
  return body.length === 1 && body[0]!.type === 'return_statement' && isLiteral(body[0]!.namedChildren[0] ?? null);
}

/** A piece of a route path expression: literal text, a name to look up among the file's constants, or unknown. */
type PathPart = { s: string } | { ref: string } | { unknown: true };

const CONCAT_TYPES = new Set(['binary_expression', 'binary_operator']);
/** Attribute constants (`settings.API_V1_STR`) are looked up by their name only when it is written as a constant. */
const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$/;

/**
 * The parts of a path written as a concatenation or an interpolation, undefined for anything else
 * (a plain string is read by stringValue; a call, a variable alone are not paths we can judge).
 * Recursion is over the expression only (`a + b + "/x"`), bounded by `depth`.
 */
function pathParts(n: Node, depth = 0): PathPart[] | undefined {
  const t = n.type;
  if (CONCAT_TYPES.has(t) && depth < 8) {
    if (field(n, 'operator')?.text !== '+') return undefined;
    const l = field(n, 'left');
    const r = field(n, 'right');
    if (!l || !r) return undefined;
    return [...(pathParts(l, depth + 1) ?? [exprPart(l)]), ...(pathParts(r, depth + 1) ?? [exprPart(r)])];
  }
  if (t === 'template_string' || (t === 'string' && /^[rRbBuU]*[fF][rR]?["']/.test(n.text))) {
    const parts: PathPart[] = [];
    for (const c of n.namedChildren) {
      if (!c) continue;
      if (c.type === 'string_content' || c.type === 'string_fragment' || c.type === 'escape_sequence') parts.push({ s: c.text });
      else if (c.type === 'interpolation' || c.type === 'template_substitution') {
        const e = field(c, 'expression') ?? c.namedChildren[0];
        parts.push(e ? exprPart(e) : { unknown: true });
      }
    }
    return parts;
  }
  const s = stringValue(n, t);
  if (s !== undefined) return depth > 0 ? [{ s }] : undefined;
  // Go `fmt.Sprintf("%s/health", base)`: only `%s` verbs, one argument each.
  if (t === 'call_expression' && field(n, 'function')?.text === 'fmt.Sprintf') {
    const args = named(field(n, 'arguments'));
    const format = stringValue(args[0] ?? null);
    if (format === undefined || /%[^s]/.test(format.replace(/%s/g, ''))) return undefined;
    const pieces = format.split('%s');
    if (pieces.length !== args.length) return undefined;
    return pieces.flatMap((p, i) => (i === 0 ? [{ s: p }] : [exprPart(args[i]!), { s: p }]));
  }
  return undefined;
}

function exprPart(n: Node): PathPart {
  const s = stringValue(n);
  if (s !== undefined) return { s };
  if (n.type === 'identifier') return { ref: n.text };
  const last = n.type === 'attribute' ? field(n, 'attribute') : n.type === 'member_expression' ? field(n, 'property') : n.type === 'selector_expression' ? field(n, 'field') : null;
  return last && CONSTANT_NAME.test(last.text) ? { ref: last.text } : { unknown: true };
}

/**
 * A path from its parts: exact when every name is a string constant of the file; else the literal
 * tail after the last unknown part, marked `unknownPrefix` — kept only when it is a path of its own
 * (`/x`: a bare `/` after an unknown prefix would match every path).
 */
function resolvePath(parts: PathPart[], consts: ReadonlyMap<string, string | null>): { path: string; unknownPrefix?: true } | undefined {
  let text = '';
  let unknown = false;
  for (const p of parts) {
    const v = 's' in p ? p.s : 'ref' in p ? consts.get(p.ref) : undefined;
    if (typeof v === 'string') text += v;
    else {
      unknown = true;
      text = '';
    }
  }
  if (!text.startsWith('/') && !(text === '' && !unknown)) return undefined;
  if (!unknown) return { path: text === '' ? '/' : text };
  return stripTrailingSlashes(text) === '' ? undefined : { path: text, unknownPrefix: true };
}

function firstParam(fn: Node): string | undefined {
  const params = field(fn, 'parameters');
  const first = named(params)[0];
  if (!first) return undefined;
  if (first.type === 'identifier') return first.text;
  const nm = field(first, 'name') ?? field(first, 'pattern');
  if (nm) return nm.text;
  const id = first.namedChildren.find((c) => c?.type === 'identifier');
  return id?.text;
}

/** `{ prefix: '/x' }` → '/x'. */
function objectProp(n: Node | undefined, key: string): string | undefined {
  if (!n || n.type !== 'object') return undefined;
  for (const p of n.namedChildren) {
    if (p?.type !== 'pair') continue;
    const k = field(p, 'key');
    const kt = k ? (stringValue(k) ?? k.text) : undefined;
    if (kt === key) return stringValue(field(p, 'value'));
  }
  return undefined;
}

/** Django route strings: `health/` and `^health/?$` as URL paths (`<int:id>` kept as a parameter). */
function djangoPath(p: string, regex: boolean): string {
  let s = p;
  if (regex) {
    s = s.replace(/^\^/, '').replace(/\$$/, '').replace(/\/\?$/, '/').replace(/\(\?P<(\w+)>[^)]*\)/g, '<$1>');
    if (/[()[\]|+*?\\]/.test(s)) return `/${s.replace(/[()[\]|+*?\\].*$/, '')}*`;
  }
  return `/${s}`;
}

function readImport(lang: Lang, n: Node, out: FileRoutes, addFramework: (m: string) => void): void {
  if (lang === 'python') {
    if (n.type === 'import_from_statement') {
      const mod = field(n, 'module_name')?.text ?? '';
      addFramework(mod);
      for (const c of n.namedChildren) {
        if (!c || c === field(n, 'module_name')) continue;
        if (c.type === 'dotted_name') out.imports.push({ local: c.text, module: mod, attr: c.text });
        else if (c.type === 'aliased_import') {
          const nm = field(c, 'name')?.text;
          const alias = field(c, 'alias')?.text;
          if (nm && alias) out.imports.push({ local: alias, module: mod, attr: nm });
        }
      }
    } else if (n.type === 'import_statement') {
      for (const c of n.namedChildren) {
        if (c?.type === 'dotted_name') {
          addFramework(c.text);
          out.imports.push({ local: c.text, module: c.text });
        } else if (c?.type === 'aliased_import') {
          const nm = field(c, 'name')?.text;
          const alias = field(c, 'alias')?.text;
          if (nm) addFramework(nm);
          if (nm && alias) out.imports.push({ local: alias, module: nm });
        }
      }
    }
    return;
  }
  if (lang === 'go') {
    if (n.type !== 'import_spec') return;
    const p = stringValue(field(n, 'path'));
    if (p) addFramework(p);
    return;
  }
  if (lang === 'java') {
    if (n.type === 'import_declaration') addFramework(n.text.replace(/^import\s+(static\s+)?/, '').replace(/;\s*$/, ''));
    return;
  }
  if (n.type !== 'import_statement') return;
  const src = stringValue(field(n, 'source'));
  if (!src) return;
  addFramework(src);
  const clause = n.namedChildren.find((c) => c?.type === 'import_clause');
  for (const c of named(clause ?? null)) {
    if (c.type === 'identifier') out.imports.push({ local: c.text, module: src, attr: 'default' });
    else if (c.type === 'named_imports') {
      for (const s of c.namedChildren) {
        if (s?.type !== 'import_specifier') continue;
        const nm = field(s, 'name')?.text;
        const alias = field(s, 'alias')?.text;
        if (nm) out.imports.push({ local: alias ?? nm, module: src, attr: nm });
      }
    } else if (c.type === 'namespace_import') {
      const id = c.namedChildren.find((x) => x?.type === 'identifier');
      if (id) out.imports.push({ local: id.text, module: src });
    }
  }
}

const MAX_EXPORTS = 200;

/** A top-level export statement: the names it exports, or what it passes on from another module. */
function readExport(n: Node, out: FileRoutes): void {
  const names = (out.exports ??= []);
  const add = (name: string) => {
    if (names.length < MAX_EXPORTS && !names.includes(name)) names.push(name);
  };
  if (n.text.startsWith('export default')) return add('default');
  const source = stringValue(field(n, 'source'));
  const clause = n.namedChildren.find((c) => c?.type === 'export_clause');
  if (source !== undefined) {
    const re = (out.reexports ??= []);
    if (re.length >= MAX_EXPORTS) return;
    if (!clause) {
      // `export * from './x'`; `export * as ns from './x'` exports one namespace, no router of its own.
      const ns = n.namedChildren.find((c) => c?.type === 'namespace_export')?.namedChildren[0]?.text;
      if (ns) add(ns);
      else re.push({ name: '*', as: '*', module: source });
      return;
    }
    for (const s of named(clause)) {
      const nm = field(s, 'name')?.text;
      if (!nm) continue;
      const as = field(s, 'alias')?.text ?? nm;
      re.push({ name: nm, as, module: source });
      add(as);
    }
    return;
  }
  if (clause) {
    for (const s of named(clause)) {
      const nm = field(s, 'alias')?.text ?? field(s, 'name')?.text;
      if (nm) add(nm);
    }
    return;
  }
  const d = field(n, 'declaration');
  if (!d) return;
  if (d.type === 'lexical_declaration' || d.type === 'variable_declaration') {
    for (const v of named(d)) if (v.type === 'variable_declarator' && field(v, 'name')?.type === 'identifier') add(field(v, 'name')!.text);
  } else {
    const nm = field(d, 'name')?.text;
    if (nm) add(nm);
  }
}

/** `const x = require('./x')` and `const { a } = require('express')`. */
function readRequire(n: Node, out: FileRoutes, addFramework: (m: string) => void): void {
  for (const d of n.namedChildren) {
    if (d?.type !== 'variable_declarator') continue;
    let v = field(d, 'value');
    // `require('fastify')()`: the required module's factory, called at once.
    if (v?.type === 'call_expression' && field(v, 'function')?.type === 'call_expression') v = field(v, 'function');
    if (v?.type !== 'call_expression' || field(v, 'function')?.text !== 'require') continue;
    const src = stringValue(named(field(v, 'arguments'))[0] ?? null);
    if (!src) continue;
    addFramework(src);
    const nm = field(d, 'name');
    if (nm?.type === 'identifier') out.imports.push({ local: nm.text, module: src, attr: 'default' });
  }
}

const NEST_VERBS = /^(Get|Post|Put|Delete|Patch|Head|Options|All)$/;
const SPRING_VERBS = /^(Get|Post|Put|Delete|Patch|Request)Mapping$/;

/** NestJS `@Controller('x')` + `@Get('y')`, Spring `@RequestMapping("/x")` + `@GetMapping("/y")`. */
function readControllerClass(lang: Lang, cls: Node, out: FileRoutes): void {
  if (lang === 'java') {
    const mods = cls.namedChildren.find((c) => c?.type === 'modifiers');
    const classMaps = annotations(mods ?? null).filter((a) => a.name === 'RequestMapping');
    const prefixes = classMaps.length > 0 ? classMaps.flatMap((a) => (a.paths.length > 0 ? a.paths : [''])) : [''];
    const body = field(cls, 'body');
    for (const m of named(body)) {
      if (m.type !== 'method_declaration') continue;
      const mm = m.namedChildren.find((c) => c?.type === 'modifiers');
      for (const a of annotations(mm ?? null)) {
        if (!SPRING_VERBS.test(a.name)) continue;
        const method = a.name === 'RequestMapping' ? 'ANY' : a.name.replace('Mapping', '').toUpperCase();
        for (const pre of prefixes) for (const p of a.paths.length > 0 ? a.paths : ['']) out.routes.push({ recv: '', path: joinRoute(pre, p), method, line: m.startPosition.row + 1, framework: 'spring' });
      }
    }
    return;
  }
  if (lang !== 'typescript' && lang !== 'tsx' && lang !== 'javascript') return;
  const decos = cls.namedChildren.filter((c) => c?.type === 'decorator') as Node[];
  // Decorators before `export class` sit on the export statement.
  if (cls.parent?.type === 'export_statement') decos.push(...(cls.parent.namedChildren.filter((c) => c?.type === 'decorator') as Node[]));
  const ctrl = decos.map((d) => decoratorCall(d)).find((d) => d?.name === 'Controller');
  if (!ctrl) return;
  const prefix = ctrl.arg ?? '';
  const body = field(cls, 'body');
  for (const m of named(body)) {
    if (m.type !== 'decorator') continue;
    const d = decoratorCall(m);
    if (!d || !NEST_VERBS.test(d.name)) continue;
    out.routes.push({ recv: '', path: joinRoute(prefix, d.arg ?? ''), method: d.name === 'All' ? 'ANY' : d.name.toUpperCase(), line: m.startPosition.row + 1, framework: 'nestjs' });
  }
}

function decoratorCall(d: Node): { name: string; arg?: string } | undefined {
  const c = d.namedChildren[0];
  if (!c) return undefined;
  if (c.type === 'identifier') return { name: c.text };
  if (c.type !== 'call_expression') return undefined;
  const fn = field(c, 'function');
  const a0 = named(field(c, 'arguments'))[0];
  const arg = a0 ? (stringValue(a0) ?? objectProp(a0, 'path')) : undefined;
  return { name: fn?.text ?? '', ...(arg !== undefined ? { arg } : {}) };
}

function annotations(mods: Node | null): Array<{ name: string; paths: string[] }> {
  const out: Array<{ name: string; paths: string[] }> = [];
  for (const a of named(mods)) {
    if (a.type !== 'annotation' && a.type !== 'marker_annotation') continue;
    const name = field(a, 'name')?.text ?? '';
    const paths: string[] = [];
    for (const arg of named(field(a, 'arguments'))) {
      if (arg.type === 'element_value_pair') {
        const k = field(arg, 'key')?.text;
        if (k === 'value' || k === 'path') paths.push(...stringsIn(field(arg, 'value')));
      } else paths.push(...stringsIn(arg));
    }
    out.push({ name, paths });
  }
  return out;
}

function stringsIn(n: Node | null): string[] {
  if (!n) return [];
  const s = stringValue(n);
  if (s !== undefined) return [s];
  if (n.type === 'element_value_array_initializer') return named(n).flatMap((c) => stringsIn(c));
  return [];
}

/**
 * A string without its trailing slashes. A loop, not `/\/+$/`: that regex restarts at every slash of
 * a run that does not end the string, quadratic on a route literal of many slashes (50,000: 0.9 s).
 */
export function stripTrailingSlashes(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 47) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Joins route segments with exactly one slash between them. */
export function joinRoute(...parts: string[]): string {
  const segs = parts.filter((p) => p !== '' && p !== '/').map((p) => stripTrailingSlashes(p.replace(/^\/+/, '')));
  const joined = '/' + segs.filter(Boolean).join('/');
  const last = parts[parts.length - 1] ?? '';
  return last.length > 1 && last.endsWith('/') && joined !== '/' ? `${joined}/` : joined;
}
