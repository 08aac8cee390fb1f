// Pure parts of `npm run bench`: argument parsing, the targets, the comparison table.
// No I/O here, so test/scripts/bench-lib.test.ts can check them.

export const USAGE = `usage: npm run bench [-- PATH] [--files N]
       npm run bench -- --repos DIR... [--runs N] [--warm-runs N] [--cold-runs N] [--markdown] [--dist DIR]`;

/** The one command that installs secretlint where the bench looks for it (it is no dependency). */
export const SECRETLINT_INSTALL =
  'npm i --prefix .bench/tools secretlint@13 @secretlint/secretlint-rule-preset-recommend@13';

/** Targets of issue 14 (two cores, warm disk). The whole-scan wall target depends on the tree. */
export const TARGETS = {
  rssMb: 300,
  cpuVsRipgrep: 10,
  cpuVsSecretlint: 1,
  warmS: 0.3,
  changedS: 0.4,
  wallS: [
    { match: /theia|saleor|moby/i, s: 1.0 },
    { match: /biome/i, s: 2.0 },
  ],
};

/** The whole-scan wall target of a tree, by its directory name (undefined: the issue names none). */
export function wallTargetFor(name) {
  return TARGETS.wallS.find((t) => t.match.test(name))?.s;
}

const COUNT_FLAGS = { '--files': 'files', '--runs': 'runs', '--warm-runs': 'warmRuns', '--cold-runs': 'coldRuns' };

/**
 * argv (after `node scripts/bench.mjs`) → options. `--repos` takes every following argument up to
 * the next flag. Throws an Error whose message is for the user on anything it does not know.
 */
export function parseArgs(argv) {
  const o = { repos: [], path: undefined, files: 50000, runs: 3, warmRuns: 3, coldRuns: 1, markdown: false, dist: 'dist' };
  let reposSeen = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--repos') {
      reposSeen = true;
      while (i + 1 < argv.length && !argv[i + 1].startsWith('--')) o.repos.push(argv[++i]);
    } else if (a in COUNT_FLAGS) {
      const v = argv[++i];
      if (v === undefined || !/^[1-9][0-9]{0,6}$/.test(v)) throw new Error(`${a} needs a positive whole number, got ${v ?? 'nothing'}`);
      o[COUNT_FLAGS[a]] = Number(v);
    } else if (a === '--dist') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error('--dist needs a directory');
      o.dist = v;
    } else if (a === '--markdown') {
      o.markdown = true;
    } else if (a.startsWith('-')) {
      throw new Error(`unknown option ${a}`);
    } else if (o.path === undefined) {
      o.path = a;
    } else {
      throw new Error(`one PATH only (got ${o.path} and ${a}); several trees: --repos DIR...`);
    }
  }
  if (reposSeen && o.repos.length === 0) throw new Error('--repos needs at least one directory');
  if (reposSeen && o.path !== undefined) throw new Error(`PATH ${o.path} and --repos together: put every tree after --repos`);
  return o;
}

/**
 * CPU ticks of the waited-for children (cutime + cstime) from the text of /proc/self/stat. The
 * command name (field 2) is in parentheses and may itself hold spaces and parentheses, so the
 * fields are counted from the last ')'.
 */
export function childTicksFromStat(stat) {
  const close = stat.lastIndexOf(')');
  if (close < 0) return undefined;
  // After ')': field 3 (state) is index 0, so field n is index n - 3; cutime is 16, cstime 17.
  const f = stat.slice(close + 2).split(' ');
  const cu = Number(f[13]);
  const cs = Number(f[14]);
  return Number.isInteger(cu) && Number.isInteger(cs) ? cu + cs : undefined;
}

/** "scanned 4,200 files, 31.0 MB in 6.52 s" of the CLI's text output → { files, mb }. */
export function scannedFromOutput(text) {
  // Anchored at a line start and linear: the CLI's own summary line, never the scanned text.
  const m = /^scanned ([0-9][0-9,]{0,15}) files, ([0-9]{1,9}(?:\.[0-9]{1,3})?) MB/m.exec(text);
  return m ? { files: Number(m[1].replaceAll(',', '')), mb: Number(m[2]) } : undefined;
}

/** Best (least wall time) of several runs; undefined when there is none. */
export function best(runs) {
  let b;
  for (const r of runs) if (r && (b === undefined || r.wallS < b.wallS)) b = r;
  return b;
}

const s2 = (x) => (x === undefined ? 'n/a' : x.toFixed(2));
const mb = (kb) => (kb === undefined ? 'n/a' : `${Math.round(kb / 1024)}`);
const verdict = (ok) => (ok ? 'ok' : 'MISS');

