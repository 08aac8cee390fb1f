// The HTTP route model of a repository: per-file route facts (extract.ts) joined across files into
// services (one per manifest folder: package.json, pyproject.toml, go.mod, pom.xml...), with router
// prefixes resolved through variables, groups, mounts and imports.
//
// API
//   buildRouteModel(files, paths, healthDeps)  → ServiceRoutes[]
//   serviceOf(model, path)                     the service whose root holds a path
//   serves(service, path)                      is this path served? (route match, served prefix, or written in the code)
//   healthRoutes(service)                      the health-like routes served
//   isHealthPath(path) / patternMatches(pattern, path, anchored)
//
// A route whose prefix chain reaches an app (FastAPI(), express(), gin.Default(), http.HandleFunc,
// NestJS controllers) is `anchored`: its full path is known. Otherwise (a router mounted through
// something we cannot follow, a handler registered on a function parameter, Spring with a possible
// context path, a path written `baseUrl + "/_healthz"` whose prefix is no constant of its file)
// only its tail is known and it matches any path that ends with it.
import { RE2JS } from 're2js';
import { joinRoute, stripTrailingSlashes, type FileRoutes, type Mount } from './extract.js';
import { readFileRoutes, type RouteConfig } from './file-routes.js';
import { normalise, workspaceResolver, type PackageFacts } from './workspace.js';
import { packageName } from '../js/project.js';

export { nextRoutes } from './file-routes.js';

export interface ResolvedRoute {
  path: string;
  method: string;
  anchored: boolean;
  file: string;
  line: number;
  /** A page of file-based routing (Next.js `page.tsx`, `pages/about.tsx`): it answers GET, it is no API. */
  page?: true;
  /** Its handler takes nothing and returns a constant: an answer a probe can use. */
  constant?: true;
  /** Matched case-insensitively (ASP.NET Core routing). */
  nocase?: true;
}

export interface ServiceRoutes {
  root: string;
  frameworks: string[];
  routes: ResolvedRoute[];
  /** Everything under these is served (opaque mounts, health modules). */
  prefixes: Array<{ prefix: string; anchored: boolean; why: string }>;
  /** Path-like string literals of the service's code. */
  literals: Set<string>;
  /**
   * The roots of the other services whose workspace package its code imports (a bare import of a
   * repository package): that code runs in this process, and may register routes there (a
   * decorated controller is registered wherever its class is loaded). Worked out when asked (one
   * check asks, of a service it would report).
   */
  uses?: () => string[];
  catchAll: boolean;
  /** Health libraries declared (Spring Actuator, terminus...), with whether their paths are known. */
  healthModules: Array<{ name: string; paths: string[] }>;
  /** Spring `server.servlet.context-path` (or WebFlux base path), '' when configured without one; undefined when no Spring configuration was read. */
  contextPath?: string;
  /** Ports its code listens on, as written (`app.listen(3000)`, Spring's `server.port` or its default 8080). */
  listens: number[];
  /** The model can judge paths: routes found, no catch-all, no health module with unknown paths. */
  confident: boolean;
  /** File-based routers of the service (Next.js, SvelteKit, Remix...), by name. */
  fileRouting: string[];
  /**
   * Routes the model cannot read although the service has them, one clause ("Next.js middleware
   * (web/middleware.ts) may answer or rewrite any path"): a path it does not list may still be served.
   */
  unread?: string;
}

export const MANIFEST_NAMES = ['package.json', 'pyproject.toml', 'requirements.txt', 'setup.py', 'setup.cfg', 'Pipfile', 'go.mod', 'pom.xml', 'build.gradle', 'build.gradle.kts', 'Gemfile', 'composer.json'];
/** Globs of the manifests whose names vary (for a check's meta.files). */
export const MANIFEST_GLOBS = ['**/requirements*.txt', '**/*.csproj'];

/** Is this file name a service manifest (a name of MANIFEST_NAMES, `requirements-prod.txt`, `Api.csproj`)? */
export function isManifestName(base: string): boolean {
  return MANIFEST_NAMES.includes(base) || /^requirements[^/]*\.txt$/.test(base) || /^[^/]+\.csproj$/.test(base);
}

