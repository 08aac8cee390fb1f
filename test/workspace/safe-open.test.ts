import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRegularFile, UnsafeFileError } from '../../src/workspace/safe-open.js';

const dir = mkdtempSync(join(tmpdir(), 'rg-safe-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const reason = (f: () => unknown): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    return e instanceof UnsafeFileError ? e.reason : `not refused: ${String(e)}`;
  }
};

describe('readRegularFile', () => {
  it.each([0, 1, 4095, 4096, 4097, (1 << 20) + 3, 3 * (1 << 20) + 1])('reads a file of %i bytes whole', (n) => {
    const bytes = Buffer.alloc(n);
    for (let i = 0; i < n; i++) bytes[i] = (i * 31 + 7) & 0xff;
    const f = join(dir, `f${n}`);
    writeFileSync(f, bytes);
    expect(Buffer.compare(readRegularFile(f, { roots: [dir], maxBytes: n }), bytes)).toBe(0);
  });

  it('refuses a file over the limit by its size, and a link', () => {
    const f = join(dir, 'big');
    writeFileSync(f, 'x'.repeat(101));
    expect(reason(() => readRegularFile(f, { roots: [dir], maxBytes: 100 }))).toBe('too-large');
    symlinkSync(f, join(dir, 'link'));
    expect(reason(() => readRegularFile(join(dir, 'link'), { roots: [dir], maxBytes: 1000 }))).toBe('link');
  });

  // A regular file whose size says 0 and which holds more: the cap holds on what is read, not on fstat.
  it.runIf(process.platform === 'linux')('caps a file that holds more than its size says', () => {
    const root = `/proc/${process.pid}`;
    const status = `${root}/status`;
    const text = readFileSync(status);
    expect(text.length).toBeGreaterThan(200);
    expect(reason(() => readRegularFile(status, { roots: [root], maxBytes: 100 }))).toBe('too-large');
    const whole = readRegularFile(status, { roots: [root], maxBytes: 1 << 20 }).toString('utf8');
    expect(whole.startsWith('Name:')).toBe(true);
    expect(whole.split('\n').length).toBe(text.toString('utf8').split('\n').length);
  });
});
