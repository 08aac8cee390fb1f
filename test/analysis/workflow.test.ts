import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitScript } from '../../src/analysis/shell.js';
import { actionRefs, constantFalse, parseUses, parseWorkflow } from '../../src/analysis/workflow.js';

const WF = `name: ci
on:
  push:
  pull_request_target:
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Test
        run: |
          npm ci
          npm test -- --ci \\
            --coverage || true
          kill $PID || true
      - run: >
          pytest -q
          && echo done
        continue-on-error: true
  deploy:
    needs: [build]
    if: \${{ false }}
    environment:
      name: production
    uses: acme/shared/.github/workflows/deploy.yml@main
`;

describe('parseWorkflow', () => {
  const wf = parseWorkflow('.github/workflows/ci.yml', WF);
  it('reads triggers, permissions, jobs and steps with lines', () => {
    expect(wf.malformed).toBeUndefined();
    expect(wf.name).toBe('ci');
    expect(wf.on).toEqual(['push', 'pull_request_target']);
    expect(wf.permissions).toMatchObject({ kind: 'map', scopes: { contents: 'read' }, line: 6 });
    expect(wf.jobs.map((j) => [j.id, j.line])).toEqual([['build', 8], ['deploy', 22]]);
    const deploy = wf.jobs[1]!;
    expect(deploy).toMatchObject({ needs: ['build'], environment: 'production', if: { line: 24, constantFalse: true } });
    expect(deploy.uses).toMatchObject({ kind: 'reusable', owner: 'acme', repo: 'shared', ref: 'main', line: 27 });
  });
  it('splits run scripts into commands at their file lines', () => {
    const [, test, pytest] = wf.jobs[0]!.steps;
    expect(test!.run!.commands.map((c) => [c.words.slice(0, 2), c.op, c.list, c.fileLine])).toEqual([
      [['npm', 'ci'], null, 0, 14],
      [['npm', 'test'], null, 1, 15],
      [['true'], '||', 1, 16],
      [['kill', '$PID'], null, 2, 17],
      [['true'], '||', 2, 17],
    ]);
    expect(pytest!.continueOnError).toEqual({ value: true, line: 21 });
    expect(pytest!.run!.commands.map((c) => [c.words[0], c.op, c.fileLine])).toEqual([
      ['pytest', null, 19],
      ['echo', '&&', 20],
    ]);
  });
  it('lists action references', () => {
    expect(actionRefs(wf).map((r) => [r.raw, r.line])).toEqual([
      ['actions/checkout@v4', 11],
      ['acme/shared/.github/workflows/deploy.yml@main', 27],
    ]);
  });
  it('reports malformed YAML without throwing', () => {
    expect(parseWorkflow('x.yml', 'jobs:\n  a: [\n').malformed).toMatch(/line/);
    expect(parseWorkflow('x.yml', '- a\n- b\n').malformed).toBe('not a YAML mapping');
    expect(parseWorkflow('x.yml', '').malformed).toBeUndefined();
  });
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseWorkflow('x.yml', s)), { numRuns: 300 });
    fc.assert(fc.property(fc.string(), (s) => void splitScript(s)), { numRuns: 500 });
  });
});

describe('constantFalse', () => {
  it.each([false, 0, 'false', '${{ false }}', '${{false}}', ' FALSE ', '0', "''", '${{ (false) }}', 'false && github.ref == x'])('%j is constant false', (v) =>
    expect(constantFalse(v)).toBe(true));
  it.each([true, 1, 'true', "github.ref == 'refs/heads/main'", 'false || true', '${{ failure() }}', "'false'x", 'falsey'])('%j is not', (v) =>
    expect(constantFalse(v)).toBe(false));
});

describe('splitScript', () => {
  it('keeps quotes, substitutions and redirections inside words', () => {
    const c = splitScript(`echo "a && b" 'c || d' $(x | y) 2>&1 | tee log; FOO=1 pytest -k "x;y"`);
    expect(c.map((x) => [x.words[0], x.op, x.list])).toEqual([
      ['echo', null, 0],
      ['tee', '|', 0],
      ['pytest', null, 1],
    ]);
    expect(c[0]!.words).toEqual(['echo', 'a && b', 'c || d', '$(x | y)', '2>&1']);
  });
  it('skips heredoc bodies and comments, drops reserved words', () => {
    const c = splitScript(`cat <<EOF > f\npytest || true\nEOF\n# bandit || true\nif mypy .; then echo ok; fi`);
    expect(c.map((x) => x.words[0])).toEqual(['cat', 'mypy', 'echo']);
  });
});

describe('parseUses', () => {
  it('parses actions, docker and local references', () => {
    expect(parseUses('github/codeql-action/init@v3', 1)).toMatchObject({ kind: 'action', owner: 'github', repo: 'codeql-action', path: 'init', ref: 'v3' });
    expect(parseUses('docker://alpine:3.20', 1)).toMatchObject({ kind: 'docker', image: 'alpine:3.20', ref: '3.20' });
    expect(parseUses('./.github/actions/setup', 1)).toMatchObject({ kind: 'local' });
  });
});
