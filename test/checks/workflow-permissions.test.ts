import { describe, expect, it } from 'vitest';
import check from '../../src/checks/workflow-permissions/index.js';
import { findingsOf } from '../helpers/rule-tester.js';
import { fixtureRepo } from '../fixtures/repos/load.js';

const job = '  j:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n';

describe('workflow-permissions', () => {
  it('reports a workflow without a top-level permissions block, at the file, with no line', async () => {
    const fs = await findingsOf(check, { '.github/workflows/a.yml': `on: push\njobs:\n${job}` });
    expect(fs.map((f) => [f.ruleId, f.severity, f.path, f.line])).toEqual([['workflow-permissions', 'P2', '.github/workflows/a.yml', undefined]]);
  });

  it('reports write-all at the top and on a job, at its line', async () => {
    const fs = await findingsOf(check, { '.github/workflows/a.yml': `on: push\npermissions: write-all\njobs:\n  j:\n    permissions: write-all\n    runs-on: x\n    steps: [{ run: make }]\n` });
    expect(fs.map((f) => f.line)).toEqual([2, 5]);
  });

  it('near-misses: read-all, a scoped block, every job scoped, a reusable workflow, an empty block', async () => {
    for (const text of [
      `on: push\npermissions: read-all\njobs:\n${job}`,
      `on: push\npermissions:\n  contents: read\n  packages: write\njobs:\n${job}`,
      `on: push\njobs:\n  j:\n    permissions:\n      contents: read\n    runs-on: x\n    steps: [{ run: make }]\n`,
      `on:\n  workflow_call:\njobs:\n${job}`,
      `on: push\npermissions: {}\njobs:\n${job}`,
    ]) {
      expect(await findingsOf(check, { '.github/workflows/a.yml': text })).toEqual([]);
    }
  });

  it('fixtures: write-all on the gateway deploy; the Express release workflow has no block; its CI scopes every job', async () => {
    expect((await findingsOf(check, fixtureRepo('fastapi-gateway'))).map((f) => [f.path, f.line])).toEqual([['.github/workflows/deploy.yml', 5]]);
    expect((await findingsOf(check, fixtureRepo('express-kustomize'))).map((f) => [f.path, f.line])).toEqual([['.github/workflows/release.yml', undefined]]);
    expect(await findingsOf(check, fixtureRepo('py-library'))).toEqual([]);
  });
});
