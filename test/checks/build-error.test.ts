import { describe, expect, it } from 'vitest';
import check from '../../src/checks/build-error/index.js';
import { fixture } from '../formats/helpers.js';
import { scanTree } from '../helpers/rule-tester.js';

const src = { 'src/cart.ts': 'export const a = 1;\n'.repeat(20), 'src/format.ts': 'export const b = 2;\n'.repeat(5) };

describe('build-error', () => {
  it('each error at its file and line, P0, deduplicated across logs', async () => {
    const r = await scanTree([check], { ...src, 'logs/tsc.log': fixture('build-logs/tsc.log'), 'logs/tsc-again.log': fixture('build-logs/tsc.log') }, { inputs: { 'build-logs': 'logs/*.log' } });
    expect(r.findings.map((f) => [f.severity, f.area, f.location, f.message])).toEqual([
      ['P0', 'build', { path: 'src/cart.ts', line: 14, column: 7 }, "tsc error TS2322: Type 'string' is not assignable to type 'number'."],
      ['P0', 'build', { path: 'src/format.ts', line: 3, column: 10 }, "tsc error TS2304: Cannot find name 'money'."],
    ]);
  });

  it('a log with only warnings gives P2 findings; warnings beside errors are dropped', async () => {
    const r = await scanTree([check], { 'src/util.c': 'int x;\n'.repeat(5), 'gcc.log': fixture('build-logs/gcc-warnings.log') }, { inputs: { 'build-logs': 'gcc.log' } });
    expect(r.findings.map((f) => [f.severity, f.location.path, f.message])).toEqual([['P2', 'src/util.c', "gcc warning: unused variable 'x' [-Wunused-variable]"]]);
    const e = await scanTree([check], { ...src, 'eslint.log': fixture('build-logs/eslint-stylish.log') }, { inputs: { 'build-logs': 'eslint.log' } });
    expect(e.findings.map((f) => [f.severity, f.location.path, f.location.line])).toEqual([
      ['P0', 'src/cart.ts', 3],
      ['P0', 'src/format.ts', 1],
    ]);
  });

  it('rustc with colours', async () => {
    const r = await scanTree([check], { 'src/cart.rs': 'fn main() {}\n'.repeat(15), 'cargo.log': fixture('build-logs/rustc.log') }, { inputs: { 'build-logs': 'cargo.log' } });
    expect(r.findings.map((f) => [f.location, f.message])).toEqual([[{ path: 'src/cart.rs', line: 12, column: 5 }, 'rustc error E0425: cannot find value `totl` in this scope']]);
  });

  it('near-misses: a clean log passes; no input is not applicable; a glob matching nothing is inconclusive', async () => {
    const clean = await scanTree([check], { 'build.log': fixture('build-logs/noise.log') }, { inputs: { 'build-logs': 'build.log' } });
    expect(clean.findings).toEqual([]);
    expect(clean.outcomes[0]!.status).toBe('pass');
    expect((await scanTree([check], src)).outcomes[0]).toMatchObject({ status: 'not-applicable', reason: 'no build-logs given' });
    expect((await scanTree([check], src, { inputs: { 'build-logs': 'nope/*.log' } })).outcomes[0]).toMatchObject({ status: 'inconclusive' });
  });
});
