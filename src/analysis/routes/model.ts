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

export interface ResolvedRoute {
  path: string;
  method: string;
  anchored: boolean;
  file: string;
  line: number;
  /** A page of file-based routing (Next.js `page.tsx`, `pages/about.tsx`): it answers GET, it is no API. */
  page?: true;
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
  catchAll: boolean;
  /** Health libraries declared (Spring Actuator, terminus...), with whether their paths are known. */
  healthModules: Array<{ name: string; paths: string[] }>;
  /** Spring `server.servlet.context-path` (or WebFlux base path), '' when configured without one; undefined when no Spring configuration was read. */
  contextPath?: string;
  /** The model can judge paths: routes found, no catch-all, no health module with unknown paths. */
  confident: boolean;
  /** File-based routers of the service (Next.js, SvelteKit, Remix...), by name. */
  fileRouting: string[];
  /**
   * Routes the model cannot read although the service has them, one clause ("this service's routes
   * are partly file-based (SvelteKit)"): a path it does not list may still be served.
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

export function healthDepsIn(text: string): Array<{ name: string; paths: string[] }> {
  return HEALTH_DEPS.filter((h) => new RegExp(`(^|[\\s"'\\[(=,<>])${h.dep.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?=$|[\\s"'\\]<>=~!;@:,)\\[/])`, 'm').test(text)).map((h) => ({ name: h.name, paths: h.paths }));
}

const HEALTH_SEGMENT = /^_{0,2}(health|healthz|healthcheck|health-check|health_check|healthy|ready|readyz|readiness|live|livez|liveness|alive|status|ping|heartbeat|up|startup|startupz)_{0,2}$/i;

export function isHealthPath(path: string): boolean {
  return path.split('/').some((s) => HEALTH_SEGMENT.test(s));
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
    r = Object.assign(
      ECOSYSTEM_MANIFEST.map(([lang, manifest]): [RegExp, Set<string>] => [lang, new Set(paths.filter((p) => manifest.test(p.slice(p.lastIndexOf('/') + 1))).map(dirOrDot))]),
      { all: manifestDirsOf(paths) },
    );
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
  const names = [...Object.keys(doc?.dependencies ?? {}), ...Object.keys(doc?.devDependencies ?? {})];
  return [...new Set(FILE_ROUTERS.filter(([re]) => names.some((n) => re.test(n))).map(([, name]) => name))];
}

const CODE_FILE = /\.(?:[cm]?[jt]sx?)$/;

/**
 * The routes of a Next.js service from its files (root-relative to the service): the app router
 * (`app/**\/route.ts` handlers and `page.tsx` pages; route groups `(x)` and slots `@x` leave no
 * segment, `_private` folders and intercepting `(.)x` routes serve nothing) and the pages router
 * (`pages/api/**` handlers, other pages), under `src/` or not. `[id]` is a parameter, `[...x]` and
 * `[[...x]]` match the rest.
 */
export function nextRoutes(rel: string): { path: string; page: boolean } | undefined {
  if (!CODE_FILE.test(rel) || /\.d\.[cm]?ts$/.test(rel)) return undefined;
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
  const path = `/${segs.map((s) => (/^\[\[?\.\.\.\w+\]\]?$/.test(s) ? '*' : s.replace(/^\[(\w+)\]$/, ':$1'))).join('/')}`;
  return { path, page };
}

export function manifestDirsOf(paths: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const p of paths) {
    const base = p.slice(p.lastIndexOf('/') + 1);
    if (isManifestName(base)) out.add(p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');
  }
  return out;
}

interface Ref {
  file: string;
  name: string;
}

export function buildRouteModel(
  files: ReadonlyArray<{ path: string; facts: FileRoutes }>,
  paths: readonly string[],
  healthDeps: ReadonlyArray<{ path: string; deps: Array<{ name: string; paths: string[] }> }> = [],
  springConfigs: ReadonlyArray<{ path: string; contextPath: string }> = [],
  more: {
    /** package.json files and the file-based routers their dependencies name. */
    fileRouting?: ReadonlyArray<{ path: string; routers: string[] }>;
    /** Which paths are runtime code (file-based routes of tests and examples serve nothing); all when absent. */
    isRuntime?: (path: string) => boolean;
  } = {},
): ServiceRoutes[] {
  const byPath = new Map(files.map((f) => [f.path, f.facts]));
  const manifestDirs = manifestDirsOf(paths);
  const services = new Map<string, ServiceRoutes>();
  const serviceFor = (root: string) => {
    let s = services.get(root);
    if (!s) {
      s = { root, frameworks: [], routes: [], prefixes: [], literals: new Set(), catchAll: false, healthModules: [], confident: false, fileRouting: [] };
      services.set(root, s);
    }
    return s;
  };

  // Module resolution against the files that have facts.
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
    if (!module.startsWith('.')) return undefined;
    const joined = normalise(`${dir}/${module}`);
    const stem = joined.replace(/\.(js|mjs|cjs|jsx)$/, '');
    const exts = ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.jsx', '/index.ts', '/index.js', '/index.tsx', '/index.mjs'];
    if (byPath.has(joined)) return joined;
    for (const e of exts) if (byPath.has(stem + e)) return stem + e;
    return undefined;
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
      const tf = byPath.get(t2)!;
      const name = imp.attr === undefined || imp.attr === 'default' ? (tf.defaultExport ?? 'router') : imp.attr;
      return { file: t2, name };
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

  const memo = new Map<string, { prefix: string; anchored: boolean }>();
  const prefixOf = (file: string, name: string, depth = 0): { prefix: string; anchored: boolean } => {
    const key = `${file}#${name}`;
    const known = memo.get(key);
    if (known) return known;
    memo.set(key, { prefix: '', anchored: false }); // cycles end here
    const facts = byPath.get(file)!;
    let r: { prefix: string; anchored: boolean } = { prefix: '', anchored: false };
    const v = facts.routers.find((x) => x.name === name);
    const mounted = mountsOf.get(key);
    if (depth > 20) r = { prefix: v?.prefix ?? '', anchored: false };
    else if (mounted && mounted.length > 0) {
      // Mounted somewhere (a router, or a sub-app: Hono `app.route('/api', api)`, Express `app.use('/admin', admin)`).
      const { file: mf, mount } = mounted[0]!;
      const p = prefixOf(mf, mount.parent, depth + 1);
      r = { prefix: joinRoute(p.prefix, mount.prefix, v?.prefix ?? ''), anchored: p.anchored };
    } else if (v?.kind === 'app') r = { prefix: v.prefix, anchored: true };
    else if (name === 'http' && facts.lang === 'go') r = { prefix: '', anchored: true };
    else if (v?.parent !== undefined) {
      const p = prefixOf(file, v.parent, depth + 1);
      r = { prefix: joinRoute(p.prefix, v.prefix), anchored: p.anchored };
    } else {
      // An app imported from another module (`from main import app`).
      const imp = facts.imports.find((i) => i.local === name);
      const target = imp ? resolveModule(file, imp.module, facts.lang) : undefined;
      if (imp && target && target !== file) r = prefixOf(target, imp.attr && imp.attr !== 'default' ? imp.attr : (byPath.get(target)!.defaultExport ?? name), depth + 1);
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
  for (const c of springConfigs) {
    const s = serviceFor(serviceRootOf(c.path, manifestDirs));
    if (s.contextPath === undefined || c.contextPath !== '') s.contextPath = c.contextPath;
  }
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
    if (facts.frameworks.length === 0) continue;
    for (const fw of facts.frameworks) if (!s.frameworks.includes(fw)) s.frameworks.push(fw);
    if (facts.catchAll) s.catchAll = true;
    const global = globalPrefixes.get(s.root) ?? '';
    for (const r of facts.routes) {
      let full: { prefix: string; anchored: boolean };
      if (r.framework === 'nestjs') full = { prefix: global, anchored: true };
      else if (r.framework === 'spring') full = s.contextPath !== undefined ? { prefix: s.contextPath, anchored: true } : { prefix: '', anchored: false };
      else if (r.framework === 'starlette') full = { prefix: '', anchored: false };
      else if (r.framework === 'django') full = djangoPrefix(path);
      else full = prefixOf(path, r.recv);
      // After an unknown prefix only the literal tail is known, whatever the router's own prefix.
      if (r.unknownPrefix) full = { prefix: '', anchored: false };
      s.routes.push({ path: joinRoute(full.prefix, r.path), method: r.method, anchored: full.anchored, file: path, line: r.line });
    }
    for (const m of facts.mounts) {
      if (!m.opaque) continue;
      const p = m.parent ? prefixOf(path, m.parent) : { prefix: '', anchored: false };
      s.prefixes.push({ prefix: joinRoute(p.prefix, m.prefix), anchored: p.anchored, why: `mounted at ${path}:${m.line}` });
    }
  }
  for (const h of healthDeps) {
    const s = serviceFor(serviceRootOf(h.path, manifestDirs));
    for (const d of h.deps) {
      s.healthModules.push(d);
      for (const p of d.paths) s.prefixes.push({ prefix: p, anchored: false, why: d.name });
    }
  }
  fileBasedRoutes(paths, more, manifestDirs, serviceFor);
  for (const s of services.values()) {
    s.routes.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    s.confident = s.routes.length > 0 && !s.catchAll && !s.healthModules.some((h) => h.paths.length === 0);
  }
  return [...services.values()].filter((s) => s.routes.length > 0 || s.healthModules.length > 0 || s.literals.size > 0).sort((a, b) => a.root.localeCompare(b.root));
}

/** File-based routers of each service: Next.js routes read from the file tree; the others named as unread. */
function fileBasedRoutes(
  paths: readonly string[],
  more: { fileRouting?: ReadonlyArray<{ path: string; routers: string[] }>; isRuntime?: (path: string) => boolean },
  manifestDirs: ReadonlySet<string>,
  serviceFor: (root: string) => ServiceRoutes,
): void {
  const routers = new Map<string, Set<string>>();
  const add = (root: string, name: string) => routers.set(root, (routers.get(root) ?? new Set()).add(name));
  for (const f of more.fileRouting ?? []) for (const r of f.routers) add(dirOrDot(f.path), r);
  for (const p of paths) {
    const base = p.slice(p.lastIndexOf('/') + 1);
    const hit = FILE_ROUTER_CONFIGS.find(([re]) => re.test(base));
    if (hit && (!more.isRuntime || more.isRuntime(p))) add(serviceRootOf(p, manifestDirs), hit[1]);
  }
  const services = [...routers].sort((a, b) => a[0].localeCompare(b[0])).map(([root, names]) => {
    const s = serviceFor(root);
    s.fileRouting = [...names].sort();
    if (names.has('Next.js') && !s.frameworks.includes('next.js')) s.frameworks.push('next.js');
    return s;
  });
  // Next.js routes and middleware in one pass over the tree (not one pass per service).
  const next = new Map(services.filter((s) => s.fileRouting.includes('Next.js')).map((s) => [s.root, s]));
  if (next.size > 0) {
    for (const p of paths) {
      if (more.isRuntime && !more.isRuntime(p)) continue;
      // Middleware at `<root>/middleware.ts` or `<root>/src/middleware.ts`, whatever manifest is nearer.
      if (/(?:^|\/)middleware\.[cm]?[jt]s$/.test(p)) {
        const dir = dirOrDot(p);
        const parent = dir === 'src' ? '.' : dir.endsWith('/src') ? dir.slice(0, -4) : undefined;
        for (const owner of [next.get(dir), parent === undefined ? undefined : next.get(parent)]) if (owner) owner.unread ??= `Next.js middleware (${p}) may answer or rewrite any path`;
      }
      const s = next.get(serviceRootOf(p, manifestDirs));
      if (!s) continue;
      const r = nextRoutes(s.root === '.' ? p : p.slice(s.root.length + 1));
      if (r) s.routes.push({ path: r.path, method: r.page ? 'GET' : 'ANY', anchored: true, file: p, line: 1, ...(r.page ? { page: true as const } : {}) });
    }
  }
  for (const s of services) {
    const unmodelled = s.fileRouting.filter((n) => n !== 'Next.js');
    if (unmodelled.length > 0) s.unread = `this service's routes are partly file-based (${unmodelled.join(', ')})`;
  }
}

function normalise(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

function trimSlash(p: string): string {
  return p.length > 1 ? stripTrailingSlashes(p) : p;
}

function patternRegex(pattern: string): string {
  const segs = trimSlash(pattern).split('/').filter(Boolean);
  return segs
    .map((s) => {
      if (/^(\*|\*\*|\*\w+|\{\*\w*\}|\{\w+:path\}|:\w+\*|\(\.\*\)|<path:\w+>)$/.test(s)) return '(?:/.*)?';
      if (/^(:\w+\??|\{[^}]+\}|<[^>]+>)$/.test(s)) return '/[^/]+';
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
