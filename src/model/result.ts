// Everything a run found and decided: the one input of every renderer.
import type { Evidence } from '../evidence/model.js';
import type { DependencyGraph } from '../github/dependency-graph.js';
import type { Options } from '../inputs.js';
import type { PolicyReport } from '../policy/changes.js';
import type { Score } from '../policy/score.js';
import type { Verdict } from '../policy/verdict.js';
import type { SbomReport } from '../sbom/index.js';
import type { ProfileDecision } from '../workspace/profile.js';
import type { CheckMeta } from './check.js';
import type { Metrics } from './metrics.js';
import type { RepositoryMapData } from './repo-map.js';
import type { CheckOutcome, Finding, Gap, Malformed, RunBlocker, Severity, SkipReason } from './types.js';

export interface LinkContext {
  /** e.g. https://github.com */
  serverUrl: string;
  /** owner/repo */
  repository: string;
  sha: string;
  /** The scanned root relative to the repository root ('' when it is the root). */
  prefix: string;
}

export interface RunResult {
  tool: { name: string; version: string; informationUri: string };
  /** The scanned root as given (for the report), POSIX. */
  root: string;
  commit: string | null;
  options: Options;
  verdict: Verdict;
  /** What kept the gate from vouching for the run (a check that threw, unreadable evidence...): each blocks. */
  blockers: RunBlocker[];
  score: Score;
  counts: Record<Severity, number>;
  /** The metadata of every rule that ran (its check's meta): renderers take titles, templates and SARIF fields from here. */
  rules: Readonly<Record<string, CheckMeta>>;
  /** What kind of code each file is: the repository map the checks and the policy used. */
  map?: RepositoryMapData;
  /** Active findings, worst first. */
  findings: Finding[];
  suppressed: Finding[];
  outcomes: CheckOutcome[];
  gaps: Gap[];
  metrics: Metrics;
  /** Test results, coverage and build diagnostics read from the job's reports (absent when not loaded). */
  evidence?: Evidence;
  profile: ProfileDecision;
  files: { scanned: number; bytes: number; source: 'git' | 'walk' };
  skipped: Record<SkipReason, number>;
  skippedExamples: Partial<Record<SkipReason, string[]>>;
  /** Skipped files (generated, too large, stray NULs) that the every-file rules (secrets, conflicts) still read. */
  everyFileRead?: { files: number; examples: string[]; rules: string[] };
  malformed: Malformed[];
  nonUtf8: string[];
  effortMinutes: number;
  /** The SBOM written (its statistics and the document publish writes), or null when the sbom input is ''. */
  sbom: SbomReport | null;
  /** With `dependency-graph: true`: what the action submits to GitHub's dependency graph (never part of the reports). */
  dependencyGraph?: DependencyGraph;
  links: LinkContext | null;
  /** About the run itself (e.g. worker threads that failed), for the log; not part of the reports. */
  notices: string[];
  /** Where the policy came from and what a pull request changed in it (absent in hand-built results). */
  policy?: PolicyReport;
  /** Raw secret values: every rendered output is scrubbed of them. Never serialized. */
  secrets: ReadonlySet<string>;
  timings: { totalMs: number; discoverMs: number; readMs: number; bytes: number; perRuleMs: Record<string, number> };
}
