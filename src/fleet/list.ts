// The fleet's first job (issue 15): list an organisation's repositories through the REST API, keep
// those the filter names, and split them into batches for a matrix (one job scans one batch).
// Every answer of the API is hostile text: a repository is kept only when its name has GitHub's
// shape (it becomes a file name and a clone URL), a page that is not a list stops the run, and the
// next page is followed only on the API's own origin and path (a Link to another host would receive
// the token). Waiting for a rate limit is bounded and said; a pass over a partial list would be
// unearned, so a listing that cannot finish is an error, never a shorter list.
import picomatch from 'picomatch';
import { globProblem } from '../workspace/glob-guard.js';
import { ConfigurationError } from '../errors.js';
import { parseList } from '../inputs.js';

/** GitHub allows 256 jobs per matrix. */
export const MAX_MATRIX_JOBS = 256;
const PER_PAGE = 100;
/** 100 pages of 100: 10,000 repositories. */
export const MAX_PAGES = 100;
/** A Link header is a few hundred bytes; one much longer is not parsed. */
const MAX_LINK_HEADER = 8192;

export const VISIBILITIES = ['all', 'public', 'private', 'internal'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** owner/name as GitHub allows them (letters, digits, `-`, `_`, `.`; 100 characters at most). */
const NAME = /^[A-Za-z0-9_.-]{1,100}$/;

export function isRepositoryName(s: string): boolean {
  const [owner, name, ...rest] = s.split('/');
  return rest.length === 0 && owner !== undefined && name !== undefined && validPart(owner) && validPart(name);
}

function validPart(p: string): boolean {
  return NAME.test(p) && p !== '.' && p !== '..';
}

export interface RepoFilter {
  /** Every topic given must be on the repository (GitHub stores topics in lower case). */
  topics: string[];
  visibility: Visibility;
  includeArchived: boolean;
  includeForks: boolean;
  /** Globs over the repository name (without the owner); `!glob` excludes. Empty: every name. */
  namePatterns: string[];
}

export interface ListedRepository {
  /** `owner/name`. */
  repository: string;
  visibility: string;
  archived: boolean;
  fork: boolean;
  topics: string[];
}

export interface Listing {
  /** Kept by the filter, sorted by name. */
  repositories: ListedRepository[];
  /** Repositories the API listed (well-formed ones). */
  listed: number;
  /** Left out by the filter, by reason ("archived", "fork", ...). */
  skipped: Record<string, number>;
  /** Entries of the answer that are not a repository of this organisation (no name of GitHub's shape...). */
  malformed: number;
  pages: number;
}

export class FleetListError extends Error {
  override readonly name = 'FleetListError';
}

export interface ListOptions {
  token: string;
  organization: string;
  filter: RepoFilter;
  /** REST base URL; defaults to GITHUB_API_URL, then https://api.github.com. */
  apiUrl?: string;
  /** Each request. */
  timeoutMs?: number;
  maxPages?: number;
  /** The longest single wait for a rate limit; a longer reset is an error that says when to run again. */
  maxWaitMs?: number;
  /** All waits of one listing together. */
  maxTotalWaitMs?: number;
  /** Rate-limit answers in a row for one page before giving up. */
  maxRetries?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Epoch milliseconds (x-ratelimit-reset is epoch seconds). */
  now?: () => number;
  log?: (line: string) => void;
}

/** Parses the filter's text inputs; a bad value is a ConfigurationError naming the input. */
export function parseFilter(raw: { topics?: string; visibility?: string; includeArchived?: string; includeForks?: string; namePattern?: string }): RepoFilter {
  const visibility = (raw.visibility ?? 'all').trim().toLowerCase() || 'all';
  if (!(VISIBILITIES as readonly string[]).includes(visibility)) {
    throw new ConfigurationError(`--visibility: '${visibility.slice(0, 40)}' is not valid; accepted: ${VISIBILITIES.join(', ')}`);
  }
  const topics = parseList(raw.topics).map((t) => t.toLowerCase());
  for (const t of topics) {
    // GitHub's topic shape: lower-case letters, digits and hyphens, 50 characters at most.
    if (!/^[a-z0-9][a-z0-9-]{0,49}$/.test(t)) throw new ConfigurationError(`--topics: '${t.slice(0, 60)}' is not a topic; accepted: lower-case letters, digits and hyphens, up to 50 characters, comma-separated`);
  }
  const namePatterns = parseList(raw.namePattern);
  if (namePatterns.length > 50) throw new ConfigurationError('--name-pattern: more than 50 patterns; accepted: up to 50 globs, comma-separated');
  for (const p of namePatterns) {
    const problem = globProblem(p.startsWith('!') ? p.slice(1) : p);
    if (problem) throw new ConfigurationError(`--name-pattern: '${p.slice(0, 60)}' ${problem}`);
  }
  return {
    topics: [...new Set(topics)].sort(),
    visibility: visibility as Visibility,
    includeArchived: parseBool('--include-archived', raw.includeArchived),
    includeForks: parseBool('--include-forks', raw.includeForks),
    namePatterns,
  };
}

export function parseBool(name: string, v: string | undefined): boolean {
  const s = (v ?? '').trim().toLowerCase();
  if (s === '' || s === 'false') return false;
  if (s === 'true') return true;
  throw new ConfigurationError(`${name}: '${s.slice(0, 40)}' is not valid; accepted: true, false`);
}

/** Why the filter leaves `r` out, or undefined when it keeps it. */
export function filterReason(r: ListedRepository & { disabled?: boolean }, f: RepoFilter, nameMatch: (name: string) => boolean): string | undefined {
  // A disabled repository cannot be cloned: listing it would only add a failed row every run.
  if (r.disabled) return 'disabled';
  if (r.archived && !f.includeArchived) return 'archived';
  if (r.fork && !f.includeForks) return 'fork';
  if (f.visibility !== 'all' && r.visibility !== f.visibility) return 'visibility';
  if (f.topics.some((t) => !r.topics.includes(t))) return 'topics';
  if (!nameMatch(r.repository.slice(r.repository.indexOf('/') + 1))) return 'name-pattern';
  return undefined;
}

/** The name matcher: any positive glob (all names when there is none), and no `!` glob. */
export function nameMatcher(patterns: readonly string[]): (name: string) => boolean {
  const positive = patterns.filter((p) => !p.startsWith('!'));
  const negative = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  // Repository names are case-insensitive on GitHub; dots are ordinary characters in them.
  const opts = { nocase: true, dot: true };
  const yes = positive.length > 0 ? picomatch(positive, opts) : () => true;
  const no = negative.length > 0 ? picomatch(negative, opts) : () => false;
  return (name) => yes(name) && !no(name);
}

type Octokit = { request: (route: { method: string; url: string; request: { signal: AbortSignal } }) => Promise<{ data: unknown; headers: Record<string, string | number | undefined> }> };

interface Answer {
  data: unknown;
  headers: Record<string, string | number | undefined>;
}

export async function listRepositories(o: ListOptions): Promise<Listing> {
  if (!isRepositoryName(`${o.organization}/x`)) throw new ConfigurationError(`--organization: '${o.organization.slice(0, 60)}' is not an organisation name; accepted: letters, digits, '-', '_' and '.'`);
  if (!o.token) throw new ConfigurationError('the token is missing: set GITHUB_TOKEN (the workflow passes its `token` secret); it needs read access to the organisation\'s repositories');
  const base = new URL((o.apiUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''));
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((ok) => setTimeout(ok, ms)));
  const now = o.now ?? Date.now;
  const log = o.log ?? (() => undefined);
  const maxPages = o.maxPages ?? MAX_PAGES;
  const maxWaitMs = o.maxWaitMs ?? 15 * 60_000;
  const maxTotalWaitMs = o.maxTotalWaitMs ?? 30 * 60_000;
  const maxRetries = o.maxRetries ?? 5;
  const timeoutMs = o.timeoutMs ?? 30_000;
  const { getOctokit } = await import('@actions/github');
  const client = getOctokit(o.token, { baseUrl: base.href.replace(/\/+$/, '') }) as unknown as Octokit;
  const match = nameMatcher(o.filter.namePatterns);
  let waited = 0;

  const wait = async (ms: number, why: string): Promise<void> => {
    const w = Math.max(1000, Math.ceil(ms));
    if (w > maxWaitMs) throw new FleetListError(`${why}: the API asks for a wait of ${Math.ceil(w / 1000)} s, more than the ${Math.ceil(maxWaitMs / 1000)} s allowed; run again later or use a token with a higher limit (a GitHub App installation token)`);
    if (waited + w > maxTotalWaitMs) throw new FleetListError(`${why}: waiting would take the listing past ${Math.ceil(maxTotalWaitMs / 1000)} s of waits in all`);
    waited += w;
    log(`${why}: waiting ${Math.ceil(w / 1000)} s before the next request`);
    await sleep(w);
  };

  /** One page, with the rate limits' waits; errors of the token and the organisation said plainly. */
  const fetchPage = async (url: string, page: number): Promise<Answer> => {
    for (let attempt = 0; ; attempt++) {
      let answer: Answer;
      try {
        // Octokit reads a route object's own fields only: the signal goes in it.
        answer = await client.request({ method: 'GET', url, request: { signal: AbortSignal.timeout(timeoutMs) } });
      } catch (e) {
        const err = e as { status?: unknown; response?: { headers?: Record<string, string | number | undefined>; data?: unknown }; message?: string; name?: string };
        const status = typeof err.status === 'number' ? err.status : undefined;
        const headers = err.response?.headers ?? {};
        if (status === undefined || err.response === undefined) {
          const timedOut = err.name === 'TimeoutError' || err.name === 'AbortError' || /aborted|timeout/i.test(err.message ?? '');
          throw new FleetListError(timedOut ? `page ${page}: no answer from ${base.origin} within ${timeoutMs} ms` : `page ${page}: ${base.origin} did not answer (${firstLine(err.message ?? String(e))})`);
        }
        const limit = rateLimitWait(status, headers, apiMessage(err.response.data), now());
        if (limit) {
          if (attempt >= maxRetries) throw new FleetListError(`page ${page}: still rate limited after ${maxRetries} waits (${limit.kind} limit)`);
          await wait(limit.ms, `page ${page}: ${limit.kind} rate limit (HTTP ${status})`);
          continue;
        }
        throw new FleetListError(statusMessage(status, o.organization, apiMessage(err.response.data)));
      }
      return answer;
    }
  };

  const kept: ListedRepository[] = [];
  const skipped: Record<string, number> = {};
  let listed = 0;
  let malformed = 0;
  const seen = new Set<string>();
  const first = new URL(`${base.pathname.replace(/\/+$/, '')}/orgs/${encodeURIComponent(o.organization)}/repos`, base);
  first.searchParams.set('type', 'all');
  first.searchParams.set('sort', 'full_name');
  first.searchParams.set('per_page', String(PER_PAGE));
  let url: string | undefined = first.href;
  let pages = 0;
  const names = new Set<string>();
  while (url !== undefined) {
    if (pages >= maxPages) throw new FleetListError(`the organisation has more than ${maxPages * PER_PAGE} repositories (${maxPages} pages); narrow the filter's topics or name pattern`);
    if (seen.has(url)) throw new FleetListError(`page ${pages + 1}: the API's next link repeats an earlier page; the listing would not end`);
    seen.add(url);
    pages++;
    const { data, headers } = await fetchPage(url, pages);
    if (!Array.isArray(data)) throw new FleetListError(`page ${pages}: the answer is not a list of repositories`);
    if (data.length > PER_PAGE) throw new FleetListError(`page ${pages}: the answer has ${data.length} entries, more than the ${PER_PAGE} asked for`);
    for (const item of data) {
      const r = repositoryOf(item, o.organization);
      if (!r || names.has(r.repository.toLowerCase())) {
        malformed++;
        continue;
      }
      names.add(r.repository.toLowerCase());
      listed++;
      const why = filterReason(r, o.filter, match);
      if (why) skipped[why] = (skipped[why] ?? 0) + 1;
      else kept.push({ repository: r.repository, visibility: r.visibility, archived: r.archived, fork: r.fork, topics: r.topics });
    }
    url = nextLink(headers.link, base, pages);
    // Spent the primary limit on this page: wait for its reset before the next one rather than be refused.
    const remaining = Number(headers['x-ratelimit-remaining']);
    if (url !== undefined && headers['x-ratelimit-remaining'] !== undefined && remaining === 0) {
      const reset = Number(headers['x-ratelimit-reset']);
      await wait(Number.isFinite(reset) ? reset * 1000 - now() + 1000 : 60_000, `after page ${pages}: primary rate limit spent`);
    }
  }
  kept.sort((a, b) => compareNames(a.repository, b.repository));
  return { repositories: kept, listed, skipped, malformed, pages };
}

