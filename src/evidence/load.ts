// The evidence phase (SPEC §2.3): read the reports the job's earlier steps produced — test
// reports, coverage reports, build logs — from the disk, stream them through their parsers, map
// their paths to the repository and merge them into one Evidence. Independent of the file pass,
// so main runs it first and the evidence rules read it from the workspace. Never throws for what is
// in a report: a report that cannot be read is listed with the reason.
import { lstatSync } from 'node:fs';
import type { Options } from '../inputs.js';
import { DIAGNOSTICS_MAX, parseBuildLog, type BuildLog } from '../formats/build-logs/index.js';
import { parseCoverage } from '../formats/coverage/index.js';
import type { CoverageReport } from '../formats/coverage/index.js';
import type { ParseResult, TextInput } from '../formats/model.js';
import { parseJunit, type TestReport } from '../formats/test-reports/junit.js';
import type { RunBlocker } from '../model/types.js';
import { regularFileStream, trustedRoots, UnsafeFileError } from '../workspace/safe-open.js';
import { mergeCoverage } from './coverage.js';
import { discoverAllReports, expandGlobs, type FoundReport } from './find.js';
import type { BuildDiagnostic, BuildEvidence, Evidence, ReportFile } from './model.js';
import { ancestors, normalize, RepoPaths } from './paths.js';
import { reportLocation } from './reports.js';
import { mergeTests } from './tests.js';
import { committedFiles } from './tracked.js';

/** Chunks of about 1 MiB: few enough awaits, little memory. */
const CHUNK = 1 << 20;

/**
 * A discovered file of another kind (a Cobertura file under test-results, a coverage.txt that is
 * prose) is simply not a report; a file the user named, or a broken report of the right kind, is.
 */
const WRONG_KIND = /^(not a JUnit report|not a Cobertura report|not a JaCoCo report|not an lcov tracefile|not a Go cover profile|a JSON file in no known coverage format)/;

type Kind = 'test' | 'coverage' | 'build';
const INPUT: Record<Kind, string> = { test: 'test-reports', coverage: 'coverage-reports', build: 'build-logs' };

/** What one evidence phase learns besides the reports: why the verdict must block, what the user should hear. */
interface Sink {
  roots: readonly string[];
  blockers: RunBlocker[];
  notices: string[];
}

async function readReports<T>(kind: Kind, found: FoundReport[], parse: (input: TextInput) => Promise<ParseResult<T>>, sink: Sink): Promise<Array<{ file: ReportFile; value?: T }>> {
  const out: Array<{ file: ReportFile; value?: T }> = [];
  for (const f of found) {
    let r: ParseResult<T>;
    let unsafe = false;
    try {
      // Only a regular file inside the workspace, never through a link: `logs/env.log ->
      // /proc/self/environ` would put the step's environment into the findings (SPEC §9).
      r = await parse(regularFileStream(f.abs, { roots: sink.roots }, CHUNK));
    } catch (e) {
      unsafe = e instanceof UnsafeFileError;
      // A discovered link, device or outside file is not a report of this run: skipped without a word.
      if (unsafe && f.origin === 'discovered') continue;
      // Reading failed (permissions, a folder named like a report): the parser itself never throws.
      r = { ok: false, error: e instanceof UnsafeFileError ? `it ${e.message}` : `cannot be read (${e instanceof Error ? e.message : String(e)})` };
    }
    if (!r.ok && f.origin === 'discovered' && WRONG_KIND.test(r.error)) continue;
    // Any way a named report fails blocks: emptied, overwritten with something else, cut short or
    // refused (a test step the pull request controls could otherwise pick the failure that passes).
    // Only a file of another kind that a wildcard happened to match is simply not a report.
    if (!r.ok && f.origin === 'input' && (unsafe || f.literal || !WRONG_KIND.test(r.error))) {
      sink.blockers.push({ source: 'evidence', reason: `${INPUT[kind]} names ${f.path}, which cannot be used as evidence: ${r.error}` });
    }
    out.push(r.ok ? { file: { path: f.path, origin: f.origin }, value: r.value } : { file: { path: f.path, origin: f.origin, error: r.error } });
  }
  return out;
}

/**
 * Report files committed to the repository are the pull request's, not this job's (SPEC §9): a
 * discovered one, or one a wildcard matched, is left out with a notice; one an input names by its
 * exact path is used, with a notice that says it is a committed file.
 */
function dropCommitted(kind: Kind, found: FoundReport[], committed: ReadonlySet<string>, sink: Sink): FoundReport[] {
  const kept: FoundReport[] = [];
  const ignored: string[] = [];
  for (const f of found) {
    // A committed link or special file goes on to be refused (and to block, when an input matched it).
    if (!committed.has(f.path) || !isRegular(f.abs)) kept.push(f);
    else if (f.origin === 'input' && f.literal) {
      kept.push(f);
      sink.notices.push(`${INPUT[kind]}: ${f.path} is a file committed to the repository, not one this job wrote; it is used because the input names it.`);
    } else ignored.push(f.path);
  }
  if (ignored.length > 0) {
    const named = ignored.slice(0, 3).join(', ') + (ignored.length > 3 ? ` and ${ignored.length - 3} more` : '');
    sink.notices.push(
      `${INPUT[kind]}: ignored ${named}: committed to the repository, so written by the commit and not by this job; name a committed report by its exact path in ${INPUT[kind]} to use it.`,
    );
  }
  return kept;
}

