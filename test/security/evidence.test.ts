// Evidence the pull request cannot launder, read through, or stall (issue 10, items 3, 5, 6, 8):
// each case builds the tree an attacker would commit, adds what the job's own steps would write
// (untracked), and runs the bundled action as the runner does.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { action, hostileRepo, writeEntries } from './hostile.js';
import type { ActionRun } from '../e2e/harness.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the JSON report, read as a document
type Doc = any;

const OFFLINE = { 'vulnerability-scan': 'off', sbom: '' };

function report(ws: string): Doc {
  return JSON.parse(readFileSync(join(ws, 'readiness-report.json'), 'utf8'));
}

const junit = (cases: Array<[string, string?]>) =>
  `<?xml version="1.0"?>\n<testsuite name="pytest" tests="${cases.length}">` +
  cases.map(([name, failure]) => `<testcase classname="tests.test_cart" name="${name}">${failure ? `<failure message="${failure}"/>` : ''}</testcase>`).join('') +
  '</testsuite>\n';

const APP = { 'app.py': 'def total(xs):\n    return sum(xs)\n', 'tests/test_cart.py': 'def test_total():\n    assert True\n' };

describe('a build log linked to /proc/self/environ (item 3)', () => {
  // A value only the action's environment holds: it must appear nowhere the run writes. It is shaped
  // as a compiler error line, so a gate that read the link would quote it in a finding.
  const marker = `rg-marker-${process.pid}-${Date.now().toString(36)}`;
  const planted = `x\napp.py:1:1: error: ${marker}\n`;
  let ws: string;
  let run: ActionRun;
  beforeAll(() => {
    ws = hostileRepo({ ...APP, 'logs/env.log': { link: '/proc/self/environ' } });
    // The job's own log, beside the planted link.
    writeEntries(ws, { 'logs/ok.log': 'compiling...\ndone\n' });
    run = action(ws, { ...OFFLINE, 'build-logs': 'logs/*.log' }, { RG_TEST_MARKER: planted });
  });

  it('is never read: neither the job token nor any variable of the step reaches an output', () => {
    const sarif = readFileSync(join(ws, 'readiness-gate.sarif'), 'utf8');
    const json = readFileSync(join(ws, 'readiness-report.json'), 'utf8');
    for (const text of [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs), sarif, json]) {
      expect(text).not.toContain('test-job-token');
      expect(text).not.toContain(marker);
      expect(text).not.toContain('GITHUB_WORKSPACE=');
    }
  });

  it('blocks, with a reason that names the input and the file', () => {
    expect(run.status).toBe(1);
    const r = report(ws);
    expect(r.verdict.blocked).toBe(true);
    expect(r.verdict.reasons).toContainEqual(expect.stringMatching(/^build-logs names logs\/env\.log, which cannot be used as evidence: it is a symbolic link/));
    // The regular log beside it is read as usual.
    expect(r.metrics.build).toMatchObject({ logs: 2, errors: 0 });
  });

  it('an absolute path outside the workspace named by the input blocks too, unread', () => {
    const ws2 = hostileRepo(APP);
    const run2 = action(ws2, { ...OFFLINE, 'build-logs': '/proc/self/environ' }, { RG_TEST_MARKER: planted });
    expect(run2.status).toBe(1);
    expect(report(ws2).verdict.reasons).toContainEqual(expect.stringMatching(/^build-logs names \/proc\/self\/environ, which cannot be used as evidence: it lies outside the workspace/));
    expect(readFileSync(join(ws2, 'readiness-report.json'), 'utf8')).not.toContain(marker);
    expect(run2.stdout + run2.summary).not.toContain(marker);
  });

  it('near miss: a discovered report that is a link is skipped without a word, and blocks nothing', () => {
    const ws3 = hostileRepo({ ...APP, 'junit.xml': { link: '/proc/self/environ' } });
    writeEntries(ws3, { 'reports/junit.xml': junit([['test_total']]) });
    const run3 = action(ws3, OFFLINE, { RG_TEST_MARKER: planted });
    const r = report(ws3);
    expect(r.verdict.reasons.join(' ')).not.toMatch(/evidence|junit/);
    expect(r.metrics.tests).toMatchObject({ reports: 1, total: 1, passed: 1 });
    expect(run3.stdout + readFileSync(join(ws3, 'readiness-report.json'), 'utf8')).not.toContain(marker);
  });
});

