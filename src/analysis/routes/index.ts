// The route model as the checks use it: what file() observes (route facts of code files, health
// libraries of manifests) and the model built from those observations in end().
//
// API
//   ROUTE_GLOBS, ROUTE_LANGS        for a check's meta.files / meta.languages
//   observeRoutes(f)                → RouteObservation | undefined (plain data, for ctx.observe)
//   routeModel(observations, paths) → ServiceRoutes[] (see model.ts)
import { globMatcher } from '../../workspace/glob.js';
import { parse, parseAllDocuments } from 'yaml';
import type { Lang } from '../../syntax/index.js';
import type { SourceFile } from '../../workspace/source-file.js';
import type { Workspace } from '../../workspace/workspace.js';
import { langOf, syntaxTree } from '../../syntax/index.js';
import { dotnetRoutesOf, type StackFacts } from './dotnet.js';
import { joinRoute, routesOf, type FileRoutes } from './extract.js';
import { readRouteConfig, type RouteConfig } from './file-routes.js';
import { buildRouteModel, codeServiceRootOf, fileRoutersIn, healthDepsIn, isManifestName, MANIFEST_GLOBS, MANIFEST_NAMES, type ResolvedRoute, type ServiceRoutes } from './model.js';
import { phpRoutesOf, SYMFONY_ROUTES_YAML, symfonyTails, type PhpFacts, type SymfonyImport } from './php.js';
import { railsRoutesOf, type RailsFacts } from './ruby.js';
import { packageFacts, type PackageFacts } from './workspace.js';
import { MAX_ALIAS_COUNT } from '../yaml.js';

export { SYMFONY_ROUTES_YAML } from './php.js';
export { healthRoutes, isHealthPath, mayBeHealthPath, serves, serviceRootOf, manifestDirsOf, nextRoutes, type ServiceRoutes } from './model.js';

export const ROUTE_LANGS: readonly Lang[] = ['python', 'go', 'typescript', 'tsx', 'javascript', 'java', 'csharp', 'ruby', 'php'];
export const ROUTE_GLOBS = [
  '**/*.{py,go,ts,tsx,mts,cts,js,mjs,cjs,jsx,java,cs,php}',
  // Rails routes and Symfony's YAML routes: no other Ruby or YAML file declares routes.
  '**/config/routes.rb',
  '**/config/routes/**/*.rb',
  '**/config/routes.{yaml,yml}',
  '**/config/routes/*.{yaml,yml}',
  '**/config/routes/prod/*.{yaml,yml}',
  ...MANIFEST_NAMES.map((m) => `**/${m}`),
  ...MANIFEST_GLOBS,
  '**/src/main/resources/application.{properties,yml,yaml}',
] as const;

/** Modules of file-based routing whose exports say what they answer (Remix `loader`, SvelteKit `GET`, the `handle` hook). */
const ROUTE_MODULE = /(?:^|\/)(?:(?:app|src)\/routes|src\/pages)\/|(?:^|\/)src\/hooks\.server\.[jt]s$/;
/** React Router 7's route configuration. */
const ROUTE_CONFIG = /(?:^|\/)app\/routes\.[cm]?[jt]s$/;

type StackRoutes = FileRoutes & StackFacts & RailsFacts & PhpFacts;

/** The route facts of a code file, by the extractor of its language. */
function codeRoutesOf(f: SourceFile): StackRoutes | null {
  if (SYMFONY_ROUTES_YAML.test(f.path)) return phpRoutesOf(f);
  switch (langOf(f.path)) {
    case 'csharp':
      return dotnetRoutesOf(f);
    case 'ruby':
      return railsRoutesOf(f);
    case 'php':
      return phpRoutesOf(f);
    default:
      return routesOf(f);
  }
}

/** Declarations and minified bundles declare no route (where a file lives is the repository map's business). */
const isNotSource = globMatcher(['**/*.d.ts', '**/*.min.js'], { dot: true });

