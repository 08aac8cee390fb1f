import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fastPythonFacts, treePythonFacts } from '../../src/analysis/python/facts.js';
import { lexPython, Tok } from '../../src/analysis/python/lex.js';
import { extractRoutes, PYTHON_VOCABULARY } from '../../src/analysis/routes/extract.js';
import { fastPythonRoutes } from '../../src/analysis/routes/fast-python.js';
import { loadGrammars, parseText } from '../../src/syntax/index.js';
import { SourceFile } from '../../src/workspace/source-file.js';

/** More runs and other seeds locally: PY_LEXER_RUNS=50000 PY_LEXER_SEED=7 npx vitest run test/analysis/python-lexer.test.ts */
const RUNS = Number(process.env.PY_LEXER_RUNS ?? 2500);
const SEED = Number(process.env.PY_LEXER_SEED ?? 14);

/** The route facts from the tokens and from the tree agree (or the tokens decline). */
function sameRoutes(text: string): void {
  const f = SourceFile.fromText('app/x.py', text);
  const fast = fastPythonRoutes(f, PYTHON_VOCABULARY);
  f.dispose();
  if (!fast) return;
  const tree = parseText('python', text)!;
  try {
    expect(JSON.stringify(fast), text).toBe(JSON.stringify(extractRoutes('python', tree.rootNode)));
  } finally {
    tree.delete();
  }
}

/** The tree facts of a text, as JSON. */
function treeFacts(text: string): string {
  const tree = parseText('python', text)!;
  try {
    return JSON.stringify(treePythonFacts(text, tree));
  } finally {
    tree.delete();
  }
}

/** Lines of real and broken Python: random layouts of them must never make the two paths disagree. */
const LINES = [
  'import a',
  'import a.b as c, d',
  'from . import x',
  'from ..a import (b,',
  '  c)',
  'from a import *',
  'from __future__ import annotations',
  'if TYPE_CHECKING:',
  'if sys.version_info >= (3, 8):',
  'if __name__ == "__main__":',
  'if FLAG:',
  'elif sys.platform == "win32":',
  'else:',
  'try:',
  'except ImportError:',
  'except:',
  'except:  # ImportError',
  'except:  # noqa',
  'except Exception as e:',
  'except (A, B), e:',
  'except A, B:',
  'except* ValueError:',
  'finally:',
  'def f(self, a: int) -> None:',
  'def __init__(self, x: int):',
  'def g(  # c',
  '    self, *, b: int = 1, **kw: str) -> int:',
  'async def h(cls, *args):',
  'class A:',
  'class B(Base, metaclass=M):',
  '@deco(1)',
  '# import commented',
  'x = "import not # a comment"',
  "s = '''",
  'import inside_string',
  "'''",
  'raise X, "m"',
  'raise X from e',
  'print("x")',
  'print "x"',
  'exec code in ns',
  'pass',
  'x = (1,',
  '  2)',
  'y = f"{a["b"]}/{c!r:>{w}}"',
  "z = rb'\\x' + u'\\''",
  '{% if x %}',
  '    {% endif %}',
  'q = "{% tag %}"',
  'x = 1 + \\',
  '  2',
  'if a: import b',
  'try: import c',
  'x = 1; import d',
  'match x:',
  'case 1:',
  'case _: import e',
  'while x:',
  'for i in y: pass',
  'with open(p) as f:',
  'return x',
  'lambda: 1',
  'def k(a=1):',
  'def m(self):',
  'sys.path.insert(0, ".")',
  'x = `y`',
  'if x <> y:',
  '\tpass',
  'é = "ü"',
  'x = 0777L',
  'from .{{ v }} import c',
  // Broken lines: tree-sitter recovers around them in its own ways.
  'a b',
  'x = = 1',
  ')',
  'def',
  'import',
  'from x',
  'x = [1,',
  'foo(import y)',
  'else: import z',
  'return import w',
  'x: int = 1',
  'type X = int',
  'from . util import x',
  'from . . a . b import c',
  'import a . b',
  'except A, b.c:',
  'yield from x',
  'y = [a async for a in b if a is not None]',
  'def t[T](x: T) -> T:',
  'if type is not None:',
  'd.get("key")',
  'd.get("/x")',
  'd.get(key, "/y")',
  'x = ["/a", b"/b", f"/c{{d}}", "/e" "/f"]',
  'app = FastAPI()',
  '@router.get("/health")',
  'from fastapi import APIRouter',
  'import flask',
];

