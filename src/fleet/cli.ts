// `readiness-gate fleet list|scan|merge` (issue 15): the steps of the fleet workflow
// (.github/workflows/fleet.yml), each usable alone. The token is read from the environment
// (GITHUB_TOKEN), never from an argument: argv is visible to every process of the runner.
import { spawn } from 'node:child_process';
import { appendFileSync, closeSync, constants, fstatSync, lstatSync, openSync, readSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { ConfigurationError } from '../errors.js';
import { clean } from '../report/terminal.js';
import { scrubMessage } from '../publish.js';
import { FleetListError, isRepositoryName, listRepositories, makeBatches, parseFilter, type Batch } from './list.js';
import { defaultCliPath, entryFileName, MAX_BATCH_REPOSITORIES, parseServerUrl, prepareOutDir, scanBatch, writeEntry, tokenRedactor } from './scan.js';
import type { FleetEntry } from './types.js';

const USAGE = `Usage: readiness-gate fleet <list|scan|merge> [options]

The steps of the fleet workflow (.github/workflows/fleet.yml). The token is read from GITHUB_TOKEN.

  fleet list --organization ORG [--topics a,b] [--visibility all|public|private|internal]
             [--include-archived true|false] [--include-forks true|false]
             [--name-pattern GLOBS] [--batch-size N] [--api-url URL]
      Lists the organisation's repositories through the REST API, keeps those the filter names
      (every topic given; a glob over the name, '!glob' excludes) and splits them into batches
      (at most 256: the batch size is raised when needed, and said). Writes batches, count and
      batch-size to $GITHUB_OUTPUT when it is set, else the JSON to stdout.

  fleet scan --batch JSON --out DIR [--ref REF] [--vulnerability-scan osv|off]
             [--server-url URL] [--clone-timeout SECONDS] [--scan-timeout SECONDS]
      Clones each repository of the batch (shallow, at REF or the default branch), runs the gate
      on it with the repository's own policy (a blocked verdict is a result, not a failure)
      and writes one fleet entry per repository into DIR.
      A repository that fails to clone or scan is an entry with status failed, not a failed step.

  fleet merge --entries DIR --out DIR [--previous merged.json] [--batches JSON]
      Writes a failed entry for every repository of --batches that has none in the entries
      folder (its job did not finish), runs 'readiness-gate merge' and appends its summary.md
      to the job summary ($GITHUB_STEP_SUMMARY) when it is set.
`;

/** The sub-action's inputs (fleet/action.yml) of each command: each becomes the flag of its name. */
export const ACTION_FLAGS: Readonly<Record<string, readonly string[]>> = {
  list: ['organization', 'topics', 'visibility', 'include-archived', 'include-forks', 'name-pattern', 'batch-size'],
  scan: ['batch', 'out', 'ref', 'vulnerability-scan'],
  merge: ['entries', 'out', 'previous', 'batches'],
};

/**
 * The batches output: GitHub keeps at most 1 MB of one job's outputs, but the merge step also takes
 * the whole list as an input, which the runner hands over as one environment variable, and Linux
 * refuses to start a process with a variable over 128 KiB. So the list must stay under that.
 */
const MAX_OUTPUT_BYTES = 120_000;
/** GitHub's job summary takes at most 1 MiB per step. */
const SUMMARY_MAX_BYTES = 1024 * 1024;
/** --batch and --batches: the JSON of a matrix output, well under GitHub's 1 MB per output. */
const MAX_JSON_INPUT = 4 * 1024 * 1024;

export interface FleetIo {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  env?: NodeJS.ProcessEnv;
  /** Tests: the rate-limit waits. */
  sleep?: (ms: number) => Promise<void>;
}

export async function fleetCli(argv: string[], io: FleetIo = { out: process.stdout, err: process.stderr }): Promise<number> {
  const env = io.env ?? process.env;
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    (command ? io.out : io.err).write(USAGE);
    return command ? 0 : 2;
  }
  try {
    if (command === 'list') return await list(rest, io, env);
    if (command === 'scan') return await scan(rest, io, env);
    if (command === 'merge') return await merge(rest, io, env);
    io.err.write(`readiness-gate fleet: unknown command '${clean(command.slice(0, 40))}'; accepted: list, scan, merge\n\n${USAGE}`);
    return 2;
  } catch (e) {
    if (e instanceof ConfigurationError || e instanceof FleetListError) {
      io.err.write(`readiness-gate fleet ${command}: ${clean(scrubMessage(redactToken(e.message, env)))}\n`);
      return 2;
    }
    io.err.write(scrubMessage(redactToken(`readiness-gate fleet ${command}: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`, env)));
    return 2;
  }
}

