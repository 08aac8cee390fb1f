// `path: services/api`: the repository root's workflows and CODEOWNERS still count (issue 13, item 5),
// judged from the folder's point of view, and findings on them locate at the repository root.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../src/checks/index.js';
import { run } from '../../src/main.js';
import { selectAnnotations } from '../../src/report/annotations.js';
import { buildSarif } from '../../src/report/sarif.js';
import { renderSummary } from '../../src/report/summary.js';
import type { RunResult } from '../../src/model/result.js';
import { writeTree } from '../helpers/rule-tester.js';

const REPO_RULES = ['no-ci-tests', 'no-deploy-pipeline', 'no-codeowners', 'workflow-disabled-job', 'workflow-permissions', 'workflow-masked-failure', 'workflow-unpinned-action', 'workflow-script-injection'];
const checks = ALL_CHECKS.filter((c) => REPO_RULES.includes(c.meta.id));
const SHA = '0123456789abcdef0123456789abcdef01234567';

const API = {
  'services/api/package.json': '{"name":"api","version":"1.0.0","scripts":{"test":"vitest run"}}\n',
  'services/api/src/server.ts': "import http from 'node:http';\nhttp.createServer().listen(8080);\n",
  'services/api/Dockerfile': 'FROM node:20-alpine@sha256:' + 'a'.repeat(64) + '\nCMD ["node", "src/server.js"]\n',
  'services/web/package.json': '{"name":"web"}\n',
};

const API_WORKFLOW = `name: api
on:
  push:
    branches: [main]
    paths: ['services/api/**', '.github/workflows/api.yml']
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
      - run: npm ci
      - run: npm test
  deploy:
    needs: test
    runs-on: ubuntu-latest
    environment: production
    steps:
      - run: kubectl apply -f services/api/k8s/
`;

const WEB_WORKFLOW = `name: web
on:
  push:
    paths: ['services/web/**']
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: cd services/web && npm test
  deploy:
    if: false
    runs-on: ubuntu-latest
    environment: production
    steps:
      - run: cd services/web && kubectl apply -f k8s/
`;

async function scanApi(files: Record<string, string>, github = false): Promise<RunResult> {
  const ws = writeTree(files);
  return run(
    { path: 'services/api', report: '', sarif: '', sbom: '', 'vulnerability-scan': 'off', 'sarif-rules': 'all' },
    { cwd: ws, checks, today: '2026-11-23', ...(github ? { github: { repository: 'acme/shop', sha: SHA, workspace: ws, serverUrl: 'https://github.com' } } : {}) },
  );
}

const ids = (r: RunResult) => r.findings.map((f) => f.ruleId);
const gap = (r: RunResult, component: string) => r.gaps.find((g) => g.component === component);

