// suppression-without-reason: a silenced finding must say why, and a dated suppression must not
// outlive its date (SPEC §6, RULES.md, operations). A configuration suppression without a reason,
// without `expires`, or dated more than a year ahead silences nothing (src/policy/suppress.ts), and
// is reported here so the team sees why. Reads the inline suppressions the engine
// parsed during the file pass and the configuration file's `suppressions:` list; each finding
// points at the suppression itself. An inline suppression naming a rule that does not exist
// silences nothing (usually a typo), so it is reported here too, with its own message.
import { isRuleId, RULE_IDS } from '../../model/catalogue.js';
import { defineCheck } from '../../model/check.js';
import { latestExpiry, suppressionProblem } from '../../policy/suppress.js';
import { INLINE_MARKER, type InlineSuppression } from '../../workspace/suppressions.js';

export default defineCheck({
  meta: {
    id: 'suppression-without-reason',
    area: 'operations',
    severity: 'P2',
    effortMinutes: 5,
    title: 'Suppression without reason or expired',
    certainty: 'proven',
    precision: 'high',
    docs: 'rules/checks/suppression-without-reason.md',
    messages: {
      inlineNoReason: 'Inline suppression of {rules} in {path}:{line} gives no reason: write it as `{example}`.',
      inlineUnknownRule: 'Inline suppression in {path}:{line} names {unknown}, which is not a readiness-gate rule id, so it silences nothing{hint}.',
      configNoReason: 'Suppression of {rule} for {pattern} in {path} gives no reason: add `reason:` saying why the finding is acceptable.',
      configExpired: 'Suppression of {rule} for {pattern} in {path} expired on {expires}: the findings it covered are active again.',
      configNoExpiry: 'Suppression of {rule} for {pattern} in {path} has no `expires:` date, so it silences nothing: add one at most a year ahead (by {latest}).',
      configTooFar: 'Suppression of {rule} for {pattern} in {path} expires on {expires}, more than a year ahead, so it silences nothing: set `expires:` to {latest} or earlier.',
    },
    remediation:
      'Give every suppression a reason a reviewer can check (inline: `rule-id: reason`; configuration: `reason:`), renew or delete expired configuration suppressions, and correct misspelt rule ids.',
  },
  create(ctx) {
    return {
      end() {
        // The engine parsed every directive once during the file pass (one per line, quoted mentions left out).
        for (const s of ctx.workspace.inlineSuppressions) inline(s);
        for (const s of ctx.options.suppressions) {
          const where = s.location;
          const latest = latestExpiry(ctx.options.today);
          const data = { rule: s.rule === '*' ? 'all rules' : s.rule, pattern: s.path, path: where.path, expires: s.expires ?? '', latest };
          const key = `${s.rule}\0${s.path}`;
          const evidence = `rule: ${s.rule}, path: ${s.path}`;
          // An expired entry no longer applies: that is the news, whether or not it had a reason.
          const problem = suppressionProblem(s, ctx.options.today);
          if (problem === 'expired') {
            ctx.report({ messageId: 'configExpired', location: { ...where }, data, evidence: `${evidence}, expires: ${s.expires}`, fingerprintKey: `expired\0${key}` });
          } else if (problem === 'no-reason') {
            ctx.report({ messageId: 'configNoReason', location: { ...where }, data, evidence, fingerprintKey: `no-reason\0${key}` });
          } else if (problem === 'no-expiry') {
            ctx.report({ messageId: 'configNoExpiry', location: { ...where }, data, evidence, fingerprintKey: `no-expiry\0${key}` });
          } else if (problem === 'too-far') {
            ctx.report({ messageId: 'configTooFar', location: { ...where }, data, evidence: `${evidence}, expires: ${s.expires}`, fingerprintKey: `too-far\0${key}` });
          }
        }
      },
    };

    function inline(s: InlineSuppression): void {
      const unknown = s.rules.filter((r) => r !== '*' && !isRuleId(r));
      // Prose that mentions the marker word followed by plain words ("... to silence a rule") parses
      // as a directive naming those words; rule ids always have a hyphen, prose words rarely do.
      if (unknown.length === s.rules.length && !unknown.some((r) => r.includes('-'))) return;
      const directive = s.directive;
      const location = { path: s.path, line: s.line, column: s.column };
      const rules = s.rules.includes('*') ? 'all rules' : s.rules.join(', ');
      const key = `${s.rules.join(',')}\0${s.reason}`;
      if (s.reason === '') {
        const example = `${INLINE_MARKER} ${s.rules.includes('*') ? '<rule-id>' : s.rules.join(', ')}: <why this is safe>`;
        ctx.report({
          messageId: 'inlineNoReason',
          location,
          data: { rules, path: s.path, line: s.line, example },
          evidence: directive,
          fingerprintKey: `no-reason\0${key}`,
        });
      }
      if (unknown.length > 0) {
        const hint = unknown.map(suggest).filter((x): x is string => x !== undefined);
        ctx.report({
          messageId: 'inlineUnknownRule',
          location,
          data: {
            path: s.path,
            line: s.line,
            unknown: unknown.map((u) => `'${u}'`).join(', '),
            hint: hint.length > 0 ? ` (did you mean ${hint.join(', ')}?)` : '',
          },
          evidence: directive,
          fingerprintKey: `unknown\0${key}`,
        });
      }
    }
  },
});

/** The closest rule id, when it is close enough to be the intended one. */
function suggest(id: string): string | undefined {
  let best: { id: string; d: number } | undefined;
  for (const r of RULE_IDS) {
    const d = distance(id, r);
    if (!best || d < best.d) best = { id: r, d };
  }
  return best && best.d <= Math.max(2, Math.floor(id.length / 5)) ? best.id : undefined;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
