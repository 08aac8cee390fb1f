// The fleet's listing and batching (issue 15) against a server of our own on 127.0.0.1 that answers
// GET /orgs/{org}/repos like GitHub: 600 repositories over pages of 100 linked by `Link: rel="next"`,
// rate-limit answers, refusals. Waits go through a recorded sleep: nothing here waits for real.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { batchesJson, fleetCli } from '../../src/fleet/cli.js';
import { FleetListError, listRepositories, makeBatches, nextLink, parseFilter, rateLimitWait, type ListOptions } from '../../src/fleet/list.js';
import { parseOutputs } from '../e2e/harness.js';

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((ok) => s.close(ok));
  }
});

interface Repo {
  full_name: string;
  visibility?: string;
  private?: boolean;
  archived: boolean;
  fork: boolean;
  disabled?: boolean;
  topics: string[];
}

/** 600 repositories of acme, with every property the filter reads spread over them. */
function org600(): Repo[] {
  const repos: Repo[] = [];
  for (let i = 0; i < 600; i++) {
    const topics = [...(i % 2 === 0 ? ['prod'] : []), ...(i % 5 === 0 ? ['payments'] : [])];
    repos.push({
      full_name: `acme/svc-${String(i).padStart(3, '0')}`,
      visibility: ['private', 'public', 'internal'][i % 3],
      archived: i % 50 === 7,
      fork: i % 40 === 1,
      topics,
    });
  }
  return repos;
}

type Handler = (req: IncomingMessage, res: ServerResponse, page: number) => boolean;

/**
 * The organisation's listing, 100 per page (shuffled within a page: the client sorts), with
 * absolute `Link` URLs as GitHub sends them. `before` may answer a request itself (rate limits).
 */
async function serve(repos: unknown[], before?: Handler): Promise<{ url: string; seen: string[]; auth: Array<string | undefined> }> {
  const seen: string[] = [];
  const auth: Array<string | undefined> = [];
  const s = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    auth.push(req.headers.authorization);
    const u = new URL(req.url ?? '/', 'http://x');
    if (u.pathname !== '/orgs/acme/repos') {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Not Found' }));
      return;
    }
    const page = Number(u.searchParams.get('page') ?? '1');
    if (before?.(req, res, page)) return;
    const per = Number(u.searchParams.get('per_page') ?? '30');
    const slice = repos.slice((page - 1) * per, page * per).reverse();
    const last = Math.ceil(repos.length / per);
    const origin = `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
    const link = (p: number, rel: string) => `<${origin}/orgs/acme/repos?type=all&sort=full_name&per_page=${per}&page=${p}>; rel="${rel}"`;
    const links = [...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []), ...(page > 1 ? [link(1, 'first')] : [])];
    res.writeHead(200, { 'content-type': 'application/json', ...(links.length ? { link: links.join(', ') } : {}), 'x-ratelimit-remaining': '4000', 'x-ratelimit-reset': '1900000000' });
    res.end(JSON.stringify(slice));
  });
  servers.push(s);
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`, seen, auth };
}

const ALL = parseFilter({ visibility: 'all', includeArchived: 'true', includeForks: 'true' });

function options(apiUrl: string, extra: Partial<ListOptions> = {}): ListOptions & { waits: number[]; lines: string[] } {
  const waits: number[] = [];
  const lines: string[] = [];
  return {
    token: 'ghs_testtoken1234567890ABCDEF',
    organization: 'acme',
    filter: ALL,
    apiUrl,
    sleep: async (ms) => void waits.push(ms),
    now: () => 1_800_000_000_000,
    log: (l) => void lines.push(l),
    ...extra,
    waits,
    lines,
  };
}

async function refusal(p: Promise<unknown>): Promise<FleetListError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(FleetListError);
    return e as FleetListError;
  }
  throw new Error('expected the listing to fail');
}

