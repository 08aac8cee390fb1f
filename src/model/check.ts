// The check interface, after ESLint's `meta` + `create`: a check observes and reports;
// severity overrides, suppressions, score and verdict belong to policy/.
import type { RuleId } from './catalogue.js';
import type { Area, Finding, GapStatus, Location, Severity } from './types.js';
import type { Options } from '../inputs.js';
import type { Lang } from '../syntax/index.js';
import type { SourceFile, Workspace } from '../workspace/workspace.js';

export interface CheckMeta<M extends string = string> {
  /** Exactly as in RULES.md; equals the folder name, the SARIF ruleId and the docs page. */
  id: RuleId;
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
}

export interface ReportDescriptor<M extends string> {
  messageId: M;
  location: Location;
  data?: Record<string, string | number>;
  /** A short excerpt; secrets in it must already be masked by the check. */
  evidence?: string;
  /** For rules whose severity depends on what was seen (RULES.md: "P0 (deploy-like) / P1 (other)"). */
  severity?: Severity;
  /** What identifies this finding across edits that shift lines; defaults to the flagged line's text. */
  fingerprintKey?: string;
}

export interface CheckContext<M extends string = string> {
  readonly options: Options;
  readonly workspace: Workspace;
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
  /** A figure for the report's metrics block (e.g. the TODO count). */
  metric(name: string, value: unknown): void;
  /** A raw secret value (mask it in your own evidence too): publish scrubs every output of distinctive ones. */
  secret(value: string): void;
  /** In file(): a serializable fact about this file, handed to end() through observations(). */
  observe(value: unknown): void;
  /** In end(): every observe() of file(), in path order. */
  observations<T = unknown>(): ReadonlyArray<Observation<T>>;
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
