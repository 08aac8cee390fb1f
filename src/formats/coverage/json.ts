// The JSON coverage formats: coverage.py's `coverage json`, Istanbul's coverage-final.json
// (json reporter) and coverage-summary.json (json-summary reporter). JSON needs the whole text,
// so these are read whole, up to a size limit.
import type { ParseResult } from '../model.js';
import { FileTable, type CoverageReport } from './lines.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseCoverageJson(text: string): ParseResult<CoverageReport> {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: `not valid JSON (${(e as Error).message})` };
  }
  if (!isObject(doc)) return { ok: false, error: 'not a coverage report (the JSON is not an object)' };
  if (isObject(doc.files) && (isObject(doc.meta) || isObject(doc.totals))) return { ok: true, value: coveragePy(doc) };
  const entries = Object.entries(doc).filter(([, v]) => isObject(v)) as Array<[string, Json]>;
  if (entries.length > 0 && entries.every(([, v]) => isObject(v.statementMap) || isObject(v.s))) return { ok: true, value: istanbulFinal(entries) };
  if (entries.length > 0 && entries.every(([, v]) => isObject(v.lines))) return { ok: true, value: istanbulSummary(entries) };
  return { ok: false, error: 'a JSON file in no known coverage format (coverage.py JSON, Istanbul coverage-final.json or coverage-summary.json)' };
}

/** coverage.py: `files: { "pkg/x.py": { executed_lines: [...], missing_lines: [...] } }`, relative to the run's directory. */
function coveragePy(doc: Json): CoverageReport {
  const table = new FileTable();
  for (const [path, f] of Object.entries(doc.files as Json)) {
    if (!isObject(f)) continue;
    const lines = table.lines(path);
    for (const l of asNumbers(f.executed_lines)) lines.add(l, 1);
    for (const l of asNumbers(f.missing_lines)) lines.add(l, 0);
    // A file with no statements (an empty __init__.py) still belongs to the report.
  }
  return { format: 'coveragepy', files: table.files(), sourceRoots: [] };
}

/** Istanbul: per file, statementMap + s (hits); a line's hits are the max of the statements starting on it (istanbul-lib-coverage getLineCoverage). */
function istanbulFinal(entries: Array<[string, Json]>): CoverageReport {
  const table = new FileTable();
  for (const [key, f] of entries) {
    const path = typeof f.path === 'string' && f.path !== '' ? f.path : key;
    const lines = table.lines(path);
    const map = isObject(f.statementMap) ? f.statementMap : {};
    const hits = isObject(f.s) ? f.s : {};
    for (const [id, loc] of Object.entries(map)) {
      const line = isObject(loc) && isObject(loc.start) ? Number(loc.start.line) : NaN;
      const h = Number(hits[id] ?? 0);
      if (Number.isInteger(line)) lines.add(line, Number.isFinite(h) ? h : 0);
    }
  }
  return { format: 'istanbul', files: table.files(), sourceRoots: [] };
}

/** coverage-summary.json: totals per file, no line detail; the `total` entry is not a file. */
function istanbulSummary(entries: Array<[string, Json]>): CoverageReport {
  const table = new FileTable();
  for (const [path, f] of entries) {
    if (path === 'total') continue;
    const l = f.lines as Json;
    table.summary(path, Number(l.total), Number(l.covered));
  }
  return { format: 'istanbul-summary', files: table.files(), sourceRoots: [] };
}

function asNumbers(v: unknown): number[] {
  return Array.isArray(v) ? v.filter((x): x is number => Number.isInteger(x)) : [];
}
