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
