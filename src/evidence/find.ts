// Where the reports are: the globs given (test-reports, coverage-reports, build-logs), expanded
// with @actions/glob relative to the scanned root, or, when none are given, the places the usual
// tools write to. Discovery walks the disk, not the scanned file list: reports live in ignored
// folders (coverage/, target/, build/test-results/). It skips dependency and VCS folders, and stops
// after a bounded number of entries so a huge checkout costs little.
import { isTestDataFolder } from '../analysis/repo-map/names.js';
import { readdirSync } from 'node:fs';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { globMatcher } from '../workspace/glob.js';
import { RepoPaths } from './paths.js';

export type ReportKind = 'test' | 'coverage' | 'build';

/** Where the usual tools write their reports; matched against the root-relative path. */
export const DISCOVER: Record<'test' | 'coverage', readonly string[]> = {
  test: [
    '**/TEST-*.xml', // Surefire, Failsafe, Gradle, Ant
    '**/{surefire,failsafe}-reports/*.xml',
    '**/test-results/**/*.xml', // Gradle, many CI set-ups
    '**/test-reports/**/*.xml',
    '**/*junit*.xml', // junit.xml, jest-junit, vitest, go-junit-report, gotestsum --junitfile
    '**/{pytest,test-results,test-report,testresults,report}.xml',
    '**/TestResults/*.xml', // .NET loggers
    '**/*nunit*.xml',
  ],
  coverage: [
    '**/lcov.info',
    '**/*.lcov',
    '**/coverage.xml', // coverage.py, coverlet
    '**/*cobertura*.xml',
    '**/coverage-final.json',
    '**/coverage-summary.json',
    '**/coverage.json', // coverage.py json
    '**/jacoco*.xml',
    '**/{coverage,cover,c}.out', // go test -coverprofile
    '**/*.coverprofile',
    '**/coverage.txt', // the codecov convention for Go
  ],
};

/** Trees of installed packages and tool caches: large, and never where a job writes its reports. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'vendor', '.venv', 'venv', '__pycache__', '.tox', '.nox', '.mypy_cache', '.pytest_cache', 'bower_components', '.gradle', '.m2', '.cache', '.next', '.nuxt', 'site-packages']);
const MAX_ENTRIES = 200_000;
const MAX_DEPTH = 10;

export interface FoundReport {
  /** Root-relative POSIX path, or the absolute path when it lies outside the scanned root. */
  path: string;
  abs: string;
  origin: 'input' | 'discovered';
  /** An input names this file by its path (no wildcard): a committed file named so is still used. */
  literal?: boolean;
}

/** @actions/glob's pattern characters: a pattern without them names one file. */
const GLOB_MAGIC = /[*?[\]{}]/;

/** Expands the given globs (relative to the root; `!pattern` excludes), files only, sorted. */
export async function expandGlobs(root: string, patterns: readonly string[]): Promise<FoundReport[]> {
  if (patterns.length === 0) return [];
  const absolute = patterns.map((p) => {
    const neg = p.startsWith('!');
    const body = neg ? p.slice(1) : p;
    return `${neg ? '!' : ''}${isAbsolute(body) ? body : join(root, body)}`;
  });
  // Loaded here, not at start-up: it brings @actions/core and undici along (about 0.1 s of every
  // run's start), and only the test-reports and coverage-reports inputs need it.
  const glob = await import('@actions/glob');
  const found = await quietly(async () => {
    const globber = await glob.create(absolute.join('\n'), { matchDirectories: false, implicitDescendants: false, followSymbolicLinks: false });
    return globber.glob();
  });
  const paths = new RepoPaths(root);
  const literal = new Set(absolute.filter((p) => !p.startsWith('!') && !GLOB_MAGIC.test(p)).map((p) => resolve(p)));
  const out = found.map((abs) => ({ path: paths.underRoot(abs) ?? abs.split('\\').join('/'), abs: resolve(abs), origin: 'input' as const, literal: literal.has(resolve(abs)) }));
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * @actions/glob logs every option and search path with core.debug, which writes `::debug::` lines
 * to stdout. They carry repository paths and are noise in a terminal; on a runner the log guard
 * would only neutralise them into visible lines. So those lines, and only those, are dropped while
 * globbing, everywhere.
 */
async function quietly<T>(f: () => Promise<T>): Promise<T> {
  const write = process.stdout.write;
  process.stdout.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
    if (typeof chunk === 'string' && chunk.startsWith('::debug::')) return true;
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof process.stdout.write;
  try {
    return await f();
  } finally {
    process.stdout.write = write;
  }
}

/**
 * The report files of the usual tools under the root, sorted, for each kind asked: one walk of the
 * tree for all of them (a walk of 28,000 files costs a tenth of a second). The walk is bounded
 * (MAX_ENTRIES, MAX_DEPTH); which entries a bounded walk reaches depends on its order, so it visits
 * each folder's entries sorted by name. Sorting every folder costs a good part of the walk: it is
 * first made in the file system's order, which reaches every entry when the bound is not hit, and
 * only the reports found are then put in the sorted walk's order. Only a tree over the bound is
 * walked again, sorted.
 */
export function discoverAllReports(root: string, kinds: ReadonlyArray<'test' | 'coverage'>): Record<'test' | 'coverage', FoundReport[]> {
  const matchers = kinds.map((kind) => [kind, globMatcher(DISCOVER[kind] as string[], { dot: false, nocase: true })] as const);
  const unsorted = walkReports(root, matchers, false);
  if (unsorted.complete) {
    for (const k of kinds) unsorted.out[k].sort((a, b) => walkOrder(a.path, b.path));
    return unsorted.out;
  }
  return walkReports(root, matchers, true).out;
}

function walkReports(root: string, matchers: ReadonlyArray<readonly ['test' | 'coverage', (path: string) => boolean]>, sorted: boolean): { out: Record<'test' | 'coverage', FoundReport[]>; complete: boolean } {
  const out: Record<'test' | 'coverage', FoundReport[]> = { test: [], coverage: [] };
  let entries = 0;
  // A name from readdir joined by hand: path.join normalizes the whole path again for each of the
  // tree's folders (18 ms of biome's walk).
  const child = (dir: string, name: string) => (dir.endsWith(sep) ? dir + name : dir + sep + name);
  const walk = (dir: string, rel: string, depth: number) => {
    if (depth > MAX_DEPTH || entries > MAX_ENTRIES) return;
    let list;
    try {
      list = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (sorted) list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of list) {
      if (++entries > MAX_ENTRIES) return;
      const r = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        // Sample reports kept as test data (the repository map's test-data folders) are not this run's results.
        if (!SKIP_DIRS.has(e.name) && !isTestDataFolder(e.name)) walk(child(dir, e.name), r, depth + 1);
      } else if (e.isFile()) {
        for (const [kind, isMatch] of matchers) if (isMatch(r)) out[kind].push({ path: r, abs: child(dir, e.name), origin: 'discovered' });
      }
    }
  };
  walk(resolve(root), '', 0);
  return { out, complete: entries <= MAX_ENTRIES };
}

/** The order of a walk that visits each folder's entries sorted by name: name by name along the path. */
function walkOrder(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < x.length && i < y.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return x.length - y.length;
}
