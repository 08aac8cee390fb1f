// End to end through the bundle: what reaches OSV, and what an unreachable OSV and GitHub API cost.
// The runner's step is synchronous here (spawnSync), so the OSV that must answer runs in a process
// of its own; the silent server only needs the kernel to accept its connections.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTree } from '../helpers/rule-tester.js';
import { runAction } from './harness.js';

/** A fake OSV (querybatch answers "no advisory") that appends each batch's purls to a file, one JSON line per batch. */
const FAKE_OSV = `
const { createServer } = require('node:http');
const { appendFileSync } = require('node:fs');
const log = process.argv[1];
const s = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    if (req.method === 'POST' && req.url === '/v1/querybatch') {
      const q = JSON.parse(body);
      appendFileSync(log, JSON.stringify(q.queries.map((x) => x.package.purl)) + '\\n');
      res.end(JSON.stringify({ results: q.queries.map(() => ({})) }));
    } else { res.statusCode = 404; res.end('{"code":5}'); }
  });
});
s.listen(0, '127.0.0.1', () => process.stdout.write(String(s.address().port) + '\\n'));
`;

let osv: ChildProcess;
let osvUrl = '';
const osvLog = join(mkdtempSync(join(tmpdir(), 'rg-osv-')), 'asked.jsonl');
let silent: Server;
let silentUrl = '';
const sockets: Socket[] = [];

beforeAll(async () => {
  writeFileSync(osvLog, '');
  osv = spawn(process.execPath, ['-e', FAKE_OSV, osvLog], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) => osv.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim())));
  osvUrl = `http://127.0.0.1:${port}`;
  silent = createServer((s) => void sockets.push(s));
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
});
afterAll(async () => {
  osv.kill();
  for (const s of sockets) s.destroy();
  await new Promise((r) => silent.close(r));
});

const lock = JSON.stringify({
  name: 'shop',
  lockfileVersion: 3,
  packages: {
    '': { name: 'shop', version: '1.0.0', workspaces: ['packages/*'], dependencies: { express: '^4.18.0', '@acme/auth': '^1.0.0', '@corp/ui': '^3.0.0', 'billing-core': '^2.0.0' } },
    'node_modules/express': { version: '4.18.2', resolved: 'https://registry.npmjs.org/express/-/express-4.18.2.tgz' },
    'node_modules/ms': { version: '2.1.3', resolved: 'https://registry.npmjs.org/ms/-/ms-2.1.3.tgz' },
    'node_modules/billing-core': { version: '2.0.0', resolved: 'https://npm.acme.internal/billing-core/-/billing-core-2.0.0.tgz' },
    'node_modules/@acme/auth': { version: '1.0.0', resolved: 'https://registry.npmjs.org/@acme/auth/-/auth-1.0.0.tgz' },
    'node_modules/@corp/ui': { version: '3.1.0', resolved: 'https://registry.npmjs.org/@corp/ui/-/ui-3.1.0.tgz' },
    'packages/web': { name: '@shop/web', version: '0.1.0' },
    'node_modules/@shop/web': { resolved: 'packages/web', link: true },
  },
});
const repo = () =>
  writeTree({
    'package.json': '{"name":"shop","version":"1.0.0","workspaces":["packages/*"]}',
    'package-lock.json': lock,
    // The scope's registry is private even where the lockfile shows npm's URL (a stale lock, a proxy).
    '.npmrc': '@acme:registry=https://npm.acme.internal/\n//npm.acme.internal/:_authToken=${NPM_TOKEN}\n',
    'packages/web/package.json': '{"name":"@shop/web","version":"0.1.0"}',
  });

describe('OSV and the network, through the bundled action', () => {
  it('OSV is sent the public packages only; the report counts the rest per reason', () => {
    const ws = repo();
    const r = runAction({ workspace: ws, inputs: { 'vulnerability-scan': 'osv', 'osv-url': osvUrl, 'private-packages': '@corp/*' } });
    expect(r.stderr).toBe('');
    const asked = readFileSync(osvLog, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as string[]);
    expect(asked).toEqual([['pkg:npm/express@4.18.2', 'pkg:npm/ms@2.1.3']]);
    const report = JSON.parse(readFileSync(join(ws, 'readiness-report.json'), 'utf8')) as { sbom: { components: number; vulnerabilities: { checked: boolean; withheld: Record<string, number> } } };
    expect(report.sbom.vulnerabilities).toMatchObject({ checked: true, withheld: { workspace: 1, 'private-packages': 1, scope: 1, registry: 1 } });
    expect(report.sbom.components).toBe(6);
    expect(r.summary).toContain('4 components not sent to OSV');
    // The SBOM still lists the private packages.
    expect(readFileSync(join(ws, 'sbom.cdx.json'), 'utf8')).toContain('pkg:npm/billing-core@2.0.0');
  }, 60_000);

  it('an OSV and a GitHub API that accept and never answer cost the pull request run at most the 5 s budget', () => {
    const ws = repo();
    const event = join(ws, '..', `event-${Date.now()}.json`);
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: 'a'.repeat(40), repo: { full_name: 'acme/shop' } } } }));
    const pr = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event };
    // The same run against a closed port (refused at once): what the run costs without waiting.
    const t0 = performance.now();
    runAction({ workspace: ws, inputs: { 'vulnerability-scan': 'osv', 'osv-url': 'http://127.0.0.1:9' }, env: { ...pr, GITHUB_API_URL: 'http://127.0.0.1:9' } });
    const refused = performance.now() - t0;
    const t1 = performance.now();
    const r = runAction({ workspace: ws, inputs: { 'vulnerability-scan': 'osv', 'osv-url': silentUrl }, env: { ...pr, GITHUB_API_URL: silentUrl } });
    const waited = performance.now() - t1 - refused;
    // Without the shared budget: 4 policy candidates × 10 s, the pull request's files 10 s, the API 10 s, OSV 15 s.
    expect(waited).toBeLessThan(8_000);
    expect(r.stderr).toBe('');
    // The base commit's policy could not be read: the defaults apply, as before (fail closed).
    expect(r.summary).toContain("the built-in defaults: contents API: no answer before the run's 5 s network budget was spent");
    const report = JSON.parse(readFileSync(join(ws, 'readiness-report.json'), 'utf8')) as { sbom: { vulnerabilities: { checked: boolean; reason: string } } };
    expect(report.sbom.vulnerabilities).toMatchObject({ checked: false, reason: expect.stringMatching(/network budget (is|was) spent/) });
  }, 120_000);
});
