// The pull request comment's body (SPEC §5, issue 13): the verdict, the blockers, what to fix first
// and what this pull request adds. Rendered from the redacted view like the summary; the poster
// (src/github/pr-comment.ts) adds its hidden marker and sends it. Kept short: a comment is read on
// the pull request page, and the job summary has the rest.
import type { RunResult } from '../model/result.js';
import type { Finding } from '../model/types.js';
import { fixGroups, placeMarkdown, type FixGroup } from './fix-first.js';
import { authoredMarkdown, codeSpan, escapeMarkdown, formatHours, formatInt, mdLink, plural, ruleDocUrl } from './markdown.js';
import { markdownMessage } from './message.js';
import { blockerSentence, blockingGroups } from './summary.js';

/** GitHub refuses an issue comment body over 65,536 characters; this leaves room for the marker. */
export const COMMENT_LIMIT_CHARS = 60_000;
/** P1 rules shown under Fix first after every P0 one: the comment points at the summary for the rest. */
export const COMMENT_P1_RULES = 3;

interface Caps {
  /** P0 rules listed (P1: at most COMMENT_P1_RULES more). */
  rules: number;
  /** New findings listed. */
  fresh: number;
  /** Places linked in the blocker sentence. */
  links: boolean;
}

/** From everything the comment shows down to the verdict alone: the first that fits wins. */
const LADDER: readonly Caps[] = [
  { rules: 20, fresh: 50, links: true },
  { rules: 10, fresh: 20, links: true },
  { rules: 5, fresh: 5, links: true },
  { rules: 0, fresh: 0, links: true },
  { rules: 0, fresh: 0, links: false },
];

export function renderComment(r: RunResult): string {
  const groups = fixGroups(r.findings);
  for (const caps of LADDER) {
    const body = render(r, groups, caps);
    if (body.length <= COMMENT_LIMIT_CHARS) return body;
  }
  return minimal(r);
}

function render(r: RunResult, groups: readonly FixGroup[], caps: Caps): string {
  const head = r.verdict.blocked ? '### ⛔ readiness-gate: BLOCKED' : '### ✅ readiness-gate: READY';
  const why = r.verdict.blocked ? blockerSentence(r, groups, caps.links) : readyLine(r);
  const blocks = [head, why, countsLine(r), ...fixFirst(r, groups, caps), ...newSection(r, caps)];
  blocks.push('<sub>The job summary of this run has every finding, the area scores and the checks that could not tell.</sub>');
  return `${blocks.join('\n\n')}\n`;
}

function readyLine(r: RunResult): string {
  return r.options.failOn === 'never'
    ? 'fail-on is `never`: findings are reported and none blocks.'
    : `No finding at or above ${r.options.failOn} and every threshold is met.`;
}

function countsLine(r: RunResult): string {
  return `**Score ${r.score.value}/100, grade ${r.score.grade}** · ${formatInt(r.counts.P0)} P0 · ${formatInt(r.counts.P1)} P1 · ${formatInt(r.counts.P2)} P2 · ≈ ${formatHours(r.effortMinutes)} of fixes`;
}

/** The blocking rules (every P0 one, or what fail-on blocks on), then a few P1 rules: one line each, the fix once. */
function fixFirst(r: RunResult, groups: readonly FixGroup[], caps: Caps): string[] {
  const blocking = new Set(blockingGroups(r, groups).map((g) => `${g.severity}\0${g.ruleId}`));
  const first = groups.filter((g) => g.severity === 'P0' || blocking.has(`${g.severity}\0${g.ruleId}`));
  const p1 = groups.filter((g) => g.severity === 'P1' && !first.includes(g)).slice(0, COMMENT_P1_RULES);
  const chosen = [...first.slice(0, caps.rules), ...(caps.rules > 0 ? p1 : [])];
  if (chosen.length === 0) return [];
  const items = chosen.map((g, i) => {
    const f = g.findings[0]!;
    const more = g.findings.length - 1;
    const rule = mdLink(codeSpan(g.ruleId), ruleDocUrl(r.tool.informationUri, g.ruleId));
    return (
      `${i + 1}. ${g.severity} **${escapeMarkdown(g.title)}** (${rule}, ${plural(g.findings.length, 'finding')}): ` +
      `${placeMarkdown(r.links, f.location)}${more > 0 ? ` and ${formatInt(more)} more` : ''}\n` +
      `   - Fix: ${authoredMarkdown(f.remediation)}`
    );
  });
  const left = groups.length - chosen.length;
  const tail = left > 0 ? `\n\n…and ${plural(left, 'more rule')} in the job summary.` : '';
  return ['#### Fix first', items.join('\n') + tail];
}

/** True when the findings were compared with a baseline (each is then new or existing). */
export function comparedWithBaseline(r: RunResult): boolean {
  if (r.findings.some((f) => f.baseline !== undefined)) return true;
  // No finding to mark: the run says whether a baseline was in force (the policy may have set it aside).
  return r.policy?.baselineInForce ?? (Boolean(r.options.baseline) && r.findings.length === 0);
}

function newSection(r: RunResult, caps: Caps): string[] {
  const heading = '#### New in this pull request';
  if (!comparedWithBaseline(r)) {
    return [heading, 'There is no baseline to compare with, so every finding counts as new. Set the `baseline` input to the JSON report of the base branch to see what this pull request adds.'];
  }
  const fresh = r.findings.filter((f) => f.baseline === 'new');
  if (fresh.length === 0) return [heading, 'No new finding: everything reported was already in the baseline.'];
  const by = (['P0', 'P1', 'P2'] as const).filter((s) => fresh.some((f) => f.severity === s)).map((s) => `${formatInt(fresh.filter((f) => f.severity === s).length)} ${s}`);
  const lines = fresh.slice(0, caps.fresh).map((f) => newLine(r, f));
  const more = fresh.length - lines.length;
  return [
    heading,
    `${plural(fresh.length, 'new finding')} against the baseline (${by.join(', ')}).`,
    ...(lines.length > 0 ? [lines.join('\n') + (more > 0 ? `\n\n…and ${plural(more, 'more new finding')} in the job summary.` : '')] : []),
  ];
}

function newLine(r: RunResult, f: Finding): string {
  return `- ${f.severity} ${placeMarkdown(r.links, f.location)} ${markdownMessage(r, f)}`;
}

/** The last resort: the verdict and the counts, nothing from the tree. */
function minimal(r: RunResult): string {
  const head = r.verdict.blocked ? '### ⛔ readiness-gate: BLOCKED' : '### ✅ readiness-gate: READY';
  return `${head}\n\n${countsLine(r)}\n\nThe details did not fit in a comment: see the job summary of this run.\n`;
}
