// Discovery: which files of the checkout are scanned, and which are skipped and why.
// In a git work tree `git ls-files` answers (so .gitignore is honoured exactly as git does);
// elsewhere a walk that honours every .gitignore on the way down and never follows links.
import { execFileSync } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import type { SkipReason } from '../model/types.js';

/** Generated or vendored trees, skipped unless the configuration says otherwise. */
export const DEFAULT_GENERATED = [
  '**/node_modules/**',
  '**/vendor/**',
  '**/third_party/**',
  '**/dist/**',
  '**/build/**',
  '**/coverage/**',
  '**/htmlcov/**',
  '**/.nyc_output/**',
  '**/__pycache__/**',
  '**/.venv/**',
  '**/venv/**',
  '**/.tox/**',
  '**/.next/**',
  '**/*.min.js',
  '**/*.min.css',
  '**/*.map',
];

export interface DiscoveredFile {
  path: string;
  size: number;
}

export interface Discovery {
  files: DiscoveredFile[];
  skipped: Record<SkipReason, number>;
  /** A few examples per reason, for the report. */
  skippedExamples: Partial<Record<SkipReason, string[]>>;
  source: 'git' | 'walk';
  commit: string | null;
}

export interface DiscoverOptions {
  maxFileSize: number;
  ignore: readonly string[];
  generated: readonly string[];
  /** Root-relative paths that are ours (reports written by a previous run). */
  exclude?: readonly string[];
}

export function discover(root: string, o: DiscoverOptions): Discovery {
  const git = gitFiles(root);
  const paths = git ? git.files : walk(root);
  const isIgnored = picomatch([...o.ignore], { dot: true });
  const isGenerated = picomatch([...DEFAULT_GENERATED, ...o.generated], { dot: true });
  const exclude = new Set(o.exclude ?? []);
  const d: Discovery = {
    files: [],
    skipped: { binary: 0, tooLarge: 0, generated: 0, ignored: 0, symlink: 0, unreadable: 0 },
    skippedExamples: {},
    source: git ? 'git' : 'walk',
    commit: git?.commit ?? null,
  };
  const skip = (reason: SkipReason, path: string) => noteSkip(d, reason, path);
  for (const path of [...new Set(paths)].sort()) {
    // Our own reports from a previous run: not part of the tree, and not counted (runs stay byte-identical).
    if (exclude.has(path)) continue;
    if (isIgnored(path)) {
      skip('ignored', path);
      continue;
    }
    if (isGenerated(path)) {
      skip('generated', path);
      continue;
    }
    let st;
    try {
      st = lstatSync(join(root, path));
    } catch {
      continue; // listed by git but deleted in the work tree: nothing to scan
    }
    if (st.isSymbolicLink()) {
      skip('symlink', path);
      continue;
    }
    if (!st.isFile()) continue; // submodules (gitlinks) and other non-files
    if (st.size > o.maxFileSize) {
      skip('tooLarge', path);
      continue;
    }
    d.files.push({ path, size: st.size });
  }
  return d;
}

/** Counts a skipped file and keeps a few examples for the report. */
export function noteSkip(d: Discovery, reason: SkipReason, path: string): void {
  d.skipped[reason]++;
  const ex = (d.skippedExamples[reason] ??= []);
  if (ex.length < 5) ex.push(path);
}

function gitFiles(root: string): { files: string[]; commit: string | null } | null {
  const run = (args: string[]) =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    if (run(['rev-parse', '--is-inside-work-tree']).trim() !== 'true') return null;
    // Tracked files plus untracked ones that .gitignore does not exclude (new files matter locally).
    const out = run(['-c', 'core.quotepath=off', 'ls-files', '-z', '--cached', '--others', '--exclude-standard']);
    let commit: string | null = null;
    try {
      commit = run(['rev-parse', 'HEAD']).trim() || null;
    } catch {
      commit = null; // no commit yet
    }
    return { files: out.split('\0').filter((p) => p !== ''), commit };
  } catch {
    return null;
  }
}

function walk(root: string): string[] {
  const out: string[] = [];
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
        const ig = ignore().add(readFileSync(join(root, dir, '.gitignore'), 'utf8'));
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
        out.push(rel); // symlinks are listed so that discover() counts them, never followed
      }
    }
  }
  return out;
}
