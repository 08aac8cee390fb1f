// The check interface, after ESLint's `meta` + `create`: a check observes and reports;
// severity overrides, suppressions, score and verdict belong to policy/.
import type { RuleId } from './catalogue.js';
import type { Metrics } from './metrics.js';
import type { FileClass, StackClaim } from './repo-map.js';
import type { Area, Certainty, Finding, GapStatus, Location, Severity } from './types.js';
import type { Options } from '../inputs.js';
import type { Lang } from '../syntax/index.js';
import type { SourceFile, Workspace } from '../workspace/workspace.js';

/** SARIF `precision`: how often a finding of the rule is a true problem (derived from its certainty, see meta.test). */
export type Precision = 'very-high' | 'high' | 'medium' | 'low';

/**
 * How the file's class in the repository map bounds a finding's severity (policy/severity.ts):
 * `runtime`: a failure at run time (imports, dependencies, probes, health, timeouts) is P0 only in
 *   runtime code, at most P1 in test, tooling, generated and vendored code, at most P2 in docs and examples;
 * `credential`: a credential is P0 in runtime code, configuration and deploy files, P1 in tests and
 *   third-party code, P2 in docs and examples, except the messages of `meta.anyClass` (proven live);
 * `deploy`: a manifest in tests, docs or examples is not the deployment: at most P2.
 * Absent: where the code lives does not change what the finding means (a conflict block, a failed test).
 */
export type ClassScope = 'runtime' | 'credential' | 'deploy';

export interface CheckMeta<M extends string = string> {
  /** Exactly as in RULES.md; equals the folder name, the SARIF ruleId and the docs page. */
  id: RuleId;
  /** The RULES.md area. */
  area: Area;
  /** The severity RULES.md gives when the evidence proves the failure; `severities` for message ids that differ. */
  severity: Severity;
  /** Message ids whose documented severity differs from `severity` (RULES.md: "P0 (deploy-like) / P1 (other)"). */
  severities?: Partial<Record<M, Severity>>;
  /** Minutes a fix usually takes (RULES.md's effort column). */
  effortMinutes: number;
  /** The catalogue title. */
  title: string;
  /** Only applies when the profile is `service`. */
  serviceOnly?: boolean;
  /** What a finding is unless it says otherwise: `proven` only when the evidence itself shows the failure. */
  certainty: Certainty;
  /** Message ids whose certainty differs from `certainty`. */
  certainties?: Partial<Record<M, Certainty>>;
  /** For a rule that can block: why such a finding is proven, in one clause (the summary shows it beside each P0). */
  proof?: string;
  /** How the file's class bounds the severity (see ClassScope). */
  scope?: ClassScope;
  /** Message ids the class does not bound (a credential proven live is P0 even in a test). */
  anyClass?: readonly M[];
  /** SARIF precision; meta.test holds it to the certainty (a likely rule is at most medium). */
  precision: Precision;
  /**
   * Findings of one value (the same fingerprint key) are one finding with related locations: for
   * rules whose key is the flagged value itself (a credential), where every copy is fixed at once.
   */
  oneFindingPerValue?: boolean;
  /**
   * SARIF tags besides the area. 'security' when a finding of the rule means something for security
   * (say why on the line above): only those reach code scanning by default, scored by
   * src/report/sarif-security.ts. The area does not decide it.
   */
  tags?: readonly string[];
  /** The docs page, relative to the repository (rules/checks/<id>.md). */
  docs: string;
  /** Globs (picomatch, matched against the root-relative POSIX path): the engine calls file() only for matches. */
  files?: readonly string[];
  /** Message templates; `{name}` placeholders are filled from the report's data. */
  messages: Record<M, string>;
  /** What to do, concretely. Shown with every finding. */
  remediation: string;
  /**
   * Globs of small files whose text end() needs across files (manifests, lockfiles, tsconfig...):
   * the file pass keeps them, and `workspace.text(path)` returns them.
   */
  capture?: readonly string[];
  /** Grammars the engine loads before the file pass, so file() can call syntaxTree(f). */
  languages?: readonly Lang[];
  /** Runs its end() after the other checks, and may read their findings (after policy). */
  late?: boolean;
  /**
   * end() asks a server (OSV, the GitHub API): what it says may change with no input changing, so
   * the engine never answers its end() from an earlier run (engine/end-memo.ts).
   */
  network?: boolean;
  /**
   * file() depends on the file alone and only calls report(), secret() and observe(); create() may
   * read only options. Such checks may run on worker threads (the engine decides), so file() keeps
   * no state of its own: what end() needs, it observes.
   */
  pure?: boolean;
  /**
   * file() reads every tracked file, not only the scanned ones: also files skipped as generated or
   * vendored (their counts stay as they are for the other checks), files over max-file-size (handed
   * over in line-aligned chunks that overlap: `f.firstLine` > 1 after the first; a report from the
   * overlap is kept once) and files that look binary, read as Latin-1 when they are not UTF-8.
   * "Looks binary" is the author's choice: a NUL, a few invalid UTF-8 bytes or control characters in
   * a comment cost nothing and leave a JavaScript file working, so any content test would be an
   * evasion (issue 10, item 7). For rules whose patterns are specific enough that random bytes do not
   * match them (an AWS key ID, a conflict block) and whose finding is as real in a bundle as in source.
   */
  everyFile?: boolean;
  /**
   * When the scanned root is a subfolder of the repository (`path: services/api`), file() is also
   * handed the repository root's files that match `files` by their repository-relative path
   * (workflows, CODEOWNERS: workspace/repository.ts), on the main thread. Their `f.path` climbs out of
   * the scanned root (`../../.github/workflows/ci.yml`) and `f.repository` says so.
   */
  repositoryFiles?: boolean;
}

