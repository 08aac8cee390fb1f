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
