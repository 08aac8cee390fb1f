// An exact lexer for Go source (the spec's lexical grammar: comments, identifiers, numbers, runes,
// interpreted and raw strings, operators), for fact extractors that do not need a syntax tree.
// It answers only for text that lexes cleanly: anything a Go compiler would reject at the lexical
// level, or that tree-sitter's grammar may split differently, gives undefined so the caller falls
// back to the tree. One pass over the text, no backtracking: linear in its length.

/** Token kinds (numbers, so the token stream is a few typed arrays rather than one object per token). */
export const IDENT = 1;
export const NUMBER = 2;
/** `"..."` */
export const STRING = 3;
/** `` `...` `` */
export const RAW = 4;
export const RUNE = 5;
/** Operators and punctuation; `op` holds the first character's code, `end - start` the length. */
export const OP = 6;

export interface GoTokens {
  text: string;
  /** Significant tokens (comments are in `comments`). */
  count: number;
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  /** First character code of an OP token. */
  op: Uint8Array;
  /**
   * What separates the token from the previous one: 1 a newline in white space (or ending a line
   * comment), 2 a newline only inside a block comment (Go reads it as a newline, tree-sitter does
   * not: callers that need line ends bail out on it), 0 none.
   */
  nl: Uint8Array;
  /**
   * The token as a shared string where the checks compare it: a keyword, an operator; '' for a
   * name or a literal (tokenText gives those). Saves a string per token in every pass.
   */
  word: string[];
  /** For a bracket: the index of its partner (brackets are balanced and nested, or there are no tokens). */
  match: Int32Array;
  /** Comments as [start, end) pairs, in order. */
  comments: number[];
  /** Offsets where lines begin (after each '\n'), for 1-based line and column of an offset. */
  lineStarts: number[];
}

const KEYWORDS = new Set([
  'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func', 'go', 'goto', 'if',
  'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct', 'switch', 'type', 'var',
]);

export function isKeyword(s: string): boolean {
  return KEYWORDS.has(s);
}

