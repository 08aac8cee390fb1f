import { describe, expect, it } from 'vitest';
import check from '../../src/checks/workflow-masked-failure/index.js';
import { findingsOf, scanTree } from '../helpers/rule-tester.js';
import { fixtureRepo } from '../fixtures/repos/load.js';

const steps = (s: string) => ({ '.github/workflows/ci.yml': `on: push\njobs:\n  ci:\n    runs-on: ubuntu-latest\n    steps:\n${s}` });

describe('workflow-masked-failure', () => {
  it.each([
    ['bandit -r app || true', 'security scan'],
    ['npm audit --audit-level=high || :', 'security scan'],
    ['pytest -q || exit 0', 'test run'],
    ['go test ./... || echo "tests failed"', 'test run'],
    ['poetry run mypy src || true', 'type check'],
    ['npx eslint . && echo ok || true', 'lint'],
    ['flake8 --exit-zero', 'lint'],
    ['gosec -no-fail ./...', 'security scan'],
    ['checkov -d . --soft-fail', 'security scan'],
    ['uv run --no-sync bash scripts/test.sh || true', 'test run'],
  ])('`%s` is reported as a %s that cannot fail', async (cmd, kind) => {
    const fs = await findingsOf(check, steps(`      - run: ${JSON.stringify(cmd)}\n`));
    expect(fs.map((f) => [f.ruleId, f.severity, f.line])).toEqual([['workflow-masked-failure', 'P1', 6]]);
    expect(fs[0]!.message).toContain(kind);
  });

  it('reports continue-on-error on a check step, and `set +e` before a check that is not last', async () => {
    const fs = await findingsOf(check, steps(`      - run: npm test\n        continue-on-error: true\n      - run: |\n          set +e\n          trivy fs .\n          echo done\n`));
    expect(fs.map((f) => [f.line, /continue-on-error|set \+e/.test(f.message)])).toEqual([
      [6, true],
      [10, true],
    ]);
  });

  it.each([
    'kill $SERVER_PID || true',
    'rm -f coverage.xml || true',
    'docker rm -f db || true',
    'pytest -q; true',
    'pytest || { echo "failed"; exit 1; }',
    'bandit -r app',
    'echo "pytest || true"',
    "cat <<EOF > notes.txt\npytest || true\nEOF",
  ])('near-miss: `%s` is not reported', async (cmd) => {
    expect(await findingsOf(check, steps(`      - run: |\n          ${cmd.replace(/\n/g, '\n          ')}\n`))).toEqual([]);
  });

  it('a continue-on-error step that is not a check is not reported', async () => {
    expect(await findingsOf(check, steps('      - run: ./upload-artifacts.sh\n        continue-on-error: true\n'))).toEqual([]);
  });

  it('owns the "security scans in CI" gap row', async () => {
    expect((await scanTree([check], steps('      - run: bandit -r . || true\n'))).gaps).toEqual([{ area: 'security', component: 'security scans in CI', status: 'disabled', evidence: '.github/workflows/ci.yml' }]);
    expect((await scanTree([check], steps('      - uses: github/codeql-action/analyze@v3\n'))).gaps[0]!.status).toBe('present');
    expect((await scanTree([check], steps('      - run: make\n'))).gaps[0]!.status).toBe('missing');
  });

  it('fixtures: the masked lint and audit of the gateway, the masked tests of the Express service; the cleanup `kill || true` is not', async () => {
    expect((await findingsOf(check, fixtureRepo('fastapi-gateway'))).map((f) => [f.line, f.message.split(' cannot')[0]])).toEqual([
      [16, 'The lint `uv run ruff check . --exit-zero` in job `test` of .github/workflows/ci.yml'],
      [24, 'The security scan `uv run pip-audit` in job `test` of .github/workflows/ci.yml'],
    ]);
    expect((await findingsOf(check, fixtureRepo('express-kustomize'))).map((f) => [f.path, f.line])).toEqual([['.github/workflows/ci.yml', 15]]);
    expect(await findingsOf(check, fixtureRepo('py-library'))).toEqual([]);
  });
});
