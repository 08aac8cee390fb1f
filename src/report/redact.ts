// Redaction: no secret value leaves the run through any output. One Redactor is built per run
// from the values the checks registered (ctx.secret) and every value the secret patterns find in a
// string the renderers will read (test names, failure messages, build-log lines, parse-error code
// frames, file names, SBOM fields, notices...). It is applied to the *model* (a redacted copy of the
// RunResult) before any renderer escapes anything, so Markdown `\_`, JSON, XML and workflow-command
// escapes can never hide a value from it; a final pass over each rendered text is the safety net.
// Matching is linear in the text and in the number of values (Aho–Corasick), not one pass per value
// (but for a few values: NeedleMatcher).
import { BUILTIN_SCANNER } from '../analysis/secrets/builtin.js';
import { isReference } from '../analysis/secrets/placeholders.js';
import { scannerFor } from '../analysis/secrets/user.js';
import type { SecretScanner } from '../analysis/secrets/scan.js';
import type { RunResult } from '../model/result.js';
import { escapeHtml, escapeMarkdown } from './markdown.js';

export const MARKER = '[redacted]';

/**
 * A value that cannot be ordinary text: 8+ characters mixing at least two of lower case, upper case,
 * digits and symbols. A weak password such as `saleor` is also a directory name; scrubbing it
 * everywhere would mangle paths. The checks mask every value in their own evidence regardless, and a
 * value found in context (a connection URL's password) is masked there whatever its shape.
 */
export function isDistinctive(value: string): boolean {
  if (value.length < 8) return false;
  let classes = 0;
  if (/[a-z]/.test(value)) classes++;
  if (/[A-Z]/.test(value)) classes++;
  if (/[0-9]/.test(value)) classes++;
  if (/[^A-Za-z0-9]/.test(value)) classes++;
  return classes >= 2;
}

/**
 * Aho–Corasick automaton over UTF-16 code units: building is linear in the total length of the
 * needles, matching linear in the text (plus the matches). Most states of 30,000 needles have a
 * single child (the tail of one value): that edge is kept in two number arrays, and a Map is made
 * only for the states that branch.
 */
export class NeedleMatcher {
  private readonly oneChar: number[] = [-1];
  private readonly oneNext: number[] = [0];
  private readonly many: Array<Map<number, number> | undefined> = [undefined];
  private readonly fail: Int32Array;
  /** Length of the longest needle that ends at this state (a suffix of its path), 0 if none. */
  private readonly out: Int32Array;
  readonly size: number;
  /** The needles, when they are few enough to find one by one (see `few` below). */
  private readonly list?: readonly string[];
  /** The needles by a hash of their first `k` code units, when no hash has more than `maxBucket` (see below). */
  private readonly buckets?: Map<number, string[]>;
  private readonly k: number = 0;
  /** HASH_BASE to the power k - 1, modulo 2^32: what the code unit leaving the window weighs. */
  private readonly lead: number = 0;
  /** The automaton over the same needles, made when the hash's comparisons would cost more than a linear search. */
  private fallback?: NeedleMatcher;
  private readonly needles: readonly string[] = [];

