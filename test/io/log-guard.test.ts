import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BREAK, CommandNeutralizer, neutralize } from '../../src/io/log-guard.js';
import { injectedCommands } from '../security/hostile.js';

describe('CommandNeutralizer', () => {
  it('breaks a leading :: (after whitespace) and every ##[', () => {
    expect(neutralize('::add-mask::x')).toBe(`:${BREAK}:add-mask::x`);
    expect(neutralize('ok\n \t::error::x\r::warning::y')).toBe(`ok\n \t:${BREAK}:error::x\r:${BREAK}:warning::y`);
    expect(neutralize('\u00a0\u3000::x')).toBe(`\u00a0\u3000:${BREAK}:x`); // .NET TrimStart strips these too
    expect(neutralize('a ##[group]b ###[c')).toBe(`a ##${BREAK}[group]b ###${BREAK}[c`);
  });

  it('leaves near misses alone', () => {
    for (const s of ['a::b', 'x ::y', ': :z', '#[a', '# #[b', 'https://h/x::y', '[##]', '']) expect(neutralize(s)).toBe(s);
  });

  it('holds across chunk boundaries, whatever the cut', () => {
    const text = 'line\n::stop-commands::tok\n  ::add-mask::s\nx ##[error]y\n:';
    for (let i = 0; i <= text.length; i++) {
      for (let j = i; j <= text.length; j++) {
        const n = new CommandNeutralizer();
        expect(n.push(text.slice(0, i)) + n.push(text.slice(i, j)) + n.push(text.slice(j))).toBe(neutralize(text));
      }
    }
    expect(injectedCommands(neutralize(text), /$^/)).toEqual([]);
  });

  it('property: no chunking of any text leaves a command for the runner, and removing the breaks gives the text back', () => {
    const alphabet = fc.constantFrom(':', ':', '#', '#', '[', ' ', '\t', '\n', '\r', 'a', '\u00a0');
    fc.assert(
      fc.property(fc.array(fc.array(alphabet, { maxLength: 12 }).map((a) => a.join('')), { maxLength: 8 }), (chunks) => {
        const n = new CommandNeutralizer();
        const out = chunks.map((c) => n.push(c)).join('');
        expect(out.split(BREAK).join('')).toBe(chunks.join(''));
        expect(out).toBe(neutralize(chunks.join('')));
        expect(injectedCommands(out, /$^/)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('is linear on hostile input (1 MB of colons and hashes in well under a second)', () => {
    const big = '::##['.repeat(200_000);
    const t = performance.now();
    const out = neutralize(big);
    expect(performance.now() - t).toBeLessThan(1000);
    expect(out.includes('##[')).toBe(false);
  });
});
