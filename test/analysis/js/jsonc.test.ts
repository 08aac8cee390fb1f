import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonc } from '../../../src/analysis/js/jsonc.js';

describe('parseJsonc', () => {
  it('accepts comments and trailing commas, and keeps strings intact', () => {
    expect(parseJsonc('{\n // c\n "a": "http://x/*y*/", /* b */ "b": [1, 2,],\n}')).toEqual({ a: 'http://x/*y*/', b: [1, 2] });
    expect(parseJsonc('{"a": ",}"}')).toEqual({ a: ',}' });
    expect(parseJsonc('{"a": "q\\"//"}')).toEqual({ a: 'q"//' });
  });
  it('returns undefined for malformed text and never throws', () => {
    expect(parseJsonc('{"a": ')).toBeUndefined();
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => void parseJsonc(s)), { numRuns: 500 });
  });
});
