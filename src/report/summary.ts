// The job summary (SPEC §5): reads top to bottom like a hand-written "production blockers" audit.
// GitHub refuses a step summary over 1 MiB (github/docs workflow-commands.md, "Step isolation and
// limits") and core.summary does not check, so the summary is rendered at the most detailed level
// that fits the byte budget, degrading one step at a time (see PLANS). Each level is rendered
// whole, so a table or a <details> is never cut in the middle.
import type { RunResult } from '../model/result.js';
import { AREAS, SEVERITIES, SKIP_REASONS, type CheckOutcome, type Finding, type Location, type Severity, type SkipReason } from '../model/types.js';
import {
  authoredMarkdown,
  codeSpan,
  commitUrl,
  details,
  escapeMarkdown,
  formatHours,
  formatInt,
  mdLink,
  mdTable,
  plural,
  ruleDocUrl,
  sentenceList,
  utf8Bytes,
} from './markdown.js';
import { fixGroups, placeMarkdown, placeText, type FixEntry, type FixGroup } from './fix-first.js';
import { summaryLines } from '../analysis/repo-map/index.js';
import { dataMarkdown, markdownMessage, proofClause, unnamedGap } from './message.js';
import { CODE_HEALTH_METRICS, codeHealthBlocks } from './summary-code.js';
import { evidenceSections } from './summary-evidence.js';
import { sbomSection } from './summary-sbom.js';
import { policySection } from './summary-policy.js';

/** Under GitHub's 1,048,576 bytes, with room for the secret scrubber and for other steps' text. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;
/** Places of one rule shown before the rest collapse into a <details>. */
export const FIRST_PLACES = 5;
/** Blocking rules the first sentence names. */
export const NAMED_BLOCKERS = 5;
/** Suppressed lists longer than this start collapsed. */
export const COLLAPSE_OVER = 10;

interface Plan {
  /** How each severity's places are listed: in detail (evidence, gap, copies) or one short line each. */
  style: Record<Severity, 'list' | 'line'>;
  /** Most entries of any one list or table (places of a rule, gaps, checks, suppressed...); undefined = all. */
  cap?: number;
  /** The severities whose rules are listed under Fix first; the others are only counted. */
  listed: readonly Severity[];
  /** Everything after the area table (gaps, checks, evidence, effort, profile, skipped, suppressed). */
  rest: boolean;
}

const ALL = SEVERITIES;
const LIST: Plan['style'] = { P0: 'list', P1: 'list', P2: 'list' };
const COMPACT: Plan['style'] = { P0: 'list', P1: 'line', P2: 'line' };
/**
 * From everything to the verdict alone; the first plan that fits wins:
 * every place in detail → P2 one line each → P1 and P2 one line each → each list capped (1000 … 20)
 * → only the P0 rules listed (20, 5, 1 places each) → counts only → verdict and area table only.
 */
const PLANS: readonly Plan[] = [
  { style: LIST, listed: ALL, rest: true },
  { style: { P0: 'list', P1: 'list', P2: 'line' }, listed: ALL, rest: true },
  { style: COMPACT, listed: ALL, rest: true },
  ...[1000, 500, 200, 100, 50, 20].map((cap) => ({ style: COMPACT, cap, listed: ALL, rest: true })),
  // Caps count places per rule: with only the blocking rules left, down to one place each.
  ...[20, 5, 1].map((cap) => ({ style: COMPACT, cap, listed: ['P0'] as const, rest: true })),
  { style: COMPACT, cap: 10, listed: [], rest: true },
  { style: COMPACT, cap: 0, listed: [], rest: false },
];

export function renderSummary(r: RunResult, limitBytes = SUMMARY_LIMIT_BYTES): string {
  const groups = fixGroups(r.findings);
  for (const plan of PLANS) {
    const md = render(r, groups, plan);
    if (utf8Bytes(md) <= limitBytes) return md;
  }
  return minimal(r, limitBytes);
}

