// Test reports of one run → one TestEvidence. A test is identified by suite, file, classname and
// name across reports and reruns. A test that failed every attempt in any report is failed: another
// report where it passed does not make it flaky, so a report the pull request planted cannot turn a
// failure of this run into a flake or a pass (SPEC §9). It is flaky only by one report's own reruns:
// the same case failed and passed in that report (gotestsum --rerun-fails, pytest-rerunfailures),
// or the report marks it passed on a rerun (Surefire flakyFailure). Skipped when it never ran,
// passed otherwise. Where a failing test lives: the report's file/line, else its classname (a file,
// a Python module, a Java class, a Go package), and the line of its definition read from that file.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FAILED, FLAKY_MARK, PASSED, SKIPPED, type TestCaseProblem, type TestReport } from '../formats/test-reports/junit.js';
import type { Location } from '../model/types.js';
import { readRegularText } from '../workspace/safe-open.js';
import type { ReportFile, TestEvidence, TestProblem } from './model.js';
import { ancestors, RepoPaths } from './paths.js';

/** Most failing or flaky tests whose place is looked up in the source tree (each costs a file read). */
const LOCATE_MAX = 200;
/** Most failing and flaky tests listed (each becomes a finding); the rest are counted in `cut`. */
export const LIST_MAX = 1000;
const SOURCE_MAX_BYTES = 2 * 1024 * 1024;

/** This report's verdict on one test, from its outcome bits: its own reruns make a flake, nothing else. */
function verdictIn(b: number): number {
  if (b & FLAKY_MARK || (b & FAILED && b & PASSED)) return FLAKY_MARK;
  if (b & FAILED) return FAILED;
  return b & (PASSED | SKIPPED);
}

export async function mergeTests(reports: Array<{ file: ReportFile; value?: TestReport }>, paths: RepoPaths, given: boolean): Promise<TestEvidence> {
  let bits: Map<string, number> | undefined;
  const detail = new Map<string, { p: TestCaseProblem; report: string; dialect: TestReport['dialect']; failedHere: boolean }>();
  let durationSec = 0;
  for (const { file, value } of reports) {
    if (!value) continue;
    durationSec += value.timeSec;
    for (const p of value.problems) {
      const prev = detail.get(p.key);
      const failedHere = verdictIn(value.outcomes.get(p.key) ?? 0) === FAILED;
      // Keep the first failure seen; the report where it failed outright beats one where it was flaky.
      if (!prev || (!prev.failedHere && failedHere)) detail.set(p.key, { p, report: file.path, dialect: value.dialect, failedHere });
    }
    // The report's own map becomes (or is folded into) the merged one: a million tests are held once.
    if (bits === undefined) {
      for (const [k, b] of value.outcomes) value.outcomes.set(k, verdictIn(b));
      bits = value.outcomes;
    } else {
      for (const [k, b] of value.outcomes) bits.set(k, (bits.get(k) ?? 0) | verdictIn(b));
      value.outcomes.clear();
    }
  }
  bits ??= new Map();
  const ev: TestEvidence = { given, reports: reports.map((r) => r.file), total: bits.size, passed: 0, failed: 0, skipped: 0, flaky: 0, durationSec: Math.round(durationSec * 1000) / 1000, failures: [], flakes: [], cut: { failed: 0, flaky: 0 } };
  const locator = new Locator(paths);
  for (const [key, b] of bits) {
    const failed = (b & FAILED) !== 0;
    const flaky = !failed && (b & FLAKY_MARK) !== 0;
    if (failed) ev.failed++;
    else if (flaky) ev.flaky++;
    else if (b & PASSED) ev.passed++;
    else if (b & SKIPPED) ev.skipped++;
    if (!flaky && !failed) continue;
    const d = detail.get(key);
    const n = ev.failures.length + ev.flakes.length;
    // Past the cap (here, or in the report parser): counted, not listed.
    if (!d || n >= LIST_MAX) {
      ev.cut![flaky ? 'flaky' : 'failed']++;
      continue;
    }
    const problem: TestProblem = {
      fullName: d.p.fullName,
      kind: flaky ? 'flaky' : d.p.kind === 'flaky' ? 'failed' : d.p.kind,
      ...(d.p.message !== undefined ? { message: d.p.message } : {}),
      report: d.report,
      reruns: d.p.reruns,
    };
    const location = n < LOCATE_MAX ? locator.locate(d.p, d.report, d.dialect) : undefined;
    if (location) problem.location = location;
    (flaky ? ev.flakes : ev.failures).push(problem);
  }
  return ev;
}

class Locator {
  private readonly texts = new Map<string, string | null>();
  constructor(private readonly paths: RepoPaths) {}

