// Plain types shared by every layer. No behaviour here.
import type { RuleId } from './catalogue.js';
import type { FileClass } from './repo-map.js';

export const SEVERITIES = ['P0', 'P1', 'P2'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const AREAS = [
  'build',
  'tests',
  'security',
  'supply-chain',
  'deploy',
  'observability',
  'operations',
  'code-health',
] as const;
export type Area = (typeof AREAS)[number];

/** A place in the scanned tree: `path` is POSIX and relative to the scanned root; lines are 1-based. */
export interface Location {
  path: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/** RULES.md "Certainty": proven when the evidence shows the failure and every known way out was ruled out. */
export const CERTAINTIES = ['proven', 'likely'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export type BaselineState = 'new' | 'existing';

export interface Suppression {
  source: 'inline' | 'config';
  reason: string;
  /** Where the suppression itself is written (the comment, or the config entry). */
  location: Location;
  expires?: string;
}

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  /** How sure: policy gives a proven finding its rule's severity and a likely one at most P1. */
  certainty: Certainty;
  /** For a likely finding: what the model could not read, named in the message too. */
  gap?: string;
  /** The class of the finding's file in the repository map, when it has a file. */
  fileClass?: FileClass;
  area: Area;
  title: string;
  /** The check's message template id and its data: renderers format and escape the data only. */
  messageId: string;
  data: Record<string, string | number>;
  /** The message as plain text (template filled with the data). */
  message: string;
  location: Location;
  /** Other places the same problem is written (copies of one workload in raw manifests, a kustomize base, a chart), sorted. */
  related?: Location[];
  evidence?: string;
  remediation: string;
  effortMinutes: number;
  fingerprint: string;
  baseline?: BaselineState;
  suppressed?: Suppression;
}

export type CheckStatus = 'pass' | 'fail' | 'not-applicable' | 'inconclusive' | 'error';

export interface CheckOutcome {
  ruleId: RuleId;
  area: Area;
  status: CheckStatus;
  /** Why a check could not tell, was not applicable, or failed to run. */
  reason?: string;
  findings: number;
  millis: number;
}

export type GapStatus = 'present' | 'missing' | 'disabled' | 'mismatch' | 'partial' | 'n/a';

export interface Gap {
  area: Area;
  component: string;
  status: GapStatus;
  evidence?: string;
}

export const SKIP_REASONS = ['binary', 'tooLarge', 'generated', 'ignored', 'symlink', 'unreadable', 'output'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** A file of the scanned repository that could not be parsed or decoded. Counted, never fatal. */
export interface Malformed {
  path: string;
  kind: string;
  reason: string;
}

/**
 * Something that keeps the gate from vouching for this run (SPEC §9 "fail closed"): a check that
 * threw, evidence named by an input that could not be read, a tree that was mostly not scanned.
 * Each one blocks the verdict whatever the findings say (unless fail-on is never).
 */
export interface RunBlocker {
  source: 'check' | 'evidence' | 'scan' | 'policy';
  /** One sentence, for the verdict's reasons. */
  reason: string;
  /** The rule concerned, when there is one (a check that threw). */
  ruleId?: RuleId;
}
