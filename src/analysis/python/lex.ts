// An exact Python tokenizer for the fast fact extractors (facts.ts, routes/fast-python.ts): names,
// numbers, operators, strings (every prefix, triple quotes, f-strings with nested quotes and
// braces as Python 3.12 and tree-sitter-python read them), comments, line continuations, brackets
// that join lines, and NEWLINE/INDENT/DEDENT by logical lines. One pass, linear in the text.
//
// It answers `undefined` for whatever it does not model with certainty, so the caller falls back to
// the tree-sitter path: Python 2 shapes tree-sitter reads its own way (backticks, `<>`), characters
// no Python token starts with, unbalanced brackets, dedents to an unknown level, tabs mixed with
// spaces in indentation (CPython and tree-sitter count tabs differently), lone carriage returns and
// form feeds (line and column counts differ), unterminated strings, and f-string corners (comments,
// backslashes or line breaks inside a single-quoted interpolation).

export const enum Tok {
  Name,
  Number,
  String,
  Op,
  Newline,
  Indent,
  Dedent,
}

/** One string literal, at any depth (strings inside f-string interpolations too), in text order. */
export interface PyString {
  start: number;
  end: number;
  /** The content between the quotes (prefix and quotes excluded). */
  contentStart: number;
  contentEnd: number;
  /** An f-string (any prefix with f/F). */
  f: boolean;
  /** An f-string with at least one `{expression}`. */
  interpolated: boolean;
  /** Inside another string's interpolation. */
  nested: boolean;
}

export interface Lexed {
  text: string;
  /** Tokens of the top level (an f-string is one String token): kind, start, end. */
  kinds: Tok[];
  starts: number[];
  ends: number[];
  strings: PyString[];
  /** Comments, `#` to the line end: start and end offsets, in order. */
  commentStarts: number[];
  commentEnds: number[];
  /** Calls written inside f-string interpolations (not top-level tokens): the callee's last name, and whether it follows a `.`. */
  innerCalls: Array<{ name: string; attribute: boolean }>;
}

/** Bounds for hostile input: nesting of f-strings in f-strings, and of brackets. */
const MAX_FSTRING_DEPTH = 8;
const MAX_BRACKETS = 200;

const OPS3 = new Set(['**=', '//=', '>>=', '<<=', '...']);
const OPS2 = new Set(['->', ':=', '**', '//', '<<', '>>', '<=', '>=', '==', '!=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=']);
const OPS1 = new Set(['+', '-', '*', '/', '%', '@', '&', '|', '^', '~', '<', '>', ',', ':', '.', ';', '=']);
/** String prefixes CPython 3 accepts, and Python 2's `ur` (tree-sitter reads it as a prefix too). */
const PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf', 'ur']);

const SP = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const HASH = 35;
const BACKSLASH = 92;

function isAsciiIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** ASCII identifier characters (letters, digits, `_`), by char code. */
const ASCII_ID = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_ID[c] = isAsciiIdStart(c) || isDigit(c) ? 1 : 0;
/** Characters that may continue a one-character operator into a longer one (`=`, `>`, `<`, `*`, `/`, `.`). */
const OP_SECOND = new Set([61, 62, 60, 42, 47, 46]);
const ID_START = /[\p{XID_Start}_]/u;
const ID_CONTINUE = /\p{XID_Continue}/u;

class Bail extends Error {}
function bail(): never {
  throw new Bail();
}

/** The tokens of a Python file, or undefined when the text holds something not modelled with certainty. */
export function lexPython(text: string): Lexed | undefined {
  try {
    return new Lexer(text).run();
  } catch (e) {
    if (e instanceof Bail) return undefined;
    throw e;
  }
}

class Lexer {
  private readonly t: string;
  private pos = 0;
  private readonly out: Lexed;
  private readonly brackets: number[] = [];
  private readonly indents: number[] = [0];
  /** Indentation seen so far: 1 spaces, 2 tabs (never both). */
  private indentKind = 0;

