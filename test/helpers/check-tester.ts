// An ESLint-style rule tester: one check, a small tree (path → text), the findings it must (or must
// not) produce. It runs the check through the engine pieces that matter to a check and nothing else:
// the tree is written to a temp directory (discovery and the file pass read from disk), and
// runChecks() (src/engine/run-checks.ts) runs just that check: its `files` and `capture` globs,
// file() then end(), observations, the one CheckContext (engine/context.ts), toFinding (so severity
// and certainty are policy/severity.ts's, from the file's class in the repository map the engine
// builds), then the configuration's severity and suppressions (policy/suppress.ts) as a run applies
// them. Not run: main.ts (no SBOM, no evidence, no policy file, no outputs, no score or verdict).
// Late checks are refused: they read the other checks' findings, so test them through scanTree().
//
//   testCheck(check, {
//     valid: [{ name: 'a setext underline', files: { 'README.md': 'Title\n=======\n' } }],
//     invalid: [{ files: { 'a.txt': '...' }, errors: [{ messageId: 'conflict', line: 3 }] }],
//   });
//
// An invalid case asserts the exact list of findings, in report order (worst first, then path,
// line): each one's messageId, line (absent = no line) and certainty (absent = the rule's certainty
// for that message), plus whatever else the expectation names (path, severity, column, endLine,
// evidence, fileClass, gap, and `data` as a subset). Tests assert message ids and data, not prose.
// Every case also asserts that the check did not throw, and that each finding's message template
// has all its placeholders in the data.
import { describe, expect, it } from 'vitest';
import { runChecks, type ScanResult } from '../../src/engine/run-checks.js';
import { compareFindings } from '../../src/engine/findings.js';
import { resolveOptions, type RawInputs } from '../../src/inputs.js';
import type { Check } from '../../src/model/check.js';
import type { FileClass } from '../../src/model/repo-map.js';
import type { Certainty, Finding, Gap, Malformed, Severity } from '../../src/model/types.js';
import { certaintyOf } from '../../src/policy/severity.js';
import { resolveFindings } from '../../src/policy/suppress.js';
import { writeTree } from './rule-tester.js';

export type Tree = Record<string, string | Buffer>;

export interface ExpectedFinding {
  messageId: string;
  /** Always compared: leave it out for a finding without a line. */
  line?: number;
  /** Always compared: leave it out for the rule's certainty for the message. */
  certainty?: Certainty;
  path?: string;
  severity?: Severity;
  column?: number;
  endLine?: number;
  evidence?: string;
  fileClass?: FileClass;
  gap?: string;
  /** Other places of the same problem (Finding.related), exactly. */
  related?: Array<{ path: string; line?: number }>;
  /** The keys given must be in the finding's data with these values (others are not compared). */
  data?: Record<string, string | number>;
}

