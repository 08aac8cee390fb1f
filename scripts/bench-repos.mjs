// npm run bench -- --repos DIR... : readiness-gate against ripgrep and secretlint on real trees.
// For each tree, one at a time: ripgrep with the secret patterns of rules/secrets.yml (best of
// --runs), secretlint 13 with its recommended preset (best of --runs), then readiness-gate run as the
// action runs it (`node dist/cli.js scan DIR --vulnerability-scan off --report '' --sarif '' --sbom ''`):
// cold (a fresh empty --cache directory; best of --cold-runs, one fresh directory each), warm (the
// same directory again; best of --warm-runs) and after a one-file change (best of --warm-runs, each
// run a new edit of the same source file, made in a full copy of the tree: the tree itself is only
// read, never written). The fast tools go first, so every readiness-gate run finds a warm disk.
//
// Measuring: wall time around the child; CPU (user + sys) of the child and everything it waited for
// (git, worker threads) from the cutime/cstime of /proc/self/stat before and after (Linux; elsewhere
// the child's own process.resourceUsage()); peak RSS of node children from process.resourceUsage()
// written at exit by scripts/bench-rusage.mjs (preloaded with --import), of ripgrep from GNU time's
// %M when /usr/bin/time is GNU time, else n/a.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { HEADER, SECRETLINT_INSTALL, best, childTicksFromStat, formatTable, scannedFromOutput, treeRows } from './bench-lib.mjs';
import { editableCopy } from './tree-edit.mjs';

const HOOK = fileURLToPath(new URL('./bench-rusage.mjs', import.meta.url));
const BENCH_DIR = resolve('.bench');
const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;
const GNU_TIME = spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0 ? '/usr/bin/time' : undefined;

function childTicks() {
  try {
    return childTicksFromStat(readFileSync('/proc/self/stat', 'utf8'));
  } catch {
    return undefined;
  }
}

let seq = 0;
/**
 * Runs one child and measures it. `node`: cmd is a script run under this node with the rusage hook.
 * Returns { wallS, cpuS, maxRssKb, stdout } or { error }.
 */
function measure(work, cmd, args, { cwd, node = false, keepStdout = false, okStatus = [0] }) {
  const rusage = join(work, `rusage-${++seq}`);
  let file = cmd;
  let argv = args;
  if (node) [file, argv] = [process.execPath, ['--import', HOOK, cmd, ...args]];
  else if (GNU_TIME) [file, argv] = [GNU_TIME, ['-o', rusage, '-f', '%M', cmd, ...args]];
  const before = childTicks();
  const t0 = performance.now();
  const p = spawnSync(file, argv, {
    cwd, env: { ...process.env, BENCH_RUSAGE_FILE: rusage }, encoding: 'utf8', maxBuffer: 1 << 30,
    stdio: ['ignore', keepStdout ? 'pipe' : 'ignore', 'pipe'],
  });
  const wallS = (performance.now() - t0) / 1000;
  const after = childTicks();
  if (p.error || !okStatus.includes(p.status)) {
    const why = p.error?.message ?? `exit ${p.status ?? p.signal}: ${(p.stderr ?? '').trim().split('\n').slice(-1)[0] ?? ''}`;
    return { error: why.slice(0, 200) };
  }
  let cpuS = before !== undefined && after !== undefined ? (after - before) / CLK_TCK : undefined;
  let maxRssKb;
  if (existsSync(rusage)) {
    const text = readFileSync(rusage, 'utf8').trim();
    if (node) {
      const u = JSON.parse(text);
      cpuS ??= u.cpuS;
      maxRssKb = u.maxRssKb;
    } else {
      // GNU time puts "Command exited with non-zero status N" before the figure.
      const last = Number(text.split('\n').pop());
      if (Number.isFinite(last)) maxRssKb = last;
    }
    rmSync(rusage, { force: true });
  }
  return { wallS, cpuS, maxRssKb, stdout: p.stdout };
}

