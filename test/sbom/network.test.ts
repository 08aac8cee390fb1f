// The network of one run against servers of this test's own on 127.0.0.1: one that accepts
// connections and never answers (OSV and the GitHub API unreachable), and an OSV that records what
// it is asked. Without the shared budget the silent run took 25 s (OSV 15 s, then the API 10 s),
// and a pull request's policy read 10 s per configuration candidate on top.
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import branchProtection from '../../src/checks/branch-protection-missing/index.js';
import vulnerableDependency from '../../src/checks/vulnerable-dependency/index.js';
import { run } from '../../src/main.js';
import { renderSummary } from '../../src/report/summary.js';
import { writeTree } from '../helpers/rule-tester.js';

let silent: Server;
let silentUrl = '';
const sockets: Socket[] = [];
let osv: HttpServer;
let osvUrl = '';
const asked: string[][] = [];
let api: HttpServer;
let apiUrl = '';

beforeAll(async () => {
  // Accepts, reads nothing, answers nothing: what a firewall that drops packets looks like once connected.
  silent = createServer((s) => void sockets.push(s));
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
  osv = createHttpServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.method === 'POST' && req.url === '/v1/querybatch') {
        const q = JSON.parse(body) as { queries: Array<{ package: { purl: string } }> };
        asked.push(q.queries.map((x) => x.package.purl));
        res.end(JSON.stringify({ results: q.queries.map(() => ({})) }));
      } else {
        res.statusCode = 404;
        res.end('{"code":5,"message":"Not found"}');
      }
    });
  });
  await new Promise<void>((r) => osv.listen(0, '127.0.0.1', r));
  osvUrl = `http://127.0.0.1:${(osv.address() as AddressInfo).port}`;
  // A healthy GitHub API (GitHub's shapes): the default branch `trunk`, protected.
  api = createHttpServer((req, res) => {
    res.setHeader('content-type', 'application/json; charset=utf-8');
    if (req.url === '/repos/acme/shop') return void res.end(JSON.stringify({ full_name: 'acme/shop', default_branch: 'trunk' }));
    if (req.url === '/repos/acme/shop/branches/trunk') return void res.end(JSON.stringify({ name: 'trunk', protected: true }));
    res.statusCode = 404;
    res.end(JSON.stringify({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }));
  });
  await new Promise<void>((r) => api.listen(0, '127.0.0.1', r));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => silent.close(r));
  await new Promise((r) => osv.close(r));
  api.closeAllConnections();
  await new Promise((r) => api.close(r));
});

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

const lock = JSON.stringify({
  name: 'shop',
  lockfileVersion: 3,
  packages: {
    '': { name: 'shop', dependencies: { express: '^4.18.0', '@acme/auth': '^1.0.0', '@corp/ui': '^3.0.0', 'billing-core': '^2.0.0' } },
    'node_modules/express': { version: '4.18.2', resolved: 'https://registry.npmjs.org/express/-/express-4.18.2.tgz' },
    'node_modules/ms': { version: '2.1.3', resolved: 'https://registry.npmjs.org/ms/-/ms-2.1.3.tgz' },
    'node_modules/billing-core': { version: '2.0.0', resolved: 'https://npm.acme.internal/billing-core/-/billing-core-2.0.0.tgz' },
    'node_modules/@acme/auth': { version: '1.0.0' },
    'node_modules/@corp/ui': { version: '3.1.0', resolved: 'https://registry.npmjs.org/@corp/ui/-/ui-3.1.0.tgz' },
    'packages/web': { name: '@shop/web', version: '0.1.0' },
    'node_modules/@shop/web': { resolved: 'packages/web', link: true },
  },
});
const tree = () => writeTree({ 'package.json': '{"name":"shop","version":"1.0.0","workspaces":["packages/*"]}', 'package-lock.json': lock, '.npmrc': '@acme:registry=https://npm.acme.internal/\n', 'packages/web/package.json': '{"name":"@shop/web","version":"0.1.0"}' });
const checks = [vulnerableDependency, branchProtection];

