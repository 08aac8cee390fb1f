// workflow-unpinned-action: a third-party action or reusable workflow referenced by a tag or branch
// (RULES.md, security). Tags move: whoever controls the action's repository controls what runs
// with this repository's token. First-party `actions/*` and `github/*` are excepted, as RULES.md says.
import { isFullSha, WORKFLOW_GLOBS, workflowOf } from '../../analysis/workflow.js';
import { defineCheck } from '../../model/check.js';

const FIRST_PARTY = new Set(['actions', 'github']);

export default defineCheck({
  meta: {
    id: 'workflow-unpinned-action',
    area: 'security',
    severity: 'P2',
    effortMinutes: 10,
    title: 'Third-party action not pinned to a SHA',
    certainty: 'proven',
    precision: 'high',
    // security: a moved tag runs someone else's new code with the job's token.
    tags: ['security'],
    docs: 'rules/checks/workflow-unpinned-action.md',
    pure: true,
    repositoryFiles: true,
    files: WORKFLOW_GLOBS,
    messages: {
      tag: '`{uses}` in {workflow} is pinned to `{ref}`, a mutable tag or branch: the code that runs can change without a commit here.',
      none: '`{uses}` in {workflow} has no ref at all.',
    },
    remediation:
      'Pin to the full 40-character commit SHA of the release and keep the tag as a comment (`uses: owner/action@<sha> # v4.1.0`); Dependabot or Renovate keep such pins up to date.',
  },
  create(ctx) {
    return {
      file(f) {
        const wf = workflowOf(f, ctx);
        for (const job of wf.jobs) {
          for (const ref of [job.uses, ...job.steps.map((s) => s.uses)]) {
            if (!ref || (ref.kind !== 'action' && ref.kind !== 'reusable') || !ref.owner) continue;
            if (FIRST_PARTY.has(ref.owner.toLowerCase()) || isFullSha(ref.ref)) continue;
            ctx.report({
              messageId: ref.ref === undefined ? 'none' : 'tag',
              location: { path: f.path, line: ref.line },
              data: { uses: ref.raw, ref: ref.ref ?? '', workflow: f.path },
              fingerprintKey: ref.raw,
            });
          }
        }
      },
    };
  },
});
