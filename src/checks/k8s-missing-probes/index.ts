// k8s-missing-probes: a Deployment/StatefulSet/DaemonSet container without a readiness or a
// liveness probe (RULES.md, deploy). Without readiness, traffic reaches pods that are not ready
// (every rollout drops requests); without liveness, a hung process is never restarted.
// Not reported: kustomize patches and partial documents (no spec.selector), Helm containers whose
// probes may come from an `include`/`toYaml` line we cannot expand, init containers, Jobs/CronJobs.
import { isDevPath, isK8sCandidate, K8S_GLOBS, k8sOf, TEMPLATE_PART } from '../../analysis/k8s.js';
import { defineCheck } from '../../model/check.js';

const KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

export default defineCheck({
  meta: {
    id: 'k8s-missing-probes',
    area: 'deploy',
    severity: 'P1',
    effortMinutes: 30,
    title: 'Container without probes',
    certainty: 'proven',
    scope: 'deploy',
    precision: 'high',
    docs: 'rules/checks/k8s-missing-probes.md',
    pure: true,
    files: K8S_GLOBS,
    messages: {
      missing: 'Container `{container}` of {kind} `{name}` has no {missing}: {why}.',
    },
    remediation:
      'Add a readinessProbe (traffic only once the app can serve) and a livenessProbe (restart when it hangs) on the container, usually httpGet on the service\'s health endpoints (`/readyz`, `/livez`) with sensible initialDelaySeconds/periodSeconds; a startupProbe for slow starts.',
  },
  create(ctx) {
    return {
      file(f) {
        if (!isK8sCandidate(f.path) || isDevPath(f.path) || ctx.classOf(f.path) !== 'runtime') return;
        const k = k8sOf(f, ctx.malformed);
        for (const w of k.workloads) {
          if (!KINDS.has(w.kind) || w.partial) continue;
          for (const c of w.containers) {
            // Opaque templates may render the probes; a container named only by a template is a user-supplied sidecar.
            if (c.opaque || c.name === TEMPLATE_PART) continue;
            const has = new Set(c.probes.map((p) => p.kind));
            const missing = (['readiness', 'liveness'] as const).filter((p) => !has.has(p));
            if (missing.length === 0) continue;
            const why = missing.length === 2
              ? 'traffic reaches it before it is ready and a hung process is never restarted'
              : missing[0] === 'readiness'
                ? 'traffic reaches it before it is ready, and during every rollout'
                : 'a hung process is never restarted';
            ctx.report({
              messageId: 'missing',
              location: { path: f.path, line: c.line },
              data: { container: c.name || '(unnamed)', kind: w.kind, name: w.name || '(unnamed)', missing: missing.map((m) => `${m}Probe`).join(' and no '), why },
              fingerprintKey: `${w.kind}/${w.name}/${c.name}`,
            });
          }
        }
      },
    };
  },
});