const SEVERITY_ICON: Record<Severity, string> = { P0: '🔴', P1: '🟠', P2: '🟡' };
const SEVERITY_TEXT: Record<Severity, string> = {
  P0: 'must be fixed before production',
  P1: 'should be fixed before release',
  P2: 'can follow the release',
};

function render(r: RunResult, groups: readonly FixGroup[], plan: Plan): string {
  // The last plan keeps the verdict and the area table: the blockers are named without their links.
  const blocks: string[] = [...banner(r, groups, plan.cap !== 0)];
  if (plan.cap !== undefined) {
    blocks.push(
      `> **Note:** some lists are shortened to keep this summary under GitHub's size limit. ` +
        `The JSON report${r.options.report ? ` (${codeSpan(r.options.report)})` : ''} and the SARIF have every finding.`,
    );
  }
  blocks.push(...policySection(r, plan.cap ?? Infinity));
  blocks.push(...fixFirst(r, groups, plan));
  blocks.push(...dashboard(r));
  if (plan.rest) {
    const cap = plan.cap ?? Infinity;
    blocks.push(...gapSection(r, cap));
    blocks.push(...checksSection(r, cap));
    blocks.push(...evidenceSections(r, cap));
    blocks.push(...metricsSections(r, cap));
    blocks.push(...effortSection(r, groups, cap));
    blocks.push(...profileSection(r));
    // The map explains the findings' severities: with no finding listed, its bytes go to the gaps.
    if (plan.listed.length > 0) blocks.push(...mapSection(r));
    blocks.push(...skippedSection(r, cap));
    blocks.push(...suppressedSection(r, plan.listed.length === 0 ? 0 : cap));
  }
  blocks.push(footer(r));
  return `${blocks.join('\n\n')}\n`;
}

// --- verdict and headline --------------------------------------------------------------------------

function banner(r: RunResult, groups: readonly FixGroup[], links = true): string[] {
  const head = r.verdict.blocked
    ? '## ⛔ BLOCKED: this commit is not ready for production'
    : '## ✅ READY: nothing blocks this commit from production';
  let why: string;
  if (r.verdict.blocked) {
    why = blockerSentence(r, groups, links);
  } else if (r.options.failOn === 'never') {
    why = '**Why:** fail-on is `never`: findings are reported and none blocks.';
  } else {
    const below = SEVERITIES.filter((s) => r.counts[s] > 0).map((s) => `${formatInt(r.counts[s])} ${s}`);
    why =
      `**Why:** no finding at or above ${r.options.failOn} and every threshold is met` +
      (below.length > 0 ? ` (${below.join(', ')} below the bar remain).` : '.');
  }
  const counts = SEVERITIES.map((s) => `**${formatInt(r.counts[s])}** ${s}`).join(' · ');
  const headline =
    `**Score ${r.score.value}/100, grade ${r.score.grade}** · ${counts} · ` +
    `≈ ${formatHours(r.effortMinutes)} of fixes` +
    (r.suppressed.length > 0 ? ` · ${plural(r.suppressed.length, 'suppressed finding')}` : '') +
    // READY beside a grade F reads like a contradiction unless it says which one decides.
    (!r.verdict.blocked && r.options.minScore === undefined && (r.score.grade === 'D' || r.score.grade === 'F') ? ' · the grade does not block (no `min-score` set)' : '');
  return [head, why, headline];
}

/** The verdict's reasons that count findings ("6 P0 findings (new)"): the blocker sentence names those findings instead. */
const COUNT_REASON = /^[\d,]+ P[0-2] findings?( \(new\))?$/;

/** The rules whose findings block, in fix order (fail-on and new-findings-only decide which). */
export function blockingGroups(r: RunResult, groups: readonly FixGroup[]): FixGroup[] {
  const rank = { P0: 0, P1: 1, P2: 2 } as const;
  if (r.options.failOn === 'never') return [];
  const bar = rank[r.options.failOn];
  return groups
    .filter((g) => rank[g.severity] <= bar)
    .map((g) => (r.options.newFindingsOnly ? { ...g, findings: g.findings.filter((f) => f.baseline !== 'existing') } : g))
    .filter((g) => g.findings.length > 0);
}

