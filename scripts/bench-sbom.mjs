// npm run bench (SBOM section), or: node scripts/bench-sbom.mjs [--lockfile FILE] [--path DIR] [--runs N]
// Times the SBOM phase alone (every lockfile parsed into the inventory, then the CycloneDX JSON
// document rendered), in process, median of N runs after a warm-up:
//   1. one large package-lock.json: FILE, else eclipse-theia/theia's from /work/.mirror when
//      fetched there, else a generated v3 lockfile of 2,500 packages;
//   2. a polyglot tree: DIR (every lockfile, manifest, Dockerfile and workflow under it), else the
//      repository's own ecosystem fixtures replicated into 40 projects.
// The engine's SBOM modules are bundled on the fly with the pinned esbuild (no dist/ needed).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadSbomModules } from './sbom-modules.mjs';

const args = process.argv.slice(2);
const flag = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const runs = Number(flag('--runs', '7'));
const repo = resolve(import.meta.dirname, '..');

const { buildInventory, renderSbom } = await loadSbomModules();
const TOOL = { name: 'readiness-gate', version: 'bench' };

function time(label, files) {
  const text = (p) => files.get(p);
  const paths = [...files.keys()];
  const once = () => {
    const t0 = performance.now();
    const inv = buildInventory({ paths, text, rootName: 'bench' });
    const t1 = performance.now();
    const doc = renderSbom(inv, { format: 'json', specVersion: '1.6', tool: TOOL });
    return { parse: t1 - t0, render: performance.now() - t1, inv, doc };
  };
  once();
  const samples = Array.from({ length: runs }, once).sort((a, b) => a.parse + a.render - (b.parse + b.render));
  const m = samples[Math.floor(samples.length / 2)];
  const bytes = [...files.values()].reduce((s, t) => s + Buffer.byteLength(t), 0);
  const eco = {};
  for (const c of m.inv.components) eco[c.type] = (eco[c.type] ?? 0) + 1;
  console.log(
    `${label}: ${m.inv.components.length} components from ${m.inv.lockfiles.length} files (${(bytes / 1e6).toFixed(1)} MB) — ` +
      `parse ${m.parse.toFixed(0)} ms + CycloneDX JSON ${m.render.toFixed(0)} ms = ${(m.parse + m.render).toFixed(0)} ms (median of ${runs}); ` +
      `${JSON.stringify(eco)}; document ${(m.doc.length / 1e6).toFixed(1)} MB`,
  );
}

// 1. One big npm lockfile.
const big = new Map();
const lockArg = flag('--lockfile');
const theia = '/work/.mirror/eclipse-theia+theia/repo';
if (lockArg) big.set('package-lock.json', readFileSync(lockArg, 'utf8'));
else if (existsSync(theia)) {
  for (const f of ['package-lock.json', 'package.json']) big.set(f, execFileSync('git', ['--git-dir', theia, 'show', `HEAD:${f}`], { encoding: 'utf8', maxBuffer: 256 << 20 }));
} else big.set('package-lock.json', syntheticLock(2500));
time(lockArg ? lockArg : existsSync(theia) ? 'eclipse-theia/theia package-lock.json' : 'generated package-lock.json (2,500 packages)', big);

// 2. A polyglot tree.
const poly = new Map();
const dir = flag('--path');
const walk = (d) => readdirSync(d).flatMap((n) => (n === 'node_modules' || n === '.git' ? [] : statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
if (dir) {
  for (const f of walk(resolve(dir))) if (statSync(f).size < 64 << 20) poly.set(relative(resolve(dir), f).split('\\').join('/'), readFileSync(f, 'utf8'));
} else {
  const fixtures = join(repo, 'test/fixtures/ecosystems');
  const files = walk(fixtures).filter((f) => !f.endsWith('expected.txt'));
  for (let i = 0; i < 40; i++) for (const f of files) poly.set(`projects/p${i}/${relative(fixtures, f)}`, readFileSync(f, 'utf8'));
  if (big.has('package-lock.json')) poly.set('web/package-lock.json', big.get('package-lock.json'));
}
time(dir ? `polyglot tree ${dir}` : 'polyglot tree (fixtures × 40 + the big lockfile)', poly);

function syntheticLock(n) {
  let seed = 7;
  const rnd = (k) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % k);
  const packages = { '': { name: 'bench', version: '1.0.0', dependencies: {} } };
  for (let i = 0; i < n; i++) {
    const name = i % 5 === 0 ? `@scope${i % 17}/pkg${i}` : `pkg${i}`;
    const deps = {};
    for (let k = 0; k < 3; k++) deps[rnd(3) ? `pkg${(i + 1 + rnd(50)) % n}` : `@scope${((i + 5) % n) % 17}/pkg${(i + 5) % n}`] = '^1.0.0';
    packages[`node_modules/${name}`] = { version: `1.${rnd(20)}.${rnd(10)}`, integrity: `sha512-${Buffer.alloc(64, i % 251).toString('base64')}`, license: 'MIT', dependencies: deps };
    if (i < 50) packages[''].dependencies[name] = '^1.0.0';
  }
  return JSON.stringify({ name: 'bench', lockfileVersion: 3, packages });
}
