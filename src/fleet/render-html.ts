// The organisation dashboard (issue 15): one static HTML file that needs nothing but itself. Its
// style and script are inline and allowed by hash in a `default-src 'none'` policy, so the page can
// make no request (no font, image, fetch or frame) and no injected markup could run. Every value
// comes from reports the repositories produced, so all of it is attacker-controlled text: it is
// cleaned (controls and bidirectional overrides replaced, length capped) and escaped, and only
// https links (http for the GitHub Enterprise Server named) become links. Same report, same bytes.
import { createHash } from 'node:crypto';
import { formatInt } from '../formats/text.js';
import { GRADES } from '../policy/score.js';
import { escapeHtml } from '../report/markdown.js';
import { DASHBOARD_SCRIPT, DASHBOARD_STYLE } from './dashboard-assets.js';
import type { MergedReport, MergedRepository, RuleAcrossFleet } from './types.js';

export interface DashboardOptions {
  /**
   * The GitHub server (GITHUB_SERVER_URL). When it is an http: URL (a GitHub Enterprise Server
   * without TLS), http links to that host are allowed too; otherwise only https links are.
   */
  serverUrl?: string;
}

/** Longest text kept of each value: a report cannot make a cell (or the file) arbitrarily large. */
const MAX = { name: 200, reason: 500, rule: 120, title: 300, url: 2048, urlText: 160, attr: 2000 } as const;
/** P0 rule ids listed in a row before "+N more" (all are in data-rules, which the filter reads). */
const ROW_RULES = 6;
/** Rows of the rules tables before a count of the rest. */
const LIST_MAX = 200;
/** Repositories named in the "worse" list: the rest are a count (the table's Change column sorts them all). */
const WORSE_MAX = 8;

/** The dashboard's CSP sources: computed once, the assets being constants. */
const SCRIPT_HASH = `sha256-${createHash('sha256').update(DASHBOARD_SCRIPT, 'utf8').digest('base64')}`;
const STYLE_HASH = `sha256-${createHash('sha256').update(DASHBOARD_STYLE, 'utf8').digest('base64')}`;
/** base-uri and form-action do not fall back to default-src: both are closed explicitly. */
export const DASHBOARD_CSP = `default-src 'none'; script-src '${SCRIPT_HASH}'; style-src '${STYLE_HASH}'; img-src 'none'; base-uri 'none'; form-action 'none'`;

