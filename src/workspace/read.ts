// Reads files into one reused buffer, up to the size limit. The bytes returned are valid until the
// next read: SourceFile decodes them into its own string at once.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openRegular } from './safe-open.js';

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
      const st = fstatSync(fd);
      if (!st.isFile()) return new Error(`${path} is not a regular file`);
      // Its size says it is too large without reading it (the loop below still caps a file that grows).
      if (st.size > limit) return 'tooLarge';
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

/** One piece of a file read in chunks (see FileReader.chunks). */
export interface Chunk {
  /** Bytes of the chunk: whole lines, unless a single line is longer than half a chunk. Valid until the next chunk. */
  bytes: Buffer;
  /** 1-based file line of the chunk's first byte. */
  firstLine: number;
  /**
   * Byte offset (in `bytes`) where the next chunk starts; undefined for the last chunk. What starts
   * before it belongs to this chunk, what starts after it to the next one, which reads it again whole.
   */
  ownEnd?: number;
}

/** Chunks of 4 MiB: memory stays bounded whatever the file's size. */
export const STREAM_CHUNK_BYTES = 4 * 1024 * 1024;
/**
 * Consecutive chunks share at least this much (whole lines): anything that starts in one chunk and
 * is no longer than this (a private-key block is under 4 KiB, a conflict block rarely 100 KiB) is
 * read whole by the chunk it starts in.
 */
export const STREAM_OVERLAP_BYTES = 512 * 1024;

/**
 * A file of any size, in line-aligned chunks that overlap (for the checks that read every tracked
 * text file, `meta.everyFile`). Never through a link, never a FIFO or device; nothing when the file cannot be opened.
 */
export function* fileChunks(root: string, path: string, chunkBytes = STREAM_CHUNK_BYTES, overlap = STREAM_OVERLAP_BYTES): Generator<Chunk> {
  if (overlap * 4 > chunkBytes) throw new Error('the overlap must be at most a quarter of a chunk'); // so every chunk moves on
  let fd: number;
  try {
    // A regular file inside the root, reached through no link at any level (safe-open.ts): never a FIFO or a device.
    fd = openRegular(join(root, path), { roots: [resolve(root)] });
  } catch {
    return;
  }
  try {
    const buf = Buffer.allocUnsafe(chunkBytes);
    let pos = 0;
    let line = 1;
    for (;;) {
      let n = 0;
      while (n < chunkBytes) {
        const r = readSync(fd, buf, n, chunkBytes - n, pos + n);
        if (r === 0) break;
        n += r;
      }
      if (n === 0) return;
      if (n < chunkBytes) {
        yield { bytes: buf.subarray(0, n), firstLine: line };
        return;
      }
      // Cut after the last newline; within a line longer than half a chunk (a minified bundle), at a character boundary.
      const nl = buf.lastIndexOf(10, n - 1);
      const cut = nl + 1 > chunkBytes / 2 ? nl + 1 : wholeChars(buf, n);
      // The next chunk starts at a line start at least `overlap` before the cut (else at a character boundary there).
      const back = buf.lastIndexOf(10, cut - overlap - 1);
      const next = back + 1 > 0 && back + 1 > cut - 2 * overlap ? back + 1 : charBoundary(buf, cut - overlap);
      yield { bytes: buf.subarray(0, cut), firstLine: line, ownEnd: next };
      line += countNewlines(buf, next);
      pos += next;
    }
  } finally {
    closeSync(fd);
  }
}

/** The largest offset ≤ `at` that does not split a UTF-8 sequence (continuation bytes are 10xxxxxx). */
function charBoundary(buf: Buffer, at: number): number {
  let i = at;
  while (i > at - 4 && i > 0 && (buf[i]! & 0xc0) === 0x80) i--;
  return i;
}

/** `end`, or less so that buf[0, end) does not end inside a UTF-8 sequence. */
function wholeChars(buf: Buffer, end: number): number {
  let lead = end - 1;
  while (lead > end - 4 && lead > 0 && (buf[lead]! & 0xc0) === 0x80) lead--;
  const b = buf[lead]!;
  const len = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
  return lead + len > end ? lead : end;
}

function countNewlines(buf: Buffer, end: number): number {
  let n = 0;
  for (let i = buf.indexOf(10); i !== -1 && i < end; i = buf.indexOf(10, i + 1)) n++;
  return n;
}
