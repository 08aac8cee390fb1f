// branch-protection-missing: the default branch has neither branch protection nor a ruleset
// (RULES.md, operations), read through the GitHub REST API with `github-token`: anyone with write
// access can push to production's branch directly, force-push or delete it. When the token cannot
// read the settings (no token, 401/403/404, timeout), a notice says so and nothing is reported:
// a guess either way would mislead. Owns the "branch protection" gap row.
import { GitHubApiError, repoSettingsClient, type RepoSettings } from '../../github/client.js';
import { defineCheck } from '../../model/check.js';
import { networkBudgetOf, type NetworkBudget } from '../../net/budget.js';

/**
 * Tests replace the client factory; production reads GITHUB_REPOSITORY / GITHUB_API_URL. Its
 * requests draw on the run's network budget, which OSV shares.
 */
export const deps: { client: (token: string, repository: string, budget: NetworkBudget) => RepoSettings } = {
  client: (token, repository, budget) =>
    repoSettingsClient({ token, repository, budget, timeoutMs: Number(process.env.READINESS_GATE_API_TIMEOUT_MS) || 10_000 }),
};

export default defineCheck({
  meta: {
    id: 'branch-protection-missing',
    area: 'operations',
    network: true,
    severity: 'P1',
    effortMinutes: 15,
    title: 'Default branch not protected',
    certainty: 'proven',
    precision: 'high',
    // security: unreviewed code can reach the default branch, and its history can be rewritten.
    tags: ['security'],
    docs: 'rules/checks/branch-protection-missing.md',
    messages: {
      missing: 'The default branch `{branch}` of {repository} has no branch protection and no ruleset: anyone with write access can push to it directly, force-push or delete it, and merge without review or passing checks.',
    },
    remediation:
      'Protect the default branch (Settings → Rules → Rulesets, or Branches): require pull requests with at least one review, require the CI status checks (this gate included), block force pushes and deletion.',
  },
  create(ctx) {
    return {
      async end() {
        const token = ctx.options.githubToken;
        const repository = process.env.GITHUB_REPOSITORY;
        if (!token || !repository || !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
          ctx.gap('branch protection', 'n/a', 'not read: no github-token or repository');
          return ctx.notApplicable(!token ? 'no github-token given' : 'the repository is unknown (GITHUB_REPOSITORY is not set)');
        }
        const client = deps.client(token, repository, networkBudgetOf(ctx.workspace));
        try {
          const branch = await client.defaultBranch();
          const info = await client.branch(branch);
          if (info.protected) return ctx.gap('branch protection', 'present', `${branch}: branch protection`);
          const rules = await client.branchRules(branch);
          if (rules.length > 0) return ctx.gap('branch protection', 'present', `${branch}: ruleset (${[...new Set(rules.map((r) => r.type))].slice(0, 4).join(', ')})`);
          ctx.gap('branch protection', 'missing', branch);
          ctx.report({ messageId: 'missing', location: { path: '.' }, data: { branch, repository }, fingerprintKey: 'missing' });
        } catch (e) {
          const why = e instanceof GitHubApiError ? explain(e) : e instanceof Error ? e.message : String(e);
          ctx.notice(`could not read the branch protection of ${repository}: ${why}; no finding was made.`);
          ctx.gap('branch protection', 'n/a', `not readable: ${why}`);
          ctx.inconclusive(`branch protection not readable: ${why}`);
        }
      },
    };
  },
});

function explain(e: GitHubApiError): string {
  if (e.status === 401) return 'the token was refused (HTTP 401)';
  if (e.status === 403) return 'the token may not read repository settings (HTTP 403; a fine-grained token needs Administration: read)';
  if (e.status === 404) return 'the repository or branch is not visible to the token (HTTP 404)';
  if (e.status === 'timeout') return `the API did not answer in time (${e.message})`;
  return e.message;
}
