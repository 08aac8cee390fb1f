import { describe, expect, it } from 'vitest';
import { parseBuildLog, type Diagnostic } from '../../src/formats/build-logs/index.js';
import { chunked, fixture } from './helpers.js';

async function diags(name: string): Promise<Array<Partial<Diagnostic>>> {
  const r = await parseBuildLog(chunked(fixture(`build-logs/${name}`), 11));
  if (!r.ok) throw new Error(r.error);
  return r.value.diagnostics.map((d) => ({ file: d.file, line: d.line, column: d.column, severity: d.severity, code: d.code, tool: d.tool, message: d.message }));
}

describe('build logs', () => {
  it("tsc's errors about the project itself, which name no file (seen with TypeScript 6 on node-express-realworld)", async () => {
    const r = await parseBuildLog("error TS5112: tsconfig.json is present but will not be loaded if files are specified on commandline.\nsrc/a.ts(1,2): error TS2322: x\n  error TS9999: indented text is not a diagnostic\n");
    if (!r.ok) throw new Error(r.error);
    expect(r.value.diagnostics.map((d) => [d.file, d.line, d.code])).toEqual([['', 0, 'TS5112'], ['src/a.ts', 1, 'TS2322']]);
  });

  it('tsc, deduplicated', async () => {
    expect(await diags('tsc.log')).toEqual([
      { file: 'src/cart.ts', line: 14, column: 7, severity: 'error', code: 'TS2322', tool: 'tsc', message: "Type 'string' is not assignable to type 'number'." },
      { file: 'src/format.ts', line: 3, column: 10, severity: 'error', code: 'TS2304', tool: 'tsc', message: "Cannot find name 'money'." },
    ]);
  });

  it('rustc with ANSI colours: the error and its --> location; summary lines are not diagnostics', async () => {
    expect(await diags('rustc.log')).toEqual([
      { file: 'src/cart.rs', line: 12, column: 5, severity: 'error', code: 'E0425', tool: 'rustc', message: 'cannot find value `totl` in this scope' },
    ]);
  });

  it('mypy: errors, not notes', async () => {
    expect(await diags('mypy.log')).toEqual([
      { file: 'src/shop/pricing.py', line: 12, column: undefined, severity: 'error', code: undefined, tool: 'mypy', message: 'Incompatible return value type (got "str", expected "float")  [return-value]' },
    ]);
  });

  it('go build, behind GitHub Actions timestamps', async () => {
    expect((await diags('go-build.log')).map((d) => [d.file, d.line, d.column, d.severity, d.message])).toEqual([
      ['internal/cart/cart.go', 15, 2, 'error', 'undefined: totl'],
      ['internal/cart/cart.go', 20, 9, 'error', 'cannot use s (variable of type string) as int value in return statement'],
    ]);
  });

  it('eslint stylish: the path line, then rows with severity and rule', async () => {
    expect((await diags('eslint-stylish.log')).map((d) => [d.file, d.line, d.severity, d.code, d.message])).toEqual([
      ['/home/runner/work/shop/shop/src/cart.ts', 3, 'error', 'no-unused-vars', "'unused' is assigned a value but never used"],
      ['/home/runner/work/shop/shop/src/cart.ts', 7, 'warning', 'no-console', 'Unexpected console statement'],
      ['/home/runner/work/shop/shop/src/format.ts', 1, 'error', undefined, 'Parsing error: Unexpected token'],
    ]);
  });

  it('eslint unix format', async () => {
    const r = await parseBuildLog("/w/src/a.js:1:10: 'x' is defined but never used. [Error/no-unused-vars]\n/w/src/a.js:2:1: Unexpected console statement. [Warning/no-console]\n");
    expect(r.ok && r.value.diagnostics.map((d) => [d.tool, d.severity, d.code, d.message])).toEqual([
      ['eslint', 'error', 'no-unused-vars', "'x' is defined but never used."],
      ['eslint', 'warning', 'no-console', 'Unexpected console statement.'],
    ]);
  });

  it('gcc warnings, javac and pyright', async () => {
    expect((await diags('gcc-warnings.log')).map((d) => [d.tool, d.severity, d.line, d.column])).toEqual([['gcc', 'warning', 4, 5]]);
    expect((await diags('javac.log')).map((d) => [d.tool, d.file, d.line, d.message])).toEqual([['javac', 'src/main/java/com/acme/shop/Cart.java', 12, 'cannot find symbol']]);
    expect((await diags('pyright.log')).map((d) => [d.tool, d.line, d.column, d.message])).toEqual([['pyright', 4, 8, 'Import "flask_cors" could not be resolved (reportMissingImports)']]);
  });

  it('times, URLs and npm noise are not diagnostics', async () => {
    expect(await diags('noise.log')).toEqual([]);
  });
});

