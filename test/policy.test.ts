import { metaOf } from '../src/checks/index.js';
import { ruleFields } from './helpers/meta.js';
import { describe, expect, it } from 'vitest';
import { defineCheck } from '../src/model/check.js';
import { computeScore, gradeOf } from '../src/policy/score.js';
import type { CheckOutcome, Finding } from '../src/model/types.js';
import { scanTree, writeTree } from './helpers/rule-tester.js';
import { run } from '../src/main.js';
import { renderJsonSafe } from './helpers/json.js';

/** Reports a P1 hardcoded-password at every line containing "PW". */
const pw = defineCheck({
  meta: { ...ruleFields('hardcoded-password'), id: 'hardcoded-password', messages: { m: 'password literal' }, remediation: 'use a secret store' },
  create: (ctx) => ({
    file(f) {
      for (let i = f.text.indexOf('PW'); i >= 0; i = f.text.indexOf('PW', i + 1)) ctx.report({ messageId: 'm', location: { path: f.path, line: f.lineOf(i) } });
    },
  }),
});

describe('suppressions', () => {
  it('inline, on the line or the line above, for the named rule only', async () => {
    const r = await scanTree([pw], {
      'a.py': [
        'x = PW  # readiness-gate-ignore hardcoded-password: fixture',
        '# readiness-gate-ignore hardcoded-password: next line',
        'y = PW',
        '# readiness-gate-ignore hardcoded-secret: another rule',
        'z = PW',
        '# readiness-gate-ignore hardcoded-password: two lines up',
        '',
        'w = PW',
      ].join('\n'),
    });
    expect(r.findings.map((f) => f.location.line)).toEqual([5, 8]);
    expect(r.suppressed.map((f) => [f.location.line, f.suppressed?.reason])).toEqual([[1, 'fixture'], [3, 'next line']]);
  });

  it('from the configuration, by rule and path glob, until they expire', async () => {
    const files = {
      'tests/a.py': 'PW',
      'src/b.py': 'PW',
      '.readiness-gate.yml': 'suppressions:\n  - rule: hardcoded-password\n    path: "tests/**"\n    reason: fixtures\n    expires: 2026-12-31\n',
    };
    const before = await scanTree([pw], files, { today: '2026-12-31' });
    expect(before.findings.map((f) => f.location.path)).toEqual(['src/b.py']);
    expect(before.suppressed[0]?.suppressed).toEqual({ source: 'config', reason: 'fixtures', expires: '2026-12-31', location: { path: '.readiness-gate.yml', line: 2 } });
    const after = await scanTree([pw], files, { today: '2027-01-01' });
    expect(after.findings.map((f) => f.location.path)).toEqual(['src/b.py', 'tests/a.py']);
  });

  it('changes a severity from the configuration', async () => {
    const r = await scanTree([pw], { 'a.py': 'PW', '.readiness-gate.yml': 'rules: { hardcoded-password: P0 }\n' });
    expect(r.findings[0]?.severity).toBe('P0');
    expect(r.verdict).toEqual({ blocked: true, reasons: ['1 P0 finding'] });
  });
});

