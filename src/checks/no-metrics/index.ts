// no-metrics: a service with no metrics instrumentation (RULES.md, observability, service rule):
// no Prometheus client, OpenTelemetry metrics, StatsD or vendor agent among its dependencies.
// Without them no dashboard or alert can say it is slow or failing. Owns the "metrics" and
// "dashboards" gap rows.
import { catalogEntries, catalogReferences, declaredIn, isDashboardPath, MANIFEST_GLOBS, METRICS_DEPS } from '../../analysis/observability.js';
import { defineCheck } from '../../model/check.js';
import { globMatcher } from '../../workspace/glob.js';

/** Version catalogs (gradle/libs.versions.toml): read for the libraries build files name by accessor. */
const CATALOG_GLOBS = ['**/gradle/*.versions.toml'];
const isCatalog = globMatcher(CATALOG_GLOBS, { dot: true });

type Seen =
  | { kind: 'dep' | 'scrape'; what: string }
  | { kind: 'manifest'; refs?: Array<[string, string]> }
  | { kind: 'catalog'; catalog: string; entries: Array<[string, string[]]> };

/** A build file that names a catalog's metrics library by its accessor, as a `dep` hit. */
function viaCatalog(obs: ReadonlyArray<{ path: string; value: Seen }>): { path: string; value: Seen } | undefined {
  const libraries = new Map<string, string[]>();
  for (const o of obs) if (o.value.kind === 'catalog') for (const [accessor, names] of o.value.entries) libraries.set(`${o.value.catalog}\0${accessor}`, names);
  if (libraries.size === 0) return undefined;
  for (const o of obs) {
    if (o.value.kind !== 'manifest') continue;
    for (const [catalog, accessor] of o.value.refs ?? []) {
      const names = libraries.get(`${catalog}\0${accessor}`);
      if (names) return { path: o.path, value: { kind: 'dep', what: `${names.join(', ')} (${catalog}.${accessor}, from the version catalog)` } };
    }
  }
  return undefined;
}

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
    files: [...MANIFEST_GLOBS, '**/*.{yml,yaml}', ...CATALOG_GLOBS],
    messages: {
      missing: 'No metrics instrumentation: no Prometheus client, OpenTelemetry metrics, StatsD or vendor agent among the dependencies ({manifests}): nobody can see request rates, errors or latency.',
    },
    remediation:
      'Instrument the service: a Prometheus client or OpenTelemetry metrics (for example prometheus-fastapi-instrumentator, prom-client, client_golang, Micrometer), exposing request count, error count and latency, scraped by the platform.',
  },
  create(ctx) {
    return {
      file(f) {
        // A catalog is what build files name; whose build it is, their class says (gradle/ is tooling).
        if (isCatalog(f.path)) {
          const c = catalogEntries(f.path, f.text, METRICS_DEPS);
          if (c?.malformed !== undefined) ctx.malformed(f.path, 'toml', c.malformed);
          if (c && c.entries.length > 0) ctx.observe({ kind: 'catalog', catalog: c.catalog, entries: c.entries });
          return;
        }
        if ((ctx.classOf(f.path) !== 'runtime')) return;
        if (/\.ya?ml$/.test(f.path)) {
          // Scraped by the platform: ServiceMonitor/PodMonitor resources or prometheus.io/scrape annotations.
          const m = /^kind:\s*(ServiceMonitor|PodMonitor)\s*$|prometheus\.io\/scrape["']?\s*:\s*["']?true/m.exec(f.text);
          if (m) ctx.observe({ kind: 'scrape', what: m[1] ?? 'prometheus.io/scrape annotation' });
          return;
        }
        const names = declaredIn(f.text, METRICS_DEPS);
        // A Gradle build names a version catalog's libraries by accessor (`libs.micrometer.registry.prometheus`).
        const refs = /\.gradle(?:\.kts)?$/.test(f.path) ? catalogReferences(f.text) : [];
        ctx.observe(names.length > 0 ? { kind: 'dep', what: names.join(', ') } : refs.length > 0 ? { kind: 'manifest', refs } : { kind: 'manifest' });
      },
      end() {
        if (ctx.workspace.profile.kind === 'library') {
          ctx.gap('metrics', 'n/a');
          ctx.gap('dashboards', 'n/a');
          return;
        }
        const dash = ctx.workspace.files.find((p) => isDashboardPath(p) && (ctx.classOf(p) === 'runtime'));
        ctx.gap('dashboards', dash ? 'present' : 'missing', dash);
        const obs = ctx.observations<Seen>();
        const hit = obs.find((o) => o.value.kind === 'dep') ?? viaCatalog(obs) ?? obs.find((o) => o.value.kind === 'scrape');
        if (hit && 'what' in hit.value) return ctx.gap('metrics', 'present', `${hit.path}: ${hit.value.what}`);
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
