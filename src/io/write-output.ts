// The gate's output files (SPEC §9 "Nothing escapes"): the JSON report, the SARIF and the SBOM.
// The pull request controls the tree they land in: a committed `readiness-gate.sarif -> ~/.gitconfig`
// or a linked parent folder would make a plain writeFileSync overwrite any file the runner user can
// write (later steps' code in _actions/, scripts a later step runs). So each target is checked at the
// start of the run (no link on the way from the workspace down, not a folder, inside the workspace or
// RUNNER_TEMP unless the workflow author gave an absolute path), stale copies are removed then (a
// committed or old SARIF never survives a failed run), and each file is written to a fresh temporary
// file in its folder (O_EXCL|O_NOFOLLOW) renamed over the target: rename replaces a link, never follows it.
import { execFileSync } from 'node:child_process';
import { closeSync, constants, lstatSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ConfigurationError } from '../errors.js';
import { badgePath } from '../report/badge.js';
import { locate, trustedRoots } from '../workspace/safe-open.js';

export type OutputInput = 'report' | 'sarif' | 'sbom';
export const OUTPUT_INPUTS: readonly OutputInput[] = ['report', 'sarif', 'sbom'];
/**
 * The files inputs name, the summary's Markdown under RUNNER_TEMP (the `summary-markdown` output),
 * and the badge beside the report (src/report/badge.ts), whose path the report's decides.
 */
export type OutputName = OutputInput | 'summary-markdown' | 'badge';

export interface OutputTarget {
  input: OutputName;
  /** As given (what the outputs and messages show). */
  path: string;
  abs: string;
  /** The allowed root it lies in, and the components below it; undefined for an absolute path outside every root. */
  root?: string;
  rest?: string[];
}

/** The bytes git holds for an output-named file that is committed: still scanned, though the file is removed. */
export type CommittedOutputs = Map<string, Buffer>;

/** The most bytes kept of a committed output-named file (a larger one is not scanned as such). */
const COMMITTED_MAX_BYTES = 64 * 1024 * 1024;

/** The deepest allowed root holding `abs` below it (the root itself is not a file to write), and the path below it. */
function locateBelow(abs: string, roots: readonly string[]): { root: string; rest: string[] } | undefined {
  const at = locate(abs, roots);
  return at && at.rest.length > 0 ? at : undefined;
}

function lstatOrNull(p: string): Stats | null {
  try {
    return lstatSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw e;
  }
}

function refuse(t: { input: OutputName; path: string }, why: string): never {
  const what = t.input === 'badge' ? "the badge beside input 'report'" : `input '${t.input}'`;
  throw new ConfigurationError(`${what} (${JSON.stringify(t.path)}) ${why}; accepted: a file path inside the workspace or RUNNER_TEMP with no symbolic link on the way, or an absolute path`);
}

/**
 * Checks one output target; throws ConfigurationError naming the input. Relative paths resolve
 * against `cwd`. Every existing component from the root down must be a real folder, the target
 * itself neither a link nor a folder.
 */
export function outputTarget(input: OutputName, path: string, cwd: string, roots: readonly string[] = trustedRoots(cwd)): OutputTarget {
  const abs = resolve(cwd, path);
  const at = locateBelow(abs, roots);
  const t: OutputTarget = { input, path, abs, ...at };
  if (!at) {
    if (!isAbsolute(path)) refuse(t, 'resolves outside the workspace');
    // The workflow author chose this absolute path: only a folder in its place is refused.
    if (lstatOrNull(abs)?.isDirectory()) refuse(t, 'is a directory');
    return t;
  }
  checkComponents(t);
  return t;
}

/** Walks the components below the root: none may be a link; the parents must be folders; the target no folder. */
function checkComponents(t: OutputTarget): void {
  let cur = t.root!;
  const rest = t.rest!;
  for (let i = 0; i < rest.length; i++) {
    cur = `${cur}${sep}${rest[i]}`;
    let st: Stats | null;
    try {
      st = lstatOrNull(cur);
    } catch (e) {
      refuse(t, `cannot be checked (${(e as NodeJS.ErrnoException).code})`);
    }
    if (st === null) return; // missing from here down: created when written
    const last = i === rest.length - 1;
    if (st.isSymbolicLink()) refuse(t, last ? 'is a symbolic link' : `lies under a symbolic link (${rest.slice(0, i + 1).join('/')})`);
    if (last && st.isDirectory()) refuse(t, 'is a directory');
    if (!last && !st.isDirectory()) refuse(t, `lies under ${rest.slice(0, i + 1).join('/')}, which is not a directory`);
  }
}

/**
 * Checks every output target and removes what is there from a previous run or a commit (the link
 * itself, never what it points to; nothing under a linked folder). The bytes git holds for a
 * committed regular file at a target are returned, keyed by absolute path, so the secret rules
 * still read them. All targets are cleaned before the first refusal is thrown, so a failed run
 * leaves no stale SARIF for a later upload step.
 */
