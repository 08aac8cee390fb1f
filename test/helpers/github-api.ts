// A small GitHub REST API of the test's own on 127.0.0.1, for the check run and the pull request
// comment: it keeps state between runs of the action (comments created stay, their ids are stable),
// answers with GitHub's status codes and response shapes (REST "Create a check run", "Update a check
// run", "List issue comments", "Create an issue comment", "Update an issue comment"), and records
// every request with its body. It runs in a child process: the action under test runs synchronously
// (test/e2e/harness.ts spawnSync), so a server in the test's own process could not answer.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ApiRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  auth: string | null;
  body: unknown;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
}

export interface FakeGitHubState {
  /** Every write answers 403 "Resource not accessible by integration" (a fork's read-only token). */
  readOnly?: boolean;
  /** Comments already on the pull request (ids chosen by the test). */
  comments?: FakeComment[];
}

export interface FakeGitHub {
  url: string;
  requests(): ApiRequest[];
  /** Forgets the recorded requests (the state stays). */
  clear(): void;
  /** Changes the state the next request sees (merged over what it holds). */
  set(state: FakeGitHubState): void;
  /** The comments as the server holds them now. */
  comments(): FakeComment[];
  stop(): void;
}

const SERVER = String.raw`
import { createServer } from 'node:http';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
const [log, statePath] = process.argv.slice(2);
const load = () => JSON.parse(readFileSync(statePath, 'utf8'));
const save = (s) => writeFileSync(statePath, JSON.stringify(s));
const NOW = '2026-12-06T10:00:00Z';
const forbidden = (res, doc) => json(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/' + doc, status: '403' });
const json = (res, status, body, headers = {}) => { res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }); res.end(JSON.stringify(body)); };
const bot = { login: 'github-actions[bot]', id: 41898282, node_id: 'MDM6Qm90NDE4OTgyODI=', type: 'Bot', site_admin: false };
const commentOf = (base, c, owner, repo, n) => ({
  url: base + '/repos/' + owner + '/' + repo + '/issues/comments/' + c.id, html_url: 'https://github.com/' + owner + '/' + repo + '/pull/' + n + '#issuecomment-' + c.id,
  issue_url: base + '/repos/' + owner + '/' + repo + '/issues/' + n, id: c.id, node_id: 'IC_' + c.id, user: c.user, created_at: NOW, updated_at: NOW,
  author_association: c.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR', body: c.body, performed_via_github_app: null,
  reactions: { url: '', total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 },
});
const checkRunOf = (base, owner, repo, run) => ({
  id: run.id, name: run.name, node_id: 'CR_' + run.id, head_sha: run.head_sha, external_id: '', url: base + '/repos/' + owner + '/' + repo + '/check-runs/' + run.id,
  html_url: 'https://github.com/' + owner + '/' + repo + '/runs/' + run.id, details_url: 'https://github.com/' + owner + '/' + repo + '/runs/' + run.id,
  status: run.status, conclusion: run.conclusion, started_at: NOW, completed_at: run.completed_at ?? NOW,
  output: { title: run.output.title, summary: run.output.summary, text: run.output.text ?? null, annotations_count: run.annotations, annotations_url: base + '/repos/' + owner + '/' + repo + '/check-runs/' + run.id + '/annotations' },
  check_suite: { id: 5 }, app: { id: 15368, slug: 'github-actions', name: 'GitHub Actions' }, pull_requests: [],
});
const s = createServer((req, res) => {
  let raw = '';
  req.on('data', (d) => (raw += d));
  req.on('end', () => {
    let body = null;
    try { body = raw ? JSON.parse(raw) : null; } catch { body = raw; }
    appendFileSync(log, JSON.stringify({ method: req.method, url: req.url, auth: req.headers.authorization ?? null, body }) + '\n');
    const base = 'http://' + req.headers.host;
    const u = new URL(req.url, base);
    const st = load();
    let m;
    if (req.method === 'POST' && (m = /^\/repos\/([^/]+)\/([^/]+)\/check-runs$/.exec(u.pathname))) {
      if (st.readOnly) return forbidden(res, 'checks/runs#create-a-check-run');
      const id = 4242 + (st.checkRuns ?? []).length;
      const run = { id, name: body.name, head_sha: body.head_sha, status: body.status, conclusion: body.conclusion, completed_at: body.completed_at, output: body.output, annotations: body.output?.annotations?.length ?? 0 };
      st.checkRuns = [...(st.checkRuns ?? []), run];
      save(st);
      return json(res, 201, checkRunOf(base, m[1], m[2], run));
    }
    if (req.method === 'PATCH' && (m = /^\/repos\/([^/]+)\/([^/]+)\/check-runs\/(\d+)$/.exec(u.pathname))) {
      if (st.readOnly) return forbidden(res, 'checks/runs#update-a-check-run');
      const run = (st.checkRuns ?? []).find((r) => r.id === Number(m[3]));
      if (!run) return json(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/checks/runs#update-a-check-run', status: '404' });
      run.annotations += body.output?.annotations?.length ?? 0;
      run.output = { ...body.output, annotations: undefined };
      save(st);
      return json(res, 200, checkRunOf(base, m[1], m[2], run));
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(u.pathname))) {
      const n = Number(m[3]);
      if (req.method === 'GET') {
        const per = Math.min(Number(u.searchParams.get('per_page') ?? 30), 100);
        const page = Number(u.searchParams.get('page') ?? 1);
        const all = st.comments ?? [];
        const last = Math.max(1, Math.ceil(all.length / per));
        const link = page < last ? { link: '<' + base + u.pathname + '?per_page=' + per + '&page=' + (page + 1) + '>; rel="next", <' + base + u.pathname + '?per_page=' + per + '&page=' + last + '>; rel="last"' } : {};
        return json(res, 200, all.slice((page - 1) * per, page * per).map((c) => commentOf(base, c, m[1], m[2], n)), link);
      }
      if (req.method === 'POST') {
        if (st.readOnly) return forbidden(res, 'issues/comments#create-an-issue-comment');
        const c = { id: 9000 + (st.comments ?? []).length + 1, body: body.body, user: bot };
        st.comments = [...(st.comments ?? []), c];
        save(st);
        return json(res, 201, commentOf(base, c, m[1], m[2], n), { location: base + '/repos/' + m[1] + '/' + m[2] + '/issues/comments/' + c.id });
      }
    }
    if (req.method === 'PATCH' && (m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(u.pathname))) {
      if (st.readOnly) return forbidden(res, 'issues/comments#update-an-issue-comment');
      const c = (st.comments ?? []).find((x) => x.id === Number(m[3]));
      if (!c) return json(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/issues/comments#update-an-issue-comment', status: '404' });
      c.body = body.body;
      save(st);
      return json(res, 200, commentOf(base, c, m[1], m[2], 0));
    }
    json(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
  });
});
s.listen(0, '127.0.0.1', () => console.log(s.address().port));
`;

export async function fakeGitHub(state: FakeGitHubState = {}): Promise<FakeGitHub> {
  const dir = mkdtempSync(join(tmpdir(), 'rg-github-api-'));
  const log = join(dir, 'requests.log');
  const statePath = join(dir, 'state.json');
  const script = join(dir, 'server.mjs');
  writeFileSync(log, '');
  writeFileSync(statePath, JSON.stringify(state));
  writeFileSync(script, SERVER);
  const server = spawn(process.execPath, [script, log, statePath], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((ok, fail) => {
    server.once('error', fail);
    server.stdout!.once('data', (d: Buffer) => ok(Number(String(d).trim())));
  });
  const read = () => JSON.parse(readFileSync(statePath, 'utf8')) as FakeGitHubState & { comments?: FakeComment[] };
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () =>
      readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as ApiRequest),
    clear: () => writeFileSync(log, ''),
    set: (s) => writeFileSync(statePath, JSON.stringify({ ...read(), ...s })),
    comments: () => read().comments ?? [],
    stop: () => void server.kill(),
  };
}
