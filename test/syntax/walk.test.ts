import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGrammars, parseText, type Lang, type Node, type Tree } from '../../src/syntax/index.js';
import { findNode, forEachNode, forEachNodeIn, forgetTree } from '../../src/syntax/walk.js';

/**
 * The reference: a recursive pre-order walk of named nodes, as the analyses did before, less the
 * zero-width MISSING nodes that error recovery inserts (not code anyone wrote; the walker skips them).
 */
function reference(n: Node, types: ReadonlySet<string>, skip: (n: Node) => boolean, out: string[]): void {
  if (types.has(n.type) && !n.isMissing) {
    out.push(`${n.type}@${n.startIndex}`);
    if (skip(n)) return;
  }
  for (const c of n.namedChildren) if (c) reference(c, types, skip, out);
}

function walked(at: Tree | Node, types: ReadonlySet<string>, skip: (n: Node) => boolean = () => false): string[] {
  const out: string[] = [];
  forEachNode(at, types, (n, t) => {
    expect(t).toBe(n.type);
    out.push(`${t}@${n.startIndex}`);
    return skip(n) ? 'skip' : undefined;
  });
  return out;
}

const PY = `import os
from a import (b, c)

class A:
    def f(self, x: int) -> int:
        def g():
            return h("x")
        return g()

try:
    import yaml
except ImportError:
    yaml = None

print(f"{os.name}", "/health")
`;

const TS = `import type { T } from './t';
import x = require('./x');
export function f(a: any): T { return (() => a)(); }
const g = function (b) { return import('./y'); };
class C { m(c: number) { return [c].map((v) => v); } }
`;

describe('forEachNode', () => {
  beforeAll(() => loadGrammars(['python', 'typescript', 'go']));

  it('visits the named nodes of the requested types in pre-order, as a recursive walk does', () => {
    const cases: Array<[Lang, string, string[]]> = [
      ['python', PY, ['call', 'string', 'function_definition', 'import_statement', 'import_from_statement', 'class_definition', 'try_statement', 'module']],
      ['typescript', TS, ['call_expression', 'import_statement', 'function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'string', 'predefined_type', 'import', 'function', 'type']],
      ['go', 'package p\nimport "fmt"\nfunc F() { fmt.Println("a"); go func() {}() }\n', ['call_expression', 'func_literal', 'interpreted_string_literal', 'function_declaration']],
    ];
    for (const [lang, text, types] of cases) {
      const tree = parseText(lang, text)!;
      try {
        const set = new Set(types);
        const expected: string[] = [];
        reference(tree.rootNode, set, () => false, expected);
        expect(expected.length, lang).toBeGreaterThan(3);
        expect(walked(tree, set), lang).toEqual(expected);
        expect(walked(tree.rootNode, set), lang).toEqual(expected);
      } finally {
        tree.delete();
      }
    }
  });

  it('names only named nodes: the `function` and `import` keywords of TypeScript are not visited', () => {
    const tree = parseText('typescript', TS)!;
    try {
      const seen = walked(tree, new Set(['function', 'import']));
      // `import('./y')` has a named `import` node; declarations have only the keyword.
      expect(seen).toEqual([`import@${TS.indexOf("import('./y')")}`]);
    } finally {
      tree.delete();
    }
  });

  it("'skip' skips the descendants, not the following siblings", () => {
    const tree = parseText('python', PY)!;
    try {
      const types = new Set(['function_definition', 'call', 'class_definition']);
      const skipFn = (n: Node) => n.type === 'function_definition';
      const expected: string[] = [];
      reference(tree.rootNode, types, skipFn, expected);
      expect(walked(tree, types, skipFn)).toEqual(expected);
      expect(expected).not.toContain(`call@${PY.indexOf('h("x")')}`);
      expect(expected).toContain(`call@${PY.indexOf('print(')}`);
    } finally {
      tree.delete();
    }
  });

  it("'stop' ends the walk; findNode returns the first match", () => {
    const tree = parseText('python', PY)!;
    try {
      const calls = new Set(['call']);
      let n = 0;
      forEachNode(tree, calls, () => (++n === 2 ? 'stop' : undefined));
      expect(n).toBe(2);
      expect(findNode(tree.rootNode, new Set(['string']), (s) => s.text.includes('health'))?.text).toBe('"/health"');
      expect(findNode(tree.rootNode, calls, () => false)).toBeUndefined();
    } finally {
      tree.delete();
    }
  });

  it('never visits the MISSING nodes of error recovery', () => {
    const tree = parseText('python', ';await \n}')!; // (expression_statement (MISSING identifier)) ...
    try {
      expect(walked(tree, new Set(['identifier']))).toEqual(['identifier@1']);
    } finally {
      tree.delete();
    }
  });

  it('never visits ERROR nodes, but walks through them', () => {
    const tree = parseText('python', 'def f(:\n  x = g(1\n')!;
    try {
      expect(walked(tree, new Set(['ERROR', 'call', 'identifier']))).toEqual(walked(tree, new Set(['call', 'identifier'])));
      expect(walked(tree, new Set(['identifier'])).length).toBeGreaterThan(0);
    } finally {
      tree.delete();
    }
  });

  it('walks a subtree only, the node itself included', () => {
    const tree = parseText('python', PY)!;
    try {
      const cls = findNode(tree.rootNode, new Set(['class_definition']))!;
      const types = new Set(['class_definition', 'call', 'string']);
      const inside: string[] = [];
      forEachNodeIn(cls, types, (n, t) => void inside.push(`${t}@${n.startIndex}`));
      const expected: string[] = [];
      reference(cls, types, () => false, expected);
      expect(inside).toEqual(expected);
      expect(walked(cls, types)).toEqual(expected);
      expect(inside.some((s) => s.startsWith('string') && Number(s.split('@')[1]) > PY.indexOf('try:'))).toBe(false);
    } finally {
      tree.delete();
    }
  });

  it('shares one index per tree across callers with different types, and forgets it with the tree', () => {
    const tree = parseText('python', PY)!;
    try {
      const a = walked(tree, new Set(['call']));
      const b = walked(tree, new Set(['string', 'call']));
      const c = walked(tree, new Set(['call']));
      expect(c).toEqual(a);
      expect(b.filter((s) => s.startsWith('call@'))).toEqual(a);
      forgetTree(tree);
      expect(walked(tree, new Set(['call']))).toEqual(a);
    } finally {
      tree.delete();
    }
  });

  it('agrees with the recursive walk on arbitrary (often malformed) Python and TypeScript', () => {
    const alphabet = fc.constantFrom('def ', 'class ', '(', ')', ':', '\n', '    ', 'x', '"s"', 'f(', 'import ', 'try:', 'except', '=', ',', '{', '}', '=>', 'function', ';', 'async ', 'await ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), fc.constantFrom<Lang>('python', 'typescript'), (parts, lang) => {
        const tree = parseText(lang, parts.join(''))!;
        try {
          const types = new Set(['call', 'call_expression', 'function_definition', 'class_definition', 'string', 'identifier', 'function', 'arrow_function']);
          const skip = (n: Node) => n.type === 'class_definition' || n.type === 'arrow_function';
          const expected: string[] = [];
          reference(tree.rootNode, types, skip, expected);
          expect(walked(tree, types, skip)).toEqual(expected);
        } finally {
          tree.delete();
        }
      }),
      { numRuns: 150 },
    );
  });
});