describe('the network of one run', () => {
  it('OSV and the GitHub API that never answer: the run waits at most the 5 s budget for both', async () => {
    process.env.GITHUB_API_URL = silentUrl;
    process.env.GITHUB_REPOSITORY = 'acme/shop';
    delete process.env.READINESS_GATE_API_TIMEOUT_MS;
    const t0 = performance.now();
    const r = await run({ report: '', sarif: '', sbom: 'sbom.json', 'vulnerability-scan': 'osv', 'osv-url': silentUrl, 'github-token': 'ghs_test' }, { cwd: tree(), checks, today: '2026-11-23' });
    const elapsed = performance.now() - t0;
    expect(elapsed).toBeLessThan(8_000);
    const osvOutcome = r.outcomes.find((o) => o.ruleId === 'vulnerable-dependency');
    const apiOutcome = r.outcomes.find((o) => o.ruleId === 'branch-protection-missing');
    expect(osvOutcome).toMatchObject({ status: 'inconclusive', reason: expect.stringMatching(/^OSV could not be reached \(no answer before the run's 5 s network budget was spent\)/) });
    expect(apiOutcome).toMatchObject({ status: 'inconclusive', reason: expect.stringMatching(/network budget (is|was) spent/) });
    expect(r.notices.join('\n')).toMatch(/OSV could not be reached/);
    expect(r.sbom!.vulnerabilities).toMatchObject({ checked: false });
    expect(r.sbom!.vulnerabilities!.withheld).toEqual({ workspace: 1, scope: 1, registry: 1 });
  }, 30_000);

  it('a silent OSV does not use up the part kept for a GitHub API that has not failed: branch protection is still read', async () => {
    process.env.GITHUB_API_URL = apiUrl;
    process.env.GITHUB_REPOSITORY = 'acme/shop';
    const r = await run({ report: '', sarif: '', sbom: '', 'vulnerability-scan': 'osv', 'osv-url': silentUrl, 'github-token': 'ghs_test' }, { cwd: tree(), checks, today: '2026-11-23' });
    expect(r.outcomes.find((o) => o.ruleId === 'vulnerable-dependency')).toMatchObject({ status: 'inconclusive' });
    expect(r.gaps.find((g) => g.component === 'branch protection')).toMatchObject({ status: 'present', evidence: 'trunk: branch protection' });
  }, 30_000);

  it("a pull request whose base commit is read through a silent contents API: the defaults apply (fail closed), within the same budget", async () => {
    process.env.GITHUB_API_URL = silentUrl;
    process.env.GITHUB_REPOSITORY = 'acme/shop';
    const event = { name: 'pull_request', baseSha: 'a'.repeat(40), repository: 'acme/shop', pullNumber: 7, apiUrl: silentUrl };
    const t0 = performance.now();
    const r = await run({ report: '', sarif: '', sbom: '', 'vulnerability-scan': 'osv', 'osv-url': silentUrl, 'github-token': 'ghs_test' }, { cwd: tree(), checks, event, today: '2026-11-23' });
    // Four configuration candidates, the pull request's files, branch protection and OSV: 75 s before.
    expect(performance.now() - t0).toBeLessThan(8_000);
    expect(r.policy?.origin).toMatchObject({ kind: 'defaults', reason: expect.stringMatching(/^contents API: no answer before the run's 5 s network budget was spent/) });
    expect(r.outcomes.find((o) => o.ruleId === 'vulnerable-dependency')).toMatchObject({ status: 'inconclusive', reason: expect.stringMatching(/network budget (is|was) spent/) });
  }, 30_000);

  it('OSV is asked about the public packages only: no private registry, private scope, private-packages glob or workspace package', async () => {
    asked.length = 0;
    const r = await run({ report: '', sarif: '', sbom: 'sbom.json', 'vulnerability-scan': 'osv', 'osv-url': osvUrl, 'private-packages': '@corp/*' }, { cwd: tree(), checks: [vulnerableDependency], today: '2026-11-23' });
    expect(asked).toEqual([['pkg:npm/express@4.18.2', 'pkg:npm/ms@2.1.3']]);
    expect(r.sbom!.vulnerabilities).toEqual({ checked: true, components: 0, bySeverity: { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 }, withheld: { workspace: 1, 'private-packages': 1, scope: 1, registry: 1 } });
    // The SBOM still lists every component; the summary says what was not sent, and why.
    expect(r.sbom!.components).toBe(6);
    expect(renderSummary(r)).toContain('**Vulnerabilities (OSV):** no known advisory. 4 components not sent to OSV: 1 in this repository, 1 matched by private-packages, 1 private scope or source mapping, 1 private registry.');
  }, 30_000);
});
