// JUnit XML in the dialects real tools write, streamed (a 50 MB report never becomes one string):
// - pytest: one <testsuite name="pytest">, classname `tests.test_app.TestCart`, `file` and a
//   0-based `line` attribute (pytest writes item.location, which counts from 0);
// - jest-junit: <testsuites name="jest tests">, classname and name both "describe title test title",
//   `file` only with addFileAttribute;
// - vitest: <testsuites name="vitest tests">, classname = the test file, name = "describe > test";
// - go-junit-report / gotestsum: a suite per package (classname = import path), `go.version`
//   property; gotestsum --rerun-fails repeats a test case in the same report;
// - Maven Surefire/Failsafe: <flakyFailure>/<flakyError> inside a passing case (it passed on a
//   rerun), <rerunFailure>/<rerunError> beside the <failure> of a case that failed every attempt;
// - PHPUnit: nested <testsuite>s, `class`, `file`, `line` and `assertions` on each case;
// - .NET loggers: JunitXml.TestLogger writes plain JUnit; NUnit 3 XML (<test-run>/<test-case
//   result="Failed">) is read too.
// Nested <testsuites>/<testsuite> at any depth, <system-out>/<system-err> ignored, <skipped>.
import type { ParseResult, TextInput } from '../model.js';
import { errorText } from '../model.js';
import { firstLine } from '../text.js';
import { streamXml } from '../xml.js';

export type Dialect = 'pytest' | 'jest' | 'vitest' | 'go' | 'surefire' | 'phpunit' | 'nunit' | 'junit';

/** Outcome bits of one test key in one report (a key may appear several times: reruns). */
export const PASSED = 1;
export const FAILED = 2;
export const SKIPPED = 4;
/** The report says this passing case failed on an earlier attempt (Surefire flakyFailure, rerun markers). */
export const FLAKY_MARK = 8;

export interface TestCaseProblem {
  /** Identity across reports and reruns: suite, classname, name (and file when given). */
  key: string;
  name: string;
  classname?: string;
  suite?: string;
  /** As the reader of the summary would search for it (`tests.test_app.TestCart.test_total`). */
  fullName: string;
  /** As written in the report (absolute, relative, another machine's): mapped to the repository later. */
  file?: string;
  line?: number;
  kind: 'failed' | 'errored' | 'flaky';
  /** First line of the failure (the assertion), e.g. `AssertionError: assert 5.0 == 10.0`. */
  message?: string;
  type?: string;
  /** Failed attempts the report records besides the final one (Surefire reruns). */
  reruns: number;
  /** Where the failing check is, from the message (Go: `cart_test.go:15: ...`), folder unknown. */
  sourceHint?: { file: string; line: number };
}

export interface TestReport {
  dialect: Dialect;
  /** Test key → outcome bits (PASSED | FAILED | SKIPPED | FLAKY_MARK) in this report. */
  outcomes: Map<string, number>;
  /** The cases that failed, errored or were marked flaky, with what the report says about them (the first PROBLEMS_MAX). */
  problems: TestCaseProblem[];
  /** Problem cases past PROBLEMS_MAX: counted in outcomes, not described. */
  problemsCut: number;
  /** <testcase> elements read. */
  cases: number;
  /** Seconds, from the root's `time`, else the outermost suites', else the cases'. */
  timeSec: number;
}

const FAILURE_TAGS = new Set(['failure', 'error']);
const RERUN_TAGS = new Set(['flakyFailure', 'flakyError', 'rerunFailure', 'rerunError']);
/**
 * Most problem cases described per report: a report of a million failures keeps the first ones
 * (what a person reads) and counts the rest, so memory stays flat (the outcomes still count all).
 */
export const PROBLEMS_MAX = 1000;
/** Most characters kept of a failure's body: enough for its first line, never a whole log. */
const BODY_MAX = 4096;

interface OpenCase {
  attrs: Record<string, string>;
  suite?: string;
  suiteFile?: string;
  status: 'passed' | 'failed' | 'errored' | 'skipped';
  message?: string;
  type?: string;
  body: string;
  reruns: number;
  flakyMessage?: string;
  nunit: boolean;
}