describe('fleet list: the organisation listing', () => {
  it('follows rel="next" over six pages of 100, sends the token, and sorts the 600 repositories', async () => {
    const { url, seen, auth } = await serve(org600());
    const o = options(url);
    const l = await listRepositories(o);
    expect(l.pages).toBe(6);
    expect(l.listed).toBe(600);
    expect(l.repositories).toHaveLength(600);
    expect(l.repositories[0]!.repository).toBe('acme/svc-000');
    expect(l.repositories.at(-1)!.repository).toBe('acme/svc-599');
    expect(seen).toHaveLength(6);
    expect(seen[0]).toBe('GET /orgs/acme/repos?type=all&sort=full_name&per_page=100');
    expect(seen[5]).toContain('page=6');
    expect(new Set(auth)).toEqual(new Set(['token ghs_testtoken1234567890ABCDEF']));
    expect(o.waits).toEqual([]);
  });

  it('the default filter leaves out archived repositories and forks, and says how many', async () => {
    const { url } = await serve(org600());
    const repos = org600();
    const l = await listRepositories(options(url, { filter: parseFilter({}) }));
    const expected = repos.filter((r) => !r.archived && !r.fork).map((r) => r.full_name);
    expect(l.repositories.map((r) => r.repository)).toEqual(expected);
    expect(l.skipped).toEqual({ archived: repos.filter((r) => r.archived).length, fork: repos.filter((r) => r.fork && !r.archived).length });
  });

  it('topics (all of them), visibility and a name pattern with an exclusion', async () => {
    const { url } = await serve(org600());
    const filter = parseFilter({ topics: 'Prod, payments', visibility: 'private', includeArchived: 'true', includeForks: 'false', namePattern: 'svc-1*,svc-2*,!svc-15*' });
    const l = await listRepositories(options(url, { filter }));
    const expected = org600()
      .filter((r) => !r.fork && r.visibility === 'private' && r.topics.includes('prod') && r.topics.includes('payments'))
      .map((r) => r.full_name)
      .filter((n) => /^acme\/svc-[12]/.test(n) && !/^acme\/svc-15/.test(n));
    expect(expected).toEqual(['acme/svc-120', 'acme/svc-180', 'acme/svc-210', 'acme/svc-240', 'acme/svc-270']);
    expect(l.repositories.map((r) => r.repository)).toEqual(expected);
    // Near-miss: one topic of the two is not enough.
    expect(l.repositories.every((r) => r.topics.includes('payments'))).toBe(true);
  });

  it('entries that are not repositories of the organisation are counted and ignored, not a crash', async () => {
    const repos: unknown[] = org600().slice(0, 3);
    repos.push({ full_name: 'other/svc-x', visibility: 'public', topics: [] }, { full_name: 'acme/../etc', visibility: 'public' }, { full_name: 'acme/no-visibility' }, null, 'acme/str', { full_name: 'acme/svc-000', visibility: 'public' });
    const { url } = await serve(repos);
    const l = await listRepositories(options(url));
    expect(l.repositories.map((r) => r.repository)).toEqual(['acme/svc-000', 'acme/svc-001', 'acme/svc-002']);
    expect(l.malformed).toBe(6);
  });

  it('an answer that is not a list stops the listing', async () => {
    const { url } = await serve([], (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"message":"ok"}');
      return true;
    });
    expect((await refusal(listRepositories(options(url)))).message).toMatch(/not a list of repositories/);
  });
});

