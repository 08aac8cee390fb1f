import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import check from '../../src/checks/branch-protection-missing/index.js';
import { scanTree } from '../helpers/rule-tester.js';

// A stand-in for the GitHub REST API on 127.0.0.1; each test sets how it answers.
type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let handler: Handler = (_req, res) => res.end();
const seen: string[] = [];
let server: Server;
let base = '';

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

/** A repository whose default branch is `trunk`, protected or not, with these ruleset rules. */
const repo = (branchProtected: boolean, rules: unknown[] = []): Handler => (req, res) => {
  if (req.url === '/repos/acme/shop') return json(res, 200, { default_branch: 'trunk' });
  if (req.url === '/repos/acme/shop/branches/trunk') return json(res, 200, { name: 'trunk', protected: branchProtected });
  if (req.url === '/repos/acme/shop/rules/branches/trunk') return json(res, 200, rules);
  return json(res, 404, { message: 'Not Found' });
};

const saved = { ...process.env };
beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
    handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});
afterEach(() => {
  process.env = { ...saved };
  seen.length = 0;
});

async function scan(token = 'ghs_test') {
  process.env.GITHUB_API_URL = base;
  process.env.GITHUB_REPOSITORY = 'acme/shop';
  process.env.READINESS_GATE_API_TIMEOUT_MS = '300';
  return scanTree([check], { 'README.md': '# shop\n' }, { inputs: { 'github-token': token } });
}

describe('branch-protection-missing (against a local API on 127.0.0.1)', () => {
  it('protected default branch: no finding, a present gap; the token is sent', async () => {
    handler = repo(true);
    const r = await scan();
    expect(r.findings).toEqual([]);
    expect(r.gaps).toEqual([{ area: 'operations', component: 'branch protection', status: 'present', evidence: 'trunk: branch protection' }]);
    expect(seen[0]).toBe('GET /repos/acme/shop token ghs_test');
  });

  it('unprotected and no ruleset: a P1 finding at "."', async () => {
    handler = repo(false, []);
    const r = await scan();
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.location.path])).toEqual([['branch-protection-missing', 'P1', '.']]);
    expect(r.findings[0]!.message).toContain('`trunk` of acme/shop');
    expect(r.gaps[0]!.status).toBe('missing');
  });

  it('protected by a ruleset only: no finding', async () => {
    handler = repo(false, [{ type: 'pull_request', ruleset_id: 7 }, { type: 'non_fast_forward', ruleset_id: 7 }]);
    const r = await scan();
    expect(r.findings).toEqual([]);
    expect(r.gaps[0]).toMatchObject({ status: 'present', evidence: 'trunk: ruleset (pull_request, non_fast_forward)' });
  });

  it.each([
    [403, /HTTP 403/],
    [404, /HTTP 404/],
  ])('HTTP %s: a notice, no finding, inconclusive', async (status, re) => {
    handler = (_req, res) => json(res, status, { message: 'Resource not accessible by integration' });
    const r = await scan();
    expect(r.findings).toEqual([]);
    expect(r.notices.filter((n) => n.startsWith('branch-protection-missing:'))).toEqual([expect.stringMatching(re)]);
    expect(r.outcomes[0]).toMatchObject({ ruleId: 'branch-protection-missing', status: 'inconclusive' });
  });

  it('timeout: a notice, no finding', async () => {
    handler = () => undefined; // never answers
    const t = Date.now();
    const r = await scan();
    expect(Date.now() - t).toBeLessThan(5000);
    expect(r.findings).toEqual([]);
    expect(r.notices.join('\n')).toMatch(/did not answer in time/);
  });

  it('no token or no repository: not applicable, and no request', async () => {
    handler = repo(false);
    process.env.GITHUB_REPOSITORY = 'acme/shop';
    const r = await scanTree([check], { 'README.md': '' }, { inputs: { 'github-token': '' } });
    expect(r.outcomes[0]).toMatchObject({ status: 'not-applicable' });
    delete process.env.GITHUB_REPOSITORY;
    const r2 = await scanTree([check], { 'README.md': '' }, { inputs: { 'github-token': 'x' } });
    expect(r2.outcomes[0]).toMatchObject({ status: 'not-applicable' });
    expect(seen).toEqual([]);
  });
});
