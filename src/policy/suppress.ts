// Severity overrides and suppressions: what the team decided about a finding.
import { configuredSeverity } from './severity.js';
import picomatch from 'picomatch';
import type { ConfigSuppression, Options } from '../inputs.js';
import type { Finding } from '../model/types.js';
import type { InlineSuppression } from '../workspace/suppressions.js';

export interface Resolved {
  active: Finding[];
  suppressed: Finding[];
}

export function isExpired(s: { expires?: string }, today: string): boolean {
  return s.expires !== undefined && s.expires < today;
}

/** The latest `expires` a configuration suppression may name: one year after today. */
export function latestExpiry(today: string): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

export type SuppressionProblem = 'expired' | 'no-reason' | 'no-expiry' | 'too-far';

/**
 * Why a configuration suppression silences nothing, or undefined when it applies. A suppression
 * is a dated decision a reviewer can check: it needs a reason and an expiry at most a year ahead,
 * so an accepted risk comes back for review instead of being silenced forever.
 */
export function suppressionProblem(s: Pick<ConfigSuppression, 'reason' | 'expires'>, today: string): SuppressionProblem | undefined {
  if (isExpired(s, today)) return 'expired';
  if (s.reason === '') return 'no-reason';
  if (s.expires === undefined) return 'no-expiry';
  if (s.expires > latestExpiry(today)) return 'too-far';
  return undefined;
}

/**
 * `untrusted`: inline suppressions a pull request added (src/policy/changes.ts); they silence a P1
 * or P2 finding (listed in the summary) but never a P0.
 */
export function resolveFindings(
  findings: readonly Finding[],
  options: Pick<Options, 'suppressions' | 'today' | 'ruleSettings'>,
  inline: readonly InlineSuppression[],
  untrusted: ReadonlySet<InlineSuppression> = new Set(),
): Resolved {
  const byPath = new Map<string, InlineSuppression[]>();
  for (const s of inline) (byPath.get(s.path) ?? byPath.set(s.path, []).get(s.path)!).push(s);
  const configured = options.suppressions
    .filter((s) => suppressionProblem(s, options.today) === undefined)
    .map((s) => ({ s, matches: picomatch(s.path, { dot: true }) }));

  const active: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const raw of findings) {
    const f = configuredSeverity(raw, options);
    const hit = inlineFor(f, byPath.get(f.location.path), untrusted) ?? configFor(f, configured);
    if (hit) suppressed.push({ ...f, suppressed: hit });
    else active.push(f);
  }
  return { active, suppressed };
}

/**
 * A blanket (`*`) suppression does not cover suppression-without-reason: the report about a
 * suppression with no reason would otherwise be hidden by that very suppression.
 */
function coversAll(f: Finding): boolean {
  return f.ruleId !== 'suppression-without-reason';
}

/**
 * Whether a suppression, inline or configured, could cover `f`, whatever its trust, expiry or the
 * finding's severity (an over-approximation): findings merged into one (engine/findings.ts
 * mergeRepeats) must not let the first place's suppression silence the others.
 */
export function maySuppress(suppressions: readonly ConfigSuppression[], inline: readonly InlineSuppression[]): (f: Finding) => boolean {
  const byPath = new Map<string, InlineSuppression[]>();
  for (const s of inline) (byPath.get(s.path) ?? byPath.set(s.path, []).get(s.path)!).push(s);
  const configured = suppressions.map((s) => ({ s, matches: picomatch(s.path, { dot: true }) }));
  return (f) => inlineCovering(f, byPath.get(f.location.path)).length > 0 || configFor(f, configured) !== undefined;
}

/** The inline suppressions that would cover `f` (on its line or the line above, naming its rule or `*`). */
export function inlineCovering(f: Finding, list: readonly InlineSuppression[] | undefined): InlineSuppression[] {
  const line = f.location.line;
  if (!list || line === undefined) return [];
  return list.filter((x) => (x.line === line || x.line === line - 1) && (x.rules.includes(f.ruleId) || (x.rules.includes('*') && coversAll(f))));
}

function inlineFor(f: Finding, list: InlineSuppression[] | undefined, untrusted: ReadonlySet<InlineSuppression>): Finding['suppressed'] {
  const s = inlineCovering(f, list).find((x) => f.severity !== 'P0' || !untrusted.has(x));
  return s && { source: 'inline', reason: s.reason, location: { path: s.path, line: s.line } };
}

function configFor(f: Finding, list: Array<{ s: ConfigSuppression; matches: (p: string) => boolean }>): Finding['suppressed'] {
  const hit = list.find(({ s, matches }) => ((s.rule === '*' && coversAll(f)) || s.rule === f.ruleId) && matches(f.location.path));
  return hit && { source: 'config', reason: hit.s.reason, location: hit.s.location, ...(hit.s.expires ? { expires: hit.s.expires } : {}) };
}