/** Health libraries: name as declared → paths they serve ([] = configurable, unknown). */
export const HEALTH_DEPS: Array<{ dep: string; name: string; paths: string[] }> = [
  { dep: 'spring-boot-starter-actuator', name: 'Spring Boot Actuator', paths: ['/actuator/health', '/actuator/health/liveness', '/actuator/health/readiness', '/actuator', '/livez', '/readyz'] },
  { dep: '@nestjs/terminus', name: '@nestjs/terminus', paths: [] },
  { dep: '@godaddy/terminus', name: '@godaddy/terminus', paths: [] },
  { dep: 'lightship', name: 'lightship', paths: ['/health', '/live', '/ready'] },
  { dep: 'express-actuator', name: 'express-actuator', paths: ['/health', '/info', '/metrics'] },
  { dep: 'express-healthcheck', name: 'express-healthcheck', paths: [] },
  { dep: 'fastify-healthcheck', name: 'fastify-healthcheck', paths: ['/health'] },
  { dep: '@fastify/under-pressure', name: '@fastify/under-pressure', paths: [] },
  { dep: 'django-health-check', name: 'django-health-check', paths: [] },
  { dep: 'fastapi-health', name: 'fastapi-health', paths: [] },
  { dep: 'flask-healthz', name: 'flask-healthz', paths: [] },
  { dep: 'py-healthcheck', name: 'py-healthcheck', paths: [] },
  { dep: 'github.com/heptiolabs/healthcheck', name: 'heptiolabs/healthcheck', paths: ['/live', '/ready'] },
  { dep: 'github.com/alexliesenfeld/health', name: 'alexliesenfeld/health', paths: [] },
  { dep: 'github.com/hellofresh/health-go', name: 'hellofresh/health-go', paths: [] },
  { dep: 'quarkus-smallrye-health', name: 'SmallRye Health', paths: ['/q/health', '/q/health/live', '/q/health/ready'] },
  { dep: 'micronaut-management', name: 'Micronaut management', paths: ['/health'] },
];

const ACTUATOR = 'Spring Boot Actuator';