/** The token masked as the scan masks it (as written and in git's basic-auth header), and any secret the scanner knows. */
function redactToken(s: string, env: NodeJS.ProcessEnv): string {
  return tokenRedactor(env.GITHUB_TOKEN).text(s);
}

function parse<T extends Record<string, { type: 'string' | 'boolean' }>>(args: string[], options: T, command: string) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }).values;
  } catch (e) {
    throw new ConfigurationError(`${(e as Error).message.split('\n')[0]}; see 'readiness-gate fleet --help' for the options of ${command}`);
  }
}

function required(v: string | undefined, name: string, what: string): string {
  if (v === undefined || v.trim() === '') throw new ConfigurationError(`${name} is required; accepted: ${what}`);
  return v.trim();
}

function wholeNumber(v: string | undefined, name: string, def: number, max: number): number {
  if (v === undefined || v.trim() === '') return def;
  const n = Number(v.trim());
  if (!/^\d+$/.test(v.trim()) || n < 1 || n > max) throw new ConfigurationError(`${name}: '${clean(v.slice(0, 40))}' is not valid; accepted: a whole number from 1 to ${max}`);
  return n;
}

async function list(args: string[], io: FleetIo, env: NodeJS.ProcessEnv): Promise<number> {
  const v = parse(
    args,
    {
      organization: { type: 'string' },
      topics: { type: 'string' },
      visibility: { type: 'string' },
      'include-archived': { type: 'string' },
      'include-forks': { type: 'string' },
      'name-pattern': { type: 'string' },
      'batch-size': { type: 'string' },
      'api-url': { type: 'string' },
    },
    'list',
  );
  if (v.help) {
    io.out.write(USAGE);
    return 0;
  }
  const organization = required(v.organization, '--organization', 'the organisation whose repositories to scan');
  const filter = parseFilter({ topics: v.topics, visibility: v.visibility, includeArchived: v['include-archived'], includeForks: v['include-forks'], namePattern: v['name-pattern'] });
  const size = wholeNumber(v['batch-size'], '--batch-size', 10, MAX_BATCH_REPOSITORIES);
  const listing = await listRepositories({
    token: env.GITHUB_TOKEN ?? '',
    organization,
    filter,
    apiUrl: v['api-url'] ?? env.GITHUB_API_URL,
    log: (line) => void io.err.write(`readiness-gate fleet list: ${clean(line)}\n`),
    ...(io.sleep ? { sleep: io.sleep } : {}),
  });
  const skipped = Object.entries(listing.skipped)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, n]) => `${n} ${k}`);
  io.err.write(
    `readiness-gate fleet list: ${listing.listed} repositories in ${listing.pages} page(s); ${listing.repositories.length} kept` +
      `${skipped.length ? `, left out: ${skipped.join(', ')}` : ''}${listing.malformed ? `; ${listing.malformed} entries of the answer were not repositories of ${organization} and were ignored` : ''}\n`,
  );
  const batching = makeBatches(
    listing.repositories.map((r) => r.repository),
    size,
  );
  if (batching.raised) io.err.write(`readiness-gate fleet list: ${batching.raised}\n`);
  io.err.write(`readiness-gate fleet list: ${batching.batches.length} batch(es) of up to ${batching.size}\n`);
  const outputs = { batches: batchesJson(batching.batches), count: String(listing.repositories.length), 'batch-size': String(batching.size) };
  if (env.GITHUB_OUTPUT) {
    for (const [k, val] of Object.entries(outputs)) setOutput(env.GITHUB_OUTPUT, k, val);
  } else {
    io.out.write(`${JSON.stringify({ count: listing.repositories.length, batchSize: batching.size, batches: batching.batches }, null, 2)}\n`);
  }
  return 0;
}

/** The batches output: a matrix holds it, so it must fit in a job's outputs. */
export function batchesJson(batches: readonly Batch[]): string {
  const json = JSON.stringify(batches);
  const bytes = Buffer.byteLength(json);
  if (bytes > MAX_OUTPUT_BYTES) throw new FleetListError(`the batches take ${bytes} bytes, more than the merge step can take as an input (${MAX_OUTPUT_BYTES}: one environment variable); narrow the filter's topics or name pattern, or run one fleet per part of the organisation`);
  return json;
}