export function prepareOutputs(
  paths: Partial<Record<OutputInput, string | null>>,
  cwd: string,
  roots: readonly string[] = trustedRoots(cwd),
  /** Files the run reads as inputs (the baseline: often the previous report at the same path): checked, not removed. */
  keep: readonly string[] = [],
): { targets: OutputTarget[]; committed: CommittedOutputs } {
  const kept = new Set(keep.map((k) => resolve(cwd, k)));
  const targets: OutputTarget[] = [];
  const committed: CommittedOutputs = new Map();
  let first: unknown;
  for (const input of OUTPUT_INPUTS) {
    const p = paths[input];
    if (p === null || p === undefined || p === '') continue;
    try {
      targets.push(outputTarget(input, p, cwd, roots));
    } catch (e) {
      first ??= e;
    }
    if (!kept.has(resolve(cwd, p))) removeStale(input, p, cwd, roots, committed);
    // The badge says what the report says: it goes (and is checked) with it.
    if (input === 'report') {
      const b = badgePath(p);
      try {
        targets.push(outputTarget('badge', b, cwd, roots));
      } catch (e) {
        first ??= e;
      }
      if (!kept.has(resolve(cwd, b))) removeStale('badge', b, cwd, roots, committed);
    }
  }
  if (first !== undefined) throw first;
  return { targets, committed };
}

/** Unlinks the target when every folder above it (inside the roots) is a real folder. */
function removeStale(input: OutputName, path: string, cwd: string, roots: readonly string[], committed: CommittedOutputs): void {
  const abs = resolve(cwd, path);
  const at = locateBelow(abs, roots);
  if (!at) {
    if (!isAbsolute(path)) return;
  } else {
    let cur = at.root;
    for (const part of at.rest.slice(0, -1)) {
      cur = `${cur}${sep}${part}`;
      const st = lstatOrNull(cur);
      if (st === null || st.isSymbolicLink() || !st.isDirectory()) return;
    }
  }
  const st = lstatOrNull(abs);
  if (st === null || st.isDirectory()) return;
  if (st.isFile()) {
    const bytes = committedBytes(abs);
    if (bytes) committed.set(abs, bytes);
  }
  try {
    unlinkSync(abs);
  } catch (e) {
    throw new ConfigurationError(`input '${input}' (${JSON.stringify(path)}): the previous file cannot be removed (${(e as NodeJS.ErrnoException).code})`);
  }
}

/** The committed (index) content of a regular file tracked by git, or undefined. */
function committedBytes(abs: string): Buffer | undefined {
  const git = (args: string[], encoding?: 'utf8') =>
    execFileSync('git', ['-c', 'core.fsmonitor=false', ...args], { cwd: dirname(abs), encoding: encoding as 'utf8', maxBuffer: COMMITTED_MAX_BYTES + 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    // A file name, never a pattern: `*`, `?` or a leading `:` must not match another tracked file.
    const entry = git(['--literal-pathspecs', 'ls-files', '-s', '-z', '--', basename(abs)], 'utf8').split('\0')[0] ?? '';
    const m = /^(100644|100755) ([0-9a-f]{40,64}) 0\t/.exec(entry);
    if (!m) return undefined;
    return git(['cat-file', 'blob', m[2]!]) as unknown as Buffer;
  } catch {
    return undefined; // not a git work tree, or too large: nothing to scan
  }
}

/**
 * Writes `text` to the target: missing folders are created one at a time (a folder that turns out to
 * be a link is refused), the text goes to a new temporary file beside the target opened with
 * O_CREAT|O_EXCL|O_NOFOLLOW, which is then renamed over the target. The temporary file is removed on
 * failure.
 */
export function writeOutput(t: OutputTarget, text: string): void {
  if (t.root !== undefined) {
    checkComponents(t);
    let cur = t.root;
    for (const part of t.rest!.slice(0, -1)) {
      cur = `${cur}${sep}${part}`;
      try {
        mkdirSync(cur); // never follows: an existing link makes it fail with EEXIST, checked below
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') refuse(t, `cannot be created (${(e as NodeJS.ErrnoException).code})`);
      }
      const st = lstatSync(cur);
      if (st.isSymbolicLink() || !st.isDirectory()) refuse(t, `lies under a symbolic link or a file (${relative(t.root, cur)})`);
    }
  } else {
    mkdirSync(dirname(t.abs), { recursive: true });
  }
  try {
    replaceFile(t.abs, text);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EISDIR' || (e as NodeJS.ErrnoException).code === 'ENOTEMPTY') refuse(t, 'is a directory');
    throw e;
  }
}

/**
 * Writes `text` at `abs` through a new temporary file beside it (O_EXCL, O_NOFOLLOW) renamed over
 * the target: a link planted at the name is replaced, never written through, and a reader never
 * sees half a file. Errors are the file system's, after the temporary file is removed.
 */
export function replaceFile(abs: string, text: string): void {
  const tmp = `${dirname(abs)}${sep}.${basename(abs)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  let fd: number | undefined;
  try {
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
    const buf = Buffer.from(text, 'utf8');
    for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, abs);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* never created */
    }
    throw e;
  }
}
