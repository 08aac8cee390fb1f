// dependency-graph: true through the bundled action, as the runner runs it, against a dependency
// submission API of the test's own on 127.0.0.1 (a child process: the action runs synchronously).
// The server answers as GitHub does: 201 with id/created_at/result/message, 403 for a read-only
// token, 404, 422 for a body it does not take; it records every request with its body.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hostileRepo, pullRequest, type Tree } from '../security/hostile.js';
import { runAction, type ActionRun } from './harness.js';

const T = 120_000;

const SERVER = String.raw`
import { createServer } from 'node:http';
import { appendFileSync, readFileSync } from 'node:fs';
const [log, statePath] = process.argv.slice(2);
const doc = 'https://docs.github.com/rest/dependency-graph/dependency-submission#create-a-snapshot-of-dependencies-for-a-repository';
const json = (res, status, body) => { res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }); res.end(JSON.stringify(body)); };
const s = createServer((req, res) => {
  let raw = '';
  req.on('data', (d) => (raw += d));
  req.on('end', () => {
    let body = null;
    try { body = raw ? JSON.parse(raw) : null; } catch { body = raw; }
    appendFileSync(log, JSON.stringify({ method: req.method, url: req.url, auth: req.headers.authorization ?? null, body }) + '\n');
    const { status } = JSON.parse(readFileSync(statePath, 'utf8'));
    if (req.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/dependency-graph\/snapshots$/.test(req.url)) {
      if (status === 403) return json(res, 403, { message: 'Resource not accessible by integration', documentation_url: doc, status: '403' });
      if (status === 404) return json(res, 404, { message: 'Not Found', documentation_url: doc, status: '404' });
      if (status === 422) return json(res, 422, { message: 'Invalid request.\n\n"sha" is too short', documentation_url: doc, status: '422' });
      return json(res, 201, { id: 5120, created_at: '2026-12-06T10:00:01.000Z', result: 'SUCCESS', message: 'Dependency results for the repo have been successfully updated.' });
    }
    json(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
  });
});
s.listen(0, '127.0.0.1', () => console.log(s.address().port));
`;

interface Seen {
  method: string;
  url: string;
  auth: string | null;
  body: { sha: string; ref: string; version: number; job: { correlator: string; id: string; html_url?: string }; detector: { name: string; version: string }; scanned: string; manifests: Record<string, { name: string; file: { source_location: string }; resolved: Record<string, { package_url: string; relationship?: string; scope?: string; dependencies: string[] }> }> };
}

const lock = (packages: Record<string, unknown>) => JSON.stringify({ name: 'shop', version: '1.0.0', lockfileVersion: 3, packages }, null, 2);
const reg = (n: string, v: string) => `https://registry.npmjs.org/${n}/-/${n}-${v}.tgz`;

/** A small service: an npm lockfile (runtime, development, an edge) and a workflow. */
const SERVICE: Tree = {
  'README.md': '# shop\n',
  'package.json': JSON.stringify({ name: 'shop', version: '1.0.0', dependencies: { express: '^4' }, devDependencies: { vitest: '^1' } }),
  'package-lock.json': lock({
    '': { name: 'shop', version: '1.0.0', dependencies: { express: '^4' }, devDependencies: { vitest: '^1' } },
    'node_modules/express': { version: '4.18.2', resolved: reg('express', '4.18.2'), dependencies: { debug: '2.6.9' } },
    'node_modules/debug': { version: '2.6.9', resolved: reg('debug', '2.6.9') },
    'node_modules/vitest': { version: '1.0.0', resolved: reg('vitest', '1.0.0'), dev: true },
  }),
  'services/api/requirements.txt': 'flask==3.0.0\n',
  '.github/workflows/ci.yml': 'name: ci\non: [push]\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm test\n',
};

