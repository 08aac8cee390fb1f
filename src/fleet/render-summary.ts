// summary.md: the organisation report as a job summary, read top to bottom by a platform lead:
// how many repositories may ship, which blockers are most common, who got worse since the last
// merge, which scans failed, then every repository worst first. It reuses the job summary's
// Markdown (src/report/markdown.ts: every repository name, title and reason is escaped there) and
// its size rule (src/report/summary.ts): GitHub refuses a step summary over 1 MiB, so the lists
// are capped one step at a time until the whole text fits, each cut said with its count.
import { codeSpan, details, escapeMarkdown, formatInt, mdLink, mdTable, plural, ruleDocUrl, utf8Bytes } from '../report/markdown.js';
import { SUMMARY_LIMIT_BYTES } from '../report/summary.js';
import { TOOL } from '../version.js';
import { GRADES } from '../policy/score.js';
import { byName } from './merge.js';
import type { MergedReport, MergedRepository } from './types.js';

/** Most lists' lengths, from all to none; the first that fits wins. */
const CAPS: readonly (number | undefined)[] = [undefined, 500, 200, 100, 50, 20, 5, 0];
/** P0 rules named in one repository's row before "+N". */
const ROW_RULES = 5;
/** A failure reason in a table cell, in characters. */
const REASON_CHARS = 300;
/** Rows of a long table shown before the rest collapse into a <details> (the worst come first). */
export const FIRST_ROWS = 50;

export function renderMergedSummary(m: MergedReport, limitBytes = SUMMARY_LIMIT_BYTES): string {
  let md = '';
  for (const cap of CAPS) {
    md = render(m, cap);
    if (utf8Bytes(md) <= limitBytes) return md;
  }
  // Only an absurdly small budget gets here: the headline alone, cut at a line.
  const head = `${headline(m).join('\n\n')}\n`;
  return utf8Bytes(head) <= limitBytes ? head : '';
}

function render(m: MergedReport, cap: number | undefined): string {
  const blocks = [...headline(m)];
  if (cap !== undefined) {
    blocks.push("> **Note:** some lists are shortened to keep this summary under GitHub's size limit. `merged.json`, `merged.csv` and `dashboard.html` list every repository.");
  }
  const limit = cap ?? Infinity;
  blocks.push(...gradeSection(m));
  blocks.push(...p0Section(m, limit));
  blocks.push(...worseSection(m, limit));
  blocks.push(...failedSection(m, limit));
  blocks.push(...scoreSection(m, limit));
  blocks.push(...inputNotes(m, limit));
  blocks.push(`---\n<sub>${escapeMarkdown(`${m.tool.name} ${m.tool.version}`)} merge · ${mdLink('rule docs', `${TOOL.informationUri}/tree/main/rules/checks`)}</sub>`);
  return `${blocks.join('\n\n')}\n`;
}

function headline(m: MergedReport): string[] {
  const t = m.totals;
  const lines = [
    `## Organisation readiness: ${plural(t.repositories, 'repository', 'repositories')}`,
    `✅ **${formatInt(t.ready)} ready** · ⛔ **${formatInt(t.blocked)} blocked** · 💥 **${formatInt(t.failed)} failed to scan** (a failed scan is never counted as ready)`,
    `Findings across the organisation: **${formatInt(t.findings.P0)}** P0 · **${formatInt(t.findings.P1)}** P1 · **${formatInt(t.findings.P2)}** P2`,
  ];
  if (m.previous) {
    const worse = m.repositories.filter((r) => r.change?.worse).length;
    const added = m.repositories.filter((r) => r.change === null).length;
    const removed = m.previous.removed?.length ?? 0;
    lines.push(
      `Since the previous merge (${plural(m.previous.repositories, 'repository', 'repositories')}): ` +
        `**${formatInt(worse)} got worse**, ${formatInt(added)} new, ${formatInt(removed)} no longer listed.`,
    );
  }
  return lines;
}

function gradeSection(m: MergedReport): string[] {
  const t = m.totals;
  if (t.scanned === 0) return [];
  const rows = GRADES.map((g) => [g, formatInt(t.grades[g]), bar(t.grades[g], t.scanned)]);
  return ['### Repositories by grade', mdTable(['Grade', 'Repositories', 'Share'], rows, ['l', 'r', 'l'])];
}

