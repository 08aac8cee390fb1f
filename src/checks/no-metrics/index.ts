// no-metrics: a service with no metrics instrumentation (RULES.md, observability, service rule):
// no Prometheus client, OpenTelemetry metrics, StatsD or vendor agent among its dependencies.
// Without them no dashboard or alert can say it is slow or failing. Owns the "metrics" and
// "dashboards" gap rows.
import { declaredIn, isDashboardPath, MANIFEST_GLOBS, METRICS_DEPS } from '../../analysis/observability.js';
import { defineCheck } from '../../model/check.js';

export default defineCheck({
  meta: {
    id: 'no-metrics',
    area: 'observability',
    severity: 'P1',
    effortMinutes: 240,
    title: 'No metrics',
    serviceOnly: true,
    certainty: 'likely',
    precision: 'medium',
    docs: 'rules/checks/no-metrics.md',
    pure: true,
    files: [...MANIFEST_GLOBS, '**/*.{yml,yaml}'],
    messages: {
      missing: 'No metrics instrumentation: no Prometheus client, OpenTelemetry metrics, StatsD or vendor agent among the dependencies ({manifests}): nobody can see request rates, errors or latency.',
    },
    remediation:
      'Instrument the service: a Prometheus client or OpenTelemetry metrics (for example prometheus-fastapi-instrumentator, prom-client, client_golang, Micrometer), exposing request count, error count and latency, scraped by the platform.',
  },
  create(ctx) {
    return {
      file(f) {
        if ((ctx.classOf(f.path) !== 'runtime')) return;
        if (/\.ya?ml$/.test(f.path)) {
          // Scraped by the platform: ServiceMonitor/PodMonitor resources or prometheus.io/scrape annotations.
          const m = /^kind:\s*(ServiceMonitor|PodMonitor)\s*$|prometheus\.io\/scrape["']?\s*:\s*["']?true/m.exec(f.text);
          if (m) ctx.observe({ kind: 'scrape', what: m[1] ?? 'prometheus.io/scrape annotation' });
          return;
        }
        const names = declaredIn(f.text, METRICS_DEPS);
        ctx.observe(names.length > 0 ? { kind: 'dep', what: names.join(', ') } : { kind: 'manifest' });
      },
      end() {
        if (ctx.workspace.profile.kind === 'library') {
          ctx.gap('metrics', 'n/a');
          ctx.gap('dashboards', 'n/a');
          return;
        }
        const dash = ctx.workspace.files.find((p) => isDashboardPath(p) && (ctx.classOf(p) === 'runtime'));
        ctx.gap('dashboards', dash ? 'present' : 'missing', dash);
        const obs = ctx.observations<{ kind: string; what?: string }>();
        const hit = obs.find((o) => o.value.kind === 'dep') ?? obs.find((o) => o.value.kind === 'scrape');
        if (hit) return ctx.gap('metrics', 'present', `${hit.path}: ${hit.value.what}`);
        ctx.gap('metrics', 'missing');
        const manifests = obs.filter((o) => o.value.kind === 'manifest').map((o) => o.path);
        ctx.report({
          messageId: 'missing',
          location: { path: manifests[0] ?? '.' },
          data: { manifests: manifests.length > 0 ? `looked at ${manifests.slice(0, 3).join(', ')}${manifests.length > 3 ? ', …' : ''}` : 'no dependency manifest found' },
          fingerprintKey: 'missing',
        });
      },
    };
  },
});
