// The seeds' blockers (issue 11, item 4): what the five hand-written audits found must stay P0 and
// proven through the bundle, as a runner runs it, beside the repository map and the certainty that
// now keep test keys, type-only imports and the like from blocking.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALNUM, tokens } from '../helpers/tokens.js';
import { REPO } from './harness.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;
const { rand } = tokens(7);

function seeds(): string {
  const ws = mkdtempSync(join(tmpdir(), 'rg-seeds-'));
  cpSync(join(REPO, 'examples/service'), ws, { recursive: true });
  cpSync(join(REPO, 'test/fixtures/evidence-e2e/reports'), join(ws, 'reports'), { recursive: true });
  const files: Record<string, string> = {
    'calc/__init__.py': '',
    'calc/provenance.py': 'class ProvenanceTracker:\n    pass\n',
    'calc/pricing.py': 'from provenance import ProvenanceTracker\n\nTRACKER = ProvenanceTracker()\n',
    'tests/test_billing.py': `STRIPE_KEY = "sk_live_${rand(ALNUM, 24)}"\n\ndef test_charge():\n    assert STRIPE_KEY\n`,
    'svc/go.mod': 'module example.com/svc\n\ngo 1.22\n',
    'svc/a.go': 'package svc\n\nfunc Handle() {}\n',
    'svc/b.go': 'package svc\n\nfunc Handle() {}\n',
    'logs/build.log': '# example.com/svc\nsvc/b.go:3:6: Handle redeclared in this block\n',
  };
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(ws, p)), { recursive: true });
    writeFileSync(join(ws, p), text);
  }
  spawnSync('git', ['init', '-q'], { cwd: ws });
  spawnSync('git', ['add', '-A'], { cwd: ws });
  return ws;
}

describe("the seeds' blockers stay P0 and proven", () => {
  let report: Doc;
  beforeAll(() => {
    const ws = seeds();
    const out = join(ws, 'out.json');
    const p = spawnSync(
      process.execPath,
      [join(REPO, 'dist/cli.js'), 'scan', '.', '--report', out, '--sarif', '', '--sbom', '', '--vulnerability-scan', 'off',
        '--test-reports', 'reports/junit.xml', '--coverage-reports', 'reports/coverage.xml', '--coverage-threshold', '80', '--build-logs', 'logs/build.log'],
      { cwd: ws, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 120_000 },
    );
    expect(p.status, p.stderr).toBe(1);
    report = JSON.parse(readFileSync(out, 'utf8'));
  });

  it.each([
    ['python-unresolved-import', 'calc/pricing.py'],
    ['hardcoded-secret', 'tests/test_billing.py'],
    ['test-failure', 'reports/junit.xml'],
    ['coverage-below-threshold', '.'],
    ['go-duplicate-declaration', 'svc/b.go'],
    ['build-error', 'svc/b.go'],
    ['merge-conflict-marker', 'app/pricing.py'],
    ['k8s-ingress-without-tls', 'k8s/deployment.yaml'],
    ['workflow-disabled-job', '.github/workflows/deploy.yml'],
    ['k8s-probe-route-mismatch', 'k8s/deployment.yaml'],
  ])('%s in %s', (rule, path) => {
    const hits = report.findings.filter((f: Doc) => f.ruleId === rule && f.location.path === path);
    expect(hits.length, `${rule} at ${path}: ${JSON.stringify(report.findings.map((f: Doc) => [f.ruleId, f.location.path, f.severity]))}`).toBeGreaterThan(0);
    for (const f of hits) expect([f.severity, f.certainty]).toEqual(['P0', 'proven']);
  });

  it('the Stripe live key in a test is P0 because it is proven live, not because of where it is', () => {
    const f = report.findings.find((x: Doc) => x.ruleId === 'hardcoded-secret' && x.location.path === 'tests/test_billing.py');
    expect([f.messageId, f.fileClass]).toEqual(['secretLive', 'test']);
  });
});
