// The fast JS/TS facts (src/analysis/js/lex.ts, fast-facts.ts): what the lexer must not be fooled
// by, and that wherever the fast path answers it says what the tree-sitter path says.
import { beforeAll, describe, expect, it } from 'vitest';
import { computeJsFacts, moduleFacts, type JsFacts } from '../../src/analysis/js/facts.js';
import { lex, Tok } from '../../src/analysis/js/lex.js';
import { loadGrammars } from '../../src/syntax/index.js';
import { SourceFile } from '../../src/workspace/source-file.js';

beforeAll(() => loadGrammars(['javascript', 'typescript', 'tsx']));

function both(code: string, path: string): { fast: JsFacts | null | undefined; tree: JsFacts | null | undefined } {
  const a = SourceFile.fromBytes(path, Buffer.from(code, 'utf8'));
  const b = SourceFile.fromBytes(path, Buffer.from(code, 'utf8'));
  try {
    return { fast: computeJsFacts(a, 'fast'), tree: computeJsFacts(b, 'tree') };
  } finally {
    a.dispose();
    b.dispose();
  }
}

/** The fast facts, which must be there and equal the tree-sitter ones. */
function fast(code: string, path = 'x.ts'): JsFacts {
  const { fast, tree } = both(code, path);
  expect(fast).toBeDefined();
  expect(fast).toEqual(tree);
  return fast!;
}

const specs = (f: JsFacts) => f.imports.map((i) => i.spec);

/** The fast facts alone (for inputs the tree-sitter path is slow on). */
function fastOnly(code: string, path: string): JsFacts | null | undefined {
  const f = SourceFile.fromBytes(path, Buffer.from(code, 'utf8'));
  try {
    return computeJsFacts(f, 'fast');
  } finally {
    f.dispose();
  }
}

describe('lexer: regular expressions and division', () => {
  const kinds = (code: string) => {
    const t = lex(code, false, false);
    return t && [...t.kind.slice(0, t.count)];
  };

  it('reads a / b / c as two divisions', () => {
    expect(kinds('a / b / c')).toEqual([Tok.Ident, Tok.Punct, Tok.Ident, Tok.Punct, Tok.Ident]);
    expect(specs(fast('const x = a / b / c; require("y");', 'x.js'))).toEqual(['y']);
  });

  it('reads x = /re/g as a regex, quotes and slashes in it included', () => {
    expect(kinds('x = /re/g')).toEqual([Tok.Ident, Tok.Punct, Tok.Regex]);
    expect(specs(fast('x = /[\'"/]\\/require("no")/g; require("yes");', 'x.js'))).toEqual(['yes']);
  });

  it('reads / after ) as division, except after an if or while head', () => {
    expect(kinds('(a) / 2')).toEqual([Tok.Punct, Tok.Ident, Tok.Punct, Tok.Punct, Tok.Number]);
    expect(kinds('if (a) /x/.test(b)')).toContain(Tok.Regex);
    expect(specs(fast('if (a) /"/.test(b); require("y");', 'x.js'))).toEqual(['y']);
  });

  it('falls back where } precedes / (a block or an object: only a parser knows)', () => {
    expect(lex('function f() {}\n/x/.test(y)', false, false)).toBeUndefined();
    expect(both('const o = {}\n/ 2 / require("a")', 'x.js').fast).toBeUndefined();
  });

  it('reads a property named like a keyword as an operand', () => {
    expect(kinds('x.return / 2')).toEqual([Tok.Ident, Tok.Punct, Tok.Ident, Tok.Punct, Tok.Number]);
  });
});

