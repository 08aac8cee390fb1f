// An exact JS/TS tokenizer for the fast fact extractor (fast-facts.ts): strings, comments, template
// literals with nested `${}`, regular-expression literals told from division by the previous
// significant token (as es-module-lexer and TypeScript's scanner do), and JSX in the grammars that
// have it (tree-sitter's javascript grammar, for .js as well as .jsx, and tsx). It never guesses:
// where the previous token does not decide (`}` or `++` before `/`), or the text holds something it
// does not model (a non-ASCII character in code, an unterminated literal), it returns undefined and
// the caller parses the file with tree-sitter. The parser checks every guess again (an operand where
// a regex was lexed, an operator where division was), so a wrong guess is a fallback, never a fact.
// Linear: each character is looked at a bounded number of times; nesting is bounded by MAX_DEPTH.

export const enum Tok {
  Eof = 0,
  Ident = 1,
  Punct = 2,
  String = 3,
  /** A template without substitutions. */
  Template = 4,
  TemplateHead = 5,
  TemplateMiddle = 6,
  TemplateTail = 7,
  Regex = 8,
  Number = 9,
  /** `#name` */
  Private = 10,
  JsxText = 11,
  /** `<` opening a JSX element or fragment. */
  JsxLt = 12,
  /** `</` of a closing tag. */
  JsxClose = 13,
  /** A tag name as written: `div`, `Foo.Bar`, `svg:rect`, `my-el`. */
  JsxName = 14,
  /** An attribute name. */
  JsxAttr = 15,
  /** `/>`, or the `>` of a closing tag: the element ends. */
  JsxEnd = 16,
  /** The `>` of an opening tag: children follow. */
  JsxGt = 17,
}

export interface Tokens {
  count: number;
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  /** 1 when a line break precedes the token (for automatic semicolon insertion). */
  nl: Uint8Array;
  /** Comments, as [start, end) pairs. */
  comments: number[];
  /** Where a `#!` first line ends (0: none). */
  hashbang: number;
}

/** Deeper nesting of templates, JSX and braces than any real file: a bound on the recursion. */
const MAX_DEPTH = 256;

class Bail extends Error {}
const BAIL = new Bail('not modelled');

/** Keywords after which an expression starts, so `/` begins a regex (identifiers and literals end one). */
const REGEX_AFTER_WORD = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await', 'extends']);
/** Keywords whose parenthesised head is followed by a statement: `if (x) /re/.test(y)`. */
const HEAD_WORD = new Set(['if', 'while', 'for', 'with']);

