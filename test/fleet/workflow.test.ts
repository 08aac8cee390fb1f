// The fleet's reusable workflow and its sub-action against GitHub's schemas (the workflow and action
// schemas of @actions/workflow-parser, GitHub's own parser behind its editor tooling), and against the
// project's own rules: pinned actions, least permissions, no expression in a shell script, and
// a clean run of the gate's workflow checks on the file itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ALL_CHECKS } from '../../src/checks/index.js';
import { ACTION_FLAGS } from '../../src/fleet/cli.js';
import { scanTree } from '../helpers/rule-tester.js';
import { REPO } from '../e2e/harness.js';

const WORKFLOW = readFileSync(join(REPO, '.github/workflows/fleet.yml'), 'utf8');
const ACTION = readFileSync(join(REPO, 'fleet/action.yml'), 'utf8');

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string>;
  strategy?: { 'fail-fast'?: boolean; 'max-parallel'?: string; matrix?: Record<string, unknown> };
  steps: Step[];
  if?: string;
  needs?: string | string[];
}
const wf = parse(WORKFLOW) as { on: { workflow_call: { inputs: Record<string, unknown>; secrets: Record<string, unknown> } }; permissions: unknown; jobs: Record<string, Job> };
const action = parse(ACTION) as { inputs: Record<string, unknown>; runs: { using: string; main: string } };
const rootAction = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as { runs: { using: string } };

/** What GitHub's parser says is wrong with a workflow or an action file (its messages, [] when valid). */
const validateWorkflow = (text: string) => ({ errors: parseWorkflow({ name: 'fleet.yml', content: text }, new NoOperationTraceWriter()).context.errors.getErrors().map((e) => e.message) });
const validateAction = (text: string) => ({ errors: parseAction({ name: 'action.yml', content: text }, new NoOperationTraceWriter()).context.errors.getErrors().map((e) => e.message) });