export function renderDashboard(m: MergedReport, options: DashboardOptions = {}): string {
  const link = linker(options.serverUrl);
  const repos = displayOrder(m.repositories);
  const withChange = m.previous !== null;
  const title = `Production readiness: ${formatInt(m.totals.repositories)} ${m.totals.repositories === 1 ? 'repository' : 'repositories'}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(DASHBOARD_CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${text(title, 100)}</title>`,
    `<style>${DASHBOARD_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${text(title, 100)}</h1>`,
    `<p class="sub">readiness-gate ${text(m.tool.version, 40)}${m.previous ? ` · compared with the previous merge (${formatInt(m.previous.repositories)} repositories)` : ''}</p>`,
    '<nav><a href="#totals">Totals</a><a href="#p0-rules">P0 by rule</a>' + (withChange ? '<a href="#worse">Worse</a>' : '') + '<a href="#repositories">Repositories</a></nav>',
    '</header>',
    '<main>',
    totals(m),
    '<div class="overview">',
    rules(m.rules),
    withChange ? worse(repos, link) : '',
    '</div>',
    repositoriesTable(repos, withChange, link),
    '</main>',
    '<footer><p>A static page: it makes no request. Sort by a column header, or open it with <code>#sort=score-asc</code> (or p0-desc, grade-asc, …) after its address.</p></footer>',
    `<script>${DASHBOARD_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}

// ---- sections ----

function totals(m: MergedReport): string {
  const t = m.totals;
  const card = (n: number, label: string, cls = '') => `<li${cls ? ` class="${cls}"` : ''}><span class="n">${formatInt(n)}</span><span class="l">${label}</span></li>`;
  const pct = (n: number) => (t.scanned > 0 ? ` \u00b7 ${Math.round((100 * n) / t.scanned)}%` : '');
  const group = (heading: string, cards: string[]) => ['<div>', `<h3>${heading}</h3>`, '<ul class="cards">', ...cards, '</ul>', '</div>'];
  return [
    '<section id="totals" aria-labelledby="totals-h">',
    '<h2 id="totals-h">Totals</h2>',
    '<div class="groups">',
    ...group('Verdicts', [card(t.repositories, 'repositories'), card(t.ready, 'ready', 'ready'), card(t.blocked, 'blocked', 'blocked'), card(t.failed, 'scan failed', 'failed')]),
    ...group(`Grades of the ${formatInt(t.scanned)} scanned`, GRADES.map((g) => card(t.grades[g] ?? 0, `grade ${g}${pct(t.grades[g] ?? 0)}`, `g-${g}`))),
    ...group('Active findings', [card(t.findings.P0, 'P0 blockers', 'P0'), card(t.findings.P1, 'P1', 'P1'), card(t.findings.P2, 'P2')]),
    '</div>',
    '</section>',
  ].join('\n');
}

function rules(all: readonly RuleAcrossFleet[]): string {
  const p0 = all.filter((r) => r.severity === 'P0');
  const others = all.filter((r) => r.severity !== 'P0');
  const out = ['<section id="p0-rules" aria-labelledby="p0-rules-h">', '<h2 id="p0-rules-h">P0 findings by rule across the organisation</h2>'];
  out.push(p0.length === 0 ? '<p>No repository has a P0 finding.</p>' : rulesTable(p0, 'P0 rules, by repositories affected'));
  if (others.length > 0) {
    out.push(`<details><summary>P1 and P2 rules (${formatInt(others.length)})</summary>`, rulesTable(others, 'P1 and P2 rules, by severity then repositories affected'), '</details>');
  }
  out.push('</section>');
  return out.join('\n');
}

function rulesTable(list: readonly RuleAcrossFleet[], caption: string): string {
  const shown = list.slice(0, LIST_MAX);
  const rows = shown.map(
    (r) =>
      `<tr><td><code>${text(r.ruleId, MAX.rule)}</code></td><td>${text(r.title, MAX.title)}</td><td class="${escapeHtml(severityClass(r.severity))}">${text(r.severity, 4)}</td><td class="num">${formatInt(r.repositories)}</td><td class="num">${formatInt(r.findings)}</td></tr>`,
  );
  return [
    '<table>',
    `<caption>${caption}${list.length > shown.length ? ` (the first ${formatInt(shown.length)} of ${formatInt(list.length)})` : ''}</caption>`,
    '<thead><tr><th scope="col">Rule</th><th scope="col">Title</th><th scope="col">Severity</th><th scope="col" class="num">Repositories</th><th scope="col" class="num">Findings</th></tr></thead>',
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
  ].join('\n');
}

function worse(repos: readonly MergedRepository[], link: Linker): string {
  // The biggest falls first (a scan that now fails, then the largest score drop); ties in display order.
  const list = repos
    .filter((r) => r.change?.worse === true)
    .map((r, i) => ({ r, i, key: Number(changeText(r).key) }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((x) => x.r);
  const out = ['<section id="worse" aria-labelledby="worse-h">', `<h2 id="worse-h">Worse since the previous merge (${formatInt(list.length)})</h2>`];
  if (list.length === 0) out.push('<p>No repository got worse.</p>');
  else {
    out.push('<ul class="worse-list">');
    for (const r of list.slice(0, WORSE_MAX)) out.push(`<li>${repositoryCell(r, link)}: ${changeText(r).html}</li>`);
    out.push('</ul>');
    if (list.length > WORSE_MAX) out.push(`<p class="note">and ${formatInt(list.length - WORSE_MAX)} more: <a href="#sort=change-asc">sort the table by Change</a>.</p>`);
  }
  out.push('</section>');
  return out.join('\n');
}

interface Column {
  key: string;
  label: string;
  /** Sorted as numbers (its data-* keys); `right`: a column of figures, aligned right. */
  numeric: boolean;
  right?: boolean;
}

function repositoriesTable(repos: readonly MergedRepository[], withChange: boolean, link: Linker): string {
  const columns: Column[] = [
    { key: 'repository', label: 'Repository', numeric: false },
    { key: 'verdict', label: 'Verdict', numeric: true },
    { key: 'score', label: 'Score', numeric: true, right: true },
    { key: 'grade', label: 'Grade', numeric: false },
    { key: 'p0', label: 'P0', numeric: true, right: true },
    { key: 'p1', label: 'P1', numeric: true, right: true },
    { key: 'p2', label: 'P2', numeric: true, right: true },
    { key: 'rules', label: 'P0 rules', numeric: false },
    ...(withChange ? [{ key: 'change', label: 'Change', numeric: true }] : []),
  ];
  const th = (c: Column) => `<th scope="col" data-key="${c.key}"${c.numeric ? ' data-type="num"' : ''}${c.right ? ' class="num"' : ''}>${c.label}</th>`;
  return [
    '<section id="repositories" aria-labelledby="repositories-h">',
    `<h2 id="repositories-h">Repositories (${formatInt(repos.length)})</h2>`,
    '<p class="filter" hidden><label>Filter by repository or rule <input id="filter" type="search" autocomplete="off"></label> <span id="filter-count" aria-live="polite"></span></p>',
    '<table id="repos">',
    '<caption>Worst first: blocked, then failed scans, then ready; lowest score first, then by name. <span id="sort-status" aria-live="polite"></span></caption>',
    `<thead><tr>${columns.map(th).join('')}<th scope="col">Run</th></tr></thead>`,
    '<tbody>',
    ...repos.map((r) => row(r, withChange, link)),
    '</tbody>',
    '</table>',
    '</section>',
  ].join('\n');
}

function row(r: MergedRepository, withChange: boolean, link: Linker): string {
  const change = withChange ? changeText(r) : null;
  // A class name is built from it: only the five grades.
  const grade = r.grade !== null && GRADES.includes(r.grade) ? r.grade : null;
  const keys: Record<string, string> = {
    repository: r.repository,
    verdict: String(verdictRank(r)),
    score: r.score === null ? '' : String(r.score),
    grade: grade ?? '',
    p0: r.counts ? String(r.counts.P0) : '',
    p1: r.counts ? String(r.counts.P1) : '',
    p2: r.counts ? String(r.counts.P2) : '',
    rules: r.p0Rules.join(' '),
    ...(change ? { change: change.key } : {}),
  };
  const attrs = Object.entries(keys)
    .map(([k, v]) => ` data-${k}="${text(v, MAX.attr)}"`)
    .join('');
  const verdict = verdictOf(r);
  const reasons = r.reasons.length > 0 ? ` title="${text(r.reasons.join('; '), MAX.reason)}"` : '';
  const cells = [`<td>${repositoryCell(r, link)}</td>`, `<td class="${verdict.cls}"${reasons}>${verdict.label}</td>`];
  if (r.status === 'failed') {
    cells.push(`<td colspan="6" class="reason">${text(r.error ?? 'no reason given', MAX.reason)}</td>`);
  } else {
    const c = r.counts;
    cells.push(
      `<td class="num">${r.score === null ? '' : formatInt(r.score)}</td>`,
      grade ? `<td class="g-${grade}">${grade}</td>` : '<td></td>',
      `<td class="num${c && c.P0 > 0 ? ' P0' : ''}">${c ? formatInt(c.P0) : ''}</td>`,
      `<td class="num">${c ? formatInt(c.P1) : ''}</td>`,
      `<td class="num">${c ? formatInt(c.P2) : ''}</td>`,
      `<td class="rules">${ruleList(r.p0Rules)}</td>`,
    );
  }
  if (change) cells.push(`<td>${change.html}</td>`);
  cells.push(`<td>${urlCell(r.runUrl, 'run', link)}</td>`);
  return `<tr${attrs}>${cells.join('')}</tr>`;
}

function ruleList(ids: readonly string[]): string {
  const shown = ids.slice(0, ROW_RULES).map((id) => `<code>${text(id, MAX.rule)}</code>`);
  if (ids.length > ROW_RULES) shown.push(`+${formatInt(ids.length - ROW_RULES)} more`);
  return shown.join('');
}

function repositoryCell(r: MergedRepository, link: Linker): string {
  const name = text(r.repository, MAX.name);
  const href = link(r.url);
  if (href !== null) return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${name}</a>`;
  return r.url === null ? name : `<span title="${text(`not a link: ${maskCredentials(r.url)}`, MAX.urlText)}">${name}</span>`;
}

