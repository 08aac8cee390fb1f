// The verdict: BLOCKED when a finding is at or above fail-on, or a threshold is missed.
import type { Options } from '../inputs.js';
import type { Finding, RunBlocker, Severity } from '../model/types.js';
import type { Score } from './score.js';

export interface Verdict {
  blocked: boolean;
  reasons: string[];
}

const RANK: Record<Severity, number> = { P0: 0, P1: 1, P2: 2 };

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const c = { P0: 0, P1: 0, P2: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export function decide(findings: readonly Finding[], score: Score, o: Options, blockers: readonly RunBlocker[] = []): Verdict {
  const reasons: string[] = [];
  // Fail closed: what could not be checked is never a pass (fail-on never is report-only by choice).
  if (o.failOn !== 'never') for (const b of blockers) reasons.push(b.reason);
  // With new-findings-only, a finding that the baseline already had cannot block.
  const blocking = o.newFindingsOnly ? findings.filter((f) => f.baseline !== 'existing') : findings;
  const c = countBySeverity(blocking);
  if (o.failOn !== 'never') {
    for (const s of ['P0', 'P1', 'P2'] as const) {
      if (RANK[s] <= RANK[o.failOn] && c[s] > 0) reasons.push(`${c[s]} ${s} finding${c[s] === 1 ? '' : 's'}${o.newFindingsOnly ? ' (new)' : ''}`);
    }
  }
  if (o.minScore !== undefined && score.value < o.minScore) reasons.push(`score ${score.value} is below the minimum ${o.minScore}`);
  if (o.maxP1 !== undefined && c.P1 > o.maxP1) reasons.push(`${c.P1} P1 findings exceed the maximum of ${o.maxP1}`);
  if (o.maxP2 !== undefined && c.P2 > o.maxP2) reasons.push(`${c.P2} P2 findings exceed the maximum of ${o.maxP2}`);
  return { blocked: reasons.length > 0, reasons };
}