  constructor(text: string) {
    this.t = text;
    this.out = { text, kinds: [], starts: [], ends: [], strings: [], commentStarts: [], commentEnds: [], innerCalls: [] };
  }

  private emit(k: Tok, s: number, e: number): void {
    this.out.kinds.push(k);
    this.out.starts.push(s);
    this.out.ends.push(e);
  }

  run(): Lexed {
    const t = this.t;
    const n = t.length;
    let lineHasTokens = false;
    let atLineStart = true;
    while (this.pos < n) {
      if (atLineStart && this.brackets.length === 0) {
        atLineStart = false;
        if (this.indentation()) lineHasTokens = true;
        continue;
      }
      const c = t.charCodeAt(this.pos);
      if (c === SP || c === TAB) {
        this.pos++;
      } else if (c === LF || c === CR) {
        if (c === CR && t.charCodeAt(this.pos + 1) !== LF) bail(); // a lone CR: rows are counted by LF
        const start = this.pos;
        this.pos += c === CR ? 2 : 1;
        if (this.brackets.length === 0) {
          if (lineHasTokens) this.emit(Tok.Newline, start, start);
          lineHasTokens = false;
          atLineStart = true;
        }
      } else if (c === HASH) {
        this.comment();
      } else if (c === BACKSLASH) {
        // A line continuation: the backslash ends the physical line, never the logical one.
        const next = t.charCodeAt(this.pos + 1);
        if (next === LF) this.pos += 2;
        else if (next === CR && t.charCodeAt(this.pos + 2) === LF) this.pos += 3;
        else bail();
        if (this.pos >= n || !lineHasTokens) bail(); // at the end of the file, or continuing nothing
      } else {
        this.token(c);
        lineHasTokens = true;
      }
    }
    if (this.brackets.length > 0) bail();
    if (lineHasTokens) this.emit(Tok.Newline, n, n);
    while (this.indents.length > 1) {
      this.indents.pop();
      this.emit(Tok.Dedent, n, n);
    }
    return this.out;
  }