/**
 * One tree's rows of the comparison table. `m` holds what was measured, each entry either a run
 * `{ wallS, cpuS, maxRssKb, runs }`, or `{ na: reason }`:
 *   { name, files, mb, cold, warm, changed, ripgrep, secretlint, ripgrepLabel, secretlintLabel }
 */
export function treeRows(m) {
  const rows = [];
  const size = m.files === undefined ? '' : `${m.files}`;
  const mbs = m.mb === undefined ? '' : m.mb.toFixed(1);
  const row = (run, r, targets) => {
    if (!r || r.na !== undefined) return [m.name, size, mbs, run, '', 'n/a', 'n/a', 'n/a', r?.na ?? 'n/a'];
    return [m.name, size, mbs, run, `${r.runs}`, s2(r.wallS), s2(r.cpuS), mb(r.maxRssKb), targets.join('; ')];
  };
  const rssT = (r) => (r.maxRssKb === undefined ? [] : [`RSS ≤ ${TARGETS.rssMb} MB ${verdict(r.maxRssKb / 1024 <= TARGETS.rssMb)}`]);
  const wallT = (r, limit) => (limit === undefined ? [] : [`≤ ${limit.toFixed(1)} s ${verdict(r.wallS <= limit)}`]);
  const ok = (r) => r && r.na === undefined;

  const wallLimit = wallTargetFor(m.name);
  rows.push(row('readiness-gate cold', m.cold, ok(m.cold) ? [...wallT(m.cold, wallLimit), ...rssT(m.cold)] : []));
  if (m.uncached) rows.push(row('readiness-gate cold, no cache (pull request)', m.uncached, ok(m.uncached) ? [...wallT(m.uncached, wallLimit), ...rssT(m.uncached)] : []));
  rows.push(row('readiness-gate warm', m.warm, ok(m.warm) ? [...wallT(m.warm, TARGETS.warmS), ...rssT(m.warm)] : []));
  rows.push(row('readiness-gate one-file change', m.changed, ok(m.changed) ? [...wallT(m.changed, TARGETS.changedS), ...rssT(m.changed)] : []));
  if (m.coded) rows.push(row('readiness-gate one-file code change', m.coded, ok(m.coded) ? [...wallT(m.coded, TARGETS.changedS), ...rssT(m.coded)] : []));
  if (m.body) rows.push(row('readiness-gate one-file body change', m.body, ok(m.body) ? [...wallT(m.body, TARGETS.changedS), ...rssT(m.body)] : []));
  rows.push(row(m.ripgrepLabel ?? 'ripgrep', m.ripgrep, []));
  rows.push(row(m.secretlintLabel ?? 'secretlint', m.secretlint, []));
  const ratio = (run, other, limit, strict) => {
    if (!ok(m.cold) || !ok(other) || m.cold.cpuS === undefined || !other.cpuS) return [m.name, size, mbs, run, '', '', 'n/a', '', ''];
    const x = m.cold.cpuS / other.cpuS;
    const pass = strict ? x < limit : x <= limit;
    return [m.name, size, mbs, run, '', '', `${x.toFixed(1)}x`, '', `${strict ? '<' : '≤'} ${limit}x ${verdict(pass)}`];
  };
  rows.push(ratio('CPU readiness-gate cold / ripgrep', m.ripgrep, TARGETS.cpuVsRipgrep, false));
  rows.push(ratio('CPU readiness-gate cold / secretlint', m.secretlint, TARGETS.cpuVsSecretlint, true));
  // The tree, its files and MB once, on its first row.
  return rows.map((r, i) => (i === 0 ? r : ['', '', '', ...r.slice(3)]));
}

export const HEADER = ['tree', 'files', 'MB', 'run', 'runs', 'wall s', 'CPU s', 'peak RSS MB', 'target'];
const NUMERIC = new Set([1, 2, 4, 5, 6, 7]);

/** Rows → an aligned text table, or a Markdown table (numbers right-aligned in both). */
export function formatTable(header, rows, { markdown = false } = {}) {
  const cells = [header, ...rows].map((r) => r.map((c) => String(c)));
  if (markdown) {
    const esc = (c) => c.replaceAll('|', '\\|');
    const line = (r) => `| ${r.map(esc).join(' | ')} |`;
    const rule = `|${header.map((_, i) => (NUMERIC.has(i) ? '---:' : '---')).join('|')}|`;
    return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
  }
  const width = header.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  const pad = (c, i) => {
    const gap = ' '.repeat(width[i] - [...c].length);
    return NUMERIC.has(i) ? gap + c : c + gap;
  };
  return cells.map((r) => r.map(pad).join('  ').trimEnd()).join('\n');
}
