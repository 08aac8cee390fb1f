// The code-health lines of the job summary that belong to the code rules: type-annotation
// coverage as one sentence (total, per language, against the threshold) and the files with the
// most untyped functions as a collapsed table. Called once from summary.ts's "Code health".
import type { RunResult } from '../model/result.js';
import { codeSpan, details, escapeMarkdown, formatInt, lineLink, mdLink, mdTable, plural } from './markdown.js';

/** Metrics rendered here, so the generic "Other measurements" table leaves them out. */
export const CODE_HEALTH_METRICS: ReadonlySet<string> = new Set(['typeAnnotations']);

/** At most this many files in the table, whatever the summary's cap. */
const MAX_FILES = 10;

const LANGUAGE: Record<string, string> = { python: 'Python', typescript: 'TypeScript' };

export function codeHealthBlocks(r: RunResult, cap: number): string[] {
  const t = r.metrics.typeAnnotations;
  if (!t || typeof t.functions !== 'number') return [];
  const langs = Object.entries(t.byLanguage ?? {})
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([l, v]) => `${LANGUAGE[l] ?? escapeMarkdown(l)} ${pct(v.percent)} of ${formatInt(v.functions)}`);
  const threshold = t.threshold === undefined ? '' : t.percent >= t.threshold ? `; required ${pct(t.threshold)} ✅` : `; required ${pct(t.threshold)} ❌`;
  const out = [
    `Type annotations: **${pct(t.percent)}** of ${plural(t.functions, 'function')} fully typed` +
      `${langs.length > 1 ? ` (${langs.join(', ')})` : ''}, ${formatInt(t.untyped)} untyped in ${plural(t.files, 'file')}${threshold}.`,
  ];
  const rows = (t.worstFiles ?? []).slice(0, Math.min(cap, MAX_FILES));
  if (rows.length > 0) {
    const table = mdTable(
      ['File', 'Functions', 'Typed', 'Share'],
      rows.map((w) => [r.links ? mdLink(codeSpan(w.path, true), lineLink(r.links, w.path)) : codeSpan(w.path, true), formatInt(w.functions), formatInt(w.typed), pct(w.percent)]),
      ['l', 'r', 'r', 'r'],
    );
    out.push(details(`Files with the most untyped functions (${rows.length})`, table));
  }
  return out;
}

function pct(n: number): string {
  return `${Math.round(n * 10) / 10}%`;
}
