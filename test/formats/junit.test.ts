import { describe, expect, it } from 'vitest';
import { FAILED, FLAKY_MARK, PASSED, PROBLEMS_MAX, SKIPPED, parseJunit, type TestReport } from '../../src/formats/test-reports/junit.js';
import { chunked, fixture } from './helpers.js';

async function parse(name: string, streamed = true): Promise<TestReport> {
  const text = fixture(`junit/${name}`);
  const r = await parseJunit(streamed ? chunked(text) : text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const tally = (r: TestReport) => {
  const t = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
  for (const b of r.outcomes.values()) {
    if (b & FLAKY_MARK || (b & FAILED && b & PASSED)) t.flaky++;
    else if (b & FAILED) t.failed++;
    else if (b & PASSED) t.passed++;
    else if (b & SKIPPED) t.skipped++;
  }
  return t;
};

describe('JUnit dialects', () => {
  it('pytest: file, 0-based line made 1-based, failure and error first lines, skipped', async () => {
    const r = await parse('pytest.xml');
    expect(r.dialect).toBe('pytest');
    expect(tally(r)).toEqual({ passed: 2, failed: 2, skipped: 1, flaky: 0 });
    expect(r.timeSec).toBe(1.234);
    expect(r.problems.map((p) => [p.fullName, p.kind, p.file, p.line, p.message])).toEqual([
      ['tests.test_pricing.TestDiscount.test_total', 'failed', 'tests/test_pricing.py', 10, 'AssertionError: assert 5.0 == 10.0'],
      ['tests.test_db.test_connect', 'errored', 'tests/test_db.py', 4, 'failed on setup with "ConnectionRefusedError: [Errno 111] Connection refused"'],
    ]);
  });

  it('jest-junit: classname repeated in the name, message from the body', async () => {
    const r = await parse('jest-junit.xml');
    expect(r.dialect).toBe('jest');
    expect(tally(r)).toEqual({ passed: 1, failed: 1, skipped: 1, flaky: 0 });
    expect(r.problems[0]).toMatchObject({ fullName: 'Cart computes the total with tax', suite: 'Cart', message: 'Error: expect(received).toBe(expected) // Object.is equality' });
    expect(r.problems[0]!.file).toBeUndefined();
    expect(r.timeSec).toBe(2.51);
  });

  it('vitest: the classname is the file', async () => {
    const r = await parse('vitest.xml');
    expect(r.dialect).toBe('vitest');
    expect(r.problems.map((p) => [p.fullName, p.classname, p.message])).toEqual([['src/math.test.ts > math > divides by zero', 'src/math.test.ts', 'expected Infinity to be +0 // Object.is equality']]);
  });

  it('go-junit-report: the package is the classname, subtests are cases', async () => {
    const r = await parse('go-junit-report.xml');
    expect(r.dialect).toBe('go');
    expect(tally(r)).toEqual({ passed: 2, failed: 1, skipped: 0, flaky: 0 });
    expect(r.problems[0]).toMatchObject({ fullName: 'github.com/acme/shop/internal/cart.TestTotal', message: 'cart_test.go:15: total = 5, want 10', sourceHint: { file: 'cart_test.go', line: 15 } });
  });

  it('gotestsum --rerun-fails: the same case failed then passed in one report is flaky', async () => {
    const r = await parse('gotestsum-rerun.xml');
    expect(tally(r)).toEqual({ passed: 2, failed: 0, skipped: 0, flaky: 1 });
    expect(r.problems[0]).toMatchObject({ name: 'TestRetry', kind: 'failed', message: 'queue_test.go:31: timed out after 500ms' });
  });

  it('Surefire: flakyFailure on a passing case is flaky; failure + rerunFailure failed every attempt', async () => {
    const r = await parse('TEST-com.acme.shop.CartTest.xml');
    expect(r.dialect).toBe('surefire');
    expect(tally(r)).toEqual({ passed: 1, failed: 1, skipped: 0, flaky: 1 });
    expect(r.problems.map((p) => [p.name, p.kind, p.reruns, p.message])).toEqual([
      ['appliesDiscount', 'flaky', 1, 'expected: <90> but was: <100>'],
      ['chargesTax', 'failed', 2, 'expected: <110> but was: <100>'],
    ]);
  });

  it('PHPUnit: nested suites, file and line on the case, message from the body', async () => {
    const r = await parse('phpunit.xml');
    expect(r.dialect).toBe('phpunit');
    expect(tally(r)).toEqual({ passed: 2, failed: 1, skipped: 0, flaky: 0 });
    expect(r.problems[0]).toMatchObject({ file: '/app/tests/Unit/PriceTest.php', line: 18, message: 'Tests\\Unit\\PriceTest::testRound', fullName: 'Tests.Unit.PriceTest.testRound' });
  });

  it('.NET JunitXml.TestLogger and NUnit 3 XML', async () => {
    const j = await parse('dotnet-junit.xml');
    expect(tally(j)).toEqual({ passed: 1, failed: 1, skipped: 0, flaky: 0 });
    expect(j.problems[0]).toMatchObject({ fullName: 'Shop.Tests.CartTests.Total_IncludesTax', message: 'Assert.Equal() Failure: Values differ' });
    const n = await parse('nunit3.xml');
    expect(n.dialect).toBe('nunit');
    expect(tally(n)).toEqual({ passed: 1, failed: 1, skipped: 0, flaky: 0 });
    expect(n.problems[0]).toMatchObject({ fullName: 'Shop.Tests.CartTests.ChargesTax', message: 'Expected: 110' });
  });

  it('reads a string the same as a stream', async () => {
    expect(await parse('pytest.xml', false)).toEqual(await parse('pytest.xml', true));
  });

  it.each([
    ['truncated.xml', /^truncated or incomplete XML/],
    ['not-xml.xml', /^not XML/],
    ['empty.xml', /^empty file$/],
  ])('%s is refused with a clear reason', async (name, reason) => {
    const r = await parseJunit(chunked(fixture(`junit/${name}`)));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(reason);
  });

  it('refuses another XML document by its root', async () => {
    const r = await parseJunit('<coverage line-rate="1"></coverage>');
    expect(r).toEqual({ ok: false, error: 'not a JUnit report (its root element is <coverage>)' });
  });

  it('a bare <testsuite> root, a case with no attributes, a BOM and CRLF', async () => {
    const r = await parseJunit('\uFEFF<?xml version="1.0"?>\r\n<testsuite name="x" time="2"><testcase/><testcase name="b"><error type="Boom"/></testcase></testsuite>\r\n');
    expect(r.ok && r.value.problems.map((p) => [p.fullName, p.kind, p.message])).toEqual([['b', 'errored', 'Boom']]);
    expect(r.ok && r.value.timeSec).toBe(2);
  });
});

describe('JUnit: a huge report is described up to a cap, counted in full', () => {
  it('20,000 failing cases: every outcome counted, the first PROBLEMS_MAX described, the rest counted as cut', async () => {
    const n = 20_000;
    const body = Array.from({ length: n }, (_, i) => `<testcase classname="t" name="c${i}"><failure message="m${i}">${'x'.repeat(100)}</failure></testcase>`).join('');
    const r = await parseJunit(chunked(`<testsuite name="s">${body}<testcase classname="t" name="ok"/></testsuite>`, 65536));
    if (!r.ok) throw new Error(r.error);
    expect(tally(r.value)).toEqual({ passed: 1, failed: n, skipped: 0, flaky: 0 });
    expect(r.value.problems).toHaveLength(PROBLEMS_MAX);
    expect(r.value.problems[0]).toMatchObject({ name: 'c0', message: 'm0' });
    expect(r.value.problemsCut).toBe(n - PROBLEMS_MAX);
  });

  it('a report cut short mid-document is an error that says truncated', async () => {
    const r = await parseJunit('<testsuite name="s"><testcase classname="t" name="a"><failure message="m"');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^truncated/);
  });
});