export interface ValidCase {
  name?: string;
  files: Tree;
  /** Raw action inputs, as `with:` would give them (the outputs and the OSV scan are off). */
  options?: RawInputs;
  today?: string;
  /** The malformed files the check must note, exactly (path and kind). */
  malformed?: Array<Pick<Malformed, 'path' | 'kind'>>;
  /** The gap-analysis rows the check must add, exactly. */
  gaps?: Gap[];
  only?: boolean;
  skip?: boolean;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export interface CheckTests {
  valid?: ReadonlyArray<ValidCase>;
  invalid?: ReadonlyArray<InvalidCase>;
}

export interface CheckRun {
  findings: Finding[];
  suppressed: Finding[];
  malformed: Malformed[];
  gaps: Gap[];
  metrics: ScanResult['metrics'];
  notices: string[];
  status: string;
  reason?: string;
}

/** Runs one check on `files` through runChecks() (see the header) and returns what it produced. */
export async function runCheck(check: Check, files: Tree, o: Pick<ValidCase, 'options' | 'today'> = {}): Promise<CheckRun> {
  if (check.meta.late) throw new Error(`${check.meta.id} is a late check: it reads the other checks' findings; test it with scanTree()`);
  const root = writeTree(files);
  const raw: RawInputs = { report: '', sarif: '', sbom: '', 'vulnerability-scan': 'off', ...o.options };
  const options = resolveOptions(raw, { cwd: root, today: o.today ?? '2026-11-23', config: null });
  const scan = await runChecks(options, [check], (fs) => fs);
  const outcome = scan.outcomes.find((x) => x.ruleId === check.meta.id)!;
  const resolved = resolveFindings(scan.findings, options, scan.inlineSuppressions);
  return {
    findings: resolved.active.sort(compareFindings),
    suppressed: resolved.suppressed,
    malformed: scan.malformed,
    gaps: scan.gaps,
    metrics: scan.metrics,
    notices: scan.notices,
    status: outcome.status,
    ...(outcome.reason !== undefined ? { reason: outcome.reason } : {}),
  };
}

const OPTIONAL = ['path', 'severity', 'column', 'endLine', 'evidence', 'fileClass', 'gap', 'related'] as const;

/** The finding as the expectation sees it: the keys always compared, and the ones it names. */
function project(f: Finding, e: ExpectedFinding | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { messageId: f.messageId, line: f.location.line, certainty: f.certainty };
  const actual: Partial<Record<(typeof OPTIONAL)[number], unknown>> = { ...f, path: f.location.path, column: f.location.column, endLine: f.location.endLine };
  // Without an expectation (an extra finding), show where it is and how severe.
  for (const k of e ? OPTIONAL.filter((k) => e[k] !== undefined) : (['path', 'severity'] as const)) out[k] = actual[k];
  if (e?.data) out.data = Object.fromEntries(Object.keys(e.data).map((k) => [k, f.data[k]]));
  return out;
}

function expectation(check: Check, e: ExpectedFinding): Record<string, unknown> {
  const out: Record<string, unknown> = { messageId: e.messageId, line: e.line, certainty: certaintyOf(check.meta, e.messageId, e.certainty) };
  for (const k of OPTIONAL) if (e[k] !== undefined) out[k] = e[k];
  if (e.data) out.data = e.data;
  return out;
}

function assertRun(check: Check, r: CheckRun, c: ValidCase): void {
  expect(r.status === 'error' ? `${check.meta.id} threw: ${r.reason}` : 'ran').toBe('ran');
  for (const f of r.findings) {
    const template = (check.meta.messages as Record<string, string>)[f.messageId]!;
    const missing = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((k) => !(k in f.data));
    expect(missing, `${f.messageId}: placeholders without data`).toEqual([]);
  }
  if (c.malformed) expect(r.malformed.map((m) => ({ path: m.path, kind: m.kind }))).toEqual(c.malformed);
  if (c.gaps) expect(r.gaps).toEqual(c.gaps);
}

function title(c: ValidCase): string {
  return c.name ?? Object.keys(c.files).join(', ');
}

function declare(c: ValidCase, name: string, body: () => Promise<void>): void {
  if (c.skip) it.skip(name, body);
  else if (c.only) it.only(name, body);
  else it(name, body);
}

/** Declares a describe block per check, with one `it` per valid and invalid case (ESLint's RuleTester.run). */
export function testCheck(check: Check, tests: CheckTests): void {
  describe(check.meta.id, () => {
    describe('valid', () => {
      for (const c of tests.valid ?? []) {
        declare(c, title(c), async () => {
          const r = await runCheck(check, c.files, c);
          assertRun(check, r, c);
          expect(r.findings.map((f) => project(f, undefined))).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of tests.invalid ?? []) {
        if (c.errors.length === 0) throw new Error(`${check.meta.id}: invalid case '${title(c)}' expects no finding; make it a valid case`);
        declare(c, title(c), async () => {
          const r = await runCheck(check, c.files, c);
          assertRun(check, r, c);
          const actual = r.findings.map((f, i) => project(f, c.errors[i]));
          expect(actual).toEqual(c.errors.map((e) => expectation(check, e)));
        });
      }
    });
  });
}
