// The merge's files: the inputs it reads (files, or folders of *.json as download-artifact lays
// them out) and the output folder it writes. Reading goes through the project's safe reader
// (workspace/safe-open.ts: a regular file, no link on the way, a size cap); a folder walk follows
// no link and is bounded in depth and count. Writing never follows a link: the folder is checked
// component by component and each file is a fresh O_EXCL|O_NOFOLLOW temporary file renamed over
// its target (rename replaces a link, never writes through it), as src/io/write-output.ts does.
import { lstatSync, mkdirSync, readdirSync, type Dirent, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { replaceFile } from '../io/write-output.js';
import { locate, readRegularText, rootsForInput, trustedRoots, UnsafeFileError } from '../workspace/safe-open.js';
import type { InputFile } from './merge.js';

/** Bounds on the inputs: files in all, folder depth, bytes of one file. */
export const INPUT_LIMITS = { files: 10_000, depth: 8, fileBytes: 64 * 1024 * 1024 } as const;

/** A file to read: where it is, which root it must lie in, how it is named. */
export interface InputPath {
  abs: string;
  display: string;
  roots: string[];
  fallbackName: string;
  walked: boolean;
}

function lstatOrNull(p: string): Stats | null {
  try {
    return lstatSync(p);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
    throw e;
  }
}

function display(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel) ? rel.split(sep).join('/') : abs;
}

/**
 * The repository a plain report is named after: its file name without `.json`; the default
 * `readiness-report.json` takes its folder's name (one artifact folder per repository).
 */
export function nameFromPath(abs: string): string {
  const base = basename(abs).replace(/\.json$/i, '');
  const parent = basename(dirname(abs));
  const name = base === 'readiness-report' && parent !== '' && parent !== sep ? parent : base;
  // A file name may hold anything but `/` and NUL: a line break or an escape sequence is no part of a row's name.
  // eslint-disable-next-line no-control-regex -- replacing control characters is the point
  const printable = name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '_').slice(0, 256);
  return printable.trim() === '' ? '(unnamed)' : printable;
}

/**
 * The files the arguments name, each once, sorted by path. A file argument is read whatever its
 * name; a folder gives its *.json files down to INPUT_LIMITS.depth, never through a link, and never
 * the paths in `exclude` (the output folder, the previous merge). Throws ConfigurationError on an
 * argument that does not exist or is a link, and past INPUT_LIMITS.files.
 */
export function collectInputs(args: readonly string[], cwd: string, exclude: readonly string[] = [], env: NodeJS.ProcessEnv = process.env): InputPath[] {
  const skip = new Set(exclude.map((p) => resolve(cwd, p)));
  const found = new Map<string, InputPath>();
  const add = (abs: string, root: string, walked: boolean) => {
    if (skip.has(abs)) return;
    const held = found.get(abs);
    if (held) {
      // Named explicitly and also found in a folder: it counts as named, whichever came first.
      if (!walked) found.set(abs, { ...held, walked: false, roots: rootsForInput(root, cwd, env) });
      return;
    }
    if (found.size >= INPUT_LIMITS.files) throw new ConfigurationError(`merge: more than ${INPUT_LIMITS.files} input files; accepted: at most ${INPUT_LIMITS.files} (merge the fleet in parts, or give fewer folders)`);
    found.set(abs, { abs, display: display(abs, cwd), roots: rootsForInput(root, cwd, env), fallbackName: nameFromPath(abs), walked });
  };
  const walk = (dir: string, root: string, depth: number) => {
    if (skip.has(dir)) return;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (e) {
      throw new ConfigurationError(`merge: folder ${JSON.stringify(display(dir, cwd))} cannot be read (${(e as NodeJS.ErrnoException).code}); accepted: readable folders of JSON files`);
    }
    for (const e of entries) {
      const abs = join(dir, e.name);
      // A linked folder is not followed; a linked *.json is handed to the reader, which refuses it (a failed row).
      if (e.isDirectory() && depth < INPUT_LIMITS.depth) walk(abs, root, depth + 1);
      else if ((e.isFile() || e.isSymbolicLink()) && /\.json$/i.test(e.name)) add(abs, root, true);
    }
  };
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    let st: Stats | null;
    try {
      st = lstatOrNull(abs);
    } catch (e) {
      throw new ConfigurationError(`merge: input ${JSON.stringify(arg)} cannot be read (${(e as NodeJS.ErrnoException).code}); accepted: a JSON file or a folder of them`);
    }
    if (st === null) throw new ConfigurationError(`merge: input ${JSON.stringify(arg)} does not exist; accepted: a JSON file or a folder of them`);
    if (st.isSymbolicLink()) throw new ConfigurationError(`merge: input ${JSON.stringify(arg)} is a symbolic link; accepted: a JSON file or a folder of them`);
    if (st.isDirectory()) walk(abs, abs, 0);
    else add(abs, dirname(abs), false);
  }
  return [...found.values()].sort((a, b) => (a.abs < b.abs ? -1 : a.abs > b.abs ? 1 : 0));
}

/** One input's text, or why it could not be read (a failed row, not an exit). */
export function readInput(p: InputPath): InputFile {
  const base = { path: p.display, fallbackName: p.fallbackName, walked: p.walked };
  try {
    return { ...base, text: readRegularText(p.abs, { roots: p.roots, maxBytes: INPUT_LIMITS.fileBytes }) };
  } catch (e) {
    if (e instanceof UnsafeFileError) return { ...base, error: e.message };
    return { ...base, error: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
}

function refuse(out: string, why: string, command: string): never {
  throw new ConfigurationError(`${command}: --out ${JSON.stringify(out)} ${why}; accepted: a folder (created when missing) with no symbolic link on the way`);
}

/**
 * Creates the output folder (each missing folder on its own, so none can be a link planted on the
 * way) and returns its absolute path. Inside the workspace or RUNNER_TEMP every component below
 * that root must be a real folder; elsewhere (a path the workflow author chose) the folder itself.
 */
export function prepareOutDir(out: string, cwd: string, roots: readonly string[] = trustedRoots(cwd), command = 'merge'): string {
  const abs = resolve(cwd, out);
  const at = locate(abs, roots);
  let cur: string;
  let rest: string[];
  if (at) {
    cur = at.root;
    rest = at.rest;
  } else {
    try {
      mkdirSync(dirname(abs), { recursive: true });
    } catch (e) {
      refuse(out, `cannot be created (${(e as NodeJS.ErrnoException).code})`, command);
    }
    cur = dirname(abs);
    rest = [basename(abs)];
  }
  for (const part of rest) {
    cur = `${cur}${sep}${part}`;
    try {
      mkdirSync(cur); // never follows: an existing link fails with EEXIST and is refused below
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') refuse(out, `cannot be created (${(e as NodeJS.ErrnoException).code})`, command);
    }
    const st = lstatSync(cur);
    if (st.isSymbolicLink()) refuse(out, `lies under or is a symbolic link (${display(cur, cwd)})`, command);
    if (!st.isDirectory()) refuse(out, `lies under or is a file that is not a folder (${display(cur, cwd)})`, command);
  }
  return abs;
}

/** Writes `text` as `dir/name` (name fixed by the caller): a new temporary file renamed over the target. */
export function writeInto(dir: string, name: string, text: string): void {
  const st = lstatSync(dir);
  if (st.isSymbolicLink() || !st.isDirectory()) throw new ConfigurationError(`merge: ${dir} is no longer a folder`);
  const target = join(dir, name);
  try {
    replaceFile(target, text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST') throw new ConfigurationError(`merge: ${target} is a folder; remove it or choose another --out`);
    throw e;
  }
}
