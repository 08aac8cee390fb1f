// merged.json (schemas/merged.schema.json): every object written key by key in a fixed order, so
// the bytes depend on the data alone (a MergedReport read back from --previous or built by hand in
// another order still renders the same), and nothing time-dependent is written.
import type { MergedReport, MergedRepository, RuleAcrossFleet, SeverityCounts } from './types.js';

export function renderMergedJson(m: MergedReport): string {
  return `${JSON.stringify(mergedDocument(m), null, 2)}\n`;
}

/** The report as plain data in schema order. */
export function mergedDocument(m: MergedReport): Record<string, unknown> {
  const t = m.totals;
  return {
    schemaVersion: 1,
    kind: 'readiness-gate-merged',
    tool: { name: m.tool.name, version: m.tool.version },
    totals: {
      repositories: t.repositories,
      scanned: t.scanned,
      failed: t.failed,
      blocked: t.blocked,
      ready: t.ready,
      grades: { A: t.grades.A, B: t.grades.B, C: t.grades.C, D: t.grades.D, F: t.grades.F },
      findings: counts(t.findings),
    },
    rules: m.rules.map(rule),
    repositories: m.repositories.map(repository),
    previous: m.previous ? { repositories: m.previous.repositories, removed: [...(m.previous.removed ?? [])] } : null,
    inputs: m.inputs ? { files: m.inputs.files, ignored: m.inputs.ignored, duplicates: [...m.inputs.duplicates] } : null,
  };
}

function counts(c: SeverityCounts): SeverityCounts {
  return { P0: c.P0, P1: c.P1, P2: c.P2 };
}

function rule(r: RuleAcrossFleet): Record<string, unknown> {
  return { ruleId: r.ruleId, title: r.title, severity: r.severity, repositories: r.repositories, findings: r.findings };
}

function repository(r: MergedRepository): Record<string, unknown> {
  const c = r.change;
  return {
    repository: r.repository,
    url: r.url,
    runUrl: r.runUrl,
    ref: r.ref,
    commit: r.commit,
    status: r.status,
    error: r.error,
    blocked: r.blocked,
    score: r.score,
    grade: r.grade,
    counts: r.counts ? counts(r.counts) : null,
    p0Rules: [...r.p0Rules],
    reasons: [...r.reasons],
    change: c
      ? {
          previousScore: c.previousScore,
          previousGrade: c.previousGrade,
          previousBlocked: c.previousBlocked,
          previousP0: c.previousP0,
          newP0Rules: [...c.newP0Rules],
          worse: c.worse,
        }
      : null,
  };
}
