// ASP.NET Core routes of a C# file, as route facts (extract.ts) for the route model: minimal APIs
// (`app.MapGet("/x", ...)`, `MapGroup` prefixes through variables and chains, `MapHealthChecks`,
// `UseEndpoints(e => e.MapGet(...))`) and attribute-routed controllers (`[Route("api/[controller]")]`
// on the class, `[HttpGet("{id}")]` / `[Route("x")]` on actions, `~/` and `/` templates absolute).
// Routes registered on the app (`var app = builder.Build()`) or on a controller are anchored; on a
// parameter or anything else, only their tail is known. ASP.NET Core matches paths case-insensitively
// (routeModel marks these routes `nocase`). Conventional routing (`MapControllerRoute`), Razor Pages
// and fallbacks may answer any path: the file is a catch-all.
import type { Node } from 'web-tree-sitter';
import { syntaxTree } from '../../syntax/index.js';
import { forEachNode } from '../../syntax/walk.js';
import type { SourceFile } from '../../workspace/source-file.js';
import { field, joinRoute, type FileRoutes, type RawRoute } from './extract.js';
import { optionalTails } from './templates.js';

/** Facts only stacks outside extract.ts have; routeModel (index.ts) applies them to the service. */
export interface StackFacts {
  /** `app.UsePathBase("/x")`: every route is also served under this base. */
  pathBase?: string;
  /** Health libraries declared in code (`AddHealthChecks()` without a visible `MapHealthChecks`). */
  healthModules?: Array<{ name: string; paths: string[] }>;
  /**
   * An extension method of the app that maps endpoints from code the model does not read
   * (`app.MapMinimalEndpoints()` scanning the assembly, a shared project's `MapServiceDefaults()`):
   * the service's routes are then not all read.
   */
  unreadEndpoints?: { call: string; line: number };
}

export type DotnetRoutes = FileRoutes & StackFacts;

/** The synthetic router of the app root: routes registered on it are anchored (model.ts prefixOf). */
export const ROOT = '@aspnet';
const FRAMEWORK = 'aspnetcore';

