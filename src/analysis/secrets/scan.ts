// The secret scanner, pure: text in, hits out (offsets into the text). One keyword pass per file
// decides which patterns can match at all (gitleaks' prefilter); only those regexes run; every
// match then goes through the post-filters of filters.ts.
import type { SecretPattern } from './patterns.js';
import { isEditedExample, keepConnectionUrl, urlHost, privateKeyBody, keepToken, urlPassword } from './filters.js';

export interface SecretHit {
  pattern: SecretPattern;
  /** The raw secret value (never shown: register it for redaction). */
  value: string;
  /** Offset of the value (for a private key, of its BEGIN line). */
  start: number;
  /** End offset of the value in the text. */
  end: number;
  /** Characters of the value that may be shown (a fixed provider prefix such as `ghp_`), possibly ''. */
  shown: string;
  /** Extra strings to redact (the lines of a private key body). */
  parts: readonly string[];
  /** A connection URL's host, as written (`db.internal`, `localhost`, `[::1]`). */
  host?: string;
  /** A PRIVATE KEY block whose body, read to its END line, is no key (filters.ts keyShape): redacted, never reported. */
  notAKey?: boolean;
  /** A PRIVATE KEY block whose body was not read to its END line and did not decode: reported as likely. */
  partial?: boolean;
}