/** ASCII classes: 1 starts an identifier, 2 continues one (a digit). */
const ID = new Uint8Array(128);
for (let c = 0; c < 128; c++) ID[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 36 || c === 95 ? 1 : c >= 48 && c <= 57 ? 2 : 0;
const isIdStart = (c: number) => c < 128 && ID[c] === 1;
const isIdPart = (c: number) => c < 128 && ID[c] !== 0;
const isDigit = (c: number) => c >= 48 && c <= 57;

const shared: { kind: Uint8Array; start: Int32Array; end: Int32Array; nl: Uint8Array } = { kind: new Uint8Array(0), start: new Int32Array(0), end: new Int32Array(0), nl: new Uint8Array(0) };

/**
 * Tokens of `text`, or undefined where the file holds a form this lexer does not decide. The arrays
 * are shared between calls: valid until the next call (copy what must outlive it).
 */
export function lex(text: string, jsx: boolean, tsx: boolean): Tokens | undefined {
  try {
    return new Lexer(text, jsx, tsx).run();
  } catch (e) {
    if (e instanceof Bail || e instanceof RangeError) return undefined;
    throw e;
  }
}

class Lexer {
  private pos = 0;
  private n = 0;
  private kind: Uint8Array;
  private start: Int32Array;
  private end: Int32Array;
  private nl: Uint8Array;
  private comments: number[] = [];
  private sawNl = false;
  private hashbang = 0;
  private depth = 0;
  /** Per open `(`: 1 when a statement head keyword precedes it (`if (`). */
  private parens: number[] = [];
  /** Whether the last `)` closed a statement head. */
  private lastParenHead = false;
  private readonly len: number;

  constructor(
    private readonly text: string,
    private readonly jsx: boolean,
    private readonly tsx: boolean,
  ) {
    this.len = text.length;
    // The buffers of the previous call are reused (no zeroing, no garbage): a file's tokens are
    // read before the next file is lexed.
    const cap = Math.max(16, Math.ceil(text.length / 4));
    if (shared.kind.length < cap) {
      const n = Math.max(cap, shared.kind.length * 2);
      shared.kind = new Uint8Array(n);
      shared.start = new Int32Array(n);
      shared.end = new Int32Array(n);
      shared.nl = new Uint8Array(n);
    }
    this.kind = shared.kind;
    this.start = shared.start;
    this.end = shared.end;
    this.nl = shared.nl;
  }

  run(): Tokens {
    if (this.text.startsWith('#!')) {
      // tree-sitter's hashbang_line: up to the line break
      let e = 2;
      while (e < this.len && this.text.charCodeAt(e) !== 10 && this.text.charCodeAt(e) !== 13) e++;
      for (let i = 0; i < e; i++) if (this.text.charCodeAt(i) > 127) throw BAIL;
      this.hashbang = e;
      this.pos = e;
    }
    this.code(false);
    this.push(Tok.Eof, this.len, this.len);
    return { count: this.n - 1, kind: this.kind, start: this.start, end: this.end, nl: this.nl, comments: this.comments, hashbang: this.hashbang };
  }

  private push(k: Tok, s: number, e: number): void {
    if (this.n === this.kind.length) {
      const cap = this.n * 2;
      const grow = <T extends Uint8Array | Int32Array>(a: T, b: T): T => {
        b.set(a);
        return b;
      };
      this.kind = shared.kind = grow(this.kind, new Uint8Array(cap));
      this.start = shared.start = grow(this.start, new Int32Array(cap));
      this.end = shared.end = grow(this.end, new Int32Array(cap));
      this.nl = shared.nl = grow(this.nl, new Uint8Array(cap));
    }
    this.kind[this.n] = k;
    this.start[this.n] = s;
    this.end[this.n] = e;
    this.nl[this.n] = this.sawNl ? 1 : 0;
    this.sawNl = false;
    this.n++;
  }

  /** Skips blanks and comments; bails on any non-ASCII character (Unicode blanks and identifiers are not modelled). */
  private trivia(): void {
    const t = this.text;
    const len = this.len;
    let p = this.pos;
    while (p < len) {
      const c = t.charCodeAt(p);
      if (c === 32 || c === 9 || c === 11 || c === 12) p++;
      else if (c === 10 || c === 13) {
        this.sawNl = true;
        p++;
      } else if (c === 47) {
        const d = t.charCodeAt(p + 1);
        if (d === 47) {
          let e = p + 2;
          while (e < len) {
            const x = t.charCodeAt(e);
            if (x === 10 || x === 13) break;
            if (x === 0x2028 || x === 0x2029) throw BAIL;
            e++;
          }
          this.comments.push(p, e);
          p = e;
        } else if (d === 42) {
          const e = t.indexOf('*/', p + 2);
          if (e < 0) throw BAIL;
          for (let i = p + 2; i < e; i++) {
            const x = t.charCodeAt(i);
            if (x === 10 || x === 13) {
              this.sawNl = true;
              break;
            }
            if (x === 0x2028 || x === 0x2029) throw BAIL; // a line break for ASI: not modelled
          }
          this.comments.push(p, e + 2);
          p = e + 2;
        } else break;
      } else break;
    }
    this.pos = p;
  }

  /** Whether the previous token ends an operand (so `/` divides and `<` compares). Bails where it cannot tell. */
  private afterOperand(forLt = false): boolean {
    if (this.n === 0) return false;
    const i = this.n - 1;
    const k = this.kind[i]!;
    switch (k) {
      case Tok.Ident: {
        // a property name (`x.return`) ends an operand whatever its spelling
        if (i > 0 && this.kind[i - 1] === Tok.Punct && this.text.charCodeAt(this.end[i - 1]! - 1) === 46 && this.end[i - 1]! - this.start[i - 1]! <= 2) return true;
        const w = this.text.slice(this.start[i]!, this.end[i]!);
        return !REGEX_AFTER_WORD.has(w);
      }
      case Tok.Number:
      case Tok.String:
      case Tok.Template:
      case Tok.TemplateTail:
      case Tok.Regex:
      case Tok.Private:
      case Tok.JsxEnd:
        return true;
      case Tok.Punct: {
        const c = this.text.charCodeAt(this.start[i]!);
        const len = this.end[i]! - this.start[i]!;
        if (c === 41) return !this.lastParenHead; // `)`
        if (c === 93 && len === 1) return true; // `]`
        // `}` ends a block (a regex may follow) or an object literal or function expression
        // (division follows): only the parser knows. `++`/`--` are postfix or prefix (before
        // `<`, postfix: `++<div/>` is no code anyone writes).
        if (c === 125) throw BAIL;
        if ((c === 43 || c === 45) && len === 2 && this.text.charCodeAt(this.start[i]! + 1) === c) {
          if (forLt) return true;
          throw BAIL;
        }
        return false;
      }
      default:
        return false;
    }
  }

  /** Code up to the end of the file, or (`inBraces`) up to the `}` that closes the enclosing `${` or JSX `{`. */
  private code(inBraces: boolean): void {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    const t = this.text;
    let braces = 0;
    for (;;) {
      this.trivia();
      if (this.pos >= this.len) {
        if (inBraces) throw BAIL;
        break;
      }
      const s = this.pos;
      const c = t.charCodeAt(s);
      if (isIdStart(c) || c === 92) {
        if (c === 92) throw BAIL; // unicode escapes in identifiers
        const len = this.len;
        let e = s + 1;
        let x = 0;
        while (e < len && (x = t.charCodeAt(e)) < 128 && ID[x] !== 0) e++;
        if (e < len && (x > 127 || x === 92)) throw BAIL;
        this.pos = e;
        this.push(Tok.Ident, s, e);
        continue;
      }
      if (isDigit(c) || (c === 46 && isDigit(t.charCodeAt(s + 1)))) {
        this.number();
        continue;
      }
      switch (c) {
        case 34:
        case 39:
          this.string(c);
          continue;
        case 96:
          this.template();
          continue;
        case 35: {
          let e = s + 1;
          if (!isIdStart(t.charCodeAt(e))) throw BAIL;
          while (e < this.len && isIdPart(t.charCodeAt(e))) e++;
          if (e < this.len && t.charCodeAt(e) > 127) throw BAIL;
          this.pos = e;
          this.push(Tok.Private, s, e);
          continue;
        }
        case 47:
          if (this.afterOperand()) this.punct();
          else this.regex();
          continue;
        case 60:
          if (this.jsx && this.jsxStarts()) this.jsxElement();
          else this.punct();
          continue;
        case 40:
          this.parens.push(this.prevIsHeadWord() ? 1 : 0);
          this.pos++;
          this.push(Tok.Punct, s, s + 1);
          continue;
        case 41:
          if (this.parens.length === 0) throw BAIL;
          this.lastParenHead = this.parens.pop() === 1;
          this.pos++;
          this.push(Tok.Punct, s, s + 1);
          continue;
        case 123:
          braces++;
          this.pos++;
          this.push(Tok.Punct, s, s + 1);
          continue;
        case 125:
          if (braces === 0) {
            if (!inBraces) throw BAIL;
            this.depth--;
            return;
          }
          braces--;
          this.pos++;
          this.push(Tok.Punct, s, s + 1);
          continue;
        default:
          if (c > 127) throw BAIL;
          this.punct();
      }
    }
    this.depth--;
  }

  private prevIsHeadWord(): boolean {
    const i = this.n - 1;
    if (i < 0 || this.kind[i] !== Tok.Ident) return false;
    const len = this.end[i]! - this.start[i]!;
    return (len === 2 || len === 3 || len === 4 || len === 5) && HEAD_WORD.has(this.text.slice(this.start[i]!, this.end[i]!));
  }

  private number(): void {
    const t = this.text;
    const s = this.pos;
    let e = s;
    const c1 = t.charCodeAt(s + 1) | 0x20;
    if (t.charCodeAt(s) === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
      e = s + 2;
      while (e < this.len && isIdPart(t.charCodeAt(e))) e++;
    } else {
      while (e < this.len && (isDigit(t.charCodeAt(e)) || t.charCodeAt(e) === 95)) e++;
      if (t.charCodeAt(e) === 46) {
        e++;
        while (e < this.len && (isDigit(t.charCodeAt(e)) || t.charCodeAt(e) === 95)) e++;
      }
      if ((t.charCodeAt(e) | 0x20) === 101) {
        let f = e + 1;
        if (t.charCodeAt(f) === 43 || t.charCodeAt(f) === 45) f++;
        if (isDigit(t.charCodeAt(f))) {
          e = f;
          while (e < this.len && isDigit(t.charCodeAt(e))) e++;
        }
      }
      if (t.charCodeAt(e) === 110) e++; // BigInt
    }
    // `1.toString` or `3in x`: not worth modelling.
    if (e < this.len && (isIdPart(t.charCodeAt(e)) || t.charCodeAt(e) > 127)) throw BAIL;
    this.pos = e;
    this.push(Tok.Number, s, e);
  }

  private string(q: number): void {
    const t = this.text;
    const s = this.pos;
    let e = s + 1;
    for (;;) {
      if (e >= this.len) throw BAIL;
      const c = t.charCodeAt(e);
      if (c === q) break;
      if (c === 92) {
        e += 2;
        continue;
      }
      if (c === 10 || c === 13) throw BAIL;
      e++;
    }
    this.pos = e + 1;
    this.push(Tok.String, s, e + 1);
  }

  /** A template from its backtick; each `${` hands over to code() until its `}`. */
  private template(): void {
    const t = this.text;
    let s = this.pos;
    let e = s + 1;
    let head = true;
    for (;;) {
      if (e >= this.len) throw BAIL;
      const c = t.charCodeAt(e);
      if (c === 96) {
        this.pos = e + 1;
        this.push(head ? Tok.Template : Tok.TemplateTail, s, e + 1);
        return;
      }
      if (c === 92) {
        e += 2;
        continue;
      }
      if (c === 36 && t.charCodeAt(e + 1) === 123) {
        this.pos = e + 2;
        this.push(head ? Tok.TemplateHead : Tok.TemplateMiddle, s, e + 2);
        head = false;
        this.code(true);
        // at the `}` that closes the substitution
        s = this.pos;
        e = s + 1;
        continue;
      }
      e++;
    }
  }

  private regex(): void {
    const t = this.text;
    const s = this.pos;
    let e = s + 1;
    let cls = false;
    for (;;) {
      if (e >= this.len) throw BAIL;
      const c = t.charCodeAt(e);
      if (c === 10 || c === 13) throw BAIL;
      if (c === 92) {
        e += 2;
        continue;
      }
      if (c === 91) cls = true;
      else if (c === 93) cls = false;
      else if (c === 47 && !cls) break;
      e++;
    }
    e++;
    while (e < this.len && isIdPart(t.charCodeAt(e))) e++;
    this.pos = e;
    this.push(Tok.Regex, s, e);
  }

  private punct(): void {
    const t = this.text;
    const s = this.pos;
    const c = t.charCodeAt(s);
    const d = t.charCodeAt(s + 1);
    const f = t.charCodeAt(s + 2);
    let len = 1;
    switch (c) {
      case 46: // .
        if (d === 46 && f === 46) len = 3;
        break;
      case 61: // = == === =>
        if (d === 62) len = 2;
        else if (d === 61) len = f === 61 ? 3 : 2;
        break;
      case 33: // ! != !==
        if (d === 61) len = f === 61 ? 3 : 2;
        break;
      case 42: // * *= ** **=
        if (d === 42) len = f === 61 ? 3 : 2;
        else if (d === 61) len = 2;
        break;
      case 38: // & && &= &&=
      case 124: // | || |= ||=
        if (d === c) len = f === 61 ? 3 : 2;
        else if (d === 61) len = 2;
        break;
      case 63: // ? ?. ?? ??=
        if (d === 63) len = f === 61 ? 3 : 2;
        else if (d === 46 && !isDigit(f)) len = 2;
        break;
      case 43: // + ++ +=
      case 45: // - -- -=
        if (d === c || d === 61) len = 2;
        break;
      case 60: // < << <= <<=
        if (d === 60) len = f === 61 ? 3 : 2;
        else if (d === 61) len = 2;
        break;
      case 47: // / /=
      case 37: // % %=
      case 94: // ^ ^=
        if (d === 61) len = 2;
        break;
      // `>` is always one token: the parser joins `>` `>` `=` into shifts and comparisons where
      // they touch, so that `Array<Array<T>>` closes two type argument lists.
      default:
        break;
    }
    this.pos = s + len;
    this.push(Tok.Punct, s, s + len);
  }

  /** At `<` where an expression may start: a JSX element, unless a tsx generic arrow (`<T,>` or `<T extends U>`). */
  private jsxStarts(): boolean {
    if (this.afterOperand(true)) return false;
    const t = this.text;
    let p = this.pos + 1;
    // `< React.Fragment >`: JSX allows blanks after the `<`
    while (p < this.len && (t.charCodeAt(p) === 32 || t.charCodeAt(p) === 9 || t.charCodeAt(p) === 10 || t.charCodeAt(p) === 13)) p++;
    const c = t.charCodeAt(p);
    if (c === 62) return true; // fragment
    if (!isIdStart(c)) return false;
    if (!this.tsx) return true;
    if (t.startsWith('const ', p)) return false; // `<const T,>(`
    while (p < this.len && isIdPart(t.charCodeAt(p))) p++;
    while (p < this.len && (t.charCodeAt(p) === 32 || t.charCodeAt(p) === 9 || t.charCodeAt(p) === 10 || t.charCodeAt(p) === 13)) p++;
    if (t.charCodeAt(p) === 44) return false;
    // `<T extends U>(` is a generic arrow, as in TypeScript and tree-sitter (an element with an
    // attribute named extends would not parse as one: the parser then gives up)
    if (t.startsWith('extends', p) && !isIdPart(t.charCodeAt(p + 7))) return false;
    return true;
  }

  /**
   * `<Foo<T> …>` in tsx: the type arguments of an element, as code tokens up to the `>` that closes
   * them. Types hold no regex, JSX or template literal here (a template type makes it fall back).
   */
  private typeArguments(): void {
    const t = this.text;
    let angles = 0;
    for (let steps = 0; steps <= this.len; steps++) {
      this.trivia();
      if (this.pos >= this.len) throw BAIL;
      const c = t.charCodeAt(this.pos);
      if (c === 34 || c === 39) this.string(c);
      else if (isIdStart(c)) {
        const s = this.pos;
        let e = s + 1;
        while (e < this.len && isIdPart(t.charCodeAt(e))) e++;
        if (e < this.len && t.charCodeAt(e) > 127) throw BAIL;
        this.pos = e;
        this.push(Tok.Ident, s, e);
      } else if (isDigit(c)) this.number();
      else if (c === 96 || c === 47 || c > 127) throw BAIL;
      else {
        const s = this.pos;
        this.punct();
        if (this.pos - s === 1 && c === 60) angles++;
        else if (c === 62 && --angles === 0) return;
        else if (c === 60) throw BAIL; // `<<`, `<=`: not in a type
      }
    }
    throw BAIL;
  }

  /** Blanks and comments inside a JSX tag. */
  private tagTrivia(): void {
    this.trivia();
    if (this.pos >= this.len) throw BAIL;
  }

  private jsxName(k: Tok): boolean {
    const t = this.text;
    const s = this.pos;
    let e = s;
    if (!isIdStart(t.charCodeAt(e))) return false;
    while (e < this.len) {
      const c = t.charCodeAt(e);
      if (isIdPart(c) || c === 45 || ((c === 46 || c === 58) && isIdStart(t.charCodeAt(e + 1)))) e++;
      else break;
    }
    if (t.charCodeAt(e) > 127) throw BAIL;
    this.pos = e;
    this.push(k, s, e);
    return true;
  }

  /** `{ … }` inside JSX: the braces as tokens, code between. */
  private jsxBraces(): void {
    const s = this.pos;
    this.pos++;
    this.push(Tok.Punct, s, s + 1);
    this.code(true);
    this.pos++;
    this.push(Tok.Punct, this.pos - 1, this.pos);
  }

  /** An element from its `<`: tag, attributes, children and closing tag. */
  private jsxElement(): void {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    const t = this.text;
    this.push(Tok.JsxLt, this.pos, this.pos + 1);
    this.pos++;
    this.tagTrivia();
    if (t.charCodeAt(this.pos) !== 62) {
      if (!this.jsxName(Tok.JsxName)) throw BAIL;
      if (this.tsx) {
        this.tagTrivia();
        if (t.charCodeAt(this.pos) === 60) this.typeArguments();
      }
      for (;;) {
        this.tagTrivia();
        const c = t.charCodeAt(this.pos);
        if (c === 47) {
          if (t.charCodeAt(this.pos + 1) !== 62) throw BAIL;
          this.push(Tok.JsxEnd, this.pos, this.pos + 2);
          this.pos += 2;
          this.depth--;
          return;
        }
        if (c === 62) break;
        if (c === 123) {
          this.jsxBraces();
          continue;
        }
        if (!this.jsxName(Tok.JsxAttr)) throw BAIL;
        this.tagTrivia();
        if (t.charCodeAt(this.pos) !== 61) continue;
        this.push(Tok.Punct, this.pos, this.pos + 1);
        this.pos++;
        this.tagTrivia();
        const v = t.charCodeAt(this.pos);
        if (v === 34 || v === 39) {
          const e = t.indexOf(String.fromCharCode(v), this.pos + 1);
          if (e < 0) throw BAIL;
          this.push(Tok.String, this.pos, e + 1);
          this.pos = e + 1;
        } else if (v === 123) this.jsxBraces();
        else if (v === 60) this.jsxElement();
        else throw BAIL;
      }
    }
    this.push(Tok.JsxGt, this.pos, this.pos + 1);
    this.pos++;
    // children
    for (;;) {
      const s = this.pos;
      let e = s;
      while (e < this.len) {
        const c = t.charCodeAt(e);
        if (c === 60 || c === 123) break;
        // `>` and `}` are not JSX text in tree-sitter's grammar (Babel takes them): not modelled
        if (c === 62 || c === 125) throw BAIL;
        if (c === 10 || c === 13) this.sawNl = true;
        e++;
      }
      if (e >= this.len) throw BAIL;
      if (e > s && /\S/.test(t.slice(s, e))) this.push(Tok.JsxText, s, e);
      this.pos = e;
      if (t.charCodeAt(e) === 123) {
        this.jsxBraces();
        continue;
      }
      // `<`: a closing tag or a child element
      let p = e + 1;
      while (p < this.len && /\s/.test(t[p]!)) p++;
      if (t.charCodeAt(p) === 47 && t.charCodeAt(p + 1) !== 47 && t.charCodeAt(p + 1) !== 42) {
        this.push(Tok.JsxClose, e, p + 1);
        this.pos = p + 1;
        this.tagTrivia();
        if (t.charCodeAt(this.pos) !== 62) {
          if (!this.jsxName(Tok.JsxName)) throw BAIL;
          this.tagTrivia();
        }
        if (t.charCodeAt(this.pos) !== 62) throw BAIL;
        this.push(Tok.JsxEnd, this.pos, this.pos + 1);
        this.pos++;
        this.depth--;
        return;
      }
      this.jsxElement();
    }
  }
}
