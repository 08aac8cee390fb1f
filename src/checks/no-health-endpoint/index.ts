// no-health-endpoint: a service with HTTP routes and no health/readiness/liveness route (RULES.md,
// deploy, service rule): the platform cannot tell a started process from a working one, so a broken
// release takes traffic and is never restarted. Judged per service (manifest folder) when its code's
// routes were read; health libraries (Spring Actuator, terminus, django-health-check...), a
// health path written anywhere in its code, and a Dockerfile HEALTHCHECK of the service (whatever
// route its command calls, often through a script: seen in mealie) count. Owns the "health endpoints" gap row.
// Proven only for a service the repository deploys (a Dockerfile, compose build, Helm chart or
// Procfile of the repository map runs it) whose routes are all read; likely, with the gap named,
// for a library or an app whose image is built elsewhere, an app beside another one of the same
// deployable unit that serves health (it may be mounted into it), routes not all read (a file-based
// router's middleware, an unread React Router routes.ts), and
// Spring without Actuator (it may come in transitively: Maven/Gradle dependencies are not resolved).
import { DOCKERFILE_GLOBS, dockerfileOf, isDockerfilePath } from '../../analysis/dockerfile.js';
import { healthRoutes, isHealthPath, manifestDirsOf, mayBeHealthPath, observeRoutes, ROUTE_GLOBS, ROUTE_LANGS, runtimeRouteModel, serviceRootOf, type RouteObservation, type ServiceRoutes } from '../../analysis/routes/index.js';
import { dirOf } from '../../analysis/repo-map/context.js';
import { defineCheck } from '../../model/check.js';
import type { DeployableUnit } from '../../model/repo-map.js';
import { csprojBuildsLibrary } from '../../workspace/profile.js';