export type RouteObservation =
  | { t: 'code'; facts: FileRoutes; routeConfig?: RouteConfig }
  | { t: 'health'; deps: Array<{ name: string; paths: string[] }>; fileRouting?: string[]; pkg?: PackageFacts }
  | { t: 'spring'; contextPath: string; port?: number; actuator?: ActuatorConfig };


/**
 * Where the application configuration moves Spring Boot Actuator's endpoints: `basePath` from
 * `management.endpoints.web.base-path`; `moved` when anything else the model does not follow sets
 * them (`management.server.*`: another port or base path; `management.endpoints.web.path-mapping`).
 * Undefined when the configuration leaves them at `/actuator`.
 */
export interface ActuatorConfig {
  basePath?: string;
  moved?: true;
}

export function actuatorConfig(path: string, text: string): ActuatorConfig | undefined {
  if (!text.includes('management')) return undefined;
  let basePath: unknown;
  let moved = false;
  if (path.endsWith('.properties')) {
    basePath = /^[ \t]*management\.endpoints\.web\.base-path[ \t]*[=:][ \t]*(\S+)/m.exec(text)?.[1];
    moved = /^[ \t]*management\.(?:server\.|endpoints\.web\.path-mapping\.)/m.test(text);
  } else {
    try {
      const docs = parseAllDocuments(text, { logLevel: 'error' });
      if (!Array.isArray(docs)) return { moved: true };
      for (const d of docs.slice(0, 64)) {
        const m = (d.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as { management?: { server?: unknown; endpoints?: { web?: { 'base-path'?: unknown; 'path-mapping'?: unknown } } } } | null)?.management;
        if (m === undefined || m === null) continue;
        basePath ??= m.endpoints?.web?.['base-path'];
        if (m.server !== undefined || m.endpoints?.web?.['path-mapping'] !== undefined) moved = true;
      }
    } catch {
      return { moved: true }; // unreadable: where the endpoints are is not known
    }
  }
  if (basePath !== undefined && typeof basePath !== 'string') moved = true;
  if (basePath === undefined && !moved) return undefined;
  return { ...(typeof basePath === 'string' ? { basePath } : {}), ...(moved ? { moved: true as const } : {}) };
}

/** Spring Boot `server.servlet.context-path` / `spring.webflux.base-path` of an application config ('' when unset). */
export function springContextPath(path: string, text: string): string {
  if (path.endsWith('.properties')) {
    // Horizontal space only after the line start (`\s*` would rescan every following blank line).
    const m = /^[ \t]*(?:server\.servlet\.context-path|spring\.webflux\.base-path)[ \t]*[=:][ \t]*(\S+)/m.exec(text);
    return m ? m[1]! : '';
  }
  try {
    const doc = parse(text, { logLevel: 'error' }) as Record<string, Record<string, Record<string, unknown>>> | null; // warnings quote the source: never printed
    const v = doc?.server?.servlet?.['context-path'] ?? doc?.spring?.webflux?.['base-path'];
    return typeof v === 'string' ? v : '';
  } catch {
    return '';
  }
}

/** Spring Boot's `server.port` when written as a number (`${PORT:8080}` gives its default). */
export function springPort(path: string, text: string): number | undefined {
  let v: unknown;
  if (path.endsWith('.properties')) v = /^[ \t]*server\.port[ \t]*[=:][ \t]*(\S+)/m.exec(text)?.[1];
  else {
    try {
      v = (parse(text, { logLevel: 'error' }) as { server?: { port?: unknown } } | null)?.server?.port; // warnings quote the source: never printed
    } catch {
      return undefined;
    }
  }
  const m = /^(?:\$\{\w+:)?(\d{2,5})\}?$/.exec(String(v ?? ''));
  return m ? Number(m[1]) : undefined;
}

/** Spring Boot's default application configuration (`src/main/resources/application.yml`...): where its routes and Actuator are served. */
export function isSpringConfig(path: string): boolean {
  return /(?:^|\/)src\/main\/resources\/application\.(?:properties|ya?ml)$/.test(path);
}

