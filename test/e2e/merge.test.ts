// `readiness-gate merge` through the bundled dist/cli.js, on reports the bundled scan wrote: the
// fleet's last job as a runner runs it (a folder of artifacts in, an organisation report out).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MergedReport } from '../../src/fleet/types.js';
import { validateMerged } from '../fleet/validate.js';
import { makeEntry, tempDir } from '../helpers/fleet-reports.js';
import { validateReport } from '../report/validate.js';
import { readyLibrary } from './fixtures.js';
import { REPO } from './harness.js';

const CLI = join(process.env.READINESS_GATE_ACTION_DIR ?? REPO, 'dist/cli.js');

function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const p = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env }, timeout: 120_000 });
  return { status: p.status, stdout: p.stdout, stderr: p.stderr };
}

describe('merge (bundled CLI)', () => {
  const ws = tempDir('rg-merge-e2e-');
  const artifacts = join(ws, 'artifacts');
  // Two real reports, as the scan writes them: one blocked service, one ready library.
  const service = cli(['scan', join(REPO, 'examples/service'), '--report', join(artifacts, 'acme-shop/readiness-report.json'), '--sarif', '', '--sbom', '', '--vulnerability-scan', 'off'], ws);
  const library = cli(['scan', readyLibrary(), '--report', join(artifacts, 'tiny-lib.json'), '--sarif', '', '--sbom', '', '--vulnerability-scan', 'off'], ws);
  const shop = JSON.parse(readFileSync(join(artifacts, 'acme-shop/readiness-report.json'), 'utf8')) as Record<string, unknown>;
  // And the fleet job's own shapes: the same report in an entry, and a clone that failed.
  mkdirSync(join(artifacts, 'batch-0'), { recursive: true });
  writeFileSync(join(artifacts, 'batch-0/acme__billing.json'), JSON.stringify(makeEntry('acme/billing', shop as never)));
  writeFileSync(join(artifacts, 'batch-0/acme__gone.json'), JSON.stringify(makeEntry('acme/gone', null, { error: 'git clone: repository not found (exit 128)' })));

  it('merges the artifacts folder: exit 0, every file, valid against the schema', () => {
    expect(service.status).toBe(1);
    expect(library.status).toBe(0);
    expect(validateReport(shop)).toEqual([]);
    const r = cli(['merge', 'artifacts', '--out', 'org'], ws);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Merged 4 repositories: 1 ready, 2 blocked, 1 failed to scan.');
    const m = JSON.parse(readFileSync(join(ws, 'org/merged.json'), 'utf8')) as MergedReport;
    expect(validateMerged(m)).toEqual([]);
    expect(m.repositories.map((x) => `${x.repository} ${x.status} ${x.blocked}`)).toEqual(['acme-shop scanned true', 'acme/billing scanned true', 'acme/gone failed null', 'tiny-lib scanned false']);
    expect(m.rules.filter((x) => x.severity === 'P0').map((x) => `${x.ruleId} ${x.repositories}/${x.findings}`)).toEqual([
      'k8s-probe-route-mismatch 2/4',
      'hardcoded-secret 2/2',
      'k8s-ingress-without-tls 2/2',
      'merge-conflict-marker 2/2',
      'workflow-disabled-job 2/2',
    ]);
    const md = readFileSync(join(ws, 'org/summary.md'), 'utf8');
    expect(md).toContain('✅ **1 ready** · ⛔ **2 blocked** · 💥 **1 failed to scan**');
    expect(md).toContain('### Failed scans (1)');
    expect(readFileSync(join(ws, 'org/merged.csv'), 'utf8').split('\r\n')[0]).toMatch(/^repository,status,verdict,score,grade,p0,p1,p2,/);
  });

  it('against the previous merge: no change is not worse; a repository gone is listed', () => {
    const r = cli(['merge', 'artifacts/acme-shop', 'artifacts/batch-0', '--out', 'org2', '--previous', 'org/merged.json'], ws);
    expect(r.status).toBe(0);
    const m = JSON.parse(readFileSync(join(ws, 'org2/merged.json'), 'utf8')) as MergedReport;
    expect(m.previous).toEqual({ repositories: 4, removed: ['tiny-lib'] });
    expect(m.repositories.every((x) => x.change !== null && !x.change.worse)).toBe(true);
    expect(readFileSync(join(ws, 'org2/summary.md'), 'utf8')).toContain('**0 got worse**, 0 new, 1 no longer listed');
  });

  it('exit 2 on bad usage, naming the input', () => {
    const bad = cli(['merge', 'artifacts', '--out', 'org3', '--previous', 'artifacts/tiny-lib.json'], ws);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--previous "artifacts\/tiny-lib\.json" is not a merged report/);
    expect(cli(['merge', '--out', 'org3'], ws).status).toBe(2);
    expect(cli(['--help'], ws).stdout).toContain('readiness-gate merge <report or folder...> --out DIR');
  });

  it('a repository given twice keeps its scanned row and says so on stderr', () => {
    mkdirSync(join(ws, 'retry/batch-0'), { recursive: true });
    writeFileSync(join(ws, 'retry/batch-0/acme__billing.json'), JSON.stringify(makeEntry('acme/billing', null, { error: 'timed out' })));
    const r = cli(['merge', 'artifacts/batch-0', 'retry', '--out', 'org4'], ws);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('readiness-gate merge: warning: acme/billing is given by more than one file; one row kept\n');
    const m = JSON.parse(readFileSync(join(ws, 'org4/merged.json'), 'utf8')) as MergedReport;
    expect(m.repositories.find((x) => x.repository === 'acme/billing')!.status).toBe('scanned');
    expect(m.inputs!.duplicates).toEqual(['acme/billing']);
  });
});
