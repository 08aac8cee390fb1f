import { describe, expect, it } from 'vitest';
import check from '../../src/checks/suppression-without-reason/index.js';
import { scanTree } from '../helpers/rule-tester.js';

// The directive word is assembled at run time: written out in this file, the repository's
// self-scan would parse these test inputs as real suppressions without reasons.
const IGNORE = ['readiness', 'gate', 'ignore'].join('-');
const TODAY = '2026-11-23';

const ofRule = async (files: Record<string, string>) => {
  const r = await scanTree([check], files, { today: TODAY });
  return r.findings.map((f) => ({ path: f.location.path, line: f.location.line, column: f.location.column, message: f.message, evidence: f.evidence, severity: f.severity }));
};

describe('suppression-without-reason: inline', () => {
  it('reports an inline suppression without a reason, at the comment', async () => {
    const f = await ofRule({ 'src/db.py': `import os\npassword = os.environ["DB"]  # ${IGNORE} hardcoded-password\n` });
    expect(f).toEqual([
      {
        path: 'src/db.py',
        line: 2,
        column: 32,
        severity: 'P2',
        message: `Inline suppression of hardcoded-password in src/db.py:2 gives no reason: write it as \`${IGNORE} hardcoded-password: <why this is safe>\`.`,
        evidence: `${IGNORE} hardcoded-password`,
      },
    ]);
  });

  it('reports an empty reason after the colon, a blanket suppression and several rules', async () => {
    const f = await ofRule({
      'a.ts': `// ${IGNORE} hardcoded-secret:   \n`,
      'b.sh': `# ${IGNORE}\n`,
      'c.yml': `# ${IGNORE} workflow-permissions, workflow-unpinned-action\n`,
    });
    expect(f.map((x) => [x.path, x.message.split(' gives')[0]])).toEqual([
      ['a.ts', 'Inline suppression of hardcoded-secret in a.ts:1'],
      ['b.sh', 'Inline suppression of all rules in b.sh:1'],
      ['c.yml', 'Inline suppression of workflow-permissions, workflow-unpinned-action in c.yml:1'],
    ]);
  });

  it("points at the directive's column", async () => {
    const r = await scanTree([check], { 'a.go': `x := 1 // ${IGNORE}\n` }, { today: TODAY });
    expect(r.findings.map((f) => f.location)).toEqual([{ path: 'a.go', line: 1, column: 11 }]);
  });

  it('is not hidden by the blanket suppression it reports, but can be suppressed by name', async () => {
    const blanket = await ofRule({ 'a.sh': `# ${IGNORE}\necho hi\n` });
    expect(blanket.map((x) => x.message)).toEqual(['Inline suppression of all rules in a.sh:1 gives no reason: write it as `' + IGNORE + ' <rule-id>: <why this is safe>`.']);
    const named = await scanTree(
      [check],
      { 'a.sh': `# ${IGNORE} suppression-without-reason: vendored script, kept byte-identical\n# ${IGNORE}\n` },
      { today: TODAY },
    );
    expect(named.findings).toEqual([]);
    expect(named.suppressed.map((f) => f.location.line)).toEqual([2]);
  });

  it('judges a line that repeats the marker once', async () => {
    // The engine parses this line twice (once per marker); the second marker reads as a rule id.
    const f = await ofRule({ 'a.py': `# ${IGNORE} hardcoded-secret ${IGNORE}\n` });
    expect(f.map((x) => x.message.split(' ').slice(0, 3).join(' '))).toEqual(['Inline suppression in', 'Inline suppression of']);
  });

  it('reports an unknown rule id, with a suggestion when one is close', async () => {
    const f = await ofRule({
      'a.py': `token = x  # ${IGNORE} hardcoded-secrets: test key\n`,
      'b.py': `y = 1  # ${IGNORE} made-up-rule: because\n`,
    });
    expect(f.map((x) => [x.path, x.line, x.message])).toEqual([
      ['a.py', 1, "Inline suppression in a.py:1 names 'hardcoded-secrets', which is not a readiness-gate rule id, so it silences nothing (did you mean hardcoded-secret?)."],
      ['b.py', 1, "Inline suppression in b.py:1 names 'made-up-rule', which is not a readiness-gate rule id, so it silences nothing."],
    ]);
  });

  it('reports both problems of a suppression with an unknown rule and no reason', async () => {
    const f = await ofRule({ 'a.py': `# ${IGNORE} hardcoded-pasword\n` });
    expect(f.map((x) => x.message.slice(0, 40))).toEqual(['Inline suppression in a.py:1 names \'hard', 'Inline suppression of hardcoded-pasword ']);
  });

  const valid: Array<[string, Record<string, string>]> = [
    ['a suppression with a reason', { 'a.py': `x = "abc123"  # ${IGNORE} hardcoded-password: test fixture, never deployed\n` }],
    ['a blanket suppression with a reason', { 'a.py': `# ${IGNORE}: generated file\n` }],
    ['a reason after a closing comment token is stripped but present', { 'a.html': `<!-- ${IGNORE} readiness-claim-contradicted: quoting a customer -->\n` }],
    ['prose that mentions the directive in a code span', { 'docs/a.md': `Write \`${IGNORE} rule-id: reason\` above the line.\n` }],
    ['prose that mentions the directive followed by plain words', { 'docs/b.md': `The ${IGNORE} comment silences one rule\n` }],
    ['a placeholder rule in angle brackets', { 'docs/c.md': `${IGNORE} <rule>[: reason]\n` }],
  ];
  it.each(valid)('does not report %s', async (_name, files) => {
    expect(await ofRule(files)).toEqual([]);
  });
});

