import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editableCopy } from '../../scripts/tree-edit.mjs';

describe('editableCopy (bench and corpus --cache-check)', () => {
  it('a tree given as a link is copied, not linked: its edits never reach the original (a folder of links to corpus trees)', () => {
    const root = mkdtempSync(join(tmpdir(), 'rg-tree-edit-'));
    const tree = join(root, 'tree');
    execFileSync('git', ['init', '-q', tree]);
    writeFileSync(join(tree, 'app.js'), 'export const a = 1;\n');
    execFileSync('git', ['-C', tree, 'add', 'app.js']);
    const link = join(root, 'link');
    symlinkSync(tree, link);
    const edited = editableCopy(link, mkdtempSync(join(root, 'work-')))!;
    expect(edited.rel).toBe('app.js');
    expect(edited.edit(0, true)).toBeUndefined();
    expect(readFileSync(join(edited.copy, 'app.js'), 'utf8')).toContain('readiness-gate bench: edit 1');
    expect(readFileSync(join(tree, 'app.js'), 'utf8')).toBe('export const a = 1;\n');
  });
});
