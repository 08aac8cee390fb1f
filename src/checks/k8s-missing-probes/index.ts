// k8s-missing-probes: a Deployment/StatefulSet/DaemonSet container without a readiness or a
// liveness probe (RULES.md, deploy). Without readiness, traffic reaches pods that are not ready
// (every rollout drops requests); without liveness, a hung process is never restarted.
// Not reported: kustomize patches (listed by a kustomization, or without a selector or containers),
// Helm containers with an `include`/`toYaml` line at their own key level (it may render the probes),
// init containers, Jobs/CronJobs. Copies of one container (raw manifests, a kustomize base, a Helm
// chart) are reported once, at the first copy, with the others as related locations.
import { helmValues, isDevPath, isK8sCandidate, K8S_GLOBS, k8sOf } from '../../analysis/k8s.js';
import { byPlace, copiesText, copyRepository, groupCopies } from '../../analysis/k8s-copies.js';
import { KUSTOMIZATION_GLOBS, kustomizePatches } from '../../analysis/kustomize.js';
import { defineCheck } from '../../model/check.js';
import type { Location } from '../../model/types.js';

const KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

/** A container without both probes, as file() saw it. */
interface Unprobed {
  kind: string;
  workload: string;
  container: string;
  line: number;
  missing: Array<'readiness' | 'liveness'>;
  image?: string;
  chart?: string;
}

type Copy = Unprobed & { path: string };

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
    // Kustomizations say which files are patches; a chart's values.yaml gives its image repository.
    capture: [...KUSTOMIZATION_GLOBS, '**/values.yaml', '**/values.yml'],
    messages: {
      missing: 'Container `{container}` of {kind} `{name}` has no {missing}: {why}.',
      missingCopies: 'Container `{container}` of {kind} `{name}` has no {missing}: {why}; the same container is also defined in {copies}.',
    },
    remediation:
      'Add a readinessProbe (traffic only once the app can serve) and a livenessProbe (restart when it hangs) on the container, usually httpGet on the service\'s health endpoints (`/readyz`, `/livez`) with sensible initialDelaySeconds/periodSeconds; a startupProbe for slow starts.',
  },
  create(ctx) {
    return {
      file(f) {
        if (!isK8sCandidate(f.path) || isDevPath(f.path) || ctx.classOf(f.path) !== 'runtime') return;
        const k = k8sOf(f, ctx.malformed);
        const out: Unprobed[] = [];
        for (const w of k.workloads) {
          if (!KINDS.has(w.kind) || w.partial) continue;
          for (const c of w.containers) {
            // An opaque template line at the container's key level may render the probes.
            if (c.opaque) continue;
            const has = new Set(c.probes.map((p) => p.kind));
            const missing = (['readiness', 'liveness'] as const).filter((p) => !has.has(p));
            if (missing.length === 0) continue;
            out.push({ kind: w.kind, workload: w.name, container: c.name, line: c.line, missing, ...(c.image !== undefined ? { image: c.image } : {}), ...(k.chart !== undefined ? { chart: k.chart } : {}) });
          }
        }
        if (out.length > 0) ctx.observe(out);
      },
      end() {
        const patches = kustomizePatches(ctx.workspace);
        const copies: Copy[] = ctx
          .observations<Unprobed[]>()
          .filter((o) => !patches.has(o.path))
          .flatMap((o) => o.value.map((u) => ({ ...u, path: o.path })));
        const values = helmValues(ctx.workspace);
        for (const group of groupCopies(copies, (c) => copyRepository(c, values))) {
          const [first, ...others] = group;
          const u = first!;
          const why = u.missing.length === 2
            ? 'traffic reaches it before it is ready and a hung process is never restarted'
            : u.missing[0] === 'readiness'
              ? 'traffic reaches it before it is ready, and during every rollout'
              : 'a hung process is never restarted';
          const related: Location[] = others.map((o) => ({ path: o.path, line: o.line })).sort(byPlace);
          ctx.report({
            messageId: others.length > 0 ? 'missingCopies' : 'missing',
            location: { path: u.path, line: u.line },
            data: {
              container: u.container || '(unnamed)',
              kind: u.kind,
              name: u.workload || '(unnamed)',
              missing: u.missing.map((m) => `${m}Probe`).join(' and no '),
              why,
              ...(others.length > 0 ? { copies: copiesText(u.path, others) } : {}),
            },
            ...(related.length > 0 ? { related } : {}),
            fingerprintKey: `${u.kind}/${u.workload}/${u.container}`,
          });
        }
      },
    };
  },
});
