// The names the Go/Python/JS route extractor acts on, shared by extractRoutes (extract.ts) and the
// fast paths that must know when a file holds none of them (fast-go.ts): one list, so the two
// cannot drift apart.

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

export const APP_CTORS: Record<string, RegExp> = {
  python: /^(FastAPI|Flask|Starlette|Quart|Sanic|Litestar|App)$/,
  js: /^(express|Koa|koa|Hono|Fastify|fastify|polka|restify\.createServer|createServer)$/,
  go: /^(Default|New|NewRouter|NewServeMux|NewMux)$/,
};

/** The file's path-like literals kept, at most. */
export const MAX_LITERALS = 2000;

/** A string literal kept among a file's path-like literals (`/health`, `api/v1`, `health`). */
export function pathLike(s: string): boolean {
  return s.length > 1 && s.length < 120 && /^\^?\/?[\w.\-/{}:<>*$?()]+\/?\$?$/.test(s) && (s.includes('/') || /^[\w-]+$/.test(s));
}
