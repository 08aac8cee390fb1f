// The one place a finding's severity is decided (RULES.md, "Certainty: a P0 must be proven"):
// from the rule's documented severity for the message, the finding's certainty, the class of the
// file it is in (the repository map), then the configuration's override. A check never sets one.
import type { CheckMeta, ClassScope } from '../model/check.js';
import type { FileClass } from '../model/repo-map.js';
import type { Certainty, Finding, Severity } from '../model/types.js';
import type { Options } from '../inputs.js';

const RANK: Record<Severity, number> = { P0: 0, P1: 1, P2: 2 };

/** The less severe of two. */
function atMost(s: Severity, cap: Severity): Severity {
  return RANK[s] >= RANK[cap] ? s : cap;
}

/**
 * The most a finding in a file of a class can be, per scope. Runtime failures only break runtime
 * code; a credential in a test is not the product's; a manifest in an example is not the deployment.
 */
const CAPS: Record<ClassScope, Partial<Record<FileClass, Severity>>> = {
  runtime: { test: 'P1', tooling: 'P1', generated: 'P1', vendored: 'P1', docs: 'P2', example: 'P2' },
  credential: { test: 'P1', vendored: 'P1', docs: 'P2', example: 'P2' },
  deploy: { test: 'P2', docs: 'P2', example: 'P2' },
};

/** The class words the summary and messages use. */
const CLASS_WORDS: Record<FileClass, string> = {
  runtime: 'runtime code',
  test: 'test code or test data',
  tooling: 'build or development tooling',
  docs: 'documentation',
  example: 'an example, sample or demo',
  generated: 'generated code',
  vendored: 'vendored third-party code',
};

export interface SeverityDecision {
  severity: Severity;
  /** Why it is below the rule's severity, when it is (shown with the finding). */
  lowered?: string;
}

/** What the check said, and where: the severity the finding gets before the configuration. */
export function decideSeverity(meta: CheckMeta, messageId: string, certainty: Certainty, fileClass: FileClass | undefined, gap?: string): SeverityDecision {
  const documented = (meta.severities as Partial<Record<string, Severity>> | undefined)?.[messageId] ?? meta.severity;
  let severity = documented;
  const reasons: string[] = [];
  if (certainty === 'likely' && severity === 'P0') {
    severity = 'P1';
    reasons.push(`not proven${gap ? `: ${gap}` : ''}`);
  }
  const free = (meta.anyClass as readonly string[] | undefined)?.includes(messageId) ?? false;
  const cap = meta.scope && fileClass && !free ? CAPS[meta.scope][fileClass] : undefined;
  if (cap && RANK[cap] > RANK[severity]) {
    severity = atMost(severity, cap);
    reasons.push(`in ${CLASS_WORDS[fileClass!]}`);
  }
  return severity === documented ? { severity } : { severity, lowered: reasons.join('; ') };
}

/** A message id's certainty when the report does not give one. */
export function certaintyOf(meta: CheckMeta, messageId: string, given: Certainty | undefined): Certainty {
  return given ?? (meta.certainties as Partial<Record<string, Certainty>> | undefined)?.[messageId] ?? meta.certainty;
}

/** The configuration's `rules: {id: P1}` override, applied last (it is the platform's word). */
export function configuredSeverity(f: Finding, options: Pick<Options, 'ruleSettings'>): Finding {
  const setting = options.ruleSettings.get(f.ruleId);
  return setting && setting !== 'off' && setting !== f.severity ? { ...f, severity: setting } : f;
}

export function classWords(c: FileClass): string {
  return CLASS_WORDS[c];
}