describe('the fleet workflow and its sub-action', () => {
  it('validate against the workflow and action schemas', () => {
    expect(validateWorkflow(WORKFLOW).errors).toEqual([]);
    expect(validateAction(ACTION).errors).toEqual([]);
  });

  it('near-misses: the validator refuses a broken workflow and a broken action', () => {
    expect(validateWorkflow(WORKFLOW.replace('    runs-on: ${{ inputs.runs-on }}\n    # The listing', '    # The listing')).errors.length).toBeGreaterThan(0);
    expect(validateWorkflow(WORKFLOW.replace('      fail-fast: false', '      fail-fast: false\n      fail-slow: true')).errors.length).toBeGreaterThan(0);
    expect(validateAction(ACTION.replace('  main: ../dist/fleet.js', '  entry: ../dist/fleet.js')).errors.length).toBeGreaterThan(0);
  });

  it('the sub-action runs on the same Node as the gate, from the bundle entry scripts/bundle.mjs makes', () => {
    expect(action.runs.using).toBe(rootAction.runs.using);
    expect(action.runs.main).toBe('../dist/fleet.js');
    expect(readFileSync(join(REPO, 'scripts/bundle.mjs'), 'utf8')).toMatch(/fleet: 'src\/fleet\/action\.ts'/);
  });

  it('every input of the sub-action is read by a command, and every input the workflow passes exists', () => {
    const read = new Set(['command', 'token', ...Object.values(ACTION_FLAGS).flat()]);
    expect(Object.keys(action.inputs).sort()).toEqual([...read].sort());
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps.filter((s) => s.uses === '$/fleet'));
    expect(steps.map((s) => s.with?.command)).toEqual(['list', 'scan', 'merge']);
    for (const s of steps) {
      const command = String(s.with!.command);
      for (const k of Object.keys(s.with!)) expect(['command', 'token', ...ACTION_FLAGS[command]!], `${command}: ${k}`).toContain(k);
    }
  });

  it('every other action is pinned to a full commit SHA with its version as a comment', () => {
    const uses = [...WORKFLOW.matchAll(/^\s*(?:- )?uses: (.+)$/gm)].map((m) => m[1]!.trim());
    const external = uses.filter((u) => !u.startsWith('$/'));
    expect(external.length).toBe(6);
    for (const u of external) expect(u, u).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it('least permissions: none at the top, none to list and scan, actions: read to merge', () => {
    expect(wf.permissions).toEqual({});
    expect(wf.jobs.list!.permissions).toEqual({});
    expect(wf.jobs.scan!.permissions).toEqual({});
    expect(wf.jobs.merge!.permissions).toEqual({ actions: 'read' });
    expect(wf.on.workflow_call.secrets).toHaveProperty('token');
  });

  it('the matrix: batches of list, no fail-fast, max-parallel from the input; merge runs after failed batches', () => {
    const scan = wf.jobs.scan!;
    expect(scan.strategy).toEqual({ 'fail-fast': false, 'max-parallel': '${{ inputs.max-parallel }}', matrix: { batch: '${{ fromJSON(needs.list.outputs.batches) }}' } });
    expect(scan.if).toBe("needs.list.outputs.count != '0'");
    expect(wf.jobs.merge!.if).toMatch(/^always\(\) && needs\.list\.result == 'success'/);
    expect(Object.keys(wf.on.workflow_call.inputs)).toEqual(
      expect.arrayContaining(['organization', 'topics', 'visibility', 'include-archived', 'name-pattern', 'ref', 'batch-size', 'max-parallel', 'vulnerability-scan']),
    );
  });

  it('no shell step: no expression can reach a script', () => {
    expect(Object.values(wf.jobs).flatMap((j) => j.steps.filter((s) => s.run !== undefined))).toEqual([]);
  });

  it("passes the gate's own workflow checks", async () => {
    const workflowChecks = ALL_CHECKS.filter((c) => c.meta.id.startsWith('workflow-'));
    expect(workflowChecks.map((c) => c.meta.id).sort()).toEqual(['workflow-disabled-job', 'workflow-masked-failure', 'workflow-permissions', 'workflow-script-injection', 'workflow-unpinned-action']);
    const r = await scanTree(workflowChecks, { '.github/workflows/fleet.yml': WORKFLOW, 'fleet/action.yml': ACTION });
    expect(r.findings.map((f) => `${f.ruleId} ${f.location.path}:${f.location.line}`)).toEqual([]);
    // Near-miss: the same file with a tag instead of a SHA is reported.
    const tagged = await scanTree(workflowChecks, { '.github/workflows/fleet.yml': WORKFLOW.replace(/actions\/upload-artifact@[0-9a-f]{40}/, 'acme/upload@v7') });
    expect(tagged.findings.map((f) => f.ruleId)).toEqual(['workflow-unpinned-action']);
  });

  it('the caller of the README and examples/ calls it with inputs and secrets it has, and grants what its jobs ask', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('\n## Fleet\n'), readme.indexOf('\n## ', readme.indexOf('\n## Fleet\n') + 1));
    const snippet = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    const example = readFileSync(join(REPO, 'examples/fleet-caller.yml'), 'utf8');
    expect(snippet).toBe(example);
    expect(validateWorkflow(example).errors).toEqual([]);
    const caller = parse(example) as { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, { uses: string; with: Record<string, unknown>; secrets: Record<string, unknown> }> };
    expect(Object.keys(caller.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const job = Object.values(caller.jobs)[0]!;
    expect(job.uses).toMatch(/^readiness-gate\/readiness-gate\/\.github\/workflows\/fleet\.yml@/);
    for (const k of Object.keys(job.with)) expect(Object.keys(wf.on.workflow_call.inputs), k).toContain(k);
    for (const k of Object.keys(job.secrets)) expect(Object.keys(wf.on.workflow_call.secrets), k).toContain(k);
    // A reusable workflow gets no more than its caller grants: every scope a job asks for, no other.
    const asked = Object.assign({}, ...Object.values(wf.jobs).map((j) => j.permissions ?? {})) as Record<string, string>;
    expect(caller.permissions).toEqual(asked);
  });

  it('the GitHub App token step: only with a client id, read-only, for the organisation, in the jobs that read repositories', () => {
    for (const name of ['list', 'scan']) {
      const app = wf.jobs[name]!.steps.find((s) => s.id === 'app')!;
      expect(app.uses).toMatch(/^actions\/create-github-app-token@[0-9a-f]{40}$/);
      expect((app as Step & { if?: string }).if).toBe("inputs.app-client-id != ''");
      expect(app.with).toEqual({ 'client-id': '${{ inputs.app-client-id }}', 'private-key': '${{ secrets.app-private-key }}', owner: '${{ inputs.organization }}', 'permission-contents': 'read', 'permission-metadata': 'read' });
      expect(wf.jobs[name]!.steps.find((s) => s.uses === '$/fleet')!.with!.token).toBe('${{ steps.app.outputs.token || secrets.token }}');
    }
    expect(wf.jobs.merge!.steps.some((s) => s.id === 'app')).toBe(false);
  });
});
