import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRepositoryLevel, repositoryRelative } from '../../src/workspace/repository.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'rg-repo-'));
  made.push(root);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  return root;
}

const git = (cwd: string, ...a: string[]) => execFileSync('git', ['-c', 'user.name=a', '-c', 'user.email=a@b', ...a], { cwd, stdio: 'ignore' });
const NO_ENV = {};

const FILES = {
  '.github/workflows/ci.yml': 'on: push\n',
  '.github/workflows/notes.txt': 'not a workflow\n',
  '.github/CODEOWNERS': '* @acme/team\n',
  '.github/dependabot.yml': 'version: 2\n',
  'docs/CODEOWNERS': '* @acme/docs\n',
  'docs/guide.md': '# guide\n',
  'Jenkinsfile': "sh 'make test'\n",
  'services/web/Jenkinsfile': "sh 'make web'\n",
  'services/api/.github/workflows/own.yml': 'on: push\n',
  'services/api/app.py': 'print(1)\n',
  'README.md': '# repo\n',
};
const EXPECTED = ['../../.github/CODEOWNERS', '../../.github/workflows/ci.yml', '../../Jenkinsfile', '../../docs/CODEOWNERS'];

describe('readRepositoryLevel', () => {
  it('without git: reads the workspace root’s workflows, CODEOWNERS and root CI files, nothing else, nothing of the folder', () => {
    const ws = tree(FILES);
    const level = readRepositoryLevel(join(ws, 'services/api'), ws, 1 << 20, NO_ENV)!;
    expect(level.folder).toBe('services/api');
    expect(level.up).toBe('../../');
    expect(level.files.map((f) => f.path)).toEqual(EXPECTED);
    expect(level.files.map((f) => f.repoPath)).toEqual(EXPECTED.map(repositoryRelative));
    expect(level.contents.get('../../.github/CODEOWNERS')?.toString()).toBe('* @acme/team\n');
    expect(level.refused).toEqual([]);
  });

  it('with git: the work tree top, its tracked and unignored files only', () => {
    const ws = tree({ ...FILES, '.gitignore': 'ignored.yml\n', '.github/workflows/ignored.yml': 'on: push\n' });
    git(ws, 'init', '-q');
    git(ws, 'add', '-A');
    git(ws, 'commit', '-qm', 'x');
    const level = readRepositoryLevel(join(ws, 'services/api'), ws, 1 << 20, NO_ENV)!;
    expect(level.files.map((f) => f.path)).toEqual(EXPECTED);
  });

  it('finds the work tree top below the workspace and climbs only to it', () => {
    const ws = tree({ 'CODEOWNERS': '* @outside\n', ...Object.fromEntries(Object.entries(FILES).map(([p, t]) => [`repo/${p}`, t])) });
    git(join(ws, 'repo'), 'init', '-q');
    const level = readRepositoryLevel(join(ws, 'repo/services/api'), ws, 1 << 20, { GITHUB_WORKSPACE: ws })!;
    expect(level.folder).toBe('services/api');
    expect(level.files.map((f) => f.path)).toEqual(EXPECTED);
  });

  it('never reads above the workspace: a work tree that starts above it is not read', () => {
    const top = tree({ ...FILES });
    git(top, 'init', '-q');
    // The workspace is services/: the repository's root is above it.
    expect(readRepositoryLevel(join(top, 'services/api'), join(top, 'services'), 1 << 20, NO_ENV)).toBeUndefined();
    // A scanned root outside every workspace: nothing.
    const other = tree({ 'x/y.txt': '' });
    expect(readRepositoryLevel(join(top, 'services/api'), other, 1 << 20, NO_ENV)).toBeUndefined();
  });

  it('reads nothing when the scanned root is the repository root', () => {
    const ws = tree(FILES);
    expect(readRepositoryLevel(ws, ws, 1 << 20, NO_ENV)).toBeUndefined();
  });

  it('refuses links (to a file or a folder) and files over the limit, and says why; a FIFO is not even listed', () => {
    const ws = tree({ 'services/api/app.py': '', 'secret.txt': 'token\n', 'elsewhere/ci.yml': 'on: push\n', 'docs/CODEOWNERS': `${'#'.repeat(100)}\n` });
    mkdirSync(join(ws, '.github'));
    symlinkSync('../secret.txt', join(ws, '.github/CODEOWNERS'));
    symlinkSync('../elsewhere', join(ws, '.github/workflows'));
    execFileSync('mkfifo', [join(ws, 'CODEOWNERS')]);
    const level = readRepositoryLevel(join(ws, 'services/api'), ws, 50, NO_ENV)!;
    expect(level.files).toEqual([]);
    expect(level.contents.size).toBe(0);
    expect(level.refused.map((r) => r.path)).toEqual(['../../.github/CODEOWNERS', '../../docs/CODEOWNERS']);
    expect(level.refused[0]!.why).toBe('is a symbolic link');
    expect(level.refused[1]!.why).toMatch(/^is too large/);
  });
});