describe('a scan of services/api in a repository whose CI and owners live at the root', () => {
  it('sees the root workflows and CODEOWNERS: no false no-ci-tests, no-deploy-pipeline or no-codeowners', async () => {
    const r = await scanApi({ ...API, '.github/workflows/api.yml': API_WORKFLOW, '.github/CODEOWNERS': '* @acme/platform\n' });
    expect(ids(r)).toEqual([]);
    expect(gap(r, 'tests in CI')).toMatchObject({ status: 'present', evidence: '../../.github/workflows/api.yml:19' });
    expect(gap(r, 'deploy pipeline')).toMatchObject({ status: 'present', evidence: '../../.github/workflows/api.yml:20' });
    expect(gap(r, 'CODEOWNERS')).toMatchObject({ status: 'present', evidence: '../../.github/CODEOWNERS' });
    // Not counted as scanned files: the folder's own are.
    expect(r.files.scanned).toBe(3);
  });

  it('reports the three gaps when the root has none of them (the folder is still judged)', async () => {
    const r = await scanApi({ ...API, 'README.md': '# shop\n' });
    expect(ids(r).sort()).toEqual(['no-ci-tests', 'no-codeowners', 'no-deploy-pipeline']);
    expect(r.findings.every((f) => f.location.path === '.')).toBe(true);
  });

  it('does not count a workflow filtered to another folder, nor its jobs, nor its switched-off deploy', async () => {
    const r = await scanApi({ ...API, '.github/workflows/web.yml': WEB_WORKFLOW, '.github/CODEOWNERS': '* @acme/platform\n' });
    expect(ids(r).sort()).toEqual(['no-ci-tests', 'no-deploy-pipeline']);
    const noTests = r.findings.find((f) => f.ruleId === 'no-ci-tests')!;
    expect(noTests).toMatchObject({ messageId: 'noTests', location: { path: '../../.github/workflows/web.yml' } });
    expect(r.findings.find((f) => f.ruleId === 'no-deploy-pipeline')!.message).toContain('../../.github/workflows/web.yml');
  });

  it('does not count jobs of a shared workflow that work in another folder, and counts the one that works in this one', async () => {
    const shared = `on: [push, pull_request]
jobs:
  web:
    runs-on: ubuntu-latest
    steps:
      - run: npm --prefix services/web test
  api:
    runs-on: ubuntu-latest
    steps:
      - working-directory: services/api
        run: npm test
`;
    const onlyWeb = shared.replace(/ {2}api:[\s\S]*$/, '');
    // Only a job about services/web: nothing of it is judged from services/api (not even its missing `permissions:`).
    expect(ids(await scanApi({ ...API, '.github/workflows/ci.yml': onlyWeb, CODEOWNERS: '* @acme/a\n' }))).toEqual(['no-ci-tests', 'no-deploy-pipeline']);
    const both = await scanApi({ ...API, '.github/workflows/ci.yml': shared, CODEOWNERS: '* @acme/a\n' });
    // The workflow concerns the folder, so the workflow rules judge it too (here: no `permissions:`).
    expect(both.findings.map((f) => [f.ruleId, f.location.path])).toEqual([
      ['no-deploy-pipeline', '../../.github/workflows/ci.yml'],
      ['workflow-permissions', '../../.github/workflows/ci.yml'],
    ]);
    expect(gap(both, 'tests in CI')).toMatchObject({ status: 'present', evidence: '../../.github/workflows/ci.yml:11' });
  });

  it('judges the CODEOWNERS GitHub reads, at the root, before one in the folder', async () => {
    const empty = await scanApi({ ...API, '.github/CODEOWNERS': '# nobody yet\n', 'services/api/CODEOWNERS': '* @acme/api\n', '.github/workflows/api.yml': API_WORKFLOW });
    expect(empty.findings.map((f) => [f.ruleId, f.location.path])).toEqual([['no-codeowners', '../../.github/CODEOWNERS']]);
    expect(empty.findings[0]!.message).toMatch(/^\.\.\/\.\.\/\.github\/CODEOWNERS assigns no owner/);
  });

  it('does not follow a root CODEOWNERS that is a link, and says so', async () => {
    const ws = writeTree({ ...API, 'elsewhere/owners': '* @acme/someone\n', '.github/workflows/api.yml': API_WORKFLOW });
    symlinkSync('../elsewhere/owners', join(ws, '.github/CODEOWNERS'));
    const r = await run({ path: 'services/api', report: '', sarif: '', sbom: '', 'vulnerability-scan': 'off' }, { cwd: ws, checks, today: '2026-11-23' });
    expect(r.findings.map((f) => [f.ruleId, f.location.path])).toEqual([['no-codeowners', '.']]);
    expect(r.notices).toContain('the repository-level file ../../.github/CODEOWNERS was not read: it is a symbolic link');
  });

  it('takes a suppression by the path the report writes, and `**` does not reach above the folder', async () => {
    const files = { ...API, '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm --prefix services/api test\n', CODEOWNERS: '* @acme/a\n' };
    const config = (path: string) => ({ 'services/api/.readiness-gate.yml': `suppressions:\n  - rule: workflow-permissions\n    path: "${path}"\n    reason: the root workflow is the platform team's\n    expires: 2027-06-30\n` });
    const active = (r: RunResult) => r.findings.filter((f) => f.ruleId === 'workflow-permissions').map((f) => f.location.path);
    expect(active(await scanApi({ ...files, ...config('**') }))).toEqual(['../../.github/workflows/ci.yml']);
    const r = await scanApi({ ...files, ...config('../../.github/workflows/*.yml') });
    expect(active(r)).toEqual([]);
    expect(r.suppressed.map((f) => [f.ruleId, f.location.path])).toEqual([['workflow-permissions', '../../.github/workflows/ci.yml']]);
  });

  it('judges a folder with workflows of its own as a repository of its own: the root is not read', async () => {
    const r = await scanApi({ ...API, 'services/api/.github/workflows/own.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n', '.github/workflows/api.yml': API_WORKFLOW, '.github/CODEOWNERS': '* @acme/platform\n' });
    expect(r.findings.map((f) => [f.ruleId, f.location.path])).toEqual([
      ['no-deploy-pipeline', '.github/workflows/own.yml'],
      ['no-codeowners', '.'],
      ['workflow-permissions', '.github/workflows/own.yml'],
    ]);
  });

  it('reports a workflow rule on a root workflow that concerns the folder, at the repository-relative path in SARIF, annotations and summary links', async () => {
    const disabled = API_WORKFLOW.replace('    needs: test\n', '    needs: test\n    if: false\n');
    const r = await scanApi({ ...API, '.github/workflows/api.yml': disabled, '.github/workflows/web.yml': WEB_WORKFLOW, '.github/CODEOWNERS': '* @acme/platform\n' }, true);
    // web.yml's switched-off deploy is another folder's: only api.yml's is reported.
    const f = r.findings.filter((x) => x.ruleId === 'workflow-disabled-job');
    expect(f.map((x) => [x.severity, x.location])).toEqual([['P0', { path: '../../.github/workflows/api.yml', line: 22 }]]);
    expect(r.links?.prefix).toBe('services/api');

    const sarif = buildSarif(r) as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }> }> }> };
    const result = sarif.runs[0]!.results.find((x) => x.ruleId === 'workflow-disabled-job')!;
    expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toBe('.github/workflows/api.yml');
    expect(result.locations[0]!.physicalLocation.region?.startLine).toBe(22);

    const annotation = selectAnnotations(r, 50).find((a) => a.title?.includes('workflow-disabled-job'))!;
    expect(annotation).toMatchObject({ file: '.github/workflows/api.yml', startLine: 22 });

    const summary = renderSummary(r);
    expect(summary).toContain(`https://github.com/acme/shop/blob/${SHA}/.github/workflows/api.yml#L22`);
    expect(summary).not.toContain('services/api/../');
  });
});
