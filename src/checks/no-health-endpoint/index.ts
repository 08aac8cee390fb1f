// no-health-endpoint: a service with HTTP routes and no health/readiness/liveness route (RULES.md,
// deploy, service rule): the platform cannot tell a started process from a working one, so a broken
// release takes traffic and is never restarted. Judged per service (manifest folder) when its code's
// routes were read; health libraries (Spring Actuator, terminus, django-health-check...), a
// health path written anywhere in its code, and a Dockerfile HEALTHCHECK of the service (whatever
// route its command calls, often through a script: seen in mealie) count. Owns the "health endpoints" gap row.
import { DOCKERFILE_GLOBS, dockerfileOf, isDockerfilePath } from '../../analysis/dockerfile.js';
import { healthRoutes, isHealthPath, manifestDirsOf, observeRoutes, ROUTE_GLOBS, ROUTE_LANGS, routeModel, serviceRootOf, type RouteObservation } from '../../analysis/routes/index.js';
import { defineCheck } from '../../model/check.js';

export default defineCheck({
  meta: {
    id: 'no-health-endpoint',
    area: 'deploy',
    severity: 'P0',
    effortMinutes: 60,
    title: 'No health endpoint',
    serviceOnly: true,
    certainty: 'proven',
    proof: 'the service\'s routes were read and neither they, a health library, a health path in its code nor a Dockerfile HEALTHCHECK provides a health check',
    scope: 'runtime',
    precision: 'high',
    docs: 'rules/checks/no-health-endpoint.md',
    pure: true,
    files: [...ROUTE_GLOBS, ...DOCKERFILE_GLOBS],
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
        const model = routeModel(routes, ctx.workspace.files);
        const manifestDirs = manifestDirsOf(ctx.workspace.files);
        const checked = new Map<string, string>(); // service root → `Dockerfile:line` of its HEALTHCHECK
        for (const o of all) {
          if (o.value.t !== 'docker-healthcheck') continue;
          const root = serviceRootOf(o.path, manifestDirs);
          if (!checked.has(root)) checked.set(root, `HEALTHCHECK in ${o.path}:${o.value.line}`);
        }
        const served = model.filter((s) => s.routes.length > 0);
        if (served.length === 0) {
          ctx.gap('health endpoints', 'n/a', 'no HTTP routes found', 'deploy');
          return ctx.notApplicable('no HTTP routes found in the code');
        }
        let missing = 0;
        const evidence: string[] = [];
        for (const s of served) {
          const health = healthRoutes(s);
          const literal = [...s.literals].find((l) => l.includes('/') && isHealthPath(l));
          const dockerCheck = checked.get(s.root);
          if (health.length > 0 || s.healthModules.length > 0 || literal || dockerCheck) {
            evidence.push(health[0] ?? s.healthModules[0]?.name ?? literal ?? dockerCheck!);
            continue;
          }
          missing++;
          const first = s.routes[0]!;
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
          });
        }
        ctx.gap('health endpoints', missing === 0 ? 'present' : missing === served.length ? 'missing' : 'partial', evidence[0], 'deploy');
      },
    };
  },
});

const NOT_HTTP = /\b(?:pg_isready|redis-cli|mysqladmin|mongo(?:sh)?|rabbitmq-diagnostics|rabbitmqctl|cqlsh|nodetool|kafka-\w+|nc|zkServer\.sh)\b/;

interface HealthcheckObservation {
  t: 'docker-healthcheck';
  line: number;
}