/**
 * One sentence naming what blocks: up to NAMED_BLOCKERS rules, each with the line of its first
 * finding, then the verdict's other reasons (thresholds, checks that could not run).
 */
export function blockerSentence(r: RunResult, groups: readonly FixGroup[], links = true): string {
  const blocking = blockingGroups(r, groups);
  const others = r.verdict.reasons.map((x) => x.replace(/[.\s]+$/, '')).filter((x) => x !== '' && !COUNT_REASON.test(x));
  const named = blocking.slice(0, NAMED_BLOCKERS).map((g) => {
    const more = g.findings.length - 1;
    const at = links ? where(r, g.findings[0]!, false) : codeSpan(placeText(g.findings[0]!.location));
    return `${escapeMarkdown(lowerFirst(g.title))} (${at}${more > 0 ? ` and ${formatInt(more)} more` : ''})`;
  });
  const rest = blocking.length - named.length;
  if (rest > 0) named.push(`${plural(rest, 'more blocking rule')}`);
  const also = others.length > 0 ? escapeMarkdown(others.join('; ')) : '';
  if (named.length === 0) return `**Why:** ${also || 'the gate failed'}.`;
  return `**Blocked by** ${sentenceList(named)}.${also ? ` Also: ${also}.` : ''}`;
}

/** "Workflow job switched off" → "workflow job switched off"; "JS/TS import" stays. */
function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function scope(r: RunResult): string {
  const source = r.files.source === 'git' ? 'the files of `git ls-files`' : 'a directory walk';
  const mb = (r.files.bytes / 1e6).toFixed(1);
  let commit = '';
  if (r.commit) {
    const short = codeSpan(r.commit.slice(0, 12));
    commit = ` at commit ${r.links ? mdLink(short, commitUrl(r.links)) : short}`;
  }
  return `Scanned ${plural(r.files.scanned, 'file')} (${mb} MB, ${source}) in ${codeSpan(r.root)}${commit}; profile **${r.profile.kind}**.`;
}

function dashboard(r: RunResult): string[] {
  const per = new Map<string, number>();
  for (const f of r.findings) per.set(`${f.area}/${f.severity}`, (per.get(`${f.area}/${f.severity}`) ?? 0) + 1);
  const rows = AREAS.map((a) => [
    a,
    r.score.areas[a] === undefined ? 'n/a' : String(r.score.areas[a]),
    ...SEVERITIES.map((s) => formatInt(per.get(`${a}/${s}`) ?? 0)),
  ]);
  rows.push(['**total**', `**${r.score.value}** (${r.score.grade})`, ...SEVERITIES.map((s) => `**${formatInt(r.counts[s])}**`)]);
  return ['### Readiness by area', scope(r), mdTable(['Area', 'Score', 'P0', 'P1', 'P2'], rows, ['l', 'r', 'r', 'r', 'r'])];
}

// --- fix first --------------------------------------------------------------------------------------

/**
 * One entry per rule in fix order (fix-first.ts): its count, its fix written once, its places (the
 * first FIRST_PLACES shown, the rest collapsed). The P2 rules start collapsed as a whole.
 */
