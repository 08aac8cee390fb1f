// The one-file change of a real tree, shared by the bench (npm run bench -- --repos) and the corpus's
// --cache-check: a copy of the tree, and the tracked source file to edit in it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, readFileSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';

const SOURCE_EXT = new Set(['.ts', '.tsx', '.js', '.jsx', '.mjs', '.py', '.go', '.rs']);
const SKIPPED_DIR = /(^|\/)(node_modules|vendor|third_party|dist|build)\//;

/** Code that changes what the rules observe in the file: a load of a file that does not exist, a declaration. */
const CODE = {
  '.ts': "import './readiness-gate-edit-missing';\n",
  '.tsx': "import './readiness-gate-edit-missing';\n",
  '.js': "require('./readiness-gate-edit-missing');\n",
  '.jsx': "require('./readiness-gate-edit-missing');\n",
  '.mjs': "import './readiness-gate-edit-missing.mjs';\n",
  '.py': 'import readiness_gate_edit_missing\n',
  '.go': 'func readinessGateEdit() {}\n',
};

/**
 * Code that changes what some rules observe and not others: a declaration holding a string literal,
 * no import. The route facts list the literal; the import graph is what it was (the most common
 * edit: a function body).
 */
const BODY = {
  '.ts': "const readinessGateEdit{i} = 'readiness-gate-edit-{i}';\n",
  '.tsx': "const readinessGateEdit{i} = 'readiness-gate-edit-{i}';\n",
  '.js': "const readinessGateEdit{i} = 'readiness-gate-edit-{i}';\n",
  '.jsx': "const readinessGateEdit{i} = 'readiness-gate-edit-{i}';\n",
  '.mjs': "const readinessGateEdit{i} = 'readiness-gate-edit-{i}';\n",
  '.py': "readiness_gate_edit_{i} = 'readiness-gate-edit-{i}'\n",
  '.go': 'func readinessGateEdit{i}() string { return "readiness-gate-edit-{i}" }\n',
};

/** The source file the one-file change edits: the middle one of the sorted tracked source files. */
export function sourceToEdit(dir) {
  const p = spawnSync('git', ['-C', dir, '--no-optional-locks', 'ls-files', '-s', '-z'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (p.status !== 0) return undefined;
  const files = p.stdout.split('\0')
    .filter((l) => l.startsWith('100644 '))
    .map((l) => l.slice(l.indexOf('\t') + 1))
    .filter((f) => SOURCE_EXT.has(extname(f)) && !SKIPPED_DIR.test(f))
    .sort();
  return files[files.length >> 1];
}

/**
 * A full copy of the tree in `work/copy` (never hard links: linking changes the inode's ctime, which
 * would make git see every file of the original as touched), its index refreshed as a fresh
 * checkout's is, and `edit(i)`: a comment line appended to `rel`, staged, so that the index names the
 * new blob as on a checkout of the next commit. Undefined without a tracked source file (or git).
 */
export function editableCopy(dir, work) {
  const rel = sourceToEdit(dir);
  if (!rel) return undefined;
  const copy = join(work, 'copy');
  // The tree's real folder: a tree given as a link (a folder of links to corpus trees) would be
  // copied as the link itself, and the edits below written through it into the original.
  cpSync(realpathSync(dir), copy, { recursive: true, verbatimSymlinks: true });
  if (lstatSync(copy).isSymbolicLink()) throw new Error(`${dir}: the copy is a link, refusing to edit through it`);
  // A tree below another repository's top has no .git of its own: its copy is walked, not staged.
  const hasGit = existsSync(join(copy, '.git'));
  const git = (...args) => (hasGit ? spawnSync('git', ['-C', copy, '-c', 'gc.auto=0', ...args], { stdio: 'ignore' }).status : 0);
  git('update-index', '-q', '--refresh');
  const path = join(copy, rel);
  const original = readFileSync(path, 'utf8');
  const comment = extname(rel) === '.py' ? '#' : '//';
  return {
    copy,
    rel,
    /**
     * `code`: append what the language reads (an import, a declaration) instead of a comment; `'body'`:
     * a declaration only (BODY). Returns an error message, or undefined.
     */
    edit(i, code = false) {
      const tmp = join(dirname(path), `.bench-edit-${i}`);
      // Each edit's code names its own missing file or declaration: what the file says changes every time.
      const said =
        code === 'body'
          ? (BODY[extname(rel)] ?? '').replaceAll('{i}', String(i + 1))
          : code
            ? (CODE[extname(rel)] ?? '').replace(/readiness-gate-edit-missing|readiness_gate_edit_missing|readinessGateEdit/, (w) => `${w}${w.includes('-') ? '-' : '_'}${i + 1}`)
            : '';
      writeFileSync(tmp, `${original}\n${said}${comment} readiness-gate bench: edit ${i + 1}\n`);
      renameSync(tmp, path);
      return git('add', '--', rel) === 0 ? undefined : `git add ${rel} failed`;
    },
  };
}
