// The job summary (SPEC §5): reads top to bottom like a hand-written "production blockers" audit.
// GitHub refuses a step summary over 1 MiB (github/docs workflow-commands.md, "Step isolation and
// limits") and core.summary does not check, so the summary is rendered at the most detailed level
// that fits the byte budget, degrading one step at a time (see PLANS). Each level is rendered
// whole, so a table or a <details> is never cut in the middle.
import type { RunResult } from '../model/result.js';
import { AREAS, SEVERITIES, SKIP_REASONS, type CheckOutcome, type Finding, type Severity, type SkipReason } from '../model/types.js';
import {
  authoredMarkdown,
  codeSpan,
  commitUrl,
  details,
  escapeMarkdown,
  formatEffort,
  formatHours,
  formatInt,
  lineLink,
  mdLink,
  mdTable,
  plural,
  ruleDocUrl,
  utf8Bytes,
} from './markdown.js';
import { summaryLines } from '../analysis/repo-map/index.js';
import { markdownMessage, proofClause, unnamedGap } from './message.js';
import { CODE_HEALTH_METRICS, codeHealthBlocks } from './summary-code.js';
import { evidenceSections } from './summary-evidence.js';
import { sbomSection } from './summary-sbom.js';
import { policySection } from './summary-policy.js';

/** Under GitHub's 1,048,576 bytes, with room for the secret scrubber and for other steps' text. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;
/** P1/P2 lists longer than this start collapsed. */
export const COLLAPSE_OVER = 10;

interface Plan {
  /** How each severity's findings are listed: a detailed list (evidence, fix) or one table row each. */
  style: Record<Severity, 'list' | 'table'>;
  /** Most entries of any one list or table (findings, gaps, checks, suppressed...); undefined = all. */
  cap?: number;
  /** The severities whose findings are listed; the others are only counted. */
  listed: readonly Severity[];
  /** Everything after the findings (gaps, checks, evidence, effort, profile, skipped, suppressed). */
  rest: boolean;
}

const ALL = SEVERITIES;
const LIST: Plan['style'] = { P0: 'list', P1: 'list', P2: 'list' };
const COMPACT: Plan['style'] = { P0: 'list', P1: 'table', P2: 'table' };
/**
 * From everything to the verdict alone; the first plan that fits wins:
 * every finding in detail → P2 as a table → P1 and P2 as tables → each list capped (1000 … 20)
 * → only the P0 blockers listed (20, 10, 5) → counts only → verdict and dashboard only.
 */
const PLANS: readonly Plan[] = [
  { style: LIST, listed: ALL, rest: true },
  { style: { P0: 'list', P1: 'list', P2: 'table' }, listed: ALL, rest: true },
  { style: COMPACT, listed: ALL, rest: true },
  ...[1000, 500, 200, 100, 50, 20].map((cap) => ({ style: COMPACT, cap, listed: ALL, rest: true })),
  ...[20, 10, 5].map((cap) => ({ style: COMPACT, cap, listed: ['P0'] as const, rest: true })),
  { style: COMPACT, cap: 10, listed: [], rest: true },
  { style: COMPACT, cap: 0, listed: [], rest: false },
];

export function renderSummary(r: RunResult, limitBytes = SUMMARY_LIMIT_BYTES): string {
  for (const plan of PLANS) {
    const md = render(r, plan);
    if (utf8Bytes(md) <= limitBytes) return md;
  }
  return minimal(r, limitBytes);
}

const SEVERITY_HEADING: Record<Severity, string> = {
  P0: '🔴 P0 blockers: must be fixed before production',
  P1: '🟠 P1: should be fixed before release',
  P2: '🟡 P2: can follow the release',
};