  /**
   * `few`: up to this many needles, each is found with the engine's own string search (indexOf)
   * instead: per character of a multi-megabyte SBOM, that is many times faster than the automaton's
   * loop in JavaScript, and a run usually has a handful of secret values.
   */
  constructor(needles: Iterable<string>, few = 32, maxBucket = 64) {
    const terminal: number[] = [0];
    const distinct = [...new Set(needles)].filter((n) => n.length > 0);
    if (distinct.length <= few) {
      this.list = distinct;
      this.size = distinct.length;
      this.fail = new Int32Array(0);
      this.out = new Int32Array(0);
      return;
    }
    // Many needles: each text position's window of k code units (k the shortest needle's length, at
    // most 16) is hashed as it rolls, and only the needles of that hash are compared there. Built in
    // a pass over the needles, where the automaton below walks every character of every needle (the
    // secrets a run found in moby's test certificates, 214,000 characters in all forms: 50 ms to
    // build). Where some hash holds more than `maxBucket` needles (values made to share a start),
    // the automaton keeps the search linear.
    let k = 16;
    for (const n of distinct) if (n.length < k) k = n.length;
    const buckets = new Map<number, string[]>();
    let largest = 0;
    for (const n of distinct) {
      const h = windowHash(n, 0, k);
      const b = buckets.get(h);
      if (b) largest = Math.max(largest, b.push(n));
      else {
        buckets.set(h, [n]);
        largest = Math.max(largest, 1);
      }
    }
    if (largest <= maxBucket) {
      this.buckets = buckets;
      this.needles = distinct;
      this.k = k;
      let lead = 1;
      for (let i = 1; i < k; i++) lead = Math.imul(lead, HASH_BASE);
      this.lead = lead;
      this.size = distinct.length;
      this.fail = new Int32Array(0);
      this.out = new Int32Array(0);
      return;
    }
    let count = 0;
    for (const n of distinct) {
      count++;
      let s = 0;
      for (let i = 0; i < n.length; i++) {
        const c = n.charCodeAt(i);
        let t = this.goto(s, c);
        if (t === undefined) {
          t = this.oneChar.length;
          this.oneChar.push(-1);
          this.oneNext.push(0);
          this.many.push(undefined);
          terminal.push(0);
          this.link(s, c, t);
        }
        s = t;
      }
      if (n.length > terminal[s]!) terminal[s] = n.length;
    }
    this.size = count;
    const states = this.oneChar.length;
    this.fail = new Int32Array(states);
    this.out = new Int32Array(states);
    // Breadth first: a state's failure link is shallower, so it is final before the state is reached.
    const queue: number[] = [0];
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      this.eachChild(s, (c, t) => {
        let f = s === 0 ? -1 : this.fail[s]!;
        let g: number | undefined;
        while (f !== -1 && (g = this.goto(f, c)) === undefined) f = f === 0 ? -1 : this.fail[f]!;
        this.fail[t] = f === -1 ? 0 : g!;
        this.out[t] = terminal[t]! || this.out[this.fail[t]!]!;
        queue.push(t);
      });
    }
  }

  private goto(s: number, c: number): number | undefined {
    const m = this.many[s];
    if (m) return m.get(c);
    return this.oneChar[s] === c ? this.oneNext[s] : undefined;
  }

  private link(s: number, c: number, t: number): void {
    const m = this.many[s];
    if (m) m.set(c, t);
    else if (this.oneChar[s] === -1) {
      this.oneChar[s] = c;
      this.oneNext[s] = t;
    } else {
      this.many[s] = new Map([[this.oneChar[s]!, this.oneNext[s]!], [c, t]]);
    }
  }

  private eachChild(s: number, f: (c: number, t: number) => void): void {
    const m = this.many[s];
    if (m) for (const [c, t] of m) f(c, t);
    else if (this.oneChar[s] !== -1) f(this.oneChar[s]!, this.oneNext[s]!);
  }

  /** Every [start, end) where a needle occurs, as merged, ordered, non-overlapping spans. */
  spans(text: string): Array<[number, number]> {
    const spans: Array<[number, number]> = [];
    if (this.size === 0) return spans;
    if (this.list) {
      const found: Array<[number, number]> = [];
      for (const n of this.list) for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) found.push([i, i + n.length]);
      found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      for (const [s, e] of found) addSpan(spans, s, e);
      return spans;
    }
    if (this.buckets) {
      const { k, lead, buckets } = this;
      if (text.length < k) return spans;
      const found: Array<[number, number]> = [];
      // Each comparison counted at its needle's length: past a linear bound (needles sharing long
      // starts, in a text that repeats them), the automaton searches instead.
      let budget = 16 * text.length + 65_536;
      for (let i = 0, h = windowHash(text, 0, k); ; i++) {
        const b = buckets.get(h);
        if (b) {
          for (const n of b) {
            budget -= n.length;
            if (text.startsWith(n, i)) found.push([i, i + n.length]);
          }
          if (budget < 0) return (this.fallback ??= new NeedleMatcher(this.needles, 0, 0)).spans(text);
        }
        if (i + k >= text.length) break;
        h = (Math.imul((h - Math.imul(text.charCodeAt(i), lead)) | 0, HASH_BASE) + text.charCodeAt(i + k)) >>> 0;
      }
      found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      for (const [s, e] of found) addSpan(spans, s, e);
      return spans;
    }
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let t = this.goto(s, c);
      while (t === undefined && s !== 0) {
        s = this.fail[s]!;
        t = this.goto(s, c);
      }
      s = t ?? 0;
      const len = this.out[s]!;
      if (len > 0) addSpan(spans, i + 1 - len, i + 1);
    }
    return spans;
  }
}

