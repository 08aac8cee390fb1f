// One matrix job of the fleet (issue 15): for each repository of its batch, a shallow read-only
// checkout at the ref, the gate run on it as a child process of the same bundle (under the
// repository's own policy; no verdict fails the job), and one FleetEntry file. A repository that cannot be cloned or scanned is an entry with status failed
// and the reason, never a failed job: the dashboard shows it as a row.
//
// The token reaches git only: as an http extra header in git's environment (GIT_CONFIG_* variables,
// scoped to the server's URL), so it is neither written to .git/config nor visible in any argv, and
// the scan's child process gets an environment built from an allowlist, without it. Nothing of the
// scanned repository runs: git runs no hook (empty template, hooksPath /dev/null), no LFS or other
// filter (no global or system configuration is read), no submodule is fetched.
import { spawn } from 'node:child_process';
import { closeSync, constants, fstatSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationError } from '../errors.js';
import { replaceFile } from '../io/write-output.js';
import { Redactor } from '../report/redact.js';
import { clean } from '../report/terminal.js';
import { isRepositoryName } from './list.js';
import { prepareOutDir as prepareOutFolder } from './merge-io.js';
import type { FleetEntry } from './types.js';

/** A report larger than this is not read (the gate caps its own report far below). */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
/** What is kept of a child's stderr (its last bytes: the error is at the end). */
const STDERR_TAIL = 16 * 1024;
const MAX_REASON = 300;
/** A batch is a handful of repositories; a longer one is not what `fleet list` writes. */
export const MAX_BATCH_REPOSITORIES = 1000;

export interface ScanOptions {
  repositories: readonly string[];
  outDir: string;
  /** Where repositories live: https://github.com, a GHES host, or (tests, mirrors) a file:// folder. */
  serverUrl: string;
  /** Branch, tag or commit; null: the default branch. */
  ref: string | null;
  token?: string;
  vulnerabilityScan: 'osv' | 'off';
  /** The gate's CLI (dist/cli.js beside this bundle). */
  cliPath?: string;
  cloneTimeoutMs?: number;
  scanTimeoutMs?: number;
  /** The fleet job's run page. */
  runUrl: string | null;
  /** Where the checkouts go (RUNNER_TEMP in a job); each is removed after its scan. */
  workDir?: string;
  log?: (line: string) => void;
}

export interface ScanSummary {
  scanned: number;
  failed: number;
  files: string[];
}

/** Refs as git and GitHub allow them, and nothing an argv could read as an option. */
export function validRef(ref: string): boolean {
  return /^[A-Za-z0-9_][A-Za-z0-9._/-]{0,254}$/.test(ref) && !ref.includes('..') && !ref.includes('//') && !ref.endsWith('/') && !ref.endsWith('.lock') && !ref.endsWith('.');
}

/** The server URL: http(s) (GitHub, GHES) or file (a local mirror); no credentials, no query. */
export function parseServerUrl(s: string): URL {
  let u: URL;
  try {
    u = new URL(s.replace(/\/+$/, ''));
  } catch {
    throw new ConfigurationError(`--server-url: '${s.slice(0, 80)}' is not a URL; accepted: https://HOST (or a file:// folder of bare repositories)`);
  }
  if (!['https:', 'http:', 'file:'].includes(u.protocol) || u.username || u.password || u.search || u.hash) {
    throw new ConfigurationError(`--server-url: '${s.slice(0, 80)}' is not accepted; accepted: https://HOST without credentials (or a file:// folder of bare repositories)`);
  }
  return u;
}

/** The entry's file name: owner__name.json, from a validated name (letters, digits, `-`, `_`, `.`). */
export function entryFileName(repository: string): string {
  const [owner, name] = repository.split('/') as [string, string];
  return `${owner}__${name}.json`.replace(/[^A-Za-z0-9._-]/g, '_');
}

export function defaultCliPath(): string {
  // Bundled, this module sits in a chunk beside cli.js.
  return fileURLToPath(new URL('./cli.js', import.meta.url));
}