describe('reports committed by the pull request are not evidence (item 6)', () => {
  it('a committed passing junit.xml beside this run\'s failing one: blocked by test-failure, the committed one ignored with a notice', () => {
    const ws = hostileRepo({ ...APP, 'junit.xml': junit([['test_total']]) });
    writeEntries(ws, { 'reports/junit.xml': junit([['test_total', 'assert 5 == 10']]) });
    const run = action(ws, OFFLINE);
    expect(run.status).toBe(1);
    const r = report(ws);
    expect(r.verdict.blocked).toBe(true);
    expect(r.findings.filter((f: Doc) => f.ruleId === 'test-failure').map((f: Doc) => [f.severity, f.message])).toEqual([['P0', 'tests.test_cart.test_total failed: assert 5 == 10']]);
    expect(r.metrics.tests).toMatchObject({ reports: 1, total: 1, failed: 1, flaky: 0 });
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toContainEqual(expect.stringMatching(/^test-reports: ignored junit\.xml: committed to the repository/));
  });

  it('a wildcard input does not bring a committed report back; naming it exactly does, with a notice', () => {
    const ws = hostileRepo({ ...APP, 'reports/junit.xml': junit([['test_total']]) });
    const globbed = action(ws, { ...OFFLINE, 'test-reports': '**/junit.xml' });
    expect(report(ws).metrics.tests).toBeNull();
    expect(report(ws).findings.map((f: Doc) => f.ruleId)).toContain('test-reports-missing');
    expect(globbed.annotations.map((a) => a.message)).toContainEqual(expect.stringMatching(/^test-reports: ignored reports\/junit\.xml: committed/));

    const named = action(ws, { ...OFFLINE, 'test-reports': 'reports/junit.xml' });
    expect(report(ws).metrics.tests).toMatchObject({ reports: 1, passed: 1 });
    expect(named.annotations.map((a) => a.message)).toContainEqual('test-reports: reports/junit.xml is a file committed to the repository, not one this job wrote; it is used because the input names it.');
  });

  it('a committed report the job overwrote is the job\'s', () => {
    const ws = hostileRepo({ ...APP, 'reports/junit.xml': junit([['test_total']]) });
    writeEntries(ws, { 'reports/junit.xml': junit([['test_total', 'boom']]) });
    action(ws, OFFLINE);
    expect(report(ws).metrics.tests).toMatchObject({ reports: 1, failed: 1 });
  });

  it('a committed coverage report alone does not count: coverage-report-missing, not a pass', () => {
    const cobertura =
      '<?xml version="1.0"?>\n<coverage line-rate="1"><sources><source>.</source></sources><packages><package name="p"><classes>' +
      '<class filename="app.py"><lines><line number="1" hits="1"/><line number="2" hits="1"/></lines></class></classes></package></packages></coverage>\n';
    const ws = hostileRepo({ ...APP, 'coverage.xml': cobertura });
    const run = action(ws, { ...OFFLINE, 'coverage-threshold': '80' });
    const r = report(ws);
    const status = Object.fromEntries(r.checks.map((o: Doc) => [o.ruleId, o.status]));
    expect(status['coverage-report-missing']).toBe('fail');
    expect(status['coverage-below-threshold']).not.toBe('pass');
    expect(r.metrics.coverage?.linePercent ?? null).toBeNull();
    expect(run.annotations.map((a) => a.message)).toContainEqual(expect.stringMatching(/^coverage-reports: ignored coverage\.xml: committed/));
  });

  it('a failure in one report is never laundered into a flake by a second, passing, report of this run', () => {
    const ws = hostileRepo(APP);
    writeEntries(ws, { 'a/junit.xml': junit([['test_total', 'boom']]), 'b/junit.xml': junit([['test_total']]) });
    const run = action(ws, { ...OFFLINE, 'test-reports': '*/junit.xml' });
    expect(run.status).toBe(1);
    const r = report(ws);
    expect(r.findings.filter((f: Doc) => f.ruleId.startsWith('test-')).map((f: Doc) => [f.ruleId, f.severity])).toEqual([['test-failure', 'P0']]);
    expect(r.metrics.tests).toMatchObject({ failed: 1, flaky: 0 });
  });
});

