import { describe, expect, it } from 'vitest';
import check from '../../src/checks/test-reports-missing/index.js';
import { fixture } from '../formats/helpers.js';
import { scanTree } from '../helpers/rule-tester.js';

const suite = { 'tests/test_app.py': 'def test_ok():\n    pass\n' };

describe('test-reports-missing', () => {
  it('the project has tests but no report was found', async () => {
    const r = await scanTree([check], suite);
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.location, f.message])).toEqual([
      ['test-reports-missing', 'P1', { path: '.' }, expect.stringMatching(/^The project has tests \(tests\/test_app\.py\) but no test report was found/)],
    ]);
    expect(r.gaps).toEqual([{ area: 'tests', component: 'test results', status: 'missing' }]);
  });

  it('test-reports given and matching nothing', async () => {
    const r = await scanTree([check], { 'src/a.go': 'package a\n' }, { inputs: { 'test-reports': 'out/**/*.xml' } });
    expect(r.findings.map((f) => f.message)).toEqual(["test-reports is set (out/**/*.xml) but no file matches: the tests' results cannot be checked."]);
  });

  it.each([
    ['truncated.xml', /^No test report could be read: junit\.xml \(truncated or incomplete XML/],
    ['not-xml.xml', /^No test report could be read: junit\.xml \(not XML/],
    ['empty.xml', /^No test report could be read: junit\.xml \(empty file\)\.$/],
  ])('a report that is %s', async (name, message) => {
    const r = await scanTree([check], { ...suite, 'junit.xml': fixture(`junit/${name}`) }, { inputs: { 'test-reports': 'junit.xml' } });
    expect(r.findings.map((f) => [f.location.path, f.message])).toEqual([['junit.xml', expect.stringMatching(message)]]);
  });

  it('reports that hold no executed test', async () => {
    const r = await scanTree([check], { 'junit.xml': '<testsuite name="s"><testcase name="a"><skipped/></testcase></testsuite>' }, { inputs: { 'test-reports': 'junit.xml' } });
    expect(r.findings.map((f) => f.message)).toEqual(['The test reports (junit.xml) contain no executed test: all 1 test cases were skipped.']);
  });

  it('near-miss: one broken report beside a good one is a summary line, not this finding', async () => {
    const r = await scanTree([check], { ...suite, 'a/junit.xml': fixture('junit/pytest.xml'), 'b/junit.xml': fixture('junit/truncated.xml') }, { inputs: { 'test-reports': '*/junit.xml' } });
    expect(r.findings).toEqual([]);
    expect(r.gaps).toEqual([{ area: 'tests', component: 'test results', status: 'present', evidence: 'a/junit.xml' }]);
  });

  it.each([
    ['test/teslamate/vehicles_test.exs', 'ExUnit'],
    ['test/models/user_test.rb', 'Minitest'],
    ['test/widget_test.dart', 'Flutter'],
  ])('a suite of %s (%s) is a test suite', async (path) => {
    const r = await scanTree([check], { [path]: 'x\n' });
    expect(r.findings.map((f) => f.message)).toEqual([expect.stringContaining(`The project has tests (${path})`)]);
  });

  it('near-miss: an Elixir script under test/ that is no *_test.exs (test_helper.exs, support/) is no suite', async () => {
    const r = await scanTree([check], { 'test/test_helper.exs': 'ExUnit.start()\n', 'test/support/data_case.ex': 'defmodule X do end\n' });
    expect(r.outcomes[0]).toMatchObject({ status: 'not-applicable' });
  });

  it('near-miss: no test suite and no input: not applicable', async () => {
    const r = await scanTree([check], { 'src/app.py': 'x = 1\n', 'tests/fixtures/data.json': '{}' });
    expect(r.findings).toEqual([]);
    expect(r.outcomes[0]).toMatchObject({ status: 'not-applicable' });
  });
});