describe('fleet list: rate limits', () => {
  it('a secondary limit (403 with retry-after) waits as asked, says so, and goes on', async () => {
    let refused = 0;
    const { url, seen } = await serve(org600(), (_req, res, page) => {
      if (page !== 3 || refused >= 2) return false;
      refused++;
      res.writeHead(403, { 'content-type': 'application/json', 'retry-after': '7' }).end(JSON.stringify({ message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }));
      return true;
    });
    const o = options(url);
    const l = await listRepositories(o);
    expect(l.repositories).toHaveLength(600);
    expect(o.waits).toEqual([7000, 7000]);
    expect(o.lines[0]).toBe('page 3: secondary rate limit (HTTP 403): waiting 7 s before the next request');
    expect(seen.filter((s) => s.includes('page=3'))).toHaveLength(3);
  });

  it('a spent primary limit (429, x-ratelimit-remaining 0) waits until x-ratelimit-reset', async () => {
    let refused = false;
    const { url } = await serve(org600(), (_req, res, page) => {
      if (page !== 2 || refused) return false;
      refused = true;
      res.writeHead(429, { 'content-type': 'application/json', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(1_800_000_000 + 40) }).end('{"message":"API rate limit exceeded"}');
      return true;
    });
    const o = options(url);
    expect((await listRepositories(o)).repositories).toHaveLength(600);
    expect(o.waits).toEqual([41_000]);
    expect(o.lines[0]).toMatch(/^page 2: primary rate limit \(HTTP 429\): waiting 41 s/);
  });

  it('a page that spends the last request waits for the reset before asking for the next', async () => {
    const { url } = await serve(org600(), (_req, res, page) => {
      if (page !== 1) return false;
      const origin = url0();
      res.writeHead(200, { 'content-type': 'application/json', link: `<${origin}/orgs/acme/repos?per_page=100&page=2>; rel="next"`, 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(1_800_000_000 + 5) });
      res.end(JSON.stringify(org600().slice(0, 100)));
      return true;
    });
    const url0 = () => url;
    const o = options(url);
    expect((await listRepositories(o)).repositories).toHaveLength(600);
    expect(o.waits).toEqual([6000]);
    expect(o.lines[0]).toBe('after page 1: primary rate limit spent: waiting 6 s before the next request');
  });

  it('a wait longer than allowed is an error that says so; so is a limit that does not lift', async () => {
    const long = await serve(org600(), (_req, res) => {
      res.writeHead(403, { 'retry-after': '3600', 'content-type': 'application/json' }).end('{"message":"You have exceeded a secondary rate limit."}');
      return true;
    });
    const e = await refusal(listRepositories(options(long.url, { maxWaitMs: 600_000 })));
    expect(e.message).toMatch(/asks for a wait of 3600 s, more than the 600 s allowed/);

    const stuck = await serve(org600(), (_req, res) => {
      res.writeHead(429, { 'retry-after': '1' }).end();
      return true;
    });
    const o = options(stuck.url, { maxRetries: 3 });
    expect((await refusal(listRepositories(o))).message).toMatch(/still rate limited after 3 waits/);
    expect(o.waits).toEqual([1000, 1000, 1000]);
  });

  it('rateLimitWait: a 403 without a limit sign is a permission answer, not a wait', () => {
    expect(rateLimitWait(403, {}, 'Resource not accessible by integration', 0)).toBeUndefined();
    expect(rateLimitWait(404, { 'retry-after': '5' }, '', 0)).toBeUndefined();
    expect(rateLimitWait(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '100' }, '', 90_000)).toEqual({ kind: 'primary', ms: 11_000 });
    expect(rateLimitWait(403, {}, 'You have exceeded a secondary rate limit', 0)).toEqual({ kind: 'secondary', ms: 60_000 });
    expect(rateLimitWait(429, { 'retry-after': 'soon' }, '', 0)).toEqual({ kind: 'secondary', ms: 60_000 });
  });
});

