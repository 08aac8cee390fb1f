// lcov tracefiles (genhtml's format; written by istanbul/nyc/jest/vitest, c8, lcov/gcov, grcov,
// coverage.py `coverage lcov`, flutter...): records `SF:<path>` … `DA:<line>,<hits>[,<md5>]` …
// `end_of_record`. SF paths are often absolute on the machine that ran the tests. Read line by line
// from a stream: a 100 MB tracefile is never one string.
import type { ParseResult, TextInput } from '../model.js';
import { errorText } from '../model.js';
import { forEachLine } from '../text.js';
import { FileTable, type CoverageReport, type LineCoverage } from './lines.js';

export async function parseLcov(input: TextInput): Promise<ParseResult<CoverageReport>> {
  const table = new FileTable();
  let current: LineCoverage | undefined;
  let currentPath = '';
  let records = 0;
  let bad = 0;
  let firstBad: string | undefined;
  try {
    await forEachLine(input, (line, n) => {
      if (line.startsWith('DA:')) {
        if (!current) return;
        const comma = line.indexOf(',', 3);
        const comma2 = line.indexOf(',', comma + 1);
        const l = Number(line.slice(3, comma));
        const hits = Number(line.slice(comma + 1, comma2 < 0 ? undefined : comma2));
        if (comma > 0 && Number.isInteger(l)) current.add(l, Number.isFinite(hits) ? hits : 0);
      } else if (line.startsWith('SF:')) {
        currentPath = line.slice(3).trim();
        current = table.lines(currentPath);
        records++;
      } else if (line === 'end_of_record') {
        current = undefined;
      } else if (line.trim() !== '' && !/^[A-Z]{2,5}:|^TN:/.test(line)) {
        // Not an lcov line at all: tolerate a few (a stray banner), refuse a file of them.
        bad++;
        firstBad ??= `line ${n}: ${line.slice(0, 60)}`;
      }
      return bad <= 100;
    });
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
  if (bad > 100 || (records === 0 && bad > 0)) return { ok: false, error: `not an lcov tracefile (${firstBad})` };
  if (records === 0) return { ok: false, error: 'empty lcov tracefile (no SF: record)' };
  // Every record ends with end_of_record: a last one left open is a file cut short (a step that died mid-write).
  if (current) return { ok: false, error: `truncated lcov tracefile (the record of ${currentPath.slice(0, 200)} has no end_of_record)` };
  return { ok: true, value: { format: 'lcov', files: table.files(), sourceRoots: [] } };
}
