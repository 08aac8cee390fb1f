// The REST session of the posts after a run: an API that does not answer is given up after the first
// request, one that answers (even 403) is asked again. Against HTTP servers on 127.0.0.1.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { GitHubApiError } from '../../src/github/client.js';
import { restSession } from '../../src/github/rest.js';

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((ok) => s.close(ok));
  }
});

async function serve(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ url: string; seen: string[] }> {
  const seen: string[] = [];
  const s = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    handle(req, res);
  });
  servers.push(s);
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`, seen };
}

const failure = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e as GitHubApiError;
  }
  throw new Error('expected a failure');
};

describe('restSession', () => {
  it('an API that never answers: the first request times out, the next fails at once without a request', async () => {
    const api = await serve(() => undefined); // accepts, never answers
    const s = restSession({ token: 't', repository: 'acme/shop', apiUrl: api.url, firstTimeoutMs: 300 });
    const first = await failure(s.request('POST /repos/{owner}/{repo}/check-runs', { name: 'x' }));
    expect(first).toBeInstanceOf(GitHubApiError);
    expect(first.status).toBe('timeout');
    const second = await failure(s.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: 7 }));
    expect(second).toBe(first);
    expect(api.seen).toEqual(['POST /repos/acme/shop/check-runs']);
  });

  it('a refused connection is the API not answering, not an HTTP 500', async () => {
    const api = await serve(() => undefined);
    const url = api.url;
    servers[0]!.closeAllConnections();
    await new Promise((ok) => servers.splice(0)[0]!.close(ok));
    const s = restSession({ token: 't', repository: 'acme/shop', apiUrl: url });
    const e = await failure(s.request('GET /repos/{owner}/{repo}'));
    expect(e.status).toBe('network');
    expect(await failure(s.request('GET /repos/{owner}/{repo}'))).toBe(e);
  });

  it('a 403 is an answer: the status is kept and the next request is sent', async () => {
    const api = await serve((req, res) => {
      res.writeHead(req.method === 'POST' ? 403 : 200, { 'content-type': 'application/json' });
      res.end(req.method === 'POST' ? JSON.stringify({ message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run', status: '403' }) : '[]');
    });
    const s = restSession({ token: 't', repository: 'acme/shop', apiUrl: api.url });
    const e = await failure(s.request('POST /repos/{owner}/{repo}/check-runs', { name: 'x' }));
    expect(e.status).toBe(403);
    expect(e.message).toMatch(/^HTTP 403 \(Resource not accessible by integration/);
    expect(await s.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: 7 })).toEqual([]);
    expect(api.seen).toEqual(['POST /repos/acme/shop/check-runs', 'GET /repos/acme/shop/issues/7/comments']);
  });
});