function render(r: RunResult, plan: Plan): string {
  const blocks: string[] = [...banner(r)];
  if (plan.cap !== undefined) {
    blocks.push(
      `> **Note:** some lists are shortened to keep this summary under GitHub's size limit. ` +
        `The JSON report${r.options.report ? ` (${codeSpan(r.options.report)})` : ''} and the SARIF have every finding.`,
    );
  }
  blocks.push(...policySection(r, plan.cap ?? Infinity));
  blocks.push(...dashboard(r));
  for (const s of SEVERITIES) blocks.push(...severitySection(r, s, plan));
  if (plan.rest) {
    const cap = plan.cap ?? Infinity;
    blocks.push(...gapSection(r, cap));
    blocks.push(...checksSection(r, cap));
    blocks.push(...evidenceSections(r, cap));
    blocks.push(...metricsSections(r, cap));
    blocks.push(...effortSection(r));
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

function banner(r: RunResult): string[] {
  const head = r.verdict.blocked
    ? '## ⛔ BLOCKED: this commit is not ready for production'
    : '## ✅ READY: nothing blocks this commit from production';
  let why: string;
  if (r.verdict.blocked) {
    const reasons = r.verdict.reasons.map((x) => x.replace(/[.\s]+$/, '')).filter(Boolean);
    why = `**Why:** ${escapeMarkdown(reasons.length > 0 ? reasons.join('; ') : 'the gate failed')}.`;
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
    (r.suppressed.length > 0 ? ` · ${plural(r.suppressed.length, 'suppressed finding')}` : '');
  return [head, why, headline, scope(r)];
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
  return ['### Readiness by area', mdTable(['Area', 'Score', 'P0', 'P1', 'P2'], rows, ['l', 'r', 'r', 'r', 'r'])];
}

// --- findings --------------------------------------------------------------------------------------

function severitySection(r: RunResult, s: Severity, plan: Plan): string[] {
  const all = r.findings.filter((f) => f.severity === s);
  if (all.length === 0) return [];
  const heading = `### ${SEVERITY_HEADING[s]} (${formatInt(all.length)})`;
  if (!plan.listed.includes(s)) return [heading, `Not listed here (${plural(all.length, 'finding')}, ≈ ${formatHours(sumEffort(all))}): see the JSON report or SARIF.`];
  const cap = plan.cap ?? Infinity;
  const shown = all.slice(0, cap);
  const more = all.length - shown.length;
  const body = plan.style[s] === 'list' ? findingList(r, shown) : findingTable(r, shown);
  const tail = more > 0 ? `\n\n…and ${plural(more, 'more finding')} of ${s}: see the JSON report or SARIF.` : '';
  if (s !== 'P0' && all.length > COLLAPSE_OVER) {
    return [heading, details(`${formatInt(all.length)} ${s} findings, ≈ ${formatHours(sumEffort(all))} (click to expand)`, body + tail)];
  }
  return [heading, body + tail];
}

/** One entry per finding: where (linked to the line), what, the evidence, the fix and its effort. */
function findingList(r: RunResult, list: readonly Finding[]): string {
  // A rule's fix is the same text for each of its findings: written out once per list, referred to after.
  const fixed = new Map<string, number>();
  return list
    .map((f, i) => {
      const marker = `${i + 1}. `;
      const pad = ' '.repeat(marker.length);
      const lines = [
        `${marker}${where(r, f, false)} **${escapeMarkdown(f.title)}** · ${ruleLink(r, f.ruleId, false)} · ${f.certainty} · fix ≈ ${formatEffort(f.effortMinutes)}${baselineTag(f)}`,
        `${pad}- ${markdownMessage(r, f)}`,
      ];
      const proof = proofClause(r, f);
      if (proof) lines.push(`${pad}- Proven: ${authoredMarkdown(proof)}.`);
      const gap = unnamedGap(f);
      if (gap) lines.push(`${pad}- Not proven: ${escapeMarkdown(gap)}.`);
      if (f.evidence) lines.push(`${pad}- Evidence: ${codeSpan(f.evidence)}`);
      const first = fixed.get(f.ruleId);
      if (first === undefined) fixed.set(f.ruleId, i + 1);
      lines.push(first === undefined ? `${pad}- Fix: ${authoredMarkdown(f.remediation)}` : `${pad}- Fix: as in ${first}.`);
      return lines.join('\n');
    })
    .join('\n');
}

function findingTable(r: RunResult, list: readonly Finding[]): string {
  return mdTable(
    ['Location', 'Rule', 'Finding', 'Certainty', 'Effort'],
    list.map((f) => [where(r, f, true), ruleLink(r, f.ruleId, true), markdownMessage(r, f, { inTable: true }) + baselineTag(f), certaintyCell(f), formatEffort(f.effortMinutes)]),
  );
}

/** `proven`, `likely`, or `likely: <gap>` when the message does not name the gap already. */
function certaintyCell(f: Finding): string {
  const gap = unnamedGap(f);
  return gap ? `likely: ${escapeMarkdown(gap, 'br')}` : f.certainty;
}

/** `path:line`, linked to the exact line at this commit when the run knows the repository. */
function where(r: RunResult, f: Finding, inTable: boolean): string {
  const l = f.location;
  const text = l.path === '.' ? 'repository' : `${l.path}${l.line !== undefined ? `:${l.line}` : ''}`;
  const code = codeSpan(text, inTable);
  return r.links ? mdLink(code, lineLink(r.links, l.path, l.line)) : code;
}

function ruleLink(r: RunResult, ruleId: string, inTable: boolean): string {
  return mdLink(codeSpan(ruleId, inTable), ruleDocUrl(r.tool.informationUri, ruleId));
}

function baselineTag(f: Finding): string {
  return f.baseline === 'new' ? ' · **new**' : f.baseline === 'existing' ? ' · existing' : '';
}

function sumEffort(list: readonly Finding[]): number {
  return list.reduce((s, f) => s + f.effortMinutes, 0);
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

const STATUS_TEXT: Record<string, string> = { error: '💥 error', inconclusive: '❔ inconclusive', 'not-applicable': '➖ not applicable' };
const STATUS_ORDER: Record<string, number> = { error: 0, inconclusive: 1, 'not-applicable': 2 };

function checksSection(r: RunResult, cap: number): string[] {
  if (r.outcomes.length === 0) return [];
  const by = (st: CheckOutcome['status']) => r.outcomes.filter((o) => o.status === st).length;
  const blind = r.outcomes
    .filter((o) => o.status in STATUS_ORDER)
    .sort((a, b) => STATUS_ORDER[a.status]! - STATUS_ORDER[b.status]! || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  const line =
    `${plural(r.outcomes.length, 'check')} ran: ${formatInt(by('pass'))} passed, ${formatInt(by('fail'))} with findings, ` +
    `${formatInt(blind.length)} could not tell${blind.length > 0 ? ' (below: none of them counts as a pass)' : ''}.`;
  if (blind.length === 0) return ['### Checks', line];
  const rows = blind.slice(0, cap).map((o) => [ruleLink(r, o.ruleId, true), STATUS_TEXT[o.status] ?? o.status, escapeMarkdown(o.reason ?? '', 'br')]);
  return ['### Checks that could not tell', line, mdTable(['Rule', 'Status', 'Reason'], rows) + moreLine(blind.length, cap, 'check')];
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
  const others = Object.entries(r.metrics)
    .filter(([k, v]) => !(k in METRIC_TITLES) && k !== 'todos' && !CODE_HEALTH_METRICS.has(k) && hasData(v))
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

function effortSection(r: RunResult): string[] {
  if (r.findings.length === 0) return [];
  const rows = SEVERITIES.filter((s) => r.counts[s] > 0).map((s) => {
    const list = r.findings.filter((f) => f.severity === s);
    return [s, formatInt(list.length), formatHours(sumEffort(list))];
  });
  rows.push(['**total**', `**${formatInt(r.findings.length)}**`, `**${formatHours(r.effortMinutes)}**`]);
  return ['### Estimated effort', mdTable(['Severity', 'Findings', 'Effort'], rows, ['l', 'r', 'r'])];
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
