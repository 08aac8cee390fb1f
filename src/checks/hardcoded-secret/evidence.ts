// Evidence with every secret on the line masked: the excerpt a reader sees never holds a value.
import { createHash } from 'node:crypto';
import type { SourceFile } from '../../workspace/source-file.js';

export const REDACTED = '…[redacted]';
const CONTEXT = 60;

export interface Span {
  start: number;
  end: number;
  /** What may stay visible of the value (a fixed provider prefix), possibly ''. */
  shown: string;
}

/**
 * The line holding `focus`, with every span on it replaced by `shown…[redacted]`, cut to a
 * window around the focus so a secret deep inside a long (minified) line still shows its context.
 */
export function maskedLine(f: SourceFile, focus: Span, spans: readonly Span[]): string {
  const line = f.lineOf(focus.start);
  const text = f.line(line);
  const lineStart = focus.start - (f.columnOf(focus.start) - 1);
  const lineEnd = lineStart + text.length;
  let out = '';
  let cursor = lineStart;
  let focusAt = 0;
  let focusEnd = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.end <= lineStart || s.start >= lineEnd || s.start < cursor) continue;
    out += f.text.slice(cursor, s.start);
    if (s === focus) focusAt = out.length;
    out += s.shown + REDACTED;
    if (s === focus) focusEnd = out.length;
    cursor = Math.min(s.end, lineEnd);
  }
  out += f.text.slice(cursor, lineEnd);
  out = out.replace(/\r$/, '');
  const from = Math.max(0, focusAt - CONTEXT);
  const to = Math.min(out.length, focusEnd + CONTEXT);
  return `${from > 0 ? '…' : ''}${out.slice(from, to).trim()}${to < out.length ? '…' : ''}`;
}

/** A stable identity for a finding that is not the value: the pattern and a hash of the value. */
export function fingerprintOf(kind: string, value: string): string {
  return `${kind}:${createHash('sha256').update(value).digest('hex').slice(0, 24)}`;
}
