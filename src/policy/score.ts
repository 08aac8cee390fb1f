// The readiness score: explainable on one line of the README.
//   area score = max(0, 100 − Σ over rules of weight(severity) × min(findings of that rule, 3))
//   weight: P0 = 40, P1 = 15, P2 = 5
//   total = mean of the area scores of the areas that had at least one applicable check, rounded
//   grade: A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, else F
// Capping each rule at three findings keeps one noisy rule from flattening an area alone.
import { AREAS, type Area, type CheckOutcome, type Finding, type Severity } from '../model/types.js';

export const WEIGHTS: Record<Severity, number> = { P0: 40, P1: 15, P2: 5 };
export const PER_RULE_CAP = 3;

export interface Score {
  value: number;
  grade: 'A' | 'B' | 'C' | 'D' | 'F';
  areas: Partial<Record<Area, number>>;
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
  const deduction = new Map<Area, number>();
  for (const e of perRule.values()) deduction.set(e.area, (deduction.get(e.area) ?? 0) + WEIGHTS[e.severity] * Math.min(e.n, PER_RULE_CAP));
  const areas: Partial<Record<Area, number>> = {};
  for (const a of AREAS) if (applicable.has(a)) areas[a] = Math.max(0, 100 - (deduction.get(a) ?? 0));
  const values = Object.values(areas);
  const value = values.length === 0 ? 100 : Math.round(values.reduce((s, v) => s + v, 0) / values.length);
  return { value, grade: gradeOf(value), areas };
}

export function gradeOf(value: number): Score['grade'] {
  return value >= 90 ? 'A' : value >= 80 ? 'B' : value >= 70 ? 'C' : value >= 60 ? 'D' : 'F';
}
