// The fleet through the bundle, as the workflow runs it: dist/fleet.js as the runner starts a node
// action (INPUT_* variables, GITHUB_OUTPUT), the real gate as the scan's child process, local
// repositories (file://) and a listing server on 127.0.0.1. No network.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FleetEntry } from '../../src/fleet/types.js';
import { makeRepo } from '../fleet/git-server.js';
import { parseOutputs, REPO } from './harness.js';

const DIST = join(process.env.READINESS_GATE_ACTION_DIR ?? REPO, 'dist');
const TOKEN = 'ghs_E2eFleetToken0123456789abcdefXYZ';

let base: string;
let server: Server;
let api: string;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'rg-fleet-e2e-'));
  /** A folder's files, path → text. */
  const tree = (dir: string) =>
    Object.fromEntries(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => {
          const abs = join(e.parentPath, e.name);
          return [relative(dir, abs), readFileSync(abs, 'utf8')];
        }),
    );
  makeRepo(join(base, 'srv'), 'acme/service', tree(join(REPO, 'examples/service')));
  // A configuration the gate refuses: the scan exits 2.
  makeRepo(join(base, 'srv'), 'acme/bad-config', { '.github/readiness-gate.yml': 'profile: banana\n', 'app.py': 'print(1)\n' });
  const repos = ['service', 'bad-config', 'gone'].map((n) => ({ full_name: `acme/${n}`, visibility: 'private', archived: false, fork: false, topics: ['prod'] }));
  repos.push({ full_name: 'acme/old', visibility: 'private', archived: true, fork: false, topics: ['prod'] });
  server = createServer((req, res) => {
    if (req.headers.authorization !== `token ${TOKEN}`) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"Bad credentials"}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(repos));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
});

/**
 * dist/fleet.js as the runner runs a node action: a clean environment, inputs as INPUT_*, file
 * commands. Asynchronous: the listing server answers from this process.
 */
