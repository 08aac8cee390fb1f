// End to end: the committed bundle, run as the GitHub runner runs it.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateReport as validateReportDoc, validateSarif as validateSarifDoc } from '../report/validate.js';
import { REPO, runAction, type ActionRun } from './harness.js';
import { blockedService, NASTY_NAME, readyLibrary, type BlockedRepo } from './fixtures.js';

const read = (ws: string, p: string) => readFileSync(join(ws, p), 'utf8');
const validateSarif = (text: string) => validateSarifDoc(JSON.parse(text));
const validateReport = (text: string) => validateReportDoc(JSON.parse(text));
/** The outputs, the summary-markdown path (under each run's own RUNNER_TEMP) replaced by the file's text. */
const stable = (outputs: Record<string, string>) => ({ ...outputs, 'summary-markdown': outputs['summary-markdown'] ? readFileSync(outputs['summary-markdown'], 'utf8') : '' });

describe('action on a service with blockers', () => {
  let repo: BlockedRepo;
  let first: ActionRun;
  beforeAll(() => {
    repo = blockedService();
    first = runAction({ workspace: repo.root });
  });

  it('fails the step with exit code 1 and says why', () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(1);
    expect(first.stdout).toMatch(/^::error::BLOCKED: \d+ P0 findings?/m);
  });

  it('sets every output', () => {
    expect(first.outputs.blocked).toBe('true');
    expect(first.outputs.p0).toBe('3'); // the conflict block, the GitHub token, the AWS key
    expect(Number(first.outputs.p1)).toBeGreaterThanOrEqual(1); // the password in the test
    expect(Number(first.outputs.score)).toBeGreaterThanOrEqual(0);
    expect(first.outputs.grade).toMatch(/^[A-F]$/);
    expect(first.outputs.report).toBe('readiness-report.json');
    expect(first.outputs.badge).toBe('readiness-report.badge.json');
    expect(first.outputs.sarif).toBe('readiness-gate.sarif');
    expect(first.outputs.sbom).toBe('sbom.cdx.json');
  });

  it('writes the badge beside the report: its verdict and grade, as a shields.io endpoint', () => {
    const report = JSON.parse(read(repo.root, 'readiness-report.json')) as { verdict: { blocked: boolean }; score: { grade: string } };
    expect(report.verdict.blocked).toBe(true);
    expect(read(repo.root, first.outputs.badge!)).toBe(
      `{\n  "schemaVersion": 1,\n  "label": "readiness",\n  "message": "blocked \u00b7 ${report.score.grade}",\n  "color": "red"\n}\n`,
    );
  });

  it('writes a CycloneDX SBOM valid against its schema', async () => {
    const { Validation } = await import('@cyclonedx/cyclonedx-library');
    const sbom = read(repo.root, first.outputs.sbom!);
    expect(await new Validation.JsonStrictValidator('1.6' as never).validate(sbom)).toBeNull();
    expect(JSON.parse(sbom).specVersion).toBe('1.6');
  });

  it('annotates the guilty lines, worst first, escaped per the workflow-command rules', () => {
    const errors = first.annotations.filter((a) => a.level === 'error' && a.props.file);
    const files = errors.map((a) => a.props.file);
    expect(files).toContain('src/shop/settings.py');
    expect(files).toContain(NASTY_NAME); // spaces, %, :, comma, |, <, backtick, é survive the round trip
    const conflict = errors.find((a) => a.props.file === 'src/shop/settings.py')!;
    expect(conflict.props.line).toBe('4');
    expect(conflict.props.title).toContain('merge-conflict-marker');
    const rank = { error: 0, warning: 1, notice: 2 } as Record<string, number>;
    const ranks = first.annotations.filter((a) => a.props.file).map((a) => rank[a.level]!);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b)); // worst first
    expect(ranks).toContain(1);
  });

  it('writes a summary that reads like an audit, with links to the exact lines', () => {
    expect(first.summary).toContain('BLOCKED');
    expect(first.summary).toContain('merge-conflict-marker');
    expect(first.summary).toContain('hardcoded-secret');
    expect(first.summary).toContain('https://github.com/acme/shop/blob/0123456789abcdef0123456789abcdef01234567/src/shop/settings.py#L4');
    expect(Buffer.byteLength(first.summary)).toBeLessThan(1024 * 1024);
  });

  it('writes SARIF valid against the SARIF 2.1.0 schema', () => {
    const sarif = read(repo.root, 'readiness-gate.sarif');
    expect(validateSarif(sarif)).toEqual([]);
    const doc = JSON.parse(sarif);
    const uris = doc.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    // The GitHub token in app.py is a security finding; settings.py's merge conflict is not (sarif-rules: security).
    expect(uris).toContain('src/shop/app.py');
    expect(uris).not.toContain('src/shop/settings.py');
  });

  it('writes a JSON report valid against its published schema', () => {
    const report = read(repo.root, 'readiness-report.json');
    expect(validateReport(report)).toEqual([]);
    const doc = JSON.parse(report);
    expect(doc.verdict.blocked).toBe(true);
    expect(doc.commit).toBe('0123456789abcdef0123456789abcdef01234567');
    expect(doc.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(expect.arrayContaining(['merge-conflict-marker', 'hardcoded-secret', 'hardcoded-password', 'readiness-claim-contradicted', 'no-codeowners']));
  });

  it('never lets a secret value out', () => {
    const outputs = [first.stdout, first.stderr, first.summary, JSON.stringify(first.outputs), read(repo.root, 'readiness-report.json'), read(repo.root, 'readiness-gate.sarif')];
    for (const secret of repo.secrets) for (const o of outputs) expect(o.includes(secret), `secret leaked`).toBe(false);
  });

  it('writes byte-identical reports on a second run', () => {
    const json = read(repo.root, 'readiness-report.json');
    const sarif = read(repo.root, 'readiness-gate.sarif');
    const second = runAction({ workspace: repo.root });
    expect(second.status).toBe(1);
    expect(read(repo.root, 'readiness-report.json')).toBe(json);
    expect(read(repo.root, 'readiness-gate.sarif')).toBe(sarif);
    expect(second.summary).toBe(first.summary);
  });

  it('gives byte-identical reports with the checks on worker threads', () => {
    const serial = runAction({ workspace: repo.root, env: { READINESS_GATE_WORKERS: '0' } });
    const json = read(repo.root, 'readiness-report.json');
    const sarif = read(repo.root, 'readiness-gate.sarif');
    const parallel = runAction({ workspace: repo.root, env: { READINESS_GATE_WORKERS: '2' } });
    expect(parallel.stderr).toBe('');
    expect(read(repo.root, 'readiness-report.json')).toBe(json);
    expect(read(repo.root, 'readiness-gate.sarif')).toBe(sarif);
    expect(parallel.summary).toBe(serial.summary);
    expect(stable(parallel.outputs)).toEqual(stable(serial.outputs));
  });

  it('falls back to the main thread when the worker threads fail, and says so', () => {
    const broken = mkdtempSync(join(tmpdir(), 'rg-dist-broken-'));
    cpSync(join(REPO, 'dist'), join(broken, 'dist'), { recursive: true });
    cpSync(join(REPO, 'action.yml'), join(broken, 'action.yml'));
    writeFileSync(join(broken, 'dist/worker.js'), "throw new Error('worker exploded');\n");
    const r = runAction({ workspace: repo.root, actionDir: broken, env: { READINESS_GATE_WORKERS: '2' } });
    expect(r.status).toBe(1);
    expect(stable(r.outputs)).toEqual(stable(first.outputs));
    expect(r.annotations.find((a) => a.level === 'warning' && a.props.title === 'readiness-gate')?.message).toMatch(/worker threads failed \(worker exploded\)/);
  });

  it('runs the same from a copy of dist/ alone (the bundle is self-contained)', () => {
    const alone = mkdtempSync(join(tmpdir(), 'rg-dist-only-'));
    cpSync(join(REPO, 'dist'), join(alone, 'dist'), { recursive: true });
    cpSync(join(REPO, 'action.yml'), join(alone, 'action.yml'));
    const r = runAction({ workspace: repo.root, actionDir: alone, env: { READINESS_GATE_WORKERS: '2' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(stable(r.outputs)).toEqual(stable(first.outputs));
  });
});

describe('action on a clean library', () => {
  it('passes with exit code 0 and READY', () => {
    const ws = readyLibrary();
    const r = runAction({ workspace: ws });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.outputs.blocked).toBe('false');
    expect(r.outputs.p0).toBe('0');
    expect(r.summary).toContain('READY');
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(validateSarif(read(ws, 'readiness-gate.sarif'))).toEqual([]);
    expect(validateReport(read(ws, 'readiness-report.json'))).toEqual([]);
    const badge = JSON.parse(read(ws, r.outputs.badge!)) as { message: string; color: string };
    expect(badge.message).toBe(`ready \u00b7 ${r.outputs.grade}`);
    expect(badge.color).toBe({ A: 'brightgreen', B: 'green', C: 'yellowgreen', D: 'orange', F: 'red' }[r.outputs.grade!]);
  });

  it('skips outputs given as empty strings', () => {
    const ws = readyLibrary();
    const r = runAction({ workspace: ws, inputs: { report: '', sarif: '' } });
    expect(r.status).toBe(0);
    expect(r.outputs.report).toBe('');
    expect(r.outputs.badge).toBe('');
    expect(existsSync(join(ws, 'readiness-report.json'))).toBe(false);
    expect(existsSync(join(ws, 'readiness-report.badge.json'))).toBe(false);
    expect(existsSync(join(ws, 'readiness-gate.sarif'))).toBe(false);
  });
});

describe('bad inputs stop the run with exit code 2 and a message naming them', () => {
  it.each([
    ['fail-on', 'P4', /input 'fail-on': 'P4' is not valid; accepted: P0, P1, P2, never/],
    ['min-score', 'abc', /input 'min-score': 'abc' is not valid; accepted: a number from 0 to 100/],
    ['max-annotations', '-1', /input 'max-annotations'/],
    ['new-findings-only', 'yes', /input 'new-findings-only': 'yes' is not valid; accepted: true or false/],
    ['sbom-format', 'spdx', /input 'sbom-format'.*json, xml/],
  ])('%s: %s', (input, value, message) => {
    const r = runAction({ workspace: readyLibrary(), inputs: { [input]: value } });
    expect(r.status).toBe(2);
    expect(r.annotations[0]?.level).toBe('error');
    expect(r.annotations[0]?.message).toMatch(message);
  });

  it('a configuration file that is not valid YAML', () => {
    const ws = readyLibrary();
    writeFileSync(join(ws, '.readiness-gate.yml'), 'thresholds: {coverage: 80\n');
    const r = runAction({ workspace: ws });
    expect(r.status).toBe(2);
    expect(r.annotations[0]?.message).toMatch(/config file \.readiness-gate\.yml.* is not valid YAML/);
  });

  it('a configuration file with an unknown key', () => {
    const ws = readyLibrary();
    writeFileSync(join(ws, '.readiness-gate.yml'), 'threshold:\n  coverage: 80\n');
    const r = runAction({ workspace: ws });
    expect(r.status).toBe(2);
    expect(r.annotations[0]?.message).toMatch(/config file \.readiness-gate\.yml: threshold is not a known key; accepted: profile, fail-on, thresholds/);
  });
});
