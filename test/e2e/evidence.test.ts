// End to end through the bundle: a project whose job left a pytest JUnit report (107 tests, one
// failing) and a coverage.py Cobertura report (67.18% of lines) against a threshold of 80.
// READINESS_GATE_ACTION_DIR points at a bundle built elsewhere (node scripts/bundle.mjs --outdir DIR/dist).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateReport } from '../report/validate.js';
import { REPO, runAction, type ActionRun } from './harness.js';

const actionDir = process.env.READINESS_GATE_ACTION_DIR ?? REPO;
const FIXTURE = join(REPO, 'test/fixtures/evidence-e2e');
// The JSON report as parsed: its shape is checked by the schema, fields read loosely here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;

const inputs = { 'test-reports': 'reports/junit.xml', 'coverage-reports': 'reports/coverage.xml', 'coverage-threshold': '80', sbom: '' };

function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'rg-evidence-'));
  cpSync(FIXTURE, ws, { recursive: true });
  return ws;
}

describe('evidence end to end: one failing test of 107, coverage 67.18% against 80', () => {
  let ws: string;
  let run: ActionRun;
  let report: Doc;
  beforeAll(() => {
    ws = workspace();
    run = runAction({ workspace: ws, inputs, actionDir });
    report = JSON.parse(readFileSync(join(ws, 'readiness-report.json'), 'utf8'));
  });

  it('blocks, with exactly the two expected P0 findings', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(report.verdict).toEqual({ blocked: true, reasons: ['2 P0 findings'] });
    expect(report.findings.map((f: Doc) => [f.ruleId, f.severity, f.location, f.message])).toEqual([
      [
        'coverage-below-threshold',
        'P0',
        { path: 'src/zerodb_integration.py' },
        'Line coverage is 67.2% (704 of 1,048 lines), below the required 80%. The files that cost the most: ' +
          'src/zerodb_integration.py: 0% of 138 lines — covering it would lift the total from 67.2% to 80.3%; ' +
          'src/shop/db.py: 65% of 200 lines — covering it would lift the total from 67.2% to 73.9%; ' +
          'src/shop/pricing.py: 80% of 250 lines — covering it would lift the total from 67.2% to 71.9%.',
      ],
      ['test-failure', 'P0', { path: 'tests/test_pricing.py', line: 14 }, 'tests.test_pricing.TestDiscount.test_total failed: AssertionError: assert 5.0 == 10.0'],
    ]);
    const status = Object.fromEntries(report.checks.map((c: Doc) => [c.ruleId, c.status]));
    expect(status).toMatchObject({ 'test-failure': 'fail', 'coverage-below-threshold': 'fail', 'test-flaky': 'pass', 'test-reports-missing': 'pass', 'coverage-report-missing': 'pass', 'build-error': 'not-applicable' });
  });

  it('sets the outputs and annotates the failing test', () => {
    expect(run.outputs).toMatchObject({ blocked: 'true', p0: '2', p1: '0', p2: '0', report: 'readiness-report.json' });
    const errors = run.annotations.filter((a) => a.level === 'error' && a.props.file);
    expect(errors.map((a) => [a.props.file, a.props.line])).toEqual([
      ['src/zerodb_integration.py', undefined],
      ['tests/test_pricing.py', '14'],
    ]);
  });

  it('fills metrics.tests and metrics.coverage in a report valid against its schema', () => {
    expect(validateReport(report)).toEqual([]);
    expect(report.metrics.tests).toEqual({
      durationSeconds: 3.412,
      failed: 1,
      failures: [{ kind: 'failed', line: 14, message: 'AssertionError: assert 5.0 == 10.0', name: 'tests.test_pricing.TestDiscount.test_total', path: 'tests/test_pricing.py' }],
      flaky: 0,
      notListed: { failed: 0, flaky: 0 },
      passed: 106,
      reports: 1,
      skipped: 0,
      total: 107,
      unreadableReports: 0,
    });
    expect(report.metrics.coverage).toMatchObject({ linePercent: 67.18, linesCovered: 704, linesTotal: 1048, threshold: 80, files: 5, reports: 1 });
    expect(report.metrics.coverage.worstFiles[0]).toEqual({ path: 'src/zerodb_integration.py', lines: 138, covered: 0, percent: 0, totalIfCovered: 80.34 });
  });

  it('writes the tests and coverage sections of the summary', () => {
    const s = run.summary;
    expect(s).toContain('### Tests\n\n❌ **107 tests**: 106 passed, 1 failed, 0 skipped, 0 flaky · 3.4 s · from `reports/junit.xml` (pytest).');
    expect(s).toContain(
      '| tests.test\\_pricing.TestDiscount.test\\_total | failed | [`tests/test_pricing.py:14`](https://github.com/acme/shop/blob/0123456789abcdef0123456789abcdef01234567/tests/test_pricing.py#L14) | `AssertionError: assert 5.0 == 10.0` |',
    );
    expect(s).toContain('### Coverage\n\n**67.2%** of lines covered (704 of 1,048, 5 files) · ❌ below the threshold of **80%** by 12.8 points · from `reports/coverage.xml` (cobertura).');
    expect(s).toContain('**What if:** covering `src/zerodb_integration.py` (0% of 138 lines) would lift the total from 67.2% to 80.3%.');
    expect(s).toContain('| `src/zerodb_integration.py` | 0% | 138 | 138 | 80.3% |');
    expect(s).not.toContain('### Build logs');
  });

  it('finds the same reports by itself (auto-discovery) and reads the threshold from the configuration file', () => {
    const ws2 = workspace();
    writeFileSync(join(ws2, '.readiness-gate.yml'), 'thresholds:\n  coverage: 80\n');
    const r = runAction({ workspace: ws2, inputs: { sbom: '' }, actionDir });
    const doc = JSON.parse(readFileSync(join(ws2, 'readiness-report.json'), 'utf8'));
    expect(r.status).toBe(1);
    expect(doc.findings.map((f: Doc) => [f.ruleId, f.location.path])).toEqual([
      ['coverage-below-threshold', 'src/zerodb_integration.py'],
      ['test-failure', 'tests/test_pricing.py'],
    ]);
  });

  it('a truncated test report and an empty coverage report: a line each in the summary, the *-missing findings, and both named reports block', () => {
    const ws3 = workspace();
    const junit = readFileSync(join(ws3, 'reports/junit.xml'), 'utf8');
    writeFileSync(join(ws3, 'reports/junit.xml'), junit.slice(0, Math.floor(junit.length / 2)));
    writeFileSync(join(ws3, 'reports/coverage.xml'), '');
    const r = runAction({ workspace: ws3, inputs, actionDir });
    const doc = JSON.parse(readFileSync(join(ws3, 'readiness-report.json'), 'utf8'));
    // The two findings are P1, but a report the input names that is cut short or emptied blocks
    // (SPEC §9): a test step the pull request controls could otherwise empty its report to pass.
    expect(r.status).toBe(1);
    expect(doc.verdict.reasons).toEqual([
      expect.stringMatching(/^test-reports names reports\/junit\.xml, which cannot be used as evidence: truncated or incomplete XML/),
      'coverage-reports names reports/coverage.xml, which cannot be used as evidence: empty file',
    ]);
    expect(doc.findings.map((f: Doc) => [f.ruleId, f.severity, f.location.path])).toEqual([
      ['coverage-report-missing', 'P1', 'reports/coverage.xml'],
      ['test-reports-missing', 'P1', 'reports/junit.xml'],
    ]);
    expect(r.summary).toMatch(/⚠️ `reports\/junit\.xml` could not be used: truncated or incomplete XML/);
    expect(r.summary).toContain('⚠️ `reports/coverage.xml` could not be used: empty file.');
    expect(validateReport(doc)).toEqual([]);
  });
});
