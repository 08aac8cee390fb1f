// Issue 13, plumbing: the log's phase groups and debug details, no deprecation warning on a newer
// Node, and the upload-artifact input against a stand-in of the runner's artifact service on
// 127.0.0.1 (run in a child process: runAction blocks this one).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { PHASE_TITLES } from '../../src/io/log-guard.js';
import { blockedService, readyLibrary } from './fixtures.js';
import { REPO, runAction, type ActionRun } from './harness.js';

const PHASE_ORDER = ['policy', 'evidence', 'discovery', 'file pass', 'checks', 'sbom', 'verdict', 'report'];
const DURATION = /^\d+ ms$|^\d+\.\d s$/;

function example(): string {
  const ws = join(mkdtempSync(join(tmpdir(), 'rg-plumbing-')), 'service');
  cpSync(join(REPO, 'examples/service'), ws, { recursive: true });
  return ws;
}

/** The groups of a log in order: title, the lines inside, and whether it was closed. */
function groups(stdout: string): Array<{ title: string; lines: string[]; closed: boolean }> {
  const out: Array<{ title: string; lines: string[]; closed: boolean }> = [];
  let open: (typeof out)[number] | undefined;
  for (const l of stdout.split('\n')) {
    if (l.startsWith('::group::')) {
      expect(open, `a group opened inside '${open?.title}'`).toBeUndefined();
      open = { title: l.slice('::group::'.length), lines: [], closed: false };
      out.push(open);
    } else if (l === '::endgroup::') {
      expect(open, 'an endgroup without a group').toBeDefined();
      open!.closed = true;
      open = undefined;
    } else open?.lines.push(l);
  }
  return out;
}

describe('the log', () => {
  it('shows every phase as a closed group ending with its duration, and the timings on one line', () => {
    const r = runAction({ workspace: example() });
    expect(r.status).toBe(1);
    const gs = groups(r.stdout);
    expect(gs.map((g) => g.title)).toEqual(PHASE_ORDER.map((p) => PHASE_TITLES[p]));
    for (const [i, g] of gs.entries()) {
      expect(g.closed).toBe(true);
      const last = g.lines.at(-1)!;
      expect(last.startsWith(`${PHASE_ORDER[i]}: `), last).toBe(true);
      expect(last.slice(PHASE_ORDER[i]!.length + 2)).toMatch(DURATION);
    }
    const overview = r.stdout.split('\n').find((l) => l.startsWith('readiness-gate timings: '));
    expect(overview?.split(': ')[1]?.split(', ').map((p) => p.replace(/ \d+(\.\d)? m?s$/, ''))).toEqual(PHASE_ORDER);
    // The verdict stays a top-level annotation, after the groups.
    expect(r.stdout).toMatch(/^::error::BLOCKED: /m);
    // Without step debug logging, no debug line at all.
    expect(r.stdout).not.toMatch(/^::debug::/m);
  });

  it('with step debug logging, names the configuration, counts files and times each check as ::debug:: lines', () => {
    const ws = example();
    writeFileSync(join(ws, '.readiness-gate.yml'), 'fail-on: P0\n');
    const r = runAction({ workspace: ws, env: { RUNNER_DEBUG: '1' } });
    expect(r.status).toBe(1);
    const debug = r.stdout.split('\n').filter((l) => l.startsWith('::debug::'));
    const policy = groups(r.stdout).find((g) => g.title === PHASE_TITLES.policy)!;
    expect(policy.lines).toContain("::debug::configuration: '.readiness-gate.yml', from the checkout");
    expect(debug.some((l) => /^::debug::files: \d+ scanned \(\d+ bytes\), skipped: /.test(l))).toBe(true);
    const checks = debug.filter((l) => l.startsWith('::debug::check '));
    expect(checks.length).toBeGreaterThan(20);
    expect(checks.some((l) => /^::debug::check hardcoded-secret: \d+(\.\d)? ms$/.test(l))).toBe(true);
  });

  it('prints no deprecation warning on the example, with pending deprecations thrown (the upload test does the same)', () => {
    // DEP0040 (`punycode`) is a runtime deprecation from Node 21 on; --pending-deprecation raises it on Node 20.
    const env = { NODE_OPTIONS: '--pending-deprecation --throw-deprecation' };
    const r = runAction({ workspace: example(), env });
    expect(r.stderr).not.toMatch(/Deprecation/i);
    expect(r.status).toBe(1);
  });
});

