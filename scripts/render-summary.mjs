#!/usr/bin/env node
// Renders a job summary the way GitHub shows it, to look at the first screen (issue 13, Acceptance):
// the summary's Markdown → cmark-gfm with GitHub's extensions (tables, strikethrough, autolinks,
// task lists; --unsafe because GitHub allows <details>, <summary>, <sub> in a summary) → an HTML
// page styled by github-markdown-css at the width of the summary pane → headless Chromium
// screenshots: the first screen (1280×800) and the whole page.
//
//   node scripts/render-summary.mjs --out /work/screens13/after-example [--action DIR] [--css FILE] TREE|FILE.md
//
// TREE: the bundled action (DIR/dist/index.js or DIR/index.js; default: this repository's dist/) runs in
// the tree as the runner runs it, offline (vulnerability-scan off, the GitHub API a closed loopback
// port), with every output file outside the tree; its GITHUB_STEP_SUMMARY is what gets rendered.
// FILE.md: rendered as it is.
// Needs `cmark-gfm` and `chromium` on PATH (apt-get install -y cmark-gfm chromium) and the
// stylesheet of the npm package github-markdown-css, unpacked outside the project
// (mkdir /tmp/github-markdown-css && cd "$_" && npm pack github-markdown-css && tar xzf github-markdown-css-*.tgz): not a dependency.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const REPO = resolve(import.meta.dirname, '..');
/** The width of the Markdown column of a job summary on a 1280 px wide run page. */
const COLUMN_PX = 1012;
const SCREEN = { width: 1280, height: 800 };
/** Chromium cannot paint a taller surface in one screenshot. */
const MAX_PAGE_PX = 16_000;

function usage(message) {
  process.stderr.write(`${message}\nusage: render-summary.mjs --out PREFIX [--action DIR] [--css FILE] TREE|FILE.md\n`);
  process.exit(2);
}

function args(argv) {
  const o = { action: REPO, css: '/tmp/github-markdown-css/package/github-markdown-light.css' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out' || a === '--action' || a === '--css') {
      if (argv[i + 1] === undefined) usage(`${a} needs a value`);
      o[a.slice(2)] = argv[++i];
    } else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else if (o.input === undefined) o.input = a;
    else usage(`one input only, got ${o.input} and ${a}`);
  }
  if (!o.out) usage('--out is required');
  if (!o.input) usage('a tree or a .md file is required');
  return o;
}

function run(cmd, argv, opts = {}) {
  const p = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  if (p.error) throw new Error(`${cmd}: ${p.error.message}`);
  return p;
}

/** The action's summary for a tree, with the environment test/e2e/harness.ts gives (the runner's). */
function summaryOf(tree, actionDir) {
  const index = [join(actionDir, 'dist/index.js'), join(actionDir, 'index.js')].find((p) => existsSync(p));
  if (!index) usage(`no dist/index.js or index.js in ${actionDir}`);
  const meta = parse(readFileSync(join(REPO, 'action.yml'), 'utf8'));
  const tmp = mkdtempSync(join(tmpdir(), 'rg-render-'));
  const files = { GITHUB_OUTPUT: join(tmp, 'output'), GITHUB_STEP_SUMMARY: join(tmp, 'summary.md') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: tmp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: tree,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_RUN_ID: '1',
    RUNNER_TEMP: tmp,
    RUNNER_OS: 'Linux',
    ...files,
  };
  // Outputs go to the temporary folder: the tree is only read.
  const outside = { 'vulnerability-scan': 'off', report: join(tmp, 'report.json'), sarif: join(tmp, 'gate.sarif'), sbom: join(tmp, 'sbom.cdx.json') };
  for (const [name, spec] of Object.entries(meta.inputs)) {
    const def = String(spec.default ?? '').replace('${{ github.token }}', 'render-token');
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = outside[name] ?? def;
  }
  const p = run(process.execPath, [index], { cwd: tree, env, timeout: 30 * 60_000 });
  process.stderr.write(`action exit code ${p.status}\n`);
  const md = readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8');
  if (md.trim() === '') throw new Error(`the action wrote no summary:\n${p.stdout.slice(-2000)}\n${p.stderr.slice(-2000)}`);
  return md;
}

function page(body, css, heightProbe) {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>summary</title>
<style>${css}</style>
<style>
  html, body { margin: 0; background: #fff; }
  .markdown-body { box-sizing: border-box; width: ${COLUMN_PX}px; margin: 0 auto; padding: 24px 32px; }
</style></head>
<body><article class="markdown-body">
${body}
</article>
${heightProbe ? '<script>document.body.setAttribute("data-height", String(document.documentElement.scrollHeight));</script>' : ''}
</body></html>
`;
}

function chromium(argv) {
  const bin = ['chromium', 'chromium-browser', 'google-chrome'].find((b) => run('sh', ['-c', `command -v ${b}`]).status === 0);
  if (!bin) usage('chromium is not installed (apt-get install -y chromium)');
  return run(bin, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--force-device-scale-factor=1', ...argv], { timeout: 120_000 });
}

function main() {
  const o = args(process.argv.slice(2));
  if (!existsSync(o.css)) usage(`no stylesheet at ${o.css}: npm pack github-markdown-css in /tmp and unpack it, or pass --css`);
  const input = resolve(o.input);
  const md = statSync(input).isDirectory() ? summaryOf(input, resolve(o.action)) : readFileSync(input, 'utf8');
  const out = resolve(o.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(`${out}.md`, md);
  const gfm = run('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tasklist'], { input: md });
  if (gfm.status !== 0) throw new Error(`cmark-gfm: ${gfm.stderr}`);
  const css = readFileSync(o.css, 'utf8');
  const probe = `${out}.probe.html`;
  writeFileSync(probe, page(gfm.stdout, css, true));
  const dom = chromium(['--dump-dom', pathToFileURL(probe).href]);
  const height = Math.min(MAX_PAGE_PX, Number(/data-height="(\d+)"/.exec(dom.stdout)?.[1] ?? SCREEN.height));
  writeFileSync(`${out}.html`, page(gfm.stdout, css, false));
  const url = pathToFileURL(`${out}.html`).href;
  chromium([`--window-size=${SCREEN.width},${SCREEN.height}`, `--screenshot=${out}-first.png`, url]);
  chromium([`--window-size=${SCREEN.width},${Math.max(height, SCREEN.height)}`, `--screenshot=${out}-full.png`, url]);
  process.stdout.write(`${out}.md (${Buffer.byteLength(md)} bytes), ${out}.html, ${out}-first.png, ${out}-full.png (${height} px)\n`);
}

main();