/** How much of a base64 value is decoded: a private key's PEM is a few KB; longer is no key of this kind. */
const MAX_BASE64_KEY = 64 * 1024;
/** A PEM private key's header, at the start of the decoded text. */
const PEM_PRIVATE_HEADER = /^-----BEGIN (?:(?:RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY(?: BLOCK)?-----/;

/**
 * A base64-encoded PEM block judged as the block: a private key whose body has a key's shape is a
 * hit (its whole base64 value redacted); a certificate, a public key or a header alone is nothing.
 */
function base64Key(p: SecretPattern, value: string, start: number, end: number): SecretHit | undefined {
  if (value.length > MAX_BASE64_KEY) return undefined;
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  const header = PEM_PRIVATE_HEADER.exec(decoded);
  if (!header) return undefined;
  const body = privateKeyBody(decoded, header[0].length);
  if (!body) return undefined;
  return { pattern: p, value, start, end, shown: value.slice(0, 14), parts: [], ...(body.shaped ? {} : body.complete ? { notAKey: true } : { partial: true }) };
}

export class SecretScanner {
  readonly patterns: readonly SecretPattern[];
  /** Keywords searched by the prefilter regex: longest first, so of `sk` and `sk_live_` at one place the longer is seen. */
  private readonly keywords: readonly string[];
  /** Pattern indexes per keyword index. */
  private readonly byKeyword: ReadonlyArray<readonly number[]>;
  private readonly keywordIndex: ReadonlyMap<string, number>;
  /**
   * Patterns whose keywords have no letters (`://`): found with indexOf, no case to fold, and their
   * regex runs only on the lines that hold one (ripgrep's inner-literal strategy), so common
   * keywords cost neither the prefilter nor a whole-file regex pass.
   */
  private readonly literal: ReadonlyArray<{ index: number; keywords: readonly string[] }>;
  /** Prefilter regexes by the keywords already seen in the current file (none: the full one). */
  private readonly prefilters = new Map<string, RegExp | null>();

  constructor(patterns: readonly SecretPattern[]) {
    this.patterns = patterns;
    const literal: Array<{ index: number; keywords: readonly string[] }> = [];
    const by = new Map<string, number[]>();
    patterns.forEach((p, i) => {
      if (p.keywords.every((k) => !/[a-z]/.test(k))) literal.push({ index: i, keywords: p.keywords });
      else for (const k of p.keywords) (by.get(k) ?? by.set(k, []).get(k)!).push(i);
    });
    this.literal = literal;
    this.keywords = [...by.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.byKeyword = this.keywords.map((k) => by.get(k)!);
    this.keywordIndex = new Map(this.keywords.map((k, i) => [k, i]));
  }

  /** Every credential in `text`, in order of position; overlapping matches are reported once. */
  scan(text: string): SecretHit[] {
    const hits: Array<SecretHit & { order: number }> = [];
    for (const i of this.candidates(text)) this.run(i, text, 0, text.length, hits);
    for (const { index, keywords } of this.literal) {
      const done = new Set<number>();
      for (const k of keywords) {
        for (let at = text.indexOf(k); at !== -1; ) {
          const ls = text.lastIndexOf('\n', at - 1) + 1;
          let le = text.indexOf('\n', at);
          if (le === -1) le = text.length;
          if (!done.has(ls)) {
            done.add(ls);
            this.run(index, text, ls, le, hits);
          }
          at = text.indexOf(k, le);
        }
      }
    }
    if (hits.length === 0) return [];
    hits.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
    const out: SecretHit[] = [];
    let end = -1;
    for (const h of hits) {
      if (h.start < end) continue;
      out.push({ pattern: h.pattern, value: h.value, start: h.start, end: h.end, shown: h.shown, parts: h.parts, ...(h.host !== undefined ? { host: h.host } : {}), ...(h.notAKey ? { notAKey: true } : {}), ...(h.partial ? { partial: true } : {}) });
      end = h.end;
    }
    return out;
  }

  /** Runs pattern `i` over `text[from, to)` (the whole text, or one line), adding what survives the filters. */
  private run(i: number, text: string, from: number, to: number, hits: Array<SecretHit & { order: number }>): void {
    const p = this.patterns[i]!;
    const re = p.regex;
    const part = from === 0 && to === text.length ? text : text.slice(from, to);
    re.lastIndex = 0;
    for (let m = re.exec(part); m !== null; m = re.exec(part)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const span = m.indices?.[1] ?? m.indices?.[0];
      if (!span) continue;
      const hit = this.judge(p, text, m[1] ?? m[0], from + span[0], from + span[1]);
      if (hit) hits.push({ ...hit, order: i });
      // A password may run past its URL's end in the match (`"db://u:p@h","x":"db://v:q@h"`): the
      // next URL can start anywhere after this one's password, and a match needs a `scheme://`.
      if (p.id === 'connection-url-password') re.lastIndex = Math.min(re.lastIndex, span[0] + 1);
    }
  }

  /** Indexes of the patterns whose keywords occur in `text` (case-insensitively), sorted; letterless-keyword patterns aside. */
  candidates(text: string): number[] {
    const found = new Set<number>();
    let seen: number[] = [];
    let from = 0;
    for (let re = this.prefilter(seen); re !== null; re = this.prefilter(seen)) {
      re.lastIndex = from;
      const m = re.exec(text);
      if (!m) break;
      const k = this.keywordIndex.get(m[0].toLowerCase());
      if (k === undefined) {
        from = m.index + 1; // not reached: the regex matches keywords only (ASCII, so case folding keeps them)
        continue;
      }
      for (const i of this.byKeyword[k]!) found.add(i);
      // Each keyword is needed once per file: search on without it, from the same place.
      seen = [...seen, k].sort((a, b) => a - b);
      from = m.index;
    }
    return [...found].sort((a, b) => a - b);
  }

  private prefilter(seen: readonly number[]): RegExp | null {
    const key = seen.join(',');
    let re = this.prefilters.get(key);
    if (re === undefined) {
      const rest = this.keywords.filter((_k, i) => !seen.includes(i));
      re = rest.length === 0 ? null : new RegExp(trie(rest), 'gi');
      if (this.prefilters.size < 4096) this.prefilters.set(key, re);
    }
    return re;
  }

  private judge(p: SecretPattern, text: string, value: string, start: number, end: number): SecretHit | undefined {
    if (p.allow.has(value) || isEditedExample(p.allow, value)) return undefined;
    if (p.id === 'private-key') {
      const body = privateKeyBody(text, end);
      if (!body) return undefined;
      return { pattern: p, value: body.value, start, end: body.end, shown: value, parts: body.parts, ...(body.shaped ? {} : body.complete ? { notAKey: true } : { partial: true }) };
    }
    if (p.id === 'private-key-base64') return base64Key(p, value, start, end);
    if (p.id === 'connection-url-password') {
      // The regex stops at the first `@` it can; the password runs to the user-info's last `@`.
      const pw = urlPassword(text, start);
      if (!pw || !keepConnectionUrl(text, pw.value, pw.start, pw.hostStart)) return undefined;
      return { pattern: p, value: pw.value, start: pw.start, end: pw.end, shown: '', parts: [], host: urlHost(text, pw.hostStart) };
    }
    // Amazon affiliate links carry the associate's access key ID as `SubscriptionId=`: public by
    // design (it is in every product link they publish), and never with its secret key.
    if (p.id === 'aws-access-key-id' && /[?&;]SubscriptionId=$/i.test(text.slice(Math.max(0, start - 16), start))) return undefined;
    const prefix = this.fixedPrefix(p, value);
    if (!keepToken(value, prefix)) return undefined;
    return { pattern: p, value, start, end, shown: value.slice(0, Math.min(prefix.length, value.length - 8)), parts: [] };
  }

  /** The longest keyword the value starts with (`ghp_`, `AKIA`, `sk_live_`): fixed by the provider, safe to show. */
  private fixedPrefix(p: SecretPattern, value: string): string {
    const lower = value.toLowerCase();
    let best = '';
    for (const k of p.keywords) if (k.length > best.length && lower.startsWith(k)) best = value.slice(0, k.length);
    return best;
  }
}

/**
 * One alternation of all keywords, shared prefixes factored out (`gh(?:p_|o_|...)`): V8 then tests
 * each position against a few first characters instead of every keyword. Longer words come first
 * at each branch, so of `sk_live_` and `sk` the longer is the one reported.
 */
export function trie(words: readonly string[]): string {
  const groups = new Map<string, string[]>();
  let ends = false;
  for (const w of words) {
    if (w === '') ends = true;
    else (groups.get(w[0]!) ?? groups.set(w[0]!, []).get(w[0]!)!).push(w.slice(1));
  }
  const alts = [...groups].map(([c, rest]) => escapeRegex(c) + (rest.length === 1 ? escapeRegex(rest[0]!) : trie(rest)));
  if (alts.length === 0) return '';
  const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  return ends ? `(?:${body})?` : body;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
