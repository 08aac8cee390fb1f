// Repository-level files for a scan of a subfolder (`path: services/api`). GitHub reads workflows
// and CODEOWNERS at the repository root only, so a service folder has neither of its own: the rules
// about them (meta.repositoryFiles) also read the root's, or they would report no CI, no deploy
// pipeline and no owners for a service that has all three.
//
// The repository root is the git work tree's top (`git rev-parse --show-toplevel`), or without git
// the workspace; never above the workspace (GITHUB_WORKSPACE, or the current folder when the scanned
// root is not in it): a checkout never vouches for folders the job did not check out. Only the
// few paths below are listed (REPOSITORY_GLOBS), each file opened once through safe-open.ts (a
// regular file inside the repository root, reached through no link).
//
// A repository-level file keeps a path relative to the scanned root, climbing out of it
// (`../../.github/workflows/ci.yml`): the JSON report stays relative to the scanned root, the
// fingerprint cannot collide with a file of the folder, and the renderers' repoPath() folds it into
// the repository-relative path that GitHub's links, annotations and code scanning expect.
import { execFileSync } from 'node:child_process';
import { lstatSync, readdirSync, realpathSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { globMatcher } from './glob.js';
import { CI_GLOBS } from '../analysis/ci-files.js';
import { readRegularFile, UnsafeFileError, within } from './safe-open.js';

/**
 * What is read at the repository root: where GitHub and the other CI services look for their
 * configuration (anchored at the root; a `Jenkinsfile` or `cloudbuild.yaml` in another folder
 * belongs to that folder), and GitHub's three CODEOWNERS places.
 */
export const REPOSITORY_GLOBS: readonly string[] = [
  // The CI files as the CI rules know them, anchored at the root (`**/cloudbuild*.yaml` → `cloudbuild*.yaml`);
  // a root `action.yml` is the repository's own action, not its CI.
  ...new Set(CI_GLOBS.map((g) => g.replace(/^\*\*\//, '')).filter((g) => g !== 'action.{yml,yaml}')),
  '.github/CODEOWNERS',
  'CODEOWNERS',
  'docs/CODEOWNERS',
];

/** Folders the listing descends into (besides the root's own files and docs/CODEOWNERS). */
const LISTED_DIRS = ['.github', '.gitlab', '.circleci', '.azure-pipelines', '.woodpecker', '.cloudbuild', 'cloudbuild'];
/** A repository with more files than this in those places is cut short (listing and reading stay bounded). */
export const REPOSITORY_MAX_FILES = 500;
const MAX_DEPTH = 8;
/** Directory entries looked at per listed folder without git. */
const WALK_BUDGET = 5000;

const isRepositoryFile = globMatcher([...REPOSITORY_GLOBS], { dot: true });

export interface RepositoryFile {
  /** Relative to the scanned root (`../../.github/workflows/ci.yml`). */
  path: string;
  /** Relative to the repository root (`.github/workflows/ci.yml`). */
  repoPath: string;
}

export interface RepositoryLevel {
  /** The scanned root relative to the repository root (`services/api`). */
  folder: string;
  /** `../` once per segment of `folder`. */
  up: string;
  /** Read and handed to the checks, sorted by path. */
  files: RepositoryFile[];
  contents: Map<string, Buffer>;
  /** Listed but not read (a link, a FIFO, too large...), with why: a notice names them. */
  refused: Array<{ path: string; why: string }>;
}

/**
 * A scanned folder with GitHub workflows of its own is laid out as a repository of its own (an
 * example project, a subtree, a copy made without .git): GitHub never runs workflows below the
 * root, so they are there for the folder's own repository, and the root around it is not read.
 */
export function standsAlone(scannedPaths: readonly string[]): boolean {
  return scannedPaths.some((p) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(p));
}

/** Whether a location path (relative to the scanned root) lies outside it, at the repository root. */
export function isRepositoryLevelPath(path: string): boolean {
  return path.startsWith('../');
}

/** A repository-level path without its climb (`../../.github/x` → `.github/x`); other paths as they are. */
export function repositoryRelative(path: string): string {
  return path.replace(/^(?:\.\.\/)+/, '');
}

/**
 * The repository root above `root` and the files read there; undefined when the scanned root is the
 * repository root, or no repository root lies within the workspace.
 */
export function readRepositoryLevel(root: string, cwd: string, maxBytes: number, env: NodeJS.ProcessEnv = process.env): RepositoryLevel | undefined {
  const top = repositoryRoot(root, cwd, env);
  if (top === undefined) return undefined;
  const folder = relative(top.dir, root).split(sep).join('/');
  if (folder === '' || folder.startsWith('..')) return undefined;
  const up = folder.split('/').map(() => '../').join('');
  const listed = (top.git ? gitListing(top.dir) : undefined) ?? walkListing(top.dir);
  const level: RepositoryLevel = { folder, up, files: [], contents: new Map(), refused: [] };
  for (const { path, link } of listed) {
    // A file inside the scanned folder (path: .github) is scanned as part of it already.
    if (path === folder || path.startsWith(`${folder}/`) || !isRepositoryFile(path)) continue;
    if (level.files.length + level.refused.length >= REPOSITORY_MAX_FILES) break;
    const rel = up + path;
    if (link) {
      level.refused.push({ path: rel, why: 'is a symbolic link' });
      continue;
    }
    try {
      level.contents.set(rel, readRegularFile(join(top.dir, path), { roots: [top.dir], maxBytes }));
      level.files.push({ path: rel, repoPath: path });
    } catch (e) {
      if (e instanceof UnsafeFileError && e.reason === 'missing') continue; // listed by git, deleted in the work tree
      level.refused.push({ path: rel, why: e instanceof Error ? e.message : String(e) });
    }
  }
  return level;
}

/** The repository root: git's work tree top when it lies within the workspace, else the workspace itself. */
function repositoryRoot(root: string, cwd: string, env: NodeJS.ProcessEnv): { dir: string; git: boolean } | undefined {
  const abs = resolve(root);
  // The workspace that holds the scanned root: the runner's, or the current folder (a local run).
  const workspace = [env.GITHUB_WORKSPACE, cwd].filter((w): w is string => !!w).map((w) => resolve(w)).find((w) => within(w, abs));
  if (workspace === undefined) return undefined;
  let top: string | undefined;
  try {
    top = execFileSync('git', ['-c', 'core.fsmonitor=false', 'rev-parse', '--show-toplevel'], { cwd: abs, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    top = undefined; // not a git work tree
  }
  if (top === undefined || top === '') return { dir: workspace, git: false };
  // git answers with the resolved path; the workspace may be written through a link (/tmp → /private/tmp).
  for (const ws of [workspace, realOf(workspace)]) {
    if (ws !== undefined && within(ws, top)) return { dir: join(workspace, relative(ws, top)), git: true };
  }
  return undefined; // the work tree starts above the workspace: its root is not ours to read
}

function realOf(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

interface Listed {
  path: string;
  link: boolean;
}

/** git's view of the root's files and of the listed folders: tracked ones with their modes, and untracked ones .gitignore allows. */
function gitListing(top: string): Listed[] | undefined {
  try {
    const out = execFileSync(
      'git',
      ['-c', 'core.fsmonitor=false', '-c', 'core.quotepath=off', 'ls-files', '-z', '--stage', '--cached', '--others', '--exclude-standard', '--', ':(top,glob)*', ':(top)docs/CODEOWNERS', ...LISTED_DIRS.map((d) => `:(top,glob)${d}/**`)],
      { cwd: top, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const seen = new Map<string, Listed>();
    for (const entry of out.split('\0')) {
      if (entry === '') continue;
      const tab = entry.indexOf('\t');
      const staged = tab > 0 && /^\d{6} [0-9a-f]+ \d$/.test(entry.slice(0, tab));
      const mode = staged ? entry.slice(0, 6) : '100644';
      if (mode === '160000') continue; // a submodule
      const path = staged ? entry.slice(tab + 1) : entry;
      if (!seen.has(path)) seen.set(path, { path, link: mode === '120000' });
    }
    return [...seen.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  } catch {
    return undefined;
  }
}

/** Without git: the root's files, docs/CODEOWNERS and the listed folders, each folder's depth and entries bounded; links listed, never followed. */
function walkListing(top: string): Listed[] {
  const out: Listed[] = [];
  const entriesOf = (dir: string) => {
    try {
      return readdirSync(join(top, dir), { withFileTypes: true });
    } catch {
      return [];
    }
  };
  const note = (rel: string, e: Pick<Dirent, 'isFile' | 'isSymbolicLink'>) => {
    if (e.isFile() || e.isSymbolicLink()) out.push({ path: rel, link: e.isSymbolicLink() });
  };
  for (const e of entriesOf('')) {
    if (!e.isDirectory()) note(e.name, e);
    else if (LISTED_DIRS.includes(e.name)) walkDir(e.name);
    else if (e.name === 'docs') {
      try {
        note('docs/CODEOWNERS', lstatSync(join(top, 'docs/CODEOWNERS')));
      } catch {
        /* none */
      }
    }
  }
  function walkDir(start: string): void {
    // Its own budget: a huge .gitlab/ does not keep .github/ from being listed.
    let budget = WALK_BUDGET;
    const stack: Array<{ dir: string; depth: number }> = [{ dir: start, depth: 1 }];
    while (stack.length > 0 && budget > 0) {
      const { dir, depth } = stack.pop()!;
      for (const e of entriesOf(dir)) {
        if (--budget <= 0) break;
        const rel = `${dir}/${e.name}`;
        if (e.isDirectory()) {
          if (depth < MAX_DEPTH) stack.push({ dir: rel, depth: depth + 1 });
        } else note(rel, e);
      }
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
