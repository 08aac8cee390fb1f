// MergedReport fixtures for the fleet renderers: hand-built rows (repo()) and a generated organisation
// (generatedMerge(n)) whose values vary the way a real fleet's do, from a fixed seed (same n, same report).
import type { Grade, MergedReport, MergedRepository, RuleAcrossFleet, SeverityCounts } from '../../src/fleet/types.js';

const P0_RULES = ['hardcoded-secret', 'merge-conflict-marker', 'vulnerable-dependency', 'workflow-script-injection', 'build-error', 'test-failure'];
const TITLES: Record<string, string> = {
  'hardcoded-secret': 'Hard-coded secret',
  'merge-conflict-marker': 'Merge conflict marker',
  'vulnerable-dependency': 'Dependency with a known vulnerability',
  'workflow-script-injection': 'Script injection in a workflow',
  'build-error': 'The build failed',
  'test-failure': 'Failing tests',
  'no-health-endpoint': 'No health endpoint',
  'no-runbook': 'No runbook',
};

export function gradeOf(score: number): Grade {
  return score >= 90 ? 'A' : score >= 80 ? 'B' : score >= 70 ? 'C' : score >= 60 ? 'D' : 'F';
}

/** One row; a scanned, ready repository unless told otherwise. */
export function repo(name: string, over: Partial<MergedRepository> = {}): MergedRepository {
  const score = over.score === undefined ? 90 : over.score;
  return {
    repository: name,
    url: `https://github.com/${name}`,
    runUrl: `https://github.com/acme/fleet/actions/runs/1/job/${name.length}`,
    ref: null,
    commit: '0123456789abcdef0123456789abcdef01234567',
    status: 'scanned',
    error: null,
    blocked: false,
    score,
    grade: score === null ? null : gradeOf(score),
    counts: { P0: 0, P1: 1, P2: 2 },
    p0Rules: [],
    reasons: [],
    change: null,
    ...over,
  };
}

export function failed(name: string, error: string, over: Partial<MergedRepository> = {}): MergedRepository {
  return repo(name, { status: 'failed', error, blocked: null, score: null, grade: null, counts: null, commit: null, ...over });
}

/** Totals and rules computed from the rows, as the merge would. */
export function merged(rows: MergedRepository[], previous: MergedReport['previous'] = null, rules?: RuleAcrossFleet[]): MergedReport {
  const grades: Record<Grade, number> = { A: 0, B: 0, C: 0, D: 0, F: 0 };
  const findings: SeverityCounts = { P0: 0, P1: 0, P2: 0 };
  const byRule = new Map<string, RuleAcrossFleet>();
  for (const r of rows) {
    if (r.grade) grades[r.grade]++;
    if (r.counts) for (const s of ['P0', 'P1', 'P2'] as const) findings[s] += r.counts[s];
    for (const id of r.p0Rules) {
      const e = byRule.get(id) ?? { ruleId: id, title: TITLES[id] ?? id, severity: 'P0' as const, repositories: 0, findings: 0 };
      e.repositories++;
      e.findings += 1;
      byRule.set(id, e);
    }
  }
  const scanned = rows.filter((r) => r.status === 'scanned');
  return {
    schemaVersion: 1,
    kind: 'readiness-gate-merged',
    tool: { name: 'readiness-gate', version: '0.1.0' },
    totals: {
      repositories: rows.length,
      scanned: scanned.length,
      failed: rows.length - scanned.length,
      blocked: scanned.filter((r) => r.blocked === true).length,
      ready: scanned.filter((r) => r.blocked === false).length,
      grades,
      findings,
    },
    rules: rules ?? [...byRule.values()].sort((a, b) => b.repositories - a.repositories || (a.ruleId < b.ruleId ? -1 : 1)),
    repositories: [...rows].sort((a, b) => (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0)),
    previous,
  };
}

/** A deterministic generator (mulberry32): the same seed gives the same organisation. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['billing', 'checkout', 'search', 'auth', 'ledger', 'gateway', 'catalog', 'notify', 'reports', 'inventory', 'profile', 'ingest'];
const KINDS = ['api', 'worker', 'web', 'service', 'cli', 'infra'];

/** `n` repositories of the organisation `acme`: about 5% failed scans, a third blocked, with a previous merge. */
export function generatedMerge(n: number, seed = 15): MergedReport {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const rows: MergedRepository[] = [];
  const names = new Set<string>();
  for (let i = 0; rows.length < n; i++) {
    const name = `acme/${pick(WORDS)}-${pick(KINDS)}${i % 7 === 0 ? '' : `-${i}`}`;
    if (names.has(name)) continue;
    names.add(name);
    const roll = rnd();
    if (roll < 0.05) {
      const error = pick(['clone failed: repository is empty', 'scan timed out after 600 s', "exit 2: input 'path' does not exist"]);
      rows.push(failed(name, error, { change: { previousScore: 71, previousGrade: 'C', previousBlocked: false, previousP0: 0, newP0Rules: [], worse: true } }));
      continue;
    }
    const p0Rules = rnd() < 0.35 ? [...new Set([pick(P0_RULES), ...(rnd() < 0.3 ? [pick(P0_RULES)] : [])])].sort() : [];
    const score = Math.max(0, Math.min(100, Math.round(95 - p0Rules.length * 25 - rnd() * 30)));
    const counts = { P0: p0Rules.length === 0 ? 0 : p0Rules.length + Math.floor(rnd() * 3), P1: Math.floor(rnd() * 8), P2: Math.floor(rnd() * 20) };
    const previousScore = Math.max(0, Math.min(100, score + Math.round((rnd() - 0.5) * 20)));
    const isNew = rnd() < 0.05;
    const previousBlocked = p0Rules.length > 0 ? rnd() < 0.7 : false;
    const newP0Rules = p0Rules.length > 0 && rnd() < 0.2 ? [p0Rules[0]!] : [];
    const previousP0 = Math.max(0, counts.P0 - newP0Rules.length);
    rows.push(
      repo(name, {
        score,
        counts,
        p0Rules,
        blocked: p0Rules.length > 0,
        reasons: p0Rules.length > 0 ? [`${counts.P0} P0 findings (fail-on: P0)`] : [],
        change: isNew
          ? null
          : {
              previousScore,
              previousGrade: gradeOf(previousScore),
              previousBlocked,
              previousP0,
              newP0Rules,
              worse: score < previousScore || (p0Rules.length > 0 && !previousBlocked) || counts.P0 > previousP0,
            },
      }),
    );
  }
  return merged(rows, { repositories: n - 3 });
}
