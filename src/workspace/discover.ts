// Discovery: which files of the checkout are scanned, and which are skipped and why.
// In a git work tree `git ls-files` answers (so .gitignore is honoured exactly as git does);
// elsewhere a walk that honours every .gitignore on the way down and never follows links.
// No stat per file: git's modes and the walk's directory entries say what is a link, and the
// reader learns sizes (and links that git did not know of) when it opens the file.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globMatcher } from './glob.js';
import type { SkipReason } from '../model/types.js';
import { readRegularText } from './safe-open.js';

/** Generated or vendored trees (any path segment) and files, skipped unless configured otherwise. */
export const GENERATED_DIRS = new Set([
  'node_modules', 'vendor', 'third_party', 'dist', 'build', 'coverage', 'htmlcov', '.nyc_output',
  '__pycache__', '.venv', 'venv', '.tox', '.next',
]);
export const GENERATED_SUFFIXES = ['.min.js', '.min.css', '.map'];

export function isDefaultGenerated(path: string): boolean {
  return defaultGeneratedBy(path) !== undefined;
}

/**
 * Why discovery skips a path by its built-in lists: the outermost folder named in GENERATED_DIRS
 * (`root` is the path up to it), else the GENERATED_SUFFIXES ending. The repository map shows it.
 */
export function defaultGeneratedBy(path: string): { dir: string; root: string } | { suffix: string } | undefined {
  let start = 0;
  for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', start)) {
    const dir = path.slice(start, slash);
    if (GENERATED_DIRS.has(dir)) return { dir, root: path.slice(0, slash) };
    start = slash + 1;
  }
  const suffix = GENERATED_SUFFIXES.find((s) => path.endsWith(s));
  return suffix === undefined ? undefined : { suffix };
}

export interface DiscoveredFile {
  path: string;
  /**
   * Git's object id of the file's content, when git vouches for it: tracked, merged (stage 0) and
   * unchanged in the work tree (`git diff-files` lists it not). The fact cache's key; absent otherwise.
   */
  blob?: string;
}

export interface Discovery {
  files: DiscoveredFile[];
  /**
   * Tracked files skipped as generated or vendored (counted in `skipped.generated`), links aside: the
   * checks that read every tracked file (meta.everyFile) still read them. Tracked: in git's
   * index. Untracked build output and installed dependencies (a `node_modules/` that .gitignore
   * forgot, a tree scanned without git) are not what the commit ships, and stay skipped.
   */
  generatedFiles: DiscoveredFile[];
  skipped: Record<SkipReason, number>;
  /** A few examples per reason, for the report. */
  skippedExamples: Partial<Record<SkipReason, string[]>>;
  source: 'git' | 'walk';
  commit: string | null;
  /** Skipped files (generated, too large, with stray NULs) that the every-file rules still read. */
  everyFileRead?: { files: number; examples: string[]; rules: string[] };
  /**
   * Files that paths.ignore or paths.generated kept from the checks and that nothing else would have
   * skipped (not a link, not in a built-in generated tree): the run blocks when they are most of the tree.
   */
  keptByConfiguration: number;
  /**
   * Root-relative paths of the git submodules (gitlinks), sorted. Their files belong to other
   * repositories and are never read, checked out or not: a path under one is unknown, not absent.
   */
  submodules: string[];
}

export interface DiscoverOptions {
  ignore: readonly string[];
  generated: readonly string[];
  /** Root-relative paths of the gate's outputs: skipped and counted when untracked, scanned when committed. */
  exclude?: readonly string[];
  /** Learn each tracked file's blob id (for the fact cache): one more git call. */
  blobs?: boolean;
}

interface Listed {
  path: string;
  symlink: boolean;
  /** In git's index (committed or staged); the walk knows of no such thing. */
  tracked?: boolean;
  blob?: string;
}

/**
 * `listing`: git's answers, asked earlier (gitListing), so that git walks the tree while the run
 * does other work; without it git is asked now.
 */