describe('suppression-without-reason: configuration', () => {
  const cfg = (entries: string) => ({ '.github/readiness-gate.yml': `fail-on: P0\nsuppressions:\n${entries}`, 'a.py': 'x = 1\n' });

  it('reports a configured suppression without a reason, at its entry', async () => {
    const f = await ofRule(cfg('  - rule: hardcoded-secret\n    path: test/fixtures/**\n'));
    expect(f).toEqual([
      {
        path: '.github/readiness-gate.yml',
        line: 3,
        column: undefined,
        severity: 'P2',
        message: 'Suppression of hardcoded-secret for test/fixtures/** in .github/readiness-gate.yml gives no reason: add `reason:` saying why the finding is acceptable.',
        evidence: 'rule: hardcoded-secret, path: test/fixtures/**',
      },
    ]);
  });

  it('reports a blank reason and a wildcard rule', async () => {
    const f = await ofRule(cfg('  - rule: "*"\n    path: legacy/**\n    reason: "  "\n'));
    expect(f.map((x) => x.message)).toEqual([
      'Suppression of all rules for legacy/** in .github/readiness-gate.yml gives no reason: add `reason:` saying why the finding is acceptable.',
    ]);
  });

  it('reports an expired suppression (expiry before today), once, even without a reason', async () => {
    const f = await ofRule(
      cfg(
        [
          '  - rule: hardcoded-secret',
          '    path: keys.pem',
          '    reason: test key',
          '    expires: 2026-11-22',
          '  - rule: workflow-permissions',
          '    path: "**"',
          '    expires: 2025-01-01',
          '',
        ].join('\n'),
      ),
    );
    expect(f.map((x) => [x.line, x.message])).toEqual([
      [3, 'Suppression of hardcoded-secret for keys.pem in .github/readiness-gate.yml expired on 2026-11-22: the findings it covered are active again.'],
      [7, 'Suppression of workflow-permissions for ** in .github/readiness-gate.yml expired on 2025-01-01: the findings it covered are active again.'],
    ]);
  });

  it('is not hidden by a configured blanket suppression', async () => {
    const f = await ofRule(cfg('  - rule: "*"\n    path: ".github/**"\n    reason: ours\n    expires: 2027-01-01\n  - rule: no-runbook\n'));
    expect(f.map((x) => x.message)).toEqual([
      'Suppression of no-runbook for ** in .github/readiness-gate.yml gives no reason: add `reason:` saying why the finding is acceptable.',
    ]);
  });

  it('refuses a blanket suppression of every rule over every path (a configuration error)', async () => {
    await expect(ofRule(cfg('  - rule: "*"\n    path: "**"\n    reason: x\n    expires: 2027-01-01\n'))).rejects.toThrow(/suppressions\[0\]: rule '\*' with path '\*\*' would silence every finding/);
    await expect(ofRule(cfg('  - rule: "*"\n    reason: x\n    expires: 2027-01-01\n'))).rejects.toThrow(/would silence every finding/);
  });

  it('does not report a suppression with a reason that expires today or later, within a year', async () => {
    const f = await ofRule(
      cfg('  - rule: hardcoded-secret\n    path: keys.pem\n    reason: test key\n    expires: 2026-11-23\n  - rule: no-runbook\n    reason: internal tool\n    expires: 2027-11-23\n'),
    );
    expect(f).toEqual([]);
  });

  it('reports a suppression without an expiry, or dated more than a year ahead (neither silences anything)', async () => {
    const f = await ofRule(
      cfg('  - rule: no-runbook\n    reason: internal tool\n  - rule: no-codeowners\n    reason: one maintainer\n    expires: 2027-11-24\n'),
    );
    expect(f.map((x) => [x.line, x.message])).toEqual([
      [3, 'Suppression of no-runbook for ** in .github/readiness-gate.yml has no `expires:` date, so it silences nothing: add one at most a year ahead (by 2027-11-23).'],
      [5, 'Suppression of no-codeowners for ** in .github/readiness-gate.yml expires on 2027-11-24, more than a year ahead, so it silences nothing: set `expires:` to 2027-11-23 or earlier.'],
    ]);
  });

  it('reports inline and configured problems together, from a config given as an input', async () => {
    const r = await scanTree(
      [check],
      { 'ops/gate.yml': 'suppressions:\n  - rule: no-codeowners\n', 'a.py': `# ${IGNORE} hardcoded-secret\n` },
      { inputs: { config: 'ops/gate.yml' }, today: TODAY },
    );
    expect(r.findings.map((f) => `${f.location.path}:${f.location.line}`)).toEqual(['a.py:1', 'ops/gate.yml:2']);
  });

  it('is silent on a tree without suppressions', async () => {
    expect(await ofRule({ 'a.py': 'x = 1\n' })).toEqual([]);
  });
});
