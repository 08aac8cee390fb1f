// The REST calls the gate makes after a run (the check run, the pull request comment), through one
// session: @actions/github's Octokit (proxy settings, GHES base URL) loaded on first use, every
// request under a timeout, and the whole session under one deadline. An API that does not answer
// costs one short timeout, not one per call: after a timeout or a network error every later call
// fails at once with the same reason.
import type { NetworkBudget } from '../net/budget.js';
import { GitHubApiError, toApiError } from './client.js';

export interface RestSession {
  /** `route` as Octokit takes it, e.g. `POST /repos/{owner}/{repo}/check-runs`; owner and repo are filled in. */
  request<T>(route: string, params?: Record<string, unknown>): Promise<T>;
  readonly owner: string;
  readonly repo: string;
}

export interface SessionOptions {
  token: string;
  /** `owner/name`. */
  repository: string;
  /** REST base URL; defaults to GITHUB_API_URL, then https://api.github.com. */
  apiUrl?: string;
  /** Until the API has answered once: an unreachable API costs this much (issue 13: at most 5 s). */
  firstTimeoutMs?: number;
  /** Each later request. */
  timeoutMs?: number;
  /** Every request of the session together. */
  budgetMs?: number;
  /** The run's network budget: an API that did not answer during the run is not waited for again. */
  network?: NetworkBudget;
}

type Octokit = { request: (route: string, params: Record<string, unknown>) => Promise<{ data: unknown }> };

export function restSession(o: SessionOptions): RestSession {
  const [owner = '', repo = ''] = o.repository.split('/');
  const baseUrl = (o.apiUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
  const firstTimeoutMs = o.firstTimeoutMs ?? 5_000;
  const timeoutMs = o.timeoutMs ?? 10_000;
  const budgetMs = o.budgetMs ?? 60_000;
  const deadline = Date.now() + budgetMs;
  let octokit: Promise<Octokit> | undefined;
  let answered = false;
  let down: GitHubApiError | undefined;
  return {
    owner,
    repo,
    async request<T>(route: string, params: Record<string, unknown> = {}): Promise<T> {
      if (down) throw down;
      const left = deadline - Date.now();
      if (left <= 0) throw new GitHubApiError('timeout', `the GitHub API calls took longer than ${budgetMs} ms in all`);
      octokit ??= import('@actions/github').then((m) => m.getOctokit(o.token, { baseUrl }) as unknown as Octokit);
      const client = await octokit;
      // One timeout signal per request (AbortSignal.any over timeout signals does not fire reliably on Node 20).
      const ms = Math.min(answered ? timeoutMs : firstTimeoutMs, left);
      try {
        const send = (signal: AbortSignal) => client.request(route, { owner, repo, ...params, request: { signal } });
        const r = o.network ? await o.network.run('github', ms, send) : await send(AbortSignal.timeout(ms));
        answered = true;
        return r.data as T;
      } catch (e) {
        // Octokit gives a connection failure status 500 too, but no response: the API did not answer.
        const unanswered = (e as { response?: unknown }).response === undefined;
        const err = toApiError(e, ms);
        if (typeof err.status === 'number' && !unanswered) {
          answered = true;
          throw err;
        }
        down = typeof err.status === 'number' ? new GitHubApiError('network', firstLine((e as Error).message ?? String(e))) : err;
        throw down;
      }
    },
  };
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.slice(0, 200);
}

/** What a post after the run came to: a line for the log, or a notice for the run (it never fails the run). */
export type PostOutcome = { ok: true; log?: string } | { ok: false; notice: string };
