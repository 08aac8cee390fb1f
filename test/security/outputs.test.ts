// Issue 10, items 1, 7 (part) and 9 (part): nothing is written outside the requested outputs,
// never through a link; stale outputs never survive a failed run; an unsafe output path exits 2
// naming the input with `blocked=true`; a committed output-named file is still scanned.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokens } from '../helpers/tokens.js';
import { action, cliInWorkflow, hostileRepo, tempDir } from './hostile.js';

const awsKey = tokens(7).awsKeyId;

const SERVICE = { 'README.md': '# demo\n', 'app.py': 'print("hello")\n' };

/** A file outside the workspace that the runner user can write: what an attacker aims at. */
function victim(): string {
  const p = join(tempDir('rg-victim-'), 'gitconfig');
  writeFileSync(p, 'ORIGINAL\n');
  return p;
}

const DEFAULT_NAME = { report: 'readiness-report.json', sarif: 'readiness-gate.sarif', sbom: 'sbom.cdx.json' } as const;

describe('an output committed as a symbolic link', () => {
  for (const input of ['report', 'sarif', 'sbom'] as const) {
    it(`${input}: exit 2 naming the input, blocked=true, the linked file untouched`, () => {
      const target = victim();
      const ws = hostileRepo({ ...SERVICE, [DEFAULT_NAME[input]]: { link: target } });
      const r = action(ws);
      expect(r.status).toBe(2);
      expect(r.stdout).toContain(`input '${input}'`);
      expect(r.stdout).toMatch(/is a symbolic link/);
      expect(r.outputs.blocked).toBe('true');
      expect(r.outputs.score).toBe('');
      expect(r.outputs[input]).toBe('');
      expect(readFileSync(target, 'utf8')).toBe('ORIGINAL\n');
      // The link itself is gone (unlinked, never followed): a later upload step finds nothing to follow.
      expect(existsSync(join(ws, DEFAULT_NAME[input]))).toBe(false);
      expect(() => lstatSync(join(ws, DEFAULT_NAME[input]))).toThrow();
    });
  }

  it('the CLI in a workflow refuses too (exit 2, names the input)', () => {
    const target = victim();
    const ws = hostileRepo({ ...SERVICE, 'readiness-gate.sarif': { link: target } });
    const r = cliInWorkflow(ws, ['--vulnerability-scan', 'off']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("input 'sarif'");
    expect(readFileSync(target, 'utf8')).toBe('ORIGINAL\n');
  });
});

describe('an output under a linked folder', () => {
  it('out -> elsewhere with sarif out/x.sarif: exit 2 naming sarif, nothing written or removed there', () => {
    const elsewhere = tempDir('rg-elsewhere-');
    writeFileSync(join(elsewhere, 'x.sarif'), 'THEIRS\n');
    const ws = hostileRepo({ ...SERVICE, out: { link: elsewhere } });
    const r = action(ws, { sarif: 'out/x.sarif' });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("input 'sarif'");
    expect(r.stdout).toMatch(/lies under a symbolic link \(out\)/);
    expect(r.outputs.blocked).toBe('true');
    expect(readFileSync(join(elsewhere, 'x.sarif'), 'utf8')).toBe('THEIRS\n');
    // The other outputs were not written either: the run stopped before scanning.
    expect(existsSync(join(ws, 'readiness-report.json'))).toBe(false);
  });

  it('a link deeper down (reports/ci -> elsewhere) is refused too; a new nested folder is created', () => {
    const elsewhere = tempDir('rg-elsewhere-');
    const ws = hostileRepo({ ...SERVICE, 'reports/ci': { link: elsewhere } });
    const bad = action(ws, { report: 'reports/ci/r.json' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toContain("input 'report'");
    expect(existsSync(join(elsewhere, 'r.json'))).toBe(false);
    const good = action(ws, { report: 'reports/new/deep/r.json' });
    expect(good.status).toBe(0);
    expect(good.outputs.report).toBe('reports/new/deep/r.json');
    expect(JSON.parse(readFileSync(join(ws, 'reports/new/deep/r.json'), 'utf8')).verdict.blocked).toBe(false);
  });
});

describe('output paths the workflow author gives', () => {
  it('a directory: exit 2 naming the input, no stack trace', () => {
    const ws = hostileRepo({ ...SERVICE, 'readiness-report.json/keep': 'x\n' });
    const r = action(ws);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("input 'report'");
    expect(r.stdout).toContain('is a directory');
    expect(r.stdout).not.toMatch(/internal error|\n\s+at /);
    expect(r.outputs.blocked).toBe('true');
  });

  it('a relative path that climbs out of the workspace: exit 2', () => {
    const ws = hostileRepo(SERVICE);
    const name = `escape-${basename(ws)}.cdx.json`; // unique: the parent is the shared temporary folder
    const r = action(ws, { sbom: `../${name}` });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("input 'sbom'");
    expect(r.stdout).toContain('resolves outside the workspace');
    expect(existsSync(join(ws, '..', name))).toBe(false);
  });

  it('an absolute path outside the workspace is the author’s choice: written', () => {
    const ws = hostileRepo(SERVICE);
    const out = join(tempDir('rg-chosen-'), 'sub', 'report.json');
    const r = action(ws, { report: out });
    expect(r.status).toBe(0);
    expect(r.outputs.report).toBe(out);
    expect(JSON.parse(readFileSync(out, 'utf8')).tool.name).toBe('readiness-gate');
  });

  it('RUNNER_TEMP is allowed; a link inside it is not', () => {
    const ws = hostileRepo(SERVICE);
    const runnerTemp = tempDir('rg-runner-temp-');
    const ok = action(ws, { sarif: join(runnerTemp, 'gate.sarif') }, { RUNNER_TEMP: runnerTemp });
    expect(ok.status).toBe(0);
    expect(existsSync(join(runnerTemp, 'gate.sarif'))).toBe(true);
    const target = victim();
    symlinkSync(target, join(runnerTemp, 'linked.sarif'));
    const bad = action(ws, { sarif: join(runnerTemp, 'linked.sarif') }, { RUNNER_TEMP: runnerTemp });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toContain("input 'sarif'");
    expect(readFileSync(target, 'utf8')).toBe('ORIGINAL\n');
  });
});

describe('stale outputs', () => {
  it('a committed readiness-gate.sarif does not survive a failed (exit 2) run', () => {
    const target = victim();
    const ws = hostileRepo({ ...SERVICE, 'readiness-gate.sarif': '{"version":"2.1.0","runs":[]}\n', 'readiness-report.json': { link: target } });
    const r = action(ws);
    expect(r.status).toBe(2);
    expect(existsSync(join(ws, 'readiness-gate.sarif'))).toBe(false);
    expect(readFileSync(target, 'utf8')).toBe('ORIGINAL\n');
  });

  it('nor a run that fails on another input', () => {
    const ws = hostileRepo({ ...SERVICE, 'readiness-gate.sarif': '{"version":"2.1.0","runs":[]}\n' });
    const r = action(ws, { 'fail-on': 'whenever' });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("input 'fail-on'");
    expect(r.outputs.blocked).toBe('true');
    expect(existsSync(join(ws, 'readiness-gate.sarif'))).toBe(false);
  });

  it('an old untracked report is replaced, and reruns are byte-identical', () => {
    const ws = hostileRepo(SERVICE);
    writeFileSync(join(ws, 'readiness-report.json'), `{"stale": "${awsKey()}"}\n`);
    const first = action(ws);
    expect(first.status).toBe(0);
    const json = readFileSync(join(ws, 'readiness-report.json'), 'utf8');
    const sarif = readFileSync(join(ws, 'readiness-gate.sarif'), 'utf8');
    const sbom = readFileSync(join(ws, 'sbom.cdx.json'), 'utf8');
    expect(json).not.toContain('stale');
    expect(JSON.parse(json).skipped.output).toBe(0);
    const second = action(ws);
    expect(second.status).toBe(0);
    expect(readFileSync(join(ws, 'readiness-report.json'), 'utf8')).toBe(json);
    expect(readFileSync(join(ws, 'readiness-gate.sarif'), 'utf8')).toBe(sarif);
    expect(readFileSync(join(ws, 'sbom.cdx.json'), 'utf8')).toBe(sbom);
    // No temporary file is left beside the outputs.
    expect(readdirSync(ws).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('the baseline at the report path (the previous run’s report)', () => {
  it('is read as the baseline, not removed first, then replaced by the new report', () => {
    const ws = hostileRepo(SERVICE);
    expect(action(ws).status).toBe(0);
    const r = action(ws, { baseline: 'readiness-report.json' });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain("input 'baseline'");
    expect(JSON.parse(readFileSync(join(ws, 'readiness-report.json'), 'utf8')).verdict.blocked).toBe(false);
  });
});

describe('a committed file named like an output', () => {
  it('is still scanned from the committed bytes: the key in readiness-report.json is found, on every run', () => {
    const key = awsKey();
    const ws = hostileRepo({ ...SERVICE, 'readiness-report.json': `{"note": "deploy", "aws_access_key_id": "${key}"}\n` });
    const first = action(ws);
    expect(first.status).toBe(1);
    const at = (run: typeof first) => run.annotations.filter((a) => a.props.file === 'readiness-report.json' && a.props.title?.includes('hardcoded-secret'));
    expect(at(first)).toHaveLength(1);
    const json = readFileSync(join(ws, 'readiness-report.json'), 'utf8');
    expect(json).not.toContain(key);
    expect(JSON.parse(json).findings.some((f: { ruleId: string; location: { path: string } }) => f.ruleId === 'hardcoded-secret' && f.location.path === 'readiness-report.json')).toBe(true);
    // The second run reads git's bytes, not the first run's report: same finding, same report.
    const second = action(ws);
    expect(at(second)).toHaveLength(1);
    expect(readFileSync(join(ws, 'readiness-report.json'), 'utf8')).toBe(json);
  });

  it('on worker threads too', () => {
    const key = awsKey();
    const ws = hostileRepo({ ...SERVICE, 'sbom.cdx.json': `{"aws_access_key_id": "${key}"}\n` });
    const r = action(ws, {}, { READINESS_GATE_WORKERS: '2' });
    expect(r.status).toBe(1);
    expect(r.annotations.some((a) => a.props.file === 'sbom.cdx.json' && a.props.title?.includes('hardcoded-secret'))).toBe(true);
  });

  it('near miss: the same name elsewhere is an ordinary file, scanned as such', () => {
    const key = awsKey();
    const ws = hostileRepo(SERVICE);
    mkdirSync(join(ws, 'config'));
    writeFileSync(join(ws, 'config/readiness-report.json'), `{"aws_access_key_id": "${key}"}\n`);
    const r = action(ws);
    expect(r.status).toBe(1);
    expect(r.annotations.some((a) => a.props.file === 'config/readiness-report.json')).toBe(true);
  });
});
