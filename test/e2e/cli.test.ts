// The bundled CLI, as a user runs it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateSarif } from '../report/validate.js';
import { REPO } from './harness.js';

// READINESS_GATE_ACTION_DIR: a folder with its own dist/ (a bundle under development), as for the action.
const CLI = join(process.env.READINESS_GATE_ACTION_DIR ?? REPO, 'dist/cli.js');

function cli(args: string[], cwd = REPO) {
  const p = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 120_000 });
  return { status: p.status, stdout: p.stdout, stderr: p.stderr };
}

const lastLine = (s: string) => s.trimEnd().split('\n').at(-1);
/** The example's database password (app/config.py): never printed, whatever the format. */
const EXAMPLE_SECRET = 'Kx8vQ2mWp4Lz';

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

  it('keeps the code Node compiled in the user cache folder where Node can (22.1+), never with --cache false nor in GitHub Actions', () => {
    const home = mkdtempSync(join(tmpdir(), 'rg-cli-home-'));
    const compiled = join(home, 'readiness-gate', 'compile');
    const scan = (args: string[], env: Record<string, string> = {}) =>
      spawnSync(process.execPath, [CLI, 'scan', 'examples/service', '--report', '', '--sarif', '', '--sbom', '', '--vulnerability-scan', 'off', '--format', 'json', ...args], {
        cwd: REPO,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: home, ...env },
        timeout: 120_000,
      });
    const files = () => (existsSync(compiled) ? readdirSync(compiled, { recursive: true }).length : 0);
    const off = scan(['--cache', 'false']);
    expect(off.status).toBe(1);
    scan([], { GITHUB_ACTIONS: 'true', RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'rg-cli-temp-')) });
    expect(files()).toBe(0);
    const facts = mkdtempSync(join(tmpdir(), 'rg-cli-facts-'));
    const first = scan(['--cache', facts]);
    const supported = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';
    expect(files() > 0).toBe(supported);
    // Run again from the compiled code: the same report.
    const second = scan(['--cache', facts]);
    expect(second.status).toBe(1);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stdout).toBe(off.stdout);
  });

  it('--help and --version', () => {
    const h = cli(['--help']);
    expect(h.status).toBe(0);
    expect(h.stdout).toContain('--coverage-threshold');
    expect(cli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('repeats the verdict as the last line of the text report', () => {
    const r = cli(['scan', 'examples/service', '--report', '', '--sarif', '', '--sbom', '', '--vulnerability-scan', 'off']);
    expect(r.status).toBe(1);
    expect(r.stdout.startsWith('BLOCKED')).toBe(true);
    expect(lastLine(r.stdout)).toMatch(/^BLOCKED: 6 P0 findings \(score \d+, grade [A-F]\)$/);
  });

  it('--format json and sarif: stdout is the very document written to the file, the verdict goes to stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-cli-fmt-'));
    const base = ['scan', 'examples/service', '--report', join(dir, 'r.json'), '--sarif', join(dir, 'r.sarif'), '--sbom', '', '--vulnerability-scan', 'off'];
    const json = cli([...base, '--format', 'json']);
    expect(json.status).toBe(1);
    expect(json.stdout).toBe(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect((JSON.parse(json.stdout) as Report).verdict.blocked).toBe(true);
    expect(lastLine(json.stderr)).toMatch(/^BLOCKED: 6 P0 findings/);
    expect(json.stderr).toContain(`Wrote ${join(dir, 'r.json')}, ${join(dir, 'r.badge.json')}, ${join(dir, 'r.sarif')}`);
    expect(JSON.parse(readFileSync(join(dir, 'r.badge.json'), 'utf8'))).toMatchObject({ schemaVersion: 1, label: 'readiness', color: 'red', message: expect.stringMatching(/^blocked · [A-F]$/) });

    const sarif = cli([...base, '--format', 'sarif']);
    expect(sarif.status).toBe(1);
    expect(sarif.stdout).toBe(readFileSync(join(dir, 'r.sarif'), 'utf8'));
    const doc = JSON.parse(sarif.stdout) as { runs: Array<{ automationDetails?: unknown; results: Array<{ ruleId: string }> }> };
    expect(validateSarif(doc)).toEqual([]);
    // sarif-rules: security by default: the credential and the Ingress, not the disabled deploy job or the merge conflict.
    const ids = doc.runs[0]!.results.map((x) => x.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['hardcoded-secret', 'k8s-ingress-without-tls']));
    for (const id of ids) expect(id).not.toMatch(/^(workflow-disabled-job|merge-conflict-marker|k8s-probe-route-mismatch|no-codeowners|readiness-claim-contradicted)/);
    expect(doc.runs[0]!.automationDetails).toBeUndefined();
    expect(lastLine(sarif.stderr)).toMatch(/^BLOCKED: /);

    const every = cli([...base, '--format', 'sarif', '--sarif-rules', 'all', '--sarif-category', 'readiness-gate/shop']);
    const all = JSON.parse(every.stdout) as typeof doc;
    expect(all.runs[0]!.results.map((x) => x.ruleId)).toContain('workflow-disabled-job');
    expect(all.runs[0]!.automationDetails).toEqual({ id: 'readiness-gate/shop/' });
  });

  it('--format markdown prints the job summary, then the verdict as its last line', () => {
    const r = cli(['scan', 'examples/service', '--report', '', '--sarif', '', '--sbom', '', '--vulnerability-scan', 'off', '--format', 'markdown']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^#{1,3} /m);
    expect(r.stdout).toContain('hardcoded-secret');
    expect(lastLine(r.stdout)).toMatch(/^\*\*BLOCKED\*\*: 6 P0 findings \(score \d+, grade [A-F]\)$/);
    expect(r.stdout.includes('\u001b[')).toBe(false);
  });

  it('never prints a secret value, whatever the format', () => {
    for (const format of ['text', 'json', 'sarif', 'markdown']) {
      const r = cli(['scan', 'examples/service', '--report', '', '--sarif', '', '--sbom', '', '--vulnerability-scan', 'off', '--format', format]);
      expect(r.status, format).toBe(1);
      expect(r.stdout.length, format).toBeGreaterThan(100);
      expect(r.stdout.includes(EXAMPLE_SECRET) || r.stderr.includes(EXAMPLE_SECRET), format).toBe(false);
    }
  });

  it('says that the action-only inputs belong to the action, instead of dropping them silently', () => {
    const out = mkdtempSync(join(tmpdir(), 'rg-cli-out-'));
    const r = cli(['scan', 'examples/service', '--vulnerability-scan', 'off', '--report', join(out, 'r.json'), '--sarif', '', '--sbom', '', '--upload-artifact', 'true', '--pr-comment', 'on']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('readiness-gate: warning: --upload-artifact, --pr-comment: only the GitHub Action does this');
    // Near-miss: the defaults say nothing.
    expect(cli(['scan', 'examples/service', '--vulnerability-scan', 'off', '--report', join(out, 'r2.json'), '--sarif', '', '--sbom', '']).stderr).not.toContain('only the GitHub Action');
  });

  it('exit code 2 on a bad --format, naming the flag and the accepted values', () => {
    const r = cli(['scan', 'examples/service', '--format', 'xml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("readiness-gate: --format: 'xml' is not valid; accepted: text, json, sarif, markdown.\n");
    expect(r.stdout).toBe('');
  });

  it('suggests the closest rule id for a misspelt one in the configuration file', () => {
    const tree = mkdtempSync(join(tmpdir(), 'rg-cli-dym-'));
    cpSync(join(REPO, 'examples/service/app'), join(tree, 'app'), { recursive: true });
    const run = (config: string) => {
      writeFileSync(join(tree, '.readiness-gate.yml'), config);
      return cli(['scan', tree, '--report', '', '--sarif', '', '--sbom', '', '--vulnerability-scan', 'off']);
    };
    const rules = run('rules:\n  hardcoded-secrets: off\n');
    expect(rules.status).toBe(2);
    expect(rules.stderr).toContain("rules.hardcoded-secrets is not a known rule id; did you mean 'hardcoded-secret'?");
    const swapped = run('suppressions:\n  - rule: no-runbok\n    path: docs/**\n    reason: kept in the wiki\n');
    expect(swapped.status).toBe(2);
    expect(swapped.stderr).toContain("'no-runbok' is not a known rule id (or '*'); did you mean 'no-runbook'?");
    const flag = cli(['scan', tree, '--fail-onn', 'P1']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain("readiness-gate: unknown option '--fail-onn'; did you mean '--fail-on'?\n");
    const far = run('rules:\n  runbook-please: off\n');
    expect(far.status).toBe(2);
    expect(far.stderr).not.toContain('did you mean');
    expect(far.stderr).toContain('see the rule list in the README');
  });
});