/** Read once per file: no-health-endpoint and k8s-probe-route-mismatch both observe it. */
export function observeRoutes(f: SourceFile): RouteObservation | undefined {
  return f.memo('route-observation', () => readObservation(f));
}

function readObservation(f: SourceFile): RouteObservation | undefined {
  if (isNotSource(f.path)) return undefined;
  const base = f.path.slice(f.path.lastIndexOf('/') + 1);
  if (/^application[\w-]*\.(properties|ya?ml)$/.test(base)) {
    // Profiles other than the default one (application-test.yml...) do not decide the served paths.
    if (isSpringConfig(f.path)) {
      const port = springPort(f.path, f.text);
      const actuator = actuatorConfig(f.path, f.text);
      return { t: 'spring', contextPath: springContextPath(f.path, f.text), ...(port !== undefined ? { port } : {}), ...(actuator ? { actuator } : {}) };
    }
    return undefined;
  }
  if (isManifestName(base)) {
    const deps = healthDepsIn(f.text);
    const routers = base === 'package.json' ? fileRoutersIn(f.text) : [];
    const pkg = base === 'package.json' ? packageFacts(f.text) : undefined;
    if (deps.length === 0 && routers.length === 0 && !pkg) return undefined;
    return { t: 'health', deps, ...(routers.length > 0 ? { fileRouting: routers } : {}), ...(pkg ? { pkg } : {}) };
  }
  const facts = codeRoutesOf(f);
  if (!facts) return undefined;
  if (ROUTE_CONFIG.test(f.path)) {
    const tree = syntaxTree(f);
    if (tree) return { t: 'code', facts, routeConfig: readRouteConfig(tree.rootNode) };
  }
  // Files re-exporting (a package's index) and route modules matter without a framework or a path literal.
  if (facts.frameworks.length === 0 && facts.literals.length === 0 && !facts.reexports && !ROUTE_MODULE.test(f.path) && !facts.healthModules && !facts.symfonyImports && !facts.symfonyUnread && !facts.unreadEndpoints && !facts.apiPrefix) return undefined;
  return { t: 'code', facts };
}

/**
 * The route model of the runtime files' observations, built once per run for the same values:
 * no-health-endpoint and k8s-probe-route-mismatch observe the very same objects (one memo per file
 * in the file pass; one unpacking of the bytes they share in the fact cache). Built again for
 * observations that are not those same objects, so a check never gets a model of other values.
 * Callers read the model, never change it.
 */
export function runtimeRouteModel(ws: Pick<Workspace, 'shared' | 'files' | 'classOf'>, obs: ReadonlyArray<{ path: string; value: RouteObservation }>): ServiceRoutes[] {
  const built = ws.shared('route-models', () => [] as Array<{ obs: ReadonlyArray<{ path: string; value: RouteObservation }>; model: ServiceRoutes[] }>);
  const same = built.find((b) => b.obs.length === obs.length && b.obs.every((o, i) => o.path === obs[i]!.path && o.value === obs[i]!.value));
  if (same) return same.model;
  const model = routeModel(obs, ws.files, (p) => ws.classOf(p) === 'runtime');
  built.push({ obs, model });
  return model;
}