  /** Reads the indentation of a physical line; true when the line holds a token (INDENT/DEDENT emitted). */
  private indentation(): boolean {
    const t = this.t;
    const start = this.pos;
    let spaces = false;
    let tabs = false;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === SP) spaces = true;
      else if (c === TAB) tabs = true;
      else break;
      this.pos++;
    }
    const c = this.pos < t.length ? t.charCodeAt(this.pos) : LF;
    // Blank and comment-only lines do not indent.
    if (c === LF || c === CR || c === HASH) return false;
    if (c === BACKSLASH) bail(); // a continuation right after the indentation: layouts tree-sitter reads its own way
    const width = this.pos - start;
    if (width > 0) {
      const kind = spaces && tabs ? 3 : spaces ? 1 : 2;
      if (kind === 3 || (this.indentKind !== 0 && this.indentKind !== kind)) bail();
      this.indentKind = kind;
    }
    const top = this.indents[this.indents.length - 1]!;
    if (width > top) {
      if (this.out.kinds.length === 0) bail(); // the first statement indented
      this.indents.push(width);
      this.emit(Tok.Indent, this.pos, this.pos);
    } else {
      while (width < this.indents[this.indents.length - 1]!) {
        this.indents.pop();
        this.emit(Tok.Dedent, this.pos, this.pos);
      }
      if (width !== this.indents[this.indents.length - 1]) bail(); // dedent to a level never opened
    }
    return false;
  }

  private comment(): void {
    const t = this.t;
    const start = this.pos;
    let i = start;
    while (i < t.length) {
      const c = t.charCodeAt(i);
      if (c === LF || c === CR) break;
      i++;
    }
    this.out.commentStarts.push(start);
    this.out.commentEnds.push(i);
    this.pos = i;
  }

  private token(c: number): void {
    const t = this.t;
    const start = this.pos;
    if (isAsciiIdStart(c) || c >= 128) {
      const end = this.name(start);
      const q = t.charCodeAt(end);
      if ((q === 34 || q === 39) && end - start <= 2) {
        const prefix = t.slice(start, end).toLowerCase();
        if (!PREFIXES.has(prefix)) bail();
        this.pos = this.string(start, end, false, 0);
        this.emit(Tok.String, start, this.pos);
        return;
      }
      if (q === 34 || q === 39) bail(); // a name glued to a quote: not Python 3
      this.pos = end;
      this.emit(Tok.Name, start, end);
      return;
    }
    if (c === 34 || c === 39) {
      this.pos = this.string(start, start, false, 0);
      this.emit(Tok.String, start, this.pos);
      return;
    }
    if (isDigit(c) || (c === 46 && isDigit(t.charCodeAt(start + 1)))) {
      this.pos = this.number(start);
      this.emit(Tok.Number, start, this.pos);
      return;
    }
    this.pos = this.op(start, this.brackets);
    this.emit(Tok.Op, start, this.pos);
  }

  /** The end of the identifier at `i`; bails on a character no identifier holds. */
  private name(i: number): number {
    const t = this.t;
    let j = i;
    while (j < t.length) {
      const c = t.charCodeAt(j);
      if (c < 128) {
        if (ASCII_ID[c] === 0) break;
        j++;
        continue;
      }
      // Non-ASCII: one code point (surrogate pairs too), a letter or digit of an identifier.
      const cp = t.codePointAt(j)!;
      const ch = String.fromCodePoint(cp);
      if (!(j === i ? ID_START : ID_CONTINUE).test(ch)) bail();
      j += ch.length;
    }
    return j;
  }

  /** Numbers as one token: decimal, hex/octal/binary, floats, exponents, imaginary, Python 2's L. */
  private number(i: number): number {
    const t = this.t;
    let j = i;
    const c1 = t.charCodeAt(j + 1) | 0x20;
    if (t.charCodeAt(j) === 48 && (c1 === 0x78 || c1 === 0x6f || c1 === 0x62)) {
      j += 2;
      while (j < t.length && /[0-9a-fA-F_]/.test(t[j]!)) j++;
    } else {
      while (j < t.length && (isDigit(t.charCodeAt(j)) || t.charCodeAt(j) === 95)) j++;
      if (t.charCodeAt(j) === 46) {
        j++;
        while (j < t.length && (isDigit(t.charCodeAt(j)) || t.charCodeAt(j) === 95)) j++;
      }
      if ((t.charCodeAt(j) | 0x20) === 0x65) {
        let k = j + 1;
        if (t[k] === '+' || t[k] === '-') k++;
        if (isDigit(t.charCodeAt(k))) {
          j = k;
          while (j < t.length && (isDigit(t.charCodeAt(j)) || t.charCodeAt(j) === 95)) j++;
        }
      }
    }
    const s = t.charCodeAt(j) | 0x20;
    if (s === 0x6a || s === 0x6c) j++; // j (imaginary), l (Python 2 long)
    const after = t.charCodeAt(j);
    if (isAsciiIdStart(after) || isDigit(after) || after >= 128 || after === 46) bail(); // `1if`, `1.2.3`: read differently
    return j;
  }

  /** An operator or bracket at `i`; brackets are matched on `stack`. */
  private op(i: number, stack: number[]): number {
    const t = this.t;
    const c = t.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) {
      if (stack.length >= MAX_BRACKETS) bail();
      stack.push(c);
      return i + 1;
    }
    if (c === 41 || c === 93 || c === 125) {
      const open = stack.pop();
      if (open === undefined || (c === 41 ? 40 : c === 93 ? 91 : 123) !== open) bail();
      return i + 1;
    }
    // Most operators are one character not followed by one that could lengthen it.
    if (!OP_SECOND.has(t.charCodeAt(i + 1)) && c !== 46 && OPS1.has(t[i]!)) return i + 1;
    const s3 = t.slice(i, i + 3);
    if (OPS3.has(s3)) return i + 3;
    const s2 = s3.slice(0, 2);
    if (OPS2.has(s2)) return i + 2;
    if (s2 === '<>') bail(); // Python 2's not-equal: tree-sitter reads an operator CPython 3 does not have
    if (OPS1.has(s3[0]!)) return i + 1;
    // `$`, `?`, a backtick, `<>`, `!` (alone, outside an f-string conversion) are not Python 3.
    return bail();
  }

  /**
   * A string starting at `start` whose prefix ends at `quoteAt`; returns its end. f-strings lex
   * their interpolations (nested strings recorded); `depth` bounds f-strings inside f-strings.
   */
  private string(start: number, quoteAt: number, nested: boolean, depth: number): number {
    const t = this.t;
    const prefix = t.slice(start, quoteAt).toLowerCase();
    const f = prefix.includes('f');
    const raw = prefix.includes('r');
    const q = t.charCodeAt(quoteAt);
    const triple = t.charCodeAt(quoteAt + 1) === q && t.charCodeAt(quoteAt + 2) === q;
    const contentStart = quoteAt + (triple ? 3 : 1);
    const rec: PyString = { start, end: 0, contentStart, contentEnd: 0, f, interpolated: false, nested };
    this.out.strings.push(rec);
    let i = contentStart;
    for (;;) {
      if (i >= t.length) bail(); // unterminated
      const c = t.charCodeAt(i);
      if (c === q && (!triple || (t.charCodeAt(i + 1) === q && t.charCodeAt(i + 2) === q))) {
        rec.contentEnd = i;
        rec.end = i + (triple ? 3 : 1);
        return rec.end;
      }
      if (c === BACKSLASH) {
        // An escape, in raw strings too (the quote or backslash after it does not end the string).
        const next = t.charCodeAt(i + 1);
        // In an f-string a brace after a backslash keeps its meaning (`rf'\}}'` is `\}`); `\N{DASH}`
        // names a character in a plain f-string and opens an interpolation in a raw one: left to tree-sitter.
        if (f && (next === 123 || next === 125)) {
          i++;
          continue;
        }
        if (f && next === 78 && t.charCodeAt(i + 2) === 123) bail();
        if (raw && !triple && (next === LF || next === CR)) bail(); // a raw backslash-newline in a one-line string
        if (next === CR && t.charCodeAt(i + 2) === LF) i += 3;
        else if (next === CR) bail();
        else i += 2;
        continue;
      }
      if (c === LF || c === CR) {
        if (!triple) bail(); // a line break ends no single-quoted string
        if (c === CR && t.charCodeAt(i + 1) !== LF) bail();
        i++;
        continue;
      }
      if (f && c === 123) {
        if (t.charCodeAt(i + 1) === 123) {
          i += 2;
          continue;
        }
        rec.interpolated = true;
        i = this.interpolation(i + 1, q, triple, depth);
        continue;
      }
      if (f && c === 125) {
        if (t.charCodeAt(i + 1) !== 125) bail(); // a single `}` in an f-string
        i += 2;
        continue;
      }
      i++;
    }
  }

  /**
   * The `{...}` of an f-string from after its `{`: an expression (nested strings recorded), an
   * optional `!r` conversion and `:spec` (itself holding interpolations); returns the end after `}`.
   */
  private interpolation(from: number, q: number, triple: boolean, depth: number): number {
    if (depth >= MAX_FSTRING_DEPTH) bail();
    const t = this.t;
    const stack: number[] = [];
    // The expression's tokens, for the same shape check statements get (`{% if x %}` is no expression).
    const run = { text: t, kinds: [] as Tok[], starts: [] as number[], ends: [] as number[] };
    const push = (k: Tok, s: number, e: number) => {
      run.kinds.push(k);
      run.starts.push(s);
      run.ends.push(e);
    };
    const checked = () => {
      let n = run.kinds.length;
      // `{x=}`: the debugging `=` ends the expression.
      if (n > 0 && run.kinds[n - 1] === Tok.Op && t.charCodeAt(run.starts[n - 1]!) === 61 && run.ends[n - 1]! - run.starts[n - 1]! === 1) n--;
      if (n === 0 || !expressionShape(run, 0, n)) bail();
      for (let k = 0; k + 1 < run.kinds.length; k++) {
        if (run.kinds[k] !== Tok.Name || run.kinds[k + 1] !== Tok.Op || t.charCodeAt(run.starts[k + 1]!) !== 40) continue;
        const attribute = k > 0 && run.kinds[k - 1] === Tok.Op && t.charCodeAt(run.starts[k - 1]!) === 46 && run.ends[k - 1]! - run.starts[k - 1]! === 1;
        this.out.innerCalls.push({ name: t.slice(run.starts[k], run.ends[k]), attribute });
      }
    };
    let i = from;
    for (;;) {
      if (i >= t.length) bail();
      const c = t.charCodeAt(i);
      if (c === SP || c === TAB) {
        i++;
        continue;
      }
      if (c === LF || c === CR) {
        if (!triple) bail();
        if (c === CR && t.charCodeAt(i + 1) !== LF) bail();
        i++;
        continue;
      }
      if (c === HASH || c === BACKSLASH) bail(); // comments and backslashes in an interpolation: 3.12-only corners
      if (stack.length === 0) {
        if (c === 125) {
          checked();
          return i + 1;
        }
        if (c === 33 && t.charCodeAt(i + 1) !== 61) {
          // `!r`, `!s`, `!a` then `:` or `}`.
          checked();
          const end = this.name(i + 1);
          if (end === i + 1) bail();
          i = end;
          const next = t.charCodeAt(i);
          if (next === 125) return i + 1;
          if (next !== 58) bail();
          return this.formatSpec(i + 1, q, triple, depth);
        }
        if (c === 58) {
          checked();
          return this.formatSpec(i + 1, q, triple, depth);
        }
      }
      const start = i;
      if (isAsciiIdStart(c) || c >= 128) {
        const end = this.name(i);
        const qq = t.charCodeAt(end);
        if ((qq === 34 || qq === 39) && end - i <= 2) {
          if (!PREFIXES.has(t.slice(i, end).toLowerCase())) bail();
          i = this.nestedString(i, end, q, triple, depth);
          push(Tok.String, start, i);
          continue;
        }
        if (qq === 34 || qq === 39) bail();
        i = end;
        push(Tok.Name, start, i);
        continue;
      }
      if (c === 34 || c === 39) {
        i = this.nestedString(i, i, q, triple, depth);
        push(Tok.String, start, i);
        continue;
      }
      if (isDigit(c) || (c === 46 && isDigit(t.charCodeAt(i + 1)))) {
        i = this.number(i);
        push(Tok.Number, start, i);
        continue;
      }
      i = this.op(i, stack);
      push(Tok.Op, start, i);
    }
  }

  private nestedString(start: number, quoteAt: number, q: number, triple: boolean, depth: number): number {
    const t = this.t;
    const nq = t.charCodeAt(quoteAt);
    const nTriple = t.charCodeAt(quoteAt + 1) === nq && t.charCodeAt(quoteAt + 2) === nq;
    // A triple-quoted string inside a single-quoted f-string, or the outer triple quote reused:
    // where each string ends is read differently across versions.
    if (nTriple && (!triple || nq === q)) bail();
    return this.string(start, quoteAt, true, depth + 1);
  }

  /** A format spec after `:` up to the interpolation's `}`: text and nested `{...}`. */
  private formatSpec(from: number, q: number, triple: boolean, depth: number): number {
    const t = this.t;
    let i = from;
    for (;;) {
      if (i >= t.length) bail();
      const c = t.charCodeAt(i);
      if (c === 125) return i + 1;
      if (c === 123) {
        i = this.interpolation(i + 1, q, triple, depth + 1);
        continue;
      }
      // The outer quote, a line break or a backslash in a spec: corners left to tree-sitter.
      if (c === q || c === LF || c === CR || c === BACKSLASH) bail();
      i++;
    }
  }
}