/** Best of n measured runs; the first failure ends it and becomes the row's note. */
function bestOf(n, once) {
  const runs = [];
  for (let i = 0; i < n; i++) {
    const r = once(i);
    if (r.error) return { na: `error: ${r.error}` };
    runs.push(r);
  }
  return { ...best(runs), runs: n };
}

function findOnPath(name) {
  for (const d of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(d || '.', name);
    if (d && existsSync(p)) return p;
  }
  return undefined;
}

function ripgrep() {
  const v = spawnSync('rg', ['--version'], { encoding: 'utf8' });
  if (v.status !== 0) return { na: 'not installed: apt-get install ripgrep' };
  const patterns = parse(readFileSync('rules/secrets.yml', 'utf8')).patterns.map((x) => `(?-u)${x.regex}`);
  mkdirSync(BENCH_DIR, { recursive: true });
  const pf = join(BENCH_DIR, 'patterns.txt');
  writeFileSync(pf, patterns.join('\n') + '\n');
  return {
    label: `ripgrep ${v.stdout.split('\n')[0].split(' ')[1]} (${patterns.length} patterns, -j2, byte mode)`,
    // --hidden reads dotfiles as readiness-gate does; .git is no file of the checkout.
    args: (dir) => ['-j2', '--hidden', '--no-messages', '-c', '-g', '!.git', '-f', pf, dir],
  };
}

function secretlint() {
  const bin = findOnPath('secretlint') ?? [join(BENCH_DIR, 'tools/node_modules/.bin/secretlint')].find(existsSync);
  if (!bin) return { na: `not installed: ${SECRETLINT_INSTALL}` };
  const real = realpathSync(bin);
  const node = /\.[cm]?js$/.test(real) || readFileSync(real, 'utf8').slice(0, 64).startsWith('#!/usr/bin/env node');
  const version = (spawnSync(node ? process.execPath : real, node ? [real, '--version'] : ['--version'], { encoding: 'utf8' }).stdout ?? '').trim();
  const rc = join(BENCH_DIR, '.secretlintrc.json');
  mkdirSync(BENCH_DIR, { recursive: true });
  writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }, null, 2) + '\n');
  return {
    label: `secretlint ${version.replace(/^v/, '')} (preset-recommend)`,
    cmd: real, node,
    // Its documented whole-tree form; since v13 it honours .gitignore, and exits 1 on findings.
    args: ['--secretlintrc', rc, '--no-color', '**/*'],
  };
}

