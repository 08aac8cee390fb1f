// Escaping at the boundary we write to (ARCHITECTURE.md, style rule 11): GitHub-flavoured Markdown,
// the HTML GitHub allows in job summaries, and links to a line at a commit. Every string that comes
// from the scanned tree (file names, messages, evidence) passes through one of these.
import { formatInt } from '../formats/text.js';
import type { LinkContext } from '../model/result.js';

const NEWLINES = /\r\n|\r|\n|\u2028|\u2029/;
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** For raw HTML contexts (inside <summary>, attribute values): Markdown is not processed there. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

/**
 * Text in a Markdown paragraph, list item or table cell, rendered literally.
 * Backslash-escapes the characters that start inline syntax (CommonMark: any ASCII punctuation may be
 * escaped), turns `<`, `>` and `&` into entities so no HTML or autolink can form, escapes `|` (the GFM
 * table parser honours `\|` even inside other spans), escapes `$` (GitHub renders `$…$` as math), and
 * joins lines with a space or `<br>` so a value never ends a table row or a list item.
 */
export function escapeMarkdown(s: string, newline: 'space' | 'br' = 'space'): string {
  return s
    .split(NEWLINES)
    .map(escapeLine)
    .join(newline === 'br' ? '<br>' : ' ');
}

function escapeLine(line: string): string {
  const out = line.replace(/[\\`*_[\]|~#$]/g, '\\$&').replace(/[&<>]/g, (c) => HTML_ENTITIES[c]!);
  // Block markers only matter at the start of a line: a list bullet, a setext underline, an ordered item.
  return out.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Text written by the rule's author (a check's remediation), not read from the scanned tree: its
 * Markdown (code spans, emphasis) is kept, but it stays on one line and cannot open raw HTML.
 * `<` and `>` become entities outside code spans only: inside one they are literal already, and an
 * entity there would print as `&lt;`.
 */
export function authoredMarkdown(s: string): string {
  const line = s.split(NEWLINES).join(' ');
  const angle = (x: string) => x.replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (!line.includes('`')) return angle(line);
  return codeSpanSegments(line)
    .map((x) => (x.code ? codeSpan(unpadded(x.text)) : angle(x.text)))
    .join('');
}

/** What a code span shows: CommonMark strips one space from each end when both ends have one. */
function unpadded(s: string): string {
  return s.length >= 2 && s.startsWith(' ') && s.endsWith(' ') && s.trim() !== '' ? s.slice(1, -1) : s;
}

export interface Segment {
  code: boolean;
  text: string;
}

/**
 * The template split into text and code spans as CommonMark reads it: a run of n backticks opens a
 * span that the next run of exactly n backticks closes; a run with no closer is literal text.
 * Also reads data (message.ts dataMarkdown), so it stays near-linear on hostile text: once no closer of length n
 * is found, none is looked for again (there is none further on either), which bounds the failed
 * scans by the number of distinct run lengths (at most √(2·length)).
 */
export function codeSpanSegments(template: string): Segment[] {
  const out: Segment[] = [];
  const unclosed = new Set<number>();
  let text = '';
  let i = 0;
  while (i < template.length) {
    if (template[i] !== '`') {
      text += template[i];
      i++;
      continue;
    }
    let n = 0;
    while (template[i + n] === '`') n++;
    const close = unclosed.has(n) ? -1 : closingRun(template, i + n, n);
    if (close === -1) {
      unclosed.add(n);
      text += template.slice(i, i + n);
      i += n;
      continue;
    }
    if (text !== '') out.push({ code: false, text });
    text = '';
    out.push({ code: true, text: template.slice(i + n, close) });
    i = close + n;
  }
  if (text !== '') out.push({ code: false, text });
  return out;
}

function closingRun(s: string, from: number, n: number): number {
  for (let j = from; j < s.length; ) {
    if (s[j] !== '`') {
      j++;
      continue;
    }
    let m = 0;
    while (s[j + m] === '`') m++;
    if (m === n) return j;
    j += m;
  }
  return -1;
}


/**
 * A code span that shows `s` exactly: the fence is one backtick longer than the longest run of
 * backticks inside (CommonMark 6.1), padded when `s` starts or ends with a backtick or a space.
 * In a table, `|` is written `\|`: GFM unescapes it before inline parsing, even inside code spans.
 */
export function codeSpan(s: string, inTable = false): string {
  let body = s.split(NEWLINES).join(' ');
  if (body === '') return '';
  if (inTable) body = body.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(body) && body.trim() !== '' ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** `[text](url)`; `text` is Markdown already escaped, `url` must come from one of the builders below. */
export function mdLink(text: string, url: string): string {
  return `[${text}](${url})`;
}

/** A GFM table. Cells are Markdown already escaped for a table (no raw `|`, no newline). */
export function mdTable(headers: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string {
  const sep = headers.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
  const line = (cells: readonly string[]) => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
  return [line(headers), line(sep), ...rows.map(line)].join('\n');
}

/** A collapsed section. The blank lines make GitHub render the body as Markdown, not raw HTML. */
export function details(summaryText: string, bodyMarkdown: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${escapeHtml(summaryText)}</summary>\n\n${bodyMarkdown}\n\n</details>`;
}

// --- URLs ----------------------------------------------------------------------------------------

/** Replaces lone surrogates (encodeURIComponent throws on them) with U+FFFD. */
function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * One path segment, percent-encoded per RFC 3986. encodeURIComponent leaves the sub-delimiters
 * `!'()*` as they are; they are legal in a path, but `(` and `)` would end a Markdown link, so
 * every one of them is encoded too (an encoded sub-delimiter means the same resource).
 */
export function encodeSegment(segment: string): string {
  return encodeURIComponent(wellFormed(segment)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A relative POSIX path as a URI reference: each segment encoded, the slashes kept. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeSegment).join('/');
}

/**
 * The path relative to the repository root: the scanned root's prefix joined with the
 * root-relative path. A repository-level finding (path `.`) becomes the prefix, or `.`; a
 * repository-level file read for a subfolder scan (`../../x`) becomes `x`.
 */
export function repoPath(prefix: string | undefined, path: string): string {
  const p = (prefix ?? '').replace(/^\.?\/+|\/+$/g, '').replace(/^\.$/, '');
  const rel = path === '.' || path === '' ? '' : path.replace(/^\.\//, '');
  if (p === '') return rel === '' ? '.' : rel;
  if (rel === '') return p;
  // A repository-level file of a subfolder scan (`../../.github/workflows/ci.yml`) climbs out of the
  // prefix: each leading `../` takes one folder off it. A climb above the repository stays as written.
  const dirs = p.split('/');
  let rest = rel;
  while (rest.startsWith('../') && dirs.length > 0) {
    dirs.pop();
    rest = rest.slice(3);
  }
  return dirs.length === 0 ? rest : `${dirs.join('/')}/${rest}`;
}

/** `https://github.com/owner/repo`, with anything that could break a Markdown link encoded. */
function repositoryUrl(links: LinkContext): string {
  const server = links.serverUrl.replace(/\/+$/, '').replace(/[\s()<>]/g, (c) => encodeURIComponent(c));
  return `${server}/${encodePath(links.repository)}`;
}

/**
 * A link to `path` (relative to the scanned root) at this commit, to the exact line when given:
 * `${serverUrl}/${repository}/blob/${sha}/${prefix/}${path}#L${line}`. A repository-level
 * location (`.`) links to the tree of the scanned root.
 */
export function lineLink(links: LinkContext, path: string, line?: number): string {
  const rel = repoPath(links.prefix, path);
  const sha = encodeSegment(links.sha);
  if (rel === '.') return `${repositoryUrl(links)}/tree/${sha}`;
  const kind = path === '.' ? 'tree' : 'blob';
  const anchor = line !== undefined && line > 0 && kind === 'blob' ? `#L${line}` : '';
  return `${repositoryUrl(links)}/${kind}/${sha}/${encodePath(rel)}${anchor}`;
}

/** The commit page of the scanned commit. */
export function commitUrl(links: LinkContext): string {
  return `${repositoryUrl(links)}/commit/${encodeSegment(links.sha)}`;
}

/** The docs page of a rule: rules/checks/<id>.md in the tool's repository. */
export function ruleDocUrl(informationUri: string, ruleId: string): string {
  return `${informationUri.replace(/\/+$/, '')}/blob/main/rules/checks/${encodeSegment(ruleId)}.md`;
}

// --- sizes and numbers ---------------------------------------------------------------------------

/** Within `max` characters, cut at the last line end that leaves room for `note` (which says where the rest is). */
export function cutAtLine(md: string, max: number, note: string): string {
  if (md.length <= max) return md;
  const at = md.lastIndexOf('\n', max - note.length);
  return md.slice(0, at > 0 ? at : max - note.length) + note;
}

export function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

export { formatInt };

/** Minutes as hours with at most one decimal: 90 → "1.5 h", 15 → "0.3 h", 0 → "0 h". */
export function formatHours(minutes: number): string {
  const tenths = Math.round((minutes / 60) * 10);
  if (tenths === 0) return minutes > 0 ? '0.1 h' : '0 h';
  return `${formatInt(Math.trunc(tenths / 10))}${tenths % 10 === 0 ? '' : `.${tenths % 10}`} h`;
}

/** Minutes for one finding: "15 min", "2 h", "1.5 h". */
export function formatEffort(minutes: number): string {
  return minutes < 60 ? `${minutes} min` : formatHours(minutes);
}

/** ["a", "b", "c"] → "a, b and c". */
export function sentenceList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatInt(n)} ${n === 1 ? one : many}`;
}
