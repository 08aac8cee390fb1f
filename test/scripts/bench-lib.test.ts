import { describe, expect, it } from 'vitest';
import { HEADER, best, childTicksFromStat, formatTable, parseArgs, scannedFromOutput, treeRows, wallTargetFor } from '../../scripts/bench-lib.mjs';

describe('bench arguments', () => {
  it('keeps the generated-tree and single-path modes', () => {
    expect(parseArgs([])).toMatchObject({ repos: [], path: undefined, files: 50000, runs: 3, warmRuns: 3, coldRuns: 1, markdown: false, dist: 'dist' });
    expect(parseArgs(['../x', '--files', '200'])).toMatchObject({ path: '../x', files: 200, repos: [] });
  });

  it('takes every directory after --repos up to the next flag', () => {
    const o = parseArgs(['--repos', 'a', 'b c', '--runs', '5', '--markdown', '--warm-runs', '2', '--cold-runs', '4', '--dist', '/tmp/d']);
    expect(o).toMatchObject({ repos: ['a', 'b c'], runs: 5, warmRuns: 2, coldRuns: 4, markdown: true, dist: '/tmp/d', path: undefined });
  });

  it('refuses what it does not know', () => {
    expect(() => parseArgs(['--repos'])).toThrow(/at least one directory/);
    expect(() => parseArgs(['--repos', '--runs', '3'])).toThrow(/at least one directory/);
    expect(() => parseArgs(['x', '--repos', 'a'])).toThrow(/together/);
    expect(() => parseArgs(['a', 'b'])).toThrow(/one PATH only/);
    expect(() => parseArgs(['--runs', '0'])).toThrow(/positive whole number/);
    expect(() => parseArgs(['--runs', '2x'])).toThrow(/positive whole number/);
    expect(() => parseArgs(['--runs'])).toThrow(/got nothing/);
    expect(() => parseArgs(['--dist'])).toThrow(/--dist needs/);
    expect(() => parseArgs(['--repo', 'a'])).toThrow(/unknown option --repo/);
  });
});

describe('bench measurements', () => {
  it('reads the children CPU ticks after the command name, whatever it holds', () => {
    const fields = (comm: string) => `4242 (${comm}) S 1 4242 4242 0 -1 4194304 100 0 0 0 12 3 70 11 20 0 1 0 555 1000 10`;
    expect(childTicksFromStat(fields('node'))).toBe(81);
    expect(childTicksFromStat(fields('a) b (c'))).toBe(81);
    expect(childTicksFromStat('garbage')).toBeUndefined();
    expect(childTicksFromStat('1 (x) S 1 2')).toBeUndefined();
  });

  it('finds the CLI summary line, not a look-alike inside another line', () => {
    const out = 'x scanned 9 files, 1.0 MB in 1 s\nscanned 4,205 files, 31.2 MB in 6.52 s (645 files/s, 4.8 MB/s)\n';
    expect(scannedFromOutput(out)).toEqual({ files: 4205, mb: 31.2 });
    expect(scannedFromOutput('nothing here')).toBeUndefined();
  });

  it('picks the run with the least wall time', () => {
    expect(best([{ wallS: 2 }, { wallS: 1.5 }, { wallS: 1.7 }])).toEqual({ wallS: 1.5 });
    expect(best([])).toBeUndefined();
  });

  it('applies the wall target the issue sets for each tree', () => {
    expect(wallTargetFor('eclipse-theia+theia')).toBe(1.0);
    expect(wallTargetFor('saleor+saleor')).toBe(1.0);
    expect(wallTargetFor('moby+moby')).toBe(1.0);
    expect(wallTargetFor('biomejs+biome')).toBe(2.0);
    expect(wallTargetFor('fastapi')).toBeUndefined();
  });
});

