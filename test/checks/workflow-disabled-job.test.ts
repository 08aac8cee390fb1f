import check from '../../src/checks/workflow-disabled-job/index.js';
import { testCheck } from '../helpers/check-tester.js';
import { fixtureRepo } from '../fixtures/repos/load.js';

const wf = (body: string) => ({ '.github/workflows/w.yml': `name: w\non: push\njobs:\n${body}` });

const FALSE_CONDITIONS = ['false', '${{ false }}', "'false'", '0', '${{ 0 }}', '"${{ false && github.ref == \'x\' }}"'];
const REAL_CONDITIONS = ["github.ref == 'refs/heads/main'", 'false || true', '${{ failure() }}', 'true', "${{ 'false' }}", 'falsey'];

testCheck(check, {
  invalid: [
    ...FALSE_CONDITIONS.map((cond) => ({
      name: `a job with \`if: ${cond}\` is reported at the if: line`,
      files: wf(`  lint:\n    if: ${cond}\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run lint\n`),
      errors: [{ messageId: 'job', line: 5, severity: 'P1' as const }],
    })),
    {
      name: 'a deploy-like job is P0: by its commands, its environment, or because a deploy job needs it',
      files: wf(
        `  build:\n    if: false\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker build .\n` +
          `  ship:\n    needs: build\n    runs-on: ubuntu-latest\n    steps:\n      - run: helm upgrade --install api chart/\n` +
          `  prod:\n    if: \${{ false }}\n    environment: production\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./promote.sh\n`,
      ),
      errors: [
        { messageId: 'jobDeploy', line: 5, severity: 'P0', data: { job: 'build', why: 'the deploy job "ship" needs it' } },
        { messageId: 'jobDeploy', line: 15, severity: 'P0', data: { job: 'prod', why: 'it deploys to environment "production"' } },
      ],
    },
    {
      name: 'a switched-off step; a deploy step is P0',
      files: wf(`  j:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Apply\n        if: 'false'\n        run: kubectl apply -f k8s/\n      - if: false\n        run: echo hi\n`),
      errors: [
        { messageId: 'stepDeploy', line: 8, severity: 'P0', data: { step: 'Apply', job: 'j' } },
        { messageId: 'step', line: 10, severity: 'P1' },
      ],
    },
    {
      name: 'a switched-off step inside a parallel group is seen: a deploy step is P0, named by its place in the group',
      files: wf(
        `  j:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - parallel:\n` +
          `        - run: npm test\n        - if: false\n          run: kubectl apply -f k8s/\n        - if: false\n          run: echo hi\n`,
      ),
      errors: [
        { messageId: 'stepDeploy', line: 10, severity: 'P0', data: { step: '#2.2', job: 'j' } },
        { messageId: 'step', line: 12, severity: 'P1', data: { step: '#2.3' } },
      ],
    },
    {
      name: 'a condition on a parallel group holds for its steps without one of their own',
      files: wf(`  j:\n    runs-on: ubuntu-latest\n    steps:\n      - if: false\n        parallel:\n          - run: helm upgrade --install api chart/\n          - if: always()\n            run: echo hi\n`),
      errors: [{ messageId: 'stepDeploy', line: 7, severity: 'P0' }],
    },
    {
      name: 'malformed workflow YAML is noted, and the other workflows are still checked',
      files: { '.github/workflows/bad.yml': 'jobs:\n  a: [\n', ...wf('  j:\n    if: false\n    steps: []\n') },
      malformed: [{ path: '.github/workflows/bad.yml', kind: 'workflow' }],
      errors: [{ messageId: 'job', path: '.github/workflows/w.yml', line: 5 }],
    },
    {
      name: 'fixture: express-kustomize — the production rollout step (P0) and the e2e job (P1)',
      files: fixtureRepo('express-kustomize'),
      errors: [
        { messageId: 'stepDeploy', path: '.github/workflows/release.yml', line: 23, severity: 'P0' },
        { messageId: 'job', path: '.github/workflows/ci.yml', line: 18, severity: 'P1' },
      ],
    },
  ],
  valid: [
    ...REAL_CONDITIONS.map((cond) => ({
      name: `near-miss: \`if: ${cond}\` is a real condition`,
      files: wf(`  j:\n    if: ${cond}\n    runs-on: ubuntu-latest\n    steps:\n      - run: make deploy\n`),
    })),
    {
      name: 'near-miss: a parallel group of steps with real conditions',
      files: wf(`  j:\n    runs-on: ubuntu-latest\n    steps:\n      - parallel:\n          - run: npm test\n          - if: github.ref == 'refs/heads/main'\n            run: kubectl apply -f k8s/\n`),
    },
    ...(['fastapi-gateway', 'go-raw', 'py-library'] as const).map((repo) => ({ name: `fixture without switched-off jobs: ${repo}`, files: fixtureRepo(repo) })),
  ],
});