function fixFirst(r: RunResult, groups: readonly FixGroup[], plan: Plan): string[] {
  // Nothing listed: the headline counts the findings and the effort list names the rules.
  if (groups.length === 0 || plan.listed.length === 0) return [];
  const out = [
    '### 🔧 Fix first',
    `${plural(groups.length, 'rule')} in fix order: P0 first, then the most findings in the product (not tests or tooling), then the cheapest fix. ` +
      'The same finding in copies of one file is listed once, with its other places.',
  ];
  let n = 0;
  for (const s of SEVERITIES) {
    const gs = groups.filter((g) => g.severity === s);
    if (gs.length === 0) continue;
    const findings = gs.reduce((t, g) => t + g.findings.length, 0);
    const effort = gs.reduce((t, g) => t + g.effortMinutes, 0);
    const label = `${s}: ${plural(gs.length, 'rule')}, ${plural(findings, 'finding')}, ≈ ${formatHours(effort)} (${SEVERITY_TEXT[s]})`;
    if (!plan.listed.includes(s)) {
      n += gs.length;
      out.push(`${SEVERITY_ICON[s]} ${label}: not listed here, see the estimated effort below, the JSON report or SARIF.`);
      continue;
    }
    const body = gs.map((g) => groupBlock(r, g, ++n, plan)).join('\n\n');
    out.push(s === 'P2' ? details(`${SEVERITY_ICON[s]} ${label}`, body) : body);
  }
  return out;
}

function groupBlock(r: RunResult, g: FixGroup, n: number, plan: Plan): string {
  const first = g.findings[0]!;
  const head =
    `**${n}. ${SEVERITY_ICON[g.severity]} ${escapeMarkdown(g.title)}** · ${g.severity} · ${ruleLink(r, g.ruleId, false)} · ` +
    `${plural(g.findings.length, 'finding')} · ≈ ${formatHours(g.effortMinutes)}`;
  const lines = [head, `**Fix:** ${authoredMarkdown(first.remediation)}`];
  const proven = g.findings.find((f) => proofClause(r, f) !== undefined);
  if (proven) lines.push(`**Proven:** ${authoredMarkdown(proofClause(r, proven)!)}.`);
  const cap = plan.cap ?? Infinity;
  const shown = g.entries.slice(0, cap);
  const visible = shown.slice(0, FIRST_PLACES);
  const hidden = shown.slice(FIRST_PLACES);
  const render = (list: readonly FixEntry[]) => (plan.style[g.severity] === 'list' ? entryList(r, list) : entryLines(r, list));
  const parts = [lines.join('<br>\n')];
  if (visible.length > 0) parts.push(render(visible));
  if (hidden.length > 0) parts.push(details(`${plural(hidden.length, 'more place')} of ${g.ruleId}`, render(hidden)));
  const more = g.entries.length - shown.length;
  if (more > 0) parts.push(`…and ${plural(more, 'more place')} of ${codeSpan(g.ruleId)}: see the JSON report or SARIF.`);
  return parts.join('\n\n');
}

/** One item per place: where (linked to the line), the message, the evidence, the other copies. */
function entryList(r: RunResult, list: readonly FixEntry[]): string {
  return list
    .map((e) => {
      const f = e.finding;
      const lines = [`- ${where(r, f, false)} ${markdownMessage(r, f)} · ${f.certainty}${baselineTag(f)}`];
      const gap = unnamedGap(f);
      if (gap) lines.push(`  - Not proven: ${dataMarkdown(gap)}.`);
      if (f.evidence) lines.push(`  - Evidence: ${codeSpan(f.evidence)}`);
      if (e.also.length > 0) lines.push(`  - ${alsoAt(r, e)}`);
      return lines.join('\n');
    })
    .join('\n');
}

/** One line per place: where, the message, the certainty (with the gap the message does not name), the copies' count. */
function entryLines(r: RunResult, list: readonly FixEntry[]): string {
  return list
    .map((e) => {
      const f = e.finding;
      const copies = e.also.length > 0 ? ` · same in ${plural(e.also.length, 'other place')}` : '';
      return `- ${where(r, f, false)} ${markdownMessage(r, f)} · ${certaintyText(f)}${baselineTag(f)}${copies}`;
    })
    .join('\n');
}

/** "Same in k8s/b.yaml:3, …": the other places of one problem, the first few linked. */
function alsoAt(r: RunResult, e: FixEntry): string {
  const shown = e.also.slice(0, FIRST_PLACES).map((l) => place(r, l, false));
  const more = e.also.length - shown.length;
  return `Same in ${shown.join(', ')}${more > 0 ? ` and ${formatInt(more)} more` : ''}`;
}