/** Actuator's health paths under a base path (`/management` → `/management/health`...), and the probe groups Kubernetes uses. */
function actuatorPaths(base: string): string[] {
  const b = `/${base.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  return [`${b}/health`, `${b}/health/liveness`, `${b}/health/readiness`, b || '/', '/livez', '/readyz'];
}

/** Each health library's name as a whole word of a manifest, compiled once; `:` before it for Gradle's `group:artifact[:version]`. */
const HEALTH_DEP_RES = HEALTH_DEPS.map((h) => new RegExp(`(^|[\\s"'\\[(=,<>:])${h.dep.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?=$|[\\s"'\\]<>=~!;@:,)\\[/])`, 'm'));

export function healthDepsIn(text: string): Array<{ name: string; paths: string[] }> {
  // The name as a substring is necessary for the whole-word match, and a plain search is far cheaper
  // than the expression's scan (which cannot skip ahead past its leading alternative).
  return HEALTH_DEPS.filter((h, i) => text.includes(h.dep) && HEALTH_DEP_RES[i]!.test(text)).map((h) => ({ name: h.name, paths: h.paths }));
}

const HEALTH_SEGMENT = /^_{0,2}(health|healthz|healthcheck|health-check|health_check|healthy|ready|readyz|readiness|live|livez|liveness|alive|status|ping|heartbeat|up|startup|startupz)_{0,2}$/i;

/** A path parameter segment: `{id}`, `:id`, `<int:id>`, `[id]`, `*rest`. */
const PARAM_SEGMENT = /^(?:\{[^}]*\}|:\w[\w-]*\??|<[^>]*>|\[[^\]]*\]|\*\w*)$/;

/**
 * A health word names the service's health only before any path parameter: after one it names a
 * page of a resource (`/admin/servers/view/{id}/startup`, `/jobs/:id/status`), which no platform
 * can probe without an id.
 */
export function isHealthPath(path: string): boolean {
  return beforeParameters(path, (s) => HEALTH_SEGMENT.test(s));
}

/** Whether a segment before the path's first parameter passes `test`. */
function beforeParameters(path: string, test: (segment: string) => boolean): boolean {
  for (const s of path.split('/')) {
    if (PARAM_SEGMENT.test(s)) return false;
    if (test(s)) return true;
  }
  return false;
}

/** Health words that may be one part of a segment's name; not `up`, `live` or `startup` (`sign-up`, `live-chat`). */
const HEALTH_PART = /^(health|healthz|healthcheck|healthy|ready|readyz|readiness|liveness|livez|alive|status|ping|heartbeat)$/i;

/**
 * A path whose name holds a health word as one part of a segment, before any path parameter
 * (`/worker-health`, `/queue_status`): it may be a health endpoint, which proves neither way.
 */
export function mayBeHealthPath(path: string): boolean {
  return beforeParameters(path, (s) => s.split(/[-_.]/).some((w) => HEALTH_PART.test(w)));
}

/** The folder of the nearest manifest above a file ('.' for the root). */
export function serviceRootOf(path: string, manifestDirs: ReadonlySet<string>): string {
  return nearestDir(path, manifestDirs) ?? '.';
}

function nearestDir(path: string, dirs: ReadonlySet<string>): string | undefined {
  let dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.';
  for (;;) {
    if (dirs.has(dir)) return dir;
    if (dir === '.' || dir === '') return undefined;
    dir = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '.';
  }
}

/** The manifests of each language's ecosystem: code belongs to the nearest manifest of its own ecosystem. */
const ECOSYSTEM_MANIFEST: Array<[RegExp, RegExp]> = [
  [/^python$/, /^(?:pyproject\.toml|requirements[^/]*\.txt|setup\.py|setup\.cfg|Pipfile)$/],
  [/^go$/, /^go\.mod$/],
  [/^(?:typescript|tsx|javascript)$/, /^package\.json$/],
  [/^java$/, /^(?:pom\.xml|build\.gradle(?:\.kts)?)$/],
  [/^csharp$/, /^[^/]+\.csproj$/],
  [/^ruby$/, /^Gemfile$/],
  [/^php$/, /^composer\.json$/],
];

/**
 * The service a code file belongs to: the folder of the nearest manifest of its language's
 * ecosystem (a Python module under a folder whose package.json only builds its CSS belongs to the
 * pyproject.toml above; a Go file beside the UI's package.json to go.mod), else of any manifest.
 */
export function codeServiceRootOf(path: string, lang: string, paths: readonly string[]): string {
  const byLang = ecosystemDirs(paths);
  const dirs = byLang.find(([re]) => re.test(lang))?.[1];
  return (dirs && nearestDir(path, dirs)) ?? serviceRootOf(path, byLang.all);
}

const ecoMemo = new WeakMap<readonly string[], Array<[RegExp, Set<string>]> & { all: Set<string> }>();
function ecosystemDirs(paths: readonly string[]): Array<[RegExp, Set<string>]> & { all: Set<string> } {
  let r = ecoMemo.get(paths);
  if (!r) {
    const sets = ECOSYSTEM_MANIFEST.map(([lang]): [RegExp, Set<string>] => [lang, new Set()]);
    // One pass, each basename cut once (biome's 28,000 paths: 42 ms when each manifest pattern cut them all again).
    for (const p of paths) {
      const base = p.slice(p.lastIndexOf('/') + 1);
      for (let i = 0; i < ECOSYSTEM_MANIFEST.length; i++) if (ECOSYSTEM_MANIFEST[i]![1].test(base)) sets[i]![1].add(dirOrDot(p));
    }
    r = Object.assign(sets, { all: manifestDirsOf(paths) });
    ecoMemo.set(paths, r);
  }
  return r;
}

function dirOrDot(p: string): string {
  return p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.';
}

/** File-based routers a package.json declares: dependency → name. */
const FILE_ROUTERS: Array<[RegExp, string]> = [
  [/^next$/, 'Next.js'],
  [/^@sveltejs\/kit$/, 'SvelteKit'],
  [/^@remix-run\/(?:node|react|serve|dev|cloudflare|deno)$/, 'Remix'],
  [/^@react-router\/(?:dev|node|serve)$/, 'React Router'],
  [/^nuxt3?$/, 'Nuxt'],
  [/^astro$/, 'Astro'],
  [/^@solidjs\/start$/, 'SolidStart'],
];
/** Their configuration files, when the package.json is not enough (`next.config.mjs`...). */
const FILE_ROUTER_CONFIGS: Array<[RegExp, string]> = [
  [/^next\.config\.[cm]?[jt]s$/, 'Next.js'],
  [/^remix\.config\.[cm]?[jt]s$/, 'Remix'],
  [/^react-router\.config\.[cm]?[jt]s$/, 'React Router'],
  [/^nuxt\.config\.[cm]?[jt]s$/, 'Nuxt'],
  [/^astro\.config\.[cm]?[jt]s$/, 'Astro'],
];

/** The file-based routers a package.json's dependencies name. */
export function fileRoutersIn(packageJson: string): string[] {
  let doc: { dependencies?: Record<string, unknown>; devDependencies?: Record<string, unknown> };
  try {
    doc = JSON.parse(packageJson) as typeof doc;
  } catch {
    return [];
  }
  const deps = { ...(doc?.devDependencies ?? {}), ...(doc?.dependencies ?? {}) };
  const names = Object.keys(deps);
  // Remix 1 routes by nested folders unless a flag of its config says otherwise: read both ways.
  const remix1 = names.some((n) => /^@remix-run\//.test(n) && typeof deps[n] === 'string' && /^[\^~>=v\s]*1\./.test(deps[n] as string));
  return [...new Set(FILE_ROUTERS.filter(([re]) => names.some((n) => re.test(n))).map(([, name]) => (name === 'Remix' && remix1 ? 'Remix 1' : name)))];
}

export function manifestDirsOf(paths: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const p of paths) {
    const base = p.slice(p.lastIndexOf('/') + 1);
    if (isManifestName(base)) out.add(p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');
  }
  return out;
}

const JS_LANGS: ReadonlySet<string> = new Set(['typescript', 'tsx', 'javascript']);

interface Ref {
  file: string;
  name: string;
}

export function buildRouteModel(
  files: ReadonlyArray<{ path: string; facts: FileRoutes }>,
  paths: readonly string[],
  healthDeps: ReadonlyArray<{ path: string; deps: Array<{ name: string; paths: string[] }> }> = [],
  springConfigs: ReadonlyArray<{ path: string; contextPath: string; port?: number; actuator?: { basePath?: string; moved?: true } }> = [],
  more: {
    /** package.json files and the file-based routers their dependencies name. */
    fileRouting?: ReadonlyArray<{ path: string; routers: string[] }>;
    /** Which paths are runtime code (file-based routes of tests and examples serve nothing); all when absent. */
    isRuntime?: (path: string) => boolean;
    /** React Router `app/routes.ts` configurations read, by path. */
    routeConfigs?: ReadonlyMap<string, RouteConfig>;
    /** package.json files with a name: bare imports of the repository's own packages resolve to them. */
    packages?: ReadonlyArray<{ path: string; facts: PackageFacts }>;
  } = {},
): ServiceRoutes[] {
  const byPath = new Map(files.map((f) => [f.path, f.facts]));
  const manifestDirs = manifestDirsOf(paths);
  const services = new Map<string, ServiceRoutes>();
  const serviceFor = (root: string) => {
    let s = services.get(root);
    if (!s) {
      s = { root, frameworks: [], routes: [], prefixes: [], literals: new Set(), catchAll: false, healthModules: [], confident: false, fileRouting: [], listens: [] };
      services.set(root, s);
    }
    return s;
  };

  // Module resolution against the files that have facts; bare JS imports of the repository's own packages too.
  const workspace = workspaceResolver(more.packages ?? [], (p) => byPath.has(p));
  const resolveModule = (from: string, module: string, lang: string): string | undefined => {
    const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
    if (lang === 'python') {
      let rel: string;
      const dots = /^\.+/.exec(module)?.[0].length ?? 0;
      if (dots > 0) {
        let base = dir.split('/').filter(Boolean);
        base = base.slice(0, Math.max(0, base.length - (dots - 1)));
        rel = [...base, ...module.slice(dots).split('.').filter(Boolean)].join('/');
        return [`${rel}.py`, `${rel}/__init__.py`].find((c) => byPath.has(c));
      }
      rel = module.split('.').join('/');
      const candidates = [`${rel}.py`, `${rel}/__init__.py`];
      // Absolute module: from any source root (repo root, src/, the service folder).
      for (const f of byPath.keys()) if (candidates.some((c) => f === c || f.endsWith(`/${c}`))) return f;
      return undefined;
    }
    if (!module.startsWith('.')) return JS_LANGS.has(lang) ? workspace(module) : undefined;
    const joined = normalise(`${dir}/${module}`);
    const stem = joined.replace(/\.(js|mjs|cjs|jsx)$/, '');
    const exts = ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.jsx', '/index.ts', '/index.js', '/index.tsx', '/index.mjs'];
    if (byPath.has(joined)) return joined;
    for (const e of exts) if (byPath.has(stem + e)) return stem + e;
    return undefined;
  };

  /**
   * The variable an exported name is in a module: its own, or followed through `export { x } from`
   * and `export * from` (a package's index passes its routers on), a few modules deep.
   */
  const throughReexports = (file: string, exported: string, depth = 0, budget = { visits: 0 }): Ref => {
    const f = byPath.get(file)!;
    const own = exported === 'default' ? f.defaultExport : f.routers.some((r) => r.name === exported) || f.routes.some((r) => r.recv === exported) ? exported : undefined;
    if (own !== undefined || depth > 8 || !f.reexports) return { file, name: own ?? (exported === 'default' ? 'router' : exported) };
    for (const re of f.reexports) {
      if (re.as !== exported && !(re.as === '*' && exported !== 'default')) continue;
      // Barrels of barrels (`export *` fanning out at every level): a bounded number of modules per name.
      if (++budget.visits > 200) break;
      const next = resolveModule(file, re.module, f.lang);
      if (!next || next === file) continue;
      const r = throughReexports(next, re.as === '*' ? exported : re.name, depth + 1, budget);
      // `export *` passes on only what the module has.
      if (re.as !== '*' || hasBinding(r)) return r;
    }
    return { file, name: exported === 'default' ? 'router' : exported };
  };
  const hasBinding = (r: Ref) => {
    const f = byPath.get(r.file)!;
    return f.routers.some((x) => x.name === r.name) || f.routes.some((x) => x.recv === r.name) || f.exports?.includes(r.name) === true;
  };

  /** What a mounted child expression refers to: a router variable in some file. */
  const resolveChild = (file: string, child: string): Ref | undefined => {
    const facts = byPath.get(file)!;
    if (/^[\w$]+$/.test(child)) {
      if (facts.routers.some((r) => r.name === child) || facts.routes.some((r) => r.recv === child)) return { file, name: child };
      const imp = facts.imports.find((i) => i.local === child);
      if (!imp) return undefined;
      // Python `from pkg import orders` where orders is a module: its `router`.
      const target = resolveModule(file, imp.attr && facts.lang === 'python' ? `${imp.module}.${imp.attr}` : imp.module, facts.lang);
      if (target && facts.lang === 'python' && imp.attr) return { file: target, name: 'router' };
      const t2 = target ?? resolveModule(file, imp.module, facts.lang);
      if (!t2) return undefined;
      return throughReexports(t2, imp.attr === undefined ? 'default' : imp.attr);
    }
    const m = /^([\w$]+)\.([\w$]+)$/.exec(child);
    if (m) {
      const imp = facts.imports.find((i) => i.local === m[1]);
      if (!imp) return undefined;
      const target = resolveModule(file, imp.attr && facts.lang === 'python' ? `${imp.module}.${imp.attr}` : imp.module, facts.lang);
      return target ? { file: target, name: m[2]! } : undefined;
    }
    return undefined;
  };

  // Mounts indexed by the router they mount.
  const mountsOf = new Map<string, Array<{ file: string; mount: Mount }>>();
  const djangoIncluders = new Map<string, Array<{ file: string; mount: Mount }>>();
  for (const { path, facts } of files) {
    for (const m of facts.mounts) {
      if (m.opaque || m.child === '') continue;
      if (m.module) {
        const target = resolveModule(path, m.child, 'python');
        if (target) djangoIncluders.set(target, [...(djangoIncluders.get(target) ?? []), { file: path, mount: m }]);
        continue;
      }
      const ref = resolveChild(path, m.child);
      if (ref) {
        const k = `${ref.file}#${ref.name}`;
        mountsOf.set(k, [...(mountsOf.get(k) ?? []), { file: path, mount: m }]);
      }
    }
  }

  /** A router's full prefix; `at`: the file of the app that anchors it (whose service serves its routes). */
  type Prefix = { prefix: string; anchored: boolean; at?: string };
  const memo = new Map<string, Prefix>();
  const prefixOf = (file: string, name: string, depth = 0): Prefix => {
    const key = `${file}#${name}`;
    const known = memo.get(key);
    if (known) return known;
    memo.set(key, { prefix: '', anchored: false }); // cycles end here
    const facts = byPath.get(file)!;
    let r: Prefix = { prefix: '', anchored: false };
    const v = facts.routers.find((x) => x.name === name);
    const mounted = mountsOf.get(key);
    if (depth > 20) r = { prefix: v?.prefix ?? '', anchored: false };
    else if (mounted && mounted.length > 0) {
      // Mounted somewhere (a router, or a sub-app: Hono `app.route('/api', api)`, Express `app.use('/admin', admin)`).
      const { file: mf, mount } = mounted[0]!;
      const p = prefixOf(mf, mount.parent, depth + 1);
      r = { ...p, prefix: joinRoute(p.prefix, mount.prefix, v?.prefix ?? '') };
    } else if (v?.kind === 'app') r = { prefix: v.prefix, anchored: true, at: file };
    else if (name === 'http' && facts.lang === 'go') r = { prefix: '', anchored: true, at: file };
    else if (v?.parent !== undefined) {
      const p = prefixOf(file, v.parent, depth + 1);
      r = { ...p, prefix: joinRoute(p.prefix, v.prefix) };
    } else {
      // An app imported from another module (`from main import app`).
      const imp = facts.imports.find((i) => i.local === name);
      const target = imp ? resolveModule(file, imp.module, facts.lang) : undefined;
      // Its routes are served by the process that imports it: they stay in this file's service.
      if (imp && target && target !== file) r = { ...prefixOf(target, imp.attr && imp.attr !== 'default' ? imp.attr : (byPath.get(target)!.defaultExport ?? name), depth + 1), at: file };
      else r = { prefix: v?.prefix ?? '', anchored: false };
    }
    memo.set(key, r);
    return r;
  };

  const djangoPrefix = (file: string, depth = 0): { prefix: string; anchored: boolean } => {
    const inc = djangoIncluders.get(file);
    if (!inc || depth > 10) return { prefix: '', anchored: !inc && /(^|\/)urls\.py$/.test(file) };
    const p = djangoPrefix(inc[0]!.file, depth + 1);
    return { prefix: joinRoute(p.prefix, inc[0]!.mount.prefix), anchored: p.anchored };
  };

  // Spring routes are served under the context path of the service's application configuration.
  // Actuator's endpoints where the configuration moves them, by service root.
  const actuators = new Map<string, { basePath?: string; moved?: true }>();
  for (const c of springConfigs) {
    const s = serviceFor(serviceRootOf(c.path, manifestDirs));
    if (c.actuator) actuators.set(s.root, { ...actuators.get(s.root), ...c.actuator });
    if (s.contextPath === undefined || c.contextPath !== '') s.contextPath = c.contextPath;
    if (c.port !== undefined && !s.listens.includes(c.port)) s.listens.push(c.port);
  }
  // Each service's JS imports, for the services whose packages it imports (ServiceRoutes.uses).
  const jsImports = new Map<ServiceRoutes, Array<FileRoutes['imports']>>();
  const usesOf = (own: string, lists: ReadonlyArray<FileRoutes['imports']>): string[] => {
    const out: string[] = [];
    for (const imports of lists) {
      for (const imp of imports) {
        const used = usedRoot(imp.module);
        if (used !== undefined && used !== own && !out.includes(used) && out.length < 50) out.push(used);
      }
    }
    return out;
  };
  // The service of the workspace package a bare import names, by package name: resolved once it
  // resolves (theia imports thousands of subpaths of its own packages), tried a few times before.
  const usedRoots = new Map<string, string | number>();
  const usedRoot = (module: string): string | undefined => {
    const name = packageName(module);
    if (name === undefined) return undefined;
    const known = usedRoots.get(name);
    if (typeof known === 'string') return known;
    if ((known ?? 0) >= 3) return undefined;
    const target = workspace(module);
    if (target === undefined) return void usedRoots.set(name, (known ?? 0) + 1);
    const root = codeServiceRootOf(target, byPath.get(target)!.lang, paths);
    usedRoots.set(name, root);
    return root;
  };
  // NestJS `setGlobalPrefix` of each service: the first file that sets one (looked up once, not per file).
  const globalPrefixes = new Map<string, string>();
  for (const f of files) {
    if (f.facts.globalPrefix === undefined) continue;
    const root = codeServiceRootOf(f.path, f.facts.lang, paths);
    if (!globalPrefixes.has(root)) globalPrefixes.set(root, f.facts.globalPrefix);
  }
  for (const { path, facts } of files) {
    const s = serviceFor(codeServiceRootOf(path, facts.lang, paths));
    for (const l of facts.literals) s.literals.add(l);
    if (JS_LANGS.has(facts.lang)) {
      const mine = jsImports.get(s);
      if (mine) mine.push(facts.imports);
      else {
        const lists = [facts.imports];
        jsImports.set(s, lists);
        let uses: string[] | undefined;
        s.uses = () => (uses ??= usesOf(s.root, lists));
      }
    }
    for (const port of facts.listens ?? []) if (s.listens.length < 20 && !s.listens.includes(port)) s.listens.push(port);
    if (facts.frameworks.length === 0) continue;
    const global = globalPrefixes.get(s.root) ?? '';
    if (facts.versioning !== undefined) s.unread ??= `NestJS versioning (\`enableVersioning\`, ${path}:${facts.versioning}) may serve every route under a version segment (\`/v1\`) the model does not read`;
    // The services serving this file's routes: its own, or the one whose app mounts its router
    // (a workspace package's router mounted by an app is part of that app's service, not one of its own).
    const owners = new Set<ServiceRoutes>();
    for (const r of facts.routes) {
      let full: Prefix;
      if (r.framework === 'nestjs') full = { prefix: global, anchored: true };
      else if (r.framework === 'spring') full = s.contextPath !== undefined ? { prefix: s.contextPath, anchored: true } : { prefix: '', anchored: false };
      else if (r.framework === 'starlette') full = { prefix: '', anchored: false };
      else if (r.framework === 'django') full = djangoPrefix(path);
      else full = prefixOf(path, r.recv);
      // After an unknown prefix only the literal tail is known, whatever the router's own prefix.
      if (r.unknownPrefix) full = { prefix: '', anchored: false };
      // Only where imports resolve exactly (JS: relative paths, package names); a Python absolute
      // import matches any file of that name, maybe another service's.
      const owner = full.anchored && full.at !== undefined && JS_LANGS.has(facts.lang) && JS_LANGS.has(byPath.get(full.at)!.lang) ? serviceFor(codeServiceRootOf(full.at, byPath.get(full.at)!.lang, paths)) : s;
      owners.add(owner);
      owner.routes.push({ path: joinRoute(full.prefix, r.path), method: r.method, anchored: full.anchored, file: path, line: r.line, ...(r.constant ? { constant: true as const } : {}) });
    }
    if (owners.size === 0) owners.add(s);
    for (const o of owners) {
      for (const fw of facts.frameworks) if (!o.frameworks.includes(fw)) o.frameworks.push(fw);
      if (facts.catchAll) o.catchAll = true;
      if (o !== s) for (const l of facts.literals) o.literals.add(l);
    }
    for (const m of facts.mounts) {
      if (!m.opaque) continue;
      const p = m.parent ? prefixOf(path, m.parent) : { prefix: '', anchored: false };
      s.prefixes.push({ prefix: joinRoute(p.prefix, m.prefix), anchored: p.anchored, why: `mounted at ${path}:${m.line}` });
    }
  }
  for (const h of healthDeps) {
    const s = serviceFor(serviceRootOf(h.path, manifestDirs));
    for (const dep of h.deps) {
      // A health module's paths are its configuration's: Actuator under another base path serves
      // `<base>/health`; moved in a way the model does not follow, its paths are unknown.
      const moved = dep.name === ACTUATOR ? actuators.get(s.root) : undefined;
      const d = moved === undefined ? dep : moved.moved ? { ...dep, paths: [] } : { ...dep, paths: actuatorPaths(moved.basePath ?? '/actuator') };
      s.healthModules.push(d);
      for (const p of d.paths) s.prefixes.push({ prefix: p, anchored: false, why: d.name });
    }
  }
  fileBasedRoutes(paths, more, manifestDirs, serviceFor, byPath);
  for (const s of services.values()) {
    s.routes.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    // Spring Boot listens on 8080 unless `server.port` says otherwise.
    if (s.frameworks.includes('spring') && s.listens.length === 0 && s.contextPath !== undefined) s.listens.push(8080);
    s.confident = s.routes.length > 0 && !s.catchAll && !s.healthModules.some((h) => h.paths.length === 0);
  }
  return [...services.values()].filter((s) => s.routes.length > 0 || s.healthModules.length > 0 || s.literals.size > 0).sort((a, b) => a.root.localeCompare(b.root));
}

/**
 * File-based routers of each service (named by its package.json or a config file), their routes read
 * from the file tree by file-routes.ts in one pass; a route module's exports decide what it answers.
 */
function fileBasedRoutes(
  paths: readonly string[],
  more: { fileRouting?: ReadonlyArray<{ path: string; routers: string[] }>; isRuntime?: (path: string) => boolean; routeConfigs?: ReadonlyMap<string, RouteConfig> },
  manifestDirs: ReadonlySet<string>,
  serviceFor: (root: string) => ServiceRoutes,
  byPath: ReadonlyMap<string, FileRoutes>,
): void {
  const routers = new Map<string, Set<string>>();
  const add = (root: string, name: string) => routers.set(root, (routers.get(root) ?? new Set()).add(name));
  for (const f of more.fileRouting ?? []) for (const r of f.routers) add(dirOrDot(f.path), r);
  for (const p of paths) {
    const base = p.slice(p.lastIndexOf('/') + 1);
    const hit = FILE_ROUTER_CONFIGS.find(([re]) => re.test(base));
    if (hit && (!more.isRuntime || more.isRuntime(p))) add(serviceRootOf(p, manifestDirs), hit[1]);
  }
  const services = new Map(
    [...routers].sort((a, b) => a[0].localeCompare(b[0])).map(([root, names]) => {
      const s = serviceFor(root);
      s.fileRouting = [...names].sort();
      if (names.has('Next.js') && !s.frameworks.includes('next.js')) s.frameworks.push('next.js');
      return [root, s] as const;
    }),
  );
  readFileRoutes(paths, services, {
    ...(more.isRuntime ? { isRuntime: more.isRuntime } : {}),
    serviceRootOf: (p) => serviceRootOf(p, manifestDirs),
    exportsOf: (p) => {
      const f = byPath.get(p);
      return f ? (f.exports ?? []) : undefined;
    },
    routeConfigs: more.routeConfigs ?? new Map(),
  });
}

function trimSlash(p: string): string {
  return p.length > 1 ? stripTrailingSlashes(p) : p;
}

function patternRegex(pattern: string): string {
  const segs = trimSlash(pattern).split('/').filter(Boolean);
  return segs
    .map((s) => {
      if (/^(\*|\*\*|\*\w+|\{\*\w*\}|\{\w+:path\}|:\w+\*|\(\.\*\)|<path:\w+>)$/.test(s)) return '(?:/.*)?';
      if (/^:\w+\?$/.test(s)) return '(?:/[^/]+)?'; // an optional parameter (Express, React Router, SvelteKit `[[x]]`)
      if (/^(:\w+|\{[^}]+\}|<[^>]+>)$/.test(s)) return '/[^/]+';
      if (s.endsWith('*')) return `/${escapeRe(s.slice(0, -1))}.*`;
      return `/${escapeRe(s)}`;
    })
    .join('');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Does a route pattern serve `path`? Anchored: the whole path; else any path ending with it.
 * Both come from the pull request (its code, its probes), and each wildcard segment is a `.*`: V8
 * would backtrack O(n^k) (eight `a*` segments took 97 s on a 120-character probe path), so the
 * match runs in RE2, in linear time.
 */
export function patternMatches(pattern: string, path: string, anchored: boolean): boolean {
  const body = patternRegex(pattern);
  const p = trimSlash(path.replace(/[?#].*$/, ''));
  if (body === '') return anchored ? p === '/' || p === '' : true;
  const source = anchored ? `^${body}$` : `(?:^|/)${body.replace(/^\//, '')}$`;
  let re = compiled.get(source);
  if (!re) {
    re = RE2JS.compile(source);
    if (compiled.size < 4096) compiled.set(source, re);
  }
  return re.test(p === '/' ? '' : p);
}

const compiled = new Map<string, RE2JS>();

export function serves(s: ServiceRoutes, path: string): { served: boolean; by?: string } {
  const p = trimSlash(path.replace(/[?#].*$/, ''));
  for (const r of s.routes) if (r.nocase ? patternMatches(r.path.toLowerCase(), p.toLowerCase(), r.anchored) : patternMatches(r.path, p, r.anchored)) return { served: true, by: `${r.file}:${r.line}` };
  for (const x of s.prefixes) {
    const pre = trimSlash(x.prefix);
    if (p === pre || p.startsWith(`${pre}/`) || (!x.anchored && (p.endsWith(pre) || p.includes(`${pre}/`)))) return { served: true, by: x.why };
  }
  const bare = p.replace(/^\//, '');
  for (const v of [p, bare, `${p}/`, `${bare}/`]) if (s.literals.has(v)) return { served: true, by: 'written in the code' };
  return { served: false };
}

export function healthRoutes(s: ServiceRoutes): string[] {
  const out = new Set<string>();
  for (const r of s.routes) if (isHealthPath(r.path)) out.add(r.path);
  for (const x of s.prefixes) if (isHealthPath(x.prefix)) out.add(x.prefix);
  return [...out].sort();
}

export function serviceOf(model: readonly ServiceRoutes[], root: string): ServiceRoutes | undefined {
  return model.find((s) => s.root === root);
}
