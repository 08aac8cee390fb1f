// The shields.io endpoint badge: its document, its name beside the report, and its file written
// (and refused, and removed when stale) with the report's.
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareOutputs } from '../../src/io/write-output.js';
import { run } from '../../src/main.js';
import { publish } from '../../src/publish.js';
import { badge, badgeFor, badgePath, renderBadge, type EndpointBadge } from '../../src/report/badge.js';
import { failed, repo } from '../helpers/merged-fixture.js';
import { writeTree } from '../helpers/rule-tester.js';
import { hostileRepo, tempDir } from '../security/hostile.js';

/** What shields.io requires of an endpoint document (https://shields.io/badges/endpoint-badge). */
function endpointProblems(b: EndpointBadge): string[] {
  const out: string[] = [];
  const keys = ['schemaVersion', 'label', 'message', 'color', 'isError'];
  for (const k of Object.keys(b)) if (!keys.includes(k)) out.push(`unknown key ${k}`);
  if (b.schemaVersion !== 1) out.push('schemaVersion must be 1');
  if (typeof b.label !== 'string') out.push('label must be a string');
  if (typeof b.message !== 'string' || b.message === '') out.push('message must be a non-empty string');
  if (typeof b.color !== 'string' || b.color === '') out.push('color must be a string');
  if (b.isError !== undefined && b.isError !== true) out.push('isError must be true when present');
  return out;
}

describe('badge', () => {
  it('says the verdict and the grade; blocked is red whatever the grade', () => {
    expect(badge(true, 'F')).toEqual({ schemaVersion: 1, label: 'readiness', message: 'blocked \u00b7 F', color: 'red' });
    expect(badge(true, 'A')).toEqual({ schemaVersion: 1, label: 'readiness', message: 'blocked \u00b7 A', color: 'red' });
    expect(badge(false, 'A').color).toBe('brightgreen');
    expect(badge(false, 'B').color).toBe('green');
    expect(badge(false, 'C').color).toBe('yellowgreen');
    expect(badge(false, 'D').color).toBe('orange');
    expect(badge(false, 'F')).toEqual({ schemaVersion: 1, label: 'readiness', message: 'ready \u00b7 F', color: 'red' });
  });

  it('no verdict is never ready: grey, an error', () => {
    expect(badge(null, 'A')).toEqual({ schemaVersion: 1, label: 'readiness', message: 'unknown', color: 'lightgrey', isError: true });
  });

  it('a grade outside A to F is not repeated: the verdict alone', () => {
    expect(badge(false, 'A+ <b>')).toEqual({ schemaVersion: 1, label: 'readiness', message: 'ready', color: 'lightgrey' });
    expect(badge(true, 'a')).toEqual({ schemaVersion: 1, label: 'readiness', message: 'blocked', color: 'red' });
  });

  it('every badge is a valid endpoint document', () => {
    for (const blocked of [true, false, null]) for (const g of ['A', 'B', 'C', 'D', 'F', null, 'x']) expect(endpointProblems(badge(blocked, g))).toEqual([]);
  });

  it('renders fixed bytes: key order, two-space indent, a final newline', () => {
    expect(renderBadge(badge(true, 'F'))).toBe('{\n  "schemaVersion": 1,\n  "label": "readiness",\n  "message": "blocked \u00b7 F",\n  "color": "red"\n}\n');
  });
});

describe('badgeFor (a fleet row)', () => {
  it('follows the row: blocked, ready, and a failed scan as an error', () => {
    expect(badgeFor(repo('acme/a', { blocked: true, score: 40 }))).toMatchObject({ message: 'blocked \u00b7 F', color: 'red' });
    expect(badgeFor(repo('acme/b', { score: 95 }))).toMatchObject({ message: 'ready \u00b7 A', color: 'brightgreen' });
    expect(badgeFor(failed('acme/c', 'clone failed'))).toEqual({ schemaVersion: 1, label: 'readiness', message: 'scan failed', color: 'lightgrey', isError: true });
  });

  it('a row that failed yet claims a verdict is still a failed scan (fail closed)', () => {
    expect(badgeFor(repo('acme/d', { status: 'failed', blocked: false, score: 100 })).message).toBe('scan failed');
    expect(badgeFor(repo('acme/e', { blocked: null })).message).toBe('scan failed');
  });

  it('no text of the repository reaches it', () => {
    const b = badgeFor(repo('acme/<script>', { reasons: ['<img src=x>'], error: 'x" y' }));
    expect(JSON.stringify(b)).not.toMatch(/script|img|acme/);
  });
});

