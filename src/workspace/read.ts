// Reads files into one reused buffer, up to the size limit. The bytes returned are valid until the
// next read: SourceFile decodes them into its own string at once.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';

const POOL_BYTES = 4 * 1024 * 1024;

export type ReadOutcome = Buffer | 'tooLarge' | 'symlink' | 'missing' | Error;

export class FileReader {
  private pool: Buffer;

  constructor(
    private readonly root: string,
    private readonly maxBytes: number,
  ) {
    this.pool = Buffer.allocUnsafe(Math.min(POOL_BYTES, maxBytes + 1));
  }

  /** `limit` defaults to the reader's; a larger one is for the few files captured whole (lockfiles). */
  read(path: string, limit = this.maxBytes): ReadOutcome {
    let fd: number | undefined;
    try {
      // O_NOFOLLOW: a link is never followed, whatever git or the walk thought the path was.
      // O_NONBLOCK + fstat: a FIFO or device put there since discovery is neither waited on nor read.
      fd = openSync(join(this.root, path), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
      if (!fstatSync(fd).isFile()) return new Error(`${path} is not a regular file`);
      let n = 0;
      for (;;) {
        if (n === this.pool.length) {
          // One byte past the limit is enough to know the file is too large: it is never read whole.
          if (n > limit) return 'tooLarge';
          const bigger = Buffer.allocUnsafe(Math.min(this.pool.length * 2, limit + 1));
          this.pool.copy(bigger, 0, 0, n);
          this.pool = bigger;
        }
        const r = readSync(fd, this.pool, n, this.pool.length - n, null);
        if (r === 0) break;
        n += r;
      }
      return n > limit ? 'tooLarge' : this.pool.subarray(0, n);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') return 'symlink';
      if (code === 'ENOENT') return 'missing'; // listed by git, deleted in the work tree
      return e instanceof Error ? e : new Error(String(e));
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
}