/** The route model of the observations; `isRuntime` keeps file-based routes of tests and examples out. */
export function routeModel(obs: ReadonlyArray<{ path: string; value: RouteObservation }>, paths: readonly string[], isRuntime?: (path: string) => boolean): ServiceRoutes[] {
  const files: Array<{ path: string; facts: FileRoutes }> = [];
  const health: Array<{ path: string; deps: Array<{ name: string; paths: string[] }> }> = [];
  const spring: Array<{ path: string; contextPath: string; port?: number; actuator?: ActuatorConfig }> = [];
  const fileRouting: Array<{ path: string; routers: string[] }> = [];
  const packages: Array<{ path: string; facts: PackageFacts }> = [];
  const routeConfigs = new Map<string, RouteConfig>();
  let present: Set<string> | undefined;
  for (const o of obs) {
    if (o.value.t === 'code') {
      // A `config/routes.yaml` is Symfony's only in a Composer project.
      if (o.value.facts.lang === 'php' && /\.ya?ml$/.test(o.path)) {
        const root = codeServiceRootOf(o.path, 'php', paths);
        present ??= new Set(paths);
        if (!present.has(root === '.' ? 'composer.json' : `${root}/composer.json`)) continue;
      }
      files.push({ path: o.path, facts: o.value.facts });
      if (o.value.routeConfig) routeConfigs.set(o.path, o.value.routeConfig);
      const h = (o.value.facts as StackRoutes).healthModules;
      if (h) health.push({ path: o.path, deps: h });
    }
    else if (o.value.t === 'health') {
      if (o.value.deps.length > 0) health.push({ path: o.path, deps: o.value.deps });
      if (o.value.fileRouting) fileRouting.push({ path: o.path, routers: o.value.fileRouting });
      if (o.value.pkg) packages.push({ path: o.path, facts: o.value.pkg });
    } else spring.push({ path: o.path, contextPath: o.value.contextPath, ...(o.value.port !== undefined ? { port: o.value.port } : {}), ...(o.value.actuator ? { actuator: o.value.actuator } : {}) });
  }
  const model = buildRouteModel(files, paths, health, spring, { fileRouting, packages, routeConfigs, ...(isRuntime ? { isRuntime } : {}) });
  applyStackFacts(model, files as Array<{ path: string; facts: StackRoutes }>, paths);
  return model;
}

/**
 * What ASP.NET Core, Rails, Laravel and Symfony files say about their whole service: ASP.NET Core
 * matches paths case-insensitively and `UsePathBase` serves every route under the base too; a
 * Laravel app may move `routes/api.php` off `/api`; Rails `draw(:x)` loads `config/routes/x.rb`
 * under the scope it is drawn in; Symfony attribute routes are served under the prefixes of the
 * imports that load their folder (symfonyRoutes).
 */
function applyStackFacts(model: ServiceRoutes[], files: ReadonlyArray<{ path: string; facts: StackRoutes }>, paths: readonly string[]): void {
  const byRoot = new Map(model.map((s) => [s.root, s]));
  // What each service's files say, gathered first; then one pass over each service's routes.
  const said = new Map<ServiceRoutes, { pathBase?: string; apiPrefix?: string; drawn: Map<string, string> }>();
  const symfony = new Map<ServiceRoutes, SymfonySaid>();
  let present: Set<string> | undefined;
  for (const { path, facts } of files) {
    const s = byRoot.get(codeServiceRootOf(path, facts.lang, paths));
    if (!s) continue;
    if (facts.lang === 'php' && facts.frameworks.includes('symfony')) {
      let y = symfony.get(s);
      if (!y) symfony.set(s, (y = { configs: 0, imports: [], attributeFiles: new Set() }));
      if (SYMFONY_ROUTES_YAML.test(path)) y.configs++;
      else y.attributeFiles.add(path);
      for (const i of facts.symfonyImports ?? []) if (y.imports.length < 200) y.imports.push(i);
    }
    if (facts.symfonyUnread !== undefined) s.unread ??= facts.symfonyUnread;
    if (facts.unreadEndpoints !== undefined) s.unread ??= `${path}:${facts.unreadEndpoints.line} calls \`${facts.unreadEndpoints.call}()\` on the app, which maps endpoints the model does not read`;
    if (facts.pathBase === undefined && facts.apiPrefix === undefined && !facts.draws) continue;
    let a = said.get(s);
    if (!a) said.set(s, (a = { drawn: new Map() }));
    if (facts.pathBase !== undefined && facts.pathBase !== '' && facts.pathBase !== '/') a.pathBase ??= facts.pathBase;
    if (facts.apiPrefix !== undefined) a.apiPrefix ??= facts.apiPrefix;
    const dir = /^(.*?\/?config\/routes)(?:\.rb|\/.*)$/.exec(path)?.[1];
    for (const d of (facts.draws ?? []).slice(0, 100)) {
      if (dir === undefined || !/^[\w-]+$/.test(d.name)) continue;
      const target = `${dir}/${d.name}.rb`;
      present ??= new Set(paths);
      if (!present.has(target)) s.unread ??= `${path}:${d.line} draws ${target}, which is not in the tree`;
      else if (d.prefix !== '' && d.prefix !== '/' && !a.drawn.has(target)) a.drawn.set(target, d.prefix);
    }
  }
  for (const [s, y] of symfony) symfonyRoutes(s, y, paths);
  for (const s of model) {
    const a = said.get(s);
    const based: ResolvedRoute[] = [];
    for (const r of s.routes) {
      if (r.file.endsWith('.cs')) {
        r.nocase = true;
        if (a?.pathBase !== undefined && r.anchored) based.push({ ...r, path: joinRoute(a.pathBase, r.path) });
      }
      if (!a) continue;
      if (a.apiPrefix !== undefined && a.apiPrefix !== '/api' && r.anchored && /(?:^|\/)routes\/api\.php$/.test(r.file) && (r.path === '/api' || r.path.startsWith('/api/'))) r.path = joinRoute(a.apiPrefix, r.path.slice(4));
      const drawn = a.drawn.get(r.file);
      if (drawn !== undefined) r.path = joinRoute(drawn, r.path);
    }
    s.routes.push(...based);
  }
}