export function discover(root: string, o: DiscoverOptions, listing?: GitListing): Discovery {
  const blobs = o.blobs === true;
  // Answers to other questions than this discovery's (a listing without blob ids) are asked again.
  const git = gitFiles(listing?.blobs === blobs ? listing : gitListingNow(root, blobs), blobs);
  const listed = git ? git.files : walk(root);
  const isIgnored = o.ignore.length > 0 ? globMatcher([...o.ignore], { dot: true }) : () => false;
  const isGenerated = o.generated.length > 0 ? globMatcher([...o.generated], { dot: true }) : () => false;
  const exclude = new Set(o.exclude ?? []);
  const d: Discovery = {
    files: [],
    generatedFiles: [],
    skipped: { binary: 0, tooLarge: 0, generated: 0, ignored: 0, symlink: 0, unreadable: 0, output: 0 },
    skippedExamples: {},
    source: git ? 'git' : 'walk',
    commit: git?.commit ?? null,
    keptByConfiguration: 0,
    submodules: git ? git.submodules.sort() : [],
  };
  const seen = new Set<string>();
  for (const { path, symlink, tracked, blob } of listed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || Number(b.tracked ?? false) - Number(a.tracked ?? false))) {
    if (seen.has(path)) continue;
    seen.add(path);
    // A file named like one of the gate's outputs is a previous run's report unless it is committed:
    // a committed one is part of the tree the pull request brings (it may hold a key) and is scanned.
    // The run removes stale outputs before discovery, so in practice this count stays 0 and reruns
    // stay byte-identical.
    if (exclude.has(path) && !tracked) {
      noteSkip(d, 'output', path);
      continue;
    }
    const byDefault = isDefaultGenerated(path);
    if (isIgnored(path)) {
      noteSkip(d, 'ignored', path);
      if (!byDefault && !symlink) d.keptByConfiguration++;
    } else if (byDefault || isGenerated(path)) {
      noteSkip(d, 'generated', path);
      if (!byDefault && !symlink) d.keptByConfiguration++;
      if (!symlink && tracked) d.generatedFiles.push(blob ? { path, blob } : { path });
    } else if (symlink) noteSkip(d, 'symlink', path);
    else d.files.push(blob ? { path, blob } : { path });
  }
  return d;
}

/** Counts a skipped file and keeps a few examples for the report. */
export function noteSkip(d: Discovery, reason: SkipReason, path: string): void {
  d.skipped[reason]++;
  const ex = (d.skippedExamples[reason] ??= []);
  if (ex.length < 5) ex.push(path);
}

/** What git answered to each question discovery asks (undefined: the command failed). */
export interface GitListing {
  /** Asked for blob ids: with the work tree comparison (`changed`). */
  blobs: boolean;
  insideWorkTree?: string;
  /** Tracked files with their modes and ids, untracked ones not ignored (see gitFiles). */
  files?: string;
  /** Tracked files whose work tree copy differs from the index. */
  changed?: string;
  head?: string;
}

/** The same git commands in every way of asking: only when they run differs. */
type GitQuestion = Exclude<keyof GitListing, 'blobs'>;
const GIT_QUESTIONS: Record<GitQuestion, string[]> = {
  insideWorkTree: ['rev-parse', '--is-inside-work-tree'],
  // Tracked files with their modes, plus untracked ones that .gitignore does not exclude (new files
  // matter locally). `-v` tags each entry: `H` a tracked file git compares with the work tree,
  // lower case one marked assume-unchanged, `S` skip-worktree (git no longer compares those), `?` untracked.
  files: ['-c', 'core.quotepath=off', 'ls-files', '-z', '-v', '--stage', '--cached', '--others', '--exclude-standard'],
  // `--relative`: paths from the scanned folder, as ls-files gives them (a subfolder scan too).
  changed: ['-c', 'core.quotepath=off', 'diff-files', '--name-only', '--relative', '-z'],
  head: ['rev-parse', 'HEAD'],
};
const GIT_MAX_OUTPUT = 512 * 1024 * 1024;
const gitArgs = (q: GitQuestion) => ['-c', 'core.fsmonitor=false', ...GIT_QUESTIONS[q]];

/** The questions a discovery asks: the work tree comparison only for blob ids (the fact cache). */
const questionsFor = (blobs: boolean) => (Object.keys(GIT_QUESTIONS) as GitQuestion[]).filter((q) => blobs || q !== 'changed');

