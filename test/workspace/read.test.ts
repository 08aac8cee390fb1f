import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileChunks } from '../../src/workspace/read.js';
import { SourceFile } from '../../src/workspace/source-file.js';

function file(content: string | Buffer): { root: string; path: string } {
  const root = mkdtempSync(join(tmpdir(), 'rg-read-'));
  writeFileSync(join(root, 'f.txt'), content);
  return { root, path: 'f.txt' };
}

/** Every line of the file, as the chunks own them (a line belongs to the chunk it starts in, before ownEnd). */
function ownedLines(content: string, chunk: number, overlap: number): Array<[number, string]> {
  const { root, path } = file(content);
  const out: Array<[number, string]> = [];
  for (const c of fileChunks(root, path, chunk, overlap)) {
    const f = SourceFile.fromBytes(path, c.bytes, c.firstLine);
    const until = c.ownEnd === undefined ? Infinity : f.charOffset(c.bytes, c.ownEnd);
    for (let l = c.firstLine; l < c.firstLine + f.lineCount; l++) {
      const at = f.offsetOf(l);
      if (at < until && at < f.text.length) out.push([l, f.line(l)]);
    }
  }
  return out;
}

describe('fileChunks', () => {
  it('covers every line once, with file line numbers, whatever the chunk size', () => {
    const lines = Array.from({ length: 500 }, (_, i) => `line ${i + 1} ${'é'.repeat(i % 7)}`);
    const text = lines.join('\n') + '\n';
    for (const [chunk, overlap] of [[256, 64], [1024, 256], [4096, 1024], [1 << 20, 1 << 18]] as const) {
      expect(ownedLines(text, chunk, overlap)).toEqual(lines.map((l, i) => [i + 1, l]));
    }
  });

  it('overlaps so that anything up to the overlap long that starts in a chunk ends in it', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `${i}`.padEnd(9, '.')).join('\n') + '\n';
    const { root, path } = file(text);
    for (const c of fileChunks(root, path, 1024, 256)) {
      if (c.ownEnd === undefined) continue;
      expect(c.bytes.length - c.ownEnd).toBeGreaterThanOrEqual(256);
      expect(c.bytes[c.ownEnd - 1]).toBe(10); // the next chunk starts at a line start
    }
  });

  it('cuts a line longer than a chunk at character boundaries, and moves on', () => {
    const text = 'é'.repeat(3000) + 'KEY' + 'ü'.repeat(3000) + '\nlast\n';
    const { root, path } = file(text);
    const chunks: Array<{ text: string; first: number; ownEnd?: number }> = [];
    // Chunk bytes are valid until the next chunk: decode each in turn.
    for (const c of fileChunks(root, path, 1024, 256)) chunks.push({ text: c.bytes.toString('utf8'), first: c.firstLine, ...(c.ownEnd !== undefined ? { ownEnd: c.ownEnd } : {}) });
    expect(chunks.every((c) => !c.text.includes('\ufffd'))).toBe(true);
    expect(chunks.some((c) => c.text.includes('KEY'))).toBe(true);
    expect(chunks.at(-1)!.text.endsWith('last\n')).toBe(true);
    expect(chunks.at(-1)!.first).toBe(1);
    expect(chunks.at(-1)!.ownEnd).toBeUndefined();
  });

  it('reads nothing through a link and nothing of a missing file', () => {
    expect([...fileChunks(tmpdir(), 'no/such/file')]).toEqual([]);
  });
});

describe('SourceFile of a chunk', () => {
  it('gives and takes file line numbers', () => {
    const f = SourceFile.fromBytes('x', Buffer.from('a\nbb\nccc'), 41);
    expect(f.lineOf(0)).toBe(41);
    expect(f.lineOf(3)).toBe(42);
    expect(f.columnOf(3)).toBe(2);
    expect(f.line(43)).toBe('ccc');
    expect(f.line(40)).toBe('');
    expect(f.offsetOf(42, 2)).toBe(3);
  });
});

describe('fileChunks on what a pull request may plant', () => {
  it('reads nothing through a link, at the file or a folder', async () => {
    const { symlinkSync, mkdirSync } = await import('node:fs');
    const root = mkdtempSync(join(tmpdir(), 'rg-read-'));
    const outside = mkdtempSync(join(tmpdir(), 'rg-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'x\n'.repeat(10));
    symlinkSync(join(outside, 'secret.txt'), join(root, 'file-link'));
    mkdirSync(join(root, 'd'));
    symlinkSync(outside, join(root, 'd', 'dir-link'));
    expect([...fileChunks(root, 'file-link')]).toEqual([]);
    expect([...fileChunks(root, 'd/dir-link/secret.txt')]).toEqual([]);
  });
});
