// no-health-endpoint: a service with HTTP routes and no health/readiness/liveness route (RULES.md,
// deploy, service rule): the platform cannot tell a started process from a working one, so a broken
// release takes traffic and is never restarted. Judged per service (manifest folder) when its code's
// routes were read; health libraries (Spring Actuator, terminus, django-health-check...) and a
// health path written anywhere in its code count. Owns the "health endpoints" gap row.
import { healthRoutes, isHealthPath, observeRoutes, ROUTE_GLOBS, ROUTE_LANGS, routeModel, type RouteObservation } from '../../analysis/routes/index.js';
import { defineCheck } from '../../model/check.js';

export default defineCheck({
  meta: {
    id: 'no-health-endpoint',
    pure: true,
    files: ROUTE_GLOBS,
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
        const r = observeRoutes(f);
        if (r) ctx.observe(r);
      },
      end() {
        const model = routeModel(ctx.observations<RouteObservation>(), ctx.workspace.files);
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
          if (health.length > 0 || s.healthModules.length > 0 || literal) {
            evidence.push(health[0] ?? s.healthModules[0]?.name ?? literal!);
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
