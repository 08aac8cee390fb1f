// Severity overrides and suppressions: what the team decided about a finding.
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

export function resolveFindings(findings: readonly Finding[], options: Options, inline: readonly InlineSuppression[]): Resolved {
  const byPath = new Map<string, InlineSuppression[]>();
  for (const s of inline) (byPath.get(s.path) ?? byPath.set(s.path, []).get(s.path)!).push(s);
  const configured = options.suppressions
    .filter((s) => !isExpired(s, options.today))
    .map((s) => ({ s, matches: picomatch(s.path, { dot: true }) }));

  const active: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const raw of findings) {
    const setting = options.ruleSettings.get(raw.ruleId);
    const f = setting && setting !== 'off' ? { ...raw, severity: setting } : raw;
    const hit = inlineFor(f, byPath.get(f.location.path)) ?? configFor(f, configured);
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

function inlineFor(f: Finding, list: InlineSuppression[] | undefined): Finding['suppressed'] {
  const line = f.location.line;
  if (!list || line === undefined) return undefined;
  const s = list.find((x) => (x.line === line || x.line === line - 1) && (x.rules.includes(f.ruleId) || (x.rules.includes('*') && coversAll(f))));
  return s && { source: 'inline', reason: s.reason, location: { path: s.path, line: s.line } };
}

function configFor(f: Finding, list: Array<{ s: ConfigSuppression; matches: (p: string) => boolean }>): Finding['suppressed'] {
  const hit = list.find(({ s, matches }) => ((s.rule === '*' && coversAll(f)) || s.rule === f.ruleId) && matches(f.location.path));
  return hit && { source: 'config', reason: hit.s.reason, location: hit.s.location, ...(hit.s.expires ? { expires: hit.s.expires } : {}) };
}
