// npm run bench (evidence section), or: node scripts/bench-evidence.mjs [--dist DIR] [--junit-mb 50] [--lcov-mb 100]
// Generates a JUnit XML report (~50 MB: 200k test cases with failures, system-out and reruns) and
// an lcov tracefile (~100 MB: 20k files, ~10M DA lines) in a temp folder, then runs the bundled
// CLI on them in a child process and prints wall time, MB/s and peak RSS: the evidence phase
// streams both, so memory stays bounded by what is kept (test outcomes, one byte per line).
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';

const args = process.argv.slice(2);
const flag = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const dist = resolve(flag('--dist', 'dist'));
const junitMb = Number(flag('--junit-mb', '50'));
const lcovMb = Number(flag('--lcov-mb', '100'));
const dir = join(tmpdir(), 'readiness-gate-bench-evidence');

async function writeBig(path, targetBytes, piece) {
  const stamp = `${path}.size`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === String(targetBytes)) return;
  const out = createWriteStream(path);
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const s = piece(i, bytes >= targetBytes - 4096);
    bytes += Buffer.byteLength(s);
    if (!out.write(s)) await once(out, 'drain');
  }
  out.end(piece(-1, true));
  await once(out, 'finish');
  writeFileSync(stamp, String(targetBytes));
}

async function generate() {
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src/app.py'), 'x = 1\n');
  let open = false;
  await writeBig(join(dir, 'junit.xml'), junitMb * 1e6, (i) => {
    if (i === -1) return '</testsuite></testsuites>\n';
    let s = '';
    if (!open) {
      open = true;
      s += '<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" time="1234.5">';
    }
    const cls = `tests.pkg${i % 97}.test_mod${i % 13}.TestCase${i % 7}`;
    if (i % 1000 === 0) return `${s}<testcase classname="${cls}" name="test_${i}" file="tests/pkg${i % 97}/test_mod${i % 13}.py" line="${i % 400}" time="0.01"><failure message="AssertionError: assert ${i} == ${i + 1}">${'E   assert x\n'.repeat(20)}</failure></testcase>`;
    if (i % 997 === 0) return `${s}<testcase classname="${cls}" name="test_${i}" time="0.01"><flakyFailure message="timeout"/></testcase>`;
    return `${s}<testcase classname="${cls}" name="test_${i}" file="tests/pkg${i % 97}/test_mod${i % 13}.py" line="${i % 400}" time="0.003"><system-out>${'log line of the test\n'.repeat(i % 5)}</system-out></testcase>`;
  });
  await writeBig(join(dir, 'lcov.info'), lcovMb * 1e6, (i) => {
    if (i === -1) return '';
    let s = `TN:\nSF:/home/runner/work/big/big/src/pkg${i % 211}/module_${i}.ts\n`;
    for (let l = 1; l <= 500; l++) s += `DA:${l},${(l * 7 + i) % 3}\n`;
    return `${s}LF:500\nLH:333\nend_of_record\n`;
  });
}

await generate();
const sizes = ['junit.xml', 'lcov.info'].map((f) => statSync(join(dir, f)).size);
const wrapper = join(dir, 'run.mjs');
writeFileSync(
  wrapper,
  `process.on('exit', () => process.stderr.write('\\nBENCH ' + JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }) + '\\n'));\nconst { cli } = await import(${JSON.stringify(join(dist, 'cli.js'))});\nprocess.exitCode = await cli(process.argv.slice(2));\n`,
);
const run = (label, extra) => {
  const t0 = performance.now();
  const p = spawnSync(process.execPath, [wrapper, 'scan', dir, '--report', '', '--sarif', '', '--sbom', '', '--vulnerability-scan', 'off', ...extra], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  const m = /BENCH (\{.*\})/.exec(p.stderr);
  const rss = m ? JSON.parse(m[1]).maxRssKb / 1024 : NaN;
  return { label, ms, rss, status: p.status, out: p.stdout };
};
const base = run('baseline (no reports)', ['--test-reports', 'none.xml']);
const junit = run('JUnit', ['--test-reports', 'junit.xml']);
const lcov = run('lcov', ['--coverage-reports', 'lcov.info', '--coverage-threshold', '80']);
console.log(`evidence benchmark (${dist})`);
for (const [r, bytes] of [[base, 0], [junit, sizes[0]], [lcov, sizes[1]]]) {
  const net = Math.max(1, r.ms - base.ms);
  console.log(
    `  ${r.label.padEnd(22)} ${(bytes / 1e6).toFixed(1).padStart(6)} MB  ${(r.ms / 1000).toFixed(2).padStart(6)} s` +
      (bytes ? `  (${((bytes / 1e6) / (net / 1000)).toFixed(1)} MB/s over the baseline)` : '') +
      `  peak RSS ${r.rss.toFixed(0)} MB  exit ${r.status}`,
  );
}
const line = (out, re) => (out.match(re) ?? [''])[0];
console.log(`  ${line(junit.out, /.*test-failure.*/).slice(0, 160)}`);
console.log(`  ${line(lcov.out, /.*coverage-below-threshold.*/).slice(0, 160)}`);
