// `fleet scan` on local repositories served over HTTP on 127.0.0.1 with a token check, with a
// stand-in for the gate that records what it was given (environment, arguments, the checkout's
// .git/config) and behaves as a marker file in the repository asks: the token must reach git and
// nothing else. The real gate runs in test/e2e/fleet.test.ts.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fleetCli, fillMissing, parseBatch, runUrlOf } from '../../src/fleet/cli.js';
import { entryFileName, scanBatch, scanEnv, validRef, type ScanOptions } from '../../src/fleet/scan.js';
import type { FleetEntry } from '../../src/fleet/types.js';
import { makeRepo, serveGit, type GitServer } from './git-server.js';

const TOKEN = 'ghs_FleetTestToken0123456789abcdefXYZ';
const BASIC = `basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`;

let root: string;
let dumps: string;
let gate: string;
let shas: Record<string, Record<string, string>>;
const servers: GitServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

/**
 * The stand-in gate: records env, argv and the checkout's .git/config under dumps/<repo name>, then
 * as the checkout asks: FAIL_SCAN exits 2 (its message quoting the token), CRASH dies by a signal, HANG never ends, BAD_REPORT
 * writes no JSON, else a report.
 */
const GATE = (dumpDir: string) => `
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
const args = process.argv.slice(2);
const src = args[1];
const report = args[args.indexOf('--report') + 1];
const name = readFileSync(join(src, 'NAME'), 'utf8').trim();
writeFileSync(join(${JSON.stringify(dumpDir)}, name + '.json'), JSON.stringify({ env: process.env, argv: process.argv, cwd: process.cwd(), gitConfig: readFileSync(join(src, '.git/config'), 'utf8'), files: existsSync(join(src, 'README.md')) }));
if (existsSync(join(src, 'FAIL_SCAN'))) { process.stderr.write('working\\nreadiness-gate: internal error: boom with ${TOKEN}\\n'); process.exit(2); }
if (existsSync(join(src, 'CRASH'))) process.kill(process.pid, 'SIGSEGV');
if (existsSync(join(src, 'HANG'))) setInterval(() => {}, 1000);
else if (existsSync(join(src, 'BAD_REPORT'))) writeFileSync(report, '{"no":');
else { writeFileSync(report, JSON.stringify({ verdict: { blocked: existsSync(join(src, 'BLOCKED')), reasons: [] }, score: { value: 90 }, repo: name, branch: readFileSync(join(src, 'BRANCH'), 'utf8').trim() })); process.exit(existsSync(join(src, 'BLOCKED')) ? 1 : 0); }
`;

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'rg-fleet-scan-'));
  root = join(base, 'server');
  dumps = join(base, 'dumps');
  mkdirSync(dumps);
  gate = join(base, 'gate.mjs');
  writeFileSync(gate, GATE(dumps));
  const repo = (name: string, extra: Record<string, string> = {}, branches: Record<string, Record<string, string>> = {}) =>
    makeRepo(root, `acme/${name}`, { 'README.md': `# ${name}\n`, NAME: name, BRANCH: 'main', ...extra }, branches);
  shas = {
    good: repo('good', {}, { release: { BRANCH: 'release' } }),
    blocked: repo('blocked', { BLOCKED: '' }),
    'fails-scan': repo('fails-scan', { FAIL_SCAN: '' }),
    hangs: repo('hangs', { HANG: '' }),
    'bad-report': repo('bad-report', { BAD_REPORT: '' }),
    crashes: repo('crashes', { CRASH: '' }),
  };
});

function opts(server: string, extra: Partial<ScanOptions> = {}): ScanOptions {
  return {
    repositories: [],
    outDir: mkdtempSync(join(tmpdir(), 'rg-fleet-out-')),
    serverUrl: server,
    ref: null,
    token: TOKEN,
    vulnerabilityScan: 'off',
    cliPath: gate,
    runUrl: 'https://github.com/acme/fleet/actions/runs/42',
    scanTimeoutMs: 20_000,
    ...extra,
  };
}

const entryOf = (dir: string, repo: string) => JSON.parse(readFileSync(join(dir, entryFileName(repo)), 'utf8')) as FleetEntry;
const dumpOf = (name: string) => JSON.parse(readFileSync(join(dumps, `${name}.json`), 'utf8')) as { env: Record<string, string>; argv: string[]; cwd: string; gitConfig: string; files: boolean };

