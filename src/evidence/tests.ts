// Test reports of one run → one TestEvidence. A test is identified by suite, file, classname and
// name across reports and reruns; it is failed when every attempt failed, flaky when it both failed
// and passed (gotestsum --rerun-fails, Surefire reruns, a matrix) or a report marks it passed on a
// rerun, skipped when it never ran, passed otherwise. Where a failing test lives: the report's
// file/line, else its classname (a file, a Python module, a Java class, a Go package), and the line
// of its definition read from that file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FAILED, FLAKY_MARK, PASSED, SKIPPED, type TestCaseProblem, type TestReport } from '../formats/test-reports/junit.js';
import type { Location } from '../model/types.js';
import type { ReportFile, TestEvidence, TestProblem } from './model.js';
import { ancestors, RepoPaths } from './paths.js';

/** Most failing or flaky tests whose place is looked up in the source tree (each costs a file read). */
const LOCATE_MAX = 200;
const SOURCE_MAX_BYTES = 2 * 1024 * 1024;

export async function mergeTests(reports: Array<{ file: ReportFile; value?: TestReport }>, paths: RepoPaths, given: boolean): Promise<TestEvidence> {
  const bits = new Map<string, number>();
  const detail = new Map<string, { p: TestCaseProblem; report: string; dialect: TestReport['dialect'] }>();
  let durationSec = 0;
  for (const { file, value } of reports) {
    if (!value) continue;
    durationSec += value.timeSec;
    for (const [k, b] of value.outcomes) bits.set(k, (bits.get(k) ?? 0) | b);
    for (const p of value.problems) {
      const prev = detail.get(p.key);
      // Keep the first failure seen; a real failure's message beats a flaky marker's.
      if (!prev || (prev.p.kind === 'flaky' && p.kind !== 'flaky')) detail.set(p.key, { p, report: file.path, dialect: value.dialect });
    }
  }
  const ev: TestEvidence = { given, reports: reports.map((r) => r.file), total: bits.size, passed: 0, failed: 0, skipped: 0, flaky: 0, durationSec: Math.round(durationSec * 1000) / 1000, failures: [], flakes: [] };
  const locator = new Locator(paths);
  for (const [key, b] of bits) {
    const flaky = (b & FLAKY_MARK) !== 0 || ((b & FAILED) !== 0 && (b & PASSED) !== 0);
    if (flaky) ev.flaky++;
    else if (b & FAILED) ev.failed++;
    else if (b & PASSED) ev.passed++;
    else if (b & SKIPPED) ev.skipped++;
    if (!flaky && !(b & FAILED)) continue;
    const d = detail.get(key);
    if (!d) continue;
    const problem: TestProblem = {
      fullName: d.p.fullName,
      kind: flaky ? 'flaky' : d.p.kind,
      ...(d.p.message !== undefined ? { message: d.p.message } : {}),
      report: d.report,
      reruns: d.p.reruns,
    };
    const n = ev.failures.length + ev.flakes.length;
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
        const abs = join(this.paths.root, rel);
        if (statSync(abs).size <= SOURCE_MAX_BYTES) t = readFileSync(abs, 'utf8');
      } catch {
        t = null;
      }
      this.texts.set(rel, t);
    }
    return t ?? undefined;
  }
}

