// The names the Go/Python/JS route extractor acts on, shared by extractRoutes (extract.ts) and the
// fast paths that must know when a file holds none of them (fast-go.ts, fast-js.ts, fast-python.ts):
// one list and one test of it, so they cannot drift apart.

export const FRAMEWORK_IMPORTS: Array<[RegExp, string]> = [
  [/^(fastapi)(\.|$)/, 'fastapi'],
  [/^(starlette)(\.|$)/, 'starlette'],
  [/^(flask)(\.|$)/, 'flask'],
  [/^(quart|sanic|litestar|falcon|bottle|aiohttp)(\.|$)/, 'python-web'],
  [/^(django)(\.|$)/, 'django'],
  [/^(express|fastify|koa|@koa\/router|koa-router|hono|restify|@hapi\/hapi|polka|h3)(\/|$)/, 'node-web'],
  [/^@nestjs\/(common|core)$/, 'nestjs'],
  [/^github\.com\/(gin-gonic\/gin|labstack\/echo(\/v\d+)?|go-chi\/chi(\/v\d+)?|gofiber\/fiber(\/v\d+)?|gorilla\/mux|julienschmidt\/httprouter)$/, 'go-web'],
  [/^net\/http$/, 'net/http'],
  [/^org\.springframework\.web\.bind\.annotation/, 'spring'],
];

export const VERBS = new Set(['get', 'post', 'put', 'delete', 'patch', 'head', 'options', 'all', 'any', 'route', 'api_route', 'websocket', 'handle', 'handlefunc', 'path', 'method', 'match', 'on', 'add', 'add_route', 'add_api_route', 'handler']);

export const GO_LISTEN = new Set(['ListenAndServe', 'ListenAndServeTLS', 'Run', 'RunTLS', 'Start', 'StartTLS', 'Listen']);

/** Call names readCall acts on besides constructors and VERBS; any other call is none of its business. */
export const CALL_NAMES = new Set(['Group', 'Route', 'Subrouter', 'Mount', 'NoRoute', 'NotFound', 'PathPrefix', 'include_router', 'register_blueprint', 'use', 'route', 'register', 'mount', 'setGlobalPrefix', 'enableVersioning', 'path', 're_path', 'url', 'WebSocketRoute']);

/** App constructors, by language family, as written (a name, or `module.name`). */
const APP_CTOR_NAMES: Record<string, readonly string[]> = {
  python: ['FastAPI', 'Flask', 'Starlette', 'Quart', 'Sanic', 'Litestar', 'App'],
  js: ['express', 'Koa', 'koa', 'Hono', 'Fastify', 'fastify', 'polka', 'restify.createServer', 'createServer'],
  go: ['Default', 'New', 'NewRouter', 'NewServeMux', 'NewMux'],
};
/** Router constructors, likewise. */
const ROUTER_CTOR_NAMES: Record<string, readonly string[]> = {
  python: ['APIRouter', 'Blueprint', 'Router'],
  js: ['Router', 'express.Router', 'Hono'],
};
const wholeName = (names: readonly string[]) => new RegExp(`^(${names.map((n) => n.replace(/\./g, '\\.')).join('|')})$`);
const byFamily = (lists: Record<string, readonly string[]>) => Object.fromEntries(Object.entries(lists).map(([family, names]) => [family, wholeName(names)]));

export const APP_CTORS: Record<string, RegExp> = byFamily(APP_CTOR_NAMES);

/** The file's path-like literals kept, at most. */
export const MAX_LITERALS = 2000;

/** A string literal kept among a file's path-like literals (`/health`, `api/v1`, `health`). */
export function pathLike(s: string): boolean {
  return s.length > 1 && s.length < 120 && /^\^?\/?[\w.\-/{}:<>*$?()]+\/?\$?$/.test(s) && (s.includes('/') || /^[\w-]+$/.test(s));
}

export const ROUTER_CTORS: Record<string, RegExp> = byFamily(ROUTER_CTOR_NAMES);

/** Calls that start serving (Go's, and `listen`, `run`, `run_app`, `serve`). */
export const LISTEN_NAMES = new Set([...GO_LISTEN, 'listen', 'run', 'run_app', 'serve']);

/** Receivers whose verb calls are requests or lookups, not route registrations (`requests.get('/x')`, `map.get`). */
export const HTTP_CLIENTS = /^(requests|httpx|axios|client|http_client|session|got|superagent|request|fetch|\$http|this\.http|this\.httpService|httpService|api_client|testClient|test_client|supertest|mock|cache|redis|map|params|headers|cookies|config|settings|os\.environ|environ|env|query|searchParams|form|args|data|body|req|res|ctx\.request|c\.Query|url)$/i;

/** The names readCall may act on, for a language family (a constructor matching by `obj.name` matches by name too). */
export function mayRegister(family: string, name: string): boolean {
  return CALL_NAMES.has(name) || VERBS.has(name.toLowerCase()) || LISTEN_NAMES.has(name) || !!APP_CTORS[family]?.test(name) || !!ROUTER_CTORS[family]?.test(name);
}

/**
 * Every name mayRegister(family) accepts, lower-cased (route verbs match in any case): for a
 * prefilter that passes over every other identifier without reading it (fast-js.ts).
 */
export function registerNames(family: string): string[] {
  const names = [...CALL_NAMES, ...VERBS, ...LISTEN_NAMES, ...(APP_CTOR_NAMES[family] ?? []), ...(ROUTER_CTOR_NAMES[family] ?? [])];
  return [...new Set(names.map((n) => n.toLowerCase()))];
}

/** Adds the framework an imported module names, once. */
export function addFramework(module: string, frameworks: string[]): void {
  for (const [re, fw] of FRAMEWORK_IMPORTS) if (re.test(module) && !frameworks.includes(fw)) frameworks.push(fw);
}
