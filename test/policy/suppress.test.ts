// The suppression rules of issue 10 item 4: a configuration suppression needs a reason and an
// expiry at most a year ahead to silence anything; `*` over every path is refused; an inline
// suppression the pull request added never silences a P0.
import { describe, expect, it } from 'vitest';
import { matchesEverything, parseConfigFile } from '../../src/inputs.js';
import { configDiff } from '../../src/policy/changes.js';
import { latestExpiry, resolveFindings, suppressionProblem } from '../../src/policy/suppress.js';
import type { Finding } from '../../src/model/types.js';
import type { InlineSuppression } from '../../src/workspace/suppressions.js';

const TODAY = '2026-12-06';

describe('suppressionProblem', () => {
  it.each([
    [{ reason: 'fixture', expires: '2027-06-30' }, undefined],
    [{ reason: 'fixture', expires: TODAY }, undefined],
    [{ reason: 'fixture', expires: '2027-12-06' }, undefined],
    [{ reason: 'fixture', expires: '2027-12-07' }, 'too-far'],
    [{ reason: 'fixture', expires: '9999-12-31' }, 'too-far'],
    [{ reason: 'fixture' }, 'no-expiry'],
    [{ reason: '', expires: '2027-01-01' }, 'no-reason'],
    [{ reason: '', expires: '2026-12-05' }, 'expired'],
  ] as const)('%j → %s', (s, problem) => {
    expect(suppressionProblem(s, TODAY)).toBe(problem);
  });

  it('one year ahead, leap day included', () => {
    expect(latestExpiry('2026-12-06')).toBe('2027-12-06');
    expect(latestExpiry('2028-02-29')).toBe('2029-03-01');
  });
});

describe("rule '*' over every path", () => {
  it.each(['**', '**/*', '**/**', '*/**', '{**,x}', '**/**/*'])('%s matches everything', (g) => {
    expect(matchesEverything(g)).toBe(true);
  });

  it.each(['tests/**', '**/*.py', '**/*.*', 'legacy/**', '.github/**', 'src/*', '*', '['])('%s is narrower', (g) => {
    expect(matchesEverything(g)).toBe(false);
  });

  it('is a configuration error; the same rule over a narrower path is accepted', () => {
    const entry = (path: string) => `suppressions:\n  - rule: "*"\n${path}    reason: x\n    expires: 2027-01-01\n`;
    expect(() => parseConfigFile(entry('    path: "**"\n'), 'c.yml')).toThrow(/suppressions\[0\]: rule '\*' with path '\*\*' would silence every finding/);
    expect(() => parseConfigFile(entry(''), 'c.yml')).toThrow(/would silence every finding/);
    expect(parseConfigFile(entry('    path: "tests/**"\n'), 'c.yml').suppressions).toHaveLength(1);
    expect(parseConfigFile('suppressions:\n  - rule: hardcoded-secret\n    path: "**"\n    reason: x\n    expires: 2027-01-01\n', 'c.yml').suppressions).toHaveLength(1);
  });
});

describe('resolveFindings', () => {
  const finding = (ruleId: Finding['ruleId'], severity: Finding['severity'], line: number): Finding =>
    ({ ruleId, severity, area: 'security', title: 't', message: 'm', location: { path: 'a.py', line }, remediation: 'r', effortMinutes: 1, fingerprint: `${ruleId}${line}` }) as Finding;
  const directive = (line: number, rule: string): InlineSuppression => ({ path: 'a.py', line, column: 1, directive: `x ${rule}: why`, rules: [rule], reason: 'why' });
  const options = (suppressions: Array<{ reason: string; expires?: string }>) => ({
    today: TODAY,
    ruleSettings: new Map(),
    suppressions: suppressions.map((s) => ({ rule: 'hardcoded-secret' as const, path: '**', location: { path: 'c.yml', line: 1 }, ...s })),
  });

  it('an inline suppression the pull request added does not silence a P0, and does silence a P1', () => {
    const p0 = directive(1, 'hardcoded-secret');
    const p1 = directive(3, 'http-call-without-timeout');
    const fs = [finding('hardcoded-secret', 'P0', 2), finding('http-call-without-timeout', 'P1', 4)];
    const trusted = resolveFindings(fs, options([]), [p0, p1]);
    expect(trusted.active).toEqual([]);
    const untrusted = resolveFindings(fs, options([]), [p0, p1], new Set([p0, p1]));
    expect(untrusted.active.map((f) => f.ruleId)).toEqual(['hardcoded-secret']);
    expect(untrusted.suppressed.map((f) => f.ruleId)).toEqual(['http-call-without-timeout']);
  });

  it('a configuration suppression silences only with a reason and an expiry within a year', () => {
    const fs = [finding('hardcoded-secret', 'P0', 2)];
    expect(resolveFindings(fs, options([{ reason: 'fixture', expires: '2027-06-30' }]), []).active).toEqual([]);
    expect(resolveFindings(fs, options([{ reason: 'fixture' }]), []).active).toHaveLength(1);
    expect(resolveFindings(fs, options([{ reason: '', expires: '2027-06-30' }]), []).active).toHaveLength(1);
    expect(resolveFindings(fs, options([{ reason: 'fixture', expires: '9999-12-31' }]), []).active).toHaveLength(1);
  });
});

describe('configDiff (what the pull request changed in its configuration)', () => {
  it('lists each changed key and each suppression added or removed, in a fixed order', () => {
    const before = 'fail-on: P0\nrules:\n  todo-debt: P2\nsuppressions:\n  - {rule: no-runbook, reason: r, expires: 2027-01-01}\n';
    const after = 'fail-on: never\nrules:\n  todo-debt: off\n  hardcoded-secret: P2\npaths:\n  ignore: ["**"]\nsuppressions:\n  - {rule: "*", path: "**", reason: r, expires: 9999-12-31}\n';
    expect(configDiff(before, after)).toEqual([
      'fail-on: P0 → never',
      'paths.ignore: (unset) → [**]',
      'rules.hardcoded-secret: (unset) → P2',
      'rules.todo-debt: P2 → off',
      'suppression added: {rule: *, path: **, reason: r, expires: 9999-12-31}',
      'suppression removed: {rule: no-runbook, reason: r, expires: 2027-01-01}',
    ]);
  });

  it('says when only the formatting changed, when there was no file, and when the head does not parse', () => {
    expect(configDiff('fail-on: P0\n', 'fail-on:   P0 # same\n')).toEqual(['reformatted (same settings)']);
    expect(configDiff(undefined, 'fail-on: never\n')).toEqual(['fail-on: (unset) → never']);
    expect(configDiff('fail-on: P0\n', 'fail-on: [\n')).toEqual(['not valid YAML']);
  });

  it('survives hostile nesting and aliases (bounded, no exception)', () => {
    const deep = `paths:\n  ignore: ${'['.repeat(3000)}${']'.repeat(3000)}\n`;
    expect(() => configDiff(undefined, deep)).not.toThrow();
    const laughs = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)].join('\n');
    const t0 = Date.now();
    expect(configDiff(undefined, laughs)).toEqual(['not valid YAML']);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('keeps long values short', () => {
    const d = configDiff(undefined, `paths:\n  ignore: [${Array.from({ length: 100 }, (_, i) => `"dir${i}/**"`).join(', ')}]\n`);
    expect(d).toHaveLength(1);
    expect(d[0]!.length).toBeLessThan(160);
  });
});
