import { describe, expect, it } from 'vitest';
import { covers, mayMatchInside, workflowScope } from '../../src/analysis/workflow-scope.js';
import { parseWorkflow } from '../../src/analysis/workflow.js';

const scope = (yaml: string, folder = 'services/api') => {
  const s = workflowScope(parseWorkflow('.github/workflows/x.yml', yaml), folder);
  return { triggered: s.triggered, jobs: [...s.jobs].sort() };
};

describe('path filter patterns', () => {
  it.each([
    ['services/api/**', true],
    ['services/**', true],
    ['services/*/src/**', true],
    ['**/*.py', true],
    ['./services/api/main.py', true],
    ['services/ap?/**', true],
    ['services/web/**', false],
    ['docs/**', false],
    ['*.md', false],
    ['services/*', false],
    ['services/api', false],
  ])('%s may match a file inside services/api: %s', (pattern, expected) => {
    expect(mayMatchInside(pattern, 'services/api')).toBe(expected);
  });

  it('does not judge a pattern whose matching could take long: it may match, it covers nothing', () => {
    const slow = `${'*a'.repeat(12)}*x/**`;
    expect(mayMatchInside(slow, 'services/api')).toBe(true);
    expect(covers(slow, 'services/api')).toBe(false);
  });

  it.each([
    ['services/api/**', true],
    ['services/**', true],
    ['**', true],
    ['services/api/*', false],
    ['**/*.md', false],
    ['services/web/**', false],
  ])('%s covers every file of services/api: %s', (pattern, expected) => {
    expect(covers(pattern, 'services/api')).toBe(expected);
  });
});

const job = (body: string) => `    runs-on: ubuntu-latest\n${body}`;

describe('workflowScope', () => {
  it('leaves out a workflow whose change triggers are all filtered to another folder', () => {
    const y = `on:\n  push:\n    paths: ['services/web/**']\n  pull_request:\n    paths: ['services/web/**', 'package.json']\n  workflow_dispatch:\njobs:\n  test:\n${job('    steps:\n      - run: npm test\n')}`;
    expect(scope(y)).toEqual({ triggered: false, jobs: [] });
  });

  it('keeps a workflow with one unfiltered change trigger, or with none at all', () => {
    const steps = `jobs:\n  test:\n${job('    steps:\n      - run: npm test\n')}`;
    expect(scope(`on:\n  push:\n    branches: [main]\n  pull_request:\n    paths: ['web/**']\n${steps}`).triggered).toBe(true);
    expect(scope(`on: [release, workflow_dispatch]\n${steps}`).triggered).toBe(true);
    expect(scope(`on: push\n${steps}`)).toEqual({ triggered: true, jobs: ['test'] });
  });

  it('reads paths-ignore and `!` patterns in order', () => {
    const steps = `jobs:\n  t:\n${job('    steps:\n      - run: make test\n')}`;
    expect(scope(`on:\n  push:\n    paths-ignore: ['services/api/**']\n${steps}`).triggered).toBe(false);
    expect(scope(`on:\n  push:\n    paths-ignore: ['docs/**', '**/*.md']\n${steps}`).triggered).toBe(true);
    expect(scope(`on:\n  push:\n    paths-ignore: ['services/**', '!services/api/src/**']\n${steps}`).triggered).toBe(true);
    expect(scope(`on:\n  push:\n    paths: ['services/**', '!services/api/**']\n${steps}`).triggered).toBe(false);
    expect(scope(`on:\n  push:\n    paths: ['!services/api/**', 'services/**']\n${steps}`).triggered).toBe(true);
  });

  it('keeps the jobs that name the folder, one above or inside it, or none; leaves out the ones about other folders', () => {
    const y = [
      'on: push',
      'jobs:',
      '  api:',
      job('    defaults:\n      run:\n        working-directory: ./services/api/\n    steps:\n      - run: npm test\n'),
      '  web:',
      job('    steps:\n      - run: cd services/web && npm test\n'),
      '  prefixed:',
      job('    steps:\n      - run: npm --prefix services/api test\n'),
      '  web-prefixed:',
      job('    steps:\n      - run: npm --prefix=services/web test\n'),
      '  whole:',
      job('    steps:\n      - run: make test\n'),
      '  above:',
      job('    steps:\n      - run: cd services && make test\n'),
      '  inside:',
      job('    steps:\n      - working-directory: services\n        run: cd api/tests && pytest\n'),
      '  matrix:',
      job('    steps:\n      - run: cd ${{ matrix.dir }} && npm test\n'),
      '  tmp:',
      job('    steps:\n      - run: cd /tmp && curl -fsSO https://example.com/x\n'),
      '  workspace:',
      job('    steps:\n      - run: cd $GITHUB_WORKSPACE/services/web && go test ./...\n'),
      '  docker:',
      job('    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          context: services/web\n'),
    ].join('\n');
    expect(scope(y).jobs).toEqual(['above', 'api', 'inside', 'matrix', 'prefixed', 'tmp', 'whole']);
  });

  it('keeps a job whose working directory is an expression', () => {
    const y = `on: push\njobs:\n  t:\n${job('    defaults:\n      run:\n        working-directory: ${{ inputs.dir }}\n    steps:\n      - run: cd src && npm test\n')}`;
    expect(scope(y).jobs).toEqual(['t']);
  });
});