export default defineCheck({
  meta: {
    id: 'no-health-endpoint',
    area: 'deploy',
    severity: 'P0',
    effortMinutes: 60,
    title: 'No health endpoint',
    serviceOnly: true,
    certainty: 'proven',
    proof: 'the repository deploys the service, its routes were read in full, and neither they, a health library, a health path in its code nor a Dockerfile HEALTHCHECK provides a health check',
    scope: 'runtime',
    precision: 'high',
    docs: 'rules/checks/no-health-endpoint.md',
    pure: true,
    files: [...ROUTE_GLOBS, ...DOCKERFILE_GLOBS],
    // A C# project's SDK says whether it is an app or a class library mapped into one.
    capture: ['**/*.csproj'],
    languages: ROUTE_LANGS,
    messages: {
      missing: 'The service{root} serves {count} HTTP route{s} ({frameworks}; e.g. `{example}`) but no health endpoint (`/health`, `/healthz`, `/ready`, `/live`, `/status`, `/ping`...): probes and load balancers cannot tell whether it works.',
    },
    remediation:
      'Add a cheap liveness route (`GET /livez`: the process answers) and a readiness route (`GET /readyz`: dependencies reachable), and point the platform\'s probes and load-balancer health checks at them.',
  },
  create(ctx) {
    return {
      file(f) {
        if (isDockerfilePath(f.path)) {
          // A database or broker check (pg_isready, redis-cli ping...) says nothing about an HTTP service.
          const check = dockerfileOf(f).healthchecks.find((h) => !h.none && !NOT_HTTP.test(h.command));
          if (check) ctx.observe({ t: 'docker-healthcheck', line: check.line } satisfies HealthcheckObservation);
          return;
        }
        // Routes of tests, tooling and examples are not what the service serves.
        const r = ctx.classOf(f.path) === 'runtime' ? observeRoutes(f) : undefined;
        if (r) ctx.observe(r);
      },
      end() {
        const all = ctx.observations<RouteObservation | HealthcheckObservation>();
        const routes = all.filter((o): o is { path: string; value: RouteObservation } => o.value.t !== 'docker-healthcheck');
        const model = runtimeRouteModel(ctx.workspace, routes);
        const manifestDirs = manifestDirsOf(ctx.workspace.files);
        const checked = new Map<string, string>(); // service root → `Dockerfile:line` of its HEALTHCHECK
        for (const o of all) {
          if (o.value.t !== 'docker-healthcheck') continue;
          const root = serviceRootOf(o.path, manifestDirs);
          if (!checked.has(root)) checked.set(root, `HEALTHCHECK in ${o.path}:${o.value.line}`);
        }
        // Pages of file-based routing (a Next.js site) make a website, not an HTTP API.
        const served = model.filter((s) => s.routes.some((r) => !r.page));
        if (served.length === 0) {
          // A pass is earned only where the routes were read: name the runtime code whose routes are not.
          const unread = unreadRouteCode(ctx.workspace.files, ctx.classOf);
          const why = unread === undefined ? '' : `; routes of ${unread.lang} code (${unread.path}) are not read`;
          ctx.gap('health endpoints', 'n/a', `no HTTP routes found${why}`, 'deploy');
          return ctx.notApplicable(`no HTTP routes found in the code${why}`);
        }
        let missing = 0;
        const evidence: string[] = [];
        // Each service's health evidence, computed once (the sibling search below asks it of every other service).
        const health = new Map(served.map((s) => {
          const literal = [...s.literals].find((l) => l.includes('/') && isHealthPath(l));
          return [s, healthRoutes(s)[0] ?? s.healthModules[0]?.paths[0] ?? s.healthModules[0]?.name ?? literal ?? checked.get(s.root)] as const;
        }));
        const deploy = deployment(ctx.workspace.map.units, ctx.workspace.files, manifestDirs, served.map((s) => s.root));
        const byRoot = new Map(model.map((s) => [s.root, s]));
        // Deployable unit → the services it runs that serve health, in the order of `served`.
        const healthyIn = new Map<string, number[]>();
        served.forEach((o, i) => {
          if (health.get(o) === undefined) return;
          for (const u of deploy.get(o.root) ?? []) {
            const at = healthyIn.get(u);
            if (at) at.push(i);
            else healthyIn.set(u, [i]);
          }
        });
        served.forEach((s, index) => {
          const found = health.get(s);
          if (found !== undefined) {
            evidence.push(found);
            return;
          }
          missing++;
          const first = s.routes.find((r) => !r.page)!;
          const units = deploy.get(s.root) ?? [];
          // Another app of the same deployable unit with a health route: this one may be mounted into it.
          const nearest = units.reduce((m, u) => (healthyIn.get(u) ?? []).reduce((n, i) => (i !== index && i < n ? i : n), m), Infinity);
          const sibling = nearest === Infinity ? undefined : served[nearest];
          // GET / answers (a page, or an API's index): a liveness probe can use it, so nothing is proven
          // missing, only a dedicated endpoint (realworld's `GET /` → "API is running", a Next.js index page).
          const answers = probeable(s);
          // A router or include the model could not follow (`include(mathesar_urls)`): its routes are unread.
          const hidden = s.prefixes.find((x) => x.why.startsWith('mounted at '));
          // A route named with a health word among others (changedetection.io's `/worker-health`).
          const named = s.routes.find((r) => !r.page && mayBeHealthPath(r.path));
          // An ASP.NET class library maps its endpoints into the web project that references it.
          const library = s.frameworks.includes('aspnetcore') ? classLibraryOf(ctx.workspace, s.root) : undefined;
          // A workspace package it imports runs in its process and may register a health route there.
          const imported = usedHealth(s, byRoot);
          const gap =
            answers !== undefined
              ? answers
              : library !== undefined
              ? `${library} is a class library, not a web app: its endpoints are mapped into the app that references it, where health may be mapped too`
              : imported !== undefined
              ? `\`${imported.root}\`, a workspace package it imports, names \`${imported.path}\`: what that package registers when loaded (a decorated controller) may serve it here`
              : named
              ? `\`${named.path}\` may be a health endpoint (a health word in its name)`
              : hidden
              ? `routes ${hidden.why} (a router or include the model does not follow) are not read`
              : units.length === 0
              ? 'nothing in the repository deploys this service (no Dockerfile, compose service or manifest runs it)'
              : sibling
                ? `another app in the same deployable unit (${sibling.root === '.' ? 'repository root' : sibling.root}) serves ${health.get(sibling)}; this one may be mounted into it`
                : (s.unread ??
                  (s.frameworks.includes('spring')
                    ? `Spring Boot Actuator (/actuator/health) may come in transitively; ${ctx.workspace.has(s.root === '.' ? 'pom.xml' : `${s.root}/pom.xml`) ? 'Maven' : 'Gradle'} dependencies are not resolved`
                    : undefined));
          ctx.report({
            messageId: 'missing',
            location: { path: first.file },
            data: {
              root: s.root === '.' ? '' : ` in ${s.root}`,
              count: s.routes.length,
              s: s.routes.length === 1 ? '' : 's',
              frameworks: s.frameworks.join(', '),
              example: first.path,
            },
            fingerprintKey: `missing:${s.root}`,
            ...(gap !== undefined ? { certainty: 'likely' as const, gap } : {}),
          });
        });
        ctx.gap('health endpoints', missing === 0 ? 'present' : missing === served.length ? 'missing' : 'partial', evidence[0], 'deploy');
      },
    };
  },
});

