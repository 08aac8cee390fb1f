import { afterEach, describe, expect, it, vi } from 'vitest';
import * as core from '@actions/core';
import { formatCommand, selectAnnotations, type Annotation } from '../../src/report/annotations.js';
import { bigFixture, fixture, NASTY } from './fixture.js';

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
