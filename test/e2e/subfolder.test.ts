// End to end: `path: services/api` in a monorepo whose workflows and CODEOWNERS live at the root
// (issue 13, item 5). The bundled action, run as the runner runs it, on a git checkout.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeTree } from '../helpers/rule-tester.js';
import { validateReport, validateSarif } from '../report/validate.js';
import { runAction, type ActionRun } from './harness.js';

const SHA = '0123456789abcdef0123456789abcdef01234567'; // the harness's GITHUB_SHA

const API_WORKFLOW = `name: api
on:
  push:
    branches: [main]
    paths: ['services/api/**']
  pull_request:
    paths: ['services/api/**']
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: services/api
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - run: pip install -r requirements.txt
      - run: pytest
  deploy:
    needs: test
    runs-on: ubuntu-latest
    environment: production
    steps:
      - name: Roll out
        if: \${{ false }}
        run: kubectl apply -f services/api/k8s/
`;

const WEB_WORKFLOW = `name: web
on:
  push:
    paths: ['services/web/**']
jobs:
  lint:
    if: false
    runs-on: ubuntu-latest
    steps:
      - run: cd services/web && npm run lint
`;

interface Report {
  findings: Array<{ ruleId: string; severity: string; location: { path: string; line?: number } }>;
  gaps: Array<{ component: string; status: string; evidence?: string }>;
}
interface Sarif {
  runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }> }> }>;
}

describe('action with path: services/api in a monorepo', () => {
  let ws: string;
  let r: ActionRun;
  let report: Report;
  beforeAll(() => {
    ws = writeTree({
      '.github/workflows/api.yml': API_WORKFLOW,
      '.github/workflows/web.yml': WEB_WORKFLOW,
      '.github/CODEOWNERS': '* @acme/platform\n',
      'services/api/requirements.txt': 'flask==3.0.3\n',
      'services/api/app.py': 'from flask import Flask\n\napp = Flask(__name__)\n\n@app.get("/health")\ndef health():\n    return "ok"\n',
      'services/api/tests/test_app.py': 'def test_health():\n    assert True\n',
      'services/web/package.json': '{"name":"web"}\n',
    });
    const git = (...a: string[]) => execFileSync('git', ['-c', 'user.name=a', '-c', 'user.email=a@b', ...a], { cwd: ws, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'monorepo');
    r = runAction({ workspace: ws, inputs: { path: 'services/api', 'sarif-rules': 'all' } });
    report = JSON.parse(readFileSync(join(ws, 'readiness-report.json'), 'utf8')) as Report;
  });

  it('blocks on the switched-off deploy step of the root workflow that deploys this folder, not on the other folder’s', () => {
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const disabled = report.findings.filter((f) => f.ruleId === 'workflow-disabled-job');
    expect(disabled).toEqual([expect.objectContaining({ severity: 'P0', location: { path: '../../.github/workflows/api.yml', line: 26 } })]);
  });

  it('finds the tests, the deploy job and the owners at the repository root', () => {
    const ids = report.findings.map((f) => f.ruleId);
    expect(ids).not.toContain('no-ci-tests');
    expect(ids).not.toContain('no-codeowners');
    const gaps = Object.fromEntries(report.gaps.map((g) => [g.component, g]));
    expect(gaps['tests in CI']).toMatchObject({ status: 'present', evidence: '../../.github/workflows/api.yml:19' });
    expect(gaps['CODEOWNERS']).toMatchObject({ status: 'present', evidence: '../../.github/CODEOWNERS' });
    // A job bound to an environment deploys (its switched-off step is workflow-disabled-job's finding).
    expect(ids).not.toContain('no-deploy-pipeline');
    expect(gaps['deploy pipeline']).toMatchObject({ status: 'present', evidence: '../../.github/workflows/api.yml:20' });
    expect(validateReport(report)).toEqual([]);
  });

  it('locates the finding at the repository-relative path in the annotation, the SARIF and the summary link', () => {
    const a = r.annotations.find((x) => x.props.title?.includes('workflow-disabled-job'))!;
    expect(a.props).toMatchObject({ file: '.github/workflows/api.yml', line: '26' });
    const sarif = JSON.parse(readFileSync(join(ws, 'readiness-gate.sarif'), 'utf8')) as Sarif;
    expect(validateSarif(sarif)).toEqual([]);
    const res = sarif.runs[0]!.results.find((x) => x.ruleId === 'workflow-disabled-job')!;
    expect(res.locations[0]!.physicalLocation).toMatchObject({ artifactLocation: { uri: '.github/workflows/api.yml' }, region: { startLine: 26 } });
    expect(r.summary).toContain(`https://github.com/acme/shop/blob/${SHA}/.github/workflows/api.yml#L26`);
    expect(r.summary).not.toMatch(/services\/api\/\.\.\//);
  });

  it('writes the same report when the folder is read on worker threads (the root files stay on the main thread)', () => {
    const first = readFileSync(join(ws, 'readiness-report.json'), 'utf8');
    const again = runAction({ workspace: ws, inputs: { path: 'services/api', 'sarif-rules': 'all' }, env: { READINESS_GATE_WORKERS: '2' } });
    expect(again.status).toBe(1);
    expect(readFileSync(join(ws, 'readiness-report.json'), 'utf8')).toBe(first);
  });
});
