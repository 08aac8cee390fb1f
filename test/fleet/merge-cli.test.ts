// `readiness-gate merge` in-process: folders as download-artifact lays them out, the output folder
// and its links, --previous, and every bad usage ending with exit code 2 and a message naming it.
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInputs, nameFromPath } from '../../src/fleet/merge-io.js';
import type { MergedReport } from '../../src/fleet/types.js';
import { makeEntry, makeFleet, makeReport, runMerge, tempDir, writeInputs } from '../helpers/fleet-reports.js';
import { validateMerged } from './validate.js';

const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');

describe('merge: inputs', () => {
  it('reads folders of artifacts recursively, names plain reports after their file or folder, and writes the four files', async () => {
    const root = tempDir();
    writeInputs(root, {
      'artifacts/batch-1/acme__api.json': makeEntry('acme/api', makeReport({ score: 91 })),
      'artifacts/batch-1/notes.txt': 'not json',
      'artifacts/batch-2/acme__web.json': makeEntry('acme/web', makeReport({ score: 40, findings: [['hardcoded-secret', 1]] })),
      'artifacts/readiness-shop/readiness-report.json': makeReport({ score: 75 }),
      'artifacts/readiness-shop/readiness-gate.sarif.json': { version: '2.1.0', runs: [] },
      'single/legacy-tool.json': makeReport({ score: 82 }),
    });
    const r = await runMerge(['artifacts', 'single/legacy-tool.json', '--out', 'org'], root);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Merged 4 repositories: 3 ready, 1 blocked, 0 failed to scan\. Wrote org\/merged\.json, org\/summary\.md, org\/merged\.csv, org\/dashboard\.html and a badge per repository in org\/badges\n$/);
    expect(readdirSync(join(root, 'org')).sort()).toEqual(['badges', 'dashboard.html', 'merged.csv', 'merged.json', 'summary.md']);
    expect(readdirSync(join(root, 'org/badges')).sort()).toEqual(['acme+api.json', 'acme+web.json', 'legacy-tool.json', 'readiness-shop.json']);
    expect(JSON.parse(read(join(root, 'org/badges'), 'acme+web.json'))).toEqual({ schemaVersion: 1, label: 'readiness', message: 'blocked \u00b7 F', color: 'red' });
    const m = JSON.parse(read(join(root, 'org'), 'merged.json')) as MergedReport;
    expect(validateMerged(m)).toEqual([]);
    expect(m.repositories.map((x) => x.repository)).toEqual(['acme/api', 'acme/web', 'legacy-tool', 'readiness-shop']);
    expect(m.inputs).toEqual({ files: 5, ignored: 1, duplicates: [] });
    expect(read(join(root, 'org'), 'summary.md')).toContain('## Organisation readiness: 4 repositories');
    expect(read(join(root, 'org'), 'dashboard.html')).toMatch(/^<!doctype html>/i);
  });

  it('a second merge with --out inside the input folder and --previous there reads neither as a repository', async () => {
    const root = tempDir();
    writeInputs(root, { 'in/a.json': makeEntry('acme/a', makeReport({ score: 90 })), 'in/b.json': makeEntry('acme/b', makeReport({ score: 80 })) });
    expect((await runMerge(['in', '--out', 'in/org'], root)).status).toBe(0);
    writeInputs(root, { 'in/b.json': makeEntry('acme/b', makeReport({ score: 60 })) });
    const r = await runMerge(['in', '--out', 'in/org', '--previous', 'in/org/merged.json'], root);
    expect(r.status).toBe(0);
    const m = JSON.parse(read(join(root, 'in/org'), 'merged.json')) as MergedReport;
    expect(m.inputs).toEqual({ files: 2, ignored: 0, duplicates: [] });
    expect(m.previous).toEqual({ repositories: 2, removed: [] });
    expect(m.repositories.find((x) => x.repository === 'acme/b')!.change).toMatchObject({ previousScore: 80, worse: true });
  });

  it('a linked file in a folder is a failed row, a linked folder is not followed', async () => {
    const root = tempDir();
    const outside = tempDir();
    writeInputs(outside, { 'secret.json': makeEntry('acme/planted', makeReport()), 'more/x.json': makeEntry('acme/x', makeReport()) });
    writeInputs(root, { 'in/a.json': makeEntry('acme/a', makeReport()) });
    symlinkSync(join(outside, 'secret.json'), join(root, 'in/link.json'));
    symlinkSync(join(outside, 'more'), join(root, 'in/dir'));
    const r = await runMerge(['in', '--out', 'org'], root);
    expect(r.status).toBe(0);
    const m = JSON.parse(read(join(root, 'org'), 'merged.json')) as MergedReport;
    expect(m.repositories.map((x) => `${x.repository} ${x.status}`)).toEqual(['acme/a scanned', 'link failed']);
    expect(m.repositories[1]!.error).toBe('in/link.json: is a symbolic link or lies under one');
  });

  it('the same inputs given in another order, or twice, give the same bytes', async () => {
    const root = tempDir();
    const fleet = makeFleet(40);
    writeInputs(root, Object.fromEntries(fleet.map((e, i) => [`${i % 2 ? 'odd' : 'even'}/${i}.json`, e])));
    writeInputs(root, { 'even/broken.json': '{"kind": "readiness-gate-fleet-entry"' });
    expect((await runMerge(['even', 'odd', '--out', 'one'], root)).status).toBe(0);
    expect((await runMerge(['odd', 'even', 'odd/1.json', '--out', 'two'], root)).status).toBe(0);
    for (const f of ['merged.json', 'summary.md', 'merged.csv', 'dashboard.html']) expect(read(join(root, 'two'), f)).toBe(read(join(root, 'one'), f));
  });

  it('nameFromPath: the file name, or the folder of a default-named report', () => {
    expect(nameFromPath('/a/b/acme-shop.json')).toBe('acme-shop');
    expect(nameFromPath('/a/readiness-acme/readiness-report.json')).toBe('readiness-acme');
    expect(nameFromPath('/a/readiness-acme/readiness-report.badge.json')).toBe('readiness-report.badge');
    expect(nameFromPath('/a/evil\n::error::x\u001b[2J.json')).toBe('evil_::error::x_[2J');
    expect(nameFromPath('/a/.json')).toBe('(unnamed)');
  });

  it('a file named explicitly and also found in its folder counts as named, whatever the order', async () => {
    const root = tempDir();
    writeInputs(root, { 'in/a.json': makeEntry('acme/a', makeReport()), 'in/gate.sarif.json': { version: '2.1.0', runs: [] } });
    for (const args of [['in', 'in/gate.sarif.json'], ['in/gate.sarif.json', 'in']]) {
      expect((await runMerge([...args, '--out', 'org'], root)).status).toBe(0);
      const m = JSON.parse(read(join(root, 'org'), 'merged.json')) as MergedReport;
      expect(m.repositories.map((x) => `${x.repository} ${x.status}`)).toEqual(['acme/a scanned', 'gate.sarif failed']);
      expect(m.inputs).toEqual({ files: 2, ignored: 0, duplicates: [] });
    }
  });

  it('stops at the input file limit with exit code 2 rather than reading without bound', () => {
    const root = tempDir();
    mkdirSync(join(root, 'in'));
    for (let i = 0; i <= 10_000; i++) writeFileSync(join(root, 'in', `${i}.json`), '');
    expect(() => collectInputs(['in'], root)).toThrow(/more than 10000 input files; accepted: at most 10000/);
  });
});