function urlCell(url: string | null, label: string, link: Linker): string {
  if (url === null) return '';
  const href = link(url);
  if (href !== null) return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${label}</a>`;
  return `<span class="nolink">${text(maskCredentials(url), MAX.urlText)}</span>`;
}

// ---- values ----

/** 0 blocked, 1 failed scan, 2 ready: the display order's first key and the Verdict column's sort key. */
function verdictRank(r: MergedRepository): number {
  if (r.status === 'failed' || r.blocked === null) return 1;
  return r.blocked ? 0 : 2;
}

function verdictOf(r: MergedRepository): { label: string; cls: string } {
  const rank = verdictRank(r);
  return rank === 0 ? { label: 'blocked', cls: 'blocked' } : rank === 1 ? { label: 'scan failed', cls: 'failed' } : { label: 'ready', cls: 'ready' };
}

function severityClass(s: string): string {
  return s === 'P0' || s === 'P1' ? s : '';
}

/** Worst first (the page's order without its script): verdict, then score (none first), then name. */
export function displayOrder(repos: readonly MergedRepository[]): MergedRepository[] {
  return repos
    .map((r, i) => ({ r, i }))
    .sort((a, b) => verdictRank(a.r) - verdictRank(b.r) || (a.r.score ?? -1) - (b.r.score ?? -1) || cmp(a.r.repository, b.r.repository) || a.i - b.i)
    .map((x) => x.r);
}

/**
 * The Change cell and its sort key (the score's difference; worse without a difference sorts below
 * every difference, better above). Empty key: nothing to compare (a repository new since then).
 */
function changeText(r: MergedRepository): { html: string; key: string } {
  const c = r.change;
  if (c === null) return { html: '<span class="note">new</span>', key: '' };
  const parts: string[] = [];
  const delta = r.score !== null && c.previousScore !== null ? r.score - c.previousScore : null;
  if (delta !== null) parts.push(`score ${delta > 0 ? `+${formatInt(delta)}` : delta < 0 ? `\u2212${formatInt(-delta)}` : '\u00b10'}`);
  if (r.status === 'failed' && c.previousScore !== null) parts.push(`scan failed (was ${formatInt(c.previousScore)})`);
  if (r.status === 'scanned' && c.previousScore === null) parts.push('scanned (failed before)');
  if (r.blocked === true && c.previousBlocked === false) parts.push('newly blocked');
  if (r.blocked === false && c.previousBlocked === true) parts.push('no longer blocked');
  if (c.newP0Rules.length > 0) parts.push(`new P0: ${c.newP0Rules.slice(0, ROW_RULES).map((id) => `<code>${text(id, MAX.rule)}</code>`).join(' ')}${c.newP0Rules.length > ROW_RULES ? ` +${formatInt(c.newP0Rules.length - ROW_RULES)} more` : ''}`);
  const better = !c.worse && ((delta !== null && delta > 0) || (r.blocked === false && c.previousBlocked === true));
  const key = delta !== null ? delta : c.worse ? -101 : better ? 101 : 0;
  const body = parts.length > 0 ? parts.join(', ') : 'unchanged';
  const html = c.worse ? `<span class="worse">\u25BC worse: ${body}</span>` : better ? `<span class="better">\u25B2 ${body}</span>` : body;
  return { html, key: String(key) };
}

type Linker = (url: string | null) => string | null;

/**
 * The href for a URL, or null when it must stay text: https only (http for the named server when it
 * is http), no credentials, parsed and re-serialised by the WHATWG parser so the attribute holds
 * exactly what the browser would follow.
 */
export function linker(serverUrl: string | undefined): Linker {
  let httpHost: string | null = null;
  try {
    const s = serverUrl ? new URL(serverUrl) : null;
    if (s && s.protocol === 'http:') httpHost = s.host;
  } catch {
    /* not a URL: https links only */
  }
  return (raw) => {
    if (raw === null || raw.length > MAX.url) return null;
    let u: URL;
    try {
      u = new URL(raw);
    } catch {
      return null;
    }
    if (u.username !== '' || u.password !== '') return null;
    if (u.protocol === 'https:' || (u.protocol === 'http:' && httpHost !== null && u.host === httpHost)) return u.href;
    return null;
  };
}

/** `scheme://user:secret@host` → `scheme://***@host`: a rejected URL is shown, its credentials are not. */
function maskCredentials(url: string): string {
  return url.slice(0, MAX.url).replace(/^([a-z][a-z0-9+.-]{0,30}:\/*)[^/?#@\s]{0,2048}@/i, '$1***@');
}

// Controls, line breaks and bidirectional overrides (a name that reads differently than it sorts).
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text content, or a double-quoted attribute value: unsafe characters replaced, capped at `max`
 * code points (with an ellipsis), escaped.
 */
function text(s: string, max: number): string {
  return escapeHtml(clean(s, max));
}

function clean(s: string, max: number): string {
  const head = s.length > max * 2 ? s.slice(0, max * 2) : s;
  const points = Array.from(head.replace(UNSAFE_CHARS, '\uFFFD'));
  return points.length > max ? `${points.slice(0, max - 1).join('')}\u2026` : points.join('');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
