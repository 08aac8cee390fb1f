import { describe, expect, it } from 'vitest';
import check from '../../src/checks/no-runbook/index.js';
import { findingsOf, scanTree } from '../helpers/rule-tester.js';
import { fixtureRepo } from '../fixtures/repos/load.js';

const svc = { Dockerfile: 'FROM node:22\n', 'README.md': '# api\n\n## Usage\n\nnpm start\n' };

describe('no-runbook', () => {
  it('reports a service without a runbook, at "."', async () => {
    const fs = await findingsOf(check, { ...svc, 'src/operations/math.js': '' });
    expect(fs.map((f) => [f.ruleId, f.severity, f.path])).toEqual([['no-runbook', 'P2', '.']]);
  });

  it.each([
    ['RUNBOOK.md', '# Runbook\n'],
    ['docs/runbook.md', '# x\n'],
    ['docs/operations/deploy.md', '# x\n'],
    ['runbooks/db-failover.md', '# x\n'],
    ['README.md', '# api\n\n## Operations\n\nRestart with ...\n'],
    ['docs/guide.md', '# Guide\n\n### Troubleshooting\n'],
  ])('near-miss: %s', async (path, text) => {
    expect(await findingsOf(check, { ...svc, [path]: text })).toEqual([]);
  });

  it('fixtures: docs/runbook.md (gateway), an Operations section (Express), none (Go)', async () => {
    expect(await findingsOf(check, fixtureRepo('fastapi-gateway'))).toEqual([]);
    expect(await findingsOf(check, fixtureRepo('express-kustomize'))).toEqual([]);
    expect((await findingsOf(check, fixtureRepo('go-raw'))).length).toBe(1);
    expect((await scanTree([check], fixtureRepo('py-library'))).findings).toEqual([]);
  });
});
