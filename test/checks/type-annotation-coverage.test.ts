import { beforeAll, describe, expect, it } from 'vitest';
import check from '../../src/checks/type-annotation-coverage/index.js';
import { extractFacts } from '../../src/analysis/python/facts.js';
import { extractJsFacts } from '../../src/analysis/js/facts.js';
import { loadGrammars, parseText } from '../../src/syntax/index.js';
import { scanTree } from '../helpers/rule-tester.js';

beforeAll(() => loadGrammars(['python', 'typescript']));

const py = (src: string) => {
  const t = parseText('python', src)!;
  try {
    return extractFacts(t).functions;
  } finally {
    t.delete();
  }
};
const ts = (src: string) => {
  const t = parseText('typescript', src)!;
  try {
    return extractJsFacts(t.rootNode, true).functions;
  } finally {
    t.delete();
  }
};

describe('type annotations counted', () => {
  it('Python: every parameter but self/cls, and the return (not for __init__)', () => {
    expect(py('def f(a: int, b: str = "") -> None: ...')).toEqual({ total: 1, annotated: 1 });
    expect(py('def f(a, b: int) -> int: ...')).toEqual({ total: 1, annotated: 0 });
    expect(py('def f(a: int): ...')).toEqual({ total: 1, annotated: 0 });
    expect(py('def f(*args, **kw) -> None: ...')).toEqual({ total: 1, annotated: 0 });
    expect(py('def f(*args: int, **kw: str) -> None: ...')).toEqual({ total: 1, annotated: 1 });
    expect(py('class A:\n    def __init__(self, x: int): ...\n    @classmethod\n    def m(cls) -> "A": ...\n    async def n(self, y) -> None: ...')).toEqual({ total: 3, annotated: 2 });
    expect(py('def self_is_not_special(self) -> None: ...')).toEqual({ total: 1, annotated: 0 });
  });

  it('TypeScript: explicit any, and implicit any where nothing gives the parameter a type', () => {
    expect(ts('function f(a: number): string { return "" }')).toEqual({ total: 1, typed: 1 });
    expect(ts('function f(a): void {}')).toEqual({ total: 1, typed: 0 });
    expect(ts('function f(a: any) {}')).toEqual({ total: 1, typed: 0 });
    expect(ts('function f(): Promise<any> {}')).toEqual({ total: 1, typed: 0 });
    expect(ts('function f(a = 1) {}')).toEqual({ total: 1, typed: 1 });
    expect(ts('[1].map((x) => x * 2); [1].forEach(function (y) {});')).toEqual({ total: 2, typed: 2 });
    expect(ts('const h: Handler = (req, res) => {};')).toEqual({ total: 1, typed: 1 });
    expect(ts('const g = (a) => a;')).toEqual({ total: 1, typed: 0 });
    expect(ts('class K { m(x: string): void {} n(y) {} }')).toEqual({ total: 2, typed: 1 });
  });
});

const tree = {
  'app/a.py': 'def f(a: int) -> int:\n    return a\n\ndef g(b):\n    return b\n',
  'app/b.ts': 'export function h(x: number): number { return x; }\nexport function k(y) { return y; }\n',
  'tests/test_a.py': 'def test_f():\n    pass\n',
  'src/types.d.ts': 'declare function z(a: any): any;\n',
};

describe('type-annotation-coverage', () => {
  it('is a metric always: total, per language and the worst files, tests excluded', async () => {
    const r = await scanTree([check], tree);
    expect(r.findings).toEqual([]);
    expect(r.metrics.typeAnnotations).toMatchObject({
      percent: 50,
      functions: 4,
      typed: 2,
      untyped: 2,
      files: 2,
      byLanguage: { python: { functions: 2, typed: 1, percent: 50 }, typescript: { functions: 2, typed: 1, percent: 50 } },
      worstFiles: [
        { path: 'app/a.py', functions: 2, typed: 1, percent: 50 },
        { path: 'app/b.ts', functions: 2, typed: 1, percent: 50 },
      ],
    });
  });

  it('is a P0 finding below type-coverage-threshold, and silent at or above it', async () => {
    const below = await scanTree([check], tree, { inputs: { 'type-coverage-threshold': '80' } });
    expect(below.findings.map((f) => [f.ruleId, f.severity, f.location.path])).toEqual([['type-annotation-coverage', 'P0', '.']]);
    expect(below.findings[0]!.message).toContain('50%');
    const met = await scanTree([check], tree, { inputs: { 'type-coverage-threshold': '50' } });
    expect(met.findings).toEqual([]);
  });
});

describe('type annotations in the summary', () => {
  it('renders the total, per language, the threshold and the worst files under Code health', async () => {
    const { renderSummary } = await import('../../src/report/summary.js');
    const r = await scanTree([check], tree, { inputs: { 'type-coverage-threshold': '80' } });
    const md = renderSummary(r);
    expect(md).toContain('### Code health');
    expect(md).toContain('Type annotations: **50%** of 4 functions fully typed (Python 50% of 2, TypeScript 50% of 2), 2 untyped in 2 files; required 80% ❌.');
    expect(md).toContain('| `app/a.py` | 2 | 1 | 50% |');
    expect(md).not.toContain('typeAnnotations ›');
  });
});
