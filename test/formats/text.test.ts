import { describe, expect, it } from 'vitest';
import { forEachLine } from '../../src/formats/text.js';
import { chunked } from './helpers.js';

async function lines(text: string, chunk: number, max: number): Promise<string[]> {
  const out: string[] = [];
  await forEachLine(chunked(text, chunk), (l) => void out.push(l), max);
  return out;
}

describe('forEachLine: a line longer than the cap is cut, whatever the chunks', () => {
  it('cut at the cap within one chunk, across chunks, and at the end of input', async () => {
    const text = `short\n${'a'.repeat(50)}\r\nmid\n${'b'.repeat(40)}`;
    for (const chunk of [1, 3, 7, 16, 1000]) {
      expect(await lines(text, chunk, 10)).toEqual(['short', 'a'.repeat(10), 'mid', 'b'.repeat(10)]);
    }
  });

  it('near miss: a line exactly at the cap, CRLF and a BOM are kept as before', async () => {
    expect(await lines(`\uFEFF${'c'.repeat(10)}\r\nx\n`, 4, 10)).toEqual(['c'.repeat(10), 'x']);
  });

  it('a stream with no newline at all is never held whole', async () => {
    // 64 MB in 1 MB chunks, cap 1 KB: one line of 1 KB.
    async function* big(): AsyncGenerator<string> {
      const mb = 'z'.repeat(1 << 20);
      for (let i = 0; i < 64; i++) yield mb;
    }
    const out: string[] = [];
    await forEachLine(big(), (l) => void out.push(l), 1024);
    expect(out.map((l) => l.length)).toEqual([1024]);
  });
});
