// Readiness claims in documentation: "production ready", "production-ready", "ready for
// production" (any case, any spacing or hyphen, across a line break) — unless the sentence
// denies or defers it. The heuristic looks at the last few words before the phrase, in the same
// sentence, for a negation or an aspiration, and at the sentence's end for a question mark:
//
//   not / n't / never / no longer / none / without / yet to     → "not yet ready for production"
//   before / until / once / when / if / unless / whether        → "before it is production ready"
//   make / get / become / toward(s) / road to / to be / how to  → "to make it production-ready"
//   aim / goal / plan / roadmap / will / would / should / must  → "we plan to be production ready"
//   migrate / upgrade                                           → "migrate to a production-ready setup"
//   a sentence that opens "No ... is"                           → "No dashboard is production-ready"
//   a question: "Is it production ready?"
//
// A phrase in quotes or backticks is a mention ("the words "production ready" mean..."), and
// Markdown fenced code is an example: neither is a claim.

export interface Claim {
  /** The phrase as written, whitespace collapsed. */
  phrase: string;
  offset: number;
}

const PHRASE = /\b(?:production[\s\-\u2010\u2011\u2013]+ready|ready\s+for\s+production)\b/gi;
const WORDS_BEFORE = 8;
const NEGATED = new RegExp(
  [
    String.raw`\bnot\b`,
    String.raw`n['’]t\b`,
    String.raw`\bnever\b`,
    String.raw`\bno longer\b`,
    String.raw`\b(?:nor|neither|none)\b`,
    String.raw`\bwithout\b`,
    String.raw`\bfar from\b`,
    String.raw`\byet to\b`,
    String.raw`\b(?:before|until|till|once|when|whenever|if|unless|whether|prior to)\b`,
    String.raw`\b(?:make|makes|making|made|get|gets|getting|become|becomes|becoming|turn|turns|turning)\b`,
    String.raw`\b(?:towards?|road to|path to|way to|on track|to be|how to|steps? to|help(?:s|ing)? you)\b`,
    String.raw`\b(?:aims?|aiming|goal|goals|plans?|planned|planning|roadmap|intend(?:s|ed)?|hope|hoping|working on|will|would|should|could|might|must|needs? to)\b`,
    String.raw`\b(?:migrat(?:e|es|ed|ing|ion)|upgrad(?:e|es|ed|ing))\b`,
  ].join('|'),
  'i',
);
/** "No dashboard is production-ready": a sentence that opens with "no" denies (but "no deps, production ready" is rare enough to lose). */
const NO_AT_START = /^[\W_]*no\s+(?:\S+\s+){0,3}(?:is|are)\s+$/i;
/** After the phrase: a status "no" or a deferral ("production ready: no", "... soon"). */
const DENIED_AFTER = /^\s*(?:[:=|-]\s*(?:no\b|false\b|not\b|❌|✗)|\b(?:yet|soon|eventually|someday|in the future)\b)/i;
const QUOTES = /["'`“”‘’«»*_]/;

export function findClaims(text: string, markdown: boolean): Claim[] {
  const claims: Claim[] = [];
  const fenced = markdown ? fencedRanges(text) : [];
  PHRASE.lastIndex = 0;
  for (let m = PHRASE.exec(text); m !== null; m = PHRASE.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    if (fenced.some(([s, e]) => at >= s && at < e)) continue;
    if (isQuoted(text, at, end)) continue;
    const sentenceStart = sentenceStartOf(text, at);
    const sentence = text.slice(sentenceStart, at);
    if (NEGATED.test(lastWords(sentence, WORDS_BEFORE)) || NO_AT_START.test(sentence)) continue;
    const rest = text.slice(end, sentenceEndOf(text, end) + 1);
    if (DENIED_AFTER.test(rest) || rest.trimEnd().endsWith('?')) continue;
    claims.push({ phrase: m[0].replace(/\s+/g, ' '), offset: at });
  }
  return claims;
}

/** The phrase is wrapped in quotes, backticks or emphasis on both sides: a mention. */
function isQuoted(text: string, at: number, end: number): boolean {
  const before = text[at - 1] ?? '';
  const after = text[end] ?? '';
  // `*production ready*` is emphasis, which is still a claim; quotes and code are mentions.
  return QUOTES.test(before) && QUOTES.test(after) && !(before === '*' || before === '_');
}

/** After the last sentence end (`. `, `! `, `? `, `: `, `; `), blank line or Markdown block start. */
function sentenceStartOf(text: string, at: number): number {
  let i = at - 1;
  for (; i >= 0 && at - i < 400; i--) {
    const c = text[i]!;
    if (c === '\n') {
      // A blank line, or a line that starts a heading, list item, quote or table row.
      const prevNl = text.lastIndexOf('\n', i - 1);
      const prevLine = text.slice(prevNl + 1, i);
      if (prevLine.trim() === '') return i + 1;
      const thisLine = text.slice(i + 1, at);
      if (/^\s*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\|)/.test(thisLine)) return i + 1;
    } else if ('.!?:;|'.includes(c) && /\s/.test(text[i + 1] ?? ' ')) {
      return i + 1;
    }
  }
  return i + 1;
}

function sentenceEndOf(text: string, from: number): number {
  for (let i = from; i < text.length && i - from < 400; i++) {
    const c = text[i]!;
    if ('.!?'.includes(c) && /\s|$/.test(text[i + 1] ?? '')) return i;
    if (c === '\n' && (text[i + 1] === '\n' || text[i + 1] === '\r')) return i;
  }
  return Math.min(text.length, from + 400) - 1;
}

function lastWords(s: string, n: number): string {
  return s.trim().split(/\s+/).slice(-n).join(' ');
}

/** Offsets [start, end) of Markdown fenced code blocks. */
function fencedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const re = /^ {0,3}(`{3,}|~{3,})[^\n]*$/gm;
  let open: { ch: string; len: number; start: number } | undefined;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const fence = m[1]!;
    if (!open) {
      if (fence[0] === '`' && m[0].slice(m[0].indexOf(fence) + fence.length).includes('`')) continue;
      open = { ch: fence[0]!, len: fence.length, start: m.index };
    } else if (fence[0] === open.ch && fence.length >= open.len && m[0].trim() === fence) {
      ranges.push([open.start, m.index + m[0].length]);
      open = undefined;
    }
  }
  if (open) ranges.push([open.start, text.length]);
  return ranges;
}
