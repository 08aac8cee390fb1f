#!/usr/bin/env node
// Renders the organisation dashboard of a generated 60-repository fleet (test/helpers/merged-fixture.ts) and
// screenshots it in headless Chromium, offline, at 1400×1000 (issue 15, Acceptance).
//
//   node scripts/dashboard-screenshot.mjs OUT.png [--rows N] [--html OUT.html] [--sort score-desc]
//   node scripts/dashboard-screenshot.mjs OUT.png --page org/dashboard.html [--sort score-desc]
//
// --html writes the generated page there too; --page screenshots a dashboard `merge` wrote (read only).
// The renderer and the generator are TypeScript: esbuild (a devDependency) bundles them for this run.
// Needs Chromium (CHROME_PATH, or chromium / chromium-browser / google-chrome on PATH).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findChromium, offlineFlags } from './chromium-lib.mjs';

const REPO = resolve(import.meta.dirname, '..');
const USAGE = 'usage: node scripts/dashboard-screenshot.mjs OUT.png [--rows N] [--html OUT.html | --page DASHBOARD.html] [--sort COLUMN-asc|desc]';

function fail(message) {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function parse(argv) {
  const o = { out: null, rows: 60, html: null, page: null, sort: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--rows') {
      o.rows = Number(argv[++i]);
      if (!Number.isInteger(o.rows) || o.rows < 1 || o.rows > 10_000) fail(`--rows: ${JSON.stringify(argv[i])}: accepted: an integer from 1 to 10000`);
    } else if (a === '--html') o.html = argv[++i] ?? fail('--html: a path is required');
    else if (a === '--page') o.page = argv[++i] ?? fail('--page: a path is required');
    else if (a === '--sort') {
      o.sort = argv[++i] ?? '';
      if (!/^[a-z0-9]{1,20}-(asc|desc)$/.test(o.sort)) fail(`--sort: ${JSON.stringify(o.sort)}: accepted: COLUMN-asc or COLUMN-desc (score-desc, p0-desc, repository-asc…)`);
    } else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else if (o.out === null) o.out = a;
    else fail(`one output path only (got ${a})`);
  }
  if (o.out === null || !o.out.endsWith('.png')) fail('OUT.png is required');
  if (o.page !== null && o.html !== null) fail('--page and --html: one or the other');
  return o;
}

async function renderer(tmp) {
  const entry = [
    `export { generatedMerge } from ${JSON.stringify(join(REPO, 'test/helpers/merged-fixture.ts'))};`,
    `export { renderDashboard } from ${JSON.stringify(join(REPO, 'src/fleet/render-html.ts'))};`,
  ].join('\n');
  const file = join(tmp, 'dashboard.mjs');
  await build({ stdin: { contents: entry, resolveDir: REPO, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: file, logLevel: 'error' });
  return import(pathToFileURL(file).href);
}

async function main() {
  const o = parse(process.argv.slice(2));
  const chrome = findChromium();
  if (!chrome) fail('no Chromium found: set CHROME_PATH or install chromium (apt-get install -y chromium)');
  const tmp = mkdtempSync(join(tmpdir(), 'rg-dashboard-'));
  try {
    let page;
    let what;
    if (o.page !== null) {
      page = resolve(o.page);
      what = `${statSync(page).size} bytes of HTML, ${page}`;
    } else {
      const { generatedMerge, renderDashboard } = await renderer(tmp);
      const html = renderDashboard(generatedMerge(o.rows));
      page = resolve(o.html ?? join(tmp, 'dashboard.html'));
      writeFileSync(page, html);
      what = `${o.rows} generated repositories, ${Buffer.byteLength(html)} bytes of HTML${o.html ? `, ${page}` : ''}`;
    }
    const out = resolve(o.out);
    const url = pathToFileURL(page).href + (o.sort ? `#sort=${o.sort}` : '');
    const p = spawnSync(chrome, [...offlineFlags({ profile: join(tmp, 'profile') }), `--screenshot=${out}`, url], { encoding: 'utf8', timeout: 120_000 });
    if (p.status !== 0 || statSync(out, { throwIfNoEntry: false }) === undefined) {
      process.stderr.write(`chromium failed (status ${p.status}${p.error ? `, ${p.error.message}` : ''})\n${p.stderr.slice(-2000)}\n`);
      process.exit(1);
    }
    process.stdout.write(`${out} (${what})\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