export interface ReportDescriptor<M extends string> {
  messageId: M;
  location: Location;
  /** Other places the same problem is written (the finding is reported once, at `location`); sorted by the check. */
  related?: Location[];
  data?: Record<string, string | number>;
  /** A short excerpt; secrets in it must already be masked by the check. */
  evidence?: string;
  /**
   * How sure the finding is, when it differs from the message's (meta.certainty/certainties): `likely`
   * when the model has a gap it can name. A likely finding of a P0 rule is reported as P1.
   */
  certainty?: Certainty;
  /** For a likely finding: the gap that keeps it from being proven, one clause ("this service's routes are file-based"). */
  gap?: string;
  /** What identifies this finding across edits that shift lines; defaults to the flagged line's text. */
  fingerprintKey?: string;
}

export interface CheckContext<M extends string = string> {
  readonly options: Options;
  readonly workspace: Workspace;
  /** The file's class in the repository map (runtime, test, tooling, docs, example, generated, vendored). */
  classOf(path: string): FileClass;
  /** The development or test stack that alone uses a tooling file (a dev CA's key its compose file mounts), if one does. */
  stackOf?(path: string): StackClaim | undefined;
  report(d: ReportDescriptor<M>): void;
  /** The rule cannot apply here (say why). */
  notApplicable(reason: string): void;
  /** The rule could not tell (say why): never looks like a pass. */
  inconclusive(reason: string): void;
  /** A row of the gap-analysis table. */
  gap(component: string, status: GapStatus, evidence?: string, area?: Area): void;
  /**
   * A file of the checkout that could not be parsed (YAML, JSON, TOML, XML...): counted and listed in
   * the report, never a crash. Several checks reporting the same file and kind count once.
   */
  malformed(path: string, kind: string, reason: string): void;
  /** In end(): a line for the person running the gate about the run itself (e.g. a setting the token cannot read). */
  notice(message: string): void;
  /** A figure for the report's metrics block (e.g. the TODO count); its shape is model/metrics.ts's. */
  metric<K extends keyof Metrics>(name: K, value: Metrics[K]): void;
  /** A raw secret value (mask it in your own evidence too): publish scrubs every output of distinctive ones. */
  secret(value: string): void;
  /** In file(): a serializable fact about this file, handed to end() through observations(). */
  observe(value: unknown): void;
  /** In end(): every observe() of file(), in path order. */
  observations<T = unknown>(): ReadonlyArray<Observation<T>>;
  /**
   * In end(): `judge(path, values)` of each file's observations, in path order. With the fact cache
   * on, a file whose observations are those of the last run, under the same common inputs
   * (engine/end-memo.ts), gets what judge returned then, its observations not decoded: judge reads
   * only its arguments and the workspace (never the evidence nor the commit: that throws), and
   * nothing computed from other files' observations. `valid` checks a kept value's shape; `name`
   * tells a check's tables apart. For a whole-tree end() that one edited file makes run again.
   */
  perFile<T, R>(name: string, judge: (path: string, values: readonly T[]) => R, valid: (v: unknown) => v is R): Array<{ path: string; value: R }>;
  /** Late checks only: findings of the other checks, after policy (severity overrides, suppressions). */
  findings(): readonly Finding[];
}

export interface Observation<T> {
  path: string;
  value: T;
}

export interface CheckVisitor {
  file?(f: SourceFile): void | Promise<void>;
  end?(): void | Promise<void>;
}

export interface Check<M extends string = string> {
  meta: CheckMeta<M>;
  create(ctx: CheckContext<M>): CheckVisitor;
}

/** Identity helper that keeps message ids typed. */
export function defineCheck<M extends string>(check: Check<M>): Check<M> {
  return check;
}