describe('the CLI', () => {
  it('--verbose prints each phase with its time and the debug details on stderr', () => {
    const ws = example();
    const dir = process.env.READINESS_GATE_ACTION_DIR ?? REPO;
    const cli = (args: string[]) =>
      spawnSync(process.execPath, [join(dir, 'dist/cli.js'), 'scan', '.', '--vulnerability-scan', 'off', '--no-color', ...args], {
        cwd: ws,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: ws, NODE_OPTIONS: '--pending-deprecation --throw-deprecation' },
      });
    const quiet = cli([]);
    const loud = cli(['--verbose']);
    expect([quiet.status, loud.status]).toEqual([1, 1]);
    expect(quiet.stderr).not.toMatch(/readiness-gate: (policy|checks) /);
    const phases = loud.stderr.split('\n').filter((l) => /^readiness-gate: [a-z ]+ \d+(\.\d)? m?s$/.test(l)).map((l) => l.replace(/^readiness-gate: | \d+(\.\d)? m?s$/g, ''));
    expect(phases).toEqual(PHASE_ORDER.slice(0, -1));
    expect(loud.stderr).toMatch(/^readiness-gate: configuration: no configuration file in the checkout: built-in defaults$/m);
    expect(loud.stderr).toMatch(/^readiness-gate: check hardcoded-secret: \d+(\.\d)? ms$/m);
  });
});

/** The stand-in artifact service (test/e2e/artifact-service.mjs). */
async function artifactService(mode: 'ok' | 'conflict', token: string) {
  const dir = mkdtempSync(join(tmpdir(), 'rg-artifacts-'));
  const log = join(dir, 'requests.jsonl');
  writeFileSync(log, '');
  const child = spawn(process.execPath, [join(import.meta.dirname, 'artifact-service.mjs'), log, join(dir, 'blobs'), mode], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { PATH: process.env.PATH, RUNTIME_TOKEN: token },
  });
  const port = await new Promise<number>((ok) => child.stdout!.once('data', (d: Buffer) => ok(Number(String(d).trim()))));
  return {
    child,
    port,
    requests: () => readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { method: string; path: string; query: Record<string, string>; authorization: string | null; body?: Record<string, unknown> }),
    zip: () => readFileSync(join(dir, 'blobs/artifact.zip')),
  };
}

