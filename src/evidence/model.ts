// What the job's earlier steps left behind, as the checks and the reports read it: test results,
// coverage, build diagnostics, each with the report files that were read or could not be.
import type { CoverageFormat } from '../formats/coverage/index.js';
import type { Dialect } from '../formats/test-reports/junit.js';
import type { RunBlocker } from '../model/types.js';
import type { Diagnostic } from '../formats/build-logs/index.js';
import type { Location } from '../model/types.js';

export interface ReportFile {
  /** Root-relative POSIX path (absolute when outside the scanned root). */
  path: string;
  origin: 'input' | 'discovered';
  /** Dialect or format recognised, when it was read. */
  format?: Dialect | CoverageFormat | 'log';
  /** Why it could not be used (empty, not XML, truncated...), when it could not. */
  error?: string;
}

export interface TestProblem {
  fullName: string;
  kind: 'failed' | 'errored' | 'flaky';
  message?: string;
  /** In the repository, when the report or the source tree tells where the test is. */
  location?: Location;
  /** The report it came from. */
  report: string;
  /** Failed attempts before the final one (reruns), when known. */
  reruns: number;
}

export interface TestEvidence {
  /** `test-reports` was given (else the reports were discovered). */
  given: boolean;
  reports: ReportFile[];
  /** Distinct tests; each is exactly one of passed, failed, skipped or flaky. */
  total: number;
  passed: number;
  failed: number;
  skipped: number;
  flaky: number;
  durationSec: number;
  /** Failed and errored tests (every attempt failed), in report order. */
  failures: TestProblem[];
  /** Tests that failed and passed within one report (its reruns), or that a report marks as passed on a rerun. */
  flakes: TestProblem[];
  /**
   * Failed or flaky tests counted above but not listed in failures/flakes: past the cap of listed
   * problems, so that a million failures cost a count, not a million findings.
   */
  cut?: { failed: number; flaky: number };
}

export interface CoverageFile {
  /** Repository path, or the path as reported when it maps to no file of the checkout. */
  path: string;
  inRepo: boolean;
  total: number;
  covered: number;
}

export interface CoverageEvidence {
  given: boolean;
  reports: ReportFile[];
  /** Line totals over every file of every report, each file counted once. */
  total: number;
  covered: number;
  /** covered / total × 100, or null when no line was measured. */
  percent: number | null;
  threshold?: number;
  /** Every file, the most uncovered lines first. */
  files: CoverageFile[];
}

export interface BuildDiagnostic extends Diagnostic {
  location: Location;
  log: string;
}

export interface BuildEvidence {
  given: boolean;
  reports: ReportFile[];
  /** Deduplicated across logs, in log order, at most a cap of them. */
  diagnostics: BuildDiagnostic[];
  /** Counted over every log, the ones not listed included. */
  errors: number;
  warnings: number;
  /** Diagnostics counted in errors/warnings but not listed (past the cap; not deduplicated). */
  omitted?: number;
}

export interface Evidence {
  tests: TestEvidence;
  coverage: CoverageEvidence;
  build: BuildEvidence;
  /** Evidence an input named that could not be used (unreadable, truncated, not a regular file): blocks the verdict. */
  blockers: RunBlocker[];
  /** What the person running the gate should hear: committed reports left out or used because an input named them. */
  notices?: string[];
}

/** The total if `f` were fully covered: the "what-if" of the coverage message and summary. */
export function percentIfCovered(c: Pick<CoverageEvidence, 'total' | 'covered'>, f: CoverageFile): number {
  return c.total === 0 ? 0 : ((c.covered + (f.total - f.covered)) / c.total) * 100;
}

/**
 * One decimal, as people quote coverage (67.18 → "67.2%"). A figure below `bar` is never shown
 * as reaching it (79.96 against 80 is "79.9%", not "80.0%").
 */
export function formatPercent(p: number, bar?: number): string {
  let r = Math.round(p * 10) / 10;
  if (bar !== undefined && p < bar && r >= bar) r = Math.floor(p * 10) / 10;
  return `${r.toFixed(1)}%`;
}
