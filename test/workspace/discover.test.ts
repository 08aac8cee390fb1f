import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover, gitListing } from '../../src/workspace/discover.js';

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

describe('discover: git asked ahead (gitListing)', () => {
  it('lists what git asked at discovery lists: tracked, untracked, ignored, edited, a subfolder, a tree outside git; a listing larger than a pipe holds', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rg-disc-ahead-'));
    const git = (...a: string[]) => execFileSync('git', a, { cwd: root, stdio: 'ignore' });
    git('init', '-q');
    mkdirSync(join(root, 'sub'), { recursive: true });
    // 2,000 paths of 60 characters: about 200 KB of listing, over a pipe's 64 KB.
    for (let i = 0; i < 2000; i++) writeFileSync(join(root, 'sub', `${String(i).padStart(4, '0')}-${'x'.repeat(48)}.js`), `${i}\n`);
    writeFileSync(join(root, '.gitignore'), 'out/\n');
    git('add', '-A');
    git('-c', 'user.name=a', '-c', 'user.email=a@b', 'commit', '-qm', 'x');
    writeFileSync(join(root, 'sub', `0001-${'x'.repeat(48)}.js`), 'edited\n');
    writeFileSync(join(root, 'new.js'), 'untracked\n');
    mkdirSync(join(root, 'out'));
    writeFileSync(join(root, 'out', 'ignored.js'), 'ignored\n');
    const outside = mkdtempSync(join(tmpdir(), 'rg-disc-plain-'));
    writeFileSync(join(outside, 'a.js'), 'x\n');
    for (const dir of [root, join(root, 'sub'), outside]) {
      for (const blobs of [true, false]) {
        const o = { ignore: [], generated: [], blobs };
        const ahead = discover(dir, o, await gitListing(dir, blobs));
        expect(ahead).toEqual(discover(dir, o));
      }
    }
    const d = discover(root, { ignore: [], generated: [], blobs: true }, await gitListing(root, true));
    expect(d.source).toBe('git');
    expect(d.files).toHaveLength(2002);
    expect(d.files.find((f) => f.path === 'new.js')).toEqual({ path: 'new.js' });
    expect(d.files.find((f) => f.path.startsWith('sub/0001-'))!.blob).toBeUndefined();
    expect(d.files.find((f) => f.path.startsWith('sub/0002-'))!.blob).toMatch(/^[0-9a-f]{40}$/);
    expect(d.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(discover(outside, { ignore: [], generated: [] }, await gitListing(outside, false)).source).toBe('walk');
    // Answers to another question (asked without blob ids) are not taken for a discovery that wants them.
    expect(discover(root, { ignore: [], generated: [], blobs: true }, await gitListing(root, false))).toEqual(d);
  });
});
