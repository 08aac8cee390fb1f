// workflow-permissions: a workflow whose GITHUB_TOKEN gets the repository's default permissions
// (no top-level `permissions:`) or all of them (`write-all`) (RULES.md, security). Least privilege
// set on every job instead is as good and not reported; a reusable workflow (`on: workflow_call`
// only) runs with its caller's token and is judged there.
import { WORKFLOW_GLOBS, workflowOf } from '../../analysis/workflow.js';
import { defineCheck } from '../../model/check.js';

export default defineCheck({
  meta: {
    id: 'workflow-permissions',
    area: 'security',
    severity: 'P2',
    effortMinutes: 10,
    title: 'Workflow without least-privilege permissions',
    certainty: 'proven',
    precision: 'high',
    // security: an over-broad token widens what a compromised step or action can write.
    tags: ['security'],
    docs: 'rules/checks/workflow-permissions.md',
    pure: true,
    repositoryFiles: true,
    files: WORKFLOW_GLOBS,
    messages: {
      missing: '{workflow} has no top-level `permissions:` block{jobs}: its token gets the repository default, which may be read/write on everything.',
      writeAll: '{where} of {workflow} grants `write-all`: every step, and every action it runs, can write to the repository, packages, deployments and more.',
    },
    remediation:
      'Add `permissions: contents: read` at the top of the workflow and grant extra scopes per job only where needed (for example `packages: write` on the publish job).',
  },
  create(ctx) {
    return {
      file(f) {
        const wf = workflowOf(f, ctx);
        if (wf.malformed !== undefined) return;
        if (wf.jobs.length === 0) return;
        if (wf.permissions?.kind === 'write-all') {
          ctx.report({ messageId: 'writeAll', location: { path: f.path, line: wf.permissions.line }, data: { where: 'The top-level `permissions:`', workflow: f.path }, fingerprintKey: 'write-all' });
        }
        for (const j of wf.jobs) {
          if (j.permissions?.kind === 'write-all') {
            ctx.report({ messageId: 'writeAll', location: { path: f.path, line: j.permissions.line }, data: { where: `Job \`${j.id}\``, workflow: f.path }, fingerprintKey: `write-all:${j.id}` });
          }
        }
        if (wf.permissions !== undefined) return;
        if (wf.on.length > 0 && wf.on.every((e) => e === 'workflow_call')) return;
        // Jobs that call a reusable workflow pass their permissions down; jobs without any block do not.
        const bare = wf.jobs.filter((j) => j.permissions === undefined);
        if (bare.length === 0) return;
        ctx.report({
          messageId: 'missing',
          location: { path: f.path },
          data: { workflow: f.path, jobs: bare.length < wf.jobs.length ? ` and job${bare.length > 1 ? 's' : ''} ${bare.map((j) => `\`${j.id}\``).join(', ')} set none` : '' },
          fingerprintKey: 'missing',
        });
      },
    };
  },
});
