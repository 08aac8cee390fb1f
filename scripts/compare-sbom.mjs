// node scripts/compare-sbom.mjs DIR [--reference-bin PATH | --reference REF.cdx.json] [--omit dev|optional|peer]...
// Side by side with the reference generator on DIR's package-lock.json (or npm-shrinkwrap.json):
// our purl set against the one of `cyclonedx-npm --package-lock-only`. DIR must hold the lockfile
// and its package.json (and, for workspaces, the workspace folders' package.json files, which npm
// reads to build the tree); nothing is installed and node_modules is not read.
//
// The reference is found, in order: `--reference-bin PATH`, `$CYCLONEDX_NPM_BIN`,
// node_modules/.bin/cyclonedx-npm of this repository, `cyclonedx-npm` on PATH. Install it outside
// the repository, e.g. `mkdir -p /tmp/cdx && cd /tmp/cdx && npm init -y && npm install
// @cyclonedx/cyclonedx-npm@6`, then pass `--reference-bin /tmp/cdx/node_modules/.bin/cyclonedx-npm`.
// `--reference FILE` compares with an SBOM the reference made elsewhere instead.
//
// Apples to apples: the reference runs with `--package-lock-only --flatten-components
// --output-reproducible --ignore-npm-errors` (the last because `npm ls` fails with ELSPROBLEMS when
// the lockfile no longer satisfies package.json's ranges, a state real repositories are often in; the
// tree it reads is the same) and NODE_ENV removed from its environment (NODE_ENV=production would make
// it omit dev dependencies); like ours, it then lists dev, optional and peer packages and workspace
// packages. `--omit` is passed through to it (and then only that side changes: ours always lists
// everything and records dev/optional as scope).
//
// Normalisation, and why: purls are compared without qualifiers and subpath, because cyclonedx-npm
// adds `vcs_url` / `download_url` (where a package came from: a git URL, a tarball outside the
// registry) while ours identifies the package only; nested components are flattened (the set, not
// the install layout, is compared); the root component (metadata.component) is left out on both
// sides. Nothing else is normalised: names, scopes (`%40scope`), versions and percent-encoding are
// compared as written.
// Exit code 1 when the sets differ, with both differences listed; 0 (with our figures only) when the
// reference is not installed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadSbomModules } from './sbom-modules.mjs';

const args = process.argv.slice(2);
/** Removes every `--name VALUE` from args; returns the values. */
function option(name) {
  const values = [];
  for (let i = args.indexOf(name); i >= 0; i = args.indexOf(name)) values.push(args.splice(i, 2)[1]);
  return values;
}
const refFile = option('--reference')[0];
const refBin = option('--reference-bin')[0] ?? process.env.CYCLONEDX_NPM_BIN;
const omit = option('--omit');
const dir = resolve(args[0] ?? '.');
const lockPath = ['package-lock.json', 'npm-shrinkwrap.json'].map((f) => join(dir, f)).find(existsSync);
if (!lockPath) {
  console.error(`no package-lock.json or npm-shrinkwrap.json in ${dir}`);
  process.exit(2);
}

// Qualifiers (`?…`) and subpath (`#…`) off: see the header.
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
  const bin = refBin ?? (existsSync(local) ? local : 'cyclonedx-npm');
  const env = { ...process.env };
  delete env.NODE_ENV;
  const flags = ['--package-lock-only', '--flatten-components', '--output-reproducible', '--ignore-npm-errors', '--output-format', 'JSON', '--output-file', '-', '--spec-version', '1.6'];
  for (const o of omit) flags.push('--omit', o);
  const t1 = performance.now();
  const r = spawnSync(bin, flags, { cwd: dir, env, encoding: 'utf8', maxBuffer: 512 << 20 });
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
const lock = JSON.parse(files.get(lockPath.slice(dir.length + 1)).replace(/^\uFEFF/, ''));
const countV1 = (deps) => Object.values(deps ?? {}).reduce((n, d) => n + 1 + countV1(d?.dependencies), 0);
const entries = lock.packages ? Object.keys(lock.packages).length - 1 : countV1(lock.dependencies);
console.log(`lockfile:  ${lockPath} (v${lock.lockfileVersion}, ${entries} entries)`);
console.log(`ours:      ${mine.size} purls in ${ourMs.toFixed(0)} ms`);
console.log(`reference: ${theirs.size} purls${refMs !== undefined ? ` in ${refMs.toFixed(0)} ms` : ` (${refFile})`}`);
console.log(`only ours (${onlyOurs.length}):${onlyOurs.map((p) => `\n  + ${p}`).join('')}`);
console.log(`only reference (${onlyTheirs.length}):${onlyTheirs.map((p) => `\n  - ${p}`).join('')}`);
if (inv.skipped.length > 0) console.log(`skipped by us, with reasons:${inv.skipped.map((s) => `\n  ${s.name}: ${s.reason}`).join('')}`);
process.exit(onlyOurs.length + onlyTheirs.length === 0 ? 0 : 1);