describe('verdict', () => {
  it.each([
    [{}, false, []],
    [{ 'fail-on': 'P1' }, true, ['2 P1 findings']],
    [{ 'max-p1': '1' }, true, ['2 P1 findings exceed the maximum of 1']],
    [{ 'max-p1': '2' }, false, []],
    [{ 'min-score': '95' }, true, ['score 91 is below the minimum 95']],
    [{ 'fail-on': 'never', 'min-score': '10' }, false, []],
  ])('%j', async (inputs, blocked, reasons) => {
    const r = await scanTree([pw], { 'a.py': 'PW\nPW' }, { inputs });
    expect(r.verdict).toEqual({ blocked, reasons });
  });

  it('with a baseline and new-findings-only, only new findings block', async () => {
    const root = writeTree({ 'a.py': 'PW', '.readiness-gate.yml': 'rules: { hardcoded-password: P0 }\n' });
    const first = await run({ report: '', sarif: '', sbom: '' }, { cwd: root, checks: [pw] });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${root}/base.json`, renderJsonSafe(first));
    writeFileSync(`${root}/a.py`, '# moved down\nPW\n');
    const again = await run({ report: '', sarif: '', sbom: '', baseline: 'base.json', 'new-findings-only': 'true' }, { cwd: root, checks: [pw] });
    expect(again.findings.map((f) => f.baseline)).toEqual(['existing']);
    expect(again.verdict.blocked).toBe(false);
    writeFileSync(`${root}/b.py`, 'PW\n');
    const withNew = await run({ report: '', sarif: '', sbom: '', baseline: 'base.json', 'new-findings-only': 'true' }, { cwd: root, checks: [pw] });
    expect(withNew.findings.map((f) => `${f.location.path}:${f.baseline}`)).toEqual(['a.py:existing', 'b.py:new']);
    expect(withNew.verdict).toEqual({ blocked: true, reasons: ['1 P0 finding (new)'] });
  });
});

describe('score', () => {
  const f = (ruleId: Finding['ruleId'], severity: Finding['severity'], area: Finding['area']): Finding => ({
    ruleId, severity, certainty: 'proven', area, title: '', messageId: 'm', data: {}, message: '', location: { path: '.' }, remediation: '', effortMinutes: 1, fingerprint: '',
  });
  const o = (ruleId: CheckOutcome['ruleId'], status: CheckOutcome['status'] = 'pass'): CheckOutcome => ({ ruleId, area: metaOf(ruleId).area, status, findings: 0, millis: 0 });

  it('sums the points of every rule, each growing with the log of its findings; areas the same with their own rules', () => {
    const findings = [f('hardcoded-secret', 'P0', 'security'), ...Array(8).fill(f('todo-debt', 'P2', 'code-health'))];
    const s = computeScore(findings, [o('hardcoded-secret', 'fail'), o('todo-debt', 'fail'), o('merge-conflict-marker'), o('no-runbook', 'not-applicable')]);
    // security: 25 points → 100·100/125 = 80; code-health: 1 × (1 + log2 8) = 4 points → 96; total 29 points → 78.
    expect(s.areas).toEqual({ build: 100, security: 80, 'code-health': 96 });
    expect(s.value).toBe(78);
    expect(s.grade).toBe('C');
  });

  it('one P0 is not an F; many P0s are, even of one rule (no cap, no dilution by clean areas)', () => {
    const outcomes = [o('hardcoded-secret', 'fail'), o('merge-conflict-marker'), o('no-runbook')];
    expect(computeScore([f('hardcoded-secret', 'P0', 'security')], outcomes)).toMatchObject({ value: 80, grade: 'B' });
    const many = computeScore(Array(1500).fill(f('hardcoded-secret', 'P0', 'security')), outcomes);
    expect(many.value).toBeLessThan(60);
    expect(many.grade).toBe('F');
    const fourRules = computeScore((['hardcoded-secret', 'merge-conflict-marker', 'workflow-disabled-job', 'k8s-probe-route-mismatch'] as const).map((r) => f(r, 'P0', 'security')), outcomes);
    expect(fourRules).toMatchObject({ value: 50, grade: 'F' });
  });

  it('falls with every finding added, and never reaches 0', () => {
    const outcomes = [o('hardcoded-secret', 'fail')];
    let previous = 101;
    const found: Finding[] = [];
    for (let i = 0; i < 300; i++) {
      found.push(f(i % 3 === 0 ? 'hardcoded-secret' : i % 3 === 1 ? 'todo-debt' : 'http-call-without-timeout', (['P0', 'P2', 'P1'] as const)[i % 3]!, 'security'));
      const v = computeScore(found, outcomes).value;
      expect(v).toBeLessThanOrEqual(previous);
      previous = v;
    }
    expect(previous).toBeGreaterThan(0);
    expect(previous).toBeLessThan(computeScore(found.slice(0, 3), outcomes).value);
  });

  it('grades', () => {
    expect([100, 90, 89, 80, 79, 70, 69, 60, 59, 0].map(gradeOf)).toEqual(['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D', 'F', 'F']);
  });
});