describe('build logs: hostile lines are parsed in linear time, and capped', () => {
  const MB = 1 << 20;
  const parse = async (text: string, lineMax?: number) => {
    const r = await parseBuildLog(chunked(text, 65536), lineMax);
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };

  // Each line alone: the result is asserted (no diagnostic, or exactly the real one), the time only reported.
  const cases: Array<[string, string]> = [
    ['spaces', ' '.repeat(MB)],
    ['a', 'a'.repeat(MB)],
    ['colons', ':'.repeat(MB)],
    ['parentheses', '('.repeat(MB)],
    ['dots', 'a.'.repeat(MB / 2)],
    ['OSC escapes without a BEL', '\u001b]'.repeat(MB / 2)],
    ['a generic diagnostic whose message is a run of spaces', `src/a.ts:1:2: x${' '.repeat(MB)}y`],
    ['an eslint stylish row whose message is a run of spaces', `src/a.ts\n  1:2  error  x${' '.repeat(MB)}y`],
  ];
  for (const [name, line] of cases) {
    it(`a 1 MB line: ${name}`, async () => {
      const t0 = performance.now();
      // The whole 1 MB line is examined (the parser's own cap is 16 KiB): the patterns themselves must be linear.
      const log = await parse(`${line}\nsrc/b.ts(3,4): error TS2304: Cannot find name 'y'.\n`, 2 * MB);
      const ms = performance.now() - t0;
      const real = { file: 'src/b.ts', line: 3, column: 4, code: 'TS2304' };
      const found = log.diagnostics.map((d) => ({ file: d.file, line: d.line, column: d.column, code: d.code }));
      if (name.startsWith('a generic')) expect(found).toEqual([{ file: 'src/a.ts', line: 1, column: 2, code: undefined }, real]);
      // Read whole, the row ends in `  y`: the rule id, split off the message.
      else if (name.startsWith('an eslint')) expect(found).toEqual([{ file: 'src/a.ts', line: 1, column: 2, code: 'y' }, real]);
      else expect(found).toEqual([real]);
      expect(log.diagnostics.every((d) => d.message.length <= 2000)).toBe(true);
      // Not a timing test; a generous bar so that a quadratic pattern (minutes) still fails it.
      expect(ms).toBeLessThan(5000);
    });
  }

  it('the eslint stylish rule id is still split off the message, and a unix-format tag off its line', async () => {
    const log = await parse('src/a.ts\n  3:7  error  Unexpected var, use let or const instead  no-var\n  4:1  warning  Missing  semicolon\n\nsrc/b.js:1:2: Bad thing [Error/no-undef]\n');
    expect(log.diagnostics.map((d) => [d.message, d.code, d.severity])).toEqual([
      ['Unexpected var, use let or const instead', 'no-var', 'error'],
      ['Missing', 'semicolon', 'warning'],
      ['Bad thing', 'no-undef', 'error'],
    ]);
  });

  it('OSC 8 hyperlinks around the path (ended by BEL or by ST) are stripped', async () => {
    const link = (t: string, end: string) => `\u001b]8;;file:///w/${t}${end}${t}\u001b]8;;${end}`;
    const log = await parse(`${link('src/a.ts', '\u0007')}:1:2: error: x\n${link('src/b.ts', '\u001b\\')}:3:4: error: y\n`);
    expect(log.diagnostics.map((d) => [d.file, d.line, d.message])).toEqual([['src/a.ts', 1, 'x'], ['src/b.ts', 3, 'y']]);
  });

  it('a million error lines: the first 1,000 kept, the rest counted', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 1_000_000; i++) lines.push(`src/a.ts(${i + 1},1): error TS2304: Cannot find name 'x${i}'.`);
    for (let i = 0; i < 10; i++) lines.push(`src/a.go:${i + 1}:1: warning: w`);
    const log = await parse(lines.join('\n'));
    expect(log.diagnostics).toHaveLength(1000);
    expect(log.omitted).toEqual({ errors: 999_000, warnings: 10 });
    expect(log.lines).toBe(1_000_010);
  });
});
