// Streaming helpers shared by the line- and XML-based parsers: chunks in, lines out, with the
// first bytes available for sniffing the format before the stream is consumed.
import type { TextInput } from './model.js';

export async function* chunksOf(input: TextInput): AsyncGenerator<string> {
  if (typeof input === 'string') {
    yield input;
    return;
  }
  for await (const c of input) yield c;
}

/** The first `n` characters (or fewer at the end of input), and an input that replays everything. */
export async function peek(input: TextInput, n = 4096): Promise<{ head: string; input: TextInput }> {
  if (typeof input === 'string') return { head: input.slice(0, n), input };
  const it = input[Symbol.asyncIterator]();
  const seen: string[] = [];
  let len = 0;
  while (len < n) {
    const r = await it.next();
    if (r.done) break;
    seen.push(r.value);
    len += r.value.length;
  }
  async function* replay(): AsyncGenerator<string> {
    yield* seen;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  }
  return { head: seen.join('').slice(0, n), input: replay() };
}

/** Longest line handed to onLine by default; the rest of a longer line is dropped as it streams by. */
export const LINE_MAX = 1 << 20;

/**
 * Calls `onLine` for each line (without its end of line; CRLF and a leading BOM removed), 1-based.
 * Synchronous within a chunk so that ten million lines do not cost ten million awaits.
 * Returning false from onLine stops early. A line longer than `maxLine` characters is cut to its
 * first `maxLine` (a file with no newline is never held whole: memory stays at a chunk plus a line).
 */
export async function forEachLine(input: TextInput, onLine: (line: string, n: number) => void | boolean, maxLine = LINE_MAX): Promise<void> {
  let rest = '';
  let n = 0;
  let first = true;
  const cut = (s: string) => (s.length > maxLine ? s.slice(0, maxLine) : s);
  for await (let chunk of chunksOf(input)) {
    if (first) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
    }
    let start = 0;
    let nl = chunk.indexOf('\n');
    if (nl >= 0 && rest !== '') {
      const line = rest + cut(chunk.slice(0, nl));
      rest = '';
      if (onLine(trimCr(cut(line)), ++n) === false) return;
      start = nl + 1;
      nl = chunk.indexOf('\n', start);
    }
    while (nl >= 0) {
      if (onLine(trimCr(nl - start > maxLine ? chunk.slice(start, start + maxLine) : chunk.slice(start, nl)), ++n) === false) return;
      start = nl + 1;
      nl = chunk.indexOf('\n', start);
    }
    // The unfinished line: kept only up to the cap.
    if (rest.length < maxLine) rest += chunk.slice(start, start + (maxLine - rest.length));
  }
  if (rest !== '') onLine(trimCr(rest), ++n);
}

function trimCr(s: string): string {
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}

/** The whole input as one string (for JSON formats, which need it), refusing more than `max` characters. */
export async function readAll(input: TextInput, max: number): Promise<string | undefined> {
  if (typeof input === 'string') return input.length > max ? undefined : input;
  const parts: string[] = [];
  let len = 0;
  for await (const c of input) {
    len += c.length;
    if (len > max) return undefined;
    parts.push(c);
  }
  return parts.join('');
}

/** The first non-empty line of a message, trimmed and cut to a readable length. */
export function firstLine(s: string | undefined, max = 300): string | undefined {
  if (s === undefined) return undefined;
  for (const raw of s.split(/\r?\n/)) {
    const l = raw.trim();
    if (l !== '') return l.length > max ? `${l.slice(0, max - 1)}…` : l;
  }
  return undefined;
}

/** 12345 → "12,345", the same on every machine (toLocaleString depends on the locale). */
export function formatInt(n: number): string {
  const s = String(Math.round(Math.abs(n)));
  return (n < 0 ? '-' : '') + s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
