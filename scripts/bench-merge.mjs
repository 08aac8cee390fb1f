// npm run bench (merge section), or: node scripts/bench-merge.mjs [--dist DIR] [--repos N] [--scale K]
// Generates N fleet entries (default 1,000; scripts/fleet-reports.mjs, findings ×K, default 3: larger
// than examples/service's report) in a temp folder, then times `readiness-gate merge` on the folder
// through the bundled CLI in a child process, and prints wall time and peak RSS against issue 15's
// targets (< 5 s, < 300 MB). The child's RSS comes from scripts/bench-rusage.mjs, preloaded.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeFleet } from './fleet-reports.mjs';

const args = process.argv.slice(2);
const flag = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const dist = resolve(flag('--dist', 'dist'));
const n = Number(flag('--repos', '1000'));
const scale = Number(flag('--scale', '3'));
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(scale) || scale < 1) {
  console.error('usage: node scripts/bench-merge.mjs [--dist DIR] [--repos N] [--scale K] (positive whole numbers)');
  process.exit(2);
}
const TARGET = { wallS: 5, rssMb: 300 };

const dir = join(tmpdir(), 'readiness-gate-bench-merge');
const inputs = join(dir, 'artifacts');
const stamp = join(dir, '.generated');
const want = `${n}x${scale}`;
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== want) {
  rmSync(dir, { recursive: true, force: true });
  // As download-artifact lays them out: one folder per matrix job.
  makeFleet(n, 1, scale).forEach((e, i) => {
    const batch = join(inputs, `batch-${Math.floor(i / 20)}`);
    mkdirSync(batch, { recursive: true });
    writeFileSync(join(batch, `${e.repository.replace('/', '__')}.json`), `${JSON.stringify(e, null, 2)}\n`);
  });
  writeFileSync(stamp, want);
}
let bytes = 0;
for (const f of readdirSync(inputs, { recursive: true })) if (String(f).endsWith('.json')) bytes += statSync(join(inputs, String(f))).size;

const rusage = join(dir, 'rusage.json');
const out = join(dir, 'org');
const t0 = performance.now();
const p = spawnSync(process.execPath, ['--import', resolve('scripts/bench-rusage.mjs'), join(dist, 'cli.js'), 'merge', inputs, '--out', out], {
  encoding: 'utf8',
  env: { ...process.env, BENCH_RUSAGE_FILE: rusage },
});
const wallS = (performance.now() - t0) / 1000;
if (p.status !== 0) {
  console.error(`merge exited ${p.status}: ${p.stderr}`);
  process.exit(1);
}
const { maxRssKb, cpuS } = JSON.parse(readFileSync(rusage, 'utf8'));
const rssMb = maxRssKb / 1024;
const ok = (x) => (x ? 'ok' : 'MISS');
console.log(`merge of ${n} fleet entries (${(bytes / 1e6).toFixed(1)} MB of JSON) through dist/cli.js`);
console.log(`  ${p.stdout.trim().split('\n')[0]}`);
console.log(`  wall time       ${wallS.toFixed(2)} s (CPU ${cpuS.toFixed(2)} s)   target < ${TARGET.wallS} s ${ok(wallS < TARGET.wallS)}`);
console.log(`  peak RSS        ${rssMb.toFixed(0)} MB   target < ${TARGET.rssMb} MB ${ok(rssMb < TARGET.rssMb)}`);
console.log(`  summary.md      ${(statSync(join(out, 'summary.md')).size / 1024).toFixed(0)} KiB, merged.json ${(statSync(join(out, 'merged.json')).size / 1024).toFixed(0)} KiB`);