/** `proven`, `likely`, or `likely: <gap>` when the message does not name the gap already. */
function certaintyText(f: Finding): string {
  const gap = unnamedGap(f);
  return gap ? `likely: ${dataMarkdown(gap)}` : f.certainty;
}

/** `path:line`, linked to the exact line at this commit when the run knows the repository. */
function where(r: RunResult, f: Finding, inTable: boolean): string {
  return place(r, f.location, inTable);
}

function place(r: RunResult, l: Location, inTable: boolean): string {
  return placeMarkdown(r.links, l, inTable);
}

function ruleLink(r: RunResult, ruleId: string, inTable: boolean): string {
  return mdLink(codeSpan(ruleId, inTable), ruleDocUrl(r.tool.informationUri, ruleId));
}

function baselineTag(f: Finding): string {
  return f.baseline === 'new' ? ' · **new**' : f.baseline === 'existing' ? ' · existing' : '';
}

// --- gaps, checks, metrics --------------------------------------------------------------------------

const GAP_ICON: Record<string, string> = { present: '✅', missing: '❌', disabled: '⛔', mismatch: '⚠️', partial: '🟡', 'n/a': '➖' };

function gapSection(r: RunResult, cap: number): string[] {
  if (r.gaps.length === 0) return [];
  const rows = r.gaps
    .slice(0, cap)
    .map((g) => [g.area, escapeMarkdown(g.component, 'br'), `${GAP_ICON[g.status] ?? ''} ${g.status}`, g.evidence ? codeSpan(g.evidence, true) : '']);
  return ['### Gap analysis', mdTable(['Area', 'Component', 'Status', 'Seen at'], rows) + moreLine(r.gaps.length, cap, 'component')];
}

const STATUS_TEXT: Record<string, string> = { error: '💥 error', inconclusive: '❔ inconclusive' };
const STATUS_ORDER: Record<string, number> = { error: 0, inconclusive: 1 };

/**
 * The checks that could not tell: errors and inconclusive ones keep a row each (neither counts as a
 * pass); the checks that do not apply to this tree are one line of ids.
 */
function checksSection(r: RunResult, cap: number): string[] {
  if (r.outcomes.length === 0) return [];
  const by = (st: CheckOutcome['status']) => r.outcomes.filter((o) => o.status === st).length;
  const byId = (a: CheckOutcome, b: CheckOutcome) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
  const blind = r.outcomes.filter((o) => o.status in STATUS_ORDER).sort((a, b) => STATUS_ORDER[a.status]! - STATUS_ORDER[b.status]! || byId(a, b));
  const na = r.outcomes.filter((o) => o.status === 'not-applicable').sort(byId);
  const line =
    `${plural(r.outcomes.length, 'check')} ran: ${formatInt(by('pass'))} passed, ${formatInt(by('fail'))} with findings, ` +
    `${formatInt(blind.length)} could not tell${blind.length > 0 ? ' (below: none of them counts as a pass)' : ''}` +
    `${na.length > 0 ? `, ${formatInt(na.length)} not applicable` : ''}.`;
  const out = [blind.length > 0 ? '### Checks that could not tell' : '### Checks', line];
  if (blind.length > 0) {
    const rows = blind.slice(0, cap).map((o) => [ruleLink(r, o.ruleId, true), STATUS_TEXT[o.status] ?? o.status, escapeMarkdown(o.reason ?? '', 'br')]);
    out.push(mdTable(['Rule', 'Status', 'Reason'], rows) + moreLine(blind.length, cap, 'check'));
  }
  // Rule ids are the catalogue's own: shown as they are, each a code span.
  if (na.length > 0) out.push(`➖ Not applicable to this tree (${formatInt(na.length)}): ${na.map((o) => codeSpan(o.ruleId)).join(', ')}.`);
  return out;
}

const METRIC_TITLES = { tests: 'Tests', coverage: 'Coverage', typeCoverage: 'Type coverage' } as const;
const TITLED = ['tests', 'coverage', 'typeCoverage'] as const;

