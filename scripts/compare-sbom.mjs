// node scripts/compare-sbom.mjs DIR [--reference REF.cdx.json]
// Side by side with the reference generator on DIR's package-lock.json: our purl set against the one
// of `cyclonedx-npm --package-lock-only` (run when installed: node_modules/.bin or PATH), or of a
// reference SBOM made elsewhere (--reference). Purls are compared without qualifiers (cyclonedx-npm
// adds `vcs_url`/`download_url` for non-registry sources); nested components are flattened.
// Exit code 1 when the sets differ, with both differences listed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadSbomModules } from './sbom-modules.mjs';

const args = process.argv.slice(2);
const refIndex = args.indexOf('--reference');
const refFile = refIndex >= 0 ? args.splice(refIndex, 2)[1] : undefined;
const dir = resolve(args[0] ?? '.');
const lockPath = ['package-lock.json', 'npm-shrinkwrap.json'].map((f) => join(dir, f)).find(existsSync);
if (!lockPath) {
  console.error(`no package-lock.json or npm-shrinkwrap.json in ${dir}`);
  process.exit(2);
}

const strip = (p) => p.replace(/[?#].*$/, '');
function purlsOf(doc) {
  const out = new Set();
  const visit = (list) => {
    for (const c of list ?? []) {
      if (c.purl) out.add(strip(c.purl));
      visit(c.components);
    }
  };
  visit(doc.components);
  return out;
}

// Ours.
const { buildInventory, renderSbom } = await loadSbomModules();
const files = new Map([[lockPath.slice(dir.length + 1), readFileSync(lockPath, 'utf8')]]);
if (existsSync(join(dir, 'package.json'))) files.set('package.json', readFileSync(join(dir, 'package.json'), 'utf8'));
const t0 = performance.now();
const inv = buildInventory({ paths: [...files.keys()], text: (p) => files.get(p), rootName: 'compare' });
const ours = JSON.parse(renderSbom(inv, { format: 'json', specVersion: '1.6', tool: { name: 'readiness-gate', version: 'compare' } }));
const ourMs = performance.now() - t0;
const mine = purlsOf(ours);

// Theirs.
let reference;
let refMs;
if (refFile) reference = JSON.parse(readFileSync(refFile, 'utf8'));
else {
  const local = join(import.meta.dirname, '../node_modules/.bin/cyclonedx-npm');
  const bin = existsSync(local) ? local : 'cyclonedx-npm';
  const t1 = performance.now();
  const r = spawnSync(bin, ['--package-lock-only', '--output-format', 'JSON', '--output-file', '-', '--spec-version', '1.6'], { cwd: dir, encoding: 'utf8', maxBuffer: 512 << 20 });
  refMs = performance.now() - t1;
  if (r.error || r.status !== 0) {
    console.log(`ours: ${mine.size} purls from ${lockPath} in ${ourMs.toFixed(0)} ms`);
    console.log(`cyclonedx-npm is not installed (or failed: ${r.error?.message ?? r.stderr?.slice(0, 300)}); install @cyclonedx/cyclonedx-npm or pass --reference FILE.`);
    process.exit(0);
  }
  reference = JSON.parse(r.stdout);
}
const theirs = purlsOf(reference);
// Their root component (metadata.component) is not among components; ours is not either.
const onlyOurs = [...mine].filter((p) => !theirs.has(p)).sort();
const onlyTheirs = [...theirs].filter((p) => !mine.has(p)).sort();
console.log(`ours:      ${mine.size} purls in ${ourMs.toFixed(0)} ms`);
console.log(`reference: ${theirs.size} purls${refMs !== undefined ? ` in ${refMs.toFixed(0)} ms` : ` (${refFile})`}`);
console.log(`only ours (${onlyOurs.length}):${onlyOurs.map((p) => `\n  + ${p}`).join('')}`);
console.log(`only reference (${onlyTheirs.length}):${onlyTheirs.map((p) => `\n  - ${p}`).join('')}`);
if (inv.skipped.length > 0) console.log(`skipped by us, with reasons:${inv.skipped.map((s) => `\n  ${s.name}: ${s.reason}`).join('')}`);
process.exit(onlyOurs.length + onlyTheirs.length === 0 ? 0 : 1);
