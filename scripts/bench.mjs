// npm run bench [-- PATH] [--files N]
// Generates a large tree (default 50,000 files, ~300 MB, planted secrets and conflict blocks)
// or takes PATH, runs the bundled engine on it in a child process, and prints files/s, MB/s,
// peak RSS, time per phase and per rule. With `rg` installed, also times ripgrep running the
// same secret patterns in byte mode ((?-u), its fast path) with two threads: the floor to compare with.
// Then the evidence, SBOM, code and organisation-merge sub-benchmarks.
//
// npm run bench -- --repos DIR... [--runs N] [--warm-runs N] [--cold-runs N] [--markdown]
// Real trees instead: one table of readiness-gate cold, warm and after a one-file change against
// ripgrep and secretlint on each tree, with the targets of issue 14 (scripts/bench-repos.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { USAGE, parseArgs } from './bench-lib.mjs';

let o;
try {
  o = parseArgs(process.argv.slice(2));
} catch (e) {
  console.error(`${e.message}\n${USAGE}`);
  process.exit(2);
}
if (o.repos.length > 0) {
  const { benchRepos } = await import('./bench-repos.mjs');
  benchRepos(o);
  process.exit();
}
// Outside this repository: inside it, .gitignore (and git ls-files) would hide the tree.
const target = o.path ? resolve(o.path) : generate(join(tmpdir(), 'readiness-gate-bench'), o.files);

function generate(dir, n) {
  const stamp = join(dir, '.generated');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === String(n)) return dir;
  rmSync(dir, { recursive: true, force: true });
  let seed = 1;
  const rnd = (k) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % k);
  const pick = (a) => a[rnd(a.length)];
  const str = (alphabet, k) => Array.from({ length: k }, () => alphabet[rnd(alphabet.length)]).join('');
  const words = 'order price customer invoice payment total amount account user session cache queue worker handler request response config client server retry timeout'.split(' ');
  const lines = {
    py: [() => `def ${pick(words)}_${pick(words)}(${pick(words)}, ${pick(words)}):`, () => `    ${pick(words)} = ${pick(words)}.get("${pick(words)}", ${rnd(1000)})`, () => `    return ${pick(words)} * ${rnd(100)}`, () => `# ${pick(words)} ${pick(words)} ${pick(words)}`, () => `import ${pick(words)}`],
    ts: [() => `export function ${pick(words)}${rnd(99)}(${pick(words)}: number): string {`, () => `  const ${pick(words)} = await ${pick(words)}.${pick(words)}(${rnd(500)});`, () => `  return \`${pick(words)}-\${${pick(words)}}\`;`, () => `}`, () => `// ${pick(words)} ${pick(words)}`],
    go: [() => `func ${pick(words)}${rnd(99)}(${pick(words)} int) error {`, () => `\t${pick(words)} := ${pick(words)}.${pick(words)}(${rnd(100)})`, () => `\treturn nil`, () => `}`],
    md: [() => `The ${pick(words)} ${pick(words)} is ${pick(words)} by the ${pick(words)}.`, () => `## ${pick(words)}`, () => ''],
    json: [() => `  "${pick(words)}${rnd(999)}": "${pick(words)}",`],
    yaml: [() => `${pick(words)}: ${pick(words)}`, () => `  - ${pick(words)}: ${rnd(9999)}`],
  };
  const exts = ['py', 'py', 'ts', 'ts', 'go', 'md', 'json', 'yaml'];
  const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const AN = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const ext = exts[i % exts.length];
    const d = join(dir, `pkg${i % 97}`, `mod${i % 13}`);
    mkdirSync(d, { recursive: true });
    const out = [];
    const target = 2000 + rnd(8000);
    let size = 0;
    while (size < target) {
      const l = pick(lines[ext])();
      out.push(l);
      size += l.length + 1;
    }
    if (i % 500 === 7) out.splice(rnd(out.length), 0, `AWS_KEY = "AKIA${str(UP, 16)}"`);
    if (i % 700 === 11) out.splice(rnd(out.length), 0, `token: ghp_${str(AN, 36)}`);
    if (i % 1000 === 13) out.splice(rnd(out.length), 0, '<'.repeat(7) + ' HEAD', 'a = 1', '='.repeat(7), 'a = 2', '>'.repeat(7) + ' topic');
    if (i % 50 === 3) out.splice(rnd(out.length), 0, '# TODO: handle the error');
    const text = out.join('\n') + '\n';
    bytes += text.length;
    writeFileSync(join(d, `f${i}.${ext}`), text);
  }
  writeFileSync(stamp, String(n));
  console.log(`generated ${n} files, ${(bytes / 1e6).toFixed(0)} MB in ${dir}`);
  return dir;
}

