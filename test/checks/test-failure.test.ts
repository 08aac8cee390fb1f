import { describe, expect, it } from 'vitest';
import check from '../../src/checks/test-failure/index.js';
import { fixture } from '../formats/helpers.js';
import { scanTree } from '../helpers/rule-tester.js';

const pytestFiles = { 'tests/test_pricing.py': 'class TestDiscount:\n    def test_total(self):\n        pass\n', 'tests/test_db.py': 'def test_connect():\n    pass\n', 'reports/junit.xml': fixture('junit/pytest.xml') };

describe('test-failure', () => {
  it('one P0 per failed or errored test: full name, first line of the failure, file and line', async () => {
    const r = await scanTree([check], pytestFiles, { inputs: { 'test-reports': 'reports/*.xml' } });
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.area, f.location, f.message, f.evidence])).toEqual([
      ['test-failure', 'P0', 'tests', { path: 'tests/test_db.py', line: 4 }, 'tests.test_db.test_connect errored: failed on setup with "ConnectionRefusedError: [Errno 111] Connection refused"', 'failed on setup with "ConnectionRefusedError: [Errno 111] Connection refused"'],
      ['test-failure', 'P0', 'tests', { path: 'tests/test_pricing.py', line: 10 }, 'tests.test_pricing.TestDiscount.test_total failed: AssertionError: assert 5.0 == 10.0', 'AssertionError: assert 5.0 == 10.0'],
    ]);
    expect(r.outcomes.find((o) => o.ruleId === 'test-failure')).toMatchObject({ status: 'fail', findings: 2 });
  });

  it('Surefire: a test that failed every rerun says so; the flaky one is not a failure', async () => {
    const r = await scanTree([check], { 'target/surefire-reports/TEST-com.acme.shop.CartTest.xml': fixture('junit/TEST-com.acme.shop.CartTest.xml') });
    expect(r.findings.map((f) => [f.location.path, f.message])).toEqual([
      ['target/surefire-reports/TEST-com.acme.shop.CartTest.xml', 'com.acme.shop.CartTest.chargesTax failed on all 3 attempts: expected: <110> but was: <100>'],
    ]);
  });

  it('near-miss: a test that failed then passed on a rerun (gotestsum) is not a failure', async () => {
    const r = await scanTree([check], { 'junit.xml': fixture('junit/gotestsum-rerun.xml') });
    expect(r.findings).toEqual([]);
    expect(r.outcomes.find((o) => o.ruleId === 'test-failure')?.status).toBe('pass');
  });

  it('near-miss: skipped tests are not failures', async () => {
    const r = await scanTree([check], { 'junit.xml': '<testsuite name="x"><testcase name="a"><skipped message="later"/></testcase><testcase name="b"/></testsuite>' });
    expect(r.findings).toEqual([]);
  });

  it('not applicable without reports; not applicable (not a pass) when none can be read', async () => {
    const none = await scanTree([check], { 'src/a.py': 'x = 1\n' });
    expect(none.outcomes[0]).toMatchObject({ status: 'not-applicable', reason: 'no test reports given or found' });
    const broken = await scanTree([check], { 'junit.xml': fixture('junit/truncated.xml') });
    expect(broken.outcomes[0]).toMatchObject({ status: 'not-applicable', reason: 'no test report could be read (see test-reports-missing)' });
  });

  it('a failure with no message points at the report', async () => {
    const r = await scanTree([check], { 'out/junit.xml': '<testsuite name="s"><testcase classname="a.B" name="c"><failure/></testcase></testsuite>' }, { inputs: { 'test-reports': 'out/junit.xml' } });
    expect(r.findings.map((f) => [f.location, f.message])).toEqual([[{ path: 'out/junit.xml' }, 'a.B.c failed (the report gives no message; see out/junit.xml).']]);
  });
});
