// The GitHub REST calls the repository-settings rule needs, behind a small interface so tests can
// point it at a server of their own on 127.0.0.1 (GITHUB_API_URL) and the engine never depends on
// Octokit types. Built on @actions/github's Octokit (proxy settings, GHES base URL), loaded lazily:
// runs without a token never load it. Every request runs under the run's NetworkBudget (src/net):
// an API that does not answer costs the run at most that budget, shared with OSV.
import { NetworkBudget, NetworkTimeoutError } from '../net/budget.js';

export interface BranchInfo {
  protected: boolean;
}

export interface RepoSettings {
  defaultBranch(): Promise<string>;
  branch(name: string): Promise<BranchInfo>;
  /** Ruleset rules that apply to the branch (any ruleset, repository or organisation level). */
  branchRules(name: string): Promise<Array<{ type: string }>>;
}

export class GitHubApiError extends Error {
  constructor(
    readonly status: number | 'timeout' | 'network',
    message: string,
  ) {
    super(message);
  }
}

export interface ClientOptions {
  token: string;
  /** `owner/name`. */
  repository: string;
  /** REST base URL; defaults to GITHUB_API_URL, then https://api.github.com. */
  apiUrl?: string;
  /** Cap of one request. */
  timeoutMs?: number;
  /** The run's shared allowance for waiting; without one, each request has only its own cap. */
  budget?: NetworkBudget;
}

function budgetOf(o: ClientOptions): NetworkBudget {
  return o.budget ?? new NetworkBudget(Number.POSITIVE_INFINITY);
}

export function repoSettingsClient(o: ClientOptions): RepoSettings {
  const [owner, repo] = o.repository.split('/') as [string, string];
  const baseUrl = (o.apiUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
  const timeoutMs = o.timeoutMs ?? 10_000;
  const budget = budgetOf(o);
  let octokit: Promise<{ request: (route: string, params: Record<string, unknown>) => Promise<{ data: unknown }> }> | undefined;
  const get = async <T>(route: string, params: Record<string, unknown>): Promise<T> => {
    octokit ??= import('@actions/github').then((m) => m.getOctokit(o.token, { baseUrl }) as never);
    const client = await octokit;
    try {
      const r = await budget.run('github', timeoutMs, (signal) => client.request(`GET ${route}`, { owner, repo, ...params, request: { signal } }));
      return r.data as T;
    } catch (e) {
      throw toApiError(e, timeoutMs);
    }
  };
  return {
    async defaultBranch() {
      const r = await get<{ default_branch?: string }>('/repos/{owner}/{repo}', {});
      if (typeof r.default_branch !== 'string') throw new GitHubApiError('network', 'the repository answer has no default_branch');
      return r.default_branch;
    },
    async branch(name) {
      const r = await get<{ protected?: boolean }>('/repos/{owner}/{repo}/branches/{branch}', { branch: name });
      return { protected: r.protected === true };
    },
    async branchRules(name) {
      const r = await get<unknown>('/repos/{owner}/{repo}/rules/branches/{branch}', { branch: name });
      return Array.isArray(r) ? r.filter((x): x is { type: string } => typeof (x as { type?: unknown })?.type === 'string') : [];
    },
  };
}

/**
 * One file of a repository at `ref` through the contents API (raw media type), at most `maxBytes`
 * (the body is read as a stream and abandoned past the cap). undefined when there is no such file (404).
 */
export async function fetchRepoFile(o: ClientOptions, path: string, ref: string, maxBytes: number): Promise<string | undefined> {
  const baseUrl = (o.apiUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
  const timeoutMs = o.timeoutMs ?? 10_000;
  const [owner, repo] = o.repository.split('/') as [string, string];
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(o.token, { baseUrl });
  // Each path segment encoded here: the route's {path} would encode the slashes too.
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  // The body is read under the same signal: a server that sends headers and then stalls is no answer.
  const read = async (signal: AbortSignal): Promise<string | undefined> => {
    let body: ReadableStream<Uint8Array> | null;
    try {
      const r = await octokit.request(`GET /repos/{owner}/{repo}/contents/${encoded}`, {
        owner,
        repo,
        ref,
        headers: { accept: 'application/vnd.github.raw' },
        request: { signal, parseSuccessResponseBody: false },
      });
      body = r.data as unknown as ReadableStream<Uint8Array> | null;
    } catch (e) {
      if ((e as { status?: unknown }).status === 404) return undefined;
      throw e;
    }
    if (!body) return '';
    const chunks: Uint8Array[] = [];
    let total = 0;
    const reader = body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > maxBytes) throw new GitHubApiError('network', `${path}@${ref} is larger than ${maxBytes} bytes`);
        chunks.push(value);
      }
    } finally {
      reader.releaseLock();
      void body.cancel().catch(() => undefined);
    }
    const text = Buffer.concat(chunks).toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  };
  try {
    return await budgetOf(o).run('github', timeoutMs, read);
  } catch (e) {
    if (e instanceof GitHubApiError) throw e;
    throw toApiError(e, timeoutMs);
  }
}

/** GitHub lists at most 3,000 files of a pull request (30 pages of 100). */
const PULL_FILES_PAGES = 30;

/**
 * The files a pull request changes (`filename`, and `previous_filename` of a rename). undefined when
 * the list is longer than GitHub gives (a pull request of over 3,000 files).
 */
export async function fetchPullFiles(o: ClientOptions, pullNumber: number): Promise<ReadonlySet<string> | undefined> {
  const baseUrl = (o.apiUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
  const timeoutMs = o.timeoutMs ?? 10_000;
  const [owner, repo] = o.repository.split('/') as [string, string];
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(o.token, { baseUrl });
  const budget = budgetOf(o);
  const out = new Set<string>();
  for (let page = 1; page <= PULL_FILES_PAGES; page++) {
    let data: unknown;
    try {
      data = (await budget.run('github', timeoutMs, (signal) => octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { owner, repo, pull_number: pullNumber, per_page: 100, page, request: { signal } }))).data;
    } catch (e) {
      throw toApiError(e, timeoutMs);
    }
    const files = Array.isArray(data) ? (data as Array<{ filename?: unknown; previous_filename?: unknown }>) : [];
    for (const f of files) for (const name of [f.filename, f.previous_filename]) if (typeof name === 'string') out.add(name);
    if (files.length < 100) return out;
  }
  return undefined;
}

export function toApiError(e: unknown, timeoutMs: number): GitHubApiError {
  if (e instanceof NetworkTimeoutError) return new GitHubApiError('timeout', e.message);
  const err = e as { status?: unknown; name?: string; message?: string; cause?: { name?: string } };
  if (err.name === 'TimeoutError' || err.cause?.name === 'TimeoutError' || err.name === 'AbortError' || /aborted|timeout/i.test(err.message ?? '')) {
    return new GitHubApiError('timeout', `no answer within ${timeoutMs} ms`);
  }
  if (typeof err.status === 'number' && err.status > 0) return new GitHubApiError(err.status, `HTTP ${err.status}${err.message ? ` (${firstLine(err.message)})` : ''}`);
  return new GitHubApiError('network', firstLine(err.message ?? String(e)));
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.slice(0, 200);
}
