import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/workspace/discover.js';

describe('discover: generated files for the every-file checks', () => {
  it('lists tracked generated files (links aside), not untracked ones, and counts all as generated', () => {
    const root = mkdtempSync(join(tmpdir(), 'rg-disc-'));
    const git = (...a: string[]) => execFileSync('git', a, { cwd: root, stdio: 'ignore' });
    git('init', '-q');
    for (const p of ['src/app.js', 'dist/app.min.js', 'vendor/lib.js', 'gen/out.txt']) {
      mkdirSync(join(root, p, '..'), { recursive: true });
      writeFileSync(join(root, p), 'x\n');
    }
    symlinkSync('../src/app.js', join(root, 'dist/link.js'));
    git('add', '-A');
    git('-c', 'user.name=a', '-c', 'user.email=a@b', 'commit', '-qm', 'x');
    writeFileSync(join(root, 'dist/untracked.js'), 'x\n'); // build output, not committed
    const d = discover(root, { ignore: [], generated: ['gen/**'] });
    expect(d.files.map((f) => f.path)).toEqual(['src/app.js']);
    expect(d.generatedFiles.map((f) => f.path)).toEqual(['dist/app.min.js', 'gen/out.txt', 'vendor/lib.js']);
    expect(d.skipped.generated).toBe(5);
  });
});

describe('discover: submodules', () => {
  it('lists a gitlink as a submodule path (another repository: none of its files is read)', () => {
    const root = mkdtempSync(join(tmpdir(), 'rg-disc-'));
    const git = (...a: string[]) => execFileSync('git', a, { cwd: root, stdio: 'ignore' });
    git('init', '-q');
    mkdirSync(join(root, 'src'), { recursive: true });
    writeFileSync(join(root, 'src/app.js'), 'x\n');
    git('add', '-A');
    git('update-index', '--add', '--cacheinfo', `160000,${'a'.repeat(40)},src/ee`);
    git('-c', 'user.name=a', '-c', 'user.email=a@b', 'commit', '-qm', 'x');
    const d = discover(root, { ignore: [], generated: [] });
    expect(d.files.map((f) => f.path)).toEqual(['src/app.js']);
    expect(d.submodules).toEqual(['src/ee']);
  });
});

describe('discover: blob ids only where git vouches for the work tree', () => {
  const repo = () => {
    const root = mkdtempSync(join(tmpdir(), 'rg-disc-'));
    const git = (...a: string[]) => execFileSync('git', a, { cwd: root, stdio: 'ignore' });
    git('init', '-q');
    mkdirSync(join(root, 'sub'), { recursive: true });
    for (const p of ['sub/a.js', 'sub/b.js', 'sub/c.js', 'sub/d.js']) writeFileSync(join(root, p), 'x\n');
    git('add', '-A');
    git('-c', 'user.name=a', '-c', 'user.email=a@b', 'commit', '-qm', 'x');
    return { root, git };
  };
  const blobs = (dir: string) => Object.fromEntries(discover(dir, { ignore: [], generated: [], blobs: true }).files.map((f) => [f.path, f.blob !== undefined]));

  it('a file edited in the work tree has none, also when a subfolder is scanned (git diff-files names paths from the top)', () => {
    const { root } = repo();
    writeFileSync(join(root, 'sub/a.js'), 'const key = 1;\n');
    expect(blobs(root)).toEqual({ 'sub/a.js': false, 'sub/b.js': true, 'sub/c.js': true, 'sub/d.js': true });
    expect(blobs(join(root, 'sub'))).toEqual({ 'a.js': false, 'b.js': true, 'c.js': true, 'd.js': true });
  });

  it('a file marked assume-unchanged or skip-worktree has none: git no longer compares it', () => {
    const { root, git } = repo();
    git('update-index', '--assume-unchanged', 'sub/b.js');
    git('update-index', '--skip-worktree', 'sub/c.js');
    expect(blobs(join(root, 'sub'))).toEqual({ 'a.js': true, 'b.js': false, 'c.js': false, 'd.js': true });
  });
});