/** A share as a bar of up to 20 blocks and its percentage (text: it renders the same everywhere). */
function bar(n: number, total: number): string {
  const pct = total === 0 ? 0 : Math.round((n / total) * 100);
  const blocks = '█'.repeat(Math.round(pct / 5));
  return blocks ? `${blocks} ${pct}%` : `${pct}%`;
}

function p0Section(m: MergedReport, cap: number): string[] {
  const p0 = m.rules.filter((r) => r.severity === 'P0');
  if (p0.length === 0) return m.totals.scanned > 0 ? ['### P0s by rule across the organisation', 'No P0 finding in any scanned repository.'] : [];
  const rows = p0
    .slice(0, cap)
    .map((r, i) => [
      String(i + 1),
      mdLink(codeSpan(r.ruleId, true), ruleDocUrl(TOOL.informationUri, r.ruleId)),
      escapeMarkdown(r.title),
      formatInt(r.repositories),
      formatInt(r.findings),
    ]);
  const others = m.rules.length - p0.length;
  return [
    '### P0s by rule across the organisation',
    `${plural(p0.length, 'rule')} with P0 findings, the most widespread first.${others > 0 ? ` ${plural(others, 'rule')} at P1 or P2 are in \`merged.json\`.` : ''}`,
    mdTable(['#', 'Rule', 'Title', 'Repositories', 'P0 findings'], rows, ['r', 'l', 'l', 'r', 'r']) + more(p0.length, cap, 'rule'),
  ];
}

function worseSection(m: MergedReport, cap: number): string[] {
  if (!m.previous) return [];
  const worse = m.repositories.filter((r) => r.change?.worse);
  if (worse.length === 0) return ['### Got worse since the previous merge', 'No repository got worse.'];
  const rows = worse.slice(0, cap).map((r) => {
    const c = r.change!;
    return [
      repoCell(r),
      `${c.previousScore ?? '–'} → ${r.score ?? '–'}`,
      `${c.previousGrade ?? '–'} → ${r.grade ?? '–'}`,
      `${verdictWord(c.previousBlocked, 'scanned')} → ${verdictWord(r.blocked, r.status)}`,
      `${c.previousP0 ?? '–'} → ${r.counts?.P0 ?? '–'}`,
      ruleList(c.newP0Rules),
    ];
  });
  return [
    `### Got worse since the previous merge (${formatInt(worse.length)})`,
    'Newly blocked, newly failed to scan, a lower score, or more P0 findings.',
    longTable(['Repository', 'Score', 'Grade', 'Verdict', 'P0', 'New P0 rules'], rows, undefined, 'more that got worse') + more(worse.length, cap, 'repository', 'repositories'),
  ];
}

function failedSection(m: MergedReport, cap: number): string[] {
  const failed = m.repositories.filter((r) => r.status === 'failed');
  if (failed.length === 0) return [];
  const runs = hasRuns(failed);
  const rows = failed.slice(0, cap).map((r) => {
    const reason = r.error ?? '';
    return [repoCell(r), escapeMarkdown(reason.length > REASON_CHARS ? `${reason.slice(0, REASON_CHARS - 1)}…` : reason), ...(runs ? [runCell(r)] : [])];
  });
  return [
    `### Failed scans (${formatInt(failed.length)})`,
    'A repository without a report has no verdict: it is listed here, never counted as ready.',
    longTable(['Repository', 'Reason', ...(runs ? ['Run'] : [])], rows, undefined, 'more failed scans') + more(failed.length, cap, 'failed scan'),
  ];
}

/** Every scanned repository, worst first: score, then more P0, then name. */
function scoreSection(m: MergedReport, cap: number): string[] {
  const scanned = m.repositories
    .filter((r) => r.status === 'scanned')
    .sort((a, b) => a.score! - b.score! || b.counts!.P0 - a.counts!.P0 || byName(a.repository, b.repository));
  if (scanned.length === 0) return [];
  const runs = hasRuns(scanned);
  const rows = scanned.slice(0, cap).map((r) => [
    repoCell(r),
    verdictWord(r.blocked, r.status),
    String(r.score),
    r.grade ?? '',
    formatInt(r.counts!.P0),
    formatInt(r.counts!.P1),
    formatInt(r.counts!.P2),
    ruleList(r.p0Rules),
    ...(runs ? [runCell(r)] : []),
  ]);
  return [
    '### Repositories by score',
    'Worst first (lowest score, then the most P0 findings).',
    longTable(['Repository', 'Verdict', 'Score', 'Grade', 'P0', 'P1', 'P2', 'P0 rules', ...(runs ? ['Run'] : [])], rows, ['l', 'l', 'r', 'l', 'r', 'r', 'r', 'l', 'l'], 'more repositories, by score') +
      more(scanned.length, cap, 'repository', 'repositories'),
  ];
}