/** Languages whose HTTP routes the route model does not read (ROUTE_LANGS reads the others), by extension. */
const UNREAD_ROUTE_LANGS: ReadonlyMap<string, string> = new Map([
  // `.exs` files are Elixir's scripts and configuration (mix.exs, .credo.exs, tests): `.ex` holds the app.
  ['ex', 'Elixir'], ['erl', 'Erlang'], ['gleam', 'Gleam'], ['rs', 'Rust'], ['kt', 'Kotlin'], ['scala', 'Scala'],
  ['clj', 'Clojure'], ['swift', 'Swift'], ['dart', 'Dart'], ['hs', 'Haskell'], ['fs', 'F#'], ['cr', 'Crystal'],
]);

/** The first runtime file of a language whose routes are not read, if any. */
function unreadRouteCode(files: readonly string[], classOf: (path: string) => string): { lang: string; path: string } | undefined {
  for (const path of files) {
    const dot = path.lastIndexOf('.');
    const lang = dot > path.lastIndexOf('/') ? UNREAD_ROUTE_LANGS.get(path.slice(dot + 1)) : undefined;
    if (lang !== undefined && classOf(path) === 'runtime') return { lang, path };
  }
  return undefined;
}

/** The first service whose package `s` imports that routes or names a health path, and that path. */
function usedHealth(s: ServiceRoutes, byRoot: ReadonlyMap<string, ServiceRoutes>): { root: string; path: string } | undefined {
  for (const root of s.uses?.() ?? []) {
    const t = byRoot.get(root);
    const path = t === undefined ? undefined : (healthRoutes(t)[0] ?? [...t.literals].find((l) => l.includes('/') && isHealthPath(l)));
    if (path !== undefined) return { root, path };
  }
  return undefined;
}

/**
 * The deployable units of the repository map that run each service root: a container image (a
 * Dockerfile's folder or a compose build context) or a Helm chart holding it, an image whose
 * CMD/ENTRYPOINT starts a file of it, a Dockerfile below it that belongs to it (`docker/Dockerfile`
 * of the service at the root). A Procfile or fly.toml of the service is a unit too. Libraries,
 * packages with a `main`, Django or Go programs nothing packages are not deployed by the repository.
 * Indexed once: each unit, entry and platform file is walked up its folders to the roots it holds
 * (never every unit for every service).
 */
