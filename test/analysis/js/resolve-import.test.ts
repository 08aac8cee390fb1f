import { describe, expect, it } from 'vitest';
import { JsProject } from '../../../src/analysis/js/project.js';

describe('JsProject.resolveImport', () => {
  it('resolves relative, mapped and baseUrl specifiers once per file and specifier; a miss stays a miss', () => {
    const texts: Record<string, string> = { 'package.json': '{}', 'tsconfig.json': '{"compilerOptions":{"baseUrl":".","paths":{"@/*":["src/*"]}}}' };
    const files = ['package.json', 'tsconfig.json', 'src/a.ts', 'src/b/index.ts', 'src/c.ts'];
    const p = new JsProject(files, (x) => texts[x]);
    const specs = ['./c.js', './b', '@/c', 'src/c', './gone', 'react', './c?raw'];
    const first = specs.map((s) => p.resolveImport('src/a.ts', s));
    expect(first).toEqual(['src/c.ts', 'src/b/index.ts', 'src/c.ts', 'src/c.ts', undefined, undefined, 'src/c.ts']);
    expect(specs.map((s) => p.resolveImport('src/a.ts', s))).toEqual(first);
    // near miss: the same specifier from another folder is resolved from there
    expect(p.resolveImport('src/b/index.ts', './c.js')).toBeUndefined();
  });
});
