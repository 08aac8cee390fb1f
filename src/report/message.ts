// A finding's message as each output shows it (ARCHITECTURE.md, "Findings keep their message id and
// data"): the check's template is authored text whose backtick code spans stay code spans; only the
// data, read from the repository, is escaped for the target. Checks compose some data values
// themselves and mark the repository text in them as code (`Deployment \`api\``, a gap naming
// \`enableVersioning\`): those marks are read like a template's (see dataMarkdown), so a code span
// renders whether the check wrote it in the template or in the data. A finding without a template
// (a hand-built one, 'check-could-not-run') falls back to its plain message, escaped whole.
import type { RunResult } from '../model/result.js';
import type { Finding } from '../model/types.js';
import { codeSpan, codeSpanSegments, escapeMarkdown } from './markdown.js';

type Data = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** The template filled with the data as plain text (a placeholder without a value stays as written). */
export function fillTemplate(template: string, data: Data): string {
  return template.replace(PLACEHOLDER, (m, k: string) => (Object.hasOwn(data, k) ? String(data[k]) : m));
}

/** Kept under its old name: a template is read as CommonMark reads code spans. */
export const templateSegments = codeSpanSegments;

export interface MarkdownMessageOptions {
  /** In a GFM table cell: `|` escaped inside code spans too, line breaks as `<br>`. */
  inTable?: boolean;
}

/**
 * The message as Markdown: the template's text and the data in it escaped (escapeMarkdown), each of
 * the template's code spans rebuilt around its filled text with a fence longer than any backtick run
 * of the data (codeSpan), then the suffix policy added when it lowered the severity ("(Not proven:
 * …)", "(In test code or test data.)"), escaped. Without a template, or when the message is not the
 * filled template (a hand-built finding), the plain message escaped whole.
 */
export function markdownMessage(r: Pick<RunResult, 'rules'>, f: Finding, o: MarkdownMessageOptions = {}): string {
  const newline = o.inTable ? 'br' : 'space';
  const template = r.rules[f.ruleId]?.messages[f.messageId];
  const data: Data = f.data ?? {};
  if (template === undefined) return escapeMarkdown(f.message, newline);
  const plain = fillTemplate(template, data);
  if (!f.message.startsWith(plain)) return escapeMarkdown(f.message, newline);
  const body = templateSegments(template)
    .map((s) => (s.code ? codeSpan(fillTemplate(s.text, data), o.inTable) : dataMarkdown(fillTemplate(s.text, data), o)))
    .join('');
  const suffix = f.message.slice(plain.length);
  return blockSafe(body) + (suffix === '' ? '' : dataMarkdown(suffix, o));
}

/**
 * Text a check composed from repository data (a data value, a gap, policy's suffix): the code spans
 * it marked with backticks become code spans that show their text exactly (codeSpan), the rest is
 * escaped (escapeMarkdown). Repository text never becomes anything but literal text or code: the
 * most it can do is put a backtick pair around its own text.
 */
export function dataMarkdown(s: string, o: MarkdownMessageOptions = {}): string {
  const newline = o.inTable ? 'br' : 'space';
  // templateSegments is linear: each backtick run is looked at once per opener of its length.
  if (!s.includes('`')) return escapeInline(s, newline);
  return templateSegments(s)
    .map((x) => (x.code ? codeSpan(x.text, o.inTable) : escapeInline(x.text, newline)))
    .join('');
}

/** escapeMarkdown without its start-of-line escapes (the text is in the middle of a line). */
function escapeInline(s: string, newline: 'space' | 'br'): string {
  // A leading letter keeps escapeMarkdown's block-marker rule from firing; it is removed again.
  return escapeMarkdown(`x${s}`, newline).slice(1);
}

/** A list bullet, setext underline or ordered-item marker at the start of the message, escaped. */
function blockSafe(s: string): string {
  return s.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

// --- certainty ------------------------------------------------------------------------------------

/**
 * Why a P0 is proven, one clause from its rule's meta (RULES.md: "The summary says, for each P0, why
 * it is proven"); nothing for a finding below P0, a likely one, or a rule without a `proof`.
 */
export function proofClause(r: Pick<RunResult, 'rules'>, f: Finding): string | undefined {
  if (f.severity !== 'P0' || f.certainty !== 'proven') return undefined;
  const proof = r.rules[f.ruleId]?.proof?.trim().replace(/[.\s]+$/, '');
  return proof ? proof : undefined;
}

/** A likely finding's gap when its message does not already name it (policy names it only when it lowered the severity). */
export function unnamedGap(f: Finding): string | undefined {
  if (f.certainty !== 'likely' || !f.gap) return undefined;
  return f.message.includes(f.gap) ? undefined : f.gap;
}

/** One plain-text line for annotations: "Proven: …", "Certainty: proven.", "Certainty: likely (not proven: …)." */
export function certaintyLine(r: Pick<RunResult, 'rules'>, f: Finding): string {
  const proof = proofClause(r, f);
  if (proof) return `Proven: ${proof}.`;
  if (f.certainty !== 'likely') return 'Certainty: proven.';
  const gap = unnamedGap(f);
  return gap ? `Certainty: likely (not proven: ${gap}).` : 'Certainty: likely.';
}
