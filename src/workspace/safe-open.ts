// Opening a file the pull request may have planted (SPEC §9 "Nothing escapes"): configuration,
// baselines, rule folders, evidence. Only a regular file inside one of the allowed roots is read;
// a symbolic link anywhere on the way (the file itself or a folder above it), a device, a FIFO, a
// socket or a folder is refused, so `logs/env.log -> /proc/self/environ` or a configuration linked
// to /dev/zero never gets read. The descriptor is opened non-blocking (a FIFO would block forever
// on open) and checked with fstat, and the kernel's own idea of the opened path is compared with
// the roots, so a link swapped in between the checks and the open is caught too.
import { closeSync, constants, createReadStream, fstatSync, lstatSync, openSync, readlinkSync, readSync, realpathSync, type ReadStream } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

export type UnsafeReason = 'missing' | 'link' | 'outside' | 'not-regular' | 'too-large' | 'unreadable';

/** Why a file was not opened; `message` is a clause for a sentence ("is a symbolic link"). */
export class UnsafeFileError extends Error {
  override readonly name = 'UnsafeFileError';
  constructor(
    readonly path: string,
    readonly reason: UnsafeReason,
    message: string,
  ) {
    super(message);
  }
}

export interface SafeOpenOptions {
  /** Absolute folders the file must lie in (the workspace, RUNNER_TEMP...). */
  roots: readonly string[];
}

export interface SafeReadOptions extends SafeOpenOptions {
  /** The most bytes read; a larger file is refused as too large (never read whole). */
  maxBytes: number;
}

const DESCRIBE: Record<UnsafeReason, string> = {
  missing: 'does not exist',
  link: 'is a symbolic link or lies under one',
  outside: 'lies outside the workspace',
  'not-regular': 'is not a regular file',
  'too-large': 'is too large',
  unreadable: 'cannot be read',
};

function refuse(path: string, reason: UnsafeReason, detail?: string): never {
  throw new UnsafeFileError(path, reason, detail ? `${DESCRIBE[reason]} (${detail})` : DESCRIBE[reason]);
}

function realRoots(roots: readonly string[]): string[] {
  const out: string[] = [];
  for (const r of roots) {
    try {
      out.push(realpathSync(resolve(r)));
    } catch {
      /* a root that does not exist holds nothing */
    }
  }
  return out;
}

/** Whether `p` is `root` or lies below it (both absolute, compared as written). */
export function within(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * The root that `abs` lies in (as written, before any link is resolved), and the path below it.
 * Roots are compared both as given and resolved, so a workspace under a linked /tmp still matches.
 */
export function locate(abs: string, roots: readonly string[]): { root: string; rest: string[] } | undefined {
  const candidates = [...roots.map((r) => resolve(r)), ...realRoots(roots)];
  // The deepest root first: a file under RUNNER_TEMP inside the workspace is checked from RUNNER_TEMP.
  candidates.sort((a, b) => b.length - a.length);
  for (const root of candidates) {
    if (within(root, abs)) return { root, rest: relative(root, abs).split(sep).filter((s) => s !== '') };
  }
  return undefined;
}

/**
 * Opens `path` for reading when it is a regular file inside one of `roots`, reached without a
 * symbolic link; returns the descriptor (the caller closes it). Throws UnsafeFileError otherwise.
 */
export function openRegular(path: string, o: SafeOpenOptions): number {
  const abs = resolve(path);
  const at = locate(abs, o.roots);
  if (!at) refuse(path, 'outside');
  // Every folder below the root, and the file itself, must not be a link.
  let cur = at.root;
  for (let i = 0; i < at.rest.length; i++) {
    cur = `${cur}${sep}${at.rest[i]}`;
    let st;
    try {
      st = lstatSync(cur);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') refuse(path, 'missing');
      refuse(path, 'unreadable', (e as NodeJS.ErrnoException).code);
    }
    if (st.isSymbolicLink()) refuse(path, 'link');
    if (i < at.rest.length - 1 && !st.isDirectory()) refuse(path, 'missing');
  }
  let fd: number;
  try {
    fd = openSync(abs, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') refuse(path, 'link');
    if (code === 'ENOENT') refuse(path, 'missing');
    refuse(path, 'unreadable', code);
  }
  try {
    if (!fstatSync(fd).isFile()) refuse(path, 'not-regular');
    const real = openedPath(fd);
    const roots = realRoots(o.roots);
    if (real !== undefined && !roots.some((r) => within(r, real))) refuse(path, 'outside');
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  return fd;
}

/** Where the kernel says a descriptor points (Linux /proc; undefined elsewhere). */
function openedPath(fd: number): string | undefined {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return undefined;
  }
}

/** The bytes of a regular file inside `roots`, at most `maxBytes` (a larger file is refused, never read whole). */
export function readRegularFile(path: string, o: SafeReadOptions): Buffer {
  const fd = openRegular(path, o);
  try {
    const size = fstatSync(fd).size;
    if (size > o.maxBytes) refuse(path, 'too-large', `${size} bytes, the limit is ${o.maxBytes}`);
    // Straight into one buffer of the size fstat gave, and a byte more to see the file grow: a
    // fact file is 10 MB, and reading it as chunks copied out and joined cost two copies of it.
    let buf = Buffer.allocUnsafe(size + 1);
    let total = 0;
    for (;;) {
      if (total === buf.length) {
        // A file that grows while being read (or lies about its size) is still capped.
        if (total > o.maxBytes) refuse(path, 'too-large', `more than ${o.maxBytes} bytes`);
        const grown = Buffer.allocUnsafe(Math.min(total * 2 + 4096, o.maxBytes + 1));
        buf.copy(grown, 0, 0, total);
        buf = grown;
      }
      let n: number;
      try {
        n = readSync(fd, buf, total, buf.length - total, null);
      } catch (e) {
        // EIO, EAGAIN on a file swapped mid-read...: a named, refused file, never a stack trace.
        refuse(path, 'unreadable', (e as NodeJS.ErrnoException).code ?? String(e));
      }
      if (n === 0) break;
      total += n;
    }
    if (total > o.maxBytes) refuse(path, 'too-large', `more than ${o.maxBytes} bytes`);
    return buf.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}

/** The UTF-8 text of a regular file inside `roots` (see readRegularFile). */
export function readRegularText(path: string, o: SafeReadOptions): string {
  const text = readRegularFile(path, o).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A UTF-8 stream of a regular file inside `roots`, for reports too large to hold (the stream owns the descriptor). */
export function regularFileStream(path: string, o: SafeOpenOptions, highWaterMark = 1 << 20): ReadStream {
  const fd = openRegular(path, o);
  return createReadStream('', { fd, encoding: 'utf8', highWaterMark, autoClose: true });
}

/** The folders a run may read from: the workspace (or the current directory) and the runner's temporary folder. */
export function trustedRoots(cwd: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const roots = [env.GITHUB_WORKSPACE || cwd];
  if (env.RUNNER_TEMP) roots.push(env.RUNNER_TEMP);
  return [...new Set(roots.map((r) => resolve(r)))];
}

/**
 * The roots for a path that an input names: the trusted ones when it lies inside them (a pull request
 * may have planted it there), else also `dir`, the folder the workflow itself named outside them
 * (the file is still refused when it is a link, a device or a FIFO).
 */
export function rootsForInput(dir: string, cwd: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const roots = trustedRoots(cwd, env);
  const abs = resolve(dir);
  return roots.some((r) => within(r, abs)) ? roots : [...roots, abs];
}