describe('fleet list: refusals', () => {
  const refuse = (status: number, message: string) => (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ message }));
    return true;
  };

  it('401: the token was refused', async () => {
    const { url, seen } = await serve([], refuse(401, 'Bad credentials'));
    const e = await refusal(listRepositories(options(url)));
    expect(e.message).toBe('the token was refused (HTTP 401) (the API says: Bad credentials): it is missing, expired or revoked; pass a valid token');
    expect(seen).toHaveLength(1);
  });

  it('403 without a rate limit: the token lacks access; 404: no such organisation', async () => {
    const forbidden = await serve([], refuse(403, 'Resource not accessible by integration'));
    expect((await refusal(listRepositories(options(forbidden.url)))).message).toMatch(/may not list the repositories of 'acme' \(HTTP 403\).*needs read access/);
    const missing = await serve([]);
    expect((await refusal(listRepositories(options(missing.url, { organization: 'nobody' })))).message).toMatch(/organisation 'nobody' was not found \(HTTP 404\)/);
  });

  it('an API that does not answer is given up after the request timeout', async () => {
    const { url, seen } = await serve([], () => true);
    expect((await refusal(listRepositories(options(url, { timeoutMs: 300 })))).message).toMatch(/^page 1: no answer from http:\/\/127\.0\.0\.1:\d+ within 300 ms$/);
    expect(seen).toHaveLength(1);
  });

  it('a next link to another host is not followed (the token would go with it)', async () => {
    const { url, seen } = await serve([], (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', link: '<http://127.0.0.2:1/orgs/acme/repos?page=2>; rel="next"' }).end('[]');
      return true;
    });
    expect((await refusal(listRepositories(options(url)))).message).toMatch(/leaves the API \(http:\/\/127\.0\.0\.2:1\); not followed/);
    expect(seen).toHaveLength(1);
  });

  it('a next link that repeats a page, and more pages than allowed, end with an error', async () => {
    const loop = await serve([], (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', link: `<${loop.url}/orgs/acme/repos?page=1>; rel="next"` }).end('[]');
      return Boolean(req);
    });
    expect((await refusal(listRepositories(options(loop.url)))).message).toMatch(/repeats an earlier page/);
    const { url } = await serve(org600());
    expect((await refusal(listRepositories(options(url, { maxPages: 3 })))).message).toMatch(/more than 300 repositories \(3 pages\)/);
  });

  it('nextLink: rel lists, quoted or not; other relations ignored; GHES path prefix kept', () => {
    const base = new URL('https://ghe.example/api/v3');
    expect(nextLink('<https://ghe.example/api/v3/orgs/a/repos?page=2>; rel="next", <https://ghe.example/api/v3/orgs/a/repos?page=9>; rel="last"', base, 1)).toBe('https://ghe.example/api/v3/orgs/a/repos?page=2');
    expect(nextLink('<https://ghe.example/api/v3/x?page=2>; rel=next', base, 1)).toBe('https://ghe.example/api/v3/x?page=2');
    expect(nextLink('<https://ghe.example/api/v3/x?page=1>; rel="prev first"', base, 1)).toBeUndefined();
    expect(nextLink('<https://ghe.example/api/v3/x?page=2>; rel="nextpage"', base, 1)).toBeUndefined();
    expect(() => nextLink('<https://ghe.example/login?page=2>; rel="next"', base, 1)).toThrow(/leaves the API/);
    expect(() => nextLink('<https://u:p@ghe.example/api/v3/x>; rel="next"', base, 1)).toThrow(/leaves the API/);
    expect(() => nextLink('<https://ghe.example/api/v3/x?page={page}>; rel="next"', base, 1)).toThrow(/holds a brace/);
    expect(() => nextLink(`<https://ghe.example/api/v3/x>; rel="next"${' '.repeat(9000)}`, base, 1)).toThrow(/longer than 8192/);
  });
});

describe('fleet list: batches for the matrix', () => {
  const names = (n: number) => Array.from({ length: n }, (_, i) => `acme/r${String(i).padStart(4, '0')}`);

  it('keeps the size asked for while the jobs fit in 256', () => {
    const b = makeBatches(names(600), 10);
    expect(b.batches).toHaveLength(60);
    expect(b.size).toBe(10);
    expect(b.raised).toBeUndefined();
    expect(b.batches[0]).toEqual({ id: '001', repositories: names(10) });
    expect(b.batches.flatMap((x) => x.repositories)).toEqual(names(600));
    // Exactly 256 jobs is allowed.
    expect(makeBatches(names(1024), 4).batches).toHaveLength(256);
    expect(makeBatches(names(1024), 4).raised).toBeUndefined();
  });

  it('raises the size to the smallest that fits in 256 jobs, and says so', () => {
    const b = makeBatches(names(600), 2);
    expect(b.size).toBe(3);
    expect(b.batches).toHaveLength(200);
    expect(b.raised).toBe('batch size raised from 2 to 3: 600 repositories in batches of 2 would be 300 jobs, and GitHub allows 256 per matrix');
    const c = makeBatches(names(1025), 4);
    expect(c.size).toBe(5);
    expect(c.batches.length).toBeLessThanOrEqual(256);
    expect(c.batches.flatMap((x) => x.repositories)).toEqual(names(1025));
  });

  it('batches that would not fit in the merge step input (one environment variable under 128 KiB) are an error, not a cut list', () => {
    const long = Array.from({ length: 10_000 }, (_, i) => `acme/${'x'.repeat(90)}${String(i).padStart(5, '0')}`);
    expect(() => batchesJson(makeBatches(long, 40).batches)).toThrow(/more than the merge step can take as an input \(120000: one environment variable\); narrow the filter/);
    const short = long.slice(0, 3_000).map((n) => n.replace(/x{90}/, 'r'));
    expect(Buffer.byteLength(batchesJson(makeBatches(short, 40).batches))).toBeLessThan(120_000);
    expect(JSON.parse(batchesJson(makeBatches(short, 40).batches))).toHaveLength(75);
  });

  it('no repositories: no batch; a size below 1 is refused', () => {
    expect(makeBatches([], 5).batches).toEqual([]);
    expect(() => makeBatches(names(3), 0)).toThrow(/--batch-size/);
  });
});