describe('fleet scan', () => {
  it('clones over HTTP with the token as a header, scans, and keeps the token from the scan', async () => {
    const server = await serveGit(root, BASIC);
    servers.push(server);
    const o = opts(server.url, { repositories: ['acme/good', 'acme/blocked'] });
    const s = await scanBatch(o);
    expect(s).toEqual({ scanned: 2, failed: 0, files: ['acme__good.json', 'acme__blocked.json'] });
    const good = entryOf(o.outDir, 'acme/good');
    expect(good).toEqual({
      schemaVersion: 1,
      kind: 'readiness-gate-fleet-entry',
      repository: 'acme/good',
      url: `${server.url}/acme/good`,
      ref: null,
      commit: shas.good!.main,
      runUrl: 'https://github.com/acme/fleet/actions/runs/42',
      status: 'scanned',
      error: null,
      report: { verdict: { blocked: false, reasons: [] }, score: { value: 90 }, repo: 'good', branch: 'main' },
    });
    // A blocked verdict (exit 1) is a scanned repository, not a failure.
    expect(entryOf(o.outDir, 'acme/blocked')).toMatchObject({ status: 'scanned', report: { verdict: { blocked: true } } });
    // git sent the token on every request; none went without it.
    expect(server.auth.length).toBeGreaterThan(1);
    expect(new Set(server.auth)).toEqual(new Set([BASIC]));

    const d = dumpOf('good');
    expect(d.files).toBe(true);
    const envText = JSON.stringify(d.env);
    expect(envText).not.toContain(TOKEN);
    expect(envText).not.toContain(BASIC.slice(6));
    expect(Object.keys(d.env).filter((k) => k.startsWith('GIT_') || k.includes('TOKEN') || k.startsWith('INPUT_')).sort()).toEqual([]);
    expect(d.argv.join(' ')).not.toContain(TOKEN);
    expect(d.argv.slice(2)).toEqual(['scan', d.argv[3], '--report', d.argv[5], '--sarif', '', '--sbom', '', '--vulnerability-scan', 'off', '--cache', 'false', '--no-color']);
    // Nothing of the token, and no remote, in the checkout's configuration.
    expect(d.gitConfig).not.toContain(TOKEN);
    expect(d.gitConfig).not.toContain(BASIC.slice(6));
    expect(d.gitConfig).not.toMatch(/extraheader|\[remote/i);
    // The work folders are removed.
    expect(existsSync(d.argv[3]!)).toBe(false);
  });

  it('the token in the scan process environment of the job is not passed on either', () => {
    const env = scanEnv('/tmp/h', { PATH: '/bin', GITHUB_TOKEN: TOKEN, INPUT_TOKEN: TOKEN, ACTIONS_RUNTIME_TOKEN: 'x', GIT_CONFIG_COUNT: '1', LANG: 'C.UTF-8', READINESS_GATE_WORKERS: '1' });
    expect(env).toEqual({ HOME: '/tmp/h', PATH: '/bin', LANG: 'C.UTF-8', READINESS_GATE_WORKERS: '1', NO_COLOR: '1' });
  });

  it('a failure of one repository is a failed entry with the reason, and the batch goes on', async () => {
    const server = await serveGit(root, BASIC);
    servers.push(server);
    const o = opts(server.url, { repositories: ['acme/missing', 'acme/fails-scan', 'acme/hangs', 'acme/bad-report', 'acme/crashes', 'acme/good'], scanTimeoutMs: 1500 });
    const s = await scanBatch(o);
    expect(s.scanned).toBe(1);
    expect(s.failed).toBe(5);
    expect(readdirSync(o.outDir).sort()).toEqual(['acme__bad-report.json', 'acme__crashes.json', 'acme__fails-scan.json', 'acme__good.json', 'acme__hangs.json', 'acme__missing.json']);
    const missing = entryOf(o.outDir, 'acme/missing');
    expect(missing).toMatchObject({ status: 'failed', commit: null, report: null });
    expect(missing.error).toMatch(/^clone failed: fatal: repository 'http:\/\/127\.0\.0\.1:\d+\/acme\/missing\.git\/' not found$/);
    const fails = entryOf(o.outDir, 'acme/fails-scan');
    expect(fails).toMatchObject({ status: 'failed', commit: shas['fails-scan']!.main, report: null });
    // The child's last line, with the token masked.
    expect(fails.error).toBe('scan exited with code 2: readiness-gate: internal error: boom with [redacted]');
    expect(entryOf(o.outDir, 'acme/hangs').error).toBe('scan timed out after 2 s');
    expect(entryOf(o.outDir, 'acme/bad-report').error).toBe('scan wrote no usable report: the report is not JSON');
    expect(entryOf(o.outDir, 'acme/crashes').error).toMatch(/^scan ended by signal SIGSEGV: /);
    expect(entryOf(o.outDir, 'acme/good').status).toBe('scanned');
  });

  it('a redirect is not followed: the token goes only where the listing named', async () => {
    const server = await serveGit(root, BASIC);
    servers.push(server);
    const o = opts(server.url, { repositories: ['acme/moved'] });
    expect(await scanBatch(o)).toMatchObject({ scanned: 0, failed: 1 });
    expect(entryOf(o.outDir, 'acme/moved').error).toMatch(/^clone failed: /);
    expect(server.auth).toHaveLength(1);
  });

  it('without the token the server refuses, and that is the entry reason', async () => {
    const server = await serveGit(root, BASIC);
    servers.push(server);
    const o = opts(server.url, { repositories: ['acme/good'], token: undefined });
    expect(await scanBatch(o)).toMatchObject({ scanned: 0, failed: 1 });
    expect(entryOf(o.outDir, 'acme/good').error).toMatch(/^clone failed: fatal: Authentication failed for 'http:\/\/127\.0\.0\.1:\d+\/acme\/good\.git\/'$/);
    expect(new Set(server.auth)).toEqual(new Set([undefined]));
  });

  it('at a ref: the branch is scanned; a ref the repository lacks is a failed entry', async () => {
    const o = opts(`file://${root}`, { repositories: ['acme/good', 'acme/blocked'], ref: 'release', token: undefined });
    await scanBatch(o);
    expect(entryOf(o.outDir, 'acme/good')).toMatchObject({ status: 'scanned', ref: 'release', commit: shas.good!.release, url: `file://${root}/acme/good`, report: { branch: 'release' } });
    const blocked = entryOf(o.outDir, 'acme/blocked');
    expect(blocked).toMatchObject({ status: 'failed', ref: 'release', commit: null });
    expect(blocked.error).toMatch(/^clone failed at ref release: /);
  });

  it('refuses bad input before cloning anything: a ref like an option, a name like a path, an output folder that is a link', async () => {
    await expect(scanBatch(opts(`file://${root}`, { repositories: ['acme/good'], ref: '--upload-pack=touch /tmp/x' }))).rejects.toThrow(/--ref: .* is not a ref/);
    await expect(scanBatch(opts(`file://${root}`, { repositories: ['acme/../../etc'] }))).rejects.toThrow(/--batch: 'acme\/..\/..\/etc' is not a repository name/);
    await expect(scanBatch(opts('https://user:pw@github.com', { repositories: ['acme/good'] }))).rejects.toThrow(/--server-url: .* is not accepted/);
    const dir = mkdtempSync(join(tmpdir(), 'rg-fleet-link-'));
    symlinkSync(tmpdir(), join(dir, 'out'));
    await expect(scanBatch(opts(`file://${root}`, { repositories: ['acme/good'], outDir: join(dir, 'out') }))).rejects.toThrow(/^fleet scan: --out ".*" lies under or is a symbolic link/);
    expect(lstatSync(join(dir, 'out')).isSymbolicLink()).toBe(true);
    expect(validRef('main')).toBe(true);
    expect(validRef('release/1.2')).toBe(true);
    expect(validRef('0123456789abcdef0123456789abcdef01234567')).toBe(true);
    for (const bad of ['-x', 'a..b', 'a//b', 'a/', 'x.lock', 'a b', '']) expect(validRef(bad), bad).toBe(false);
  });
});

describe('readiness-gate fleet scan and merge', () => {
  const sink = () => {
    let text = '';
    return { stream: { write: (s: string) => ((text += s), true) } as unknown as NodeJS.WritableStream, text: () => text };
  };

  it('scan: the batch from the matrix, the token from GITHUB_TOKEN, the run page from the runner', async () => {
    const server = await serveGit(root, BASIC);
    servers.push(server);
    const out = join(mkdtempSync(join(tmpdir(), 'rg-fleet-cli-')), 'entries');
    const err = sink();
    const code = await fleetCli(['scan', '--batch', JSON.stringify({ id: '001', repositories: ['acme/good', 'acme/missing'] }), '--out', out, '--vulnerability-scan', 'off', '--gate-cli', gate], {
      out: sink().stream,
      err: err.stream,
      env: { GITHUB_TOKEN: TOKEN, GITHUB_SERVER_URL: server.url, GITHUB_REPOSITORY: 'acme/fleet', GITHUB_RUN_ID: '7', PATH: process.env.PATH },
    });
    expect(code).toBe(0);
    expect(err.text()).toContain('1 scanned, 1 failed; 2 entries in');
    expect(err.text()).not.toContain(TOKEN);
    expect(entryOf(out, 'acme/good')).toMatchObject({ status: 'scanned', runUrl: `${server.url}/acme/fleet/actions/runs/7` });
  });

  it('scan: a batch that is not one exits 2 naming --batch', async () => {
    for (const batch of ['{', '{"repositories":"acme/a"}', '["acme/a b"]', '[1]']) {
      const err = sink();
      expect(await fleetCli(['scan', '--batch', batch, '--out', tmpdir()], { out: sink().stream, err: err.stream, env: {} })).toBe(2);
      expect(err.text()).toMatch(/--batch: not (JSON|a batch); accepted:/);
    }
    expect(parseBatch('["acme/a","acme/b"]')).toEqual(['acme/a', 'acme/b']);
  });

  it('merge: repositories of the listing with no entry become failed rows; the summary goes to the job summary', async () => {
    const base = mkdtempSync(join(tmpdir(), 'rg-fleet-merge-'));
    const entries = join(base, 'entries');
    mkdirSync(entries);
    writeFileSync(join(entries, 'acme__a.json'), '{"kept": true}');
    // The stand-in merge: records its arguments and writes the summary.
    const merge = join(base, 'merge.mjs');
    writeFileSync(merge, `import { mkdirSync, writeFileSync } from 'node:fs';\nconst a = process.argv.slice(2);\nconst out = a[a.indexOf('--out') + 1];\nmkdirSync(out, { recursive: true });\nwriteFileSync(out + '/summary.md', '# Fleet\\n' + JSON.stringify(a) + '\\n');\n`);
    const summary = join(base, 'step_summary');
    writeFileSync(summary, 'before\n');
    const err = sink();
    const batches = JSON.stringify([
      { id: '001', repositories: ['acme/a', 'acme/b'] },
      { id: '002', repositories: ['acme/c'] },
    ]);
    const code = await fleetCli(['merge', '--entries', entries, '--out', join(base, 'merged'), '--batches', batches, '--previous', join(base, 'prev.json'), '--gate-cli', merge], {
      out: sink().stream,
      err: err.stream,
      env: { GITHUB_STEP_SUMMARY: summary, GITHUB_SERVER_URL: 'https://github.com', PATH: process.env.PATH },
    });
    expect(code).toBe(0);
    expect(err.text()).toContain('2 repositories have no entry (their scan job did not finish): acme/b, acme/c');
    expect(readFileSync(join(entries, 'acme__a.json'), 'utf8')).toBe('{"kept": true}');
    expect(entryOf(entries, 'acme/b')).toMatchObject({ repository: 'acme/b', url: 'https://github.com/acme/b', status: 'failed', report: null, error: expect.stringMatching(/^no entry: the scan job of its batch did not finish/) });
    expect(readFileSync(summary, 'utf8')).toBe(`before\n# Fleet\n${JSON.stringify(['merge', entries, '--out', join(base, 'merged'), '--previous', join(base, 'prev.json')])}\n`);
  });

  it('fillMissing writes nothing when every repository has its entry; runUrlOf needs every part in shape', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-fleet-fill-'));
    writeFileSync(join(dir, 'acme__a.json'), '{}');
    expect(fillMissing(dir, ['acme/a'], 'https://github.com', null)).toEqual([]);
    expect(readdirSync(dir)).toEqual(['acme__a.json']);
    expect(runUrlOf({ GITHUB_SERVER_URL: 'https://ghe.example/', GITHUB_REPOSITORY: 'acme/fleet', GITHUB_RUN_ID: '12' })).toBe('https://ghe.example/acme/fleet/actions/runs/12');
    expect(runUrlOf({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/fleet', GITHUB_RUN_ID: '12; rm' })).toBeNull();
    expect(runUrlOf({ GITHUB_SERVER_URL: 'javascript:alert(1)', GITHUB_REPOSITORY: 'acme/fleet', GITHUB_RUN_ID: '12' })).toBeNull();
  });
});
