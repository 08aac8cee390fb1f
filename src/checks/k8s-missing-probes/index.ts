// k8s-missing-probes: a Deployment/StatefulSet/DaemonSet container without a readiness or a
// liveness probe (RULES.md, deploy). Without readiness, traffic reaches pods that are not ready
// (every rollout drops requests); without liveness, a hung process is never restarted.
// Not reported: kustomize patches (listed by a kustomization, or without a selector or containers),
// Helm containers with an `include`/`toYaml` line at their own key level (it may render the probes),
// init containers, Jobs/CronJobs. Copies of one container (raw manifests, a kustomize base, a Helm
// chart) are reported once, at the first copy, with the others as related locations.
// A chart's probe behind `{{- if .Values.x.enabled }}`/`{{- with .Values.x.probe }}` is absent when
// the chart's default values.yaml makes that condition false (and no other values file of the chart
// makes it true): `helm install` of the chart deploys the container without it.
// A key-level line that renders only named templates (`include "x.volumeMounts"`) hides nothing when
// no such template in the chart mentions a probe: judged then, as likely (a reading of their text).
// A workload of an API version Kubernetes removed (extensions/v1beta1 Deployment) cannot be applied: likely.
import { helmDefines, helmOverrides, helmValues, isDevPath, isK8sCandidate, K8S_GLOBS, k8sOf, mayRenderProbe, removedGap, unrendered, valuesMayRenderProbe, VALUES_VIA, type HelmCond, type Probe } from '../../analysis/k8s.js';
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
  /** Chart probes that render only under conditions or from values: decided in end() with the chart's values. */
  maybe?: Array<{ kind: 'readiness' | 'liveness'; probes: Array<Pick<Probe, 'when' | 'whenUnknown' | 'from'>> }>;
  image?: string;
  chart?: string;
  /** The named templates rendered at the container's key level (it is judged only if none may render a probe). */
  via?: string[];
  /** Its workload's apiVersion, when Kubernetes removed it (`extensions/v1beta1` Deployment): it cannot be applied. */
  removed?: { apiVersion: string; removedIn: string };
  /** The chart's conditions around the container itself: judged in end() with the chart's values. */
  when?: HelmCond[];
}

/** A container with the probes the chart's default values leave out, and why they do not render. */
type Judged = Copy & { defaults?: string };

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
    // Its other values files (`values-prod.yaml`) may turn a probe on.
    capture: [...KUSTOMIZATION_GLOBS, '**/*values*.yaml', '**/*values*.yml', '**/templates/**/*.tpl'],
    messages: {
      missing: 'Container `{container}` of {kind} `{name}` has no {missing}: {why}.',
      missingCopies: 'Container `{container}` of {kind} `{name}` has no {missing}: {why}; the same container is also defined in {copies}.',
      byDefault: 'Container `{container}` of {kind} `{name}` has no {missing}: {defaults}; {why}.',
      byDefaultCopies: 'Container `{container}` of {kind} `{name}` has no {missing}: {defaults}; {why}; the same container is also defined in {copies}.',
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
            // An opaque template line at the container's key level may render the probes; named templates are read in end().
            if (c.opaque && c.opaqueVia === undefined) continue;
            const missing: Unprobed['missing'] = [];
            const maybe: NonNullable<Unprobed['maybe']> = [];
            for (const kind of ['readiness', 'liveness'] as const) {
              const probes = c.probes.filter((p) => p.kind === kind);
              if (probes.length === 0) missing.push(kind);
              // A chart probe under a condition or filled from values may not render: end() reads the values.
              else if (k.chart !== undefined && probes.every((p) => p.when !== undefined || p.from !== undefined)) {
                maybe.push({ kind, probes: probes.map((p) => ({ ...(p.when ? { when: p.when } : {}), ...(p.whenUnknown ? { whenUnknown: p.whenUnknown } : {}), ...(p.from !== undefined ? { from: p.from } : {}) })) });
              }
            }
            if (missing.length === 0 && maybe.length === 0) continue;
            out.push({
              kind: w.kind,
              workload: w.name,
              container: c.name,
              line: c.line,
              missing,
              ...(maybe.length > 0 ? { maybe } : {}),
              ...(c.image !== undefined ? { image: c.image } : {}),
              ...(k.chart !== undefined ? { chart: k.chart } : {}),
              ...(c.opaqueVia !== undefined ? { via: c.opaqueVia } : {}),
              ...(k.chart !== undefined && c.when !== undefined ? { when: c.when } : {}),
              ...(w.removedIn !== undefined && w.apiVersion !== undefined ? { removed: { apiVersion: w.apiVersion, removedIn: w.removedIn } } : {}),
            });
          }
        }
        if (out.length > 0) ctx.observe(out);
      },
      end() {
        const patches = kustomizePatches(ctx.workspace);
        const values = helmValues(ctx.workspace);
        const overrides = helmOverrides(ctx.workspace);
        const defines = helmDefines(ctx.workspace);
        // What a key-level line renders: a named template (read in the chart), or `toYaml` of values (a map with a probe key may render one).
        const mayRender = (n: string, chart: string) => (n.startsWith(VALUES_VIA) ? valuesMayRenderProbe(n.slice(VALUES_VIA.length), [values(chart), ...overrides(chart)]) : mayRenderProbe(n, defines));
        const copies: Judged[] = ctx
          .observations<Unprobed[]>()
          .filter((o) => !patches.has(o.path))
          .flatMap((o) => o.value.map((u) => withDefaults({ ...u, path: o.path }, values, overrides)))
          .filter((u) => u.missing.length > 0 && (u.via === undefined || (u.chart !== undefined && !u.via.some((n) => mayRender(n, u.chart!)))));
        for (const group of groupCopies(copies, (c) => copyRepository(c, values))) {
          const [first, ...others] = group;
          const u = first!;
          const why = u.missing.length === 2
            ? 'traffic reaches it before it is ready and a hung process is never restarted'
            : u.missing[0] === 'readiness'
              ? 'traffic reaches it before it is ready, and during every rollout'
              : 'a hung process is never restarted';
          const related: Location[] = others.map((o) => ({ path: o.path, line: o.line })).sort(byPlace);
          const byDefault = u.defaults !== undefined;
          // A container behind a condition its chart's values leave false is not rendered by `helm install` as it is.
          const guarded = u.when !== undefined && u.chart !== undefined ? offByDefault(u.when, values(u.chart), overrides(u.chart)) : undefined;
          const gaps = [
            ...(guarded !== undefined ? [guarded] : []),
            ...(u.via !== undefined ? [viaGap(u.via)] : []),
            // Only when no copy can be applied: one that can is deployed as it is.
            ...(u.removed !== undefined && others.every((o) => o.removed !== undefined) ? [removedGap({ kind: u.kind, ...u.removed })] : []),
          ];
          ctx.report({
            messageId: byDefault ? (others.length > 0 ? 'byDefaultCopies' : 'byDefault') : others.length > 0 ? 'missingCopies' : 'missing',
            location: { path: u.path, line: u.line },
            data: {
              container: u.container || '(unnamed)',
              kind: u.kind,
              name: u.workload || '(unnamed)',
              missing: u.missing.map((m) => `${m}Probe`).join(' and no '),
              why,
              ...(u.defaults !== undefined ? { defaults: u.defaults } : {}),
              ...(others.length > 0 ? { copies: copiesText(u.path, others) } : {}),
            },
            ...(related.length > 0 ? { related } : {}),
            ...(gaps.length > 0 ? { certainty: 'likely' as const, gap: gaps.join('; ') } : {}),
            fingerprintKey: `${u.kind}/${u.workload}/${u.container}`,
          });
        }
      },
    };
  },
});

