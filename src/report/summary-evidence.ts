// The job summary's evidence sections (SPEC §5): tests (passed / failed / skipped / flaky, the
// duration, each failure with its message), coverage (total against the threshold, the files that
// cost the most with what the total would become, the what-if line) and build logs. A report that
// could not be read gets a line that says which and why: never a silent zero.
import { formatPercent, percentIfCovered, type CoverageEvidence, type Evidence, type ReportFile, type TestProblem } from '../evidence/model.js';
import type { RunResult } from '../model/result.js';
import { codeSpan, details, escapeMarkdown, formatInt, lineLink, mdLink, mdTable, plural } from './markdown.js';

/** Lists longer than this start collapsed (as the P1/P2 lists). */
const COLLAPSE_OVER = 10;
/** Rows of the per-file coverage table. */
const COVERAGE_ROWS = 15;

export function evidenceSections(r: RunResult, cap: number): string[] {
  const e = r.evidence;
  if (!e) return [];
  return [...testsSection(r, e, cap), ...coverageSection(r, e.coverage, cap), ...buildSection(r, e, cap)];
}

function testsSection(r: RunResult, e: Evidence, cap: number): string[] {
  const t = e.tests;
  if (t.reports.length === 0) {
    return t.given ? ['### Tests', `⚠️ No file matches ${codeSpan(r.options.testReports.join(', '))}: no test results to show.`] : [];
  }
  const out = ['### Tests'];
  const usable = t.reports.filter((x) => x.error === undefined);
  if (usable.length > 0) {
    const icon = t.failed > 0 ? '❌' : t.flaky > 0 ? '🟡' : t.total - t.skipped > 0 ? '✅' : '⚠️';
    out.push(
      `${icon} **${plural(t.total, 'test')}**: ${formatInt(t.passed)} passed, ${formatInt(t.failed)} failed, ${formatInt(t.skipped)} skipped, ${formatInt(t.flaky)} flaky` +
        ` · ${duration(t.durationSec)} · from ${reportList(usable)}.`,
    );
  }
  out.push(...unreadableLines(t.reports));
  const cutFailed = t.cut?.failed ?? 0;
  const cutFlaky = t.cut?.flaky ?? 0;
  if (cutFailed + cutFlaky > 0) {
    const parts = [cutFailed > 0 ? plural(cutFailed, 'more failing test') : '', cutFlaky > 0 ? plural(cutFlaky, 'more flaky test') : ''].filter(Boolean);
    out.push(`… and ${parts.join(' and ')} not listed (only the first ${formatInt(t.failures.length + t.flakes.length)} are kept).`);
  }
  const problems = [...t.failures, ...t.flakes];
  if (problems.length > 0 && cap > 0) {
    const shown = problems.slice(0, cap);
    const rows = shown.map((p) => [escapeMarkdown(p.fullName, 'br'), p.kind, where(r, p), p.message ? codeSpan(p.message, true) : '']);
    const table = mdTable(['Test', 'Result', 'Where', 'Failure'], rows) + more(problems.length, shown.length, 'test');
    out.push(problems.length > COLLAPSE_OVER ? details(`${formatInt(t.failed)} failed and ${formatInt(t.flaky)} flaky tests (click to expand)`, table) : table);
  }
  return out;
}

function coverageSection(r: RunResult, c: CoverageEvidence, cap: number): string[] {
  if (c.reports.length === 0 && c.threshold === undefined) return [];
  const out = ['### Coverage'];
  if (c.reports.length === 0) {
    out.push(`⚠️ No coverage report ${c.given ? `matches ${codeSpan(r.options.coverageReports.join(', '))}` : 'was found'}, so the threshold of ${c.threshold}% cannot be checked.`);
    return out;
  }
  const usable = c.reports.filter((x) => x.error === undefined);
  if (c.percent !== null) {
    const bar =
      c.threshold === undefined
        ? 'no threshold set'
        : c.percent >= c.threshold
          ? `✅ meets the threshold of **${c.threshold}%**`
          : `❌ below the threshold of **${c.threshold}%** by ${(c.threshold - c.percent).toFixed(1)} points`;
    out.push(`**${formatPercent(c.percent, c.threshold)}** of lines covered (${formatInt(c.covered)} of ${formatInt(c.total)}, ${plural(c.files.length, 'file')}) · ${bar} · from ${reportList(usable)}.`);
  } else if (usable.length > 0) {
    out.push(`⚠️ The coverage reports (${reportList(usable)}) measure no line.`);
  }
  out.push(...unreadableLines(c.reports));
  const costly = c.files.filter((f) => f.covered < f.total);
  if (c.percent !== null && costly.length > 0) {
    const worst = costly[0]!;
    out.push(
      `**What if:** covering ${codeSpan(worst.path)} (${pct(worst.covered, worst.total)} of ${plural(worst.total, 'line')}) would lift the total from ` +
        `${formatPercent(c.percent, c.threshold)} to ${formatPercent(percentIfCovered(c, worst))}.`,
    );
    const n = Math.min(cap, COVERAGE_ROWS);
    if (n > 0) {
      const rows = costly.slice(0, n).map((f) => [
        codeSpan(f.path, true) + (f.inRepo ? '' : ' (not in this checkout)'),
        pct(f.covered, f.total),
        formatInt(f.total),
        formatInt(f.total - f.covered),
        formatPercent(percentIfCovered(c, f)),
      ]);
      out.push(mdTable(['File (most uncovered lines first)', 'Covered', 'Lines', 'Uncovered', 'Total if covered'], rows, ['l', 'r', 'r', 'r', 'r']) + more(costly.length, n, 'file'));
    }
  }
  return out;
}