/** Go's operators and punctuation, by their characters' codes (c1 | c2 << 8 | c3 << 16). */
const OPS = new Map<number, string>();
for (const o of ['<<=', '>>=', '&^=', '...', '&&', '||', '<-', '++', '--', '==', '!=', '<=', '>=', ':=', '<<', '>>', '&^', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', ...'+-*/%&|^<>=!()[]{},;.:~']) {
  OPS.set(opKey(o, 0, o.length), o);
}

function opKey(text: string, i: number, n: number): number {
  let k = 0;
  for (let j = n - 1; j >= 0; j--) k = (k << 8) | text.charCodeAt(i + j);
  return k;
}

/** The operator at `i`, longest match first (as Go's scanner reads it), or undefined. */
function operatorAt(text: string, i: number): string | undefined {
  const c = text.charCodeAt(i);
  const c2 = text.charCodeAt(i + 1);
  // Only `<<=`, `>>=`, `&^=` and `...` have three characters; two-character ones end in one of
  // `= & | - + < > ^`, and each is looked up before its prefix.
  if ((c === 60 || c === 62 || c === 38 || c === 46) && i + 3 <= text.length) {
    const o = OPS.get(opKey(text, i, 3));
    if (o !== undefined) return o;
  }
  if (c2 === 61 || c2 === 38 || c2 === 124 || c2 === 45 || c2 === 43 || c2 === 60 || c2 === 62 || c2 === 94) {
    const o = OPS.get(c | (c2 << 8));
    if (o !== undefined) return o;
  }
  return OPS.get(c);
}

/** Keyword shapes, first letter → bit per length: only names of such a shape are looked up. */
const KEYWORD_SHAPES = new Uint16Array(26);
for (const k of KEYWORDS) KEYWORD_SHAPES[k.charCodeAt(0) - 97]! |= 1 << k.length;

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHex(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
function isIdentPart(c: number): boolean {
  return isIdentStart(c) || isDigit(c);
}

/**
 * The tokens of a Go file, or undefined when the text is not plainly lexable: a non-ASCII character
 * outside comments, strings and runes (Unicode identifiers: tree-sitter's idea of a letter is not
 * checked here), a control character other than tab, CR and LF, a character that is no Go token
 * (`@ # $ ? \`), an unterminated comment, string or rune, a newline or an invalid escape inside an
 * interpreted string or rune, a malformed number, or unbalanced or crossed brackets.
 */
export function lexGo(text: string): GoTokens | undefined {
  const len = text.length;
  // Go code has about one token per four characters; the arrays double when that is not enough.
  // Readers look up to three tokens past the last one: those slots stay empty (kind 0, match -1).
  let cap = (len >> 2) + 64;
  let kind = new Uint8Array(cap);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let op = new Uint8Array(cap);
  let nl = new Uint8Array(cap);
  let match = new Int32Array(cap).fill(-1);
  const grow = () => {
    cap *= 2;
    const widen = <T extends Uint8Array | Int32Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    kind = widen(kind, new Uint8Array(cap));
    start = widen(start, new Int32Array(cap));
    end = widen(end, new Int32Array(cap));
    op = widen(op, new Uint8Array(cap));
    nl = widen(nl, new Uint8Array(cap));
    match = widen(match, new Int32Array(cap).fill(-1));
  };
  const word: string[] = [];
  const comments: number[] = [];
  const lineStarts = [0];
  const stack: number[] = [];
  let count = 0;
  let pendingNl = 0;
  let i = 0;
  const push = (k: number, s: number, e: number, w = ''): boolean => {
    if (count + 4 > cap) grow();
    word.push(w);
    kind[count] = k;
    start[count] = s;
    end[count] = e;
    nl[count] = pendingNl;
    pendingNl = 0;
    if (k === OP) {
      const c = text.charCodeAt(s);
      op[count] = c;
      if (e - s === 1) {
        if (c === 40 || c === 91 || c === 123) stack.push(count);
        else if (c === 41 || c === 93 || c === 125) {
          const open = stack.pop();
          if (open === undefined) return false;
          const oc = op[open]!;
          if ((c === 41 && oc !== 40) || (c === 93 && oc !== 91) || (c === 125 && oc !== 123)) return false;
          match[open] = count;
          match[count] = open;
        }
      }
    }
    count++;
    return true;
  };
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStarts.push(i + 1);
      pendingNl = 1;
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) {
      i++;
      continue;
    }
    const s = i;
    if (c === 47 && text.charCodeAt(i + 1) === 47) {
      // Line comment: to the end of the line; the newline itself is white space.
      const e = text.indexOf('\n', i);
      i = e < 0 ? len : e;
      if (!plainComment(text, s, i)) return undefined;
      comments.push(s, i);
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const e = text.indexOf('*/', i + 2);
      if (e < 0) return undefined;
      i = e + 2;
      if (!plainComment(text, s, i)) return undefined;
      for (let k = text.indexOf('\n', s); k >= 0 && k < i; k = text.indexOf('\n', k + 1)) {
        lineStarts.push(k + 1);
        if (pendingNl === 0) pendingNl = 2;
      }
      comments.push(s, i);
      continue;
    }
    if (isIdentStart(c)) {
      i++;
      while (i < len && isIdentPart(text.charCodeAt(i))) i++;
      if (i < len && text.charCodeAt(i) >= 128) return undefined;
      const n = i - s;
      const kw = c >= 97 && n < 12 && (KEYWORD_SHAPES[c - 97]! & (1 << n)) !== 0 ? text.slice(s, i) : '';
      push(IDENT, s, i, KEYWORDS.has(kw) ? kw : '');
      continue;
    }
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      i = numberEnd(text, i);
      if (i < 0) return undefined;
      push(NUMBER, s, i);
      continue;
    }
    if (c === 34) {
      i = interpretedEnd(text, i);
      if (i < 0) return undefined;
      push(STRING, s, i);
      continue;
    }
    if (c === 96) {
      const e = text.indexOf('`', i + 1);
      if (e < 0) return undefined;
      for (let k = text.indexOf('\n', s); k >= 0 && k < e; k = text.indexOf('\n', k + 1)) lineStarts.push(k + 1);
      i = e + 1;
      push(RAW, s, i);
      continue;
    }
    if (c === 39) {
      i = runeEnd(text, i);
      if (i < 0) return undefined;
      push(RUNE, s, i);
      continue;
    }
    const o = operatorAt(text, i);
    if (o === undefined) return undefined;
    i += o.length;
    if (!push(OP, s, i, o)) return undefined;
  }
  if (stack.length > 0) return undefined;
  return { text, count, kind, start, end, op, nl, word, match, comments, lineStarts };
}

