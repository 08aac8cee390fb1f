// The route model as the checks use it: what file() observes (route facts of code files, health
// libraries of manifests) and the model built from those observations in end().
//
// API
//   ROUTE_GLOBS, ROUTE_LANGS        for a check's meta.files / meta.languages
//   observeRoutes(f)                → RouteObservation | undefined (plain data, for ctx.observe)
//   routeModel(observations, paths) → ServiceRoutes[] (see model.ts)
import picomatch from 'picomatch';
import { parse } from 'yaml';
import type { Lang } from '../../syntax/index.js';
import type { SourceFile } from '../../workspace/source-file.js';
import { syntaxTree } from '../../syntax/index.js';
import { routesOf, type FileRoutes } from './extract.js';
import { readRouteConfig, type RouteConfig } from './file-routes.js';
import { buildRouteModel, fileRoutersIn, healthDepsIn, MANIFEST_NAMES, type ServiceRoutes } from './model.js';
import { packageFacts, type PackageFacts } from './workspace.js';

export { healthRoutes, isHealthPath, serves, serviceRootOf, manifestDirsOf, nextRoutes, type ServiceRoutes } from './model.js';

export const ROUTE_LANGS: readonly Lang[] = ['python', 'go', 'typescript', 'tsx', 'javascript', 'java'];
export const ROUTE_GLOBS = ['**/*.{py,go,ts,tsx,mts,cts,js,mjs,cjs,jsx,java}', ...MANIFEST_NAMES.map((m) => `**/${m}`), '**/requirements*.txt', '**/src/main/resources/application.{properties,yml,yaml}'] as const;

/** Declarations and minified bundles declare no route (where a file lives is the repository map's business). */
const isNotSource = picomatch(['**/*.d.ts', '**/*.min.js'], { dot: true });
/** Modules of file-based routing whose exports say what they answer (Remix `loader`, SvelteKit `GET`, the `handle` hook). */
const ROUTE_MODULE = /(?:^|\/)(?:(?:app|src)\/routes|src\/pages)\/|(?:^|\/)src\/hooks\.server\.[jt]s$/;
/** React Router 7's route configuration. */
const ROUTE_CONFIG = /(?:^|\/)app\/routes\.[cm]?[jt]s$/;

export type RouteObservation =
  | { t: 'code'; facts: FileRoutes; routeConfig?: RouteConfig }
  | { t: 'health'; deps: Array<{ name: string; paths: string[] }>; fileRouting?: string[]; pkg?: PackageFacts }
  | { t: 'spring'; contextPath: string };


/** Spring Boot `server.servlet.context-path` / `spring.webflux.base-path` of an application config ('' when unset). */
export function springContextPath(path: string, text: string): string {
  if (path.endsWith('.properties')) {
    const m = /^\s*(?:server\.servlet\.context-path|spring\.webflux\.base-path)\s*[=:]\s*(\S+)/m.exec(text);
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

export function observeRoutes(f: SourceFile): RouteObservation | undefined {
  if (isNotSource(f.path)) return undefined;
  const base = f.path.slice(f.path.lastIndexOf('/') + 1);
  if (/^application[\w-]*\.(properties|ya?ml)$/.test(base)) {
    // Profiles other than the default one (application-test.yml...) do not decide the served paths.
    if (/^application\.(properties|ya?ml)$/.test(base) && f.path.includes('src/main/resources/')) return { t: 'spring', contextPath: springContextPath(f.path, f.text) };
    return undefined;
  }
  if (MANIFEST_NAMES.includes(base) || /^requirements[^/]*\.txt$/.test(base)) {
    const deps = healthDepsIn(f.text);
    const routers = base === 'package.json' ? fileRoutersIn(f.text) : [];
    const pkg = base === 'package.json' ? packageFacts(f.text) : undefined;
    if (deps.length === 0 && routers.length === 0 && !pkg) return undefined;
    return { t: 'health', deps, ...(routers.length > 0 ? { fileRouting: routers } : {}), ...(pkg ? { pkg } : {}) };
  }
  const facts = routesOf(f);
  if (!facts) return undefined;
  if (ROUTE_CONFIG.test(f.path)) {
    const tree = syntaxTree(f);
    if (tree) return { t: 'code', facts, routeConfig: readRouteConfig(tree.rootNode) };
  }
  // Files re-exporting (a package's index) and route modules matter without a framework or a path literal.
  if (facts.frameworks.length === 0 && facts.literals.length === 0 && !facts.reexports && !ROUTE_MODULE.test(f.path)) return undefined;
  return { t: 'code', facts };
}

/** The route model of the observations; `isRuntime` keeps file-based routes of tests and examples out. */
export function routeModel(obs: ReadonlyArray<{ path: string; value: RouteObservation }>, paths: readonly string[], isRuntime?: (path: string) => boolean): ServiceRoutes[] {
  const files: Array<{ path: string; facts: FileRoutes }> = [];
  const health: Array<{ path: string; deps: Array<{ name: string; paths: string[] }> }> = [];
  const spring: Array<{ path: string; contextPath: string }> = [];
  const fileRouting: Array<{ path: string; routers: string[] }> = [];
  const packages: Array<{ path: string; facts: PackageFacts }> = [];
  const routeConfigs = new Map<string, RouteConfig>();
  for (const o of obs) {
    if (o.value.t === 'code') {
      files.push({ path: o.path, facts: o.value.facts });
      if (o.value.routeConfig) routeConfigs.set(o.path, o.value.routeConfig);
    } else if (o.value.t === 'health') {
      if (o.value.deps.length > 0) health.push({ path: o.path, deps: o.value.deps });
      if (o.value.fileRouting) fileRouting.push({ path: o.path, routers: o.value.fileRouting });
      if (o.value.pkg) packages.push({ path: o.path, facts: o.value.pkg });
    } else spring.push({ path: o.path, contextPath: o.value.contextPath });
  }
  return buildRouteModel(files, paths, health, spring, { fileRouting, packages, routeConfigs, ...(isRuntime ? { isRuntime } : {}) });
}
