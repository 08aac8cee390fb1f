import { describe, expect, it } from 'vitest';
import check from '../../src/checks/workflow-script-injection/index.js';
import { findingsOf } from '../helpers/rule-tester.js';
import { fixtureRepo } from '../fixtures/repos/load.js';

const steps = (s: string) => ({ '.github/workflows/t.yml': `on: [issues, issue_comment, pull_request_target, push, workflow_run]\njobs:\n  triage:\n    runs-on: ubuntu-latest\n    steps:\n${s}` });

describe('workflow-script-injection', () => {
  it.each([
    'github.event.issue.title',
    'github.event.pull_request.body',
    'github.head_ref',
    'github.event.comment.body',
    'github.event.pull_request.head.ref',
    'github.event.commits[0].message',
    'github.event.head_commit.author.name',
    'github.event.workflow_run.head_branch',
  ])('`${{ %s }}` in a run script is reported at its line', async (expr) => {
    const fs = await findingsOf(check, steps(`      - run: |\n          echo start\n          echo "\${{ ${expr} }}"\n`));
    expect(fs.map((f) => [f.ruleId, f.severity, f.line])).toEqual([['workflow-script-injection', 'P1', 8]]);
    expect(fs[0]!.message).toContain(expr);
  });

  it('leaves an expression whose value is a boolean (seen in Kareadita/Kavita), and still reports one that returns the text', async () => {
    const quiet = await findingsOf(check, steps(`      - run: |\n          echo "\${{ !contains(github.head_ref, 'release') }}"\n          echo "\${{ github.event.issue.title == 'x' }}"\n          echo "\${{ startsWith(github.head_ref, 'dependabot/') }}"\n`));
    expect(quiet).toEqual([]);
    // Near-misses: `||` and `&&` return an operand, format() returns its arguments' text.
    const loud = await findingsOf(check, steps(`      - run: |\n          echo "\${{ github.head_ref || 'main' }}"\n          echo "\${{ format('{0}', github.event.issue.title) }}"\n`));
    expect(loud.map((f) => f.line)).toEqual([7, 8]);
  });

  it('leaves a field no trigger of the workflow sets (seen in dgtlmoon/changedetection.io), and keeps it in a reusable workflow', async () => {
    const wf = (on: string) => ({ '.github/workflows/c.yml': `on: ${on}\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "\${{ github.event.workflow_run.head_branch }}"\n` });
    expect(await findingsOf(check, wf('[push, release]'))).toEqual([]);
    expect((await findingsOf(check, wf('[push, workflow_run]'))).map((f) => f.line)).toEqual([6]);
    expect((await findingsOf(check, wf('workflow_call'))).map((f) => f.line)).toEqual([6]);
  });

  it('reports actions/github-script code too', async () => {
    const fs = await findingsOf(check, steps("      - uses: actions/github-script@v7\n        with:\n          script: |\n            const t = '${{ github.event.issue.title }}'\n"));
    expect(fs.map((f) => f.line)).toEqual([6]);
  });

  it.each([
    '      - env:\n          TITLE: ${{ github.event.issue.title }}\n        run: echo "$TITLE"\n',
    '      - run: echo "${{ github.event.issue.number }} ${{ github.sha }} ${{ github.ref_name }}"\n',
    '      - run: echo "${{ inputs.version }}"\n',
    '      - uses: some/action@v1\n        with:\n          title: ${{ github.event.issue.title }}\n',
    '      - run: echo "github.event.issue.title is not expanded here"\n',
  ])('near-miss %#: trusted fields, env indirection, action inputs', async (s) => {
    expect(await findingsOf(check, steps(s))).toEqual([]);
  });

  it('fixture: the gateway passes the PR title through env once (fine) and inline once (reported)', async () => {
    expect((await findingsOf(check, fixtureRepo('fastapi-gateway'))).map((f) => [f.path, f.line])).toEqual([['.github/workflows/ci.yml', 30]]);
    expect(await findingsOf(check, fixtureRepo('express-kustomize'))).toEqual([]);
  });
});