/** Case-insensitive order, the exact name as the tie-break: the same list always sorts the same. */
export function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

function repositoryOf(item: unknown, org: string): (ListedRepository & { disabled: boolean }) | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const r = item as Record<string, unknown>;
  const full = r.full_name;
  if (typeof full !== 'string' || !isRepositoryName(full)) return undefined;
  // The organisation's listing holds only its own repositories; another owner is not one of them.
  if (full.slice(0, full.indexOf('/')).toLowerCase() !== org.toLowerCase()) return undefined;
  const visibility = typeof r.visibility === 'string' ? r.visibility.toLowerCase() : r.private === true ? 'private' : r.private === false ? 'public' : undefined;
  if (visibility === undefined) return undefined;
  const topics = Array.isArray(r.topics) ? r.topics.filter((t): t is string => typeof t === 'string').slice(0, 100).map((t) => t.toLowerCase()) : [];
  return { repository: full, visibility, archived: r.archived === true, fork: r.fork === true, topics, disabled: r.disabled === true };
}

/**
 * The `rel="next"` target of a Link header, only on the API's origin and under its path: the token
 * goes with every request, and a next link elsewhere (another host, or a path outside the API on a
 * GHES host) is an answer we do not follow. Not following would lose pages, so it is an error.
 */
export function nextLink(link: unknown, base: URL, page: number): string | undefined {
  if (typeof link !== 'string' || link.length === 0) return undefined;
  if (link.length > MAX_LINK_HEADER) throw new FleetListError(`page ${page}: the Link header is longer than ${MAX_LINK_HEADER} characters`);
  for (const part of link.split(',')) {
    const open = part.indexOf('<');
    const close = part.indexOf('>');
    if (open < 0 || close < open || part.slice(0, open).trim() !== '') continue;
    // rel is a space-separated list of relation types, quoted or not.
    const rels = part
      .slice(close + 1)
      .split(';')
      .map((p) => p.trim())
      .filter((p) => /^rel\s*=/i.test(p))
      .flatMap((p) => p.slice(p.indexOf('=') + 1).trim().replace(/^"|"$/g, '').split(/\s+/));
    if (!rels.includes('next')) continue;
    let next: URL;
    try {
      next = new URL(part.slice(open + 1, close), base);
    } catch {
      throw new FleetListError(`page ${page}: the next-page link is not a URL`);
    }
    const prefix = base.pathname.replace(/\/+$/, '');
    if (next.origin !== base.origin || !(next.pathname === prefix || next.pathname.startsWith(`${prefix}/`)) || next.username || next.password) {
      throw new FleetListError(`page ${page}: the next-page link leaves the API (${next.origin}); not followed, since the token would go with it`);
    }
    // Octokit expands `{...}` in a URL as a template: a link that holds braces is not one of GitHub's.
    if (/[{}]/.test(next.href)) throw new FleetListError(`page ${page}: the next-page link is not one the API writes (it holds a brace)`);
    return next.href;
  }
  return undefined;
}