describe('named evidence that cannot be used blocks (item 5)', () => {
  it('a report the tests deleted (the input names it, nothing matches): blocked, not a pass without results', () => {
    const ws = hostileRepo(APP);
    const r = action(ws, { ...OFFLINE, 'test-reports': 'reports/junit.xml' });
    expect(r.status).toBe(1);
    expect(report(ws).verdict.reasons).toContain('test-reports names reports/junit.xml, but no file this job wrote matches: the evidence it names cannot be checked');
  });

  it('a named wildcard that only a committed report matches: blocked too', () => {
    const ws = hostileRepo({ ...APP, 'reports/junit.xml': junit([['test_total']]) });
    const r = action(ws, { ...OFFLINE, 'test-reports': 'reports/*.xml' });
    expect(r.status).toBe(1);
    expect(report(ws).verdict.reasons.some((x: string) => x.startsWith('test-reports names reports/*.xml, but no file'))).toBe(true);
  });

  it('near miss: auto-discovery that finds nothing names nothing, and blocks nothing', () => {
    const ws = hostileRepo(APP);
    const r = action(ws, OFFLINE);
    expect(report(ws).verdict.reasons.filter((x: string) => x.includes('no file this job wrote'))).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('a FIFO named by test-reports: no hang, blocked', () => {
    const ws = hostileRepo(APP);
    expect(spawnSync('mkfifo', [join(ws, 'junit.xml')]).status).toBe(0);
    const t0 = Date.now();
    const run = action(ws, { ...OFFLINE, 'test-reports': 'junit.xml' });
    expect(Date.now() - t0).toBeLessThan(60_000);
    expect(run.status).toBe(1);
    expect(report(ws).verdict.reasons).toContainEqual('test-reports names junit.xml, which cannot be used as evidence: it is not a regular file');
  });

  it('a discovered FIFO is skipped: no hang, nothing blocked for it', () => {
    const ws = hostileRepo(APP);
    expect(spawnSync('mkfifo', [join(ws, 'junit.xml')]).status).toBe(0);
    const run = action(ws, OFFLINE);
    expect(run.status).not.toBeNull();
    expect(report(ws).verdict.reasons.join(' ')).not.toMatch(/junit/);
  });

  it('a truncated named report blocks; a near miss, a well-formed one, does not', () => {
    const ws = hostileRepo(APP);
    writeEntries(ws, { 'reports/junit.xml': junit([['test_total']]).slice(0, 90) });
    action(ws, { ...OFFLINE, 'test-reports': 'reports/junit.xml' });
    expect(report(ws).verdict.reasons).toContainEqual(expect.stringMatching(/^test-reports names reports\/junit\.xml, which cannot be used as evidence: truncated/));
    writeEntries(ws, { 'reports/junit.xml': junit([['test_total']]) });
    const ok = action(ws, { ...OFFLINE, 'test-reports': 'reports/junit.xml' });
    expect(report(ws).verdict.reasons.join(' ')).not.toMatch(/evidence/);
    expect(ok.status).toBe(0);
  });

  it('a named report under a linked folder blocks (a link anywhere on the way)', () => {
    const outside = hostileRepo({ 'junit.xml': junit([['test_total']]) });
    const ws = hostileRepo({ ...APP, reports: { link: outside } });
    action(ws, { ...OFFLINE, 'test-reports': 'reports/junit.xml' });
    expect(report(ws).verdict.reasons).toContainEqual(expect.stringMatching(/^test-reports names reports\/junit\.xml, which cannot be used as evidence: it is a symbolic link/));
  });
});

describe('hostile sizes are parsed in bounded time and memory (item 8)', () => {
  it('1 MB pathological log lines: only the real diagnostic is found', () => {
    const MB = 1 << 20;
    const log = [' '.repeat(MB), 'a'.repeat(MB), ':'.repeat(MB), '('.repeat(MB), `app.py:1:5: x${' '.repeat(MB)}y`, '\u001b]'.repeat(MB / 2), "app.py:2: error: Name 'y' is not defined  [name-defined]", ''].join('\n');
    const ws = hostileRepo(APP);
    writeEntries(ws, { 'build.log': log });
    const t0 = Date.now();
    action(ws, { ...OFFLINE, 'build-logs': 'build.log' });
    const ms = Date.now() - t0;
    const r = report(ws);
    expect(r.findings.filter((f: Doc) => f.ruleId === 'build-error').map((f: Doc) => [f.location, f.message])).toEqual([
      [{ path: 'app.py', line: 1, column: 5 }, 'go error: x'],
      [{ path: 'app.py', line: 2 }, "mypy error: Name 'y' is not defined  [name-defined]"],
    ]);
    // Generous for a shared machine: the quadratic patterns took minutes on such lines.
    expect(ms).toBeLessThan(60_000);
  });

  it('5,000 failing tests: 1,000 listed, the rest counted in one P0 finding, the summary and the metrics', () => {
    const N = 5000;
    const body = Array.from({ length: N }, (_, i) => `<testcase classname="tests.test_cart" name="test_${i}"><failure message="m${i}"/></testcase>`).join('\n');
    const ws = hostileRepo(APP);
    writeEntries(ws, { 'out/junit.xml': `<testsuite name="pytest">${body}</testsuite>\n` });
    const run = action(ws, { ...OFFLINE, 'test-reports': 'out/junit.xml' });
    expect(run.status).toBe(1);
    const r = report(ws);
    const failures = r.findings.filter((f: Doc) => f.ruleId === 'test-failure');
    expect(failures).toHaveLength(1001);
    expect(failures.map((f: Doc) => f.message)).toContain('4,000 more tests failed, not listed one by one (the first 1,000 are): see out/junit.xml.');
    expect(r.metrics.tests).toMatchObject({ total: N, failed: N, notListed: { failed: 4000, flaky: 0 } });
    expect(run.summary).toContain('… and 4,000 more failing tests not listed (only the first 1,000 are kept).');
    expect(existsSync(join(ws, 'readiness-gate.sarif'))).toBe(true);
  });
});