function gitListingNow(root: string, blobs: boolean): GitListing {
  const out: GitListing = { blobs };
  for (const q of questionsFor(blobs)) {
    try {
      out[q] = execFileSync('git', gitArgs(q), { cwd: root, encoding: 'utf8', maxBuffer: GIT_MAX_OUTPUT, stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      /* failed: absent */
    }
    if (q === 'insideWorkTree' && out[q]?.trim() !== 'true') break; // not a work tree: walked instead
  }
  return out;
}

/**
 * Asks git discovery's questions now, all at once, and answers when they are all done: the file
 * listing and the work tree comparison each walk the whole tree (a quarter of a second each on
 * 28,000 files), in processes of their own, on the other core while this one reads the job's
 * reports. Each writes to a file of a private folder, not a pipe: a pipe holds 64 KB, and git
 * would wait for a busy main thread to read it. Nothing may write to the tree between this call
 * and discovery. Never rejects; a question that fails is absent, as when asked now.
 */
export function gitListing(root: string, blobs: boolean): Promise<GitListing> {
  let dir: string;
  try {
    dir = mkdtempSync(join(tmpdir(), 'readiness-gate-git-'));
  } catch {
    return Promise.resolve(gitListingNow(root, blobs));
  }
  const ask = (q: GitQuestion) =>
    new Promise<string | undefined>((resolve) => {
      const file = join(dir, q);
      let fd: number | undefined;
      try {
        fd = openSync(file, 'wx', 0o600);
        const child = spawn('git', gitArgs(q), { cwd: root, stdio: ['ignore', fd, 'ignore'] });
        child.on('error', () => resolve(undefined));
        child.on('close', (code) => {
          try {
            resolve(code === 0 && statSync(file).size <= GIT_MAX_OUTPUT ? readFileSync(file, 'utf8') : undefined);
          } catch {
            resolve(undefined);
          }
        });
      } catch {
        resolve(undefined);
      } finally {
        if (fd !== undefined) closeSync(fd); // the child holds its own copy
      }
    });
  const questions = questionsFor(blobs);
  return Promise.all(questions.map(ask)).then((answers) => {
    rmSync(dir, { recursive: true, force: true });
    const out: GitListing = { blobs };
    questions.forEach((q, i) => {
      const a = answers[i];
      if (a !== undefined) out[q] = a;
    });
    return out;
  });
}

function gitFiles(git: GitListing, blobs: boolean): { files: Listed[]; commit: string | null; submodules: string[] } | null {
  if (git.insideWorkTree?.trim() !== 'true' || git.files === undefined) return null;
  const files: Listed[] = [];
  const submodules: string[] = [];
  for (const tagged of git.files.split('\0')) {
    if (tagged.length < 3 || tagged[1] !== ' ') continue;
    const tag = tagged[0];
    const entry = tagged.slice(2);
    const tab = entry.indexOf('\t');
    // "<mode> <object> <stage>\t<path>" for tracked entries; a bare path for untracked ones.
    const staged = tag !== '?' && tab > 0 && /^\d{6} [0-9a-f]+ \d$/.test(entry.slice(0, tab));
    const mode = staged ? entry.slice(0, 6) : '100644';
    const path = staged ? entry.slice(tab + 1) : entry;
    if (mode === '160000') {
      submodules.push(path); // a submodule: another repository, never read
      continue;
    }
    // Stage 0 only (an unmerged path has several versions in the index and none is the work
    // tree's), and only where git still compares the work tree with the index (tag H).
    const blob = blobs && staged && tag === 'H' && entry.charCodeAt(tab - 1) === 48 /* '0' */ ? entry.slice(7, tab - 2) : undefined;
    files.push({ path, symlink: mode === '120000', tracked: staged, ...(blob ? { blob } : {}) });
  }
  if (blobs) {
    // The index's id is the work tree's content only where the work tree is unchanged: a step before
    // the gate may have rewritten a tracked file (a build, a formatter). git compares what it knows.
    if (git.changed === undefined) return null;
    const changed = new Set(git.changed.split('\0'));
    for (const f of files) if (f.blob && changed.has(f.path)) delete f.blob;
  }
  // No commit yet: none.
  return { files, commit: git.head?.trim() || null, submodules };
}

function walk(root: string): Listed[] {
  const out: Listed[] = [];
  const stack: Array<{ dir: string; rules: Array<{ base: string; ig: Ignore }> }> = [{ dir: '', rules: [] }];
  while (stack.length > 0) {
    const { dir, rules } = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(join(root, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    let here = rules;
    if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      try {
        // A regular file of sane size only: a .gitignore swapped for a FIFO or a huge file is not waited on.
        const ig = ignore().add(readRegularText(join(root, dir, '.gitignore'), { roots: [root], maxBytes: 1024 * 1024 }));
        here = [...rules, { base: dir, ig }];
      } catch {
        /* unreadable .gitignore: keep the parent rules */
      }
    }
    const ignored = (rel: string, isDir: boolean) =>
      here.some(({ base, ig }) => {
        const sub = base === '' ? rel : rel.slice(base.length + 1);
        return ig.ignores(isDir ? `${sub}/` : sub);
      });
    for (const e of entries) {
      if (e.name === '.git') continue;
      const rel = dir === '' ? e.name : `${dir}/${e.name}`;
      if (e.isDirectory()) {
        if (!ignored(rel, true)) stack.push({ dir: rel, rules: here });
      } else if ((e.isFile() || e.isSymbolicLink()) && !ignored(rel, false)) {
        out.push({ path: rel, symlink: e.isSymbolicLink() }); // listed so that discover() counts them, never followed
      }
    }
  }
  return out;
}