function deployment(units: readonly DeployableUnit[], files: readonly string[], manifestDirs: ReadonlySet<string>, roots: readonly string[]): Map<string, string[]> {
  const key = (root: string) => (root === '.' ? '' : root);
  const rootOf = new Map(roots.map((r) => [key(r), r]));
  const found = new Map<string, Set<number>>(); // root → indices of the units that run it
  const add = (root: string | undefined, i: number) => {
    if (root !== undefined) found.set(root, (found.get(root) ?? new Set()).add(i));
  };
  /** The roots holding a path (the path itself included, the repository root last). */
  const rootsAbove = (path: string) => {
    const out: string[] = [];
    for (let d = path; ; d = dirOf(d)) {
      const r = rootOf.get(d);
      if (r !== undefined) out.push(r);
      if (d === '') return out;
    }
  };
  const runners = units.filter((u) => u.kind === 'container' || u.kind === 'helm');
  // Roots below a unit's folder: grouped by that folder, each root walked up once.
  const runnersAt = new Map<string, number[]>();
  runners.forEach((u, i) => {
    const at = runnersAt.get(key(u.root));
    if (at) at.push(i);
    else runnersAt.set(key(u.root), [i]);
  });
  for (const [k, r] of rootOf) for (let d = k; ; d = dirOf(d)) {
    for (const i of runnersAt.get(d) ?? []) add(r, i);
    if (d === '') break;
  }
  runners.forEach((u, i) => {
    for (const e of u.entries) for (const r of rootsAbove(e)) add(r, i);
    if (u.kind === 'container') {
      const r = serviceRootOf(`${u.root}/Dockerfile`, manifestDirs);
      if (rootOf.get(key(r)) === r) add(r, i);
    }
  });
  const out = new Map<string, string[]>();
  for (const r of roots) out.set(r, [...(found.get(r) ?? [])].sort((a, b) => a - b).map((i) => `${runners[i]!.kind}:${runners[i]!.root}`));
  for (const p of files) if (/(?:^|\/)(?:Procfile|fly\.toml)$/.test(p)) out.get(serviceRootOf(p, manifestDirs))?.push(p);
  return out;
}

const NOT_HTTP = /\b(?:pg_isready|redis-cli|mysqladmin|mongo(?:sh)?|rabbitmq-diagnostics|rabbitmqctl|cqlsh|nodetool|kafka-\w+|nc|zkServer\.sh)\b/;

interface HealthcheckObservation {
  t: 'docker-healthcheck';
  line: number;
}

/**
 * What answers a probe although no route is named for health: GET / (an index page, an API's
 * `GET /`), a mount or static files at `/` (Swagger UI, a SPA), a catch-all route, `/metrics` (an
 * exporter), or a parameter-free GET that returns a constant. A liveness probe can use it, so only a dedicated endpoint is missing: likely, not proven.
 */
function probeable(s: ServiceRoutes): string | undefined {
  const get = (r: ServiceRoutes['routes'][number]) => ['GET', 'ALL', '*', 'ANY'].includes(r.method.toUpperCase());
  const root = s.routes.find((r) => r.anchored && (r.path === '/' || r.path === '') && get(r));
  if (root) return `${root.page ? 'a page answers' : 'it serves'} GET / (${root.file}:${root.line}), which a probe can use`;
  const mount = s.prefixes.find((x) => x.anchored && (x.prefix === '' || x.prefix === '/'));
  if (mount) return `everything under / is served by a mount (${mount.why}), which a probe can use`;
  if (s.catchAll) return 'a catch-all route answers any path, which a probe can use';
  const metrics = s.routes.find((r) => r.anchored && r.path === '/metrics' && get(r));
  if (metrics) return `it serves GET /metrics (${metrics.file}:${metrics.line}), which a probe can use`;
  // A parameter-free GET whose handler only returns a constant (`/check` → `{"status": "ok"}`) is a health check in all but name.
  const constant = s.routes.find((r) => r.constant && get(r) && !/[:{<*[]/.test(r.path));
  if (constant) return `it serves GET ${constant.path}, a constant answer (${constant.file}:${constant.line}), which a probe can use`;
  return undefined;
}

/** The project file of a service root when it builds a class library (csprojBuildsLibrary). */
function classLibraryOf(ws: { files: readonly string[]; text(path: string): string | undefined }, root: string): string | undefined {
  const prefix = root === '.' ? '' : `${root}/`;
  const project = ws.files.find((p) => p.startsWith(prefix) && p.endsWith('.csproj') && !p.slice(prefix.length).includes('/'));
  const text = project === undefined ? undefined : ws.text(project);
  return text !== undefined && csprojBuildsLibrary(text) ? project : undefined;
}