interface LimitWait {
  kind: 'primary' | 'secondary';
  ms: number;
}

/**
 * Whether an error answer is a rate limit, and how long to wait (GitHub's documented rules):
 * `retry-after` seconds when given; else, with `x-ratelimit-remaining: 0`, until `x-ratelimit-reset`;
 * else a secondary limit named in the message waits a minute. Other 403s are permissions.
 */
export function rateLimitWait(status: number, headers: Record<string, string | number | undefined>, message: string, nowMs: number): LimitWait | undefined {
  if (status !== 403 && status !== 429) return undefined;
  const secondary = /secondary rate limit|abuse/i.test(message);
  const retryAfter = headers['retry-after'];
  if (retryAfter !== undefined && /^\d{1,6}$/.test(String(retryAfter).trim())) {
    return { kind: secondary || status === 429 ? 'secondary' : 'primary', ms: Number(retryAfter) * 1000 };
  }
  if (String(headers['x-ratelimit-remaining'] ?? '') === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    return { kind: 'primary', ms: Number.isFinite(reset) ? reset * 1000 - nowMs + 1000 : 60_000 };
  }
  if (secondary || status === 429 || /rate limit/i.test(message)) return { kind: 'secondary', ms: 60_000 };
  return undefined;
}

function statusMessage(status: number, org: string, message: string): string {
  const said = message ? ` (the API says: ${message})` : '';
  if (status === 401) return `the token was refused (HTTP 401)${said}: it is missing, expired or revoked; pass a valid token`;
  if (status === 403) return `the token may not list the repositories of '${org}' (HTTP 403)${said}: it needs read access to them (a GitHub App installed on the organisation with contents: read and metadata: read, or a PAT authorised for its SSO)`;
  if (status === 404) return `organisation '${org}' was not found (HTTP 404)${said}: check the name, and that the token can see it`;
  return `listing the repositories of '${org}' failed (HTTP ${status})${said}`;
}

