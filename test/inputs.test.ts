import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/errors.js';
import { parseConfigFile, relPosix, resolveOptions } from '../src/inputs.js';
import { writeTree } from './helpers/rule-tester.js';

describe('configuration file', () => {
  it('parses every section of SPEC §6', () => {
    const cfg = parseConfigFile(
      [
        'profile: service',
        'fail-on: P1',
        'thresholds: { coverage: 80, type-coverage: 90, min-score: 70, max-p1: 5, max-todos: 40 }',
        'paths:',
        '  ignore: ["examples/**", "legacy/**"]',
        '  generated: ["src/gen/**"]',
        'rules:',
        '  no-runbook: off',
        '  hardcoded-password: P0',
        'suppressions:',
        '  - rule: hardcoded-secret',
        '    path: test/fixtures/keys.pem',
        '    reason: "test key, never deployed"',
        '    expires: 2027-06-30',
      ].join('\n'),
      '.github/readiness-gate.yml',
    );
    expect(cfg.profile).toBe('service');
    expect(cfg.failOn).toBe('P1');
    expect(cfg.thresholds).toEqual({ coverage: 80, typeCoverage: 90, minScore: 70, maxP1: 5, maxTodos: 40 });
    expect(cfg.paths).toEqual({ ignore: ['examples/**', 'legacy/**'], generated: ['src/gen/**'], runtime: [], test: [], example: [] });
    expect([...cfg.rules]).toEqual([['no-runbook', 'off'], ['hardcoded-password', 'P0']]);
    expect(cfg.suppressions).toEqual([
      { rule: 'hardcoded-secret', path: 'test/fixtures/keys.pem', reason: 'test key, never deployed', expires: '2027-06-30', location: { path: '.github/readiness-gate.yml', line: 11 } },
    ]);
  });

  it.each([
    ['thresholds: [1, 2]', /thresholds must be a mapping/],
    ['thresholds: { coverage: 120 }', /thresholds\.coverage: '120' is not valid; accepted: a number from 0 to 100/],
    ['thresholds: { covrage: 80 }', /thresholds\.covrage is not a known key; accepted: coverage, type-coverage/],
    ['rules: { no-such-rule: off }', /rules\.no-such-rule is not a known rule id/],
    ['rules: { no-runbook: P9 }', /rules\.no-runbook: 'P9' is not valid; accepted: off, P0, P1, P2/],
    ['fail-on: P4', /fail-on: 'P4' is not valid; accepted: P0, P1, P2, never/],
    ['suppressions:\n  - rule: hardcoded-secret\n    expires: next year', /suppressions\[0\]\.expires: 'next year' is not valid; accepted: a date YYYY-MM-DD/],
    ['suppressions:\n  - rule: nope', /'nope' is not a known rule id/],
    ['profile: [a]', /profile must be a single value/],
    ['a: 1\na: 2', /not valid YAML/],
    ['key: "unterminated', /not valid YAML/],
    // Numbers as written, not as YAML reads them: 0x10 would be 16, 1e1 10, 0o17 15, .5 0.5.
    ['thresholds: { max-p1: 0x10 }', /thresholds\.max-p1: '0x10' is not valid; accepted: a whole number from 0 to 1000000000, in plain decimal/],
    ['thresholds: { coverage: 1e1 }', /thresholds\.coverage: '1e1' is not valid/],
    ['thresholds: { max-todos: 0o17 }', /thresholds\.max-todos: '0o17' is not valid/],
    ['thresholds: { min-score: .5 }', /thresholds\.min-score: '\.5' is not valid/],
    ['thresholds: { min-score: .inf }', /thresholds\.min-score: '\.inf' is not valid/],
    ['thresholds: { max-p2: 010 }', /thresholds\.max-p2: '010' is not valid/],
    ['limits: { max-file-size: 1_000 }', /limits\.max-file-size: '1_000' is not valid/],
  ])('rejects %j', (text, message) => {
    expect(() => parseConfigFile(text, 'cfg.yml')).toThrow(ConfigurationError);
    expect(() => parseConfigFile(text, 'cfg.yml')).toThrow(message);
  });

  it('takes plain decimal numbers, quoted or not', () => {
    const cfg = parseConfigFile('thresholds: { coverage: 80.5, min-score: "70", max-p1: 0, max-todos: 40 }\nlimits: { max-file-size: 1048576 }\n', 'c.yml');
    expect(cfg.thresholds).toEqual({ coverage: 80.5, minScore: 70, maxP1: 0, maxTodos: 40 });
    expect(cfg.maxFileSize).toBe(1048576);
  });

  it('accepts an empty file and a file of comments', () => {
    expect(parseConfigFile('', 'c.yml').rules.size).toBe(0);
    expect(parseConfigFile('# nothing yet\n', 'c.yml').suppressions).toEqual([]);
  });
});

