import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { outputTarget, prepareOutputs, writeOutput } from '../../src/io/write-output.js';
import { discover } from '../../src/workspace/discover.js';
import { hostileRepo, tempDir } from '../security/hostile.js';

describe('outputTarget', () => {
  it('accepts a new file, a file in new folders and an existing regular file', () => {
    const ws = tempDir();
    writeFileSync(join(ws, 'old.json'), '{}');
    for (const p of ['r.json', 'a/b/c.sarif', 'old.json']) expect(outputTarget('report', p, ws, [ws]).abs).toBe(join(ws, p));
  });

  it('refuses a link, a linked parent, a directory, a file as a parent and a path outside, naming the input', () => {
    const ws = tempDir();
    const away = tempDir('rg-away-');
    symlinkSync(join(away, 'x'), join(ws, 'link.json'));
    symlinkSync(away, join(ws, 'out'));
    mkdirSync(join(ws, 'dir'));
    writeFileSync(join(ws, 'file'), '');
    const cases: Array<[string, RegExp]> = [
      ['link.json', /input 'sarif' \("link.json"\) is a symbolic link/],
      ['out/x.sarif', /lies under a symbolic link \(out\)/],
      ['dir', /is a directory/],
      ['file/x.sarif', /lies under file, which is not a directory/],
      ['../x.sarif', /resolves outside the workspace/],
    ];
    for (const [p, re] of cases) {
      expect(() => outputTarget('sarif', p, ws, [ws]), p).toThrow(ConfigurationError);
      expect(() => outputTarget('sarif', p, ws, [ws]), p).toThrow(re);
    }
  });

  it('an absolute path outside the roots is the author’s choice, unless it is a directory', () => {
    const ws = tempDir();
    const away = tempDir('rg-away-');
    expect(outputTarget('sbom', join(away, 's.json'), ws, [ws]).root).toBeUndefined();
    expect(() => outputTarget('sbom', away, ws, [ws])).toThrow(/is a directory/);
  });
});

describe('writeOutput', () => {
  it('refuses a link placed after the check instead of writing through it, and leaves no temporary file', () => {
    const ws = tempDir();
    const away = join(tempDir('rg-away-'), 'victim');
    writeFileSync(away, 'ORIGINAL');
    const t = outputTarget('report', 'r.json', ws, [ws]);
    symlinkSync(away, join(ws, 'r.json')); // swapped in between the check and the write
    expect(() => writeOutput(t, 'NEW')).toThrow(/is a symbolic link/);
    expect(readFileSync(away, 'utf8')).toBe('ORIGINAL');
    expect(readdirSync(ws)).toEqual(['r.json']);
  });

  it('creates missing folders one at a time and writes atomically', () => {
    const ws = tempDir();
    const t = outputTarget('report', 'a/b/r.json', ws, [ws]);
    writeOutput(t, 'one');
    writeOutput(t, 'two');
    expect(readFileSync(join(ws, 'a/b/r.json'), 'utf8')).toBe('two');
    expect(readdirSync(join(ws, 'a/b'))).toEqual(['r.json']);
  });
});

describe('prepareOutputs', () => {
  it('removes stale outputs (a link itself, never its target), keeps committed bytes, throws the first refusal after cleaning', () => {
    const away = join(tempDir('rg-away-'), 'victim');
    writeFileSync(away, 'ORIGINAL');
    const ws = hostileRepo({ 'readiness-report.json': { link: away }, 'readiness-gate.sarif': 'COMMITTED', 'a.txt': 'x' });
    writeFileSync(join(ws, 'readiness-gate.sarif'), 'MODIFIED IN THE WORK TREE');
    writeFileSync(join(ws, 'sbom.cdx.json'), 'UNTRACKED');
    expect(() => prepareOutputs({ report: 'readiness-report.json', sarif: 'readiness-gate.sarif', sbom: 'sbom.cdx.json' }, ws, [ws])).toThrow(/input 'report'/);
    expect(readFileSync(away, 'utf8')).toBe('ORIGINAL');
    for (const n of ['readiness-report.json', 'readiness-gate.sarif', 'sbom.cdx.json']) expect(() => lstatSync(join(ws, n))).toThrow();
    const ok = prepareOutputs({ sarif: 'readiness-gate.sarif' }, ws, [ws]);
    expect(ok.committed.size).toBe(0); // already removed: nothing on disk to stand for
    writeFileSync(join(ws, 'readiness-gate.sarif'), 'RUN 1 OUTPUT');
    const again = prepareOutputs({ sarif: 'readiness-gate.sarif' }, ws, [ws]);
    expect(again.committed.get(join(ws, 'readiness-gate.sarif'))?.toString()).toBe('COMMITTED'); // git's bytes, not the disk's
    expect(existsSync(join(ws, 'readiness-gate.sarif'))).toBe(false);
  });
});

describe('discover and output-named files', () => {
  it('skips and counts an untracked one, lists a committed one', () => {
    const ws = hostileRepo({ 'readiness-gate.sarif': 'COMMITTED', 'a.txt': 'x' });
    writeFileSync(join(ws, 'readiness-report.json'), 'UNTRACKED');
    const d = discover(ws, { ignore: [], generated: [], exclude: ['readiness-report.json', 'readiness-gate.sarif'] });
    expect(d.files.map((f) => f.path)).toEqual(['a.txt', 'readiness-gate.sarif']);
    expect(d.skipped.output).toBe(1);
    expect(d.skippedExamples.output).toEqual(['readiness-report.json']);
  });
});