/** Python's keywords (soft keywords such as `match`, `case`, `type` are names here). */
export const KEYWORDS: ReadonlySet<string> = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);
/** Keywords that join two expressions (or an expression and a target: `for x in y`, `as`). */
const INFIX = new Set(['and', 'or', 'in', 'is', 'if', 'else', 'for', 'as', 'from', 'not', 'async']);
/** Keywords that begin an expression. */
const PREFIX = new Set(['not', 'lambda', 'await', 'yield']);
const OPERAND_OPS = new Set(['...']);
const UNARY_OPS = new Set(['-', '+', '~', '*', '**']);

interface TokenRun {
  text: string;
  kinds: readonly Tok[];
  starts: readonly number[];
  ends: readonly number[];
}

/**
 * Tokens [k, b) read as expressions joined by operators: an operand never follows an operand
 * (`a b`), an operator never follows an operator (`x = = 1`), and the run ends on an operand.
 * tree-sitter recovers from such errors in its own ways (an ERROR node may swallow the statements
 * around it), so the callers leave them to it. A coarse check, not a grammar: false means "not sure".
 */
export function expressionShape(run: TokenRun, from: number, b: number): boolean {
  const { text, kinds, starts, ends } = run;
  const nameAt = (j: number, w: string) => j < b && kinds[j] === Tok.Name && text.slice(starts[j], ends[j]) === w;
  let k = from;
  let after = false; // after an operand
  let canEnd = false;
  let prevString = false;
  for (; k < b; k++) {
    const kind = kinds[k];
    // The text only of names and of operators that are not brackets (no substring per bracket).
    const c = text.charCodeAt(starts[k]!);
    const bracket = kind === Tok.Op && (c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125);
    const w = kind === Tok.Name || (kind === Tok.Op && !bracket) ? text.slice(starts[k], ends[k]) : '';
    let operand = kind === Tok.Number || kind === Tok.String || (kind === Tok.Op && OPERAND_OPS.has(w));
    if (kind === Tok.Name) {
      if (!KEYWORDS.has(w) || w === 'None' || w === 'True' || w === 'False') operand = true;
      else if (after) {
        if (!INFIX.has(w)) return false;
        // `not in`, `async for`: two words, one operator.
        if (w === 'not' || w === 'async') {
          if (!nameAt(k + 1, w === 'not' ? 'in' : 'for')) return false;
          k++;
        }
        after = false;
        canEnd = false;
        prevString = false;
        continue;
      } else {
        if (!PREFIX.has(w)) return false;
        canEnd = w === 'yield';
        if (w === 'yield' && nameAt(k + 1, 'from')) {
          k++;
          canEnd = false;
        }
        prevString = false;
        continue;
      }
    }
    if (operand) {
      if (after && !(kind === Tok.String && prevString)) return false;
      after = true;
      canEnd = true;
      prevString = kind === Tok.String;
      continue;
    }
    prevString = false;
    if (c === 41 || c === 93 || c === 125) {
      after = true;
      canEnd = true;
      continue;
    }
    if (c === 40 || c === 91) {
      after = false;
      canEnd = false;
      continue;
    }
    if (c === 123) {
      if (after) return false;
      canEnd = false;
      continue;
    }
    if (w === ':' || w === ',') {
      // Slices (`a[:2]`), lambdas without parameters, `*,` and trailing commas are allowed before the
      // comma or colon; a line may end on a comma (`x = 1,`).
      after = false;
      canEnd = w === ',';
      continue;
    }
    if (!after && !UNARY_OPS.has(w)) return false;
    after = false;
    canEnd = false;
  }
  return canEnd;
}

/** Index of the first comment starting at or after `pos` (binary search), or the count. */
export function commentAtOrAfter(lx: Lexed, pos: number): number {
  const a = lx.commentStarts;
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
