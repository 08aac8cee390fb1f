import { describe, expect, it } from 'vitest';
import check from '../../src/checks/coverage-below-threshold/index.js';
import { scanTree } from '../helpers/rule-tester.js';

const code = (n: number) => Array.from({ length: n }, (_, i) => `v${i} = ${i}`).join('\n') + '\n';
const lcov = (files: Array<[string, number, number]>) => files.map(([p, total, covered]) => `SF:/ci/shop/${p}\n${Array.from({ length: total }, (_, i) => `DA:${i + 1},${i < covered ? 1 : 0}`).join('\n')}\nend_of_record\n`).join('');
const tree = { 'src/zerodb_integration.py': code(138), 'src/app.py': code(910), 'lcov.info': lcov([['src/zerodb_integration.py', 138, 0], ['src/app.py', 910, 704]]) };

describe('coverage-below-threshold', () => {
  it('names measured and required figures and the costliest files with their what-if', async () => {
    const r = await scanTree([check], tree, { inputs: { 'coverage-threshold': '80' } });
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.location, f.message])).toEqual([
      [
        'coverage-below-threshold',
        'P0',
        { path: 'src/app.py' },
        'Line coverage is 67.2% (704 of 1,048 lines), below the required 80%. The files that cost the most: src/app.py: 77% of 910 lines — covering it would lift the total from 67.2% to 86.8%; src/zerodb_integration.py: 0% of 138 lines — covering it would lift the total from 67.2% to 80.3%.',
      ],
    ]);
    expect(r.gaps).toEqual([{ area: 'tests', component: 'coverage', status: 'partial', evidence: '67.2% < 80%' }]);
  });

  it('takes the threshold from the configuration file', async () => {
    const r = await scanTree([check], { ...tree, '.readiness-gate.yml': 'thresholds:\n  coverage: 70\n' });
    expect(r.findings.map((f) => f.message)).toEqual([expect.stringMatching(/^Line coverage is 67\.2% .* below the required 70%/)]);
  });

  it('near-miss: at the threshold exactly passes; just below never shows as reaching it', async () => {
    const at = await scanTree([check], { 'a.py': code(10), 'lcov.info': lcov([['a.py', 10, 8]]) }, { inputs: { 'coverage-threshold': '80' } });
    expect(at.findings).toEqual([]);
    expect(at.gaps[0]).toMatchObject({ status: 'present' });
    const below = await scanTree([check], { 'a.py': code(10000), 'lcov.info': lcov([['a.py', 10000, 7999]]) }, { inputs: { 'coverage-threshold': '80' } });
    expect(below.findings[0]!.message).toMatch(/^Line coverage is 79\.9% \(7,999 of 10,000 lines\)/);
  });

  it('not applicable without a threshold, or without a measurement', async () => {
    expect((await scanTree([check], tree)).outcomes[0]).toMatchObject({ status: 'not-applicable', reason: 'no coverage-threshold set' });
    expect((await scanTree([check], { 'a.py': 'x = 1\n' }, { inputs: { 'coverage-threshold': '80' } })).outcomes[0]).toMatchObject({ status: 'not-applicable' });
  });
});