/** A runtime token shaped as the runner's: a JWT whose `scp` claim holds Actions.Results:<run>:<job>. */
function runtimeToken(): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ scp: 'Actions.ExampleScope Actions.Results:run-backend-1:job-backend-1' })}.c2lnbmF0dXJl`;
}

/** The entries of a zip (central directory, stored or deflated): enough to read back what was uploaded. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(eocd).toBeGreaterThanOrEqual(0);
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(p)).toBe(0x02014b50);
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(data, data + size);
    out.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

describe('upload-artifact', () => {
  let child: ChildProcess | undefined;
  afterEach(() => void child?.kill());

  const leaks = (r: ActionRun) => `${r.stdout}\n${r.stderr}`.match(/SECRETSIGNATURE|add-mask|Workflow Run Backend ID/g) ?? [];

  it('without the runner\'s artifact service (a local run, act): a notice, and the verdict unchanged', () => {
    const blocked = runAction({ workspace: blockedService().root, inputs: { 'upload-artifact': 'true' } });
    expect(blocked.status).toBe(1);
    const notice = blocked.annotations.find((a) => a.level === 'notice' && a.message.startsWith('upload-artifact:'));
    expect(notice?.message).toContain('ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set');
    const ready = runAction({ workspace: readyLibrary(), inputs: { 'upload-artifact': 'true' } });
    expect(ready.status).toBe(0);
    expect(ready.annotations.some((a) => a.level === 'notice' && a.message.startsWith('upload-artifact: not uploaded'))).toBe(true);
  });

  it('uploads the report, the SARIF and the SBOM as one artifact, exactly the bytes written, with the signed URL kept out of the log', async () => {
    const token = runtimeToken();
    const svc = await artifactService('ok', token);
    child = svc.child;
    const ws = blockedService().root;
    const r = runAction({
      workspace: ws,
      inputs: { 'upload-artifact': 'gate-report' },
      env: { ACTIONS_RUNTIME_TOKEN: token, ACTIONS_RESULTS_URL: `http://127.0.0.1:${svc.port}/`, NODE_OPTIONS: '--pending-deprecation --throw-deprecation' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const reqs = svc.requests();
    const create = reqs.find((q) => q.path.endsWith('/CreateArtifact'))!;
    expect(create.authorization).toBe(`Bearer ${token}`);
    expect(create.body).toMatchObject({ workflow_run_backend_id: 'run-backend-1', workflow_job_run_backend_id: 'job-backend-1', name: 'gate-report', version: 7 });
    expect(reqs.some((q) => q.method === 'PUT' && q.query.comp === 'blocklist')).toBe(true);
    const finalize = reqs.find((q) => q.path.endsWith('/FinalizeArtifact'))!;
    expect(finalize.body).toMatchObject({ name: 'gate-report' });
    expect(String(finalize.body?.hash)).toMatch(/^sha256:[0-9a-f]{64}$/);

    const files = unzip(svc.zip());
    // The job summary's Markdown too (written under RUNNER_TEMP, named by the summary-markdown output).
    expect([...files.keys()].sort()).toEqual(['readiness-gate.sarif', 'readiness-report.json', 'sbom.cdx.json', 'summary.md']);
    for (const [name, bytes] of files) expect(bytes.equals(readFileSync(name === 'summary.md' ? r.outputs['summary-markdown']! : join(ws, name))), name).toBe(true);
    expect(Number(finalize.body?.size)).toBe(svc.zip().length);

    const upload = groups(r.stdout).find((g) => g.title === PHASE_TITLES.upload);
    expect(upload?.closed).toBe(true);
    expect(upload?.lines.at(-1)).toMatch(/^upload: \d+(\.\d)? m?s$/);
    expect(r.stdout).toMatch(/^upload-artifact: uploaded 'gate-report' \(readiness-report\.json, readiness-gate\.sarif, sbom\.cdx\.json, summary\.md, \d+ bytes zipped, artifact id 4242\)$/m);
    // The library's own lines (its ::add-mask:: of the signed URL, its debug dump of the response) never reach the log.
    expect(leaks(r)).toEqual([]);
  });

  it('a failed upload (the name already taken in this run) is a warning with the fix, never a failed gate', async () => {
    const token = runtimeToken();
    const svc = await artifactService('conflict', token);
    child = svc.child;
    const r = runAction({
      workspace: readyLibrary(),
      inputs: { 'upload-artifact': 'true' },
      env: { ACTIONS_RUNTIME_TOKEN: token, ACTIONS_RESULTS_URL: `http://127.0.0.1:${svc.port}/` },
    });
    expect(r.status).toBe(0);
    expect(r.outputs.blocked).toBe('false');
    const warning = r.annotations.find((a) => a.level === 'warning' && a.message.startsWith('upload-artifact:'));
    expect(warning?.message).toContain("the upload of 'readiness-gate' failed");
    expect(warning?.message).toContain('give each job its own upload-artifact name');
    expect(svc.requests().filter((q) => q.path.endsWith('/CreateArtifact'))).toHaveLength(1);
    expect(leaks(r)).toEqual([]);
  });

  it('on GitHub Enterprise Server (no artifact service v4): a notice naming what to use instead', () => {
    const r = runAction({
      workspace: readyLibrary(),
      inputs: { 'upload-artifact': 'true' },
      env: { ACTIONS_RUNTIME_TOKEN: runtimeToken(), ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/', GITHUB_SERVER_URL: 'https://ghes.acme.internal' },
    });
    expect(r.status).toBe(0);
    expect(r.annotations.find((a) => a.message.startsWith('upload-artifact:'))?.message).toContain('GitHub Enterprise Server');
  });
});