describe('bench table', () => {
  const measured = {
    name: 'moby+moby', files: 3235, mb: 28.7,
    cold: { wallS: 0.9, cpuS: 3.2, maxRssKb: 320 * 1024, runs: 1 },
    warm: { wallS: 0.25, cpuS: 0.3, maxRssKb: 150 * 1024, runs: 3 },
    changed: { wallS: 0.45, cpuS: 0.5, maxRssKb: 150 * 1024, runs: 3 },
    ripgrep: { wallS: 0.2, cpuS: 0.32, maxRssKb: 15 * 1024, runs: 3 },
    secretlint: { wallS: 4.7, cpuS: 4.81, maxRssKb: 229 * 1024, runs: 3 },
    ripgrepLabel: 'ripgrep 13.0.0', secretlintLabel: 'secretlint 13.0.6',
  };

  it('judges each run against its target and gives both CPU ratios', () => {
    const rows = treeRows(measured);
    expect(rows.map((r) => r[3])).toEqual([
      'readiness-gate cold', 'readiness-gate warm', 'readiness-gate one-file change', 'ripgrep 13.0.0', 'secretlint 13.0.6',
      'CPU readiness-gate cold / ripgrep', 'CPU readiness-gate cold / secretlint',
    ]);
    expect(rows[0]).toEqual(['moby+moby', '3235', '28.7', 'readiness-gate cold', '1', '0.90', '3.20', '320', '≤ 1.0 s ok; RSS ≤ 300 MB MISS']);
    expect(rows[1]!.slice(0, 3)).toEqual(['', '', '']);
    expect(rows[1]![8]).toBe('≤ 0.3 s ok; RSS ≤ 300 MB ok');
    expect(rows[2]![8]).toBe('≤ 0.4 s MISS; RSS ≤ 300 MB ok');
    expect(rows[5]![6]).toBe('10.0x');
    expect(rows[5]![8]).toBe('≤ 10x ok');
    expect(rows[6]![6]).toBe('0.7x');
    expect(rows[6]![8]).toBe('< 1x ok');
  });

  it('gives the uncached cold run and the one-file code change their own rows, judged by the same targets', () => {
    const rows = treeRows({ ...measured, uncached: { wallS: 1.2, cpuS: 3, maxRssKb: 250 * 1024, runs: 1 }, coded: { wallS: 0.38, cpuS: 0.4, maxRssKb: 150 * 1024, runs: 3 } });
    expect(rows.map((r) => r[3]).slice(0, 5)).toEqual(['readiness-gate cold', 'readiness-gate cold, no cache (pull request)', 'readiness-gate warm', 'readiness-gate one-file change', 'readiness-gate one-file code change']);
    expect(rows[1]![8]).toBe('≤ 1.0 s MISS; RSS ≤ 300 MB ok');
    expect(rows[4]![8]).toBe('≤ 0.4 s ok; RSS ≤ 300 MB ok');
  });

  it('says n/a and why when a tool is absent or the cache flag does not exist', () => {
    const rows = treeRows({ ...measured, warm: { na: 'n/a: no --cache' }, secretlint: { na: 'not installed: npm i x' } });
    expect(rows[1]!.slice(5)).toEqual(['n/a', 'n/a', 'n/a', 'n/a: no --cache']);
    expect(rows[4]![8]).toBe('not installed: npm i x');
    expect(rows[6]![6]).toBe('n/a');
  });

  it('aligns text columns and writes Markdown with right-aligned numbers', () => {
    const rows = [['a', '1', '2.0', 'run', '3', '0.50', '1.00', '100', 'ok'], ['', '', '', 'other | pipe', '', 'n/a', 'n/a', 'n/a', '']];
    const text = formatTable(HEADER, rows).split('\n');
    expect(text).toHaveLength(3);
    expect(text[0]!.indexOf('wall s')).toBe(text[1]!.indexOf('0.50') - 2);
    expect(text[1]!.indexOf('run')).toBe(text[2]!.indexOf('other'));
    const md = formatTable(HEADER, rows, { markdown: true }).split('\n');
    expect(md[1]).toBe('|---|---:|---:|---|---:|---:|---:|---:|---|');
    expect(md[3]).toContain('other \\| pipe');
  });
});