/** Tests, coverage, type coverage and the SBOM, each only when the run has data for it. */
function metricsSections(r: RunResult, cap: number): string[] {
  const out: string[] = [];
  for (const key of TITLED) {
    const v = r.metrics[key];
    if (hasData(v)) out.push(`### ${METRIC_TITLES[key]}`, metricBody(v, cap));
  }
  out.push(...sbomSection(r, cap));
  const todos = todoLine(r);
  const code = codeHealthBlocks(r, cap);
  if (todos || code.length > 0) out.push('### Code health', ...(todos ? [todos] : []), ...code);
  const probes = r.metrics.probes;
  // One sentence; every probe's chain is in the JSON report (`metrics.probes`).
  if (probes && probes.total > 0) {
    out.push(
      '### Probes',
      `${plural(probes.total, 'HTTP probe')}: ${formatInt(probes.judged)} judged against the routes of the process that answers them ` +
        `(${formatInt(probes.served)} served, ${formatInt(probes.notServed)} not), ${formatInt(probes.total - probes.judged)} not judged (the JSON report's \`metrics.probes\` says why, probe by probe).`,
    );
  }
  const others = Object.entries(r.metrics)
    .filter(([k, v]) => !(k in METRIC_TITLES) && k !== 'todos' && k !== 'probes' && !CODE_HEALTH_METRICS.has(k) && hasData(v))
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  if (others.length > 0) {
    // One level of an object metric becomes rows of its own (`todos › total`); deeper values stay JSON.
    const rows = others.flatMap(([k, v]: [string, unknown]) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return [[escapeMarkdown(k), valueCell(v)]];
      return Object.keys(v)
        .sort()
        .map((sub) => [`${escapeMarkdown(k)} › ${escapeMarkdown(sub)}`, valueCell((v as Record<string, unknown>)[sub])]);
    });
    out.push('### Other measurements', mdTable(['Metric', 'Value'], rows.slice(0, cap)) + moreLine(rows.length, cap, 'metric'));
  }
  return out;
}

/** todo-debt's metric as one sentence: the count, by marker, against the limit, and where most are. */
function todoLine(r: RunResult): string | undefined {
  const t = r.metrics.todos;
  if (!t || typeof t.total !== 'number') return undefined;
  if (t.total === 0) return 'No TODO/FIXME/HACK/XXX markers.';
  const markers = Object.entries(t.byMarker ?? {}).filter(([, n]) => n > 0).map(([m, n]) => `${escapeMarkdown(m)} ${formatInt(n)}`).join(', ');
  const limit = r.options.maxTodos === undefined ? '' : ` (limit ${formatInt(r.options.maxTodos)})`;
  const top = (t.topFiles ?? []).slice(0, 3).map((f) => `${codeSpan(f.path)} (${formatInt(f.count)})`).join(', ');
  const where = typeof t.files === 'number' ? `, in ${plural(t.files, 'file')}` : '';
  return `${plural(t.total, 'TODO/FIXME/HACK/XXX marker')}${limit}: ${markers}${where}${top ? `; most in ${top}` : ''}.`;
}

function hasData(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

/**
 * The metrics' shapes belong to the evidence parsers, so they are shown generically: the scalar
 * figures as a two-column table, and each list of records (e.g. the files that cost the most
 * coverage) as its own table.
 */
function metricBody(v: unknown, cap: number): string {
  if (typeof v !== 'object' || v === null) return valueCell(v);
  if (Array.isArray(v)) return recordsTable(v, cap);
  const entries = Object.entries(v as Record<string, unknown>).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const scalars = entries.filter(([, x]) => !Array.isArray(x));
  const lists = entries.filter(([, x]) => Array.isArray(x) && x.length > 0) as Array<[string, unknown[]]>;
  const parts: string[] = [];
  if (scalars.length > 0) {
    const rows = scalars.slice(0, cap).map(([k, x]) => [escapeMarkdown(k), valueCell(x)]);
    parts.push(mdTable(['Measure', 'Value'], rows) + moreLine(scalars.length, cap, 'measure'));
  }
  for (const [k, list] of lists) parts.push(`**${escapeMarkdown(k)}**`, recordsTable(list, cap));
  return parts.join('\n\n');
}

function recordsTable(list: readonly unknown[], cap: number): string {
  const records = list.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x));
  if (records.length !== list.length) return valueCell(list);
  const cols = [...new Set(records.flatMap((x) => Object.keys(x)))];
  const rows = records.slice(0, cap).map((x) => cols.map((c) => (x[c] === undefined ? '' : valueCell(x[c]))));
  return mdTable(cols.map((c) => escapeMarkdown(c)), rows) + moreLine(records.length, cap, 'row');
}