export async function parseJunit(input: TextInput): Promise<ParseResult<TestReport>> {
  try {
    return await parse(input);
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
}

async function parse(input: TextInput): Promise<ParseResult<TestReport>> {
  const report: TestReport = { dialect: 'junit', outcomes: new Map(), problems: [], problemsCut: 0, cases: 0, timeSec: 0 };
  const suites: Array<{ name?: string; file?: string }> = [];
  let root: string | undefined;
  let rootTime: number | undefined;
  let outerSuiteTime: number | undefined;
  let caseTime = 0;
  let current: OpenCase | undefined;
  /** Collecting the body of <failure>/<error>/<message> (text wanted only there). */
  let collecting = false;
  let inNunitFailure = false;
  const setDialect = (d: Dialect) => {
    if (report.dialect === 'junit') report.dialect = d;
  };

  const error = await streamXml(input, {
    open(name, a) {
      if (root === undefined) {
        root = name;
        if (!['testsuites', 'testsuite', 'test-run', 'test-results'].includes(name)) throw new NotJunit(name);
        if (name === 'testsuites') {
          rootTime = num(a.time);
          if (a.name === 'jest tests') setDialect('jest');
          else if (a.name === 'vitest tests') setDialect('vitest');
        }
        if (name === 'test-run' || name === 'test-results') setDialect('nunit');
      }
      switch (name) {
        case 'testsuite':
        case 'test-suite': {
          if (suites.length === 0 || root === 'testsuite') {
            const t = num(a.time ?? a.duration);
            if (t !== undefined && suites.length === 0) outerSuiteTime = (outerSuiteTime ?? 0) + t;
          }
          if (a.name === 'pytest') setDialect('pytest');
          if ((a['xsi:noNamespaceSchemaLocation'] ?? '').includes('surefire')) setDialect('surefire');
          if (a.file !== undefined && a.file !== '' && name === 'testsuite') setDialect('phpunit');
          const parent = suites[suites.length - 1];
          suites.push({ name: a.name, file: a.file || parent?.file });
          return;
        }
        case 'property':
          if (a.name === 'go.version') setDialect('go');
          return;
        case 'testcase':
        case 'test-case': {
          const nunit = name === 'test-case';
          const suite = suites[suites.length - 1];
          const result = (a.result ?? '').toLowerCase();
          current = {
            attrs: a,
            suite: suite?.name,
            suiteFile: suite?.file,
            status: nunit ? (result === 'failed' ? (a.label === 'Error' ? 'errored' : 'failed') : result === 'skipped' || result === 'ignored' || result === 'inconclusive' ? 'skipped' : 'passed') : 'passed',
            body: '',
            reruns: 0,
            nunit,
          };
          if (!nunit && a.status !== undefined && /^(skipped|disabled|notrun)$/i.test(a.status)) current.status = 'skipped';
          if (a.class !== undefined && a.assertions !== undefined) setDialect('phpunit');
          return;
        }
      }
      if (!current) return;
      if (FAILURE_TAGS.has(name) && !current.nunit) {
        current.status = name === 'failure' ? 'failed' : 'errored';
        current.message ??= a.message;
        current.type ??= a.type;
        collecting = true;
      } else if (name === 'skipped' || name === 'disabled') {
        if (current.status === 'passed') current.status = 'skipped';
      } else if (RERUN_TAGS.has(name)) {
        setDialect('surefire');
        current.reruns++;
        current.flakyMessage ??= a.message;
        current.type ??= a.type;
      } else if (current.nunit && name === 'failure') {
        inNunitFailure = true;
      } else if (current.nunit && inNunitFailure && name === 'message') {
        collecting = true;
      }
    },
    close(name) {
      if (name === 'testsuite' || name === 'test-suite') {
        suites.pop();
        return;
      }
      if ((name === 'testcase' || name === 'test-case') && current) {
        finish(report, current);
        caseTime += num(current.attrs.time ?? current.attrs.duration) ?? 0;
        current = undefined;
        collecting = false;
        inNunitFailure = false;
        return;
      }
      if (FAILURE_TAGS.has(name) || name === 'message') collecting = false;
      if (name === 'failure') inNunitFailure = false;
    },
    wantText: () => collecting,
    text(t) {
      if (current && current.body.length < BODY_MAX) current.body += t.slice(0, BODY_MAX - current.body.length);
    },
  }).catch((e: unknown) => {
    if (e instanceof NotJunit) return `not a JUnit report (its root element is <${e.root}>)`;
    throw e;
  });
  if (error !== undefined) return { ok: false, error };
  report.timeSec = round3(rootTime ?? outerSuiteTime ?? caseTime);
  return { ok: true, value: report };
}

class NotJunit extends Error {
  constructor(readonly root: string) {
    super(`root <${root}>`);
  }
}

function finish(report: TestReport, c: OpenCase): void {
  report.cases++;
  const a = c.attrs;
  const name = a.name ?? a.methodname ?? '';
  const classname = a.classname ?? a.class ?? a.className ?? undefined;
  const file = a.file || c.suiteFile || undefined;
  let line = a.line !== undefined && /^\d+$/.test(a.line) ? Number(a.line) : undefined;
  if (line !== undefined && report.dialect === 'pytest') line += 1;
  if (line === 0) line = undefined;
  const key = [c.suite ?? '', file ?? '', classname ?? '', c.nunit ? (a.fullname ?? name) : name].join('\u0000');
  let bits = c.status === 'passed' ? PASSED : c.status === 'skipped' ? SKIPPED : FAILED;
  if (c.status === 'passed' && c.reruns > 0) bits |= FLAKY_MARK;
  report.outcomes.set(key, (report.outcomes.get(key) ?? 0) | bits);
  if (c.status === 'failed' || c.status === 'errored' || bits & FLAKY_MARK) {
    if (report.problems.length >= PROBLEMS_MAX) {
      report.problemsCut++;
      return;
    }
    const flaky = (bits & FLAKY_MARK) !== 0;
    const { message } = messageOf(flaky ? c.flakyMessage : c.message, c.body, c.type);
    report.problems.push({
      key,
      name,
      ...(classname !== undefined ? { classname } : {}),
      ...(c.suite !== undefined ? { suite: c.suite } : {}),
      fullName: c.nunit && a.fullname ? a.fullname : fullName(classname, name),
      ...(file !== undefined ? { file } : {}),
      ...(line !== undefined ? { line } : {}),
      kind: flaky ? 'flaky' : c.status === 'errored' ? 'errored' : 'failed',
      ...(message !== undefined ? { message } : {}),
      ...(report.dialect === 'go' ? goSourceHint(message) : {}),
      ...(c.type !== undefined ? { type: c.type } : {}),
      reruns: c.reruns,
    });
  }
}

/** Messages that say nothing (go-junit-report and gotestsum write "Failed"): the body says more. */
const GENERIC_MESSAGE = /^(failed|failure|error|fail)$/i;
/** Lines of a Go test's output that are the runner's, not the test's. */
const GO_RUNNER_LINE = /^(=== (RUN|PAUSE|CONT|NAME)|--- (FAIL|PASS|SKIP)|FAIL|PASS|ok\s)/;

/** The first line of the message attribute, else of the body; the error type when there is neither. */
function messageOf(attr: string | undefined, body: string, type: string | undefined): { message?: string } {
  let m = firstLine(attr);
  if (m === undefined || GENERIC_MESSAGE.test(m)) m = firstLine(body.split(/\r?\n/).filter((l) => !GO_RUNNER_LINE.test(l.trim())).join('\n')) ?? m;
  if (m === undefined) return type ? { message: type } : {};
  return { message: m };
}

/** Go's t.Errorf lines start with the file and line of the failing check: `cart_test.go:15: got 5`. */
function goSourceHint(message: string | undefined): { sourceHint?: { file: string; line: number } } {
  const m = message !== undefined ? /^([\w.-]+_test\.go):(\d+): /.exec(message) : null;
  return m ? { sourceHint: { file: m[1]!, line: Number(m[2]) } } : {};
}

/** jest-junit repeats the classname in the name; vitest's classname is a file; Go's an import path. */
export function fullName(classname: string | undefined, name: string): string {
  if (!classname || classname === name) return name;
  if (name.startsWith(`${classname} `) || name.startsWith(`${classname}.`)) return name;
  if (/[\\/]/.test(classname) && /\.[cm]?[jt]sx?$/.test(classname)) return `${classname} > ${name}`;
  return `${classname}.${name}`;
}

function num(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v.replace(/,/g, ''));
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