describe('readiness-gate fleet list', () => {
  const sink = () => {
    let text = '';
    return { stream: { write: (s: string) => ((text += s), true) } as unknown as NodeJS.WritableStream, text: () => text };
  };

  it('writes batches, count and batch-size to GITHUB_OUTPUT, and what it did to stderr', async () => {
    const { url } = await serve(org600());
    const dir = mkdtempSync(join(tmpdir(), 'rg-fleet-list-'));
    const outputFile = join(dir, 'output');
    writeFileSync(outputFile, '');
    const out = sink();
    const err = sink();
    const code = await fleetCli(['list', '--organization', 'acme', '--batch-size', '2', '--topics', 'prod'], {
      out: out.stream,
      err: err.stream,
      env: { GITHUB_TOKEN: 'ghs_testtoken1234567890ABCDEF', GITHUB_API_URL: url, GITHUB_OUTPUT: outputFile },
    });
    expect(code).toBe(0);
    expect(out.text()).toBe('');
    const outputs = parseOutputs(readFileSync(outputFile, 'utf8'));
    const kept = org600().filter((r) => !r.archived && !r.fork && r.topics.includes('prod'));
    expect(outputs.count).toBe(String(kept.length));
    const batches = JSON.parse(outputs.batches!) as Array<{ id: string; repositories: string[] }>;
    expect(batches.flatMap((b) => b.repositories)).toEqual(kept.map((r) => r.full_name));
    expect(outputs['batch-size']).toBe('2');
    expect(err.text()).toContain(`600 repositories in 6 page(s); ${kept.length} kept, left out: `);
  });

  it('without GITHUB_OUTPUT prints the JSON; bad values exit 2 naming the input', async () => {
    const { url } = await serve(org600().slice(0, 5));
    const out = sink();
    expect(await fleetCli(['list', '--organization', 'acme', '--include-forks', 'true'], { out: out.stream, err: sink().stream, env: { GITHUB_TOKEN: 'ghs_testtoken1234567890ABCDEF', GITHUB_API_URL: url } })).toBe(0);
    expect(JSON.parse(out.text())).toEqual({ count: 5, batchSize: 10, batches: [{ id: '001', repositories: org600().slice(0, 5).map((r) => r.full_name) }] });

    const cases: Array<[string[], RegExp]> = [
      [['list'], /--organization is required/],
      [['list', '--organization', 'acme', '--visibility', 'secret'], /--visibility: 'secret' is not valid; accepted: all, public, private, internal/],
      [['list', '--organization', 'acme', '--batch-size', '0'], /--batch-size: '0' is not valid/],
      [['list', '--organization', 'acme', '--include-archived', 'yes'], /--include-archived: 'yes' is not valid; accepted: true, false/],
      [['list', '--organization', 'acme', '--name-pattern', '*a*b*c*'], /--name-pattern: '\*a\*b\*c\*' has 4 '\*' wildcards/],
      [['list', '--organization', 'acme', '--topics', 'Not A Topic'], /--topics: 'not a topic' is not a topic/],
      [['list', '--organization', 'ac/me'], /--organization: 'ac\/me' is not an organisation name/],
      [['list', '--organisation', 'acme'], /Unknown option '--organisation'/],
      [['lsit'], /unknown command 'lsit'; accepted: list, scan, merge/],
    ];
    for (const [argv, message] of cases) {
      const err = sink();
      expect(await fleetCli(argv, { out: sink().stream, err: err.stream, env: { GITHUB_TOKEN: 'x', GITHUB_API_URL: url } }), argv.join(' ')).toBe(2);
      expect(err.text()).toMatch(message);
    }
  });

  it('a refused token exits 2 with the reason, and the token is not printed', async () => {
    const { url } = await serve([], (_req, res) => {
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Bad credentials for ghs_testtoken1234567890ABCDEF' }));
      return true;
    });
    const err = sink();
    expect(await fleetCli(['list', '--organization', 'acme'], { out: sink().stream, err: err.stream, env: { GITHUB_TOKEN: 'ghs_testtoken1234567890ABCDEF', GITHUB_API_URL: url } })).toBe(2);
    expect(err.text()).toMatch(/the token was refused \(HTTP 401\)/);
    expect(err.text()).not.toContain('ghs_testtoken1234567890ABCDEF');
  });
});