interface SymfonySaid {
  /** How many YAML routing files of the service were read. */
  configs: number;
  imports: SymfonyImport[];
  /** The PHP files with `#[Route]` attributes. */
  attributeFiles: Set<string>;
}

const MAX_SYMFONY_VARIANTS = 32;

/** Routing files the model does not read: PHP (`RoutingConfigurator`) and XML. */
const SYMFONY_OTHER_ROUTING = /(?:^|\/)config\/routes(?:\/(?:prod\/)?[^/]+)?\.(?:php|xml)$/;

/**
 * Symfony attribute routes are served only where an import loads their controller: under each
 * prefix of each import whose folder holds the file (a trailing parameter the import gives a
 * default, `/{_locale}`, may be left out). A controller no import loads, or a service whose routing
 * configuration was not read, keeps only its tail, and the routes are unread: a path the model
 * does not list may still be served, never proven unserved.
 */
function symfonyRoutes(s: ServiceRoutes, y: SymfonySaid, paths: readonly string[]): void {
  if (y.configs === 0) s.unread ??= 'no Symfony routing configuration (`config/routes.yaml`, `config/routes/*.yaml`) was read, so the prefixes the controllers are served under are unknown';
  for (const p of paths) {
    if (!SYMFONY_OTHER_ROUTING.test(p) || codeServiceRootOf(p, 'php', paths) !== s.root) continue;
    s.unread ??= `${p} configures routes in a format the model does not read`;
    break;
  }
  const out: ResolvedRoute[] = [];
  for (const r of s.routes) {
    if (!y.attributeFiles.has(r.file)) {
      out.push(r);
      continue;
    }
    const loaders = y.imports.filter((i) => (i.target === '' || i.target.endsWith('/') ? r.file.startsWith(i.target) : r.file === i.target));
    if (loaders.length === 0) {
      s.unread ??= `no Symfony routing import read loads ${r.file}, so the prefix of its routes is unknown`;
      out.push({ ...r, anchored: false });
      continue;
    }
    // Imports × locales × optional tails, bounded: a hostile routing file cannot multiply every route.
    const variants = new Set<string>();
    fill: for (const i of loaders) {
      const defaults = new Set(i.optional);
      for (const pre of i.prefixes) {
        for (const t of symfonyTails(joinRoute(pre, r.path), defaults)) variants.add(t);
        if (variants.size >= MAX_SYMFONY_VARIANTS) break fill;
      }
    }
    for (const v of variants) out.push({ ...r, path: v });
  }
  s.routes = out;
}