/** The multiplier of the rolling hash (an odd prime, so no code unit's weight vanishes modulo 2^32). */
const HASH_BASE = 1_000_003;

/** The hash of `text`'s k code units from `at`, modulo 2^32 (NeedleMatcher's window). */
function windowHash(text: string, at: number, k: number): number {
  let h = 0;
  for (let i = at; i < at + k; i++) h = (Math.imul(h, HASH_BASE) + text.charCodeAt(i)) >>> 0;
  return h;
}

/** Appends [start, end) to ordered spans, merging it with the last one when they overlap or touch. */
function addSpan(spans: Array<[number, number]>, start: number, end: number): void {
  // A longer value ending here may cover several spans already recorded: fold them in.
  for (let last = spans[spans.length - 1]; last && start <= last[1]; last = spans[spans.length - 1]) {
    if (last[0] < start) start = last[0];
    if (last[1] > end) end = last[1];
    spans.pop();
  }
  spans.push([start, end]);
}

/** `text` with every span replaced by the marker. */
function mask(text: string, spans: ReadonlyArray<readonly [number, number]>): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    out += text.slice(at, s) + MARKER;
    at = e;
  }
  return out + text.slice(at);
}

/** Merges two ordered span lists into one ordered, non-overlapping list. */
function union(a: ReadonlyArray<readonly [number, number]>, b: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  if (a.length === 0) return b.map(([s, e]) => [s, e]);
  if (b.length === 0) return a.map(([s, e]) => [s, e]);
  const all = [...a, ...b].sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of all) addSpan(out, s, e);
  return out;
}

// What ends a URL's authority: the characters the connection-url-password pattern stops at. A
// password may hold `@ : , ; ( ) &`, so those do not end it (the *last* `@` is the host's).
const AUTHORITY_END = /[\s/?#'"`<>\\]/;
const MAX_AUTHORITY = 1024;

/** A URL's separators as written plainly, and percent-encoded (a purl's `vcs_url=git%2Bhttps%3A%2F%2F...`). */
interface UrlSyntax {
  scheme: RegExp;
  at: string;
  colon: string;
  /** Whether the authority ends at `text[i]`. */
  endsAt(text: string, i: number): boolean;
}

const PLAIN: UrlSyntax = { scheme: /:\/\//g, at: '@', colon: ':', endsAt: (t, i) => AUTHORITY_END.test(t[i]!) };
const ENCODED: UrlSyntax = {
  scheme: /%3A%2F%2F/gi,
  at: '%40',
  colon: '%3A',
  // `%2F` `%3F` `%23` (/ ? #) end the authority as their plain forms do; `&` ends a purl qualifier.
  endsAt: (t, i) => AUTHORITY_END.test(t[i]!) || t[i] === '&' || (t[i] === '%' && /^%(?:2F|3F|23)$/i.test(t.slice(i, i + 3))),
};

/**
 * Credentials in the user-info of any URL (`https://user:TOKEN@host`, `git+ssh://TOKEN@host`,
 * `postgres://u:p@ss@host`), plain or percent-encoded in a purl: the password up to the *last* `@`
 * of the authority, whatever the scheme, so a password holding `@` is masked whole; a user name
 * alone only when it is token-shaped (16+ characters, distinctive), not `git@` or `deploy@`.
 */
export function urlCredentialSpans(text: string): Array<[number, number]> {
  let spans: Array<[number, number]> = [];
  for (const syntax of [PLAIN, ENCODED]) spans = union(spans, credentialSpans(text, syntax));
  return spans;
}

function credentialSpans(text: string, syntax: UrlSyntax): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re = new RegExp(syntax.scheme.source, syntax.scheme.flags);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const from = m.index + m[0].length;
    let end = from;
    const limit = Math.min(text.length, from + MAX_AUTHORITY);
    while (end < limit && !syntax.endsAt(text, end)) end++;
    re.lastIndex = Math.max(end, from);
    const authority = text.slice(from, end);
    const atSign = authority.lastIndexOf(syntax.at);
    if (atSign <= 0) continue;
    const userinfo = authority.slice(0, atSign);
    const colon = syntax.colon === ':' ? userinfo.indexOf(':') : firstOf(userinfo, '%3A', '%3a');
    if (colon !== -1) {
      const password = userinfo.slice(colon + syntax.colon.length);
      if (password !== '' && !isReference(password)) addSpan(spans, from + colon + syntax.colon.length, from + atSign);
    } else if (userinfo.length >= 16 && isDistinctive(userinfo) && !isReference(userinfo)) {
      addSpan(spans, from, from + atSign);
    }
  }
  return spans;
}