/** One tree: every measurement, then its rows of the table. */
function benchTree(dir, o, tools) {
  const name = basename(dir);
  const work = mkdtempSync(join(tmpdir(), 'readiness-gate-bench-'));
  const cli = resolve(o.dist, 'cli.js');
  const m = { name, ripgrepLabel: tools.rg.label, secretlintLabel: tools.sl.label };
  const scan = (target, cache) => measure(work, cli, ['scan', target, '--vulnerability-scan', 'off', '--report', '', '--sarif', '', '--sbom', '', ...(cache ? ['--cache', cache] : [])],
    { cwd: target, node: true, keepStdout: true, okStatus: [0, 1] });
  try {
    process.stderr.write(`${name}: ripgrep`);
    m.ripgrep = tools.rg.na ? tools.rg : bestOf(o.runs, () => measure(work, 'rg', tools.rg.args(dir), { cwd: dir, okStatus: [0, 1] }));
    process.stderr.write(', secretlint');
    m.secretlint = tools.sl.na ? tools.sl : bestOf(o.runs, () => measure(work, tools.sl.cmd, tools.sl.args, { cwd: dir, node: tools.sl.node, okStatus: [0, 1] }));
    process.stderr.write(', readiness-gate cold');
    let cache;
    m.cold = bestOf(o.coldRuns, (i) => {
      cache = tools.cacheFlag ? join(work, `cache-${i}`) : undefined;
      return scan(dir, cache);
    });
    Object.assign(m, scannedFromOutput(m.cold.stdout ?? ''));
    const noCache = { na: 'n/a: the CLI has no --cache yet' };
    // A pull request's run: the action neither restores nor builds a cache there.
    if (tools.cacheFlag) process.stderr.write(', without a cache');
    m.uncached = tools.cacheFlag ? bestOf(o.coldRuns, () => scan(dir, 'false')) : noCache;
    if (cache) process.stderr.write(', warm');
    m.warm = cache ? bestOf(o.warmRuns, () => scan(dir, cache)) : noCache;
    if (cache) process.stderr.write(', one-file change');
    m.changed = cache ? changedRuns(dir, work, cache, o.warmRuns, scan, false) : noCache;
    if (cache) process.stderr.write(', one-file code change');
    m.coded = cache ? changedRuns(dir, join(work, 'code'), cache, o.warmRuns, scan, true) : noCache;
    if (cache) process.stderr.write(', one-file body change');
    m.body = cache ? changedRuns(dir, join(work, 'body'), cache, o.warmRuns, scan, 'body') : noCache;
    process.stderr.write('\n');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return m;
}

/**
 * One run to bring the cache up to a copy of the tree, then n runs each after a new edit of one
 * source file: a comment line appended, or (`code`) code the rules read (an import of a missing
 * file, a declaration) and a comment, so that what the file says changes every time.
 */
function changedRuns(dir, work, cache, n, scan, code) {
  mkdirSync(work, { recursive: true });
  const tree = editableCopy(dir, work);
  if (!tree) return { na: 'n/a: no tracked source file to edit (needs git)' };
  const first = scan(tree.copy, cache);
  if (first.error) return { na: `error: ${first.error}` };
  const r = bestOf(n, (i) => {
    const error = tree.edit(i, code);
    return error ? { error } : scan(tree.copy, cache);
  });
  return r.na ? r : { ...r, note: tree.rel };
}

export function benchRepos(o) {
  const help = spawnSync(process.execPath, [resolve(o.dist, 'cli.js'), 'scan', '--help'], { encoding: 'utf8' });
  const tools = { rg: ripgrep(), sl: secretlint(), cacheFlag: /(^|\s)--cache\b/m.test(help.stdout ?? '') };
  const rows = [];
  const edited = [];
  for (const d of o.repos) {
    const dir = resolve(d);
    if (!existsSync(join(dir, '.'))) {
      console.error(`not a directory: ${d}`);
      process.exitCode = 2;
      continue;
    }
    const m = benchTree(dir, o, tools);
    if (m.changed?.note) edited.push(`${m.name}: ${m.changed.note}`);
    rows.push(...treeRows(m));
  }
  console.log('');
  console.log(formatTable(HEADER, rows, { markdown: o.markdown }));
  console.log('');
  const ours = tools.cacheFlag
    ? `readiness-gate cold ${o.coldRuns === 1 ? 'once (one fresh --cache directory)' : `best of ${o.coldRuns} (a fresh --cache directory each)`}, and as often with --cache false; warm and one-file changes best of ${o.warmRuns}`
    : `readiness-gate ${o.coldRuns === 1 ? 'once' : `best of ${o.coldRuns}`} (uncached)`;
  console.log(`Runs: ${ours}; ripgrep and secretlint best of ${o.runs}. CPU = user + sys of the child and its children.`);
  if (edited.length) console.log(`One-file change (in a copy of the tree, a comment line appended; a code change appends an import of a missing file or a declaration too, a body change a declaration with a string literal and no import): ${edited.join(', ')}.`);
  if (!tools.cacheFlag) console.log(`${o.dist}/cli.js has no --cache flag: every run is uncached, warm and one-file change are n/a.`);
  if (tools.sl.na) console.log(`secretlint ${tools.sl.na}`);
}