// Uncached, so that a second `npm run bench` measures the same work (when the CLI has a cache).
const help = spawnSync(process.execPath, [resolve(o.dist, 'cli.js'), 'scan', '--help'], { encoding: 'utf8' });
const cache = /(^|\s)--cache\b/m.test(help.stdout ?? '') ? { cache: 'false' } : {};
const child = `
const { run } = await import(${JSON.stringify(resolve(o.dist, 'cli.js'))});
const t0 = performance.now();
const r = await run({ path: process.argv[1], report: '', sarif: '', sbom: '', profile: 'service', ...${JSON.stringify(cache)} }, { cwd: process.cwd() });
const wall = performance.now() - t0;
console.log(JSON.stringify({ wall, timings: r.timings, files: r.files, skipped: r.skipped, counts: r.counts, findings: r.findings.length, maxRssKb: process.resourceUsage().maxRSS }));
`;
const p = spawnSync(process.execPath, ['--input-type=module', '-e', child, target], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (p.status !== 0) {
  console.error(p.stderr);
  process.exit(1);
}
const m = JSON.parse(p.stdout.trim().split('\n').pop());
const sec = m.wall / 1000;
console.log(`\nreadiness-gate on ${target}`);
console.log(`  files scanned   ${m.files.scanned} (skipped: ${Object.entries(m.skipped).filter(([, v]) => v).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'})`);
console.log(`  bytes read      ${(m.timings.bytes / 1e6).toFixed(1)} MB`);
console.log(`  wall time       ${sec.toFixed(2)} s   (${Math.round(m.files.scanned / sec)} files/s, ${(m.timings.bytes / 1e6 / sec).toFixed(1)} MB/s)`);
console.log(`  peak RSS        ${(m.maxRssKb / 1024).toFixed(0)} MB`);
console.log(`  findings        ${m.findings} (P0 ${m.counts.P0}, P1 ${m.counts.P1}, P2 ${m.counts.P2})`);
console.log(`  phases          discover ${m.timings.discoverMs.toFixed(0)} ms, read+checks ${m.timings.readMs.toFixed(0)} ms, total ${m.timings.totalMs.toFixed(0)} ms`);
console.log('  per rule (ms)   ' + Object.entries(m.timings.perRuleMs).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));

const rg = spawnSync('rg', ['--version'], { encoding: 'utf8' });
if (rg.status === 0) {
  const patterns = parse(readFileSync('rules/secrets.yml', 'utf8')).patterns.map((x) => `(?-u)${x.regex}`);
  const pf = resolve('.bench/patterns.txt');
  mkdirSync(resolve('.bench'), { recursive: true });
  writeFileSync(pf, patterns.join('\n') + '\n');
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = spawnSync('rg', ['-j2', '--hidden', '--no-messages', '-c', '-g', '!.git', '-f', pf, target], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    runs.push(performance.now() - t);
    if (r.status !== 0 && r.status !== 1) console.log(`  (rg exited ${r.status}: ${r.stderr.split('\n')[0]})`);
  }
  const best = Math.min(...runs) / 1000;
  console.log(`\nripgrep ${rg.stdout.split('\n')[0].split(' ')[1]}, ${patterns.length} secret patterns, 2 threads, byte mode: ${best.toFixed(2)} s (best of 3)`);
  console.log(`  ratio           readiness-gate / ripgrep = ${(sec / best).toFixed(2)}x (target ≤ 1.5x)`);
} else {
  console.log('\n(ripgrep not installed: apt-get install ripgrep to compare)');
}

// Evidence ingestion (a 50 MB JUnit report, a 100 MB lcov tracefile): its own script.
console.log('');
spawnSync(process.execPath, [resolve('scripts/bench-evidence.mjs')], { stdio: 'inherit' });

// SBOM: one 2,000+-package lockfile and a polyglot tree (scripts/bench-sbom.mjs).
spawnSync(process.execPath, [resolve('scripts/bench-sbom.mjs')], { stdio: 'inherit' });

// Code rules on a generated repository of 10,000 source files (syntax trees): its own script.
console.log('');
spawnSync(process.execPath, [resolve('scripts/bench-code.mjs')], { stdio: 'inherit' });

// The organisation merge (issue 15): 1,000 fleet entries through `readiness-gate merge`.
console.log('');
spawnSync(process.execPath, [resolve('scripts/bench-merge.mjs'), '--dist', o.dist], { stdio: 'inherit' });