export async function scanBatch(o: ScanOptions): Promise<ScanSummary> {
  const server = parseServerUrl(o.serverUrl);
  if (o.ref !== null && !validRef(o.ref)) throw new ConfigurationError(`--ref: '${o.ref.slice(0, 80)}' is not a ref; accepted: a branch, tag or commit name (letters, digits, '.', '_', '-', '/')`);
  if (o.repositories.length > MAX_BATCH_REPOSITORIES) throw new ConfigurationError(`--batch: ${o.repositories.length} repositories; accepted: at most ${MAX_BATCH_REPOSITORIES}`);
  for (const r of o.repositories) {
    if (!isRepositoryName(r)) throw new ConfigurationError(`--batch: '${clean(r.slice(0, 120))}' is not a repository name; accepted: owner/name`);
  }
  const out = prepareOutDir(o.outDir);
  const log = o.log ?? (() => undefined);
  const base = mkdtempSync(join(o.workDir ?? tmpdir(), 'rg-fleet-'));
  const redactor = tokenRedactor(o.token);
  const summary: ScanSummary = { scanned: 0, failed: 0, files: [] };
  try {
    // The same repository twice in a batch is scanned once.
    for (const repository of [...new Set(o.repositories)]) {
      let entry: FleetEntry;
      try {
        entry = await scanOne(repository, o, server, base, (s) => redactor.text(s));
      } catch (e) {
        // A fault of this job (a full disk, a spawn refused) on one repository: its row says so, the batch goes on.
        entry = failedEntry(repository, o, server, reason(redactor.text(`internal error: ${e instanceof Error ? e.message : String(e)}`)));
      }
      const file = entryFileName(repository);
      writeEntry(out, file, `${JSON.stringify(entry, null, 2)}\n`);
      summary.files.push(file);
      if (entry.status === 'scanned') summary.scanned++;
      else summary.failed++;
      log(`${repository}: ${entry.status === 'scanned' ? `scanned at ${entry.commit}` : `failed: ${entry.error}`}`);
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
  return summary;
}

function failedEntry(repository: string, o: ScanOptions, server: URL, error: string | null): FleetEntry {
  return {
    schemaVersion: 1,
    kind: 'readiness-gate-fleet-entry',
    repository,
    url: `${server.href.replace(/\/+$/, '')}/${repository}`,
    ref: o.ref,
    commit: null,
    runUrl: o.runUrl,
    status: 'failed',
    error,
    report: null,
  };
}

async function scanOne(repository: string, o: ScanOptions, server: URL, base: string, redact: (s: string) => string): Promise<FleetEntry> {
  const serverText = server.href.replace(/\/+$/, '');
  const entry = failedEntry(repository, o, server, null);
  const fail = (why: string): FleetEntry => ({ ...entry, error: reason(redact(why)) });
  const work = mkdtempSync(join(base, 'repo-'));
  try {
    const src = join(work, 'src');
    const home = join(work, 'home');
    mkdirSync(home);
    const git = gitEnv(home, server, o.token);
    const gitRun = (args: string[], cwd: string) => run('git', args, { cwd, env: git, timeoutMs: o.cloneTimeoutMs ?? 300_000 });
    const init = await gitRun(['init', '-q', '--template=', src], work);
    if (init.code !== 0) return fail(`clone failed: ${init.why}`);
    const fetch = await gitRun(['fetch', '-q', '--depth=1', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head', `${serverText}/${repository}.git`, `+${o.ref ?? 'HEAD'}:refs/rg/scan`], src);
    if (fetch.code !== 0) return fail(`clone failed${o.ref ? ` at ref ${o.ref}` : ''}: ${fetch.why}`);
    const checkout = await gitRun(['checkout', '-q', '--detach', 'refs/rg/scan'], src);
    if (checkout.code !== 0) return fail(`checkout failed: ${checkout.why}`);
    const head = await run('git', ['rev-parse', 'HEAD'], { cwd: src, env: git, timeoutMs: 30_000, stdout: true });
    const commit = head.stdout.trim();
    if (head.code !== 0 || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(commit)) return fail(`checkout failed: no commit (${head.why})`);
    entry.commit = commit;

    const reportPath = join(work, 'report.json');
    const cli = o.cliPath ?? defaultCliPath();
    // The repository's own policy decides its verdict (its configuration, else the default: a P0
    // blocks), the verdict its required check gives. With fail-on never every verdict would read
    // ready and the organisation report would count P0s as passes. The job never fails on a verdict:
    // exit 1 is a scanned repository like exit 0.
    const args = [cli, 'scan', src, '--report', reportPath, '--sarif', '', '--sbom', '', '--vulnerability-scan', o.vulnerabilityScan, '--cache', 'false', '--no-color'];
    const scan = await run(process.execPath, args, { cwd: src, env: scanEnv(home), timeoutMs: o.scanTimeoutMs ?? 600_000 });
    if (scan.timedOut) return fail(`scan timed out after ${Math.round((o.scanTimeoutMs ?? 600_000) / 1000)} s`);
    if (scan.signal) return fail(`scan ended by signal ${scan.signal}: ${scan.why}`);
    // 0 ready, 1 blocked: both a verdict; 2 bad input or an internal error.
    if (scan.code !== 0 && scan.code !== 1) return fail(`scan exited with code ${scan.code}: ${scan.why}`);
    const report = readReport(reportPath);
    if (typeof report === 'string') return fail(`scan wrote no usable report: ${report}`);
    return { ...entry, status: 'scanned', report };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Masks the token in every form git may echo it (as written, and in the basic-auth header). */
export function tokenRedactor(token: string | undefined): Redactor {
  return new Redactor(token ? [token, basicAuth(token)] : []);
}

function basicAuth(token: string): string {
  return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
}

/**
 * git's environment: no global or system configuration (no credential helper, url rewrite or filter
 * of the runner's), no prompt, hooks off, only the server's protocol, and the token as an extra
 * header for the server's URL only, given as configuration through the environment.
 */
function gitEnv(home: string, server: URL, token: string | undefined): NodeJS.ProcessEnv {
  const scheme = server.protocol.slice(0, -1);
  const config: Array<[string, string]> = [
    ['core.hooksPath', '/dev/null'],
    ['core.fsmonitor', 'false'],
    ['submodule.recurse', 'false'],
    ['fetch.recurseSubmodules', 'false'],
    ['protocol.allow', 'never'],
    [`protocol.${scheme}.allow`, 'always'],
    ['advice.detachedHead', 'false'],
    // The listing names each repository where it is: a redirect would only carry the header elsewhere.
    ['http.followRedirects', 'false'],
  ];
  if (token && scheme !== 'file') config.push([`http.${server.href.replace(/\/+$/, '')}/.extraheader`, `AUTHORIZATION: basic ${basicAuth(token)}`]);
  const env: NodeJS.ProcessEnv = {
    ...baseEnv(home),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: 'true',
    GIT_LFS_SKIP_SMUDGE: '1',
    GIT_CONFIG_COUNT: String(config.length),
  };
  config.forEach(([k, v], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = k;
    env[`GIT_CONFIG_VALUE_${i}`] = v;
  });
  return env;
}

/** The scan's environment: an allowlist, so no token, no GIT_CONFIG_* and no runner secret reaches it. */
export function scanEnv(home: string, from: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env = baseEnv(home, from);
  // The worker count is the operator's setting (tests and small runners lower it).
  if (from.READINESS_GATE_WORKERS) env.READINESS_GATE_WORKERS = from.READINESS_GATE_WORKERS;
  env.NO_COLOR = '1';
  return env;
}

function baseEnv(home: string, from: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { HOME: home, PATH: from.PATH ?? '/usr/bin:/bin' };
  for (const k of ['LANG', 'LC_ALL', 'TMPDIR', 'SystemRoot']) if (from[k]) env[k] = from[k];
  return env;
}

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  /** The last line of stderr (or a word on what happened), cleaned for one line. */
  why: string;
}

/** A child process under a timeout: on expiry its whole process group is killed (git spawns helpers). */
function run(cmd: string, args: string[], o: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; stdout?: boolean }): Promise<Ran> {
  return new Promise((done) => {
    let stderr = Buffer.alloc(0);
    let stdout = '';
    let timedOut = false;
    const child = spawn(cmd, args, { cwd: o.cwd, env: o.env, detached: true, stdio: ['ignore', o.stdout ? 'pipe' : 'ignore', 'pipe'] });
    const timer = setTimeout(() => {
      timedOut = true;
      kill(child.pid);
    }, o.timeoutMs);
    child.stdout?.on('data', (d: Buffer) => {
      if (stdout.length < 4096) stdout += d.toString('utf8');
    });
    child.stderr!.on('data', (d: Buffer) => {
      stderr = Buffer.concat([stderr, d]);
      if (stderr.length > STDERR_TAIL) stderr = stderr.subarray(stderr.length - STDERR_TAIL);
    });
    const finish = (code: number | null, signal: NodeJS.Signals | null, error?: Error) => {
      clearTimeout(timer);
      const lines = stderr.toString('utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
      // git's own word is its first `fatal:`/`error:` line (advice follows it); the gate's the last
      // line it prefixed (an internal error's stack follows its first line).
      const said = lines.find((l) => /^(fatal|error):/.test(l)) ?? lines.findLast((l) => l.startsWith('readiness-gate:')) ?? lines.at(-1);
      const why = error ? error.message : (said ?? (timedOut ? 'timed out' : 'no message'));
      done({ code, signal: timedOut ? null : signal, timedOut, stdout, why });
    };
    child.on('error', (e) => finish(null, null, e));
    child.on('close', (code, signal) => finish(code, signal));
  });
}

function kill(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** One line, no control characters, bounded. */
function reason(s: string): string {
  const line = clean(s);
  return line.length > MAX_REASON ? `${line.slice(0, MAX_REASON - 1)}…` : line;
}

/** The report the child wrote: parsed, or why not (missing, not a regular file, too large, not a report). */
function readReport(path: string): unknown {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'the report file is missing' : `the report file cannot be opened (${(e as NodeJS.ErrnoException).code})`;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return 'the report is not a regular file';
    if (st.size > MAX_REPORT_BYTES) return `the report is larger than ${MAX_REPORT_BYTES} bytes`;
    const buf = Buffer.alloc(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, buf, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(buf.subarray(0, off).toString('utf8'));
    } catch {
      return 'the report is not JSON';
    }
    const p = parsed as { verdict?: { blocked?: unknown } } | null;
    if (typeof p !== 'object' || p === null || Array.isArray(p) || typeof p.verdict?.blocked !== 'boolean') return 'the report has no verdict';
    return parsed;
  } finally {
    closeSync(fd);
  }
}

/** The output folder: created if missing; a link in its place, or a file, is refused. */
/** The entries folder: created one folder at a time, refused when it is or lies under a link. */
export function prepareOutDir(dir: string): string {
  return prepareOutFolder(dir, process.cwd(), undefined, 'fleet scan');
}

/** One entry file, written through a new temporary file renamed over the target (a link there is replaced). */
export function writeEntry(dir: string, name: string, text: string): void {
  replaceFile(join(dir, name), text);
}