/**
 * Evidence an input names must be there: a test step that deletes its own report (the pull request
 * controls the tests) must not turn failing tests into "no report" and a pass (SPEC §9, fail closed).
 * Auto-discovery names nothing, so finding nothing there is the evidence rules' business (a P1).
 */
function requireNamed(kind: Kind, patterns: readonly string[], found: FoundReport[], sink: Sink): FoundReport[] {
  if (patterns.length > 0 && found.length === 0) {
    sink.blockers.push({ source: 'evidence', reason: `${INPUT[kind]} names ${patterns.join(', ')}, but no file this job wrote matches: the evidence it names cannot be checked` });
  }
  return found;
}

function isRegular(abs: string): boolean {
  try {
    return lstatSync(abs).isFile();
  } catch {
    return false;
  }
}

export async function loadEvidence(options: Options): Promise<Evidence> {
  const paths = new RepoPaths(options.root);
  const sink: Sink = { roots: [...trustedRoots(options.cwd), options.root], blockers: [], notices: [] };
  // The kinds no input names are found by one walk of the tree.
  const undiscovered = (['test', 'coverage'] as const).filter((k) => (k === 'test' ? options.testReports : options.coverageReports).length === 0);
  const discovered = undiscovered.length > 0 ? discoverAllReports(options.root, undiscovered) : undefined;
  const [testFound, coverageFound, logFound] = await Promise.all([
    options.testReports.length > 0 ? expandGlobs(options.root, options.testReports) : Promise.resolve(discovered!.test),
    options.coverageReports.length > 0 ? expandGlobs(options.root, options.coverageReports) : Promise.resolve(discovered!.coverage),
    expandGlobs(options.root, options.buildLogs),
  ]);

  // Which of them the commit holds: asked of git only when there is a report to tell apart (on a
  // large tree, listing every tracked file costs more than the rest of this phase).
  let committed: ReadonlySet<string> = new Set();
  if (testFound.length + coverageFound.length + logFound.length > 0) {
    const listed = committedFiles(options.root);
    committed = listed.files;
    if (listed.error !== undefined) {
      sink.notices.push(`git could not list the committed files (${listed.error}): reports committed to the repository cannot be told from this job's, and are used as found.`);
    }
  }
  const named = { test: options.testReports, coverage: options.coverageReports, build: options.buildLogs };
  const usable = (kind: Kind, found: FoundReport[]) => requireNamed(kind, named[kind], dropCommitted(kind, found, committed, sink), sink);
  const tests = await readReports<TestReport>('test', usable('test', testFound), parseJunit, sink);
  for (const t of tests) if (t.value) t.file.format = t.value.dialect;
  const coverage = await readReports<CoverageReport>('coverage', usable('coverage', coverageFound), parseCoverage, sink);
  for (const c of coverage) if (c.value) c.file.format = c.value.format;
  const logs = await readReports<BuildLog>('build', usable('build', logFound), parseBuildLog, sink);

  return {
    tests: await mergeTests(tests, paths, options.testReports.length > 0),
    coverage: mergeCoverage(coverage, paths, options.coverageReports.length > 0, options.coverageThreshold),
    build: loadBuildLogs(logs, paths, options.buildLogs.length > 0),
    blockers: sink.blockers,
    notices: sink.notices,
  };
}

function loadBuildLogs(logs: Array<{ file: ReportFile; value?: BuildLog }>, paths: RepoPaths, given: boolean): BuildEvidence {
  const seen = new Set<string>();
  const diagnostics: BuildDiagnostic[] = [];
  const omitted = { errors: 0, warnings: 0 };
  for (const { file, value } of logs) {
    if (!value) continue;
    file.format = 'log';
    // RULES.md: warnings are findings only when a log has no errors.
    const hasErrors = value.omitted.errors > 0 || value.diagnostics.some((d) => d.severity === 'error');
    omitted.errors += value.omitted.errors;
    if (!hasErrors) omitted.warnings += value.omitted.warnings;
    const bases = ancestors(file.path);
    for (const d of value.diagnostics) {
      if (hasErrors && d.severity === 'warning') continue;
      // Past the cap over all logs: counted, not listed (a million errors cost a count).
      if (diagnostics.length >= DIAGNOSTICS_MAX) {
        omitted[d.severity === 'error' ? 'errors' : 'warnings']++;
        continue;
      }
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
    errors: diagnostics.filter((d) => d.severity === 'error').length + omitted.errors,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length + omitted.warnings,
    omitted: omitted.errors + omitted.warnings,
  };
}
