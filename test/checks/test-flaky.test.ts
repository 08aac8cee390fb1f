import { describe, expect, it } from 'vitest';
import check from '../../src/checks/test-flaky/index.js';
import testFailure from '../../src/checks/test-failure/index.js';
import { fixture } from '../formats/helpers.js';
import { scanTree } from '../helpers/rule-tester.js';

describe('test-flaky', () => {
  it('Surefire flakyFailure: passed on a rerun, P1 at the test method', async () => {
    const r = await scanTree([check], {
      'src/test/java/com/acme/shop/CartTest.java': 'class CartTest {\n  @Test void appliesDiscount() {}\n}\n',
      'target/surefire-reports/TEST-com.acme.shop.CartTest.xml': fixture('junit/TEST-com.acme.shop.CartTest.xml'),
    });
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.location, f.message])).toEqual([
      ['test-flaky', 'P1', { path: 'src/test/java/com/acme/shop/CartTest.java', line: 2 }, 'com.acme.shop.CartTest.appliesDiscount is flaky: it passed on a rerun after 1 failed attempt: expected: <90> but was: <100>'],
    ]);
  });

  it('gotestsum --rerun-fails: failed then passed in one report', async () => {
    const r = await scanTree([check], { 'go.mod': 'module github.com/acme/shop\n', 'internal/queue/queue_test.go': 'package queue\n', 'junit.xml': fixture('junit/gotestsum-rerun.xml') });
    expect(r.findings.map((f) => [f.location, f.message])).toEqual([
      [{ path: 'internal/queue/queue_test.go', line: 31 }, 'github.com/acme/shop/internal/queue.TestRetry is flaky: it both failed and passed in this run: queue_test.go:31: timed out after 500ms'],
    ]);
  });

  it('near-miss: failed in one report and passed in another is a failure, not a flake (a second report never launders it)', async () => {
    const rep = (body: string) => `<testsuite name="pytest"><testcase classname="tests.test_a" name="test_x">${body}</testcase></testsuite>`;
    const files = { 'py311/junit.xml': rep('<failure message="timeout"/>'), 'py312/junit.xml': rep('') };
    const r = await scanTree([check], files, { inputs: { 'test-reports': '*/junit.xml' } });
    expect(r.findings).toEqual([]);
    const failure = await scanTree([testFailure], files, { inputs: { 'test-reports': '*/junit.xml' } });
    expect(failure.findings.map((f) => [f.severity, f.message])).toEqual([['P0', 'tests.test_a.test_x failed: timeout']]);
  });

  it('near-misses: a test failing everywhere, or two different tests, are not flaky', async () => {
    const rep = (name: string, body: string) => `<testsuite name="s"><testcase classname="t" name="${name}">${body}</testcase></testsuite>`;
    const r = await scanTree([check], { 'a/junit.xml': rep('x', '<failure/>'), 'b/junit.xml': rep('x', '<failure/>'), 'c/junit.xml': rep('y', '') }, { inputs: { 'test-reports': '*/junit.xml' } });
    expect(r.findings).toEqual([]);
  });
});