/**
 * Why a chart renders the container only when its default values say otherwise: a condition around it
 * that values.yaml leaves false, and no other values file of the chart makes true. Undefined when it
 * renders with the defaults (or no values file is there to say).
 */
function offByDefault(when: HelmCond[], values: unknown, overrides: unknown[]): string | undefined {
  const off = unrendered({ when }, values);
  if (off === undefined || overrides.some((o) => unrendered({ when }, o) === undefined)) return undefined;
  const [wording, at] = reason(off);
  return `the chart renders this container only when ${when.map((c) => `${c.negated ? 'not ' : ''}\`${c.path}\``).join(' and ')}, and its default values.yaml ${wording.replace('%', at)}`;
}

/** Why a container whose key level renders named templates or values (`via`) is judged only as likely. */
function viaGap(via: string[]): string {
  const shown = via.slice(0, 3).map((n) => `\`${(n.startsWith(VALUES_VIA) ? `toYaml .Values.${n.slice(VALUES_VIA.length)}` : n).replace(/[^\w.\-/: ]/g, '?').slice(0, 80)}\``).join(', ');
  const why = via.every((n) => !n.startsWith(VALUES_VIA))
    ? `no definition of ${via.length === 1 ? 'it' : 'them'} in the chart names one`
    : via.every((n) => n.startsWith(VALUES_VIA))
      ? 'no values file of the chart gives a map with a probe there'
      : 'no definition in the chart, and no values file of it, names one';
  return `${shown}, rendered at the container's key level, ${via.length === 1 ? 'is' : 'are'} taken to render no probe: ${why}`;
}

/**
 * The copy with the probes its chart's values leave out added to `missing`: a probe kind is absent
 * when none of its probes renders with the default values.yaml, nor with any other values file of
 * the chart; `defaults` says why.
 */
function withDefaults(c: Copy, values: (chart: string) => unknown, overrides: (chart: string) => unknown[]): Judged {
  const { maybe, ...u } = c;
  if (maybe === undefined || c.chart === undefined) return u;
  const v = values(c.chart);
  if (v === undefined) return u;
  const kinds: Array<'readiness' | 'liveness'> = [];
  // Reasons by their wording, the values paths of each: "leaves `a` and `b` empty".
  const phrases = new Map<string, string[]>();
  for (const m of maybe) {
    const why = m.probes.map((p) => unrendered(p, v));
    if (why.some((w) => w === undefined)) continue;
    if (overrides(c.chart).some((o) => m.probes.some((p) => unrendered(p, o) === undefined))) continue;
    kinds.push(m.kind);
    const [wording, at] = reason(why[0]!);
    const paths = phrases.get(wording) ?? [];
    if (!paths.includes(at)) paths.push(at);
    phrases.set(wording, paths);
  }
  if (kinds.length === 0) return u;
  const missing = (['readiness', 'liveness'] as const).filter((k) => u.missing.includes(k) || kinds.includes(k));
  const none = kinds.length === missing.length ? 'none' : `no ${kinds[0]}Probe`;
  const said = [...phrases].map(([wording, paths]) => wording.replace('%', () => paths.join(' and ')));
  return { ...u, missing, defaults: `the chart's default values.yaml ${said.join(' and ')}, so the chart renders ${none}` };
}

/** What the default values do to the probe's condition, `%` standing for the value ("leaves % empty"), and the value. */
function reason(w: { path: string; value: unknown; negated?: true }): [string, string] {
  const at = `\`${w.path}\``;
  if (w.negated) return ['sets %', at];
  if (w.value === undefined) return ['does not set %', at];
  if (w.value === false || w.value === 0) return [`sets % to ${String(w.value)}`, at];
  return ['leaves % empty', at];
}