function buildSection(r: RunResult, e: Evidence, cap: number): string[] {
  const b = e.build;
  if (!b.given) return [];
  const out = ['### Build logs'];
  if (b.reports.length === 0) return [...out, `⚠️ No file matches ${codeSpan(r.options.buildLogs.join(', '))}.`];
  const usable = b.reports.filter((x) => x.error === undefined);
  if (usable.length > 0) {
    const icon = b.errors > 0 ? '❌' : b.warnings > 0 ? '🟡' : '✅';
    out.push(`${icon} ${plural(b.errors, 'error')}, ${plural(b.warnings, 'warning')} in ${reportList(usable)}${b.errors > 0 ? ' (warnings are not listed while there are errors)' : ''}.`);
  }
  out.push(...unreadableLines(b.reports));
  if ((b.omitted ?? 0) > 0) out.push(`… and ${plural(b.omitted!, 'more diagnostic')} not listed (only the first ${formatInt(b.diagnostics.length)} are kept).`);
  if (b.diagnostics.length > 0 && cap > 0) {
    const shown = b.diagnostics.slice(0, cap);
    const rows = shown.map((d) => [
      linkTo(r, d.location.path, d.location.line),
      d.severity,
      escapeMarkdown(`${d.tool}${d.code ? ` ${d.code}` : ''}`),
      escapeMarkdown(d.message, 'br'),
    ]);
    const table = mdTable(['Where', 'Severity', 'Tool', 'Message'], rows) + more(b.diagnostics.length, shown.length, 'diagnostic');
    out.push(b.diagnostics.length > COLLAPSE_OVER ? details(`${plural(b.diagnostics.length, 'diagnostic')} (click to expand)`, table) : table);
  }
  return out;
}

/** One line per report that could not be used, saying why (empty, not XML, truncated...). */
function unreadableLines(reports: readonly ReportFile[]): string[] {
  const bad = reports.filter((x) => x.error !== undefined);
  if (bad.length === 0) return [];
  return [bad.map((x) => `⚠️ ${codeSpan(x.path)} could not be used: ${escapeMarkdown(x.error!)}.`).join('<br>\n')];
}

function reportList(reports: readonly ReportFile[]): string {
  const named = reports.slice(0, 3).map((x) => codeSpan(x.path) + (x.format ? ` (${x.format})` : ''));
  return named.join(', ') + (reports.length > 3 ? ` and ${formatInt(reports.length - 3)} more` : '');
}

function where(r: RunResult, p: TestProblem): string {
  return p.location ? linkTo(r, p.location.path, p.location.line) : codeSpan(p.report, true);
}

function linkTo(r: RunResult, path: string, line?: number): string {
  const code = codeSpan(`${path}${line !== undefined ? `:${line}` : ''}`, true);
  return r.links && !path.startsWith('/') ? mdLink(code, lineLink(r.links, path, line)) : code;
}

function pct(covered: number, total: number): string {
  if (total === 0) return '–';
  const p = (covered / total) * 100;
  return `${p > 0 && p < 1 ? p.toFixed(1) : Math.floor(p)}%`;
}

function duration(sec: number): string {
  if (sec < 60) return `${Math.round(sec * 10) / 10} s`;
  const m = Math.floor(sec / 60);
  return `${m} min ${Math.round(sec - m * 60)} s`;
}

function more(total: number, shown: number, what: string): string {
  return total > shown ? `\n\n…and ${plural(total - shown, `more ${what}`)}: see the JSON report or SARIF.` : '';
}