/** The first index of either form, -1 if neither occurs. */
function firstOf(text: string, a: string, b: string): number {
  const i = text.indexOf(a);
  const j = text.indexOf(b);
  return i === -1 ? j : j === -1 ? i : Math.min(i, j);
}

/** The forms a value takes in the rendered outputs: raw, JSON, Markdown, HTML/XML, URL, workflow command. */
export function renderedForms(value: string): string[] {
  const forms = new Set<string>([value, JSON.stringify(value).slice(1, -1), escapeMarkdown(value), escapeHtml(value), value.replace(/\|/g, '\\|')]);
  // Mid-line Markdown (a message's data after template text): no start-of-line escape of `-`, `+`, `=` or `1.`.
  forms.add(escapeMarkdown(`x${value}`).slice(1));
  try {
    forms.add(encodeURIComponent(value));
  } catch {
    // A lone surrogate: no URL form.
  }
  forms.add(value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
  forms.add(value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/:/g, '%3A').replace(/,/g, '%2C'));
  return [...forms].filter((f) => f.length >= 4);
}

export interface RedactorOptions {
  /** Pattern scanner for values in free text (default: the built-in catalogue). */
  scanner?: SecretScanner;
}

/**
 * Redacts strings: every occurrence of a known value (in any rendered form), plus every value the
 * secret patterns or the URL rule find in the string itself. `learn()` adds values found in text
 * before the matcher is built; after `text()` is first called the set is fixed.
 */
export class Redactor {
  private readonly values = new Set<string>();
  private matcher: NeedleMatcher | undefined;
  private readonly scanner: SecretScanner;
  private readonly memo = new Map<string, string>();
  /** What learn() found, by text, so the string is not scanned twice. */
  private readonly found = new Map<string, Array<[number, number]>>();
  private readonly learned = new Set<string>();

  constructor(registered: Iterable<string>, opts: RedactorOptions = {}) {
    this.scanner = opts.scanner ?? BUILTIN_SCANNER;
    for (const v of registered) if (isDistinctive(v)) this.values.add(v);
  }

  /** Adds a value known to be secret (kept only if distinctive: see isDistinctive). */
  add(value: string): void {
    if (this.matcher) throw new Error('Redactor: values are fixed once matching has started');
    if (isDistinctive(value)) this.values.add(value);
  }

  /** Scans `text` with the patterns and the URL rule, adding every distinctive value found. */
  learn(text: string): void {
    if (text.length < 8) return;
    const parts: string[] = [];
    const formatted: Array<[number, number]> = [];
    const spans = this.foundSpans(text, parts, formatted);
    if (this.learned.size < 1_000_000) this.learned.add(text);
    if (spans.length > 0 && this.found.size < 100_000) this.found.set(text, spans);
    // Only values in a provider's format are masked everywhere. A URL's password is whatever text
    // the pull request chose (`https://u:readiness-gate.sarif@h`): masked where it stands, it would
    // otherwise hide unrelated words (an output path, a file name) in every output.
    for (const [s, e] of formatted) this.add(text.slice(s, e));
    for (const p of parts) this.add(p);
  }

