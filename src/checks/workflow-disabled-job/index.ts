// workflow-disabled-job: a job or step switched off with a constant false `if:` (RULES.md, security).
// A switched-off deploy is a release process that silently stopped: P0. A job that a deploy-like
// job `needs` is deploy-like too (switching off the image build switches off every deploy after it).
import { isDeployAction, isDeployCommand, mentionsDeploy } from '../../analysis/ci.js';
import { WORKFLOW_GLOBS, workflowOf, type Job, type Step, type Workflow } from '../../analysis/workflow.js';
import { defineCheck } from '../../model/check.js';

export default defineCheck({
  meta: {
    id: 'workflow-disabled-job',
    area: 'security',
    severity: 'P0',
    effortMinutes: 30,
    title: 'Workflow job or step switched off',
    certainty: 'proven',
    precision: 'high',
    // Not security, though in the security area: a switched-off job stops delivery; it exposes nothing.
    tags: [],
    docs: 'rules/checks/workflow-disabled-job.md',
    pure: true,
    repositoryFiles: true,
    files: WORKFLOW_GLOBS,
    messages: {
      job: 'Job `{job}` of {workflow} is switched off with `if: {cond}`: it never runs.',
      jobDeploy: 'Job `{job}` of {workflow} is switched off with `if: {cond}`: it never runs — {why}.',
      step: 'Step `{step}` of job `{job}` in {workflow} is switched off with `if: {cond}`: it never runs.',
      stepDeploy: 'Step `{step}` of job `{job}` in {workflow} is switched off with `if: {cond}`: it never runs — {why}.',
    },
    // RULES.md: P0 for a deploy-like job or step, P1 for any other.
    severities: { job: 'P1', step: 'P1' },
    proof: 'the condition is a constant that GitHub evaluates to false',
    remediation:
      'Delete the job or step if it is obsolete, or restore a real condition (for example `if: github.ref == \'refs/heads/main\'`); to pause deployments use a protected environment or a repository variable, which leaves a visible trace.',
  },
  create(ctx) {
    return {
      file(f) {
        const wf = workflowOf(f, ctx);
        const deployJobs = deployLikeJobs(wf);
        for (const job of wf.jobs) {
          if (job.if?.constantFalse) {
            const deploy = deployJobs.get(job.id);
            ctx.report({
              messageId: deploy ? 'jobDeploy' : 'job',
              location: { path: f.path, line: job.if.line },
              data: { job: job.id, workflow: f.path, cond: job.if.text, ...(deploy ? { why: deploy } : {}) },
              fingerprintKey: `job:${job.id}`,
            });
            continue;
          }
          for (const step of job.steps) {
            if (!step.if?.constantFalse) continue;
            const deploy = stepDeployReason(step) ?? (job.environment !== undefined ? `its job deploys to environment "${job.environment}"` : undefined);
            ctx.report({
              messageId: deploy ? 'stepDeploy' : 'step',
              location: { path: f.path, line: step.if.line },
              data: { step: step.name ?? step.id ?? step.uses?.raw ?? `#${step.index + 1}${step.inGroup ? `.${step.inGroup}` : ''}`, job: job.id, workflow: f.path, cond: step.if.text, ...(deploy ? { why: deploy } : {}) },
              fingerprintKey: `step:${job.id}:${step.id ?? step.name ?? `${step.index}${step.inGroup ? `.${step.inGroup}` : ''}`}`,
            });
          }
        }
      },
    };
  },
});

/** Why a step deploys, if it does. */
export function stepDeployReason(step: Step): string | undefined {
  if (isDeployAction(step.uses)) return `it runs the deploy action ${step.uses!.owner}/${step.uses!.repo}`;
  const cmd = step.run?.commands.find((c) => isDeployCommand(c.words));
  if (cmd) return `it runs "${cmd.text.slice(0, 60)}"`;
  if (mentionsDeploy(step.id) || mentionsDeploy(step.name)) return 'it is a deploy step';
  return undefined;
}

/** Why a job deploys, if it does (without the `needs` propagation). */
export function jobDeployReason(job: Job): string | undefined {
  if (job.environment !== undefined) return `it deploys to environment "${job.environment}"`;
  if (mentionsDeploy(job.id) || mentionsDeploy(job.name)) return 'it is a deploy job';
  if (job.uses && mentionsDeploy(job.uses.path)) return `it calls ${job.uses.raw}`;
  for (const s of job.steps) {
    const r = stepDeployReason(s);
    if (r) return r;
  }
  return undefined;
}

/** Deploy-like jobs of a workflow with the reason, `needs` followed backwards (a job a deploy needs). */
export function deployLikeJobs(wf: Workflow): Map<string, string> {
  const out = new Map<string, string>();
  for (const j of wf.jobs) {
    const r = jobDeployReason(j);
    if (r) out.set(j.id, r);
  }
  const byId = new Map(wf.jobs.map((j) => [j.id, j]));
  const queue = [...out.keys()];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const need of byId.get(id)?.needs ?? []) {
      if (out.has(need) || !byId.has(need)) continue;
      out.set(need, `the deploy job "${id}" needs it`);
      queue.push(need);
    }
  }
  return out;
}