describe('badgePath', () => {
  it('replaces .json with .badge.json in the same folder', () => {
    expect(badgePath('readiness-report.json')).toBe('readiness-report.badge.json');
    expect(badgePath('out/r.json')).toBe('out/r.badge.json');
    expect(badgePath('/tmp/x/report.JSON')).toBe('/tmp/x/report.badge.json');
    expect(badgePath('./r.json')).toBe('r.badge.json');
  });

  it('appends .badge.json to a name without .json', () => {
    expect(badgePath('out/report')).toBe('out/report.badge.json');
    expect(badgePath('report.txt')).toBe('report.txt.badge.json');
    expect(badgePath('.json')).toBe('.json.badge.json');
  });
});

describe('the badge file beside the report', () => {
  const inputs = { sarif: '', sbom: '', 'vulnerability-scan': 'off' } as const;

  it('is written with the report, through the same writer, and says what the report says', async () => {
    const root = writeTree({ 'app.py': 'print(1)\n', 'src/settings.py': '<<<<<<< HEAD\na = 1\n=======\na = 2\n>>>>>>> other\n' });
    const r = await run({ ...inputs, report: 'out/r.json' }, { cwd: root });
    const w = await publish(r);
    expect(w.report).toBe('out/r.json');
    expect(w.badge).toBe('out/r.badge.json');
    const report = JSON.parse(readFileSync(join(root, 'out/r.json'), 'utf8')) as { verdict: { blocked: boolean }; score: { grade: string } };
    expect(report.verdict.blocked).toBe(true);
    expect(JSON.parse(readFileSync(join(root, 'out/r.badge.json'), 'utf8'))).toEqual(badge(true, report.score.grade));
  });

  it('is not written without a report', async () => {
    const root = writeTree({ 'app.py': 'print(1)\n' });
    const w = await publish(await run({ ...inputs, report: '' }, { cwd: root }));
    expect(w.badge).toBeNull();
    expect(existsSync(join(root, 'readiness-report.badge.json'))).toBe(false);
  });

  it('gives way to another output named at its path', async () => {
    const root = writeTree({ 'app.py': 'print(1)\n' });
    const w = await publish(await run({ ...inputs, report: 'r.json', sarif: 'r.badge.json' }, { cwd: root }));
    expect(w.badge).toBeNull();
    expect(JSON.parse(readFileSync(join(root, 'r.badge.json'), 'utf8'))).toHaveProperty('runs');
  });

  it('a link at its path stops the run before the scan, naming it; the link target is untouched', async () => {
    const away = join(tempDir('rg-away-'), 'victim');
    writeFileSync(away, 'ORIGINAL');
    const root = writeTree({ 'app.py': 'print(1)\n' });
    symlinkSync(away, join(root, 'readiness-report.badge.json'));
    await expect(run({ ...inputs, report: 'readiness-report.json' }, { cwd: root })).rejects.toThrow(
      /the badge beside input 'report' \("readiness-report.badge.json"\) is a symbolic link/,
    );
    expect(readFileSync(away, 'utf8')).toBe('ORIGINAL');
  });

  it('a stale or committed one is removed at the start, its committed bytes kept for the scan', () => {
    const ws = hostileRepo({ 'readiness-report.badge.json': '{"schemaVersion":1,"label":"readiness","message":"ready · A","color":"brightgreen"}\n', 'a.txt': 'x' });
    const { committed } = prepareOutputs({ report: 'readiness-report.json' }, ws, [ws]);
    expect(existsSync(join(ws, 'readiness-report.badge.json'))).toBe(false);
    expect(committed.get(join(ws, 'readiness-report.badge.json'))?.toString()).toContain('ready · A');
  });

  it('is left alone when the report is not written', () => {
    const ws = hostileRepo({ 'readiness-report.badge.json': '{}', 'a.txt': 'x' });
    prepareOutputs({ report: '', sarif: 'x.sarif' }, ws, [ws]);
    expect(existsSync(join(ws, 'readiness-report.badge.json'))).toBe(true);
  });
});