  get size(): number {
    return this.values.size;
  }

  /** `text` with every secret replaced by the marker. */
  text(text: string): string {
    if (text.length < 4) return text;
    const cached = this.memo.get(text);
    if (cached !== undefined) return cached;
    this.matcher ??= new NeedleMatcher(this.needles());
    const found = text.length < 8 ? [] : (this.found.get(text) ?? (this.learned.has(text) ? [] : this.foundSpans(text)));
    const out = mask(text, union(this.matcher.spans(text), found));
    if (text.length <= 4096 && this.memo.size < 200_000) this.memo.set(text, out);
    return out;
  }

  /**
   * Spans of the values the patterns find in `text` and of URL passwords; `parts` receives the
   * base64 lines of a private key's body, each a value of its own (a report may quote one line);
   * `formatted` receives the spans of values in a provider's format (not URL passwords).
   */
  private foundSpans(text: string, parts?: string[], formatted: Array<[number, number]> = []): Array<[number, number]> {
    const urls: Array<[number, number]> = [];
    for (const h of this.scanner.scan(text)) {
      parts?.push(...h.parts);
      // A private key's hit starts at its BEGIN line (`shown`, kept visible); its body is what must go.
      const start = h.parts.length > 0 ? h.start + h.shown.length : h.start;
      if (h.end > start) addSpan(h.pattern.id === 'connection-url-password' ? urls : formatted, start, h.end);
    }
    return union(formatted, union(urls, urlCredentialSpans(text)));
  }

  /**
   * The final pass over a rendered JSON or XML document. A match that crosses the document's syntax
   * (`admin-api-key"` in `"x-admin-api-key"`, a value's raw form ending at a string's closing quote,
   * or a span that cuts an escape or an entity in two) is not masked: it would leave a report no
   * parser reads. The model was redacted before rendering; this pass is the safety net, and a value
   * inside a string or a text node is still masked in its escaped form.
   */
  document(text: string, format: 'json' | 'xml'): string {
    if (text.length < 4) return text;
    this.matcher ??= new NeedleMatcher(this.needles());
    const found = text.length < 8 ? [] : this.foundSpans(text);
    const safe = format === 'json' ? jsonSafe : xmlSafe(tagLookup(text));
    return mask(text, union(this.matcher.spans(text), found).filter(([a, b]) => safe(text, a, b)));
  }

  private *needles(): Iterable<string> {
    for (const v of this.values) yield* renderedForms(v);
  }
}

/** Whether text[i] is escaped: an odd run of backslashes stands before it. */
function escaped(text: string, i: number): boolean {
  let n = 0;
  for (let k = i - 1; k >= 0 && text.charCodeAt(k) === 92; k--) n++;
  return n % 2 === 1;
}

/** Whether i falls among the four hex digits of a `\uXXXX` escape (after its first digit). */
function inUnicodeEscape(text: string, i: number): boolean {
  for (let k = 2; k <= 5; k++) {
    const p = i - k;
    if (p >= 0 && text.charCodeAt(p) === 92 && text.charCodeAt(p + 1) === 117 && !escaped(text, p)) return true;
  }
  return false;
}

/** [a, b) lies inside JSON string content: no bare quote in it, and no escape cut at either end. */
function jsonSafe(text: string, a: number, b: number): boolean {
  if (a > 0 && (escaped(text, a) || inUnicodeEscape(text, a))) return false;
  if (b < text.length && (escaped(text, b) || inUnicodeEscape(text, b))) return false;
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === 34 && !escaped(text, i)) return false;
  return true;
}

