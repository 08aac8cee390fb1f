import { describe, expect, it } from 'vitest';
import check from '../../src/checks/coverage-report-missing/index.js';
import { fixture } from '../formats/helpers.js';
import { scanTree } from '../helpers/rule-tester.js';

describe('coverage-report-missing', () => {
  it('a threshold and no report', async () => {
    const r = await scanTree([check], { 'src/a.py': 'x = 1\n' }, { inputs: { 'coverage-threshold': '80' } });
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.location, f.message])).toEqual([
      ['coverage-report-missing', 'P1', { path: '.' }, expect.stringMatching(/^A coverage threshold of 80% is set, but no coverage report was found/)],
    ]);
  });

  it('globs given and matching nothing', async () => {
    const r = await scanTree([check], { 'src/a.py': 'x = 1\n' }, { inputs: { 'coverage-threshold': '80', 'coverage-reports': 'cov/*.xml' } });
    expect(r.findings.map((f) => f.message)).toEqual(['A coverage threshold of 80% is set, but coverage-reports (cov/*.xml) matches no file.']);
  });

  it('a truncated or empty report', async () => {
    const r = await scanTree([check], { 'coverage.xml': fixture('coverage/truncated.xml'), 'lcov.info': '' }, { inputs: { 'coverage-threshold': '80', 'coverage-reports': 'coverage.xml,lcov.info' } });
    expect(r.findings.map((f) => [f.location.path, f.message])).toEqual([['coverage.xml', expect.stringMatching(/^A coverage threshold of 80% is set, but no coverage report could be read: coverage\.xml \(truncated or incomplete XML .*\), lcov\.info \(empty file\)\.$/)]]);
  });

  it('near-misses: no threshold; a readable report', async () => {
    expect((await scanTree([check], { 'src/a.py': 'x = 1\n' })).outcomes[0]).toMatchObject({ status: 'not-applicable', reason: 'no coverage-threshold set' });
    const ok = await scanTree([check], { 'a.py': 'x = 1\n', 'lcov.info': 'SF:a.py\nDA:1,0\nend_of_record\n' }, { inputs: { 'coverage-threshold': '80' } });
    expect(ok.findings).toEqual([]);
    expect(ok.outcomes[0]!.status).toBe('pass');
  });
});