const SIMPLE = LINES.filter((l) => !l.endsWith(':') && !/^\s|^[)'{]|^ {2}|^case|^else|^elif|^except|^finally/.test(l));
const HEADERS = [
  'if TYPE_CHECKING:',
  'if sys.version_info >= (3, 8):',
  'if __name__ == "__main__":',
  'if FLAG:',
  'if (a and  # sys.platform',
  '    b):',
  'while x:',
  'for i in y:',
  'with open(p) as f:',
  'class A:',
  'class B(Base):',
  'def f(self, a: int) -> None:',
  'def __init__(self, x: int):',
  'def m(self):',
  'async def h(cls, *args):',
  'def g(  # c',
  '    self, *, b: int = 1, **kw: str) -> int:',
];
const CLAUSES: Record<string, string[]> = {
  if: ['elif sys.platform == "win32":', 'elif X:', 'else:'],
  try: ['except ImportError:', 'except:', 'except:  # ImportError', 'except:  # noqa', 'except Exception as e:', 'except (A, B), e:', 'except A, B:', 'except* ValueError:', 'else:', 'finally:'],
};

/** A program from a stream of numbers: nested blocks with correct indentation, some lines broken on purpose. */
function program(seed: number[], broken: boolean): string {
  let p = 0;
  const next = (n: number) => (seed.length === 0 ? 0 : seed[p++ % seed.length]! % n);
  const out: string[] = [];
  const block = (depth: number, budget: number) => {
    const count = 1 + next(3);
    for (let s = 0; s < count; s++) {
      const pad = '    '.repeat(depth);
      const r = next(10);
      if (r < 5 || depth >= 4 || budget <= 0) {
        out.push(pad + SIMPLE[next(SIMPLE.length)]!);
      } else if (r === 7) {
        out.push(pad + 'match command:');
        const n = 1 + next(2);
        for (let c = 0; c < n; c++) {
          out.push(pad + '    ' + ['case 1:', 'case {"a": [b, *rest]} if b:', 'case Point(x=0) | None:', 'case _:'][next(4)]!);
          block(depth + 2, budget - 1);
        }
      } else if (r < 8) {
        const h = HEADERS[next(HEADERS.length)]!;
        if (/^(async )?def|^class/.test(h) && next(3) === 0) out.push(pad + '@decorator(1)');
        out.push(pad + h);
        if (h.endsWith('# c')) out.push(pad + HEADERS[HEADERS.indexOf(h) + 1]!);
        if (h.endsWith('sys.platform')) out.push(pad + '    b):');
        block(depth + 1, budget - 1);
        if (h.startsWith('if') && next(2) === 0) {
          out.push(pad + CLAUSES.if![next(3)]!);
          block(depth + 1, budget - 1);
        }
      } else {
        out.push(pad + 'try:');
        block(depth + 1, budget - 1);
        const n = 1 + next(2);
        for (let c = 0; c < n; c++) {
          out.push(pad + CLAUSES.try![next(8)]!);
          block(depth + 1, budget - 1);
        }
      }
      if (next(12) === 0) out.push(pad + '# a comment');
      if (broken && next(8) === 0) out.push('    '.repeat(next(3)) + LINES[next(LINES.length)]!);
    }
  };
  block(0, 4);
  return out.join('\n') + '\n';
}

/** The texts of the top-level tokens, with NEWLINE/INDENT/DEDENT spelled out. */
function tokens(text: string): string[] | undefined {
  const lx = lexPython(text);
  if (!lx) return undefined;
  return lx.kinds.map((k, i) => (k === Tok.Newline ? 'NL' : k === Tok.Indent ? 'IN' : k === Tok.Dedent ? 'DE' : text.slice(lx.starts[i], lx.ends[i])));
}

const facts = (text: string) => fastPythonFacts(text);

describe('python lexer: tokens', () => {
  it('joins lines inside brackets and after a backslash, and indents by logical lines', () => {
    expect(tokens('x = (1,\n  2)\nif a:\n    y = 1 + \\\n  2\n  # dedented comment\n# another\n    z\nw\n')).toEqual(
      ['x', '=', '(', '1', ',', '2', ')', 'NL', 'if', 'a', ':', 'NL', 'IN', 'y', '=', '1', '+', '2', 'NL', 'z', 'NL', 'DE', 'w', 'NL'],
    );
  });

  it('reads every string form as one token: prefixes, triple quotes, escapes, f-strings with nested quotes and braces', () => {
    const parts = [`rb'\\\\'`, `u"\\""`, `'''x\n'' " y'''`, `f"{x["k"]}{{}}{y!r:>{w}}"`, `Rf'\\}}'`, `f'''{a\n+ b}'''`, `f"{x=}"`];
    const src = parts.map((p, i) => `v${i} = ${p}`).join('\n') + '\n';
    const lx = lexPython(src)!;
    expect(lx.strings.filter((s) => !s.nested).map((s) => src.slice(s.start, s.end))).toEqual(parts);
    // Strings inside interpolations are recorded too, marked nested.
    expect(lx.strings.filter((s) => s.nested).map((s) => src.slice(s.start, s.end))).toEqual(['"k"']);
  });

  it('keeps comment-like and import-like text inside strings out of the code', () => {
    expect(tokens('s = "# not a comment" # a comment\n')).toEqual(['s', '=', '"# not a comment"', 'NL']);
    expect(facts('"""\nimport fake\n"""\nimport real\n')!.imports.map((i) => i.module)).toEqual(['real']);
    expect(facts("x = '''\n  from fake import y\n'''  # from fake2 import z\n")!.imports).toEqual([]);
  });

  it('falls back on what it does not model with certainty', () => {
    for (const src of [
      'x = `y`\n', // Python 2 repr: tree-sitter reads a string
      'if x <> y: pass\n',
      'x = $y\n',
      'x = "unterminated\n',
      'x = (1,\n',
      'x = (1]\n',
      'if a:\n        b\n    c\n', // dedent to a level never opened
      'if a:\n\tb\nif c:\n    d\n', // tabs and spaces
      'x = 1\ry = 2\n', // a lone CR
      '    x = 1\n', // first statement indented
      'x = f"{a # c}"\n',
      'x = f"{\\n}"\n',
      'x = f"{}"\n',
      'x = f"}"\n',
      'x = f"\\N{DASH}"\n',
      'x = f"{% if x %}"\n',
      'x = bu"x"\n',
      'x = 1if y else 2\n',
    ]) {
      expect(lexPython(src), JSON.stringify(src)).toBeUndefined();
    }
  });

  it('bounds nesting of f-strings and brackets', () => {
    expect(lexPython('x = ' + 'f"{'.repeat(12) + '1' + '}"'.repeat(12) + '\n')).toBeUndefined();
    expect(lexPython('x = ' + '('.repeat(500) + ')'.repeat(500) + '\n')).toBeUndefined();
    expect(lexPython('x = ' + 'f"{'.repeat(3) + '1' + '}"'.repeat(3) + '\n')).toBeDefined();
  });
});

describe('python facts from tokens', () => {
  beforeAll(() => loadGrammars(['python']));

  it('reads imports with their position, level, names, and the regions that guard them', () => {
    const src = [
      'import a.b as c, d',
      'from ..x.y import (p,',
      '    q as r,)',
      'from . import *',
      'from __future__ import annotations',
      'try:',
      '    import ujson',
      'except ImportError:',
      '    import json',
      'if TYPE_CHECKING:',
      '    from t import T',
      'elif FLAG:',
      '    import e',
      'if FLAG: import f',
      'if __name__ == "__main__":',
      '    import m',
      'else:',
      '    import n',
      'x = 1; import s',
    ].join('\n') + '\n';
    const got = facts(src)!.imports.map((i) => `${i.line}:${i.column} ${'.'.repeat(i.level)}${i.module}${i.from ? ` [${i.names.join(',')}]` : ''}${i.guarded ? ' guarded' : ''}${i.conditional ? ' conditional' : ''}`);
    expect(got).toEqual([
      '1:1 a.b',
      '1:1 d',
      '2:1 ..x.y [p,q]',
      '4:1 . [*]',
      '7:5 ujson guarded',
      '9:5 json',
      '11:5 t [T] guarded',
      '13:5 e guarded', // elif: the whole if statement is the region, its first condition decides
      '14:10 f conditional',
      '16:5 m',
      '18:5 n',
      '19:8 s',
    ]);
    expect(JSON.stringify(facts(src))).toBe(treeFacts(src));
  });

  it('an except clause without a class catches everything, unless a comment stands first (as tree-sitter places it)', () => {
    const guarded = (except: string) => {
      const src = `try:\n    import a\n${except}\n    pass\n`;
      expect(JSON.stringify(facts(src))).toBe(treeFacts(src));
      return facts(src)!.imports[0]!.guarded;
    };
    expect(guarded('except:')).toBe(true);
    expect(guarded('except:  # noqa')).toBe(false);
    expect(guarded('except:  # ImportError is fine')).toBe(true);
    expect(guarded('except (ValueError, ImportError) as e:')).toBe(true);
    expect(guarded('except ValueError:')).toBe(false);
    expect(guarded('except* ModuleNotFoundError:')).toBe(true);
  });

  it('counts functions and judges annotations as mypy does, self and cls only as the first parameter of a method', () => {
    const src = [
      'def f(a: int) -> int: pass',
      'async def g(a, b: int) -> None: pass',
      'class A:',
      '    def m(self, x: int) -> None: pass',
      '    @staticmethod',
      '    def s(self) -> None: pass',
      '    def __init__(self, *, k: int = 1, **kw: str): pass',
      '    def c(  # comment first',
      '        self) -> None: pass',
      '    if X:',
      '        def n(self) -> None: pass',
      'def top(self) -> None: pass',
      'def d(a=1) -> None: pass',
      'def t[T](x: T) -> T: pass',
      'h = lambda x: x',
    ].join('\n') + '\n';
    // Annotated: f, m, s (a decorated method), __init__, t; not g, c (a comment is its first child), n, top, d.
    expect(facts(src)!.functions).toEqual({ total: 10, annotated: 5 });
    expect(JSON.stringify(facts(src))).toBe(treeFacts(src));
  });

  it('names the first Python 2 shape, and leaves print and exec statements to the tree', () => {
    expect(facts('try:\n    pass\nexcept ValueError, e:\n    raise X, "m"\n')!.python2).toBe('`except E, e:`');
    expect(facts('raise X, "m"\n')!.python2).toBe('`raise X, msg`');
    expect(facts('try:\n    pass\nexcept ValueError, KeyError:\n    raise X(1, 2)\n')!.python2).toBeUndefined();
    expect(facts('print "x"\n')).toBeUndefined();
    expect(facts('exec code in ns\n')).toBeUndefined();
    expect(facts('print("x")\nexec(code)\n')!.python2).toBeUndefined();
  });

  it('a template tag line in code or an f-string falls back; in a comment or a plain string it is inert', () => {
    expect(facts('{% if x %}\nimport a\n{% endif %}\n')).toBeUndefined();
    expect(facts('x = f"""\n{% if x %}\n"""\n')).toBeUndefined();
    expect(facts('from .{{ version }} import c\n')).toBeUndefined();
    expect(facts('"""\n{% if x %}\n"""\n# {% endif %}\nimport a\n')!.template).toBeUndefined();
  });

  it('falls back where tree-sitter recovers from an error in its own way', () => {
    for (const src of ['case _: import e\n', 'a b\nimport c\n', 'x = = 1\n', 'import\n', 'from x\n', 'foo(import y)\n', 'else:\n    import z\n', 'if x:\nimport y\n', 'def f((a, b)): pass\n', 'import a,\n', 'x = 1 + \\\ny = 2\n', 'f(x) = 1\n', 'x: int = y = 1\n', 'a, b += 1\n']) {
      expect(facts(src), JSON.stringify(src)).toBeUndefined();
    }
  });
});

describe('python lexer: differential', () => {
  beforeAll(() => loadGrammars(['python']));

  it('agrees with the tree facts on random layouts of real and broken lines', { timeout: 900_000 }, () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.constantFrom(...LINES)), { minLength: 1, maxLength: 14 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.map(([d, l]) => '    '.repeat(d) + l).join(eol) + eol;
        const fast = fastPythonFacts(text);
        if (!fast) return;
        answered++;
        expect(JSON.stringify(fast), text).toBe(treeFacts(text));
        sameRoutes(text);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(answered).toBeGreaterThan(RUNS / 100);
  });

  it('agrees with the tree facts after arbitrary (often malformed) strings and f-strings', { timeout: 900_000 }, () => {
    const piece = fc.constantFrom('a', '/', ' ', '\\', '\\n', '\\\n', '\n', '"', "'", '{', '}', '{{', '}}', '{x}', '{x!r}', '{x:>{w}}', '{a["b"]}', "{a['b']}", '{x=}', '{ {1: 2}[1] }', '#', '\\N{DASH}', '\\{', '\r\n', '{% if x %}', '\n{% endif %}\n', 'import z', 'é');
    const prefix = fc.constantFrom('', 'r', 'b', 'u', 'R', 'rb', 'Br', 'f', 'rf', 'F', 'fR', 'ur', 'bu');
    const quote = fc.constantFrom('"', "'", '"""', "'''");
    let answered = 0;
    fc.assert(
      fc.property(prefix, quote, fc.array(piece, { maxLength: 10 }), fc.boolean(), (p, q, parts, close) => {
        const text = `import a\nx = ${p}${q}${parts.join('')}${close ? q : ''}\nimport b\n# {% tag %}\nimport c\n`;
        const fast = fastPythonFacts(text);
        if (!fast) return;
        answered++;
        expect(JSON.stringify(fast), text).toBe(treeFacts(text));
        sameRoutes(text);
      }),
      { numRuns: RUNS * 4, seed: SEED },
    );
    expect(answered).toBeGreaterThan(RUNS / 2);
  });

  it('agrees with the tree facts on generated programs, valid and broken', { timeout: 900_000 }, () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 60 }), fc.boolean(), (seed, broken) => {
        const text = program(seed, broken);
        const fast = fastPythonFacts(text);
        if (!fast) return;
        answered++;
        expect(JSON.stringify(fast), text).toBe(treeFacts(text));
        sameRoutes(text);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(answered).toBeGreaterThan(RUNS / 10);
  });
});