function inputNotes(m: MergedReport, cap: number): string[] {
  const out: string[] = [];
  const removed = m.previous?.removed ?? [];
  if (removed.length > 0) {
    const shown = removed.slice(0, cap).map((n) => escapeMarkdown(n));
    const rest = removed.length - shown.length;
    out.push(`**No longer listed** (in the previous merge, not in this one): ${shown.join(', ')}${rest > 0 ? `${shown.length > 0 ? ', ' : ''}…and ${formatInt(rest)} more` : ''}.`);
  }
  const dup = m.inputs?.duplicates ?? [];
  if (dup.length > 0) {
    const shown = dup.slice(0, cap).map((n) => escapeMarkdown(n));
    const rest = dup.length - shown.length;
    out.push(
      `**Given more than once** (one row kept: a scanned one over a failed one, then the file whose path sorts last): ` +
        `${shown.join(', ')}${rest > 0 ? `${shown.length > 0 ? ', ' : ''}…and ${formatInt(rest)} more` : ''}.`,
    );
  }
  if (m.inputs && m.inputs.ignored > 0) out.push(`${plural(m.inputs.ignored, 'file')} in the input folders ${m.inputs.ignored === 1 ? 'is' : 'are'} another readiness-gate output (SARIF, SBOM, badge, merged report) and ${m.inputs.ignored === 1 ? 'was' : 'were'} not read as a repository.`);
  return out.length > 0 ? ['### Inputs', ...out] : [];
}

/** The first FIRST_ROWS rows as a table, the rest in a collapsed table of their own. */
function longTable(headers: readonly string[], rows: readonly string[][], align: readonly ('l' | 'r')[] | undefined, rest: string): string {
  const first = mdTable(headers, rows.slice(0, FIRST_ROWS), align);
  if (rows.length <= FIRST_ROWS) return first;
  return `${first}\n\n${details(`${formatInt(rows.length - FIRST_ROWS)} ${rest}`, mdTable(headers, rows.slice(FIRST_ROWS), align))}`;
}

function verdictWord(blocked: boolean | null, status: string): string {
  if (status === 'failed' || blocked === null) return 'failed';
  return blocked ? '⛔ blocked' : '✅ ready';
}

function ruleList(rules: readonly string[]): string {
  const shown = rules.slice(0, ROW_RULES).map((r) => codeSpan(r, true));
  return shown.join(', ') + (rules.length > shown.length ? ` +${formatInt(rules.length - shown.length)}` : '');
}

/** The repository's name, linked to its page when the entry gives a web address. */
function repoCell(r: MergedRepository): string {
  const name = escapeMarkdown(r.repository);
  const url = webUrl(r.url);
  return url ? mdLink(name, url) : name;
}

/** The Run column only when some row links to its fleet job (plain reports have none). */
function hasRuns(rows: readonly MergedRepository[]): boolean {
  return rows.some((r) => webUrl(r.runUrl) !== undefined);
}

function runCell(r: MergedRepository): string {
  const url = webUrl(r.runUrl);
  return url ? mdLink('run', url) : '';
}

/**
 * An http(s) address from an input, as a Markdown link destination, or undefined. Anything else
 * (javascript:, data:, a relative path, credentials in the address) is not linked. The parser's
 * serialisation percent-encodes spaces, quotes and angle brackets; the characters that would end
 * the link or split a table cell (`(`, `)`, `|`, brackets, a backslash) are encoded here.
 */
export function webUrl(raw: string | null): string | undefined {
  if (raw === null) return undefined;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return undefined;
  }
  if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.username !== '' || u.password !== '') return undefined;
  return u.href.replace(/[()|[\]\\ ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function more(total: number, cap: number, one: string, many?: string): string {
  return total > cap ? `\n\n…and ${plural(total - cap, `more ${one}`, many ? `more ${many}` : undefined)}.` : '';
}