/** A scalar as text; anything else as compact JSON in a code span, cut to a readable length. */
function valueCell(v: unknown): string {
  if (typeof v === 'number') return Number.isInteger(v) ? formatInt(v) : String(Math.round(v * 100) / 100);
  if (typeof v === 'string') return escapeMarkdown(v, 'br');
  if (typeof v === 'boolean' || v === null) return String(v);
  const json = JSON.stringify(v) ?? '';
  return codeSpan(json.length > 200 ? `${json.slice(0, 199)}…` : json, true);
}

// --- effort, profile, skipped, suppressed ------------------------------------------------------------

/** The fix list: one row per rule in fix order, its findings and their effort. */
function effortSection(r: RunResult, groups: readonly FixGroup[], cap: number): string[] {
  if (groups.length === 0) return [];
  const rows = groups
    .slice(0, cap)
    .map((g, i) => [String(i + 1), ruleLink(r, g.ruleId, true), g.severity, formatInt(g.findings.length), formatHours(g.effortMinutes)]);
  rows.push(['', '**total**', '', `**${formatInt(r.findings.length)}**`, `**${formatHours(r.effortMinutes)}**`]);
  return ['### Estimated effort', mdTable(['#', 'Rule', 'Severity', 'Findings', 'Effort'], rows, ['r', 'l', 'l', 'r', 'r']) + moreLine(groups.length, cap, 'rule')];
}

function profileSection(r: RunResult): string[] {
  const how = r.profile.source === 'input' ? 'set by configuration' : 'detected';
  const note = r.profile.kind === 'library' ? ' Service-only rules (health endpoint, deployment, monitoring, runbook) do not apply.' : '';
  const reasons = r.profile.reasons.map((x) => `- ${escapeMarkdown(x)}`).join('\n');
  return ['### Profile', `**${r.profile.kind}** (${how}).${note}${reasons ? `\n\n${reasons}` : ''}`];
}

/** What kind of code the repository holds (the repository map every rule asked): a few lines. */
function mapSection(r: RunResult): string[] {
  if (!r.map) return [];
  const lines = summaryLines(r.map);
  if (lines.length === 0) return [];
  return ['### Repository map', lines.map((l) => `- ${escapeMarkdown(l)}`).join('\n')];
}

const SKIP_TEXT: Record<SkipReason, string> = {
  binary: 'binary',
  tooLarge: 'too large',
  generated: 'generated or vendored',
  ignored: 'ignored by configuration',
  symlink: 'symbolic link',
  unreadable: 'unreadable',
  output: "named like the gate's output, not committed",
};

