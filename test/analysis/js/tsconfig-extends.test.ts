import { describe, expect, it } from 'vitest';
import { JsProject, MAX_TSCONFIG_EXTENDS, tsconfigBases } from '../../../src/analysis/js/project.js';

describe('tsconfig extends', () => {
  it('names the relative bases only, in order, with .json added', () => {
    expect(tsconfigBases('apps/web', ['../../tsconfig.base', '@tsconfig/node20/tsconfig.json', './tsconfig.paths.json', 3])).toEqual(['tsconfig.base.json', 'apps/web/tsconfig.paths.json']);
    expect(tsconfigBases('', '../outside.json')).toEqual([]);
  });

  it(`a chain a pull request writes is followed ${MAX_TSCONFIG_EXTENDS} deep, not one stack frame per file`, () => {
    const n = 20000;
    const tree = new Map<string, string>();
    for (let i = 0; i < n; i++) tree.set(`c${i}/tsconfig.json`, JSON.stringify(i === n - 1 ? { compilerOptions: { baseUrl: '.' } } : { extends: `../c${i + 1}/tsconfig.json` }));
    const short = new Map<string, string>([
      ['s0/tsconfig.json', JSON.stringify({ extends: '../s1/tsconfig.json' })],
      ['s1/tsconfig.json', JSON.stringify({ extends: '../s2/tsconfig.json' })],
      ['s2/tsconfig.json', JSON.stringify({ compilerOptions: { baseUrl: 'src' } })],
    ]);
    const all = new Map([...short, ...tree]);
    // Sorted as the file list is: c10000 before c19999, so the deep end is read from its own entry too.
    const project = new JsProject([...all.keys()].sort(), (p) => all.get(p));
    expect(project.configsFor('s0/a.ts').map((c) => c.baseUrl)).toEqual(['s2/src']);
    expect(project.configsFor(`c${n - 1}/a.ts`).map((c) => c.baseUrl)).toEqual([`c${n - 1}`]);
    expect(project.configsFor(`c${n - 1 - MAX_TSCONFIG_EXTENDS}/a.ts`).map((c) => c.baseUrl)).toEqual([`c${n - 1}`]);
  });
});
