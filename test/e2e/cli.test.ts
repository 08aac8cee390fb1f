// The bundled CLI, as a user runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './harness.js';

function cli(args: string[], cwd = REPO) {
  const p = spawnSync(process.execPath, [join(REPO, 'dist/cli.js'), ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 120_000 });
  return { status: p.status, stdout: p.stdout, stderr: p.stderr };
}

interface Report {
  verdict: { blocked: boolean };
  counts: Record<string, number>;
  findings: Array<{ ruleId: string; severity: string; location: { path: string; line?: number } }>;
}

describe('CLI', () => {
  it('on examples/service: BLOCKED, with the planted blockers', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rg-cli-')), 'report.json');
    const r = cli(['scan', 'examples/service', '--report', out, '--sarif', '', '--sbom', '', '--no-color', '--vulnerability-scan', 'off']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/BLOCKED/);
    expect(r.stdout.includes('\u001b[')).toBe(false); // no colours when not a terminal
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    const at = report.findings.map((f) => `${f.severity} ${f.ruleId} ${f.location.path}:${f.location.line ?? ''}`);
    expect(at).toEqual(
      expect.arrayContaining([
        'P0 merge-conflict-marker app/pricing.py:9',
        'P0 hardcoded-secret app/config.py:4',
        'P1 hardcoded-password tests/test_orders.py:5',
        'P1 hardcoded-password tests/test_orders.py:15',
        'P1 hardcoded-password tests/test_orders.py:13',
        'P2 readiness-claim-contradicted README.md:5',
        'P2 no-codeowners .:',
        'P2 suppression-without-reason tests/test_orders.py:20',
        'P1 workflow-masked-failure .github/workflows/ci.yml:12',
        'P1 http-call-without-timeout app/orders.py:14',
      ]),
    );
    // Every P0 the hand-written audit of this service lists, and nothing else.
    expect(report.findings.filter((f) => f.severity === 'P0').map((f) => `${f.ruleId} ${f.location.path}:${f.location.line}`)).toEqual([
      'workflow-disabled-job .github/workflows/deploy.yml:7',
      'hardcoded-secret app/config.py:4',
      'merge-conflict-marker app/pricing.py:9',
      'k8s-probe-route-mismatch k8s/deployment.yaml:20',
      'k8s-probe-route-mismatch k8s/deployment.yaml:24',
      'k8s-ingress-without-tls k8s/deployment.yaml:32',
    ]);
  });

  it('on this repository itself: no P0', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rg-self-')), 'report.json');
    const r = cli(['scan', '.', '--report', out, '--sarif', '', '--sbom', '', '--vulnerability-scan', 'off']);
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    expect(report.findings.filter((f) => f.severity === 'P0')).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('exit code 2 on bad usage, naming the problem', () => {
    expect(cli(['scan', '--fail-on', 'P4']).stderr).toMatch(/input 'fail-on': 'P4' is not valid; accepted: P0, P1, P2, never/);
    expect(cli(['scan', '--fail-on', 'P4']).status).toBe(2);
    expect(cli(['scan', '--no-such-flag']).status).toBe(2);
    expect(cli(['deploy']).status).toBe(2);
    expect(cli(['scan', 'no/such/dir']).status).toBe(2);
  });

  it('warns when nothing was scanned, and blocks: nothing to judge is never READY (fail closed)', () => {
    const empty = mkdtempSync(join(tmpdir(), 'rg-empty-'));
    const r = cli(['scan', empty, '--report', '', '--sarif', '', '--sbom', '']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/warning: No file was scanned in/);
    expect(r.stdout).toContain('BLOCKED  nothing to judge: the scanned directory holds no files');
  });

  it('--help and --version', () => {
    const h = cli(['--help']);
    expect(h.status).toBe(0);
    expect(h.stdout).toContain('--coverage-threshold');
    expect(cli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
