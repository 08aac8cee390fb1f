// A secret scanner's own code: a detector's regular expression and, in the same file, the samples it
// is tested on (keyshade's packages/secret-scan/src/rules/*.ts: `stripe()` returns
// `/(?:r|s)k_live_[0-9a-zA-Z]{24}/`, then a table of `{ input: 'sk_live_…', expected: true }`). A
// format match there, even a checksum that verifies, is what the detector is built to find: test
// data, not a credential. The pull request writes the patterns too, so they run in RE2 (linear time),
// and a pattern generic enough to match ordinary text names no format and proves nothing.
import { RE2JS } from 're2js';
import { lex, Tok } from '../js/lex.js';

/** How many regular-expression literals of one file are compiled, and how long one may be. */
const MAX_PATTERNS = 200;
const MAX_PATTERN_CHARS = 1000;
/** How much of the string around a value is searched. */
const MAX_SAMPLE_CHARS = 10_000;

/** Text any format-specific pattern leaves alone: a pattern that matches one of these names no format. */
const ORDINARY = [
  'the quick brown fox jumps over the lazy dog',
  'abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  'aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5zA7bC9dE1fG3hI5jK7lM9nO1pQ3rS5tU7v',
  '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
];

const JS_FILE = /\.(?:[cm]?[jt]sx?)$/;

export interface Detectors {
  patterns: Array<{ source: string; re: RE2JS }>;
  /** The string literal around an offset, as [start, end) of its text, if one holds it. */
  stringAt(offset: number): [number, number] | undefined;
}

const NONE: Detectors = { patterns: [], stringAt: () => undefined };

/**
 * The format-specific regular-expression literals of a JS/TS file, and its string literals; none for
 * another file or one the lexer does not model.
 */
export function detectorsOf(path: string, text: string): Detectors {
  if (!JS_FILE.test(path)) return NONE;
  const ts = /\.[cm]?tsx?$/.test(path);
  const tokens = lex(text, !ts || path.endsWith('x'), path.endsWith('.tsx'));
  if (!tokens) return NONE;
  const patterns: Detectors['patterns'] = [];
  const strings: Array<[number, number]> = [];
  for (let i = 0; i < tokens.count; i++) {
    const k = tokens.kind[i];
    const s = tokens.start[i]!;
    const e = tokens.end[i]!;
    if (k === Tok.String || k === Tok.Template) strings.push([s, e]);
    if (k !== Tok.Regex || patterns.length >= MAX_PATTERNS || e - s > MAX_PATTERN_CHARS) continue;
    const literal = text.slice(s, e);
    const close = literal.lastIndexOf('/');
    const re = compile(literal.slice(1, close), literal.slice(close + 1));
    if (re !== undefined && !ORDINARY.some((o) => re.matcher(o).find())) patterns.push({ source: literal.slice(1, close), re });
  }
  if (patterns.length === 0) return NONE;
  return {
    patterns,
    stringAt(offset) {
      // Binary search over the strings, which the lexer gives in order.
      let lo = 0;
      let hi = strings.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [s, e] = strings[mid]!;
        if (offset < s) hi = mid - 1;
        else if (offset >= e) lo = mid + 1;
        else return [s, e];
      }
      return undefined;
    },
  };
}

/** A JS pattern in RE2 with its flags (i, m, s); undefined when RE2 cannot run it (lookaround, backreferences). */
function compile(source: string, flags: string): RE2JS | undefined {
  let f = 0;
  if (flags.includes('i')) f |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('m')) f |= RE2JS.MULTILINE;
  if (flags.includes('s')) f |= RE2JS.DOTALL;
  try {
    return RE2JS.compile(source, f);
  } catch {
    return undefined;
  }
}

/**
 * The file's own pattern that finds the value at [start, start + value.length), in the value or in
 * the string literal holding it (a sample line `const x = rk_live_…`), if one does.
 */
export function detectorOf(d: Detectors, text: string, value: string, start: number): string | undefined {
  if (d.patterns.length === 0) return undefined;
  const around = d.stringAt(start);
  const sample = around === undefined ? undefined : text.slice(around[0], Math.min(around[1], around[0] + MAX_SAMPLE_CHARS));
  const at = around === undefined ? 0 : start - around[0];
  // Or the pattern writes the value's start out (a negative sample: `pypi-AgEIcHlwaS5vcmc` and a token too short for it).
  const head = value.length >= NAMED_PREFIX ? value.slice(0, NAMED_PREFIX) : undefined;
  return d.patterns.find((p) => p.re.matcher(value).find() || (sample !== undefined && overlaps(p.re, sample, at, at + value.length)) || (head !== undefined && p.source.includes(head)))?.source;
}

/** How many leading characters of a value a pattern must write out to name its format. */
const NAMED_PREFIX = 10;

/** How many matches of one pattern in a sample are looked at. */
const MAX_MATCHES = 100;

/** Some match of `re` in `text` overlaps [from, to). */
function overlaps(re: RE2JS, text: string, from: number, to: number): boolean {
  const m = re.matcher(text);
  let at = 0;
  for (let n = 0; n < MAX_MATCHES && at <= text.length && m.find(at); n++) {
    if (m.start(0) < to && m.end(0) > from) return true;
    at = Math.max(m.end(0), m.start(0) + 1);
  }
  return false;
}
