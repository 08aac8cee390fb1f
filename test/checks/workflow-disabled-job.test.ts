import { describe, expect, it } from 'vitest';
import check from '../../src/checks/workflow-disabled-job/index.js';
import { findingsOf, scanTree } from '../helpers/rule-tester.js';
import { fixtureRepo } from '../fixtures/repos/load.js';

const wf = (body: string) => ({ '.github/workflows/w.yml': `name: w\non: push\njobs:\n${body}` });

describe('workflow-disabled-job', () => {
  it.each(['false', '${{ false }}', "'false'", '0', '${{ 0 }}', '"${{ false && github.ref == \'x\' }}"'])('a job with `if: %s` is reported at the if: line', async (cond) => {
    const fs = await findingsOf(check, wf(`  lint:\n    if: ${cond}\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run lint\n`));
    expect(fs.map((f) => [f.ruleId, f.severity, f.line])).toEqual([['workflow-disabled-job', 'P1', 5]]);
  });

  it('a deploy-like job is P0: by its commands, its environment, or because a deploy job needs it', async () => {
    const fs = await findingsOf(
      check,
      wf(
        `  build:\n    if: false\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker build .\n` +
          `  ship:\n    needs: build\n    runs-on: ubuntu-latest\n    steps:\n      - run: helm upgrade --install api chart/\n` +
          `  prod:\n    if: \${{ false }}\n    environment: production\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./promote.sh\n`,
      ),
    );
    expect(fs.map((f) => [f.severity, f.line, /needs it|environment/.test(f.message)])).toEqual([
      ['P0', 5, true],
      ['P0', 15, true],
    ]);
  });

  it('reports a switched-off step; a deploy step is P0', async () => {
    const fs = await findingsOf(check, wf(`  j:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Apply\n        if: 'false'\n        run: kubectl apply -f k8s/\n      - if: false\n        run: echo hi\n`));
    expect(fs.map((f) => [f.severity, f.line])).toEqual([
      ['P0', 8],
      ['P1', 10],
    ]);
  });

  it.each(["github.ref == 'refs/heads/main'", 'false || true', '${{ failure() }}', 'true', "${{ 'false' }}", 'falsey'])('near-miss: `if: %s` is a real condition', async (cond) => {
    expect(await findingsOf(check, wf(`  j:\n    if: ${cond}\n    runs-on: ubuntu-latest\n    steps:\n      - run: make deploy\n`))).toEqual([]);
  });

  it('reports malformed workflow YAML and still checks the other workflows', async () => {
    const r = await scanTree([check], { '.github/workflows/bad.yml': 'jobs:\n  a: [\n', ...wf('  j:\n    if: false\n    steps: []\n') });
    expect(r.malformed.filter((m) => m.kind === 'workflow').map((m) => [m.path, m.kind])).toEqual([['.github/workflows/bad.yml', 'workflow']]);
    expect(r.findings.map((f) => f.location.path)).toEqual(['.github/workflows/w.yml']);
  });

  it('fixture: express-kustomize — the e2e job (P1) and the production rollout step (P0)', async () => {
    const fs = await findingsOf(check, fixtureRepo('express-kustomize'));
    expect(fs.map((f) => [f.path, f.line, f.severity])).toEqual([
      ['.github/workflows/release.yml', 23, 'P0'],
      ['.github/workflows/ci.yml', 18, 'P1'],
    ]);
  });

  it('fixtures without switched-off jobs: nothing', async () => {
    for (const repo of ['fastapi-gateway', 'go-raw', 'py-library'] as const) expect(await findingsOf(check, fixtureRepo(repo))).toEqual([]);
  });
});
