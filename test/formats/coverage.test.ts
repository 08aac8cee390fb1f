import { describe, expect, it } from 'vitest';
import { LineCoverage, parseCoverage, type CoverageReport } from '../../src/formats/coverage/index.js';
import { chunked, fixture } from './helpers.js';

async function parse(name: string): Promise<CoverageReport> {
  const r = await parseCoverage(chunked(fixture(`coverage/${name}`), 13));
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** path → [covered, total] */
const counts = (r: CoverageReport) =>
  Object.fromEntries(r.files.map((f) => [f.path, f.lines ? [f.lines.counts().covered, f.lines.counts().total] : [f.summary!.covered, f.summary!.total]]));

describe('coverage formats', () => {
  it('Cobertura from coverage.py: sources, classes, an empty __init__', async () => {
    const r = await parse('coverage-py.xml');
    expect(r.format).toBe('cobertura');
    expect(r.sourceRoots).toEqual(['/home/runner/work/shop/shop/src']);
    expect(counts(r)).toEqual({ 'shop/__init__.py': [0, 0], 'shop/pricing.py': [4, 6], 'shop/db.py': [2, 4] });
    expect(r.files.find((f) => f.path === 'shop/pricing.py')!.lines!.missed()).toEqual([5, 8]);
  });

  it('lcov: absolute SF paths, DA with checksums, other records ignored', async () => {
    const r = await parse('lcov.info');
    expect(r.format).toBe('lcov');
    expect(counts(r)).toEqual({ '/Users/dev/projects/shop/src/cart.ts': [3, 4], '/Users/dev/projects/shop/src/format.ts': [1, 3] });
  });

  it('Go profile: module paths, block ranges as lines, a repeated block counted once', async () => {
    const r = await parse('coverage.out');
    expect(r.format).toBe('go');
    // cart.go lines 10-12, 14-15, 16-17 (not run), 18; main.go 5-7 (not run)
    expect(counts(r)).toEqual({ 'github.com/acme/shop/internal/cart/cart.go': [6, 8], 'github.com/acme/shop/main.go': [0, 3] });
  });

  it('coverage.py JSON: executed and missing lines', async () => {
    const r = await parse('coverage.json');
    expect(r.format).toBe('coveragepy');
    expect(counts(r)).toEqual({ 'src/shop/pricing.py': [4, 6], 'src/shop/__init__.py': [0, 0] });
  });

  it('Istanbul coverage-final.json: a line is covered when a statement starting on it ran', async () => {
    const r = await parse('coverage-final.json');
    expect(r.format).toBe('istanbul');
    expect(counts(r)).toEqual({ '/home/runner/work/shop/shop/src/cart.ts': [2, 3] });
  });

  it('Istanbul coverage-summary.json: totals per file, "total" is not a file', async () => {
    const r = await parse('coverage-summary.json');
    expect(r.format).toBe('istanbul-summary');
    expect(counts(r)).toEqual({ '/home/runner/work/shop/shop/src/cart.ts': [3, 4], '/home/runner/work/shop/shop/src/format.ts': [1, 3] });
  });

  it('JaCoCo: package folder + source file, covered when instructions ran', async () => {
    const r = await parse('jacoco.xml');
    expect(r.format).toBe('jacoco');
    expect(counts(r)).toEqual({ 'com/acme/shop/Cart.java': [3, 4] });
  });

  it.each([
    ['truncated.xml', /^truncated or incomplete XML/],
    ['empty.info', /^empty file$/],
  ])('%s is refused with a clear reason', async (name, reason) => {
    const r = await parseCoverage(fixture(`coverage/${name}`));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(reason);
  });

  it.each([
    ['{"a": 1}', /no known coverage format/],
    ['{"files": ', /^not valid JSON/],
    ['mode: set\nthis is prose\n', /^not a Go cover profile/],
    ['Hello, world.\nThis is a README.\n', /^not an lcov tracefile/],
    ['<testsuites/>', /^not a Cobertura report/],
  ])('refuses %j', async (text, reason) => {
    const r = await parseCoverage(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(reason);
  });
});

describe('LineCoverage', () => {
  it('merges by line: a line run in either report is covered once', () => {
    const a = new LineCoverage(2);
    a.add(1, 1);
    a.add(2, 0);
    a.add(3, 0);
    const b = new LineCoverage();
    b.add(2, 5);
    b.add(3, 0);
    b.add(300, 1);
    a.merge(b);
    expect(a.counts()).toEqual({ total: 4, covered: 3 });
    expect(a.missed()).toEqual([3]);
  });

  it('ignores lines below 1 and absurd line numbers', () => {
    const a = new LineCoverage();
    a.add(0, 1);
    a.add(-4, 1);
    a.add(Number.NaN, 1);
    a.add(1e12, 1);
    expect(a.counts()).toEqual({ total: 0, covered: 0 });
  });
});

describe('lcov cut short', () => {
  it('a last record without end_of_record is a truncated file; near miss: a complete one is read', async () => {
    const cut = await parseCoverage('SF:/w/a.ts\nDA:1,1\nend_of_record\nSF:/w/b.ts\nDA:1,0\n');
    expect(cut).toEqual({ ok: false, error: 'truncated lcov tracefile (the record of /w/b.ts has no end_of_record)' });
    const whole = await parseCoverage('SF:/w/a.ts\nDA:1,1\nend_of_record\nSF:/w/b.ts\nDA:1,0\nend_of_record\n');
    expect(whole.ok).toBe(true);
  });
});