describe('lexer: strings, comments and templates', () => {
  it('finds no import in comments or strings', () => {
    const f = fast('// require("a")\n/* import("b") */\nconst s = "require(\'c\')";\nconst t = \'import d from "d"\';\n', 'x.js');
    expect(f.imports).toEqual([]);
  });

  it('follows templates nested in substitutions', () => {
    const f = fast('const t = `a ${`b ${require("c")} }` + "`"} ${x}`;\nrequire("d");', 'x.js');
    expect(specs(f)).toEqual(['c', 'd']);
  });

  it('takes dynamic import of a template without ${} and not with one', () => {
    const f = fast('import(`./a`);\nimport(`./${b}`);\nrequire(`c`);', 'x.js');
    expect(specs(f)).toEqual(['./a', 'c']);
  });

  it('reads JSX attribute text as text: // in href is no comment', () => {
    const f = fast('const a = <a href="//x" title="it\'s">don\'t {require("b")}</a>;\nrequire("c");', 'x.jsx');
    expect(specs(f)).toEqual(['b', 'c']);
  });

  it('reads type arguments of a tsx element as types', () => {
    const f = fast('import { Row } from "./row";\nimport { List } from "./list";\nconst e = <List<Row> items={[]} render={(r) => r} />;', 'x.tsx');
    expect(f.imports.map((i) => i.typeUsesOnly)).toEqual([true, undefined]);
    expect(f.functions).toEqual({ total: 1, typed: 1 });
  });

  it('gives up on runaway guesses without failing', () => {
    expect(() => fastOnly(`x = ${'a<'.repeat(20000)}b;`, 'x.ts')).not.toThrow();
    expect(() => fastOnly(`x = ${'(a): b => c ? '.repeat(5000)}1${' : 2'.repeat(5000)};`, 'x.ts')).not.toThrow();
  });

  it('reads an element with blanks after its <', () => {
    expect(specs(fast('const e = < React.Fragment >{require("a")}</React.Fragment>;', 'x.tsx'))).toEqual(['a']);
  });

  it('tells a tsx generic arrow from an element', () => {
    const f = fast('const id = <T,>(x: T): T => x;\nconst e = <div>{`</div>`}</div>;\nimport("y");', 'x.tsx');
    expect(specs(f)).toEqual(['y']);
  });

  it('joins > tokens into shifts and shift assignments where they touch', () => {
    const f = fast('let x = 1; x >>= 1; x >>>= 2; const z = x >> 1 >>> 2 >= 3 > 0;\nrequire("a");', 'x.ts');
    expect(specs(f)).toEqual(['a']);
    expect(f.functions).toEqual({ total: 0, typed: 0 });
  });

  it('tells function types from parenthesised types before an arrow', () => {
    const code = 'type F = ({ a }: P) => void;\ntype G = ([b]: Q, ...c: R[]) => void;\nconst s = (cb: () => void): (() => void) => cb;\nconst t = (x: number): (A | B) => x;';
    expect(fast(code).functions).toEqual({ total: 2, typed: 2 });
  });

  it('reads instantiation expressions and type arguments before a tagged template', () => {
    const code = 'import { A } from "a";\nimport { B } from "b";\nconst s = useState(empty<X>);\nconst D = styled.div<{ dark: boolean }>`color: ${(p) => p.c};`;\nnew A();\nlet b: B;';
    const f = fast(code, 'x.tsx');
    expect(f.imports.map((i) => i.typeUsesOnly)).toEqual([undefined, true]);
    // an imported name between the < and > of a tagged template: type or value, tree-sitter decides case by case
    expect(both('import { P } from "p";\nconst D = styled.div<P>`x`;', 'x.tsx').fast).toBeUndefined();
  });

  it('reads TypeScript generics and types without taking > for an operator', () => {
    const f = fast('const m: Map<string, Array<Set<number>>> = new Map<string, Array<Set<number>>>();\nif (a < b && c > d) require("e");', 'x.ts');
    expect(f.imports).toEqual([{ spec: 'e', line: 2, column: 29, typeOnly: false, guarded: true }]);
  });
});