function apiMessage(data: unknown): string {
  const m = typeof data === 'object' && data !== null ? (data as { message?: unknown }).message : typeof data === 'string' ? data : undefined;
  return typeof m === 'string' ? firstLine(m) : '';
}

function firstLine(s: string): string {
  return (s.split('\n')[0] ?? '').slice(0, 200);
}

export interface Batch {
  /** Zero-padded, so names sort in order (`fleet-entries-007`). */
  id: string;
  repositories: string[];
}

export interface Batching {
  batches: Batch[];
  /** The batch size used: the one asked for, or larger to stay within the matrix's job limit. */
  size: number;
  /** Set when the size was raised: the sentence to print. */
  raised?: string;
}

/**
 * Consecutive batches of `size` repositories in the listing's order. GitHub refuses a matrix of more
 * than 256 jobs, so the size is raised to the smallest that fits, and that is said.
 */
export function makeBatches(repositories: readonly string[], size: number, maxJobs = MAX_MATRIX_JOBS): Batching {
  if (!Number.isInteger(size) || size < 1) throw new ConfigurationError(`--batch-size: '${size}' is not valid; accepted: a whole number from 1`);
  let used = size;
  let raised: string | undefined;
  if (Math.ceil(repositories.length / size) > maxJobs) {
    used = Math.ceil(repositories.length / maxJobs);
    raised = `batch size raised from ${size} to ${used}: ${repositories.length} repositories in batches of ${size} would be ${Math.ceil(repositories.length / size)} jobs, and GitHub allows ${maxJobs} per matrix`;
  }
  const count = Math.ceil(repositories.length / used);
  const width = Math.max(3, String(count).length);
  const batches: Batch[] = [];
  for (let i = 0; i < count; i++) {
    batches.push({ id: String(i + 1).padStart(width, '0'), repositories: repositories.slice(i * used, (i + 1) * used) });
  }
  return { batches, size: used, ...(raised ? { raised } : {}) };
}
