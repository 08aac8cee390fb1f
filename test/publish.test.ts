import { describe, expect, it } from 'vitest';
import { isDistinctive, scrubber } from '../src/publish.js';

describe('scrubber', () => {
  it('replaces distinctive secret values, raw and JSON-escaped', () => {
    const scrub = scrubber(new Set(['Sup3r"Secret\\1']));
    expect(scrub('a Sup3r"Secret\\1 b')).toBe('a [redacted] b');
    expect(scrub(JSON.stringify({ v: 'Sup3r"Secret\\1' }))).toBe('{"v":"[redacted]"}');
  });

  it('leaves word-like values alone: they are also directory names and words', () => {
    const scrub = scrubber(new Set(['saleor', 'postgres1', 'hunter2']));
    expect(scrub('saleor/tests/settings.py')).toBe('saleor/tests/settings.py');
    expect(scrub('user postgres1 here')).toBe('user [redacted] here');
  });

  it.each([
    ['saleor', false],
    ['password', false],
    ['hunter2', false],
    ['postgres1', true],
    ['Kx8vQ2mWp4Lz', true],
    ['ABCDEFGHIJ', false],
  ])('%s distinctive: %s', (v, d) => expect(isDistinctive(v)).toBe(d));
});