describe('lexer: near misses', () => {
  it('reads a slash in a regex class, a brace in a substitution string and a backtick in a comment', () => {
    const code = 'const r = /[/]"/; const t = `${"}"}${\'`\'}`; /* ` */ const d = a[0] / 2 / 1; require("x");';
    expect(specs(fast(code, 'x.js'))).toEqual(['x']);
  });

  it('tells ?. from a ternary before a number', () => {
    expect(specs(fast('const v = a?.5:1; const w = a?.b; require("y");', 'x.js'))).toEqual(['y']);
  });

  it('gives up on nesting deeper than any real file, without a stack overflow', () => {
    const deep = `${'('.repeat(20000)}require("x")${')'.repeat(20000)}`;
    expect(fastOnly(deep, 'x.js')).toBeUndefined();
    expect(fastOnly(`${'`${'.repeat(5000)}x${'}`'.repeat(5000)}`, 'x.js')).toBeUndefined();
    expect(fastOnly(`${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}`, 'x.jsx')).toBeUndefined();
  });

  it('falls back on unbalanced brackets and unterminated literals', () => {
    for (const code of ['x = "a', 'x = `a${b', '/* x', 'x = /a', 'f())']) expect(lex(code, true, false)).toBeUndefined();
    for (const code of ['f(', 'a[1}', 'x = {']) expect(fastOnly(code, 'x.js')).toBeUndefined();
  });
});

describe('templates and components', () => {
  it('marks a template tag line outside strings and comments, not one inside them', () => {
    const inside = fast('const s = `\n{% for x in y %}\n`;\n/*\n{% endfor %}\n*/\nrequire("a");', 'x.js');
    expect(inside.template).toBeUndefined();
    // in code a tag line is a syntax error: tree-sitter recovers, the fast path does not answer
    const code = 'import a from "a";\n{% if x %}\nrequire("b");\n';
    expect(both(code, 'x.js').fast).toBeUndefined();
    expect(both(code, 'x.js').tree?.template).toBe(true);
  });

  it('reads the script blocks of a Vue component as the tree does', () => {
    const vue = '<template><a href="//x">{{ a }}</a></template>\n<script setup lang="ts">\nimport { ref } from "vue";\nimport type { P } from "./p";\nconst n = ref<P>(1);\n</script>\n';
    const a = SourceFile.fromBytes('c.vue', Buffer.from(vue));
    const b = SourceFile.fromBytes('c.vue', Buffer.from(vue));
    const f = moduleFacts(a, 'fast');
    expect(f).toBeDefined();
    expect(f).toEqual(moduleFacts(b, 'tree'));
    expect(f!.imports.map((i) => [i.spec, i.line, i.typeOnly])).toEqual([['vue', 3, false], ['./p', 4, true]]);
    a.dispose();
    b.dispose();
  });
});

describe('imports', () => {
  it('marks import type and export type as type-only', () => {
    const f = fast('import type { A } from "a";\nimport type B from "b";\nexport type { C } from "c";\nimport D from "d";', 'x.ts');
    expect(f.imports.map((i) => [i.spec, i.typeOnly])).toEqual([['a', true], ['b', true], ['c', true], ['d', false]]);
  });

  it('marks import {type A} type-only only when every specifier is a type', () => {
    const f = fast('import { type A, type B } from "a";\nimport { type C, D } from "c";\nimport E, { type F } from "e";\nexport { type G } from "g";', 'x.ts');
    expect(f.imports.map((i) => [i.spec, i.typeOnly])).toEqual([['a', true], ['c', false], ['e', false], ['g', true]]);
  });

  it('marks require in try, if and ternary as guarded, not in a function inside them', () => {
    const code = [
      'try { require("a"); } catch { require("b"); }',
      'if (x) require("c"); else { require("d"); }',
      'const e = x ? require("e") : null;',
      'const f = require("f") ? 1 : 2;',
      'try { const g = () => require("g"); } catch {}',
      'require("h");',
      'if (require("i")) {}',
    ].join('\n');
    const f = fast(code, 'x.js');
    expect(f.imports.map((i) => [i.spec, i.guarded])).toEqual([
      ['a', true], ['b', true], ['c', true], ['d', true], ['e', true], ['f', true], ['g', false], ['h', false], ['i', true],
    ]);
  });

  it('reads import x = require() and export from', () => {
    const f = fast('import fs = require("fs");\nimport A = B.C;\nexport * from "star";\nexport * as ns from "ns";\nexport { x } from "x";', 'x.ts');
    expect(specs(f)).toEqual(['fs', 'star', 'ns', 'x']);
  });

  it('takes require.resolve and optional calls, not members named require nor a comment first', () => {
    const f = fast('require.resolve("a");\nfoo.require("b");\nrequire . resolve("c");\nrequire(/* c */ "d");\nrequire("e" + f);\nnew require("g");\nrequire?.("h");', 'x.js');
    expect(specs(f)).toEqual(['a', 'h']);
  });

  it('takes import() in a type query, as the tree does', () => {
    expect(specs(fast('let x: typeof import("./a");\ntype T = import("./b").B;\nlet p: Promise<typeof import("./c")>;', 'x.ts'))).toEqual(['./a', './b', './c']);
  });

  it('takes no load from export import, as the tree does', () => {
    expect(fast('export import A = B.C;\nexport import d = require("d");', 'x.ts').imports).toEqual([]);
  });

  it('keeps lines and columns of the specifier, astral characters counted as two', () => {
    const f = fast('const s = "😀";   import("a");\n\n  require("b");', 'x.js');
    expect(f.imports.map((i) => [i.line, i.column])).toEqual([[1, 26], [3, 11]]);
  });

  it('falls back on escapes in a specifier and on import attributes', () => {
    expect(both('require("a\\x62");', 'x.js').fast).toBeUndefined();
    expect(both('import j from "./j.json" with { type: "json" };', 'x.js').fast).toBeUndefined();
  });
});