describe('merge: the output folder', () => {
  it('refuses an output folder that is a symbolic link, or lies under one', async () => {
    const root = tempDir();
    const elsewhere = tempDir();
    writeInputs(root, { 'in/a.json': makeEntry('acme/a', makeReport()) });
    symlinkSync(elsewhere, join(root, 'linked'));
    for (const out of ['linked', 'linked/org']) {
      const r = await runMerge(['in', '--out', out], root);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^readiness-gate merge: --out "linked(\/org)?" lies under or is a symbolic link \(linked\); accepted: a folder/);
    }
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('replaces a link planted at an output name instead of writing through it', async () => {
    const root = tempDir();
    const victim = join(tempDir(), 'victim.txt');
    writeFileSync(victim, 'untouched\n');
    writeInputs(root, { 'in/a.json': makeEntry('acme/a', makeReport()) });
    mkdirSync(join(root, 'org'));
    symlinkSync(victim, join(root, 'org/summary.md'));
    expect((await runMerge(['in', '--out', 'org'], root)).status).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('untouched\n');
    expect(lstatSync(join(root, 'org/summary.md')).isSymbolicLink()).toBe(false);
    expect(readdirSync(join(root, 'org')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('a folder at an output name is exit code 2, named', async () => {
    const root = tempDir();
    writeInputs(root, { 'in/a.json': makeEntry('acme/a', makeReport()) });
    mkdirSync(join(root, 'org/merged.json/x'), { recursive: true });
    const r = await runMerge(['in', '--out', 'org'], root);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/merged\.json is a folder; remove it or choose another --out/);
  });

  it('an output folder that is a file is exit code 2', async () => {
    const root = tempDir();
    writeInputs(root, { 'in/a.json': makeEntry('acme/a', makeReport()), 'org': 'a file' });
    const r = await runMerge(['in', '--out', 'org'], root);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--out "org" lies under or is a file that is not a folder/);
  });
});

describe('merge: bad usage is exit code 2', () => {
  const root = tempDir();
  writeInputs(root, { 'in/a.json': makeEntry('acme/a', makeReport()), 'report.json': makeReport(), 'empty/notes.txt': 'x' });
  const cases: Array<[string, string[], RegExp]> = [
    ['no input', ['--out', 'org'], /no input: give fleet entries, JSON reports or folders of them/],
    ['no --out', ['in'], /--out is required/],
    ['an unknown option', ['in', '--out', 'org', '--colour'], /Unknown option '--colour'/],
    ['an input that does not exist', ['in', 'nope', '--out', 'org'], /input "nope" does not exist; accepted: a JSON file or a folder of them/],
    ['a folder without JSON', ['empty', '--out', 'org'], /no \*\.json file in "empty": nothing to merge/],
    ['a --previous that does not exist', ['in', '--out', 'org', '--previous', 'gone.json'], /--previous "gone\.json" does not exist; accepted: a merged\.json written by readiness-gate merge/],
    ['a --previous that is a report, not a merge', ['in', '--out', 'org', '--previous', 'report.json'], /--previous "report\.json" is not a merged report: kind is not 'readiness-gate-merged'/],
  ];
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const r = await runMerge(args, root);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(existsSync(join(root, 'org/merged.json'))).toBe(false);
    });
  }

  it('an input argument that is a link is refused', async () => {
    symlinkSync(join(root, 'in'), join(root, 'linked-in'));
    const r = await runMerge(['linked-in', '--out', 'org'], root);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/input "linked-in" is a symbolic link/);
  });

  it('--help prints the usage and exits 0', async () => {
    const r = await runMerge(['--help'], root);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: readiness-gate merge <report or folder\.\.\.> --out DIR/);
  });
});

