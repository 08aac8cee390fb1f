// merged.csv: one row per repository for a spreadsheet. RFC 4180: CRLF line ends, a field quoted
// when it holds a comma, a quote, CR or LF, quotes doubled. Repository names, reasons and rule
// titles are attacker-controlled, and a spreadsheet runs a cell that starts with = + - @ (or a
// tab or CR before one) as a formula (OWASP "CSV Injection"): such a text cell gets a leading
// apostrophe, which spreadsheets show as text. Numbers are written by us and never prefixed.
import type { MergedReport, MergedRepository } from './types.js';

export const CSV_COLUMNS = [
  'repository',
  'status',
  'verdict',
  'score',
  'grade',
  'p0',
  'p1',
  'p2',
  'p0_rules',
  'previous_score',
  'previous_grade',
  'worse',
  'new_p0_rules',
  'error',
  'url',
  'run_url',
  'ref',
  'commit',
] as const;

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A text cell: neutralised when a spreadsheet would read it as a formula, then quoted when needed. */
export function csvText(s: string): string {
  const safe = FORMULA_START.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function num(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : String(n);
}

function verdict(r: MergedRepository): string {
  return r.status === 'failed' ? 'failed' : r.blocked ? 'blocked' : 'ready';
}

function row(r: MergedRepository): string[] {
  const c = r.change;
  return [
    csvText(r.repository),
    r.status,
    verdict(r),
    num(r.score),
    r.grade ?? '',
    num(r.counts?.P0),
    num(r.counts?.P1),
    num(r.counts?.P2),
    csvText(r.p0Rules.join(' ')),
    num(c?.previousScore),
    c?.previousGrade ?? '',
    c ? String(c.worse) : '',
    csvText(c ? c.newP0Rules.join(' ') : ''),
    csvText(r.error ?? ''),
    csvText(r.url ?? ''),
    csvText(r.runUrl ?? ''),
    csvText(r.ref ?? ''),
    csvText(r.commit ?? ''),
  ];
}

export function renderMergedCsv(m: MergedReport): string {
  const lines = [CSV_COLUMNS.join(','), ...m.repositories.map((r) => row(r).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