describe('inputs', () => {
  it('takes the configuration file, and inputs override it', () => {
    const root = writeTree({ '.github/readiness-gate.yml': 'fail-on: P1\nthresholds: { coverage: 70, max-p2: 3 }\nprofile: library\n' });
    const fromFile = resolveOptions({}, { cwd: root });
    expect(fromFile).toMatchObject({ failOn: 'P1', coverageThreshold: 70, maxP2: 3, profile: 'library', configFile: '.github/readiness-gate.yml' });
    const overridden = resolveOptions({ 'fail-on': 'P0', 'coverage-threshold': '85', profile: 'service' }, { cwd: root });
    expect(overridden).toMatchObject({ failOn: 'P0', coverageThreshold: 85, maxP2: 3, profile: 'service' });
  });

  it('applies the documented defaults', () => {
    const o = resolveOptions({}, { cwd: writeTree({ 'a.txt': 'x' }) });
    expect(o).toMatchObject({ failOn: 'P0', profile: 'auto', report: 'readiness-report.json', sarif: 'readiness-gate.sarif', sbom: 'sbom.cdx.json', sbomFormat: 'json', sbomSpecVersion: '1.6', vulnerabilityScan: 'osv', osvUrl: 'https://api.osv.dev', maxAnnotations: 50, newFindingsOnly: false });
    expect(o.githubToken).toBeUndefined(); // the unexpanded `${{ github.token }}` default is not a token
    expect(Object.isFrozen(o)).toBe(true);
  });

  it('parses the pull request inputs, and refuses what they do not accept', () => {
    const cwd = writeTree({ 'a.txt': 'x' });
    expect(resolveOptions({}, { cwd })).toMatchObject({ annotations: 'workflow-commands', prComment: 'off', sarifRules: 'security', uploadArtifact: null, privatePackages: [] });
    expect(resolveOptions({}, { cwd }).sarifCategory).toBeUndefined();
    const o = resolveOptions({ annotations: 'check-run', 'pr-comment': 'on-change', 'sarif-category': 'readiness-gate/api', 'sarif-rules': 'all', 'upload-artifact': 'true', 'private-packages': '@acme/*, com.acme:*' }, { cwd });
    expect(o).toMatchObject({ annotations: 'check-run', prComment: 'on-change', sarifCategory: 'readiness-gate/api', sarifRules: 'all', uploadArtifact: 'readiness-gate', privatePackages: ['@acme/*', 'com.acme:*'] });
    expect(resolveOptions({ 'upload-artifact': 'gate-api' }, { cwd }).uploadArtifact).toBe('gate-api');
    expect(resolveOptions({ 'upload-artifact': 'false' }, { cwd }).uploadArtifact).toBeNull();
    expect(() => resolveOptions({ annotations: 'checks' }, { cwd })).toThrow(/input 'annotations': 'checks' is not valid; accepted: workflow-commands, check-run/);
    expect(() => resolveOptions({ 'pr-comment': 'yes' }, { cwd })).toThrow(/input 'pr-comment'.*off, on, on-change/);
    expect(() => resolveOptions({ 'sarif-rules': 'some' }, { cwd })).toThrow(/input 'sarif-rules'.*security, all/);
    expect(() => resolveOptions({ 'upload-artifact': 'a/b' }, { cwd })).toThrow(/input 'upload-artifact': 'a\/b'/);
    expect(() => resolveOptions({ 'sarif-category': 'a\tb' }, { cwd })).toThrow(/input 'sarif-category'/);
  });

  it('dependency-graph: off by default, true or false, anything else stops with exit 2 naming the input', () => {
    const cwd = writeTree({ 'a.txt': 'x' });
    expect(resolveOptions({}, { cwd }).dependencyGraph).toBe(false);
    expect(resolveOptions({ 'dependency-graph': 'true' }, { cwd }).dependencyGraph).toBe(true);
    expect(resolveOptions({ 'dependency-graph': 'False' }, { cwd }).dependencyGraph).toBe(false);
    expect(() => resolveOptions({ 'dependency-graph': 'yes' }, { cwd })).toThrow(/input 'dependency-graph': 'yes' is not valid; accepted: true or false/);
  });

  it('treats an empty output path as "skip"', () => {
    const o = resolveOptions({ report: '', sarif: '', sbom: '' }, { cwd: writeTree({ 'a.txt': 'x' }) });
    expect([o.report, o.sarif, o.sbom]).toEqual([null, null, null]);
  });

  it('splits list inputs on commas and newlines', () => {
    const o = resolveOptions({ 'test-reports': 'a/*.xml, b/*.xml\n\nc.xml', 'deny-licenses': 'GPL-3.0-only,AGPL-3.0-or-later' }, { cwd: writeTree({ 'a.txt': 'x' }) });
    expect(o.testReports).toEqual(['a/*.xml', 'b/*.xml', 'c.xml']);
    expect(o.denyLicenses).toEqual(['GPL-3.0-only', 'AGPL-3.0-or-later']);
  });

  it.each([
    [{ path: 'does/not/exist' }, /input 'path'/],
    [{ path: 'a.txt' }, /input 'path': 'a.txt' is not valid; accepted: an existing directory/],
    [{ config: 'missing.yml' }, /input 'config': 'missing.yml' is not valid/],
    [{ 'max-p1': '1.5' }, /input 'max-p1': '1.5' is not valid; accepted: a whole number/],
    [{ 'osv-url': 'ftp://x' }, /input 'osv-url'.*http\(s\) URL/],
    [{ 'sbom-spec-version': '2.0' }, /accepted: 1\.5, 1\.6, 1\.7/],
    [{ 'vulnerability-scan': 'maybe' }, /accepted: osv, off/],
    [{ 'new-findings-only': 'true' }, /input 'baseline' is not set/],
    [{ baseline: 'nope.json' }, /input 'baseline': 'nope.json'/],
    // Strict numbers: decimal only, no sign, no exponent, no hex, no leading zero, no bare point.
    [{ 'max-p1': '0x10' }, /input 'max-p1': '0x10' is not valid; accepted: a whole number from 0 to 1000000000, in plain decimal/],
    [{ 'min-score': '1e1' }, /input 'min-score': '1e1' is not valid; accepted: a number from 0 to 100, in plain decimal/],
    [{ 'max-annotations': '+5' }, /input 'max-annotations': '\+5' is not valid/],
    [{ 'max-annotations': '-0' }, /input 'max-annotations': '-0' is not valid/],
    [{ 'coverage-threshold': '.5' }, /input 'coverage-threshold': '\.5' is not valid/],
    [{ 'coverage-threshold': '5.' }, /input 'coverage-threshold': '5\.' is not valid/],
    [{ 'coverage-threshold': 'Infinity' }, /input 'coverage-threshold': 'Infinity' is not valid/],
    [{ 'max-p2': '0b11' }, /input 'max-p2': '0b11' is not valid/],
    [{ 'max-p2': '007' }, /input 'max-p2': '007' is not valid/],
    [{ 'max-p2': '1 000' }, /input 'max-p2': '1 000' is not valid/],
    // deny-licenses: each item is an SPDX expression.
    [{ 'deny-licenses': 'GPL-3.0-only OR' }, /input 'deny-licenses': 'GPL-3.0-only OR' is not valid; accepted: SPDX license IDs or expressions/],
    [{ 'deny-licenses': 'MIT, GPL-3.0-only AND (' }, /input 'deny-licenses': 'GPL-3.0-only AND \(' is not valid/],
    [{ 'deny-licenses': 'GPL-3.0-only\nGNU GPL v3' }, /input 'deny-licenses': 'GNU GPL v3' is not valid/],
    [{ 'deny-licenses': 'gpl-3.0-only' }, /input 'deny-licenses': 'gpl-3.0-only' is not valid/],
  ])('rejects %j', (raw, message) => {
    const root = writeTree({ 'a.txt': 'x' });
    expect(() => resolveOptions(raw, { cwd: root })).toThrow(message);
  });

  it('takes plain decimals (blanks around them are fine) and SPDX expressions', () => {
    const o = resolveOptions(
      { 'max-p1': ' 16 ', 'min-score': '10.5', 'coverage-threshold': '0', 'deny-licenses': 'GPL-2.0+, AGPL-3.0-only OR SSPL-1.0\nLicenseRef-acme-internal, Apache-2.0 WITH LLVM-exception' },
      { cwd: writeTree({ 'a.txt': 'x' }) },
    );
    expect([o.maxP1, o.minScore, o.coverageThreshold]).toEqual([16, 10.5, 0]);
    expect(o.denyLicenses).toEqual(['GPL-2.0+', 'AGPL-3.0-only OR SSPL-1.0', 'LicenseRef-acme-internal', 'Apache-2.0 WITH LLVM-exception']);
  });

  it('finds .readiness-gate.yml when .github/readiness-gate.yml is absent', () => {
    const root = writeTree({ '.readiness-gate.yml': 'fail-on: never\n' });
    expect(resolveOptions({}, { cwd: root }).failOn).toBe('never');
    mkdirSync(join(root, '.github'), { recursive: true });
    writeFileSync(join(root, '.github/readiness-gate.yml'), 'fail-on: P2\n');
    expect(resolveOptions({}, { cwd: root }).failOn).toBe('P2');
  });
});

describe('relPosix', () => {
  it('makes paths under the root relative, and leaves a sibling with the same prefix as it is', () => {
    expect(relPosix('/ws/repo', '/ws/repo/.github/readiness-gate.yml')).toBe('.github/readiness-gate.yml');
    expect(relPosix('/ws/repo', '/ws/repo')).toBe('.');
    expect(relPosix('/ws/repo', '/ws/repo2/policy.yml')).toBe('/ws/repo2/policy.yml');
  });
});
