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
  it.each([false, 0, 'false', '${{ false }}', '${{false}}', '0', "''", '${{ (false) }}', 'false && github.ref == x', '1 == 2', 'x && false'])('%j is constant false', (v) =>
    expect(constantFalse(v)).toBe(true));
  it.each([true, 1, 'true', "github.ref == 'refs/heads/main'", 'false || true', '${{ failure() }}', "'false'x", 'falsey', ' FALSE '])('%j is not', (v) =>
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

describe('parseWorkflow through YAML aliases', () => {
  it('reads an `if:` given by an alias at the use site, and whole jobs given by aliases', () => {
    const wf = parseWorkflow(
      '.github/workflows/d.yml',
      `on: push
x-off: &off false
x-job: &job
  runs-on: ubuntu-latest
  if: \${{ 1 == 2 }}
  steps: [{ run: make deploy }]
jobs:
  deploy:
    runs-on: ubuntu-latest
    if: *off
    steps: [{ run: make deploy }]
  again: *job
  merged:
    <<: *job
    if: github.ref == 'refs/heads/main'
`,
    );
    expect(wf.malformed).toBeUndefined();
    const byId = Object.fromEntries(wf.jobs.map((j) => [j.id, j]));
    expect(byId.deploy!.if).toMatchObject({ line: 10, constantFalse: true });
    expect(byId.again!.if).toMatchObject({ line: 12, constantFalse: true });
    expect(byId.again!.steps).toHaveLength(1);
    expect(byId.merged!.if).toMatchObject({ constantFalse: false }); // its own key wins over the merged one
    expect(byId.merged!.runsOn).toEqual(['ubuntu-latest']);
  });

  it('stops a billion-laughs expansion and says so', () => {
    let y = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 12; i++) y += `a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]\n`;
    const t0 = Date.now();
    const wf = parseWorkflow('.github/workflows/b.yml', `${y}on: push\njobs: {}\n`);
    expect(wf.malformed).toMatch(/aliases expand to more than/);
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});