describe('TypeScript functions and type-only imports', () => {
  it('counts typed functions as the tree does', () => {
    const code = [
      'function a(x) {}', // untyped
      'function b(x: number): void {}',
      'function c(x: any) {}', // any
      'const d = (x) => x;', // untyped, no context
      'const e: (x: number) => number = (x) => x;', // contextual
      '[1].map((x) => x);', // contextual
      'const f = { g(x: string) {}, h: (y) => y };',
      'class K { m(x = 1) {} n = (z) => z; o(): any { return 1; } }',
      'function p(this: Window, ...rest: unknown[]) {}',
      'function q(x: number): void;',
    ].join('\n');
    const f = fast(code);
    expect(f.functions).toEqual({ total: 12, typed: 7 });
  });

  it('sets typeUsesOnly when the bindings are used only as types', () => {
    const f = fast('import { A } from "a";\nimport { B } from "b";\nimport * as ns from "n";\nlet x: A;\nnew B();\nlet y: ns.T;\n// B as a type: B\n', 'x.ts');
    expect(f.imports.map((i) => [i.spec, i.typeUsesOnly])).toEqual([['a', true], ['b', undefined], ['n', true]]);
  });

  it('takes a name in typeof as a value and a class named like an import as a type', () => {
    const f = fast('import { A } from "a";\nimport { B } from "b";\ntype T = typeof A;\nlet b: B;\nconst o = { B: 1 };\n', 'x.ts');
    expect(f.imports.map((i) => [i.spec, i.typeUsesOnly])).toEqual([['a', undefined], ['b', true]]);
  });
});