describe('dependency-graph: true, through the bundled action', () => {
  let server: ChildProcess;
  let url: string;
  let log: string;
  let statePath: string;
  let root: string;
  /** The commit the checkout is at: GITHUB_SHA, as actions/checkout leaves it on a push. */
  let head: string;
  const requests = (): Seen[] =>
    readFileSync(log, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Seen)
      // The branch-protection rule reads the repository settings from the same API.
      .filter((q) => q.url.endsWith('/dependency-graph/snapshots'));
  const answer = (status: 201 | 403 | 404 | 422) => writeFileSync(statePath, JSON.stringify({ status }));
  const run = (inputs: Record<string, string> = {}, env: Record<string, string> = {}, workspace = root): ActionRun =>
    runAction({ workspace, inputs: { 'dependency-graph': 'true', ...inputs }, env: { GITHUB_API_URL: url, GITHUB_WORKFLOW: 'CI', GITHUB_JOB: 'gate', GITHUB_RUN_ID: '77', GITHUB_SHA: head, ...env } });
  const warnings = (r: ActionRun) => r.annotations.filter((a) => a.level === 'warning' && a.message.startsWith('dependency-graph:'));

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-depgraph-api-'));
    log = join(dir, 'requests.log');
    statePath = join(dir, 'state.json');
    writeFileSync(join(dir, 'server.mjs'), SERVER);
    writeFileSync(log, '');
    answer(201);
    server = spawn(process.execPath, [join(dir, 'server.mjs'), log, statePath], { stdio: ['ignore', 'pipe', 'inherit'] });
    url = `http://127.0.0.1:${await new Promise<number>((ok, fail) => {
      server.once('error', fail);
      server.stdout!.once('data', (d: Buffer) => ok(Number(String(d).trim())));
    })}`;
    root = hostileRepo(SERVICE);
    head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  });
  afterAll(() => void server?.kill());
  beforeEach(() => {
    writeFileSync(log, '');
    answer(201);
  });

  it('push: one snapshot for GITHUB_SHA and GITHUB_REF, one manifest per lockfile, the workflow left to GitHub', () => {
    const r = run();
    expect(r.status).toBe(0);
    const [q, ...more] = requests();
    expect(more).toEqual([]);
    expect(q).toMatchObject({ method: 'POST', url: '/repos/acme/shop/dependency-graph/snapshots', auth: 'token test-job-token' });
    const s = q!.body;
    expect(s).toMatchObject({
      version: 0,
      sha: head,
      ref: 'refs/heads/main',
      job: { correlator: 'readiness-gate CI gate', id: '77', html_url: 'https://github.com/acme/shop/actions/runs/77' },
      detector: { name: 'readiness-gate' },
    });
    expect(new Date(s.scanned).toISOString()).toBe(s.scanned);
    expect(Object.keys(s.manifests)).toEqual(['package-lock.json', 'services/api/requirements.txt']);
    expect(s.manifests['package-lock.json']).toEqual({
      name: 'package-lock.json',
      file: { source_location: 'package-lock.json' },
      resolved: {
        'pkg:npm/debug@2.6.9': { package_url: 'pkg:npm/debug@2.6.9', relationship: 'indirect', scope: 'runtime', dependencies: [] },
        'pkg:npm/express@4.18.2': { package_url: 'pkg:npm/express@4.18.2', relationship: 'direct', scope: 'runtime', dependencies: ['pkg:npm/debug@2.6.9'] },
        'pkg:npm/vitest@1.0.0': { package_url: 'pkg:npm/vitest@1.0.0', relationship: 'direct', scope: 'development', dependencies: [] },
      },
    });
    expect(s.manifests['services/api/requirements.txt']!.resolved).toEqual({ 'pkg:pypi/flask@3.0.0': { package_url: 'pkg:pypi/flask@3.0.0', relationship: 'direct', scope: 'runtime', dependencies: [] } });
    expect(r.stdout).toContain(`readiness-gate: dependency-graph: snapshot 5120 submitted for ${head.slice(0, 12)} (refs/heads/main): 2 manifests, 4 packages; not submitted: 1 workflow file (GitHub reads them itself) (SUCCESS: Dependency results for the repo have been successfully updated.).`);
    expect(warnings(r)).toEqual([]);
    // The reports do not carry it.
    expect(readFileSync(join(root, 'readiness-report.json'), 'utf8')).not.toContain('dependency-graph');
  }, T);

  it('a checkout that is not GITHUB_SHA (a fleet job scanning another repository): a warning, nothing sent', () => {
    const r = run({}, { GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567' });
    expect(r.status).toBe(0);
    expect(requests()).toEqual([]);
    expect(warnings(r).map((a) => a.message)).toEqual([`dependency-graph: nothing was submitted: the scanned checkout is at ${head.slice(0, 12)}, not at the workflow's commit 0123456789ab: its dependencies are not that commit's.`]);
  }, T);

  it('off by default: no request', () => {
    const r = runAction({ workspace: root, env: { GITHUB_API_URL: url } });
    expect(r.status).toBe(0);
    expect(requests()).toEqual([]);
  }, T);

  it('path: a folder of the repository: manifests named from the repository root, a correlator of its own', () => {
    run({ path: 'services/api' });
    const s = requests()[0]!.body;
    expect(Object.keys(s.manifests)).toEqual(['services/api/requirements.txt']);
    expect(s.manifests['services/api/requirements.txt']!.file.source_location).toBe('services/api/requirements.txt');
    expect(s.job.correlator).toBe('readiness-gate CI gate services/api');
  }, T);

  it('a repository checked out in a folder of the workspace: manifests named from the repository\'s top, not the workspace\'s', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'rg-depgraph-ws-'));
    spawnSync('git', ['clone', '-q', root, join(workspace, 'shop')]);
    run({ path: 'shop/services/api' }, {}, workspace);
    const s = requests()[0]!.body;
    expect(Object.keys(s.manifests)).toEqual(['services/api/requirements.txt']);
    expect(s.sha).toBe(head);
  }, T);

  it('a read-only token (403): one warning naming contents: write; the exit code and outputs are the verdict\'s', () => {
    answer(403);
    const r = run();
    expect(r.status).toBe(0);
    expect(r.outputs.blocked).toBe('false');
    const w = warnings(r);
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('HTTP 403 (Resource not accessible by integration');
    expect(w[0]!.message).toContain('`permissions: contents: write`');
  }, T);

  it('404 and 422: a warning with the status and GitHub\'s message; the run is not failed', () => {
    answer(404);
    const notFound = run();
    expect(notFound.status).toBe(0);
    expect(warnings(notFound).map((a) => a.message)).toEqual([expect.stringMatching(/^dependency-graph: the token may not submit to the dependency graph \(HTTP 404 \(Not Found/)]);
    answer(422);
    const invalid = run();
    expect(invalid.status).toBe(0);
    expect(warnings(invalid).map((a) => a.message)).toEqual([expect.stringMatching(/^dependency-graph: GitHub refused the snapshot \(HTTP 422 \(Invalid request\.\)\); nothing was submitted/)]);
  }, T);

  it('a pull request of this repository: the head commit and branch; from a fork: nothing sent, said in the log', () => {
    const pr = pullRequest({ 'README.md': '# shop\n' }, SERVICE);
    const event = JSON.parse(readFileSync(pr.env.GITHUB_EVENT_PATH!, 'utf8'));
    event.pull_request.base.repo = { full_name: 'acme/shop' };
    event.pull_request.head.repo = { full_name: 'acme/shop' };
    writeFileSync(pr.env.GITHUB_EVENT_PATH!, JSON.stringify(event));
    const merge = 'feedfacefeedfacefeedfacefeedfacefeedface';
    run({}, { ...pr.env, GITHUB_SHA: merge, GITHUB_REF: 'refs/pull/7/merge' }, pr.root);
    const s = requests()[0]!.body;
    expect([s.sha, s.ref]).toEqual([pr.headSha, 'refs/heads/feature']);

    writeFileSync(log, '');
    event.pull_request.head.repo = { full_name: 'mallory/shop' };
    event.pull_request.head.ref = 'main';
    writeFileSync(pr.env.GITHUB_EVENT_PATH!, JSON.stringify(event));
    const fork = run({}, { ...pr.env, GITHUB_SHA: merge, GITHUB_REF: 'refs/pull/7/merge' }, pr.root);
    expect(requests()).toEqual([]);
    expect(fork.stdout).toContain('readiness-gate: dependency-graph: nothing submitted: a pull request from a fork');
    expect(warnings(fork)).toEqual([]);
  }, T);
});