// Maps, not object literals: a call named `constructor` or `toString` must find nothing.
const VERB_MAPS = new Map(Object.entries({ MapGet: 'GET', MapPost: 'POST', MapPut: 'PUT', MapDelete: 'DELETE', MapPatch: 'PATCH', Map: 'ANY', MapMethods: 'ANY', MapHub: 'ANY', MapGraphQL: 'ANY', MapHealthChecks: 'GET', UseHealthChecks: 'ANY' }));
/** Calls that serve health checks at paths this file does not show. */
const HEALTH_CALLS = new Map([
  // .NET Aspire's ServiceDefaults template: MapHealthChecks("/health") and ("/alive"), in development unless changed.
  ['MapDefaultEndpoints', 'MapDefaultEndpoints (.NET Aspire service defaults: /health, /alive)'],
  ['MapGrpcHealthChecksService', 'gRPC health checks service'],
]);
/** Conventional routing, Razor Pages and components, fallbacks, reverse proxies and SPA/static hosting answer paths no template lists. */
const CATCH_ALL_MAPS = /^(?:MapFallback\w*|MapControllerRoute|MapDefaultControllerRoute|MapAreaControllerRoute|MapRazorPages|MapBlazorHub|MapRazorComponents|MapReverseProxy|UseSpa|UseDefaultFiles|UseFileServer)$/;
/** A `Map…` call this file does not read: an extension method that may map any endpoint. */
const OTHER_MAP = /^Map[A-Z]\w*$/;
/** The framework's and common libraries' own `Map…` calls that map no route of the app's (or are read elsewhere). */
const NOT_ENDPOINTS: ReadonlySet<string> = new Set(['MapGroup', 'MapControllers', 'MapStaticAssets', 'MapOpenApi', 'MapSwagger', 'MapScalarApiReference', 'MapGrpcService', 'MapGrpcReflectionService', 'MapPrometheusScrapingEndpoint', 'MapMetrics', 'MapIdentityApi', 'MapInboundClaims', 'MapHealthChecksUI', 'MapHangfireDashboard', 'MapConnections', 'MapConnectionHandler']);
/** Calls that configure an endpoint or a group and return it: the chain keeps its prefix. */
const FLUENT = /^(?:With|Require|Add|Allow|Disable|Exclude|Produces|Accepts|Cache|ShortCircuit|Has)\w*$/;
const HTTP_ATTRS = new Map(Object.entries({ HttpGet: 'GET', HttpPost: 'POST', HttpPut: 'PUT', HttpDelete: 'DELETE', HttpPatch: 'PATCH', HttpHead: 'HEAD', HttpOptions: 'OPTIONS', AcceptVerbs: 'ANY' }));
const TYPES: ReadonlySet<string> = new Set(['invocation_expression', 'class_declaration', 'variable_declarator', 'assignment_expression', 'string_literal', 'verbatim_string_literal']);
/** Cheap text test first: a C# file that names none of these registers no route. */
const MENTIONS = /\bMap\w*\s*[(<]|\b(?:Http(?:Get|Post|Put|Delete|Patch|Head|Options)|Route|AcceptVerbs)\b|\bUse(?:PathBase|HealthChecks|Endpoints|Spa|DefaultFiles|FileServer)\b|\bAddHealthChecks\b/;
const PATH_LIKE = /^\^?\/?[\w.\-/{}:<>*$?()~]+\/?\$?$/;

export function dotnetRoutesOf(f: SourceFile): DotnetRoutes | null {
  if (!MENTIONS.test(f.text)) return null;
  return f.memo('routes:aspnet', () => {
    const tree = syntaxTree(f, 'csharp');
    return tree ? extractDotnet(tree.rootNode, f.text.includes('WebApplication')) : null;
  });
}

/** A plain C# string literal's value ("x", @"x"); undefined for interpolated strings. */
function csString(n: Node | null | undefined): string | undefined {
  if (!n) return undefined;
  if (n.type === 'string_literal') {
    let out = '';
    for (const c of n.namedChildren) {
      if (!c) continue;
      if (c.type === 'string_literal_content' || c.type === 'escape_sequence') out += c.text;
      else return undefined;
    }
    return out;
  }
  if (n.type === 'verbatim_string_literal') return n.text.slice(2, -1);
  return undefined;
}

function args(inv: Node): Node[] {
  const list = field(inv, 'arguments');
  const out: Node[] = [];
  for (const a of list?.namedChildren ?? []) if (a?.type === 'argument') out.push(a.namedChildren.find((c) => c && c.type !== 'identifier_name' && c.type !== 'name_colon') ?? a);
  return out;
}

/** `X.Name(...)` → { recv: X, name }; `Name(...)` → { name }. */
function callee(inv: Node): { recv?: Node; name: string } | undefined {
  const fn = field(inv, 'function');
  if (!fn) return undefined;
  if (fn.type === 'member_access_expression') {
    const nm = field(fn, 'name');
    const name = nm?.type === 'generic_name' ? (nm.namedChildren[0]?.text ?? '') : (nm?.text ?? '');
    return { recv: field(fn, 'expression') ?? undefined, name };
  }
  if (fn.type === 'identifier') return { name: fn.text };
  if (fn.type === 'generic_name') return { name: fn.namedChildren[0]?.text ?? '' };
  return undefined;
}

export function extractDotnet(root: Node, webApplication: boolean): DotnetRoutes {
  const out: DotnetRoutes = { lang: 'csharp', frameworks: [], routes: [], routers: [], mounts: [], imports: [], literals: [], catchAll: false };
  const lits = new Set<string>();
  const consts = new Map<string, string | null>();
  // Paths are resolved after the walk: a constant may be declared below its use (a class's fields).
  const pending: Array<{ route: Omit<RawRoute, 'path'>; prefix: string; arg: Node | undefined; health: boolean }> = [];
  // Lambda parameters of `app.UseEndpoints(endpoints => ...)`: the app's root, until the lambda ends.
  const scopes: Array<{ param: string; end: number }> = [];
  let healthMapped = false;
  let healthAdded = false;

  /** What a receiver expression is: a variable (with the group prefixes of a chain after it) or unknown. */
  const receiver = (n: Node | undefined, depth = 0): { recv: string; prefix: string } | undefined => {
    if (!n || depth > 32) return undefined;
    if (n.type === 'identifier') {
      const scoped = scopes.find((s) => s.param === n.text);
      return { recv: scoped ? ROOT : n.text, prefix: '' };
    }
    if (n.type !== 'invocation_expression') return undefined;
    const c = callee(n);
    if (!c?.recv) return undefined;
    if (c.name === 'MapGroup') {
      const base = receiver(c.recv, depth + 1);
      const p = pathArg(args(n)[0]);
      return base && p !== undefined ? { recv: base.recv, prefix: joinRoute(base.prefix, p) } : undefined;
    }
    return FLUENT.test(c.name) ? receiver(c.recv, depth + 1) : undefined;
  };
  const isApp = (recv: string | undefined) => recv === ROOT || (recv !== undefined && out.routers.some((r) => r.kind === 'app' && r.name === recv));
  const pathArg = (a: Node | undefined): string | undefined => {
    if (!a) return undefined;
    const s = csString(a);
    if (s !== undefined) return s;
    const name = a.type === 'identifier' ? a.text : a.type === 'member_access_expression' ? field(a, 'name')?.text : undefined;
    const v = name === undefined ? undefined : consts.get(name);
    return v ?? undefined;
  };

  forEachNode(root, TYPES, (n, t) => {
    while (scopes.length > 0 && n.startIndex >= scopes[scopes.length - 1]!.end) scopes.pop();
    if (t === 'string_literal' || t === 'verbatim_string_literal') {
      const s = csString(n);
      if (s !== undefined && lits.size < 2000 && s.length > 1 && s.length < 120 && PATH_LIKE.test(s) && (s.includes('/') || /^[\w-]+$/.test(s))) lits.add(s);
      return;
    }
    if (t === 'variable_declarator' || t === 'assignment_expression') {
      const name = t === 'variable_declarator' ? field(n, 'name') : field(n, 'left');
      const value = t === 'variable_declarator' ? n.namedChildren.find((c) => c && c.type !== 'identifier' && c.type !== 'bracketed_argument_list') : field(n, 'right');
      if (name?.type !== 'identifier' || !value) return;
      const s = csString(value);
      consts.set(name.text, consts.has(name.text) || s === undefined ? null : s);
      if (value.type !== 'invocation_expression') return;
      const c = callee(value);
      const line = n.startPosition.row + 1;
      if (c?.name === 'Build' && webApplication) out.routers.push({ name: name.text, kind: 'app', prefix: '', line });
      else if (c?.name === 'Create' && c.recv?.text === 'WebApplication') out.routers.push({ name: name.text, kind: 'app', prefix: '', line });
      else if (c?.name === 'MapGroup' || (c && FLUENT.test(c.name))) {
        const r = receiver(value);
        if (r && r.recv !== name.text) out.routers.push({ name: name.text, kind: 'router', prefix: r.prefix, parent: r.recv, line });
      }
      return;
    }
    if (t === 'class_declaration') {
      readController(n, out);
      return;
    }
    // Invocations.
    const c = callee(n);
    if (!c) return;
    const line = n.startPosition.row + 1;
    if (c.name === 'AddHealthChecks') healthAdded = true;
    if (!c.recv) return;
    if (c.name === 'UseEndpoints') {
      const lambda = args(n)[0];
      const param = lambda?.type === 'lambda_expression' ? lambdaParam(lambda) : undefined;
      if (param) scopes.push({ param, end: lambda!.endIndex });
      return;
    }
    if (c.name === 'UsePathBase') {
      const p = pathArg(args(n)[0]);
      if (p !== undefined) out.pathBase = p;
      return;
    }
    const healthCall = HEALTH_CALLS.get(c.name);
    if (healthCall !== undefined) {
      healthMapped = true;
      (out.healthModules ??= []).push({ name: healthCall, paths: [] });
      return;
    }
    if (CATCH_ALL_MAPS.test(c.name)) {
      addFw(out);
      out.catchAll = true;
      return;
    }
    const method = VERB_MAPS.get(c.name);
    if (method === undefined) {
      if (OTHER_MAP.test(c.name) && !NOT_ENDPOINTS.has(c.name) && isApp(receiver(c.recv)?.recv)) out.unreadEndpoints ??= { call: c.name, line };
      return;
    }
    const health = c.name === 'MapHealthChecks' || c.name === 'UseHealthChecks';
    if (health) healthMapped = true;
    const r = receiver(c.recv);
    pending.push({ route: { recv: r?.recv ?? '', method, line, framework: FRAMEWORK, ...(r ? {} : { unknownPrefix: true as const }) }, prefix: r?.prefix ?? '', arg: args(n)[0], health });
  });
  for (const { route, prefix, arg, health } of pending) {
    const path = pathArg(arg);
    if (path === undefined) {
      // `MapHealthChecks(settings.Path)`: health checks are served, at a path this file does not say.
      if (health) (out.healthModules ??= []).push({ name: 'ASP.NET Core health checks', paths: [] });
      continue;
    }
    addFw(out);
    const full = normaliseTemplate(joinRoute(prefix, path));
    if (/^\/?\{\*{1,2}\w*\}$/.test(full)) out.catchAll = true;
    for (const p of optionalTails(full)) out.routes.push({ ...route, path: p });
  }
  if (out.routes.some((r) => r.recv === ROOT)) out.routers.push({ name: ROOT, kind: 'app', prefix: '', line: 1 });
  // Health checks registered, mapped nowhere this file shows (another file, or a library's own endpoint).
  if (healthAdded && !healthMapped) (out.healthModules ??= []).push({ name: 'ASP.NET Core health checks (AddHealthChecks)', paths: [] });
  for (const r of out.routes) {
    lits.delete(r.path);
    lits.delete(r.path.replace(/^\//, ''));
  }
  for (const r of out.routers) {
    lits.delete(r.prefix);
    lits.delete(r.prefix.replace(/^\//, ''));
  }
  out.literals = [...lits];
  return out;
}

function addFw(out: FileRoutes): void {
  if (!out.frameworks.includes(FRAMEWORK)) out.frameworks.push(FRAMEWORK);
}

function lambdaParam(lambda: Node): string | undefined {
  const p = field(lambda, 'parameters');
  if (!p) return undefined;
  if (p.type === 'identifier' || p.type === 'implicit_parameter') return p.text;
  const params = p.namedChildren.filter((c) => c?.type === 'parameter');
  return params.length === 1 ? (field(params[0]!, 'name')?.text ?? undefined) : undefined;
}

/** `{**slug}` (catch-all that keeps slashes) reads as `{*slug}`; `{id:int}`, `{id?}` stay parameters. */
function normaliseTemplate(p: string): string {
  return p.replace(/\{\*\*(\w*)\}/g, '{*$1}');
}

interface Attr {
  name: string;
  template?: string;
  /** The attribute has arguments, none of them a plain string template (a constant, nameof...). */
  opaque: boolean;
}

function attributesOf(n: Node): Attr[] {
  const out: Attr[] = [];
  for (const list of n.namedChildren) {
    if (list?.type !== 'attribute_list') continue;
    for (const a of list.namedChildren) {
      if (a?.type !== 'attribute') continue;
      const raw = field(a, 'name')?.text ?? '';
      const name = raw.slice(raw.lastIndexOf('.') + 1).replace(/Attribute$/, '');
      const argList = a.namedChildren.find((c) => c?.type === 'attribute_argument_list');
      const positional = (argList?.namedChildren ?? []).filter((x) => x?.type === 'attribute_argument' && !x.namedChildren.some((c) => c?.type === 'name_equals' || c?.type === 'name_colon'));
      // [AcceptVerbs("GET", "POST", Route = "x")]: the template is the named Route.
      const named = (argList?.namedChildren ?? []).find((x) => x?.type === 'attribute_argument' && x.namedChildren[0]?.type === 'name_equals' && x.namedChildren[0].text.replace(/\s/g, '').startsWith('Route='));
      const tplNode = name === 'AcceptVerbs' ? named?.namedChildren[1] : positional[0]?.namedChildren[0];
      const template = csString(tplNode);
      out.push({ name, ...(template !== undefined ? { template } : {}), opaque: template === undefined && tplNode !== undefined && tplNode !== null });
    }
  }
  return out;
}

/** How many `[Route]` prefixes of one controller class are applied to its actions. */
const MAX_CLASS_ROUTES = 8;

/** Attribute-routed controller actions of a class. */
function readController(cls: Node, out: FileRoutes): void {
  const attrs = attributesOf(cls);
  const className = field(cls, 'name')?.text ?? '';
  const body = field(cls, 'body');
  const methods = (body?.namedChildren ?? []).filter((m): m is Node => m?.type === 'method_declaration');
  const classRoutes = attrs.filter((a) => a.name === 'Route');
  const actions = methods.map((m) => ({ m, attrs: attributesOf(m) }));
  if (classRoutes.length === 0 && !actions.some((a) => a.attrs.some((x) => x.name === 'Route' || HTTP_ATTRS.has(x.name)))) return;
  const before = out.routes.length;
  const controller = className.replace(/Controller$/, '');
  // More prefixes than any controller has: its routes are known by their tails (prefixes × actions would grow with the square of the file).
  const tooMany = classRoutes.length > MAX_CLASS_ROUTES;
  const unknownClass = tooMany || classRoutes.some((a) => a.template === undefined);
  const prefixes = classRoutes.length > 0 && !tooMany ? classRoutes.map((a) => a.template ?? '') : [''];
  const isController = /Controller$/.test(className) || attrs.some((a) => a.name === 'ApiController' || a.name === 'Controller');
  for (const { m, attrs: mAttrs } of actions) {
    if (mAttrs.some((a) => a.name === 'NonAction')) continue;
    const action = (field(m, 'name')?.text ?? '').replace(/Async$/, '');
    const verbs = mAttrs.filter((a) => HTTP_ATTRS.has(a.name));
    const routes = mAttrs.filter((a) => a.name === 'Route');
    const templates: Array<{ tpl: string | undefined; method: string }> = [];
    for (const v of verbs) if (v.template !== undefined || v.opaque) templates.push({ tpl: v.template, method: HTTP_ATTRS.get(v.name)! });
    const verbOnly = verbs.filter((v) => v.template === undefined && !v.opaque);
    // Distinct methods (at most the 8 verbs): `[Route]`s × `[HttpGet]`s of one action stay linear.
    const methodsOf = verbOnly.length > 0 ? [...new Set(verbOnly.map((v) => HTTP_ATTRS.get(v.name)!))] : verbs.length === 0 ? ['ANY'] : [];
    for (const r of routes) for (const method of methodsOf) templates.push({ tpl: r.template, method });
    if (routes.length === 0 && templates.length === 0) {
      // `[HttpGet]` alone, or a public action, of an attribute-routed controller: the controller's route.
      // Without a [Route] on the class, `[HttpGet]` only constrains a conventional route (MVC): no path here.
      const isPublic = m.namedChildren.some((c) => c?.type === 'modifier' && c.text === 'public') && !m.namedChildren.some((c) => c?.type === 'modifier' && c.text === 'static');
      if (classRoutes.length > 0 && (verbOnly.length > 0 || (isController && isPublic))) for (const method of methodsOf) templates.push({ tpl: '', method });
    }
    const line = m.startPosition.row + 1;
    for (const { tpl, method } of templates) {
      if (tpl === undefined) continue; // a template this file does not spell out
      const absolute = tpl.startsWith('/') || tpl.startsWith('~/');
      const fill = (s: string) => s.replace(/\[controller\]/gi, controller).replace(/\[action\]/gi, action).replace(/\[area\]/gi, '{area}');
      for (const prefix of absolute ? [''] : prefixes) {
        const path = normaliseTemplate(fill(joinRoute(prefix, tpl.replace(/^~/, ''))));
        if (/^\/?\{\*{1,2}\w*\}$/.test(path)) out.catchAll = true;
        for (const p of optionalTails(path)) out.routes.push({ recv: ROOT, path: p, method, line, framework: FRAMEWORK, ...(unknownClass && !absolute ? { unknownPrefix: true as const } : {}) });
      }
    }
  }
  if (out.routes.length > before) addFw(out);
}
