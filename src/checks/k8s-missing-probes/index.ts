// k8s-missing-probes: a Deployment/StatefulSet/DaemonSet container without a readiness or a
// liveness probe (RULES.md, deploy). Without readiness, traffic reaches pods that are not ready
// (every rollout drops requests); without liveness, a hung process is never restarted.
// Not reported: kustomize patches (listed by a kustomization, or without a selector or containers),
// Helm containers with an `include`/`toYaml` line at their own key level (it may render the probes),
// init containers, Jobs/CronJobs. Copies of one container (raw manifests, a kustomize base, a Helm
// chart) are reported once, at the first copy, with the others as related locations.
import { helmValues, imageRepository, isDevPath, isK8sCandidate, K8S_GLOBS, k8sOf, resolveValues, TEMPLATE_PART } from '../../analysis/k8s.js';
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
        for (const group of groupCopies(copies, (c) => repositoryOf(c, values))) {
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

/** The image repository of a copy, a chart's `.Values` markers resolved from its values.yaml. */
function repositoryOf(c: Copy, values: (chart: string) => unknown): string | undefined {
  if (c.image === undefined) return undefined;
  if (c.chart === undefined || !c.image.includes('{{V:')) return imageRepository(c.image);
  const v = values(c.chart);
  if (v === undefined) return undefined;
  const resolved = resolveValues(c.image, v);
  return resolved === undefined ? undefined : imageRepository(resolved);
}

/**
 * Copies of one container, each group in report order (the first one is where the finding goes).
 * Identity: kind + workload name + container name when both names are written out. A copy named by
 * a template joins the one named group of the same kind and image repository (and container name,
 * when that one is written out); with none or several, it groups with the templated copies of the
 * same kind, image repository and container name; without a known image it stands alone.
 */
function groupCopies(copies: readonly Copy[], repository: (c: Copy) => string | undefined): Copy[][] {
  const groups = new Map<string, Copy[]>();
  const add = (key: string, c: Copy) => {
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  };
  const templated = (s: string) => s.includes(TEMPLATE_PART);
  // Named groups by kind + image repository, to attach templated copies (a Set per key: small).
  const named = new Map<string, Set<string>>();
  const later: Copy[] = [];
  for (const c of copies) {
    if (templated(c.workload) || templated(c.container)) {
      later.push(c);
      continue;
    }
    const key = `n\0${c.kind}\0${c.workload}\0${c.container}`;
    add(key, c);
    const repo = repository(c);
    if (repo === undefined) continue;
    for (const k of [`${c.kind}\0${repo}`, `${c.kind}\0${repo}\0${c.container}`]) {
      const s = named.get(k) ?? new Set<string>();
      s.add(key);
      named.set(k, s);
    }
  }
  for (const c of later) {
    const repo = repository(c);
    if (repo === undefined) {
      add(`s\0${c.path}\0${c.line}`, c);
      continue;
    }
    const into = named.get(templated(c.container) ? `${c.kind}\0${repo}` : `${c.kind}\0${repo}\0${c.container}`);
    if (into?.size === 1) add([...into][0]!, c);
    else add(`t\0${c.kind}\0${repo}\0${c.container}`, c);
  }
  return [...groups.values()].map((g) => g.sort(preferred));
}

/**
 * Where a finding about copies goes: a plain manifest before a kustomize overlay before a Helm
 * template (a plain manifest names the workload as it runs and is the text a reader can act on
 * directly), then path and line order.
 */
function preferred(a: Copy, b: Copy): number {
  return rank(a) - rank(b) || byPlace(a, b);
}

function byPlace(a: Location, b: Location): number {
  return (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0);
}

function rank(c: Copy): number {
  if (c.chart !== undefined) return 2;
  return /(^|\/)overlays\//.test(c.path) ? 1 : 0;
}

/** "2 other files", "1 other place in this file", or both. */
function copiesText(path: string, others: readonly Copy[]): string {
  const files = new Set(others.map((o) => o.path).filter((p) => p !== path)).size;
  const here = others.filter((o) => o.path === path).length;
  const parts: string[] = [];
  if (files > 0) parts.push(`${files} other file${files === 1 ? '' : 's'}`);
  if (here > 0) parts.push(`${here} other place${here === 1 ? '' : 's'} in this file`);
  return parts.join(' and ');
}