describe('mixed constructs', () => {
  const cases: Record<string, string> = {
    'a.ts': "import { A, B } from \"a\";\nexport class K<T extends A> implements B { private x?: A; static y: B = new B(); constructor(private readonly a: A, public b = 1) { super(); } get v(): A { return this.x!; } set v(z) {} async *gen() { yield* []; } }\n",
    'b.ts': "import X from \"x\";\nimport * as ns from \"ns\";\nlet a: ns.A.B.C;\nfunction f(this: X, a?: number, ...r: any[]): asserts a is number {}\nconst g = function* () {};\nconst h = async function named(q) {};\nlabel: for (const k in obj) { if (k) continue label; else break; }\n",
    'c.ts': "import { T } from \"t\";\nconst x = a ? (b): T => b : c;\nconst y = a ? (b) : c;\nconst z = <T,>(v: T) => v;\ntype F = new (...a: T[]) => T;\ntype G = abstract new () => object;\n",
    'd.tsx': "import { P } from \"p\";\nexport default function App({ p }: { p: P }) {\n  return <>\n    <div className=\"x\" onClick={() => 1} {...p}>text's {p ? <b/> : null}</div>\n    <svg:rect xlink:href=\"#a\" />\n  </>;\n}\n",
    'e.js': "const a = require(\"a\"), b = cond ? require(\"b\") : require(\"c\");\nmodule.exports = { f() { try { return require(\"d\"); } finally {} }, g: () => require(\"e\") };\nif (x) { const { y } = require(\"f\"); } else if (z) require(\"g\"); else { require(\"h\") }\nswitch (v) { case 1: require(\"i\"); }\nexport default class { static { require(\"j\"); } }\n",
    'f.ts': "enum E { A = 1, B = A << 2, C = \"c\".length }\ndeclare module \"m\" { export function f(x: string): void; }\ndeclare global { interface Window { y: number } }\nnamespace N.M { export const z = 1; }\nabstract class Q { abstract m(): void; protected abstract n: number; }\nlet u: unique symbol; let v: readonly string[]; let w: [a: string, b?: number, ...c: boolean[]];\ntype M<T> = { readonly [K in keyof T as `get${string & K}`]-?: () => T[K] };\ntype C<T> = T extends (infer U)[] ? U : never;\n",
    'g.ts': "import { Foo } from \"./foo\";\nexport const fn = (x: Foo, y = Foo.bar) => x;\nexport function over(a: string): void;\nexport function over(a: any) {}\nconst o = { m(a) {}, n: function (b) {}, p: (c) => c, [k]: (d) => d, async *q(e) {} };\narr.forEach(function (x) {}); arr.map((y): any => y);\nconst t: Handler = (req, res) => {};\nlet v: Fn; v = (a) => a;\nclass C { h: Handler = (a) => a; k = (b) => b; }\n",
    'h.mjs': "import a, { b as c } from \"./a.mjs\";\nexport * from \"./b.mjs\";\nexport { d } from \"./d.mjs\";\nconst e = await import(\"./e.mjs\");\nconst f = import.meta.url;\nconst g = `${import.meta.dirname}/x`;\nlabel: { break label; }\n",
    'i.cjs': "#!/usr/bin/env node\n\"use strict\";\nconst path = require(\"node:path\");\nvar re = /[/\\]]+/g, div = 4 / 2 / 1;\nfor (var i = 0, n = a.length; i < n; i++) {}\ndo x++; while (x < 10)\nconst obj = { get: 1, set: 2, async: 3, static: 4, of: 5 };\nfunction* gen() { yield; yield 1; }\n",
    'j.ts': "import type { A } from \"a\";\nimport { type B, C } from \"b\";\nimport D = require(\"d\");\nexport type { E } from \"e\";\nexport { type F, G } from \"f\";\nexport * as H from \"h\";\nlet x: A | B = C as unknown as B satisfies B;\nlet y = <const T,>(t: T) => t;\nlet z = obj!.a!.b?.c!;\nconst w = x! as any;\n",
    'k.js': "let a = b\n(c || d).e()\nlet f = g\n[1, 2].forEach(h)\nconst i = j\n++k\nconst l = m\n/re/g.test(n) ? require(\"o\") : 0\n",
    'l.ts': "const a = b\n<T>(c)\nx\nas\ny\nlet r = async\nfunction q() {}\n",
    'n.ts': "class A {\n  a = 1\n  ['b'] = 2\n  static\n  c() {}\n  get\n  d() {}\n  e?(): void\n  declare f: string\n}\n",
    'o.tsx': "const a = <T extends object>(x: T) => x;\nconst b = (x: number) => <div>{x > 1 ? \"a\" : \"b\"}</div>;\nconst c = cond && <A<B> c={(d) => d} />;\nconst d = <div>{/* comment */}</div>;\n",
    'p.ts': "function f(a = require(\"x\")) { if (a) { const b = () => require(\"y\"); return require(\"z\") } }\nconst g = typeof require === \"function\" ? require(\"w\") : null;\nexport default (x: number) => require(\"v\");\n",
    'q.js': "a = b\n/ c / d\ne = `${f}` / 2\ng = x.return / 2 / 1\nh = (1) / 2 / (3)\n",
  };
  for (const [name, code] of Object.entries(cases)) {
    it(`gives the facts of the tree for ${name}`, () => {
      fast(code, name);
    });
  }
});
