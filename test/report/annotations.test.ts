import { afterEach, describe, expect, it, vi } from 'vitest';
import * as core from '@actions/core';
import type { RuleId } from '../../src/model/catalogue.js';
import type { RunResult } from '../../src/model/result.js';
import type { Finding } from '../../src/model/types.js';
import { capBytes, checkRunAnnotations, formatCommand, selectAnnotations, type Annotation } from '../../src/report/annotations.js';
import { bigFixture, finding, fixture, NASTY, options } from './fixture.js';

/** Parses a workflow command line back, undoing the toolkit's escaping (as the runner does). */
function parseCommand(line: string): { level: string; props: Record<string, string>; message: string } {
  const m = /^::(error|warning|notice) ([^:]*)::(.*)$/s.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const props: Record<string, string> = {};
  for (const kv of m[2]!.split(',').filter(Boolean)) {
    const i = kv.indexOf('=');
    props[kv.slice(0, i)] = unescape(kv.slice(i + 1));
  }
  return { level: m[1]!, props, message: unescape(m[3]!) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('selectAnnotations', () => {
  it('maps P0/P1/P2 to error/warning/notice, worst first, with repository-relative files', () => {
    const r = fixture();
    const list = selectAnnotations(r, 50);
    expect(list).toHaveLength(r.findings.length);
    expect(list.map((a) => a.level)).toEqual(r.findings.map((f) => ({ P0: 'error', P1: 'warning', P2: 'notice' })[f.severity]));
    const secret = list.find((a) => a.title.includes('hardcoded-secret'))!;
    expect(secret).toMatchObject({
      level: 'error',
      title: 'readiness-gate P0 hardcoded-secret: Hardcoded credential',
      file: `services/api/${NASTY}`,
      startLine: 12,
      startColumn: 5,
      endColumn: 45,
    });
    expect(secret.message).toContain('Fix: Remove the key');
  });

  it('leaves a repository-level finding without a file, and drops columns on a multi-line range', () => {
    const list = selectAnnotations(fixture(), 50);
    const coverage = list.find((a) => a.title.includes('coverage-below-threshold'))!;
    expect(coverage.file).toBeUndefined();
    expect(coverage.startLine).toBeUndefined();
    const probes = list.find((a) => a.title.includes('k8s-missing-probes'))!;
    expect(probes).toMatchObject({ startLine: 20, endLine: 35 });
    expect(probes.startColumn).toBeUndefined();
    expect(probes.endColumn).toBeUndefined();
  });

  it('without links, files are relative to the scanned root', () => {
    const list = selectAnnotations({ ...fixture(), links: null }, 50);
    expect(list.find((a) => a.title.includes('hardcoded-secret'))!.file).toBe(NASTY);
  });

  it('spends the last slot on a notice saying how many were left out', () => {
    const r = fixture();
    const list = selectAnnotations(r, 5);
    expect(list).toHaveLength(5);
    expect(list.slice(0, 4).map((a) => a.level)).toEqual(['error', 'error', 'error', 'error']);
    expect(list[4]).toEqual({
      level: 'notice',
      title: 'readiness-gate: more findings',
      message: `${r.findings.length - 4} more findings: see the job summary / SARIF / readiness-report.json.`,
    });
  });

  it('keeps within the runner limit of 10 per level and still within max', () => {
    const r = bigFixture(1000);
    const list = selectAnnotations(r, 50);
    const by = (l: Annotation['level']) => list.filter((a) => a.level === l).length;
    expect(list.length).toBeLessThanOrEqual(50);
    expect(by('error')).toBe(10);
    expect(by('warning')).toBe(10);
    expect(by('notice')).toBe(10);
    expect(list[list.length - 1]!.message).toMatch(/^971 more findings/);
  });

  it("says how sure each finding is: a P0's proof, a likely finding's gap (once)", () => {
    const list = selectAnnotations(fixture(), 50);
    const msg = (rule: string) => list.find((a) => a.title.includes(` ${rule}:`))!.message;
    expect(msg('workflow-disabled-job').split('\n')[1]).toBe('Proven: the condition is a constant that GitHub evaluates to false.');
    expect(msg('k8s-missing-probes').split('\n')[1]).toBe('Certainty: proven.');
    expect(msg('http-call-without-timeout').split('\n')[1]).toBe('Certainty: likely (not proven: the session may set a default timeout).');
    // Lowered by policy: the message names the gap already.
    const lowered = msg('js-unresolved-import');
    expect(lowered.split('\n')[0]).toMatch(/\(Not proven: no tsconfig or bundler builds this file\.\)$/);
    expect(lowered.split('\n')[1]).toBe('Certainty: likely.');
    // Plain text, as the runner shows it: data with backticks, `::` and HTML is kept as written, escaped only by the command.
    expect(lowered).toContain('::error::');
    const line = formatCommand(list.find((a) => a.title.includes(' js-unresolved-import:'))!);
    expect(line).not.toMatch(/[\r\n]/);
    expect(parseCommand(line).message).toBe(lowered);
  });

  it('returns nothing for max 0 or no findings', () => {
    expect(selectAnnotations(fixture(), 0)).toEqual([]);
    expect(selectAnnotations({ ...fixture(), findings: [] }, 10)).toEqual([]);
  });

  it('caps messages at 4096 characters', () => {
    const r = fixture();
    r.findings[0] = { ...r.findings[0]!, message: 'x'.repeat(10_000) };
    expect(selectAnnotations(r, 1 + r.findings.length)[0]!.message.length).toBe(4096);
  });
});

/** A run whose findings are `spec` (rule → count), worst first as the engine sorts them. */
function runOf(spec: Array<[RuleId, number, Partial<Finding>?]>, over: Partial<RunResult> = {}): RunResult {
  const findings = spec.flatMap(([rule, n, extra]) => Array.from({ length: n }, (_, i) => finding(rule, { path: `src/${rule}.py`, line: i + 1 }, `${rule} #${i + 1}`, extra)));
  const rank = { P0: 0, P1: 1, P2: 2 };
  findings.sort((a, b) => rank[a.severity] - rank[b.severity]);
  return { ...fixture(), findings, verdict: { blocked: true, reasons: ['many P0 findings'] }, ...over };
}

const VERDICT: Annotation = { level: 'error', title: '', message: 'BLOCKED: 12 P0 findings (score 10, grade F)' };
const OSV: Annotation = { level: 'warning', title: 'readiness-gate', message: 'OSV could not be reached: vulnerabilities were not checked.' };
const count = (list: Annotation[], level: Annotation['level']) => list.filter((a) => a.level === level).length;
const ruleOf = (a: Annotation) => / (\S+):/.exec(a.title)?.[1];

describe('selectAnnotations: the run keeps its slots, one per rule first', () => {
  it('12 P0s of one rule and a warning: the verdict and the warning are kept, 9 P0 annotations fill the errors', () => {
    const r = runOf([['hardcoded-secret', 12]]);
    const list = selectAnnotations(r, 50, [VERDICT, OSV]);
    expect(list[0]).toEqual(VERDICT);
    expect(list).toContainEqual(OSV);
    expect(count(list, 'error')).toBe(10);
    expect(list.filter((a) => a.level === 'error' && a.file)).toHaveLength(9);
    // The first of the rule says how many of it are not shown; the overflow notice counts them too.
    expect(list[2]!.message).toMatch(/\n…and 3 more of this rule: see the job summary\.$/);
    expect(list.filter((a) => a.message.includes('more of this rule'))).toHaveLength(1);
    expect(list[list.length - 1]).toMatchObject({ level: 'notice', message: '3 more findings: see the job summary / SARIF / readiness-report.json.' });
  });

  it('before, the verdict was the eleventh error: with 10+ P0s it is within the ten the runner keeps', () => {
    const list = selectAnnotations(bigFixture(1000), 50, [VERDICT, OSV]);
    // What the runner shows: the first ten of each level.
    const shown = (['error', 'warning', 'notice'] as const).flatMap((l) => list.filter((a) => a.level === l).slice(0, 10));
    expect(shown).toContainEqual(VERDICT);
    expect(shown).toContainEqual(OSV);
    expect(count(list, 'error')).toBe(10);
    expect(count(list, 'warning')).toBe(10);
    expect(count(list, 'notice')).toBe(10);
    expect(list.length).toBeLessThanOrEqual(50);
  });

  it('annotates one finding of every rule before a second of any', () => {
    // Eleven P0 rules' worth of findings would not fit: the first rule has 12, four more rules one to three each.
    const r = runOf([
      ['hardcoded-secret', 12],
      ['merge-conflict-marker', 3],
      ['undeclared-dependency', 1],
      ['hardcoded-password', 15],
      ['http-call-without-timeout', 2],
    ]);
    const list = selectAnnotations(r, 50, [VERDICT]);
    const errors = list.filter((a) => a.level === 'error' && a.file).map(ruleOf);
    expect(new Set(errors)).toEqual(new Set(['hardcoded-secret', 'merge-conflict-marker', 'undeclared-dependency']));
    // Nine error slots: one each, then more of each rule while slots remain (round by round).
    expect(errors.filter((x) => x === 'hardcoded-secret')).toHaveLength(5);
    expect(errors.filter((x) => x === 'merge-conflict-marker')).toHaveLength(3);
    expect(errors.filter((x) => x === 'undeclared-dependency')).toHaveLength(1);
    const warnings = list.filter((a) => a.level === 'warning').map(ruleOf);
    expect(warnings.filter((x) => x === 'http-call-without-timeout')).toHaveLength(2);
    expect(warnings).toHaveLength(10);
    // Worst first in the list: every error before every warning.
    expect(list.map((a) => a.level).lastIndexOf('error')).toBeLessThan(list.map((a) => a.level).indexOf('warning'));
  });

  it('with a small max, the rules come before the second finding of any rule', () => {
    const r = runOf([
      ['hardcoded-secret', 5],
      ['merge-conflict-marker', 5],
      ['hardcoded-password', 5],
    ]);
    const list = selectAnnotations(r, 5, [VERDICT]);
    expect(list).toHaveLength(5); // max caps the total, the verdict included
    expect(list[0]).toEqual(VERDICT);
    expect(list.slice(1, 4).map(ruleOf)).toEqual(['hardcoded-secret', 'merge-conflict-marker', 'hardcoded-password']);
    expect(list[4]).toMatchObject({ level: 'notice', message: '12 more findings: see the job summary / SARIF / readiness-report.json.' });
  });

  it('max-annotations 0 still gives the verdict and the warnings: they are about the run, not the diff', () => {
    expect(selectAnnotations(runOf([['hardcoded-secret', 3]]), 0, [VERDICT, OSV])).toEqual([VERDICT, OSV]);
  });

  it('more than ten warnings about the run: the tenth slot holds the rest, none silently dropped', () => {
    const many = Array.from({ length: 13 }, (_, i): Annotation => ({ level: 'warning', title: 'readiness-gate', message: `warning ${i + 1}` }));
    const list = selectAnnotations(runOf([['hardcoded-password', 4]]), 50, many);
    expect(count(list, 'warning')).toBe(10);
    expect(list[9]!.message).toBe('warning 10\nwarning 11\nwarning 12\nwarning 13');
    // No slot left for the P1 findings: the notice says so.
    expect(list[list.length - 1]).toMatchObject({ level: 'notice', message: '4 more findings: see the job summary / SARIF / readiness-report.json.' });
  });

  it('with new-findings-only, existing findings are not annotated', () => {
    const r = runOf([['hardcoded-secret', 4, { baseline: 'existing' }], ['merge-conflict-marker', 2], ['hardcoded-password', 3, { baseline: 'existing' }]], {
      options: options({ newFindingsOnly: true, baseline: 'old.json' }),
    });
    const list = selectAnnotations(r, 50, [VERDICT]);
    expect(list.filter((a) => a.file).map(ruleOf)).toEqual(['merge-conflict-marker', 'merge-conflict-marker']);
    expect(list.some((a) => a.title.includes('more findings'))).toBe(false);
    expect(checkRunAnnotations(r).map((a) => a.message.split('\n')[0])).toEqual(['merge-conflict-marker #1', 'merge-conflict-marker #2']);
    // Without the option the baseline does not hide them.
    expect(selectAnnotations({ ...r, options: options() }, 50).filter((a) => a.file)).toHaveLength(9);
  });
});

describe('checkRunAnnotations', () => {
  it('every finding, as the Checks API takes it: level, repository path, lines, columns on one line only', () => {
    const r = fixture();
    const list = checkRunAnnotations(r);
    expect(list).toHaveLength(r.findings.length);
    expect(list.map((a) => a.annotation_level)).toEqual(r.findings.map((f) => ({ P0: 'failure', P1: 'warning', P2: 'notice' })[f.severity]));
    expect(list.find((a) => a.title.includes('hardcoded-secret'))).toMatchObject({ path: `services/api/${NASTY}`, start_line: 12, end_line: 12, start_column: 5, end_column: 45 });
    const probes = list.find((a) => a.title.includes('k8s-missing-probes'))!;
    expect(probes).toMatchObject({ start_line: 20, end_line: 35 });
    expect(probes.start_column).toBeUndefined();
    // Path and line are required: a repository-level finding sits where the runner files run annotations.
    expect(list.find((a) => a.title.includes('coverage-below-threshold'))).toMatchObject({ path: '.github', start_line: 1, end_line: 1 });
  });

  it('1,000 findings: 1,000 annotations (no per-level limit)', () => {
    expect(checkRunAnnotations(bigFixture(1000))).toHaveLength(1000);
  });

  it('caps the message at 64 KB of UTF-8 and the title at 255 characters', () => {
    const r = fixture();
    r.findings[0] = { ...r.findings[0]!, message: 'é'.repeat(40_000), title: 't'.repeat(400) };
    const a = checkRunAnnotations(r)[0]!;
    expect(Buffer.byteLength(a.message)).toBeLessThanOrEqual(64 * 1024);
    expect(Buffer.byteLength(a.message)).toBeGreaterThan(64 * 1024 - 4);
    expect(a.message.endsWith('…')).toBe(true);
    expect(a.title.length).toBe(255);
  });

  it('capBytes never splits a character', () => {
    expect(capBytes('😀😀😀', 10)).toBe('😀…');
    expect(capBytes('abc', 3)).toBe('abc');
  });
});

describe('formatCommand', () => {
  it('writes the exact workflow command, escaping data and properties', () => {
    const a: Annotation = {
      level: 'error',
      title: 'readiness-gate P0 hardcoded-secret: Hardcoded credential',
      file: `services/api/${NASTY}`,
      startLine: 12,
      startColumn: 5,
      endColumn: 45,
      message: '100% bad:\r\nnext, line',
    };
    expect(formatCommand(a)).toBe(
      '::error title=readiness-gate P0 hardcoded-secret%3A Hardcoded credential,' +
        'file=services/api/src/we ird%25%3A%2C|<name>`\u00e9.py,line=12,col=5,endColumn=45::100%25 bad:%0D%0Anext, line',
    );
  });

  it('parses back to the same annotation for every selected finding', () => {
    for (const a of selectAnnotations(fixture(), 50)) {
      const line = formatCommand(a);
      expect(line).not.toMatch(/[\r\n]/);
      const back = parseCommand(line);
      expect(back.level).toBe(a.level);
      expect(back.message).toBe(a.message);
      expect(back.props).toEqual(
        Object.fromEntries(
          Object.entries({ title: a.title, file: a.file, line: a.startLine, endLine: a.endLine, col: a.startColumn, endColumn: a.endColumn })
            .filter(([, v]) => v !== undefined)
            .map(([k, v]) => [k, String(v)]),
        ),
      );
    }
  });

  it('is byte for byte what @actions/core prints', () => {
    const printed: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed.push(String(chunk));
      return true;
    });
    const list = selectAnnotations(fixture(), 5);
    for (const a of list) {
      const props: core.AnnotationProperties = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine, startColumn: a.startColumn, endColumn: a.endColumn };
      if (a.level === 'error') core.error(a.message, props);
      else if (a.level === 'warning') core.warning(a.message, props);
      else core.notice(a.message, props);
    }
    vi.restoreAllMocks();
    expect(printed.map((l) => l.replace(/\r?\n$/, ''))).toEqual(list.map(formatCommand));
  });
});
