// The readiness score: explainable by hand (README "Verdict, score and grade").
//   points of a rule  = weight(severity) × (1 + log2(findings of that rule))   weight: P0 = 25, P1 = 5, P2 = 1
//   score             = 100 × 100 / (100 + points of every rule), rounded; an area's score the same with its own rules
//   grade: A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, else F
// The logarithm makes every finding count (1,500 P0s score far below 3) while one noisy rule cannot
// outweigh several distinct problems: 2 findings of a rule cost 2 weights, 1,024 cost 11. The total
// sums the points of every area rather than averaging area scores, so problems in one area are not
// diluted by clean ones. 100 / (100 + points) never reaches 0, so fixing anything still raises the
// score: one P0 scores 80 (B), two P0 rules 67 (D), four 50 (F).
import { AREAS, type Area, type CheckOutcome, type Finding, type Severity } from '../model/types.js';

export const WEIGHTS: Record<Severity, number> = { P0: 25, P1: 5, P2: 1 };

export interface Score {
  value: number;
  grade: 'A' | 'B' | 'C' | 'D' | 'F';
  areas: Partial<Record<Area, number>>;
}

/** One rule's points for `n` findings of one severity (n ≥ 1). */
export function rulePoints(severity: Severity, n: number): number {
  return WEIGHTS[severity] * (1 + Math.log2(n));
}

export function scoreOf(points: number): number {
  return Math.round((100 * 100) / (100 + points));
}

export function computeScore(findings: readonly Finding[], outcomes: readonly CheckOutcome[]): Score {
  const applicable = new Set<Area>();
  for (const o of outcomes) if (o.status !== 'not-applicable') applicable.add(o.area);
  for (const f of findings) applicable.add(f.area);
  const perRule = new Map<string, { area: Area; severity: Severity; n: number }>();
  for (const f of findings) {
    const k = `${f.ruleId}/${f.severity}`;
    const e = perRule.get(k) ?? { area: f.area, severity: f.severity, n: 0 };
    e.n++;
    perRule.set(k, e);
  }
  const points = new Map<Area, number>();
  let total = 0;
  // Summed in a fixed order (AREAS, then rule key) so floating-point rounding is the same every run.
  for (const k of [...perRule.keys()].sort()) {
    const e = perRule.get(k)!;
    const p = rulePoints(e.severity, e.n);
    points.set(e.area, (points.get(e.area) ?? 0) + p);
  }
  const areas: Partial<Record<Area, number>> = {};
  for (const a of AREAS) {
    if (!applicable.has(a)) continue;
    areas[a] = scoreOf(points.get(a) ?? 0);
    total += points.get(a) ?? 0;
  }
  const value = scoreOf(total);
  return { value, grade: gradeOf(value), areas };
}

/** Every grade, best first. */
export const GRADES: ReadonlyArray<Score['grade']> = ['A', 'B', 'C', 'D', 'F'];

export function gradeOf(value: number): Score['grade'] {
  return value >= 90 ? 'A' : value >= 80 ? 'B' : value >= 70 ? 'C' : value >= 60 ? 'D' : 'F';
}