/** A step output through the runner's file, as a heredoc with a delimiter the value cannot hold. */
export function setOutput(file: string, name: string, value: string): void {
  let delimiter = `ghadelimiter_${randomBytes(16).toString('hex')}`;
  while (value.includes(delimiter)) delimiter = `ghadelimiter_${randomBytes(16).toString('hex')}`;
  appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`, 'utf8');
}

/** --batch: one batch as `fleet list` writes it ({id, repositories}) or a plain list of names. */
export function parseBatch(text: string, name = '--batch'): string[] {
  if (text.length > MAX_JSON_INPUT) throw new ConfigurationError(`${name}: longer than ${MAX_JSON_INPUT} characters; accepted: one batch of 'fleet list'`);
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new ConfigurationError(`${name}: not JSON; accepted: {"id": "001", "repositories": ["owner/name", ...]} as 'fleet list' writes it, or ["owner/name", ...]`);
  }
  const list = Array.isArray(v) ? v : typeof v === 'object' && v !== null ? (v as { repositories?: unknown }).repositories : undefined;
  if (!Array.isArray(list) || list.some((r) => typeof r !== 'string' || !isRepositoryName(r))) {
    throw new ConfigurationError(`${name}: not a batch; accepted: {"id": "001", "repositories": ["owner/name", ...]} as 'fleet list' writes it, or ["owner/name", ...]`);
  }
  return list as string[];
}

async function scan(args: string[], io: FleetIo, env: NodeJS.ProcessEnv): Promise<number> {
  const v = parse(
    args,
    {
      batch: { type: 'string' },
      out: { type: 'string' },
      ref: { type: 'string' },
      'vulnerability-scan': { type: 'string' },
      'server-url': { type: 'string' },
      'clone-timeout': { type: 'string' },
      'scan-timeout': { type: 'string' },
      // The gate to run (tests; default: cli.js beside this bundle).
      'gate-cli': { type: 'string' },
    },
    'scan',
  );
  if (v.help) {
    io.out.write(USAGE);
    return 0;
  }
  const repositories = parseBatch(required(v.batch, '--batch', "one batch of 'fleet list' as JSON"));
  const out = required(v.out, '--out', 'the folder to write the fleet entries into');
  const vs = (v['vulnerability-scan'] ?? 'osv').trim() || 'osv';
  if (vs !== 'osv' && vs !== 'off') throw new ConfigurationError(`--vulnerability-scan: '${clean(vs.slice(0, 40))}' is not valid; accepted: osv, off`);
  const serverUrl = v['server-url'] ?? env.GITHUB_SERVER_URL ?? 'https://github.com';
  const ref = (v.ref ?? '').trim() || null;
  const summary = await scanBatch({
    repositories,
    outDir: out,
    serverUrl,
    ref,
    token: env.GITHUB_TOKEN || undefined,
    vulnerabilityScan: vs,
    cloneTimeoutMs: wholeNumber(v['clone-timeout'], '--clone-timeout', 300, 3600) * 1000,
    scanTimeoutMs: wholeNumber(v['scan-timeout'], '--scan-timeout', 600, 6 * 3600) * 1000,
    runUrl: runUrlOf(env),
    ...(env.RUNNER_TEMP ? { workDir: env.RUNNER_TEMP } : {}),
    ...(v['gate-cli'] ? { cliPath: resolve(v['gate-cli']) } : {}),
    log: (line) => void io.err.write(`readiness-gate fleet scan: ${clean(line)}\n`),
  });
  io.err.write(`readiness-gate fleet scan: ${summary.scanned} scanned, ${summary.failed} failed; ${summary.files.length} entries in ${clean(out)}\n`);
  return 0;
}

/** The fleet job's run page, from the runner's variables (each of its own shape), else null. */
export function runUrlOf(env: NodeJS.ProcessEnv): string | null {
  const server = env.GITHUB_SERVER_URL;
  const repo = env.GITHUB_REPOSITORY;
  const id = env.GITHUB_RUN_ID;
  if (!server || !repo || !id || !isRepositoryName(repo) || !/^\d{1,20}$/.test(id)) return null;
  try {
    const u = parseServerUrl(server);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return `${u.href.replace(/\/+$/, '')}/${repo}/actions/runs/${id}`;
  } catch {
    return null;
  }
}

async function merge(args: string[], io: FleetIo, env: NodeJS.ProcessEnv): Promise<number> {
  const v = parse(args, { entries: { type: 'string' }, out: { type: 'string' }, previous: { type: 'string' }, batches: { type: 'string' }, 'server-url': { type: 'string' }, 'gate-cli': { type: 'string' } }, 'merge');
  if (v.help) {
    io.out.write(USAGE);
    return 0;
  }
  const entries = required(v.entries, '--entries', 'the folder the scan jobs\' entries were downloaded into');
  const out = required(v.out, '--out', 'the folder for the organisation report');
  const dir = prepareOutDir(entries);
  if (v.batches !== undefined && v.batches.trim() !== '') {
    const missing = fillMissing(dir, parseBatches(v.batches), v['server-url'] ?? env.GITHUB_SERVER_URL ?? 'https://github.com', runUrlOf(env));
    if (missing.length > 0) io.err.write(`readiness-gate fleet merge: ${missing.length} repositories have no entry (their scan job did not finish): ${missing.slice(0, 20).join(', ')}${missing.length > 20 ? ', ...' : ''}\n`);
  }
  const cli = v['gate-cli'] ? resolve(v['gate-cli']) : defaultCliPath();
  const mergeArgs = [cli, 'merge', dir, '--out', out, ...(v.previous ? ['--previous', v.previous] : [])];
  // The merge writes summary.md; this step appends it to the job summary (once).
  const code = await new Promise<number>((done) => {
    const child = spawn(process.execPath, mergeArgs, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...env, GITHUB_TOKEN: '', GITHUB_STEP_SUMMARY: '' } });
    child.on('error', () => done(2));
    child.on('close', (c) => done(c ?? 2));
  });
  if (code !== 0) return code;
  if (env.GITHUB_STEP_SUMMARY) {
    const md = readSummary(join(resolve(out), 'summary.md'));
    if (md !== undefined) appendFileSync(env.GITHUB_STEP_SUMMARY, md.endsWith('\n') ? md : `${md}\n`, 'utf8');
  }
  return 0;
}

/** --batches: the `batches` output of `fleet list`. */
export function parseBatches(text: string): string[] {
  if (text.length > MAX_JSON_INPUT) throw new ConfigurationError(`--batches: longer than ${MAX_JSON_INPUT} characters; accepted: the batches output of 'fleet list'`);
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new ConfigurationError("--batches: not JSON; accepted: the batches output of 'fleet list'");
  }
  if (!Array.isArray(v)) throw new ConfigurationError("--batches: not a list; accepted: the batches output of 'fleet list'");
  return v.flatMap((b: Batch) => parseBatch(JSON.stringify(b), '--batches'));
}

/**
 * A repository of the listing with no entry in `dir` gets a failed one: a batch job that was
 * cancelled or died uploaded nothing, and a repository missing from the dashboard would look
 * like one that is not in the fleet. Returns the names filled in, sorted.
 */
export function fillMissing(dir: string, repositories: readonly string[], serverUrl: string, runUrl: string | null): string[] {
  const present = new Set(readdirSync(dir).filter((f) => f.endsWith('.json')));
  const server = parseServerUrl(serverUrl).href.replace(/\/+$/, '');
  const missing: string[] = [];
  for (const repository of [...new Set(repositories)].sort()) {
    const file = entryFileName(repository);
    if (present.has(file)) continue;
    const entry: FleetEntry = {
      schemaVersion: 1,
      kind: 'readiness-gate-fleet-entry',
      repository,
      url: `${server}/${repository}`,
      ref: null,
      commit: null,
      runUrl,
      status: 'failed',
      error: 'no entry: the scan job of its batch did not finish (cancelled, timed out or lost its runner)',
      report: null,
    };
    writeEntry(dir, file, `${JSON.stringify(entry, null, 2)}\n`);
    missing.push(repository);
  }
  return missing;
}

/** The merge's summary.md, if it is a regular file, cut to what the job summary takes. */
function readSummary(path: string): string | undefined {
  try {
    if (!lstatSync(path).isFile()) return undefined;
  } catch {
    return undefined;
  }
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const size = Math.min(fstatSync(fd).size, SUMMARY_MAX_BYTES - 256);
    const buf = Buffer.alloc(size);
    const n = readSync(fd, buf, 0, size, 0);
    const text = buf.subarray(0, n).toString('utf8');
    return fstatSync(fd).size > size ? `${text.slice(0, text.lastIndexOf('\n') + 1)}\n_The summary was cut at GitHub's 1 MiB limit; the merged report has everything._\n` : text;
  } finally {
    closeSync(fd);
  }
}
