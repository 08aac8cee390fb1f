// The fleet's data contracts (issue 15): what one matrix job writes for each repository it was
// given (FleetEntry), and what `readiness-gate merge` makes of them (MergedReport). Both are
// published as JSON schemas (schemas/fleet-entry.schema.json, schemas/merged.schema.json); the
// writer (fleet scan), the reader (merge) and the renderers (Markdown, CSV, HTML) share these types
// so a field is named in one place.
import type { Severity } from '../model/types.js';

export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

/** One repository of a fleet run: its scan's report, or why there is none. */
export interface FleetEntry {
  schemaVersion: 1;
  kind: 'readiness-gate-fleet-entry';
  /** `owner/name`, as the API lists it. */
  repository: string;
  /** The repository's page (`<server>/<owner>/<name>`). */
  url: string;
  /** The ref scanned (a branch, tag or sha), or null for the default branch. */
  ref: string | null;
  /** The commit scanned, or null when the checkout failed. */
  commit: string | null;
  /** The fleet job's run page, where its log and artifacts are. */
  runUrl: string | null;
  /** scanned: `report` holds the JSON report; failed: `error` says why (clone, scan, timeout, exit 2). */
  status: 'scanned' | 'failed';
  error: string | null;
  /** The JSON report exactly as `readiness-gate scan --report` wrote it (schemas/report.schema.json). */
  report: unknown | null;
}

export interface SeverityCounts {
  P0: number;
  P1: number;
  P2: number;
}

/** A repository's row in the organisation report. */
export interface MergedRepository {
  repository: string;
  url: string | null;
  runUrl: string | null;
  ref: string | null;
  commit: string | null;
  status: 'scanned' | 'failed';
  /** Why there is no report (status failed), else null. */
  error: string | null;
  /** The verdict; null when the scan failed (a failed scan is never a pass). */
  blocked: boolean | null;
  score: number | null;
  grade: Grade | null;
  counts: SeverityCounts | null;
  /** The rules with P0 findings in this repository, sorted. */
  p0Rules: string[];
  /** The verdict's reasons as the report gives them. */
  reasons: string[];
  /** Against --previous: null when there is no previous merge or the repository is new there. */
  change: RepositoryChange | null;
}

export interface RepositoryChange {
  previousScore: number | null;
  previousGrade: Grade | null;
  previousBlocked: boolean | null;
  previousP0: number | null;
  /** P0 rules present now and not then, sorted. */
  newP0Rules: string[];
  /** Worse: newly blocked, newly failed to scan, a lower score, or more P0 findings. */
  worse: boolean;
}

/** One rule across the organisation. */
export interface RuleAcrossFleet {
  ruleId: string;
  title: string;
  severity: Severity;
  /** Repositories with at least one active finding of the rule at this severity. */
  repositories: number;
  findings: number;
}

export interface MergedReport {
  schemaVersion: 1;
  kind: 'readiness-gate-merged';
  tool: { name: 'readiness-gate'; version: string };
  totals: {
    repositories: number;
    scanned: number;
    failed: number;
    blocked: number;
    ready: number;
    grades: Record<Grade, number>;
    findings: SeverityCounts;
  };
  /** Rules by severity, then by repositories affected, then findings, then id. */
  rules: RuleAcrossFleet[];
  /** Sorted by repository name (the renderers sort for display). */
  repositories: MergedRepository[];
  /** The previous merge compared against, or null. `removed`: its repositories absent now, sorted (merge always writes it). */
  previous: { repositories: number; removed?: string[] } | null;
  /** What the merge read (merge always writes it; optional so hand-built reports may leave it out). */
  inputs?: MergeInputs;
}

export interface MergeInputs {
  /** JSON files read. */
  files: number;
  /** Files found in a folder that are other readiness-gate outputs (SARIF, SBOM, badge, a merged report): not rows. */
  ignored: number;
  /** Repositories given by more than one file (one row kept: see README "Organisation report"), sorted. */
  duplicates: string[];
}