/** [a, b) holds no markup, no attribute value's closing quote, and cuts no entity reference (`&amp;`) in two. */
function xmlSafe(inTag: (i: number) => boolean) {
  return (text: string, a: number, b: number): boolean => {
    const span = text.slice(a, b);
    if (/[<>]/.test(span)) return false;
    // Inside a tag a bare quote delimits an attribute value: a match taking it in would end the value.
    if (/["']/.test(span) && inTag(a)) return false;
    const inEntity = (i: number) => /&[#\w]{0,10}$/.test(text.slice(Math.max(0, i - 11), i));
    return !inEntity(a) && !inEntity(b);
  };
}

/**
 * Whether position i lies inside a tag (a `<` before it with no `>` since). The positions of `<` and
 * `>` are listed once, on first use, so many matches in one long text node cost a search each, not a scan.
 */
function tagLookup(text: string): (i: number) => boolean {
  let marks: number[] | undefined;
  return (i) => {
    if (marks === undefined) {
      marks = [];
      for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) === 60 || text.charCodeAt(k) === 62) marks.push(k);
    }
    let lo = 0;
    let hi = marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid]! < i) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && text.charCodeAt(marks[lo - 1]!) === 60;
  };
}

/** Calls `visit` on every string in `value` (object keys included), each object visited once. */
function eachString(value: unknown, visit: (s: string) => void, seen = new WeakSet<object>()): void {
  if (typeof value === 'string') {
    visit(value);
    return;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value) || value instanceof Set) {
    for (const v of value) eachString(v, visit, seen);
  } else if (value instanceof Map) {
    for (const [k, v] of value) {
      eachString(k, visit, seen);
      eachString(v, visit, seen);
    }
  } else if (isPlain(value)) {
    for (const [k, v] of Object.entries(value)) {
      visit(k);
      eachString(v, visit, seen);
    }
  }
}

function isPlain(v: object): v is Record<string, unknown> {
  const p = Object.getPrototypeOf(v) as unknown;
  return p === Object.prototype || p === null;
}

/** A copy of `value` with every string (and object key) passed through `f`; shared objects stay shared. */
function mapStrings<T>(value: T, f: (s: string) => string, memo = new WeakMap<object, unknown>()): T {
  if (typeof value === 'string') return f(value) as T;
  if (typeof value !== 'object' || value === null) return value;
  const done = memo.get(value);
  if (done !== undefined) return done as T;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    memo.set(value, out);
    for (const v of value) out.push(mapStrings(v, f, memo));
    return out as T;
  }
  if (value instanceof Set) {
    const out = new Set<unknown>();
    memo.set(value, out);
    for (const v of value) out.add(mapStrings(v, f, memo));
    return out as T;
  }
  if (value instanceof Map) {
    const out = new Map<unknown, unknown>();
    memo.set(value, out);
    for (const [k, v] of value) out.set(mapStrings(k, f, memo), mapStrings(v, f, memo));
    return out as T;
  }
  if (!isPlain(value)) return value; // class instances (none in a RunResult today) are left as they are
  const out: Record<string, unknown> = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  memo.set(value, out);
  for (const [k, v] of Object.entries(value)) out[f(k)] = mapStrings(v, f, memo);
  return out as T;
}

export interface SafeRun {
  /** The run as the renderers must see it: every string redacted. */
  result: RunResult;
  redactor: Redactor;
}

const views = new WeakMap<RunResult, SafeRun>();

/**
 * The redacted view of a run, built once (later calls, and calls with the view itself, return it).
 * `options` (the workflow's own inputs, and the paths publish writes to), `secrets` and `timings`
 * are kept as they are; every other string of the run is scanned, then redacted.
 */
/** The run's scanner (the user's patterns too); a `rules` folder that cannot be loaded stopped the run before any output. */
function runScanner(r: RunResult): SecretScanner {
  try {
    return scannerFor(r.options.rulesDir, r.options.cwd);
  } catch {
    return BUILTIN_SCANNER;
  }
}

export function safeRun(r: RunResult): SafeRun {
  const cached = views.get(r);
  if (cached) return cached;
  const redactor = new Redactor(r.secrets, { scanner: runScanner(r) });
  if (r.options.githubToken) redactor.add(r.options.githubToken);
  const { options, secrets, timings, ...rest } = r;
  const distinct = new Set<string>();
  eachString(rest, (s) => distinct.add(s));
  for (const s of distinct) redactor.learn(s);
  const result = { ...mapStrings(rest, (s) => redactor.text(s)), options, secrets, timings } as RunResult;
  const view = { result, redactor };
  views.set(r, view);
  views.set(result, view);
  return view;
}