async function runFleetAction(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const tmp = mkdtempSync(join(tmpdir(), 'rg-fleet-runner-'));
  const output = join(tmp, 'output');
  writeFileSync(output, '');
  const child = spawn(process.execPath, [join(DIST, 'fleet.js')], {
    cwd: tmp,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: tmp,
      GITHUB_ACTIONS: 'true',
      GITHUB_API_URL: api,
      GITHUB_SERVER_URL: `file://${join(base, 'srv')}`,
      GITHUB_REPOSITORY: 'acme/platform',
      GITHUB_RUN_ID: '99',
      RUNNER_TEMP: tmp,
      GITHUB_OUTPUT: output,
      READINESS_GATE_WORKERS: '1',
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      ...env,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  return { status, stdout, stderr, outputs: parseOutputs(readFileSync(output, 'utf8')) };
}

describe('fleet through the bundle', () => {
  it('list then scan: entries for a scanned repository, a refused configuration and a repository that cannot be cloned', async () => {
    const list = await runFleetAction({ command: 'list', token: TOKEN, organization: 'acme', topics: 'prod', 'batch-size': '5' });
    expect(list.stderr).toContain('4 repositories in 1 page(s); 3 kept, left out: 1 archived');
    expect(list.status).toBe(0);
    expect(list.outputs.count).toBe('3');
    const batches = JSON.parse(list.outputs.batches!) as Array<{ id: string; repositories: string[] }>;
    expect(batches).toEqual([{ id: '001', repositories: ['acme/bad-config', 'acme/gone', 'acme/service'] }]);

    const out = join(base, 'entries');
    const scan = await runFleetAction({ command: 'scan', token: TOKEN, batch: JSON.stringify(batches[0]), out, 'vulnerability-scan': 'off' });
    expect(scan.status).toBe(0);
    expect(`${scan.stdout}${scan.stderr}`).not.toContain(TOKEN);
    expect(scan.stderr).toContain('1 scanned, 2 failed; 3 entries in');
    const entry = (n: string) => JSON.parse(readFileSync(join(out, `acme__${n}.json`), 'utf8')) as FleetEntry;

    const service = entry('service');
    expect(service).toMatchObject({ status: 'scanned', error: null, runUrl: null, url: `file://${join(base, 'srv')}/acme/service` });
    expect(service.commit).toMatch(/^[0-9a-f]{40}$/);
    // The repository's own policy gives the verdict: the example's P0s block it, as its required
    // check would; the step still succeeds (exit 1 of the scan is a verdict, not a failure).
    const report = service.report as { verdict: { blocked: boolean; reasons: string[] }; counts: Record<string, number>; findings: Array<{ ruleId: string; severity: string }> };
    expect(report.verdict.blocked).toBe(true);
    expect(report.verdict.reasons[0]).toMatch(/^\d+ P0 findings$/);
    expect(report.findings.filter((f) => f.severity === 'P0').map((f) => f.ruleId)).toEqual(expect.arrayContaining(['hardcoded-secret', 'merge-conflict-marker']));
    // The example's database password never reaches the entry.
    expect(readFileSync(join(out, 'acme__service.json'), 'utf8')).not.toContain('Kx8vQ2mWp4Lz');

    expect(entry('bad-config')).toMatchObject({
      status: 'failed',
      report: null,
      error: "scan exited with code 2: readiness-gate: config file .github/readiness-gate.yml: profile: 'banana' is not valid; accepted: service, library, auto.",
    });
    expect(entry('gone')).toMatchObject({ status: 'failed', commit: null, error: expect.stringMatching(/^clone failed: fatal: '.*acme\/gone\.git' does not appear to be a git repository$/) });

    // merge, as the workflow's last job runs it: the real `readiness-gate merge` of the bundle, one
    // listed repository whose batch uploaded nothing filled in as failed, the summary appended.
    const listed = JSON.stringify([...batches, { id: '002', repositories: ['acme/lost'] }]);
    const summaryFile = join(base, 'step-summary.md');
    writeFileSync(summaryFile, '');
    const org = join(base, 'org');
    const merge = await runFleetAction({ command: 'merge', entries: out, out: org, batches: listed }, { GITHUB_STEP_SUMMARY: summaryFile });
    expect(merge.status).toBe(0);
    expect(readdirSync(org).sort()).toEqual(['badges', 'dashboard.html', 'merged.csv', 'merged.json', 'summary.md']);
    const merged = JSON.parse(readFileSync(join(org, 'merged.json'), 'utf8')) as { totals: { repositories: number; blocked: number; ready: number; failed: number }; repositories: Array<{ repository: string; status: string; blocked: boolean | null }> };
    expect(merged.totals).toMatchObject({ repositories: 4, blocked: 1, ready: 0, failed: 3 });
    expect(merged.repositories.map((r) => [r.repository, r.status, r.blocked])).toEqual([
      ['acme/bad-config', 'failed', null],
      ['acme/gone', 'failed', null],
      ['acme/lost', 'failed', null],
      ['acme/service', 'scanned', true],
    ]);
    expect(readFileSync(summaryFile, 'utf8')).toBe(readFileSync(join(org, 'summary.md'), 'utf8'));
    expect(JSON.parse(readFileSync(join(org, 'badges', 'acme+service.json'), 'utf8'))).toMatchObject({ label: 'readiness', color: 'red' });
    expect(readFileSync(join(org, 'dashboard.html'), 'utf8')).not.toContain('Kx8vQ2mWp4Lz');
  });

  it('a refused token fails the list step with the reason (exit 2)', async () => {
    const list = await runFleetAction({ command: 'list', token: 'ghs_wrongwrongwrong123456', organization: 'acme' });
    expect(list.status).toBe(2);
    expect(list.stderr).toContain('the token was refused (HTTP 401)');
    expect(list.stderr).not.toContain('ghs_wrongwrongwrong123456');
    expect(list.outputs).toEqual({});
  });
});