function skippedSection(r: RunResult, cap: number): string[] {
  const out: string[] = [];
  const reasons = SKIP_REASONS.filter((k) => (r.skipped[k] ?? 0) > 0);
  if (reasons.length > 0) {
    const rows = reasons.map((k) => {
      const text = k === 'tooLarge' ? `larger than ${(r.options.maxFileSize / 1048576).toFixed(0)} MiB` : SKIP_TEXT[k];
      return [text, formatInt(r.skipped[k]), examples(r.skippedExamples[k] ?? [], r.skipped[k], Math.min(cap, 3))];
    });
    out.push(mdTable(['Skipped', 'Files', 'Examples'], rows, ['l', 'r', 'l']));
  }
  const every = r.everyFileRead;
  if (every) {
    const rules = every.rules.map((id) => codeSpan(id)).join(' and ');
    out.push(`${rules} read every tracked file: they also read ${plural(every.files, 'skipped file')} (generated, too large, or binary): ${examples(every.examples, every.files, Math.min(cap, 3))}.`);
  }
  if (r.nonUtf8.length > 0) {
    const were = r.nonUtf8.length === 1 ? 'was' : 'were';
    out.push(`${plural(r.nonUtf8.length, 'file')} ${were} not valid UTF-8 and ${were} read as Latin-1: ${examples(r.nonUtf8, r.nonUtf8.length, Math.min(cap, 5))}.`);
  }
  if (r.malformed.length > 0) {
    const rows = r.malformed.slice(0, cap).map((m) => [codeSpan(m.path, true), escapeMarkdown(m.kind), escapeMarkdown(m.reason, 'br')]);
    out.push(`${plural(r.malformed.length, 'file')} could not be parsed (counted, the rest of the scan completed):`);
    out.push(mdTable(['File', 'Kind', 'Problem'], rows) + moreLine(r.malformed.length, cap, 'file'));
  }
  return out.length > 0 ? ['### What was not scanned', ...out] : [];
}

function examples(list: readonly string[], total: number, max: number): string {
  const shown = list.slice(0, max).map((p) => codeSpan(p, true));
  return shown.join(', ') + (total > shown.length ? ', …' : '');
}

function suppressedSection(r: RunResult, cap: number): string[] {
  const n = r.suppressed.length;
  if (n === 0) return [];
  const inline = r.suppressed.filter((f) => f.suppressed?.source === 'inline').length;
  const line = `${plural(n, 'finding is', 'findings are')} suppressed (${formatInt(inline)} inline, ${formatInt(n - inline)} by configuration) and neither count nor block.`;
  if (cap === 0) return ['### Suppressed', line];
  const rows = r.suppressed.slice(0, cap).map((f) => [
    where(r, f, true),
    ruleLink(r, f.ruleId, true),
    f.severity,
    escapeMarkdown(f.suppressed?.reason ?? '', 'br') + (f.suppressed?.expires ? ` (until ${escapeMarkdown(f.suppressed.expires)})` : ''),
  ]);
  const table = mdTable(['Location', 'Rule', 'Severity', 'Reason'], rows) + moreLine(n, cap, 'suppressed finding');
  return ['### Suppressed', line, n > COLLAPSE_OVER ? details(`${formatInt(n)} suppressed findings`, table) : table];
}

function moreLine(total: number, cap: number, what: string): string {
  return total > cap ? `\n\n…and ${plural(total - cap, `more ${what}`)}.` : '';
}

function footer(r: RunResult): string {
  const files = [r.options.report && `JSON report ${codeSpan(r.options.report)}`, r.options.sarif && `SARIF ${codeSpan(r.options.sarif)}`].filter(Boolean);
  return `---\n<sub>${escapeMarkdown(`${r.tool.name} ${r.tool.version}`)}${files.length > 0 ? ` · full details: ${files.join(', ')}` : ''} · ${mdLink('rule docs', `${r.tool.informationUri.replace(/\/+$/, '')}/tree/main/rules/checks`)}</sub>`;
}

/** Last resort for absurdly small budgets: the verdict and counts, cut at a line. */
function minimal(r: RunResult, limitBytes: number): string {
  const lines = [
    `## ${r.verdict.blocked ? '⛔ BLOCKED' : '✅ READY'}`,
    '',
    `Score ${r.score.value}/100 (${r.score.grade}) · ${SEVERITIES.map((s) => `${r.counts[s]} ${s}`).join(' · ')}. The full summary did not fit; see the JSON report or SARIF.`,
  ];
  let out = '';
  for (const l of lines) {
    if (utf8Bytes(`${out}${l}\n`) > limitBytes) break;
    out += `${l}\n`;
  }
  return out;
}
