// The evidence phase (SPEC §2.3): read the reports the job's earlier steps produced — test
// reports, coverage reports, build logs — from the disk, stream them through their parsers, map
// their paths to the repository and merge them into one Evidence. Independent of the file pass,
// so main runs it first and the evidence rules read it from the workspace. Never throws for what is
// in a report: a report that cannot be read is listed with the reason.
import { createReadStream } from 'node:fs';
import type { Options } from '../inputs.js';
import { parseBuildLog } from '../formats/build-logs/index.js';
import { parseCoverage } from '../formats/coverage/index.js';
import type { CoverageReport } from '../formats/coverage/index.js';
import type { ParseResult, TextInput } from '../formats/model.js';
import { parseJunit, type TestReport } from '../formats/test-reports/junit.js';
import { mergeCoverage } from './coverage.js';
import { discoverReports, expandGlobs, type FoundReport } from './find.js';
import type { BuildDiagnostic, BuildEvidence, Evidence, ReportFile } from './model.js';
import { ancestors, normalize, RepoPaths } from './paths.js';
import { reportLocation } from './reports.js';
import { mergeTests } from './tests.js';

/** Chunks of about 1 MiB: few enough awaits, little memory. */
const CHUNK = 1 << 20;

export function readStream(abs: string): TextInput {
  return createReadStream(abs, { encoding: 'utf8', highWaterMark: CHUNK });
}

/**
 * A discovered file of another kind (a Cobertura file under test-results, a coverage.txt that is
 * prose) is simply not a report; a file the user named, or a broken report of the right kind, is.
 */
const WRONG_KIND = /^(not a JUnit report|not a Cobertura report|not a JaCoCo report|not an lcov tracefile|not a Go cover profile|a JSON file in no known coverage format)/;

async function readReports<T>(found: FoundReport[], parse: (input: TextInput) => Promise<ParseResult<T>>): Promise<Array<{ file: ReportFile; value?: T }>> {
  const out: Array<{ file: ReportFile; value?: T }> = [];
  for (const f of found) {
    let r: ParseResult<T>;
    try {
      r = await parse(readStream(f.abs));
    } catch (e) {
      // Reading failed (permissions, a folder named like a report): the parser itself never throws.
      r = { ok: false, error: `cannot be read (${e instanceof Error ? e.message : String(e)})` };
    }
    if (!r.ok && f.origin === 'discovered' && WRONG_KIND.test(r.error)) continue;
    out.push(r.ok ? { file: { path: f.path, origin: f.origin }, value: r.value } : { file: { path: f.path, origin: f.origin, error: r.error } });
  }
  return out;
}

export async function loadEvidence(options: Options): Promise<Evidence> {
  const paths = new RepoPaths(options.root);
  const [testFound, coverageFound, logFound] = await Promise.all([
    options.testReports.length > 0 ? expandGlobs(options.root, options.testReports) : Promise.resolve(discoverReports(options.root, 'test')),
    options.coverageReports.length > 0 ? expandGlobs(options.root, options.coverageReports) : Promise.resolve(discoverReports(options.root, 'coverage')),
    expandGlobs(options.root, options.buildLogs),
  ]);

  const tests = await readReports<TestReport>(testFound, parseJunit);
  for (const t of tests) if (t.value) t.file.format = t.value.dialect;
  const coverage = await readReports<CoverageReport>(coverageFound, parseCoverage);
  for (const c of coverage) if (c.value) c.file.format = c.value.format;

  return {
    tests: await mergeTests(tests, paths, options.testReports.length > 0),
    coverage: mergeCoverage(coverage, paths, options.coverageReports.length > 0, options.coverageThreshold),
    build: await loadBuildLogs(logFound, paths, options.buildLogs.length > 0),
    blockers: [],
  };
}

async function loadBuildLogs(found: FoundReport[], paths: RepoPaths, given: boolean): Promise<BuildEvidence> {
  const logs = await readReports(found, parseBuildLog);
  const seen = new Set<string>();
  const diagnostics: BuildDiagnostic[] = [];
  for (const { file, value } of logs) {
    if (!value) continue;
    file.format = 'log';
    // RULES.md: warnings are findings only when a log has no errors.
    const hasErrors = value.diagnostics.some((d) => d.severity === 'error');
    const bases = ancestors(file.path);
    for (const d of value.diagnostics) {
      if (hasErrors && d.severity === 'warning') continue;
      // A diagnostic that names no file (tsc's project errors) is located at the log, else the repository.
      const path = d.file === '' ? reportLocation([file]).path : (paths.resolveFile(d.file, bases) ?? paths.underRoot(d.file) ?? normalize(d.file));
      const key = `${path}\0${d.line}\0${d.column ?? ''}\0${d.severity}\0${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const location = d.file === '' ? { path } : { path, line: d.line, ...(d.column !== undefined ? { column: d.column } : {}) };
      diagnostics.push({ ...d, location, log: file.path });
    }
  }
  return {
    given,
    reports: logs.map((l) => l.file),
    diagnostics,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}
