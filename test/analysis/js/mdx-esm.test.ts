import { describe, expect, it } from 'vitest';
import { mdxEsm } from '../../../src/analysis/js/facts.js';

/** The lines mdxEsm keeps, by number (1-based), and that every other line is blank and as long as before. */
const kept = (text: string) => {
  const out = mdxEsm(text);
  const lines = out.split('\n');
  const src = text.split('\n');
  expect(lines.map((l) => l.length)).toEqual(src.map((l) => l.length));
  return lines.flatMap((l, i) => (/\S/.test(l) ? [[i + 1, l]] : []));
};

describe('mdxEsm (an MDX document read as its ESM blocks)', () => {
  it('keeps import and export blocks up to a blank line, at their own lines and columns', () => {
    const doc = ['import { Chart } from "../components/chart";', 'import Tabs from "@theme/Tabs";', '', '# Title', '', 'export const meta = {', '  title: "x",', '}', '', 'Some prose.'].join('\n');
    expect(kept(doc)).toEqual([
      [1, 'import { Chart } from "../components/chart";'],
      [2, 'import Tabs from "@theme/Tabs";'],
      [6, 'export const meta = {'],
      [7, '  title: "x",'],
      [8, '}'],
    ]);
  });

  it('leaves out fenced code, front matter, indented and mid-line imports, and words that only start so', () => {
    const doc = [
      '---',
      'import: not code',
      '---',
      '```ts',
      'import { a } from "./in-a-fence";',
      '```',
      '~~~~',
      'export const b = 1;',
      '```',
      '~~~~',
      '    import c from "./indented";',
      'To import d from "./prose" you...',
      'important things, exported later',
      '> import e from "./quoted";',
    ].join('\n');
    expect(kept(doc)).toEqual([]);
    // near miss: after the fences close, an import is ESM again
    expect(kept(`${doc}\nimport f from "./after";`)).toEqual([[15, 'import f from "./after";']]);
  });

  it('keeps carriage returns, and an unclosed fence keeps the rest prose', () => {
    expect(mdxEsm('import a from "./a";\r\n\r\nx\r\n')).toBe('import a from "./a";\r\n\r\n \r\n');
    expect(kept('```\nimport a from "./a";\n')).toEqual([]);
  });
});
