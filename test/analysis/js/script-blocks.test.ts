import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scriptBlocks } from '../../../src/analysis/js/facts.js';

/** The pattern the scan replaces: the reference it must agree with. */
const reference = (text: string, max: number) =>
  [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].slice(0, max).map((m) => {
    const start = m.index + m[0].indexOf('>') + 1;
    return { attrs: m[1]!, start, end: start + m[2]!.length };
  });

describe('scriptBlocks (Vue/Svelte components)', () => {
  it('finds the blocks, their attributes and bodies; an unclosed or unfinished tag is no block', () => {
    const vue = '<template><p/></template>\n<script setup lang="ts">\nimport a from "./a";\n</script>\n<SCRIPT>b()</script >';
    expect(scriptBlocks(vue, 8).map((b) => [b.attrs, vue.slice(b.start, b.end)])).toEqual([
      [' setup lang="ts"', '\nimport a from "./a";\n'],
      ['', 'b()'],
    ]);
    // near misses: `<scripts>` is another tag; an opening tag never closed; one without `>`
    expect(scriptBlocks('<scripts>x</script>', 8)).toEqual([]);
    expect(scriptBlocks('<script>x', 8)).toEqual([]);
    expect(scriptBlocks('<script x</script>', 8)).toEqual([]);
    expect(scriptBlocks('<script></script>'.repeat(10), 8)).toHaveLength(8);
  });

  it('agrees with the pattern it replaces, on any text', () => {
    const token = fc.constantFrom('<script', '<SCRIPT', '<scripts', '>', ' lang="ts"', '</script', '</script>', '</script >', ' ', '\n', 'x', '<', '/');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }).map((t) => t.join('')), fc.integer({ min: 1, max: 4 }), (text, max) => {
        expect(scriptBlocks(text, max)).toEqual(reference(text, max));
      }),
      { numRuns: 2000 },
    );
  });

  it('stays linear on a hostile component: thousands of unclosed or unfinished tags', () => {
    expect(scriptBlocks('<script>\n'.repeat(200_000), 8)).toEqual([]);
    expect(scriptBlocks('<script '.repeat(200_000), 8)).toEqual([]);
    // The pattern grew with the square of the tags: 8,000 took 88 ms, so these 1.8 MB (under the 2 MB file limit) about a minute.
    // A quadratic path would not finish within the test's timeout; speed itself is measured by npm run bench.
  });
});
