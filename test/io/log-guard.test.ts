import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BREAK, CommandNeutralizer, commandLine, formatMs, neutralize, PHASE_TITLES, phaseLog, type GateCommand } from '../../src/io/log-guard.js';
import { PhaseClock } from '../../src/main.js';
import { tokens } from '../helpers/tokens.js';
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

describe('the gate\'s own commands', () => {
  it('escapes group titles and debug messages as data, so neither can end its line or open another command', () => {
    expect(commandLine({ kind: 'group', title: 'Checks' })).toBe('::group::Checks');
    expect(commandLine({ kind: 'endgroup' })).toBe('::endgroup::');
    const line = commandLine({ kind: 'debug', message: "configuration: 'a%0A\n::error::x\r##[b'" });
    expect(line).toBe("::debug::configuration: 'a%250A%0A::error::x%0D##[b'");
    expect(line.split(/[\r\n]/)).toHaveLength(1);
  });

  it('masks what the secret patterns find in a debug message', () => {
    const key = tokens(3).awsKeyId();
    const line = commandLine({ kind: 'debug', message: `configuration: '${key}.yml'` });
    expect(line.startsWith('::debug::configuration: ')).toBe(true);
    expect(line).not.toContain(key);
  });
});

describe('phaseLog', () => {
  it('opens a group per phase and closes it with its duration; debug lines only when debug is on', () => {
    const written: GateCommand[] = [];
    const log = { command: (c: GateCommand) => void written.push(c), quiet: <T>(f: () => Promise<T>) => f() };
    const lines: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((s: string) => (lines.push(s), true)) as typeof process.stdout.write;
    try {
      const p = phaseLog(log, false);
      expect(p.debug).toBeUndefined();
      const clock = new PhaseClock(p);
      clock.to('policy');
      clock.to('checks');
      clock.to(null);
      expect(written.map((c) => (c.kind === 'group' ? c.title : c.kind))).toEqual([PHASE_TITLES.policy, 'endgroup', PHASE_TITLES.checks, 'endgroup']);
      expect(lines.map((l) => l.replace(/\d+ ms/, 'N ms'))).toEqual(['policy: N ms\n', 'checks: N ms\n']);
      expect(p.overview()).toMatch(/^readiness-gate timings: policy \d+ ms, checks \d+ ms$/);
      phaseLog(log, true).debug!('x');
      expect(written.at(-1)).toEqual({ kind: 'debug', message: 'x' });
    } finally {
      process.stdout.write = write;
    }
  });

  it('formats durations as the log shows them', () => {
    expect([formatMs(0.4), formatMs(999.4), formatMs(1000), formatMs(61_250)]).toEqual(['0 ms', '999 ms', '1.0 s', '61.3 s']);
  });
});
