import { describe, expect, it } from 'vitest';
import check from '../../src/checks/no-ci-tests/index.js';
import { findingsOf, scanTree } from '../helpers/rule-tester.js';
import { fixtureRepo } from '../fixtures/repos/load.js';

const wf = (run: string, extra = '') => ({ '.github/workflows/ci.yml': `on: push\njobs:\n  ci:\n${extra}    runs-on: ubuntu-latest\n    steps:\n      - run: ${run}\n` });

describe('no-ci-tests', () => {
  it('reports a repository without CI at all', async () => {
    const fs = await findingsOf(check, { 'app.py': '' });
    expect(fs.map((f) => [f.ruleId, f.severity, f.path, f.message.startsWith('No CI configuration')])).toEqual([['no-ci-tests', 'P1', '.', true]]);
  });

  it('reports CI that never runs tests, at the first CI file', async () => {
    const fs = await findingsOf(check, wf('npm run build'));
    expect(fs.map((f) => [f.path, f.line])).toEqual([['.github/workflows/ci.yml', undefined]]);
  });

  it("a job running another repository's reusable workflow may run the tests: likely, the workflow named (monica's monicahq/workflows laravel.yml)", async () => {
    const calls = (uses: string, extra = '') => ({ '.github/workflows/tests.yml': `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run build\n  tests:\n${extra}    uses: ${uses}\n` });
    const fs = await findingsOf(check, calls('monicahq/workflows/.github/workflows/laravel.yml@v2'));
    expect(fs.map((f) => [f.severity, f.certainty, f.gap])).toEqual([
      ['P1', 'likely', 'job `tests` (.github/workflows/tests.yml:8) runs the reusable workflow `monicahq/workflows/.github/workflows/laravel.yml@v2` of another repository, which is not read: it may run the tests'],
    ]);
    // near misses: a reusable workflow of this repository is read as its own file; a switched-off job runs nothing
    expect((await findingsOf(check, { ...calls('./.github/workflows/build.yml'), '.github/workflows/build.yml': 'on: workflow_call\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run build\n' })).map((f) => f.certainty)).toEqual(['proven']);
    expect((await findingsOf(check, calls('monicahq/workflows/.github/workflows/laravel.yml@v2', '    if: false\n'))).map((f) => f.certainty)).toEqual(['proven']);
  });

  it("a Dockerfile the CI builds runs its RUN steps in CI: `RUN go test` there is a test run (openfaas/faas' gateway); near misses: a build that tests nothing, a testing Dockerfile no CI builds", async () => {
    const ci = (file: string) => ({ '.github/workflows/build.yml': `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          file: ${file}\n          tags: ghcr.io/acme/gateway:latest\n` });
    const dockerfile = (run: string) => `FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\n${run}\nRUN go build -o /gateway .\n`;
    const r = await scanTree([check], { ...ci('./gateway/Dockerfile'), 'gateway/Dockerfile': dockerfile('RUN go test $(go list ./... | grep -v /vendor/) -cover') });
    expect(r.findings).toEqual([]);
    expect(r.gaps).toEqual([{ area: 'tests', component: 'tests in CI', status: 'present', evidence: 'gateway/Dockerfile:4' }]);
    expect((await findingsOf(check, { ...ci('./gateway/Dockerfile'), 'gateway/Dockerfile': dockerfile('RUN go vet ./...') })).length).toBe(1);
    expect((await findingsOf(check, { ...ci('./gateway/Dockerfile'), 'gateway/Dockerfile': dockerfile('RUN go vet ./...'), 'test/Dockerfile': dockerfile('RUN go test ./...') })).length).toBe(1);
  });

  it('reports tests that only run in switched-off jobs, with a disabled gap', async () => {
    const r = await scanTree([check], wf('pytest', '    if: false\n'));
    expect(r.findings.map((f) => [f.location.path, f.location.line])).toEqual([['.github/workflows/ci.yml', 7]]);
    expect(r.gaps).toEqual([{ area: 'tests', component: 'tests in CI', status: 'disabled', evidence: '.github/workflows/ci.yml' }]);
  });

  it.each(['pytest -q', 'npm test', 'go test ./...', 'mvn -B verify', './gradlew build', 'make test', 'python -m pytest', 'uv run pytest', 'npm run test:unit', 'bash scripts/test.sh', 'pnpm run ci',
    // seen in pallets/click and maybe-finance/maybe; service name before the command
    'uv run --locked --no-default-groups --group dev tox run', 'bin/rails test', 'DISABLE_PARALLELIZATION=true bin/rails test:system', 'docker compose run --rm -e CI=1 api pytest',
    // open-telemetry/opentelemetry-demo, GoogleCloudPlatform/bank-of-anthos
    'make run-telemetry-tests-agentic', 'skaffold test --profile=development',
    // huginn/huginn: the default rake task is the suite (rspec-rails)
    'bundle exec rake', 'rake',
    // searxng/searxng, basecamp/once-campfire
    'make V=1 ci.test', 'bin/rails db:setup test',
    // lldap/lldap: rustup's toolchain selector
    'cargo +nightly test --workspace',
    // shlinkio/shlink: a composer script named for its tests
    'composer test:unit:ci', 'composer run-script test', 'vendor/bin/pest --parallel',
    // taigaio/taiga-back: coverage.py runs the suite (its options first, `-p` a flag there)
    "coverage run --source=taiga --omit='*tests*' -m pytest -v", 'coverage run manage.py test', 'coverage run -p -m pytest', 'python -m coverage run --rcfile .coveragerc -m pytest',
    // nautobot/nautobot: Python's Invoke runs the suite as a task
    'poetry run invoke tests --parallel', 'inv integration-test',
    // nsidnev/fastapi-realworld-example-app, parseablehq/parseable: scripts-to-rule-them-all by path; cargo-hack and cargo-llvm-cov
    'poetry run ./scripts/test', 'script/test', 'bash scripts/test-unit', 'cargo hack llvm-cov nextest --workspace', 'cargo llvm-cov --lcov --output-path lcov.info', 'cargo hack --each-feature test',
    // rubyforgood/human-essentials: a script named for its runner, and a runner's rake task
    'bin/knapsack_pro_rspec', 'bundle exec rake knapsack_pro:rspec', 'bundle exec rake parallel:spec',
    // mattermost/focalboard: a make target named with the matrix
    "make server-test-${{matrix['db']}}"])('near-miss: `%s` runs the tests', async (cmd) => {
    expect(await findingsOf(check, { ...wf(cmd), 'package.json': '{"scripts": {"ci": "vitest run"}}' })).toEqual([]);
  });

  it.each(['coverage report', 'coverage run scripts/build.py', 'coverage xml -o coverage.xml'])('`%s` runs no tests', async (cmd) => {
    expect((await findingsOf(check, wf(cmd))).length).toBe(1);
  });

  it('tests run inside a parallel step group count; a build-only group does not', async () => {
    const group = (runs: string[]) => ({ '.github/workflows/ci.yml': `on: push\njobs:\n  ci:\n    runs-on: ubuntu-latest\n    steps:\n      - parallel:\n${runs.map((r) => `        - run: ${r}\n`).join('')}` });
    expect(await findingsOf(check, group(['npm run lint', 'npm test']))).toEqual([]);
    expect((await findingsOf(check, group(['npm run lint', 'npm run build']))).length).toBe(1);
  });

  it('near-miss: the environment named with -e is not a task; a target word only inside a word is none', async () => {
    expect((await findingsOf(check, wf('bin/rails -e test db:migrate'))).length).toBe(1);
    expect((await findingsOf(check, wf('make testdata'))).length).toBe(1);
    expect((await findingsOf(check, wf('invoke build-docs'))).length).toBe(1);
    // the shell's `test` builtin, a script named otherwise, and cargo-llvm-cov's report
    expect((await findingsOf(check, wf('test -f dist/index.js'))).length).toBe(1);
    expect((await findingsOf(check, wf('./scripts/testdata-gen'))).length).toBe(1);
    expect((await findingsOf(check, wf('cargo llvm-cov report --lcov'))).length).toBe(1);
    expect((await findingsOf(check, wf('bundle exec rake db:test:prepare'))).length).toBe(1);
    expect((await findingsOf(check, wf('composer install --no-interaction'))).length).toBe(1);
  });

  it('a named rake task other than test or spec is not a test run', async () => {
    expect((await findingsOf(check, wf('bundle exec rake assets:precompile'))).length).toBe(1);
  });

  it('near-miss: `make check-clean-work-tree` is not a test run', async () => {
    expect((await findingsOf(check, wf('make check-clean-work-tree'))).length).toBe(1);
  });

  it('reads a Cloud Build folder (GoogleCloudPlatform/bank-of-anthos)', async () => {
    expect(await findingsOf(check, { '.github/cloudbuild/ci-pr.yaml': "steps:\n  - name: gcr.io/k8s-skaffold/skaffold\n    entrypoint: bash\n    args: ['-c', 'skaffold test --assume-yes']\n" })).toEqual([]);
  });

  it('reads other CI systems: GitLab, Jenkinsfile, CircleCI', async () => {
    expect(await findingsOf(check, { '.gitlab-ci.yml': 'test:\n  script:\n    - go test ./...\n' })).toEqual([]);
    expect(await findingsOf(check, { Jenkinsfile: "pipeline { stages { stage('t') { steps { sh 'mvn -B test' } } } }\n" })).toEqual([]);
    expect(await findingsOf(check, { '.circleci/config.yml': 'jobs:\n  t:\n    steps:\n      - run: npm test\n' })).toEqual([]);
  });

  it('fixtures: every fixture runs its tests in CI (the Express one masked, still run)', async () => {
    for (const repo of ['fastapi-gateway', 'express-kustomize', 'go-raw', 'py-library'] as const) expect(await findingsOf(check, fixtureRepo(repo))).toEqual([]);
  });
});
