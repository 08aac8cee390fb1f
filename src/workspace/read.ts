// Reads whole files into one reused buffer. The bytes returned are valid until the next read:
// SourceFile decodes them into its own string at once.
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';

const POOL_BYTES = 4 * 1024 * 1024;

export class FileReader {
  private pool = Buffer.allocUnsafe(POOL_BYTES);

  constructor(private readonly root: string) {}

  /** The file's bytes, or the error that kept it from being read (counted as unreadable by the caller). */
  read(path: string, expectedSize: number): Buffer | Error {
    let fd: number | undefined;
    try {
      fd = openSync(join(this.root, path), 'r');
      // One spare byte tells a file that grew since discovery from one that did not.
      if (this.pool.length < expectedSize + 1) this.pool = Buffer.allocUnsafe(expectedSize + 1);
      let n = 0;
      for (;;) {
        if (n === this.pool.length) {
          const bigger = Buffer.allocUnsafe(this.pool.length * 2);
          this.pool.copy(bigger, 0, 0, n);
          this.pool = bigger;
        }
        const r = readSync(fd, this.pool, n, this.pool.length - n, null);
        if (r === 0) break;
        n += r;
      }
      return this.pool.subarray(0, n);
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
}
