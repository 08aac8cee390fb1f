// Copies of one workload container: the same Deployment in raw manifests, a kustomize base and a
// Helm chart (or a release copy) is one thing to fix, reported once at its first copy with the
// others as related locations. One decision for every rule that reports on containers.
import type { Location } from '../model/types.js';
import { imageRepository, resolveValues, TEMPLATE_PART } from './k8s.js';

/** A container as a rule saw it, where it saw it. */
export interface Copy {
  kind: string;
  workload: string;
  container: string;
  path: string;
  line: number;
  image?: string;
  chart?: string;
}

/** The image repository of a copy, a chart's `.Values` markers resolved from its values.yaml. */
export function copyRepository(c: Pick<Copy, 'image' | 'chart'>, values: (chart: string) => unknown): string | undefined {
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
export function groupCopies<C extends Copy>(copies: readonly C[], repository: (c: C) => string | undefined): C[][] {
  const groups = new Map<string, C[]>();
  const add = (key: string, c: C) => {
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  };
  const templated = (s: string) => s.includes(TEMPLATE_PART);
  // Named groups by kind + image repository, to attach templated copies (a Set per key: small).
  const named = new Map<string, Set<string>>();
  const later: C[] = [];
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

export function byPlace(a: Location, b: Location): number {
  return (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0);
}

function rank(c: Copy): number {
  if (c.chart !== undefined) return 2;
  return /(^|\/)overlays\//.test(c.path) ? 1 : 0;
}

/** "2 other files", "1 other place in this file", or both. */
export function copiesText(path: string, others: ReadonlyArray<Pick<Copy, 'path'>>): string {
  const files = new Set(others.map((o) => o.path).filter((p) => p !== path)).size;
  const here = others.filter((o) => o.path === path).length;
  const parts: string[] = [];
  if (files > 0) parts.push(`${files} other file${files === 1 ? '' : 's'}`);
  if (here > 0) parts.push(`${here} other place${here === 1 ? '' : 's'} in this file`);
  return parts.join(' and ');
}