  locate(p: TestCaseProblem, report: string, dialect: TestReport['dialect']): Location | undefined {
    const bases = ancestors(report);
    let file = p.file !== undefined ? this.paths.resolveFile(p.file, bases) : undefined;
    file ??= this.fromClassname(p, bases, dialect);
    if (!file) return undefined;
    const hinted = p.sourceHint && file.endsWith(`/${p.sourceHint.file}`) ? p.sourceHint.line : undefined;
    const line = p.line ?? hinted ?? this.findDefinition(file, p);
    return line !== undefined ? { path: file, line } : { path: file };
  }

  /** vitest/jest: a file path; pytest: a dotted module (+ class); Java/Kotlin: a class; Go: a package. */
  private fromClassname(p: TestCaseProblem, bases: string[], dialect: TestReport['dialect']): string | undefined {
    for (const c of [p.classname, p.suite]) {
      if (!c) continue;
      if (/[\\/]/.test(c) && /\.\w{1,6}$/.test(c)) {
        const f = this.paths.resolveFile(c, bases);
        if (f) return f;
      }
    }
    const cls = p.classname;
    if (!cls) return undefined;
    if (dialect === 'go') {
      const dir = this.paths.goModuleDir(cls, bases) ?? this.paths.resolveDir(cls, bases);
      if (dir === undefined) return undefined;
      const hinted = p.sourceHint ? (dir ? `${dir}/${p.sourceHint.file}` : p.sourceHint.file) : undefined;
      return hinted !== undefined && this.paths.isFile(hinted) ? hinted : this.goTestFile(dir, p.name);
    }
    if (!/^[\w$]+(\.[\w$]+)+$/.test(cls)) return undefined;
    const parts = cls.replace(/\$.*$/, '').split('.');
    const jvmBases = [...bases, ''].flatMap((b) => ['src/test/java', 'src/test/kotlin', 'src/test/scala', 'src/it/java', 'src/integrationTest/java', 'src/integrationTest/kotlin', ''].map((s) => [b, s].filter(Boolean).join('/')));
    for (let k = parts.length; k >= 1; k--) {
      const stem = parts.slice(0, k).join('/');
      const py = this.paths.resolveFile(`${stem}.py`, bases);
      if (py) return py;
      for (const ext of ['java', 'kt', 'scala', 'groovy']) {
        for (const b of jvmBases) {
          const c = b ? `${b}/${stem}.${ext}` : `${stem}.${ext}`;
          if (this.paths.isFile(c)) return c;
        }
      }
    }
    return undefined;
  }

  private goTestFile(dir: string, name: string): string | undefined {
    const fn = name.split('/')[0]!;
    let list: string[];
    try {
      list = readdirSync(join(this.paths.root, dir)).filter((f) => f.endsWith('_test.go')).sort();
    } catch {
      return undefined;
    }
    for (const f of list) {
      const rel = dir ? `${dir}/${f}` : f;
      if (this.text(rel)?.includes(`func ${fn}(`)) return rel;
    }
    return undefined;
  }

  /** The line that defines the test, searched by its own name in the test file. */
  private findDefinition(file: string, p: TestCaseProblem): number | undefined {
    const text = this.text(file);
    if (!text) return undefined;
    const bare = p.name.replace(/\[.*\]$/, '').replace(/\(.*\)$/, '');
    const titles = new Set([bare, bare.split(' > ').pop()!, bare.split('/')[0]!]);
    if (p.classname && bare.startsWith(`${p.classname} `)) titles.add(bare.slice(p.classname.length + 1));
    const needles: string[] = [];
    for (const t of titles) {
      if (t === '') continue;
      needles.push(`def ${t}(`, `func ${t}(`, `function ${t}(`, ` ${t}(`, `'${t}'`, `"${t}"`, `\`${t}\``);
    }
    // jest-junit's name is "describe title test title": the test's own title is a tail of it.
    const words = bare.split(' ');
    for (let i = 1; i < words.length - 1; i++) {
      const tail = words.slice(i).join(' ');
      needles.push(`'${tail}'`, `"${tail}"`, `\`${tail}\``);
    }
    const lines = text.split(/\r?\n/);
    for (const needle of needles) {
      const i = lines.findIndex((l) => l.includes(needle));
      if (i >= 0) return i + 1;
    }
    return undefined;
  }

  private text(rel: string): string | undefined {
    let t = this.texts.get(rel);
    if (t === undefined) {
      t = null;
      try {
        // A test file of the pull request's tree: a regular file of the checkout, never a link to elsewhere.
        t = readRegularText(join(this.paths.root, rel), { roots: [this.paths.root], maxBytes: SOURCE_MAX_BYTES });
      } catch {
        t = null;
      }
      this.texts.set(rel, t);
    }
    return t ?? undefined;
  }
}