/** A comment without NUL or other control characters tree-sitter's and Go's readers may treat apart. */
function plainComment(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

/** End of an interpreted string starting at `i` (the quote), or -1. */
function interpretedEnd(text: string, i: number): number {
  const len = text.length;
  let k = i + 1;
  while (k < len) {
    const c = text.charCodeAt(k);
    if (c === 34) return k + 1;
    if (c === 10 || c === 13 || c === 0) return -1;
    if (c === 92) {
      k = escapeEnd(text, k, 34);
      if (k < 0) return -1;
      continue;
    }
    k++;
  }
  return -1;
}

/** End of a rune literal starting at `i`: exactly one character (one code point) or one escape. */
function runeEnd(text: string, i: number): number {
  let k = i + 1;
  const c = text.charCodeAt(k);
  if (Number.isNaN(c) || c === 39 || c === 10 || c === 13 || c === 0) return -1;
  if (c === 92) k = escapeEnd(text, k, 39);
  else if (c >= 0xd800 && c <= 0xdbff) k += 2;
  else k++;
  return k > 0 && text.charCodeAt(k) === 39 ? k + 1 : -1;
}

/** End of the escape sequence at `k` (the backslash), or -1 for one Go does not allow. */
function escapeEnd(text: string, k: number, quote: number): number {
  const c = text.charCodeAt(k + 1);
  if (c === quote || 'abfnrtv\\'.includes(String.fromCharCode(c))) return k + 2;
  const digits = (n: number, ok: (d: number) => boolean, from: number) => {
    for (let j = 0; j < n; j++) if (!ok(text.charCodeAt(from + j))) return -1;
    return from + n;
  };
  if (c >= 48 && c <= 55) return digits(3, (d) => d >= 48 && d <= 55, k + 1);
  if (c === 120) return digits(2, isHex, k + 2);
  if (c === 117) return digits(4, isHex, k + 2);
  if (c === 85) return digits(8, isHex, k + 2);
  return -1;
}

/**
 * End of a number literal at `i`, or -1 when it is malformed (Go's grammar: decimal, binary, octal,
 * hex integers; decimal and hex floats; the imaginary suffix; `_` only between digits).
 */
function numberEnd(text: string, i: number): number {
  const len = text.length;
  let k = i;
  const c0 = text.charCodeAt(k);
  const c1 = text.charCodeAt(k + 1) | 32;
  let digit: (c: number) => boolean = isDigit;
  let prefixed = false;
  if (c0 === 48 && (c1 === 120 || c1 === 98 || c1 === 111)) {
    digit = c1 === 120 ? isHex : c1 === 98 ? (c) => c === 48 || c === 49 : (c) => c >= 48 && c <= 55;
    prefixed = true;
    k += 2;
  }
  const hex = prefixed && c1 === 120;
  // Digits with single underscores between them (or right after a base prefix).
  const run = (): number => {
    let n = 0;
    while (k < len) {
      const c = text.charCodeAt(k);
      if (digit(c)) {
        n++;
        k++;
      } else if (c === 95 && digit(text.charCodeAt(k + 1)) && (n > 0 || (prefixed && k === i + 2))) k++;
      else break;
    }
    return n;
  };
  let mantissa = run();
  let float = false;
  if ((!prefixed || hex) && text.charCodeAt(k) === 46) {
    k++;
    float = true;
    mantissa += run();
  }
  if (mantissa === 0) return -1;
  const e = text.charCodeAt(k) | 32;
  if ((!prefixed && e === 101) || (hex && e === 112)) {
    k++;
    const sign = text.charCodeAt(k);
    if (sign === 43 || sign === 45) k++;
    const save = digit;
    digit = isDigit;
    const prefixedSave = prefixed;
    prefixed = false;
    const n = run();
    digit = save;
    prefixed = prefixedSave;
    if (n === 0) return -1;
    float = true;
  } else if (hex && float) return -1;
  if (text.charCodeAt(k) === 105) k++;
  // A legacy octal like 09 is an error in Go; so is a letter or digit right after the literal.
  if (!prefixed && !float && c0 === 48 && k - i > 1 && text.charCodeAt(k - 1) !== 105 && /[89]/.test(text.slice(i, k))) return -1;
  const next = text.charCodeAt(k);
  if (isIdentPart(next) || next === 46 || next >= 128) return -1;
  return k;
}

/** 1-based line and column (in UTF-16 units, as the syntax tree counts them) of an offset. */
export function position(t: GoTokens, offset: number): { line: number; column: number } {
  const ls = t.lineStarts;
  let lo = 0;
  let hi = ls.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ls[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - ls[lo]! + 1 };
}

/** The text of token `i` ('' past the last one). */
export function tokenText(t: GoTokens, i: number): string {
  return i >= 0 && i < t.count ? t.text.slice(t.start[i], t.end[i]) : '';
}

/** Whether a newline after token `i` ends a statement (Go's semicolon rule). */
export function endsLine(t: GoTokens, i: number): boolean {
  const k = t.kind[i];
  if (k === IDENT) {
    const s = t.word[i];
    return s === '' || s === 'break' || s === 'continue' || s === 'fallthrough' || s === 'return';
  }
  if (k !== OP) return true;
  const len = t.end[i]! - t.start[i]!;
  const c = t.op[i];
  return (len === 1 && (c === 41 || c === 93 || c === 125)) || (len === 2 && (c === 43 || c === 45) && t.text.charCodeAt(t.start[i]! + 1) === c);
}

/** A top-level declaration: its keyword and its first and last token (inclusive). */
export interface GoItem {
  keyword: 'package' | 'import' | 'func' | 'type' | 'var' | 'const';
  first: number;
  last: number;
}

export interface GoFile {
  tokens: GoTokens;
  items: GoItem[];
}

const ITEM_KEYWORDS = new Set(['package', 'import', 'func', 'type', 'var', 'const']);

/** Whether token `i` is the one-character operator `ch`. */
export function isOp(t: GoTokens, i: number, ch: number): boolean {
  return i >= 0 && i < t.count && t.kind[i] === OP && t.op[i] === ch && t.end[i]! - t.start[i]! === 1;
}

/**
 * A Go file's tokens cut into top-level declarations, where they end as both Go (a newline after a
 * token that ends a statement, or `;`) and tree-sitter (a newline or `;` where a declaration may
 * end) cut them. Undefined where the two, or tree-sitter's error recovery, may not agree:
 * - a top-level item that is no declaration (tree-sitter accepts statements there, Go does not),
 *   two declarations on one line, or a newline that is only inside a block comment after a token
 *   that ends a statement (a line end for Go, none for tree-sitter);
 * - `package` or `import` anywhere but at the start of an item, and a function declaration
 *   anywhere else (`func name`, `func (r T) name(`): error recovery would make nodes of them;
 * - a `func` item whose body is followed by more tokens on its line; an import, type, var or
 *   const declaration not of its grammar's shape;
 * - syntax errors seen from neighbouring tokens (plausible), a statement header cut by a line
 *   end (headersOnOneLine), and Go 1.26's `new(expr)`, which tree-sitter's grammar rejects.
 * tree-sitter recovers from a syntax error by skipping tokens, sometimes far from the error (a
 * string's quotes become loose tokens: no literal; a broken type swallows the next function), so
 * these checks are what makes the fast paths agree with the tree on broken files as well: the
 * differential tests run them on every real tree and on random edits of real files.
 */
export function goFile(text: string): GoFile | undefined {
  const t = lexGo(text);
  if (!t) return undefined;
  const items: GoItem[] = [];
  const starts = new Uint8Array(t.count);
  let i = 0;
  while (i < t.count) {
    if (t.kind[i] !== IDENT) return undefined;
    const keyword = tokenText(t, i);
    if (!ITEM_KEYWORDS.has(keyword)) return undefined;
    starts[i] = 1;
    let j = i;
    let next = -1;
    for (;;) {
      if (t.match[j]! > j) j = t.match[j]!;
      const k = j + 1;
      if (k >= t.count) break;
      if (isOp(t, k, 59)) {
        next = k + 1;
        break;
      }
      if (t.nl[k] === 1 && endsLine(t, j)) {
        next = k;
        break;
      }
      j = k;
    }
    const item: GoItem = { keyword: keyword as GoItem['keyword'], first: i, last: j };
    if (keyword === 'func' && !funcItemShape(t, item)) return undefined;
    if (keyword === 'import' && !importItemShape(t, item)) return undefined;
    if (keyword === 'type' && !typeItemShape(t, item)) return undefined;
    if ((keyword === 'var' || keyword === 'const') && !valueItemShape(t, item)) return undefined;
    items.push(item);
    if (next < 0) break;
    i = next;
  }
  if (!plausible(t, items) || !headersOnOneLine(t)) return undefined;
  for (let k = 0; k < t.count; k++) {
    if (t.nl[k] === 2 && k > 0 && endsLine(t, k - 1)) return undefined;
    if (starts[k] || t.kind[k] !== IDENT) continue;
    const s = t.word[k];
    if (s === 'package' || s === 'import') return undefined;
    if (s === '' && t.end[k]! - t.start[k]! === 3 && isOp(t, k + 1, 40) && tokenText(t, k) === 'new' && !plainType(t, k + 2, t.match[k + 1]!)) return undefined;
    if (s === 'func') {
      // `func name` is a declaration only; `func (r T) name(` on one line too (a function type or
      // literal has a result type there, never followed by `(`; on the next line, `name(` is
      // another statement, an interface method, or the next item).
      if (isName(t, k + 1)) return undefined;
      const close = isOp(t, k + 1, 40) ? t.match[k + 1]! : -1;
      if (close > 0 && t.nl[close + 1] === 0 && !starts[close + 1] && isName(t, close + 1) && isOp(t, close + 2, 40)) return undefined;
    }
  }
  return { tokens: t, items };
}

/**
 * Whether tokens a..b-1 are a type, as tree-sitter reads the argument of `new(...)`: its grammar
 * takes `new` as a keyword with a type argument only, so Go 1.26's `new(expr)` (`new("x")`,
 * `new(int64(1))`, `new(T{})`, `new(x[0])`) is a syntax error there, and its recovery may swallow
 * the enclosing function. A lone name or `a.b` is read as a type name either way.
 */
function plainType(t: GoTokens, a: number, b: number): boolean {
  return a < b && typeEnd(t, a, b, 0) === b;
}

/** The end of the type starting at token `a` (before `b`), or -1: the shapes of Go's type grammar. */
function typeEnd(t: GoTokens, a: number, b: number, depth: number): number {
  if (a >= b || depth > 32) return -1;
  const s = tokenText(t, a);
  if (t.kind[a] === OP) {
    if (s === '*') return typeEnd(t, a + 1, b, depth + 1);
    if (s === '(') return typeEnd(t, a + 1, t.match[a]!, depth + 1) === t.match[a] ? t.match[a]! + 1 : -1;
    // Arrays and slices: any length expression (`[1 << 10]byte`), then the element type.
    if (s === '[') return typeEnd(t, t.match[a]! + 1, b, depth + 1);
    if (s === '<-' && tokenText(t, a + 1) === 'chan') return typeEnd(t, a + 2, b, depth + 1);
    return -1;
  }
  if (t.kind[a] !== IDENT) return -1;
  if (s === 'struct' || s === 'interface') return isOp(t, a + 1, 123) ? t.match[a + 1]! + 1 : -1;
  if (s === 'map') return isOp(t, a + 1, 91) ? typeEnd(t, t.match[a + 1]! + 1, b, depth + 1) : -1;
  if (s === 'chan') return typeEnd(t, tokenText(t, a + 1) === '<-' ? a + 2 : a + 1, b, depth + 1);
  if (s === 'func') {
    if (!isOp(t, a + 1, 40)) return -1;
    const k = t.match[a + 1]! + 1;
    if (k >= b) return k;
    return isOp(t, k, 40) ? t.match[k]! + 1 : typeEnd(t, k, b, depth + 1);
  }
  if (isKeyword(s)) return -1;
  let k = a + 1;
  if (isOp(t, k, 46)) {
    if (!isName(t, k + 1)) return -1;
    k += 2;
  }
  if (k < b && isOp(t, k, 91)) {
    // Type arguments: types separated by commas.
    const close = t.match[k]!;
    let j = k + 1;
    for (;;) {
      j = typeEnd(t, j, close, depth + 1);
      if (j < 0) return -1;
      if (j === close) break;
      if (!isOp(t, j, 44)) return -1;
      j++;
      if (j === close) break;
    }
    k = close + 1;
  }
  return k;
}

/** Operators that take an operand after them (binary, assignment, and unary ones). */
const NEEDS_OPERAND = new Set(['+', '-', '*', '/', '%', '&', '|', '^', '<<', '>>', '&^', '&&', '||', '==', '!=', '<', '<=', '>', '>=', '=', ':=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '&^=', '<-', '!', '~']);
/** Operators that may start an operand (unary ones, `*` of a pointer type, `<-chan`). */
const UNARY = new Set(['+', '-', '*', '&', '^', '!', '<-', '~']);
/** Tokens no statement or declaration starts with. */
const NO_START = new Set(['.', ',', ':', '...', '/', '%', '|', '==', '!=', '<', '<=', '>', '>=', '&&', '||', '<<', '>>', '&^', '=', ':=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '&^=']);
/** Keywords a literal may follow (`return "x"`, `case 1`, `if "a" == b`, `range "abc"`). */
const BEFORE_LITERAL = new Set(['return', 'case', 'if', 'switch', 'for', 'range', 'go', 'defer']);

/** Keywords that may appear in a type (fields, parameters, interface elements). */
const TYPE_KEYWORDS = new Set(['struct', 'interface', 'map', 'chan', 'func']);
/** Keywords an operand may start with (`= func() {...}`, `:= map[K]V{}`, `:= range m`). */
const OPERAND_KEYWORDS = new Set(['func', 'struct', 'map', 'chan', 'interface', 'range']);
/** Assignment operators, and `++`/`--`. */
const ASSIGNS = new Set(['=', ':=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '&^=', '++', '--']);

const OTHER = 0;
const SIGNATURE = 1;
const STRUCT = 2;
const INTERFACE = 3;

/**
 * Whether no two neighbouring tokens make a syntax error Go's grammar can see at once. tree-sitter
 * recovers from an error by skipping tokens, and what it skips is not only the wrong token: a
 * string next to it loses its node (its quotes and content become loose tokens, no literal), a
 * broken type declaration can swallow the function after it. So a file with any of these bails
 * out: a literal after an operand (`a "b"`, `x{}"a"`, `1 2`) or before a name or literal, except a
 * struct field's tag; a literal in a parameter list or an interface; an operator without an
 * operand after it (`x := )`, `a == ,`); `.` before anything but a name or `(`; `,,`, `(,`;
 * a line starting with an operator that cannot start a statement. Valid Go never has these (the
 * differential tests run it on every real tree); broken Go may have errors this does not see,
 * where the tree decides only if goFile's other checks catch them.
 */
function plausible(t: GoTokens, items: readonly GoItem[]): boolean {
  const role = new Uint8Array(t.count);
  const open: number[] = [];
  // Per open bracket: whether the statement being read there declares (`var x T`, `type T U`),
  // the only statements with two names in a row (`x T`) at their own depth.
  const declaring: boolean[] = [];
  let item = 0;
  for (let k = 0; k < t.count; k++) {
    while (item < items.length && items[item]!.last < k) item++;
    const inImport = item < items.length && items[item]!.keyword === 'import' && items[item]!.first <= k;
    const kind = t.kind[k];
    const text = t.word[k]!;
    const nextSame = k + 1 < t.count && t.nl[k + 1] === 0;
    const depth = open.length - 1;
    if (depth >= 0 && (open[depth] === k - 1 || isOp(t, k - 1, 59) || isOp(t, k - 1, 58) || (t.nl[k] === 1 && endsLine(t, k - 1)))) {
      declaring[depth] = text === 'var' || text === 'const' || text === 'type';
    }
    // In a block or a composite literal, two names in a row are no expression or statement
    // (`retu; rn nil`, `a, b c`): the recovery from it may swallow the functions after it.
    if (kind === IDENT && text === '' && t.kind[k - 1] === IDENT && t.word[k - 1] === '' && t.nl[k] === 0 && depth >= 0 && isOp(t, open[depth]!, 123) && role[open[depth]!] === OTHER && !declaring[depth]) return false;
    // Import declarations were checked whole by importItemShape (`. "fmt"` starts a line there).
    if (!inImport && k > 0 && ((t.nl[k] === 1 && endsLine(t, k - 1)) || isOp(t, k - 1, 59)) && NO_START.has(text)) return false;
    if (kind === IDENT && text === 'func') markSignature(t, k, role);
    if (kind === OP && t.match[k]! > k) {
      const prev = k > 0 ? t.word[k - 1] : '';
      if (text === '{' && prev === 'struct') role[k] = STRUCT;
      else if (text === '{' && prev === 'interface') role[k] = INTERFACE;
      // An interface method's parameters and results: `M(a int) (b int)`.
      else if (text === '(' && open.length > 0 && role[open[open.length - 1]!] === INTERFACE && (t.kind[k - 1] === IDENT || (isOp(t, k - 1, 41) && role[t.match[k - 1]!] === SIGNATURE))) role[k] = SIGNATURE;
      open.push(k);
      declaring.push(false);
      if (isOp(t, k + 1, 44)) return false;
      continue;
    }
    if (kind === OP && t.match[k]! >= 0) {
      open.pop();
      declaring.pop();
      continue;
    }
    if (inImport) continue;
    if (kind === OP) {
      if (text === '.' && !(t.kind[k + 1] === IDENT || isOp(t, k + 1, 40))) return false;
      if (text === ',' && (isOp(t, k + 1, 44) || isOp(t, k + 1, 59))) return false;
      if (NEEDS_OPERAND.has(text)) {
        const n = k + 1;
        const nk = t.kind[n];
        if (n >= t.count || !((nk === IDENT && (t.word[n] === '' || OPERAND_KEYWORDS.has(t.word[n]!))) || nk === NUMBER || nk === STRING || nk === RAW || nk === RUNE || isOp(t, n, 40) || isOp(t, n, 91) || (nk === OP && UNARY.has(t.word[n]!)))) return false;
      }
      continue;
    }
    const parent = open.length > 0 ? role[open[open.length - 1]!]! : OTHER;
    // Fields, methods and parameters hold types: no statement keyword (`return`, `var`, `if`).
    if (kind === IDENT && parent !== OTHER && isKeyword(text) && !TYPE_KEYWORDS.has(text)) return false;
    const literal = kind === NUMBER || kind === STRING || kind === RAW || kind === RUNE;
    if (!literal) continue;
    // Nothing is assigned to a literal, nor incremented.
    if (t.kind[k + 1] === OP && ASSIGNS.has(t.word[k + 1]!)) return false;
    if (parent === SIGNATURE || parent === INTERFACE) return false;
    if (nextSame && (t.kind[k + 1] === IDENT || isLiteralKind(t.kind[k + 1]!))) return false;
    if (k === 0 || t.nl[k] !== 0) {
      if (parent === STRUCT) return false;
      continue;
    }
    const p = k - 1;
    const pk = t.kind[p];
    const afterOperand = (pk === IDENT && t.word[p] === '') || isLiteralKind(pk!) || isOp(t, p, 41) || isOp(t, p, 93) || isOp(t, p, 125);
    if (pk === IDENT && t.word[p] !== '' && !BEFORE_LITERAL.has(t.word[p]!)) return false;
    if (parent === STRUCT) {
      // Only a field's tag: a string after its type, ending the field.
      const ends = !nextSame || isOp(t, k + 1, 59) || isOp(t, k + 1, 125);
      if (!(kind === STRING || kind === RAW) || !afterOperand || isLiteralKind(pk!) || !ends) return false;
    } else if (afterOperand) return false;
  }
  return true;
}

function isLiteralKind(k: number): boolean {
  return k === NUMBER || k === STRING || k === RAW || k === RUNE;
}

/** Marks the parameter (and result) lists of the function type, literal or declaration at `func`. */
function markSignature(t: GoTokens, k: number, role: Uint8Array): void {
  let j = k + 1;
  if (isOp(t, j, 40)) {
    role[j] = SIGNATURE;
    j = t.match[j]! + 1;
  }
  if (isName(t, j)) j++;
  if (isOp(t, j, 91)) j = t.match[j]! + 1;
  if (isOp(t, j, 40)) {
    role[j] = SIGNATURE;
    j = t.match[j]! + 1;
  }
  if (isOp(t, j, 40) && t.nl[j] === 0) role[j] = SIGNATURE;
}

/** Whether token `i` is an identifier that is no keyword. */
function isName(t: GoTokens, i: number): boolean {
  return i < t.count && t.kind[i] === IDENT && t.word[i] === '';
}

/**
 * `type T Type`, `type T[P any] Type`, `type T = Type`, or a group of such specs, each read whole
 * by typeEnd: a type declaration Go rejects (`type T(x) struct{}`, `type A B[K comparable] ...`,
 * `type x := ...`) may make tree-sitter's recovery swallow the declarations after it.
 */
function typeItemShape(t: GoTokens, item: GoItem): boolean {
  const k = item.first + 1;
  if (!isOp(t, k, 40)) return typeSpec(t, k, item.last + 1);
  if (t.match[k] !== item.last) return false;
  let spec = k + 1;
  for (let j = k + 1; j < item.last; j++) {
    if (t.match[j]! > j) j = t.match[j]!;
    const semi = isOp(t, j + 1, 59);
    if (semi || j + 1 === item.last || (t.nl[j + 1] === 1 && endsLine(t, j))) {
      if (!typeSpec(t, spec, j + 1)) return false;
      if (semi) j++;
      spec = j + 1;
    }
  }
  return true;
}

/**
 * `var`/`const` specs start with their names (`a, b int = 1, 2`, `_ (T) = x`): a name followed
 * by `{`, `.` or a parenthesis that holds no type (`Addre("x")ss = "v"`) is no spec, and tree-sitter's recovery may skip the strings
 * after it. Each spec of a group is checked where it starts.
 */
function valueItemShape(t: GoTokens, item: GoItem): boolean {
  const k = item.first + 1;
  const specStart = (j: number) => isName(t, j) && !isOp(t, j + 1, 123) && !isOp(t, j + 1, 46) && (!isOp(t, j + 1, 40) || plainType(t, j + 2, t.match[j + 1]!));
  if (!isOp(t, k, 40)) return specStart(k);
  if (t.match[k] !== item.last) return false;
  let spec = true;
  for (let j = k + 1; j < item.last; j++) {
    if (spec && !specStart(j)) return false;
    if (t.match[j]! > j) j = t.match[j]!;
    spec = isOp(t, j + 1, 59) || (t.nl[j + 1] === 1 && endsLine(t, j));
    if (isOp(t, j + 1, 59)) j++;
  }
  return true;
}

/** `T [P any] [=] Type` exactly over tokens a..b-1 (type parameters read as an array length). */
function typeSpec(t: GoTokens, a: number, b: number): boolean {
  if (!isName(t, a)) return false;
  let k = a + 1;
  if (isOp(t, k, 61) || (isOp(t, k, 91) && isOp(t, t.match[k]! + 1, 61))) k = isOp(t, k, 61) ? k + 1 : t.match[k]! + 2;
  return typeEnd(t, k, b, 0) === b;
}

/**
 * Whether the header of each `if`, `for`, `switch` and `select` runs on its line to the block's
 * `{` (Go ends the statement at a line end there: `if x = nil` + newline is an error whose
 * recovery can swallow later functions), and each `else` is on the line of the `}` before it
 * and followed there by `if` or `{`.
 */
function headersOnOneLine(t: GoTokens): boolean {
  // One pass: per bracket depth, the keyword of a header still open (its `{` not seen yet), and
  // whether it holds an assignment not yet closed by `;` (`if a = b {` is an error; `if a := f();
  // a {`, `for k, v := range m {` and a type switch `switch x := y.(type) {` are not).
  const open: string[] = [''];
  const assign: boolean[] = [false];
  // A `for` header after its first `;` is a three-clause loop: its post statement may assign.
  const semi: boolean[] = [false];
  for (let k = 0; k < t.count; k++) {
    const d = open.length - 1;
    if (t.kind[k] === IDENT) {
      const s = t.word[k];
      if (s === 'else' && (t.nl[k] !== 0 || t.nl[k + 1] !== 0 || !(isOp(t, k + 1, 123) || t.word[k + 1] === 'if'))) return false;
      if (s === 'if' || s === 'for' || s === 'switch' || s === 'select') {
        open[d] = s;
        assign[d] = false;
        semi[d] = false;
      }
      // A function literal in the header: its body's `{` ends the header for this check, which
      // then no longer judges the assignments (`if err := func() error {...}(); err != nil {`).
      if (s === 'func' && open[d]) open[d] = 'func';
    } else if (t.kind[k] === OP && t.match[k]! >= 0) {
      if (t.match[k]! > k) {
        // `interface{...}` and `struct{...}` in a header are types, not its block.
        const typeBody = t.word[k - 1] === 'interface' || t.word[k - 1] === 'struct';
        if (isOp(t, k, 123) && !typeBody) {
          if (open[d] && open[d] !== 'switch' && open[d] !== 'func' && assign[d]) return false;
          open[d] = '';
          assign[d] = false;
        }
        open.push('');
        assign.push(false);
        semi.push(false);
      } else {
        // A header still open when its enclosing bracket closes never reached its block.
        if (open[d]) return false;
        open.pop();
        assign.pop();
        semi.pop();
      }
    } else if (open[d] && t.kind[k] === OP) {
      const o = t.word[k]!;
      if (o === ';') {
        assign[d] = false;
        semi[d] = true;
      } else if (ASSIGNS.has(o) && o !== '++' && o !== '--' && t.word[k + 1] !== 'range' && !(open[d] === 'for' && semi[d])) assign[d] = true;
    }
    if (open[open.length - 1] && k + 1 < t.count && t.nl[k + 1] !== 0 && endsLine(t, k)) return false;
  }
  return true;
}

/** `import [name] "path"` or `import ( [name] "path"; ... )`, nothing else. */
function importItemShape(t: GoTokens, item: GoItem): boolean {
  const k = item.first + 1;
  if (isOp(t, k, 40)) {
    if (t.match[k] !== item.last) return false;
    for (let j = k + 1; j < item.last; ) {
      if (isOp(t, j, 59)) {
        j++;
        continue;
      }
      const end = importSpecEnd(t, j);
      if (end < 0) return false;
      j = end + 1;
      // Specs end at `;`, a line end or the closing parenthesis.
      if (j < item.last && !isOp(t, j, 59) && t.nl[j] !== 1) return false;
    }
    return true;
  }
  return importSpecEnd(t, k) === item.last;
}

/** The path token of the import spec starting at `k` (`"p"`, `name "p"`, `. "p"`), or -1. */
function importSpecEnd(t: GoTokens, k: number): number {
  let j = k;
  if ((t.kind[j] === IDENT && !isKeyword(tokenText(t, j))) || isOp(t, j, 46)) j++;
  return t.kind[j] === STRING || t.kind[j] === RAW ? j : -1;
}

/** `func [(recv)] name [[T any]] (params) [result] [{ body }]`, the body (if any) last. */
function funcItemShape(t: GoTokens, item: GoItem): boolean {
  const last = item.last;
  let k = item.first + 1;
  if (isOp(t, k, 40)) k = t.match[k]! + 1;
  if (k > last || t.kind[k] !== IDENT || isKeyword(tokenText(t, k))) return false;
  k++;
  if (k <= last && isOp(t, k, 91)) {
    if (isOp(t, item.first + 1, 40)) return false;
    k = t.match[k]! + 1;
  }
  if (k > last || !isOp(t, k, 40)) return false;
  k = t.match[k]! + 1;
  while (k <= item.last) {
    if (isOp(t, k, 123)) {
      const prev = tokenText(t, k - 1);
      if (prev === 'struct' || prev === 'interface') {
        k = t.match[k]! + 1;
        continue;
      }
      return t.match[k] === item.last;
    }
    k = t.match[k]! > k ? t.match[k]! + 1 : k + 1;
  }
  return true;
}