describe('merge: badge file names', () => {
  it('keeps owner and name apart with a plus, and no character of a hostile name reaches the file system', async () => {
    const { badgeFileName } = await import('../../src/fleet/merge-cli.js');
    expect(badgeFileName('acme/api')).toBe('acme+api.json');
    expect(badgeFileName('../../etc/passwd')).toBe('_+.._etc_passwd.json');
    expect(badgeFileName('.hidden')).toBe('_hidden.json');
    expect(badgeFileName('a\u0000b/c\u202ed')).toBe('a_b+c_d.json');
    expect(badgeFileName('x'.repeat(500)).length).toBe(205);
  });
});

describe('merge: one badge per repository', () => {
  it('names that meet after the file-name rule get numbered files, never one badge for two repositories', async () => {
    const root = tempDir();
    writeInputs(root, {
      'in/a.json': makeEntry('acme/shop', makeReport({ score: 95 })),
      'in/acme+shop.json': makeReport({ score: 40, findings: [['hardcoded-secret', 1]] }),
    });
    const r = await runMerge(['in', '--out', 'org'], root);
    expect(r.status).toBe(0);
    expect(readdirSync(join(root, 'org/badges')).sort()).toEqual(['acme+shop.json', 'acme+shop~2.json']);
    const messages = ['acme+shop.json', 'acme+shop~2.json'].map((n) => (JSON.parse(read(join(root, 'org/badges'), n)) as { message: string }).message).sort();
    expect(messages).toEqual(['blocked \u00b7 F', 'ready \u00b7 A']);
  });
});
