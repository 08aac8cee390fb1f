// The policy section of the summary and the report's `policy` block: where the policy came from and
// what the pull request changed, rendered from repository text that is escaped, never interpreted.
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/model/result.js';
import type { PolicyReport } from '../../src/policy/changes.js';
import { renderJson } from '../../src/report/json.js';
import { renderSummary } from '../../src/report/summary.js';
import { POLICY_CHANGES_HEADING } from '../../src/report/summary-policy.js';
import { fixture, NASTY } from './fixture.js';
import { validateReport } from './validate.js';

const SHA = 'a'.repeat(40);

function withPolicy(policy: PolicyReport): RunResult {
  return { ...fixture(), policy };
}

const changed: PolicyReport = {
  origin: { kind: 'base-commit', sha: SHA, via: 'api' },
  configFile: '.readiness-gate.yml',
  pullRequest: true,
  notices: [],
  changes: [
    { kind: 'config', path: '.readiness-gate.yml', details: ['fail-on: P0 → never', 'paths.ignore: (unset) → [<img src=x onerror=alert(1)>](javascript:x)'], applied: false },
    { kind: 'baseline', path: 'baseline.json', details: ["changed by this pull request: the base commit's version is used"], applied: false },
    { kind: 'inline-suppression', path: NASTY, line: 3, directive: 'readiness-gate-ignore hardcoded-secret: `x` | y', details: ['P0 hardcoded-secret at line 4: not suppressed'], applied: false },
  ],
};

describe('policy section', () => {
  it('lists the changes near the top, escaped', () => {
    const md = renderSummary(withPolicy(changed));
    const at = md.indexOf(POLICY_CHANGES_HEADING);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(md.indexOf('### Readiness by area'));
    expect(md).toContain(`the configuration of the base commit \`${SHA.slice(0, 12)}\` (\`.readiness-gate.yml\`), read from the contents API`);
    expect(md).toContain('- Configuration file `.readiness-gate.yml`: **not applied**');
    expect(md).toContain('  - fail-on: P0 → never');
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(md).toContain('- Baseline `baseline.json`: **not applied**');
    expect(md).toContain('3 changes, 3 not applied');
  });

  it('says where the policy came from without listing changes when there are none; nothing on a push', () => {
    const none = renderSummary(withPolicy({ ...changed, changes: [] }));
    expect(none).toContain('**Policy:** the configuration of the base commit');
    expect(none).not.toContain(POLICY_CHANGES_HEADING);
    const defaults = renderSummary(withPolicy({ origin: { kind: 'defaults', reason: 'no token' }, configFile: null, pullRequest: true, notices: ['n'], changes: [] }));
    expect(defaults).toContain('⚠️ the built-in defaults: no token.');
    const push = renderSummary(withPolicy({ origin: { kind: 'checkout' }, configFile: '.readiness-gate.yml', pullRequest: false, notices: [], changes: [] }));
    expect(push).not.toContain('**Policy:**');
  });

  it('the JSON policy block is valid against the schema, and deterministic', () => {
    const json = renderJson(withPolicy(changed));
    expect(validateReport(JSON.parse(json))).toEqual([]);
    expect(renderJson(withPolicy(changed))).toBe(json);
    const doc = JSON.parse(json) as { policy: Record<string, unknown> };
    expect(doc.policy).toMatchObject({ source: 'base-commit', commit: SHA, via: 'api', file: '.readiness-gate.yml', pullRequest: true, notice: null });
    expect(validateReport({ ...JSON.parse(json), policy: { ...doc.policy, source: 'pull-request' } })).not.toEqual([]);
  });
});
