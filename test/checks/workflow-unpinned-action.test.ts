import { describe, expect, it } from 'vitest';
import check from '../../src/checks/workflow-unpinned-action/index.js';
import { findingsOf } from '../helpers/rule-tester.js';
import { fixtureRepo } from '../fixtures/repos/load.js';

const steps = (s: string) => ({ '.github/workflows/b.yml': `on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n${s}` });

describe('workflow-unpinned-action', () => {
  it('reports third-party actions on tags and branches, and reusable workflows of other repositories', async () => {
    const fs = await findingsOf(check, {
      ...steps('      - uses: docker/build-push-action@v6\n      - uses: aquasecurity/trivy-action@master\n      - uses: some/action\n'),
      '.github/workflows/c.yml': 'on: push\njobs:\n  call:\n    uses: acme/shared/.github/workflows/deploy.yml@main\n',
    });
    expect(fs.map((f) => [f.path, f.line, f.severity])).toEqual([
      ['.github/workflows/b.yml', 6, 'P2'],
      ['.github/workflows/b.yml', 7, 'P2'],
      ['.github/workflows/b.yml', 8, 'P2'],
      ['.github/workflows/c.yml', 4, 'P2'],
    ]);
  });

  it('near-misses: full SHAs, first-party actions/* and github/*, local and self-repository ($/) actions and workflows, docker images', async () => {
    expect(
      await findingsOf(
        check,
        steps(
          '      - uses: docker/build-push-action@4f58ea79222b3b9dc2c8bbdd6debcef730109a75 # v6.9.0\n      - uses: actions/checkout@v4\n      - uses: github/codeql-action/init@v3\n      - uses: ./.github/actions/setup\n      - uses: $/fleet\n      - uses: docker://alpine:3.20\n',
        ),
      ),
    ).toEqual([]);
  });

  it('fixtures', async () => {
    expect((await findingsOf(check, fixtureRepo('fastapi-gateway'))).map((f) => [f.path, f.line])).toEqual([
      ['.github/workflows/ci.yml', 13],
      ['.github/workflows/deploy.yml', 13],
    ]);
    expect((await findingsOf(check, fixtureRepo('express-kustomize'))).map((f) => [f.path, f.line])).toEqual([['.github/workflows/release.yml', 10]]);
  });
});
