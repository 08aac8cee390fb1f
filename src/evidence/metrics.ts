// The JSON report's metrics.tests / metrics.coverage / metrics.build (schemas/report.schema.json):
// the figures of the evidence, with the failures and the costliest files capped so that a run with
// thousands of failures keeps a readable report (the findings list up to the evidence's cap, and
// `notListed` counts the rest).
import type { EvidenceMetrics } from '../model/metrics.js';
import type { Evidence } from './model.js';
import { percentIfCovered } from './model.js';

const LIST_MAX = 50;
const WORST_FILES = 10;

const round2 = (n: number) => Math.round(n * 100) / 100;

export function evidenceMetrics(e: Evidence | undefined): EvidenceMetrics {
  if (!e) return {};
  const out: EvidenceMetrics = {};
  const t = e.tests;
  if (t.reports.length > 0) {
    out.tests = {
      reports: t.reports.length,
      unreadableReports: t.reports.filter((r) => r.error !== undefined).length,
      total: t.total,
      passed: t.passed,
      failed: t.failed,
      skipped: t.skipped,
      flaky: t.flaky,
      durationSeconds: t.durationSec,
      // Failed and flaky tests counted above but not listed anywhere (past the cap of listed tests).
      notListed: { failed: t.cut?.failed ?? 0, flaky: t.cut?.flaky ?? 0 },
      failures: [...t.failures, ...t.flakes].slice(0, LIST_MAX).map((p) => ({
        name: p.fullName,
        kind: p.kind,
        message: p.message ?? null,
        path: p.location?.path ?? null,
        line: p.location?.line ?? null,
      })),
    };
  }
  const c = e.coverage;
  if (c.reports.length > 0 || c.threshold !== undefined) {
    out.coverage = {
      reports: c.reports.length,
      unreadableReports: c.reports.filter((r) => r.error !== undefined).length,
      linePercent: c.percent === null ? null : round2(c.percent),
      linesTotal: c.total,
      linesCovered: c.covered,
      threshold: c.threshold ?? null,
      files: c.files.length,
      worstFiles: c.files
        .filter((f) => f.covered < f.total)
        .slice(0, WORST_FILES)
        .map((f) => ({ path: f.path, lines: f.total, covered: f.covered, percent: round2((f.covered / f.total) * 100), totalIfCovered: round2(percentIfCovered(c, f)) })),
    };
  }
  const b = e.build;
  if (b.reports.length > 0) out.build = { logs: b.reports.length, errors: b.errors, warnings: b.warnings, notListed: b.omitted ?? 0 };
  return out;
}
