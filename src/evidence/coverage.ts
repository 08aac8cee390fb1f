// Coverage reports of one run → one CoverageEvidence. Files are keyed by their repository path, so
// the same file in two reports (unit and integration runs, a package report and a root report) is
// merged line by line and counted once. Paths are mapped per format: Cobertura <source> roots,
// the report's own folder and those above it (a monorepo package's report), tails of paths from
// another machine, Go module paths through go.mod, JaCoCo packages through the usual source sets.
import { posix } from 'node:path';
import type { CoverageReport, FileCoverage } from '../formats/coverage/index.js';
import { LineCoverage } from '../formats/coverage/index.js';
import type { CoverageEvidence, CoverageFile, ReportFile } from './model.js';
import { ancestors, normalize, RepoPaths } from './paths.js';

const JVM_SOURCE_SETS = ['src/main/java', 'src/main/kotlin', 'src/main/scala', 'src/main/groovy', 'src'];

interface Merged {
  path: string;
  inRepo: boolean;
  lines?: LineCoverage;
  summary?: { total: number; covered: number };
}

export function mergeCoverage(reports: Array<{ file: ReportFile; value?: CoverageReport }>, paths: RepoPaths, given: boolean, threshold: number | undefined): CoverageEvidence {
  const merged = new Map<string, Merged>();
  for (const { file, value } of reports) {
    if (!value) continue;
    const near = ancestors(file.path);
    const bases = [...value.sourceRoots.map((s) => paths.resolveDir(s, near)).filter((d): d is string => d !== undefined), ...near];
    const jvm = value.format === 'jacoco' ? [...near, ''].flatMap((b) => JVM_SOURCE_SETS.map((s) => (b ? `${b}/${s}` : s))) : [];
    for (const f of value.files) {
      const repo = mapPath(f, value, paths, bases, near, jvm);
      const key = repo ?? `\0${normalize(f.path)}`;
      let m = merged.get(key);
      if (!m) merged.set(key, (m = { path: repo ?? normalize(f.path), inRepo: repo !== undefined }));
      if (f.lines) {
        if (m.lines) m.lines.merge(f.lines);
        else m.lines = f.lines;
      } else if (f.summary && (!m.summary || f.summary.covered > m.summary.covered)) {
        m.summary = f.summary;
      }
    }
  }
  const files: CoverageFile[] = [];
  let total = 0;
  let covered = 0;
  for (const m of merged.values()) {
    // Line detail wins over a summary of the same file (coverage-final.json beside coverage-summary.json).
    const c = m.lines ? m.lines.counts() : (m.summary ?? { total: 0, covered: 0 });
    total += c.total;
    covered += c.covered;
    files.push({ path: m.path, inRepo: m.inRepo, total: c.total, covered: c.covered });
  }
  files.sort((a, b) => b.total - b.covered - (a.total - a.covered) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    given,
    reports: reports.map((r) => r.file),
    total,
    covered,
    percent: total > 0 ? (covered / total) * 100 : null,
    ...(threshold !== undefined ? { threshold } : {}),
    files,
  };
}

function mapPath(f: FileCoverage, report: CoverageReport, paths: RepoPaths, bases: string[], near: string[], jvm: string[]): string | undefined {
  if (report.format === 'go') {
    const dir = paths.goModuleDir(posix.dirname(f.path), near);
    const inModule = dir !== undefined ? (dir === '' ? posix.basename(f.path) : `${dir}/${posix.basename(f.path)}`) : undefined;
    if (inModule !== undefined && paths.isFile(inModule)) return inModule;
  }
  if (report.format === 'jacoco') return paths.resolveFile(f.path, jvm);
  return paths.resolveFile(f.path, bases);
}
