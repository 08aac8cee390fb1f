// The facts of facts.ts (imports, and for TypeScript the typed functions and type-only uses of
// imports) without a syntax tree: the tokens of lex.ts read by a small recursive-descent parser of
// JavaScript, TypeScript and JSX that knows exactly what the tree-sitter extractor looks at (the
// syntactic parent of a function, its parameters and annotations, the try/if/ternary around a
// require, where a name is a type). It answers only for text it parses completely: anything it
// does not model, or that is not valid code (where tree-sitter's error recovery would decide), throws
// Bail and the caller parses the file with tree-sitter instead. Being wrong is never allowed; falling
// back always is. The differential test (test/syntax/js-facts-diff.test.ts) holds the two to equal.
import { lex, Tok, type Tokens } from './lex.js';
import type { JsFacts, JsFunctions, JsImport } from './facts.js';
import type { SourceFile } from '../../workspace/source-file.js';

/**
 * Thrown where the parser is not sure: text that is not valid code (tree-sitter's error recovery
 * would decide what it means; most throws below are these), or a valid form it does not model, each
 * with a comment saying why.
 */
class Bail extends Error {}
const BAIL = new Bail('not modelled');
/** Not modelled, even inside a guess: ends the whole parse (attempt() does not catch it). */
class Abort extends Error {}
const ABORT = new Abort('not modelled');
/** What attempt() returns when the guess did not parse. */
const FAILED: unique symbol = Symbol('failed');

/** Per identifier token: what tree-sitter makes of it (the default, 0, is a value reference). */
const TYPE = 1;
const PROP = 2;
/** A name tree-sitter may read as a type or a value (see typeArgsCall). */
const AMBIGUOUS = 3;

interface Fn {
  /** where it starts (for debugging a difference) */
  at: number;
  /** arrow functions and function expressions take a contextual type; generators and declarations do not */
  canContext: boolean;
  contextual: boolean;
  retAny: boolean;
  paramAny: boolean;
  /** an unannotated parameter without a default */
  untyped: boolean;
  /** `x => …` */
  bare: boolean;
}

interface Call {
  imp: JsImport;
  frame: number;
}

/** Words that never name a value, so cannot start an expression as an identifier. */
const RESERVED = new Set([
  'break', 'case', 'catch', 'continue', 'debugger', 'default', 'do', 'else', 'finally', 'for', 'if', 'return', 'switch', 'throw', 'try', 'while', 'with',
  'var', 'const', 'export', 'extends', 'in', 'instanceof', 'enum', 'implements', 'interface', 'package', 'private', 'protected', 'public',
]);
const PREDEFINED = new Set(['any', 'number', 'boolean', 'string', 'symbol', 'void', 'unknown', 'never', 'object', 'bigint']);
const CLASS_MODIFIERS = new Set(['static', 'public', 'private', 'protected', 'readonly', 'abstract', 'override', 'declare', 'accessor', 'async', 'get', 'set']);
const PARAM_MODIFIERS = new Set(['public', 'private', 'protected', 'readonly', 'override']);
/** Binary operators by precedence (higher binds tighter). */
const BINARY: Record<string, number> = {
  '??': 1, '||': 2, '&&': 3, '|': 4, '^': 5, '&': 6, '==': 7, '!=': 7, '===': 7, '!==': 7,
  '<': 8, '>': 8, '<=': 8, '>=': 8, instanceof: 8, in: 8, '<<': 9, '>>': 9, '>>>': 9, '+': 10, '-': 10, '*': 11, '/': 11, '%': 11, '**': 12,
};
const CHARS = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
const ASSIGN = new Set(['=', '+=', '-=', '*=', '/=', '%=', '**=', '<<=', '&=', '|=', '^=', '&&=', '||=', '??=']);

export interface FastOptions {
  typescript: boolean;
  /** tree-sitter's javascript and tsx grammars (not typescript) read JSX. */
  jsx: boolean;
  tsx: boolean;
}

export type FastResult = { facts: JsFacts; inert: (at: number) => boolean } | undefined;

/**
 * A file's tokens and fast parse, once per file whoever asks (jsFacts, the route facts): the parse
 * also confirms the lexer's guesses, so the route reader trusts the tokens only where it succeeded.
 * Callers read the facts, never change them.
 */
export function fastParse(f: SourceFile, o: FastOptions): { tokens: Tokens | undefined; parsed: FastResult } {
  return f.memo(`js-fast:${Number(o.typescript)}${Number(o.jsx)}${Number(o.tsx)}`, () => {
    const tokens = lex(f.text, o.jsx, o.tsx);
    return { tokens, parsed: tokens ? fastExtract(f.text, o, tokens) : undefined };
  });
}

/** The facts extractJsFacts() finds in this text's tree, or undefined where this parser is not sure. */
export function fastExtract(text: string, o: FastOptions, tokens: Tokens | undefined = lex(text, o.jsx, o.tsx)): FastResult {
  if (!tokens) return undefined;
  try {
    return { facts: new Parser(text, tokens, o).run(), inert: (at) => inert(tokens, at) };
  } catch (e) {
    if (e instanceof Bail || e instanceof Abort || e instanceof RangeError) return undefined;
    throw e;
  }
}

class Parser {
  private i = 0;
  private readonly kind: Uint8Array;
  private readonly st: Int32Array;
  private readonly en: Int32Array;
  private readonly nl: Uint8Array;
  private readonly match: Int32Array;
  private readonly marks: Uint8Array;
  private readonly ts: boolean;
  private anyCount = 0;
  private readonly fns: Fn[] = [];
  private readonly imports: JsImport[] = [];
  private readonly calls: Call[] = [];
  private frame = 0;
  private frames = 0;
  private guard = 0;
  private noIn = false;
  private inClassHeritage = false;
  /** Type argument lists open around the cursor. */
  private inTypeArgs = 0;
  /** Speculative parses in progress; their mark writes are logged to be undone. */
  private spec = 0;
  private markLog: number[] = [];
  /** Tokens read while speculating, all told: bounded so nested guesses stay linear. */
  private specBudget: number;
  private readonly valueImports: Array<{ imp: JsImport; names: string[] }> = [];
  private readonly importRanges: number[] = [];
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly tk: Tokens,
    private readonly o: FastOptions,
  ) {
    this.kind = tk.kind;
    this.st = tk.start;
    this.en = tk.end;
    this.nl = tk.nl;
    this.ts = o.typescript;
    this.marks = scratch(tk.count + 1);
    this.match = matchBrackets(text, tk);
    this.specBudget = 2 * tk.count + 10_000;
  }

  run(): JsFacts {
    while (this.kind[this.i] !== Tok.Eof) this.statement();
    if (!this.ts) return { imports: this.imports };
    const functions: JsFunctions = { total: this.fns.length, typed: 0 };
    for (const f of this.fns) if (!hasAny(f)) functions.typed++;
    if (this.valueImports.length > 0) this.markTypeUsesOnly();
    return { imports: this.imports, functions };
  }

  // ---- tokens

  private word(i = this.i): string {
    return this.kind[i] === Tok.Ident ? this.text.slice(this.st[i]!, this.en[i]!) : '';
  }
  private isWord(w: string, i = this.i): boolean {
    return this.kind[i] === Tok.Ident && this.en[i]! - this.st[i]! === w.length && this.text.startsWith(w, this.st[i]!);
  }
  private isP(p: string, i = this.i): boolean {
    return this.kind[i] === Tok.Punct && this.en[i]! - this.st[i]! === p.length && this.text.startsWith(p, this.st[i]!);
  }
  private punct(i = this.i): string {
    if (this.kind[i] !== Tok.Punct) return '';
    const s = this.st[i]!;
    // one character: from a table, no new string
    return this.en[i]! - s === 1 ? CHARS[this.text.charCodeAt(s)]! : this.text.slice(s, this.en[i]!);
  }
  private next(): number {
    if (this.kind[this.i] === Tok.Eof) throw BAIL;
    if (this.spec > 0 && --this.specBudget < 0) throw BAIL;
    return this.i++;
  }
  private expectP(p: string): void {
    if (!this.isP(p)) throw BAIL;
    this.next();
  }
  private eatP(p: string): boolean {
    if (!this.isP(p)) return false;
    this.next();
    return true;
  }
  private expectWord(w: string): void {
    if (!this.isWord(w)) throw BAIL;
    this.next();
  }
  private mark(i: number, m: number): void {
    if (this.spec > 0) this.markLog.push(i);
    this.marks[i] = m;
  }
  /** A plain identifier token (any word: keywords are checked by the caller). */
  private ident(m = 0): void {
    if (this.kind[this.i] !== Tok.Ident) throw BAIL;
    if (m) this.mark(this.i, m);
    this.next();
  }
  /** Whether `>` tokens at i join into one operator of n characters (`>>`, `>=`...). */
  private adjacent(i: number): boolean {
    return this.en[i] === this.st[i + 1];
  }

  /** Statement end: `;`, or a line break, `}` or the end of the file before the next token. */
  private semicolon(): void {
    if (this.eatP(';')) return;
    if (this.isP('}') || this.kind[this.i] === Tok.Eof || this.nl[this.i]) return;
    throw BAIL;
  }

  /** Tries `f`; undoes everything it did when it bails. */
  private attempt<T>(f: () => T): T | typeof FAILED {
    const save = { depth: this.depth, i: this.i, any: this.anyCount, fns: this.fns.length, imports: this.imports.length, calls: this.calls.length, log: this.markLog.length, frame: this.frame, frames: this.frames, guard: this.guard, noIn: this.noIn, inTypeArgs: this.inTypeArgs };
    this.spec++;
    try {
      return f();
    } catch (e) {
      if (!(e instanceof Bail) || this.specBudget < 0) throw e;
      this.i = save.i;
      this.anyCount = save.any;
      this.fns.length = save.fns;
      this.imports.length = save.imports;
      this.calls.length = save.calls;
      for (let k = save.log; k < this.markLog.length; k++) this.marks[this.markLog[k]!] = 0;
      this.markLog.length = save.log;
      this.frame = save.frame;
      this.frames = save.frames;
      this.guard = save.guard;
      this.noIn = save.noIn;
      this.depth = save.depth;
      this.inTypeArgs = save.inTypeArgs;
      return FAILED;
    } finally {
      this.spec--;
      if (this.spec === 0) this.markLog.length = 0;
    }
  }

  /** One level deeper; guesses pay for their levels as for their tokens. */
  private enter(): void {
    if (++this.depth > 400) throw BAIL;
    if (this.spec > 0 && --this.specBudget < 0) throw BAIL;
  }

  // ---- statements

  private statement(): void {
    this.enter();
    this.statementInner();
    this.depth--;
  }

  private statementInner(): void {
    const k = this.kind[this.i];
    if (k === Tok.Punct) {
      if (this.isP('{')) return this.block();
      if (this.isP(';')) {
        this.next();
        return;
      }
      if (this.isP('@')) {
        this.decorators();
        if (this.isWord('export')) return this.exportDecl();
        return this.statement();
      }
    } else if (k === Tok.Ident) {
      const w = this.word();
      const nx = this.i + 1;
      const sameLine = !this.nl[nx];
      switch (w) {
        case 'var':
        case 'const':
          if (w === 'const' && this.ts && this.isWord('enum', nx)) {
            this.next();
            return this.enumDecl();
          }
          this.varDecl();
          return this.semicolon();
        case 'let':
          if (this.kind[nx] === Tok.Ident || this.isP('[', nx) || this.isP('{', nx)) {
            this.varDecl();
            return this.semicolon();
          }
          break;
        case 'function':
          this.functionDecl();
          return;
        case 'async':
          if (this.isWord('function', nx) && sameLine) {
            this.next();
            this.functionDecl();
            return;
          }
          break;
        case 'class':
          this.classDecl(true);
          return;
        case 'if':
          return this.ifStatement();
        case 'for':
          return this.forStatement();
        case 'while':
          this.next();
          this.parenExpr();
          return this.statement();
        case 'do':
          this.next();
          this.statement();
          this.expectWord('while');
          this.parenExpr();
          this.eatP(';');
          return;
        case 'with':
          this.next();
          this.parenExpr();
          return this.statement();
        case 'try':
          return this.tryStatement();
        case 'switch':
          return this.switchStatement();
        case 'return': {
          this.next();
          if (!this.isP(';') && !this.isP('}') && this.kind[this.i] !== Tok.Eof && !this.nl[this.i]) {
            const f = this.expression();
            if (f) contextual(f);
          }
          return this.semicolon();
        }
        case 'throw':
          this.next();
          if (this.nl[this.i]) throw BAIL;
          this.expression();
          return this.semicolon();
        case 'break':
        case 'continue':
          this.next();
          if (this.kind[this.i] === Tok.Ident && !this.nl[this.i]) this.next();
          return this.semicolon();
        case 'debugger':
          this.next();
          return this.semicolon();
        case 'import':
          if (this.isP('(', nx) || this.isP('.', nx)) break;
          return this.importDecl();
        case 'export':
          return this.exportDecl();
        default:
          if (this.ts && this.tsDeclaration(w, nx, sameLine)) return;
          // a label
          if (this.isP(':', nx) && !RESERVED.has(w)) {
            this.next();
            this.next();
            return this.statement();
          }
      }
    }
    this.expression();
    this.semicolon();
  }

  /** TypeScript declarations introduced by contextual words (`type`, `interface`...); false when the word is an identifier. */
  private tsDeclaration(w: string, nx: number, sameLine: boolean): boolean {
    const idNext = this.kind[nx] === Tok.Ident && sameLine;
    switch (w) {
      case 'type':
        if (!idNext) return false;
        this.next();
        this.ident(TYPE);
        if (this.isP('<')) this.typeParams();
        this.expectP('=');
        this.type();
        this.semicolon();
        return true;
      case 'interface':
        if (!idNext) return false;
        this.interfaceDecl();
        return true;
      case 'enum':
        if (!idNext) return false;
        this.enumDecl();
        return true;
      case 'namespace':
      case 'module':
        if (!(idNext || (this.kind[nx] === Tok.String && sameLine))) return false;
        this.next();
        if (this.kind[this.i] === Tok.String) this.next();
        else {
          this.ident();
          while (this.eatP('.')) this.ident(PROP);
        }
        if (this.isP('{')) this.block();
        else this.semicolon();
        return true;
      case 'global':
        if (!this.isP('{', nx)) return false;
        this.next();
        this.block();
        return true;
      case 'declare':
        if (!idNext) return false;
        this.next();
        this.statement();
        return true;
      case 'abstract':
        if (!this.isWord('class', nx) || !sameLine) return false;
        this.next();
        this.classDecl(true);
        return true;
      default:
        return false;
    }
  }

  private block(): void {
    this.expectP('{');
    while (!this.isP('}')) this.statement();
    this.next();
  }

  private parenExpr(): void {
    this.expectP('(');
    this.expression();
    this.expectP(')');
  }

  private ifStatement(): void {
    this.next();
    this.guard++;
    this.parenExpr();
    this.statement();
    if (this.isWord('else')) {
      this.next();
      this.statement();
    }
    this.guard--;
  }

  private tryStatement(): void {
    this.next();
    this.guard++;
    this.block();
    if (this.isWord('catch')) {
      this.next();
      if (this.eatP('(')) {
        this.bindingPattern();
        if (this.eatP(':')) this.type();
        this.expectP(')');
      }
      this.block();
    }
    if (this.isWord('finally')) {
      this.next();
      this.block();
    }
    this.guard--;
  }

  private switchStatement(): void {
    this.next();
    this.parenExpr();
    this.expectP('{');
    while (!this.isP('}')) {
      if (this.isWord('case')) {
        this.next();
        this.expression();
        this.expectP(':');
      } else if (this.isWord('default')) {
        this.next();
        this.expectP(':');
      } else this.statement();
    }
    this.next();
  }

  private forStatement(): void {
    this.next();
    if (this.isWord('await')) this.next();
    this.expectP('(');
    if (!this.isP(';')) {
      const w = this.word();
      if ((w === 'var' || w === 'const' || w === 'let') && (this.kind[this.i + 1] === Tok.Ident || this.isP('[', this.i + 1) || this.isP('{', this.i + 1))) {
        this.next();
        this.bindingPattern();
        if (this.isWord('of') || this.isWord('in')) {
          this.next();
          this.expression();
          this.expectP(')');
          return this.statement();
        }
        this.noIn = true;
        this.declaratorRest();
        while (this.eatP(',')) this.declarator();
        this.noIn = false;
      } else {
        this.noIn = true;
        this.expression();
        this.noIn = false;
        if (this.isWord('of') || this.isWord('in')) {
          this.next();
          this.expression();
          this.expectP(')');
          return this.statement();
        }
      }
    }
    this.expectP(';');
    if (!this.isP(';')) this.expression();
    this.expectP(';');
    if (!this.isP(')')) this.expression();
    this.expectP(')');
    this.statement();
  }

  private varDecl(): void {
    this.next();
    this.declarator();
    while (this.eatP(',')) this.declarator();
  }

  private declarator(): void {
    this.bindingPattern();
    this.declaratorRest();
  }

  private declaratorRest(): void {
    this.eatP('!');
    let typed = false;
    if (this.ts && this.eatP(':')) {
      this.type();
      typed = true;
    }
    if (this.eatP('=')) {
      const f = this.assign();
      if (f && typed) contextual(f);
    }
  }

  /** An identifier, `{…}` or `[…]` pattern, with defaults. */
  private bindingPattern(): void {
    this.enter();
    if (this.isP('{')) {
      this.next();
      while (!this.isP('}')) {
        if (this.eatP('...')) this.bindingPattern();
        else {
          const shorthand = this.kind[this.i] === Tok.Ident && (this.isP(',', this.i + 1) || this.isP('}', this.i + 1) || this.isP('=', this.i + 1));
          if (shorthand) this.ident();
          else {
            this.propertyName();
            this.expectP(':');
            this.bindingPattern();
          }
          if (this.eatP('=')) this.assign();
        }
        if (!this.eatP(',')) break;
      }
      this.expectP('}');
    } else if (this.isP('[')) {
      this.next();
      while (!this.isP(']')) {
        if (this.isP(',')) {
          this.next();
          continue;
        }
        if (this.eatP('...')) this.bindingPattern();
        else {
          this.bindingPattern();
          if (this.eatP('=')) this.assign();
        }
        if (!this.eatP(',')) break;
      }
      this.expectP(']');
    } else {
      const w = this.word();
      if (!w || (RESERVED.has(w) && w !== 'this')) throw BAIL;
      this.next();
    }
    this.depth--;
  }

  /** A property name: identifier (a property), string, number or `[computed]`. */
  private propertyName(): void {
    const k = this.kind[this.i];
    if (k === Tok.Ident) this.ident(PROP);
    else if (k === Tok.String || k === Tok.Number) this.next();
    else if (k === Tok.Private) this.next();
    else if (this.isP('[')) {
      this.next();
      this.assign();
      this.expectP(']');
    } else throw BAIL;
  }

  private decorators(): void {
    while (this.eatP('@')) {
      if (this.isP('(')) throw BAIL; // `@(expr)`: not in tree-sitter's grammar
      this.enter();
      this.lhs(true);
      this.depth--;
    }
  }

  // ---- functions

  private newFn(canContext: boolean): Fn {
    return { at: this.st[this.i]!, canContext, contextual: false, retAny: false, paramAny: false, untyped: false, bare: false };
  }

  /** Parameters, return type and body of a function from its `(` (or `<`); counted only with a body. */
  private functionRest(f: Fn, needBody: boolean): boolean {
    const saveFrame = this.frame;
    const saveGuard = this.guard;
    const saveNoIn = this.noIn;
    this.frame = ++this.frames;
    this.guard = 0;
    this.noIn = false;
    if (this.isP('<')) this.typeParams();
    this.params(f);
    if (this.ts && this.isP(':')) {
      this.next();
      const before = this.anyCount;
      this.returnType();
      if (this.anyCount > before) f.retAny = true;
    }
    let body = false;
    if (this.isP('{')) {
      this.functionBody();
      this.fns.push(f);
      body = true;
    } else if (needBody || !this.ts) throw BAIL;
    this.frame = saveFrame;
    this.guard = saveGuard;
    this.noIn = saveNoIn;
    return body;
  }

  private functionBody(): void {
    this.expectP('{');
    while (!this.isP('}')) this.statement();
    this.next();
  }

  private functionDecl(exportDefault = false): void {
    this.next();
    const gen = this.eatP('*');
    if (this.kind[this.i] === Tok.Ident) this.ident();
    const body = this.functionRest(this.newFn(false), false);
    // A signature (overload, `declare`); tree-sitter has none for generators or `export default`.
    if (!body && (gen || exportDefault)) throw BAIL;
    if (!body) this.semicolon();
  }

  /** `function` in an expression: a function_expression (may take a contextual type) or generator. */
  private functionExpr(): Fn {
    this.next();
    const gen = this.eatP('*');
    if (this.kind[this.i] === Tok.Ident) this.ident();
    const f = this.newFn(!gen);
    this.functionRest(f, true);
    return f;
  }

  private params(f: Fn): void {
    this.expectP('(');
    while (!this.isP(')')) {
      this.decorators();
      while (this.ts && PARAM_MODIFIERS.has(this.word()) && (this.kind[this.i + 1] === Tok.Ident || this.isP('{', this.i + 1) || this.isP('[', this.i + 1))) this.next();
      this.eatP('...');
      this.bindingPattern();
      if (this.ts && this.isP('?')) {
        // `a /* c */ ?`: tree-sitter fails on a comment before the optional mark
        if (this.text.slice(this.en[this.i - 1]!, this.st[this.i]!).includes('/')) throw BAIL;
        this.next();
      }
      let typed = false;
      if (this.ts && this.eatP(':')) {
        typed = true;
        const before = this.anyCount;
        this.type();
        if (this.anyCount > before) f.paramAny = true;
      }
      if (this.eatP('=')) this.assign();
      else if (!typed) f.untyped = true;
      if (!this.eatP(',')) break;
    }
    this.expectP(')');
  }

  /** After `(` … `)` or an identifier: whether an arrow follows (its `=>`, or TypeScript's `): T =>`). */
  private arrowAhead(): boolean {
    const i = this.i;
    let close: number;
    if (this.kind[i] === Tok.Ident) close = i;
    else if (this.isP('(')) close = this.match[i]!;
    else return false;
    if (close < 0) throw BAIL;
    const after = close + 1;
    if (this.isP('=>', after)) {
      if (this.nl[after]) throw BAIL; // a line break before `=>` is a syntax error
      return true;
    }
    return this.ts && this.kind[i] !== Tok.Ident && this.isP(':', after);
  }

  /** An arrow function from its parameters (after `async`), or BAIL from attempt() when `(…): T` has no `=>`. */
  private arrow(): Fn {
    const f = this.newFn(true);
    const saveFrame = this.frame;
    const saveGuard = this.guard;
    const saveNoIn = this.noIn;
    this.frame = ++this.frames;
    this.guard = 0;
    if (this.kind[this.i] === Tok.Ident) {
      this.ident();
      f.bare = true;
    } else {
      if (this.isP('<')) this.typeParams();
      this.noIn = false;
      this.params(f);
      if (this.ts && this.isP(':')) {
        this.next();
        const before = this.anyCount;
        this.returnType();
        if (this.anyCount > before) f.retAny = true;
      }
    }
    if (!this.isP('=>') || this.nl[this.i]) throw BAIL;
    this.next();
    if (this.isP('{')) {
      this.noIn = false;
      this.functionBody();
      // `x => {}` then `(`, `[` or a template: ASI ends the statement; tree-sitter does not
      const k = this.kind[this.i];
      if (this.isP('(') || this.isP('[') || k === Tok.Template || k === Tok.TemplateHead) throw BAIL;
    } else {
      this.noIn = saveNoIn;
      this.assign();
    }
    this.fns.push(f);
    this.frame = saveFrame;
    this.guard = saveGuard;
    this.noIn = saveNoIn;
    return f;
  }

  // ---- classes, interfaces, enums

  private classDecl(declaration: boolean): void {
    this.next();
    if (this.kind[this.i] === Tok.Ident && !this.isWord('extends') && !this.isWord('implements')) this.ident(TYPE);
    else if (declaration && !this.isP('{')) throw BAIL;
    if (this.isP('<')) this.typeParams();
    if (this.isWord('extends')) {
      this.next();
      const save = this.inClassHeritage;
      this.inClassHeritage = true;
      this.lhs(true);
      this.inClassHeritage = save;
    }
    if (this.isWord('implements')) {
      this.next();
      this.type();
      while (this.eatP(',')) this.type();
    }
    this.classBody();
  }

  private classBody(): void {
    this.expectP('{');
    while (!this.isP('}')) {
      if (this.eatP(';')) continue;
      this.enter();
      this.classMember();
      this.depth--;
    }
    this.next();
  }

  private classMember(): void {
    this.decorators();
    // modifiers: a modifier word followed by something that names a member
    let abstract = false;
    for (;;) {
      const w = this.word();
      if (!CLASS_MODIFIERS.has(w)) break;
      const nx = this.i + 1;
      if (w === 'static' && this.isP('{', nx)) {
        this.next();
        this.block();
        return;
      }
      const k = this.kind[nx];
      const namey = k === Tok.Ident || k === Tok.String || k === Tok.Number || k === Tok.Private || this.isP('[', nx) || this.isP('*', nx);
      if (!namey || (this.nl[nx] && (w === 'async' || w === 'get' || w === 'set' || w === 'accessor'))) break;
      if (w === 'abstract') abstract = true;
      this.next();
    }
    this.eatP('*');
    if (this.isP('[') && this.kind[this.i + 1] === Tok.Ident && this.isP(':', this.i + 2)) {
      // index signature
      this.next();
      this.next();
      this.next();
      this.type();
      this.expectP(']');
      this.expectP(':');
      this.type();
      return this.semicolon();
    }
    this.propertyName();
    if (this.ts) {
      if (!this.eatP('?')) this.eatP('!');
    }
    if (this.isP('(') || this.isP('<')) {
      const body = this.functionRest(this.newFn(false), false);
      if (body && abstract) throw BAIL; // an abstract method with a body: tree-sitter recovers
      if (!body) this.semicolon();
      return;
    }
    let typed = false;
    if (this.ts && this.eatP(':')) {
      this.type();
      typed = true;
    }
    if (this.eatP('=')) {
      const saveFrame = this.frame;
      const f = this.assign();
      this.frame = saveFrame;
      if (f && typed) contextual(f);
    }
    this.semicolon();
  }

  private interfaceDecl(): void {
    this.next();
    this.ident(TYPE);
    if (this.isP('<')) this.typeParams();
    if (this.isWord('extends')) {
      this.next();
      this.type();
      while (this.eatP(',')) this.type();
    }
    this.objectType();
  }

  private enumDecl(): void {
    this.next();
    this.ident();
    this.expectP('{');
    while (!this.isP('}')) {
      this.propertyName();
      if (this.eatP('=')) this.assign();
      if (!this.eatP(',')) break;
    }
    this.expectP('}');
  }

  // ---- modules

  /** A string token as a specifier: its text without quotes (escapes are separate tree nodes: not modelled). */
  private specOf(i: number, typeOnly: boolean, guarded: boolean): JsImport {
    const s = this.st[i]!;
    const raw = this.text.slice(s + 1, this.en[i]! - 1);
    if (this.kind[i] === Tok.String && raw.includes('\\')) throw BAIL;
    const { line, column } = this.position(s);
    return { spec: raw, line, column, typeOnly, guarded };
  }

  private lineStarts: number[] | undefined;
  private position(at: number): { line: number; column: number } {
    if (!this.lineStarts) {
      const ls = [0];
      for (let p = this.text.indexOf('\n'); p >= 0; p = this.text.indexOf('\n', p + 1)) ls.push(p + 1);
      this.lineStarts = ls;
    }
    const ls = this.lineStarts;
    let lo = 0;
    let hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - ls[lo]! + 1 };
  }

  /** Import attributes (`with {…}`, `assert {…}`): tree-sitter's grammar reads only some of them, so none is modelled. */
  private attributes(): void {
    if ((this.isWord('with') || this.isWord('assert')) && !this.nl[this.i]) throw BAIL;
  }

  private importDecl(): void {
    const start = this.st[this.i]!;
    this.next();
    if (this.kind[this.i] === Tok.String) {
      const imp = this.specOf(this.next(), false, false);
      this.imports.push(imp);
      this.attributes();
      this.semicolon();
      if (this.ts) this.importRanges.push(start, this.en[this.i - 1]!);
      return;
    }
    let typeKw = false;
    if (this.ts && this.isWord('type')) {
      const nx = this.i + 1;
      if (this.isWord('from', nx) || this.isP(',', nx) || this.isP('=', nx)) throw BAIL; // `import type from`: a default import named type
      this.next();
      typeKw = true;
    }
    const names: string[] = [];
    let specs = 0;
    let typeSpecs = 0;
    let valueClause = false;
    if (this.kind[this.i] === Tok.Ident && !this.isWord('from')) {
      names.push(this.word());
      this.next();
      valueClause = true;
      if (this.ts && this.isP('=')) return this.importEquals(start, typeKw);
      if (!this.eatP(',')) this.expectFrom();
    } else if (this.isWord('from') && this.isWord('from', this.i + 1)) {
      names.push('from');
      this.next();
      valueClause = true;
    }
    if (!this.isWord('from')) {
      if (this.eatP('*')) {
        this.expectWord('as');
        names.push(this.word());
        this.ident();
        valueClause = true;
      } else {
        this.expectP('{');
        while (!this.isP('}')) {
          specs++;
          let isType = false;
          if (this.ts && this.isWord('type') && !this.isP(',', this.i + 1) && !this.isP('}', this.i + 1)) {
            if (this.isWord('as', this.i + 1)) throw BAIL; // `type as x`: renamed or type-only, not told apart here
            this.next();
            isType = true;
          }
          if (this.kind[this.i] === Tok.String) this.next();
          else this.ident();
          let local = this.word(this.i - 1);
          if (this.isWord('as')) {
            this.next();
            local = this.word();
            this.ident();
          }
          if (isType) typeSpecs++;
          else names.push(local);
          if (!this.eatP(',')) break;
        }
        this.expectP('}');
      }
    }
    this.expectWord('from');
    if (this.kind[this.i] !== Tok.String) throw BAIL;
    const typeOnly = typeKw || (!valueClause && specs > 0 && typeSpecs === specs);
    const imp = this.specOf(this.next(), typeOnly, false);
    this.imports.push(imp);
    this.attributes();
    this.semicolon();
    if (this.ts) {
      this.importRanges.push(start, this.en[this.i - 1]!);
      if (!typeOnly && names.length > 0) this.valueImports.push({ imp, names });
    }
  }

  private expectFrom(): void {
    if (!this.isWord('from')) throw BAIL;
  }

  /** `import x = require('y')` (a load) or `import x = A.B` (an alias: no source). */
  private importEquals(start: number, typeKw: boolean): void {
    this.next();
    if (this.isWord('require') && this.isP('(', this.i + 1)) {
      this.next();
      this.next();
      if (this.kind[this.i] !== Tok.String) throw BAIL;
      const imp = this.specOf(this.next(), typeKw, false);
      this.expectP(')');
      this.semicolon();
      this.imports.push(imp);
      this.importRanges.push(start, this.en[this.i - 1]!);
      return;
    }
    this.ident();
    while (this.eatP('.')) this.ident(PROP);
    this.semicolon();
  }

  private exportDecl(): void {
    this.next();
    if (this.isP('@')) {
      this.decorators();
      if (!this.isWord('class') && !this.isWord('abstract')) throw BAIL;
      return this.statement();
    }
    if (this.isP('*')) {
      this.next();
      if (this.isWord('as')) {
        this.next();
        if (this.kind[this.i] === Tok.String) this.next();
        else this.ident();
      }
      this.expectWord('from');
      if (this.kind[this.i] !== Tok.String) throw BAIL;
      this.imports.push(this.specOf(this.next(), false, false));
      this.attributes();
      return this.semicolon();
    }
    let typeKw = false;
    if (this.ts && this.isWord('type') && this.isP('{', this.i + 1)) {
      this.next();
      typeKw = true;
    } else if (this.ts && this.isWord('type') && this.isP('*', this.i + 1)) throw BAIL; // `export type * from`: an ERROR in tree-sitter's grammar
    if (this.isP('{')) {
      this.next();
      let specs = 0;
      let typeSpecs = 0;
      while (!this.isP('}')) {
        specs++;
        if (this.ts && this.isWord('type') && !this.isP(',', this.i + 1) && !this.isP('}', this.i + 1)) {
          if (this.isWord('as', this.i + 1)) throw BAIL; // `type as x`: renamed or type-only, not told apart here
          this.next();
          typeSpecs++;
        }
        if (this.kind[this.i] === Tok.String) this.next();
        else this.ident();
        if (this.isWord('as')) {
          this.next();
          if (this.kind[this.i] === Tok.String) this.next();
          else this.ident();
        }
        if (!this.eatP(',')) break;
      }
      this.expectP('}');
      // tree-sitter ends the statement at a line break before `from` (its ASI): not modelled
      if (this.isWord('from') && this.nl[this.i]) throw BAIL;
      if (this.isWord('from')) {
        this.next();
        if (this.kind[this.i] !== Tok.String) throw BAIL;
        this.imports.push(this.specOf(this.next(), typeKw || (specs > 0 && typeSpecs === specs), false));
        this.attributes();
      }
      return this.semicolon();
    }
    if (typeKw) throw BAIL;
    if (this.isWord('default')) {
      this.next();
      const nx = this.i + 1;
      if (this.isWord('function') || (this.isWord('async') && this.isWord('function', nx) && !this.nl[nx])) {
        if (this.isWord('async')) this.next();
        return this.functionDecl(true);
      }
      if (this.isWord('class') || (this.isWord('abstract') && this.isWord('class', nx))) {
        if (this.isWord('abstract')) this.next();
        return this.classDecl(false);
      }
      if (this.ts && this.isWord('interface') && this.kind[nx] === Tok.Ident) return this.interfaceDecl();
      this.assign();
      return this.semicolon();
    }
    if (this.ts && this.isP('=')) {
      this.next();
      this.expression();
      return this.semicolon();
    }
    if (this.ts && this.isWord('as') && this.isWord('namespace', this.i + 1)) {
      this.next();
      this.next();
      this.ident();
      return this.semicolon();
    }
    if (this.isWord('import')) return this.exportImport();
    this.statement();
  }

  /**
   * `export import A = B.C`, an import_alias in tree-sitter, loads nothing; so does `export import x
   * = require('y')`, which it reads as an alias of the name require and a string in parentheses.
   */
  private exportImport(): void {
    this.next();
    this.ident();
    this.expectP('=');
    if (this.isWord('require') && this.isP('(', this.i + 1) && this.kind[this.i + 2] === Tok.String && this.isP(')', this.i + 3)) {
      for (let k = 0; k < 4; k++) this.next();
    } else {
      this.ident();
      while (this.eatP('.')) this.ident(PROP);
    }
    this.semicolon();
  }

  // ---- expressions

  /** Expressions separated by commas; the function when it is a single one. */
  private expression(): Fn | null {
    let f = this.assign();
    while (this.eatP(',')) {
      this.assign();
      f = null;
    }
    return f;
  }

  private assign(): Fn | null {
    this.enter();
    const r = this.assignInner();
    this.depth--;
    return r;
  }

  private assignInner(): Fn | null {
    const k = this.kind[this.i];
    // arrow functions
    if (k === Tok.Ident) {
      const w = this.word();
      if (w === 'async' && !this.nl[this.i + 1]) {
        const nx = this.i + 1;
        if ((this.kind[nx] === Tok.Ident && this.isP('=>', nx + 1)) || (this.isP('(', nx) && this.arrowAt(nx))) {
          this.next();
          return this.arrowOrBail();
        }
        if (this.ts && this.isP('<', nx)) {
          // `async <T>(x: T) => …`; a call `async<T>(x)` is not worth telling apart
          this.next();
          const r = this.attempt(() => this.arrow());
          if (r === FAILED) throw ABORT;
          return r;
        }
      }
      if (w === 'yield') return this.yieldExpr();
      if (this.isP('=>', this.i + 1) && !RESERVED.has(w)) {
        if (this.nl[this.i + 1]) throw BAIL;
        return this.arrow();
      }
    } else if (this.isP('(')) {
      if (this.arrowAt(this.i)) {
        const r = this.arrowOrBail();
        if (r) return r;
      }
    } else if (this.isP('<') && this.ts) {
      // `<T>(x) => …` (tsx: `<T,>`), or in .ts a type assertion `<T>x`
      const r = this.attempt(() => this.arrow());
      if (r !== FAILED) return r;
      if (this.o.tsx) throw BAIL;
    }
    const callsStart = this.calls.length;
    const left = this.binary(0);
    if (this.isP('?')) {
      for (let c = callsStart; c < this.calls.length; c++) if (this.calls[c]!.frame === this.frame) this.calls[c]!.imp.guarded = true;
      this.next();
      this.guard++;
      const saveNoIn = this.noIn;
      this.noIn = false;
      this.assign();
      this.noIn = saveNoIn;
      this.expectP(':');
      this.assign();
      this.guard--;
      return null;
    }
    const p = this.punct();
    if (p === '>') {
      // `>>=` or `>>>=` (the lexer leaves `>` alone)
      let n = 1;
      while (n < 3 && this.adjacent(this.i + n - 1) && this.isP('>', this.i + n)) n++;
      if (n < 2 || !this.adjacent(this.i + n - 1) || !this.isP('=', this.i + n)) throw BAIL;
      for (let k = 0; k <= n; k++) this.next();
      this.assign();
      return null;
    }
    if (ASSIGN.has(p)) {
      this.next();
      const f = this.assign();
      if (f && p === '=') contextual(f);
      return null;
    }
    return left;
  }

  /** Whether the `(` at i starts an arrow's parameters (TypeScript `(…): T` is tried by arrowOrBail). */
  private arrowAt(i: number): boolean {
    const save = this.i;
    this.i = i;
    const r = this.arrowAhead();
    this.i = save;
    return r;
  }

  /** An arrow function; with `(…):` in TypeScript, null when no `=>` follows the type (a parenthesised expression then). */
  private arrowOrBail(): Fn | null {
    const close = this.match[this.i]!;
    if (this.ts && close >= 0 && this.isP(':', close + 1)) {
      const r = this.attempt(() => this.arrow());
      return r === FAILED ? null : r;
    }
    return this.arrow();
  }

  private yieldExpr(): null {
    this.next();
    this.eatP('*');
    const k = this.kind[this.i];
    if (this.nl[this.i] || k === Tok.Eof || this.isP(')') || this.isP(']') || this.isP('}') || this.isP(',') || this.isP(';') || this.isP(':')) return null;
    if (k === Tok.Punct && !this.isP('(') && !this.isP('[') && !this.isP('{') && !this.isP('!') && !this.isP('-') && !this.isP('+') && !this.isP('~') && !this.isP('<') && !this.isP('...')) return null;
    this.assign();
    return null;
  }

  /** The binary operator at the cursor and its length in tokens, joining `>` `>` (`>>`) and `>` `=` (`>=`). */
  private binaryOp(): [string, number] | undefined {
    const k = this.kind[this.i];
    if (k === Tok.Ident) {
      const w = this.word();
      if (w === 'instanceof' || (w === 'in' && !this.noIn)) return [w, 1];
      if (this.ts && (w === 'as' || w === 'satisfies') && !this.nl[this.i]) return [w, 1];
      return undefined;
    }
    if (k !== Tok.Punct) return undefined;
    const p = this.punct();
    if (p === '>') {
      let n = 1;
      let op = '>';
      while (n < 3 && this.adjacent(this.i + n - 1) && this.isP('>', this.i + n)) {
        op += '>';
        n++;
      }
      if (this.adjacent(this.i + n - 1) && (this.isP('=', this.i + n) || this.isP('==', this.i + n) || this.isP('=>', this.i + n))) {
        if (n === 1 && this.isP('=', this.i + n)) return ['>=', 2];
        if (n >= 2 && this.isP('=', this.i + n)) return undefined; // `>>=`, `>>>=`: an assignment
        throw BAIL;
      }
      return [op, n];
    }
    return BINARY[p] !== undefined ? [p, 1] : undefined;
  }

  private binary(minPrec: number): Fn | null {
    let left = this.unary();
    for (;;) {
      const op = this.binaryOp();
      if (!op) return left;
      const [p, n] = op;
      if (p === 'as' || p === 'satisfies') {
        if (8 < minPrec) return left;
        this.next();
        if (this.isWord('const')) this.next();
        else this.type();
        continue;
      }
      const prec = BINARY[p]!;
      if (prec < minPrec) return left;
      for (let k = 0; k < n; k++) this.next();
      this.enter();
      this.binary(p === '**' ? prec : prec + 1);
      this.depth--;
      left = null;
    }
  }

  private unary(): Fn | null {
    const k = this.kind[this.i];
    if (k === Tok.Punct) {
      const p = this.punct();
      if (p === '!' || p === '~' || p === '+' || p === '-' || p === '++' || p === '--') {
        this.next();
        this.enter();
        this.unary();
        this.depth--;
        return null;
      }
      if (p === '<' && this.ts && !this.o.tsx) {
        this.next();
        this.type();
        this.expectP('>');
        this.unary();
        return null;
      }
    } else if (k === Tok.Ident) {
      const w = this.word();
      if (w === 'typeof' || w === 'void' || w === 'delete' || (w === 'await' && !this.isP('=>', this.i + 1) && this.startsOperand(this.i + 1))) {
        this.next();
        this.enter();
        this.unary();
        this.depth--;
        return null;
      }
    }
    const f = this.lhs(false);
    if ((this.isP('++') || this.isP('--')) && !this.nl[this.i]) {
      this.next();
      return null;
    }
    return f;
  }

  /** Whether the token at i can start an operand (so `await x` is an await, `await;` an identifier). */
  private startsOperand(i: number): boolean {
    const k = this.kind[i];
    if (k === Tok.Eof || this.nl[i]) return false;
    if (k !== Tok.Punct) return k !== Tok.JsxText;
    const p = this.punct(i);
    return p === '(' || p === '[' || p === '{' || p === '!' || p === '~' || p === '+' || p === '-' || p === '++' || p === '--' || p === '<';
  }

  /** Arguments from `(`; each function argument is contextually typed. */
  private args(): void {
    this.expectP('(');
    const saveNoIn = this.noIn;
    this.noIn = false;
    while (!this.isP(')')) {
      if (this.eatP('...')) this.assign();
      else {
        const f = this.assign();
        if (f) contextual(f);
      }
      if (!this.eatP(',')) break;
    }
    this.expectP(')');
    this.noIn = saveNoIn;
  }

  /** A require/import() load: the first argument when it is a plain string (no comment before it, nothing after it). */
  private recordCall(): void {
    const open = this.i;
    const a = open + 1;
    const k = this.kind[a];
    if (k !== Tok.String && k !== Tok.Template) return;
    if (!(this.isP(',', a + 1) || this.isP(')', a + 1))) return;
    if (this.en[open] !== this.st[a] && this.text.slice(this.en[open]!, this.st[a]!).trim() !== '') return; // a comment is the first named child
    if (k === Tok.Template && this.text.slice(this.st[a]!, this.en[a]!).includes('${')) return;
    const imp = this.specOf(a, false, this.guard > 0);
    this.imports.push(imp);
    this.calls.push({ imp, frame: this.frame });
  }

  /** Type arguments in an expression when a call follows (`f<T>(x)`); otherwise the `<` is an operator. */
  private typeArgsCall(): boolean {
    const r = this.attempt(() => {
      const from = this.i;
      this.exprTypeArgs();
      const k = this.kind[this.i];
      if (this.isP('(') || this.inClassHeritage) return true;
      // `f<T>\`x\``: tree-sitter reads comparisons or type arguments there, case by case. Either
      // way the template, and what is in it, is the same; only the names between < and > may be
      // types or values: they are marked so, and an imported name among them makes the file fall back.
      // `f<T>)`: an instantiation expression (nothing else parses), marked the same for safety.
      const after = k === Tok.Template || k === Tok.TemplateHead || this.isP(')') || this.isP(',') || this.isP(';') || this.isP(']');
      if (!after) throw BAIL;
      for (let t = from; t < this.i; t++) if (this.kind[t] === Tok.Ident) this.mark(t, AMBIGUOUS);
      return true;
    });
    return r === true;
  }

  /** Member access, calls, `new`; `decorator` stops at what a decorator can hold. */
  private lhs(decorator: boolean): Fn | null {
    let f: Fn | null = null;
    /** 1 `require`, 2 `import`, 3 `require.resolve`: a call of these loads a module. */
    let callee = 0;
    const k = this.kind[this.i];
    if (k === Tok.Ident && this.isWord('new')) {
      this.next();
      if (this.eatP('.')) this.ident(PROP);
      else {
        this.enter();
        this.lhsNew();
        this.depth--;
      }
    } else if (k === Tok.Ident && this.isWord('import')) {
      this.next();
      if (this.eatP('.')) {
        // `import.source(…)`, `import.defer(…)`: tree-sitter reads a call of import
        if (!this.isWord('meta')) throw BAIL;
        this.ident(PROP);
      } else if (this.isP('(')) callee = 2;
      else throw BAIL;
    } else {
      if (k === Tok.Ident && this.isWord('require')) callee = 1;
      f = this.primary();
    }
    for (;;) {
      const kk = this.kind[this.i];
      if (kk === Tok.Punct) {
        const p = this.punct();
        if (p === '.') {
          const adj = this.en[this.i - 1] === this.st[this.i] && this.en[this.i] === this.st[this.i + 1];
          this.next();
          if (this.kind[this.i] === Tok.Private) this.next();
          else this.ident(PROP);
          callee = callee === 1 && adj && this.isWord('resolve', this.i - 1) ? 3 : 0;
          f = null;
          continue;
        }
        if (p === '?.') {
          if (decorator) throw BAIL;
          this.next();
          if (this.isP('(')) {
            if (callee) this.recordCall();
            this.args();
          } else if (this.eatP('[')) {
            this.expression();
            this.expectP(']');
          } else if (this.kind[this.i] === Tok.Private) this.next();
          else this.ident(PROP);
          callee = 0;
          f = null;
          continue;
        }
        if (p === '[' && !decorator) {
          this.next();
          const saveNoIn = this.noIn;
          this.noIn = false;
          this.expression();
          this.noIn = saveNoIn;
          this.expectP(']');
          callee = 0;
          f = null;
          continue;
        }
        if (p === '(') {
          if (callee) this.recordCall();
          this.args();
          callee = 0;
          f = null;
          if (decorator) return null;
          continue;
        }
        if (p === '!' && this.ts && !this.nl[this.i] && !decorator) {
          this.next();
          callee = 0;
          f = null;
          continue;
        }
        if (p === '<' && this.ts && this.typeArgsCall()) {
          f = null;
          if (this.inClassHeritage && !this.isP('(')) return null;
          continue;
        }
        return f;
      }
      if ((kk === Tok.Template || kk === Tok.TemplateHead) && !decorator) {
        if (callee) throw BAIL; // require`x`: a call whose arguments are a template
        this.primary();
        callee = 0;
        f = null;
        continue;
      }
      return f;
    }
  }

  /** The callee of `new` (no call), then its arguments. */
  private lhsNew(): void {
    if (this.isWord('new')) {
      this.next();
      this.lhsNew();
    } else this.primary();
    for (;;) {
      if (this.isP('.')) {
        this.next();
        if (this.kind[this.i] === Tok.Private) this.next();
        else this.ident(PROP);
      } else if (this.isP('[')) {
        this.next();
        this.expression();
        this.expectP(']');
      } else if (this.isP('<') && this.ts) {
        const r = this.attempt(() => {
          this.exprTypeArgs();
          return true;
        });
        if (r === FAILED) break;
      } else if (this.kind[this.i] === Tok.Template || this.kind[this.i] === Tok.TemplateHead) throw BAIL; // new tag`x`: not modelled
      else break;
    }
    if (this.isP('(')) this.args();
  }

  private primary(): Fn | null {
    const k = this.kind[this.i];
    switch (k) {
      case Tok.Ident: {
        const w = this.word();
        if (w === 'function') return this.functionExpr();
        if (w === 'async' && this.isWord('function', this.i + 1) && !this.nl[this.i + 1]) {
          this.next();
          return this.functionExpr();
        }
        if (w === 'class') {
          this.classDecl(false);
          return null;
        }
        if (RESERVED.has(w) || w === 'new' || w === 'import') throw BAIL;
        this.next();
        return null;
      }
      case Tok.Number:
      case Tok.String:
      case Tok.Template:
      case Tok.Regex:
      case Tok.Private:
        this.next();
        return null;
      case Tok.TemplateHead: {
        this.next();
        for (;;) {
          const saveNoIn = this.noIn;
          this.noIn = false;
          this.expression();
          this.noIn = saveNoIn;
          const t = this.kind[this.i];
          this.next();
          if (t === Tok.TemplateTail) return null;
          if (t !== Tok.TemplateMiddle) throw BAIL;
        }
      }
      case Tok.JsxLt:
        this.jsxElement();
        return null;
      case Tok.Punct: {
        const p = this.punct();
        const saveNoIn = this.noIn;
        this.noIn = false;
        let r: Fn | null = null;
        if (p === '(') {
          this.next();
          r = this.expression();
          this.expectP(')');
        } else if (p === '[') {
          this.next();
          while (!this.isP(']')) {
            if (this.isP(',')) {
              this.next();
              continue;
            }
            if (this.eatP('...')) this.assign();
            else {
              const f = this.assign();
              if (f) contextual(f);
            }
            if (!this.eatP(',')) break;
          }
          this.expectP(']');
        } else if (p === '{') this.object();
        else throw BAIL;
        this.noIn = saveNoIn;
        return r;
      }
      default:
        throw BAIL;
    }
  }

  /** An object literal from `{`. */
  private object(): void {
    this.enter();
    this.expectP('{');
    while (!this.isP('}')) {
      if (this.eatP('...')) this.assign();
      else {
        // modifiers of methods: get/set/async/*
        for (;;) {
          const w = this.word();
          if (w !== 'get' && w !== 'set' && w !== 'async') break;
          const nx = this.i + 1;
          const kk = this.kind[nx];
          if (!(kk === Tok.Ident || kk === Tok.String || kk === Tok.Number || this.isP('[', nx) || this.isP('*', nx))) break;
          if (w === 'async' && this.nl[nx]) break;
          this.next();
        }
        const star = this.eatP('*');
        const nx = this.i + 1;
        if (!star && this.kind[this.i] === Tok.Ident && (this.isP(',', nx) || this.isP('}', nx) || this.isP('=', nx))) {
          // shorthand (a value reference), or a default in a destructuring assignment
          this.next();
          if (this.eatP('=')) this.assign();
        } else {
          this.propertyName();
          if (this.isP('(') || this.isP('<')) this.functionRest(this.newFn(false), true);
          else {
            if (star) throw BAIL;
            this.expectP(':');
            const f = this.assign();
            if (f) contextual(f);
          }
        }
      }
      if (!this.eatP(',')) break;
    }
    this.expectP('}');
    this.depth--;
  }

  // ---- JSX

  private jsxElement(): void {
    this.enter();
    this.next(); // <
    if (this.kind[this.i] === Tok.JsxName) {
      this.next();
      if (this.isP('<')) this.typeArgs();
      for (;;) {
        const k = this.kind[this.i];
        if (k === Tok.JsxAttr) {
          this.next();
          if (this.eatP('=')) {
            if (this.kind[this.i] === Tok.String) this.next();
            else if (this.kind[this.i] === Tok.JsxLt) this.jsxElement();
            else this.jsxBraces(false);
          }
        } else if (this.isP('{')) this.jsxBraces(true);
        else break;
      }
      if (this.kind[this.i] === Tok.JsxEnd) {
        this.next();
        this.depth--;
        return;
      }
    }
    if (this.kind[this.i] !== Tok.JsxGt) throw BAIL;
    this.next();
    for (;;) {
      const k = this.kind[this.i];
      if (k === Tok.JsxText) this.next();
      else if (k === Tok.JsxLt) this.jsxElement();
      else if (this.isP('{')) this.jsxBraces(false);
      else if (k === Tok.JsxClose) {
        this.next();
        if (this.kind[this.i] === Tok.JsxName) this.next();
        if (this.kind[this.i] !== Tok.JsxEnd) throw BAIL;
        this.next();
        this.depth--;
        return;
      } else throw BAIL;
    }
  }

  /** `{expr}`, `{}` or `{...spread}` in JSX; a function there is contextually typed. */
  private jsxBraces(spreadOnly: boolean): void {
    this.expectP('{');
    const saveNoIn = this.noIn;
    this.noIn = false;
    if (this.eatP('...')) this.assign();
    else if (spreadOnly) throw BAIL;
    else if (!this.isP('}')) {
      const f = this.expression();
      if (f) contextual(f);
    }
    this.noIn = saveNoIn;
    this.expectP('}');
  }

  // ---- types

  /** A return type: also the predicates `x is T`, `asserts x`, `asserts x is T`. */
  private returnType(): void {
    const nx = this.i + 1;
    if (this.isWord('asserts') && (this.kind[nx] === Tok.Ident) && !this.isP('.', nx) && !this.nl[nx] && !this.isP('<', nx)) {
      this.next();
      this.next();
      if (this.isWord('is') && !this.nl[this.i]) {
        this.next();
        this.type();
      }
      return;
    }
    if (this.kind[this.i] === Tok.Ident && this.isWord('is', nx) && !this.nl[nx]) {
      this.next();
      this.next();
      this.type();
      return;
    }
    this.type();
  }

  private type(noConditional = false): void {
    this.enter();
    if (this.functionTypeAhead()) {
      this.functionType();
      this.depth--;
      return;
    }
    this.unionType();
    if (!noConditional && this.isWord('extends') && !this.nl[this.i]) {
      this.next();
      this.type(true);
      this.expectP('?');
      this.type();
      this.expectP(':');
      this.type();
    }
    this.depth--;
  }

  /** `(…) =>`, `<T>(…) =>`, `new (…) =>`, `abstract new (…) =>`. */
  private functionTypeAhead(): boolean {
    if (this.isP('<')) return true;
    if (this.isWord('new') && (this.isP('(', this.i + 1) || this.isP('<', this.i + 1))) return true;
    if (this.isWord('abstract') && this.isWord('new', this.i + 1)) return true;
    if (!this.isP('(')) return false;
    const close = this.match[this.i]!;
    if (close < 0) throw BAIL;
    if (!this.isP('=>', close + 1)) return false;
    // `(…) =>`: a function type's parameters, or a parenthesised type before an arrow's `=>`
    // (`(): (() => void) => …`): told apart as TypeScript does, by how the inside starts
    const a = this.i + 1;
    if (this.isP(')', a) || this.isP('...', a)) return true;
    if (this.kind[a] === Tok.Ident) {
      const b = a + 1;
      if (this.isP(':', b) || this.isP(',', b) || this.isP('?', b) || this.isP('=', b) || this.isP(')', b)) return true;
      return false;
    }
    if (this.isP('{', a) || this.isP('[', a)) {
      // a destructured parameter, or an object or tuple type: what follows its bracket tells
      const b = this.match[a]! + 1;
      return this.isP(':', b) || this.isP(',', b) || this.isP('?', b) || this.isP('=', b) || this.isP(')', b);
    }
    return false;
  }

  private functionType(): void {
    if (this.isWord('abstract')) this.next();
    if (this.isWord('new')) this.next();
    if (this.isP('<')) this.typeParams();
    // `(string) => T`: tree-sitter reads a parenthesised type there, then fails on `=>`
    if (this.isP('(') && this.kind[this.i + 1] === Tok.Ident && PREDEFINED.has(this.word(this.i + 1)) && (this.isP(')', this.i + 2) || this.isP(',', this.i + 2))) throw BAIL;
    this.params(this.newFn(false));
    this.expectP('=>');
    this.returnType();
  }

  private unionType(): void {
    this.eatP('|');
    this.intersectionType();
    while (this.isP('|')) {
      this.next();
      this.intersectionType();
    }
  }

  private intersectionType(): void {
    this.eatP('&');
    this.operatorType();
    while (this.isP('&')) {
      this.next();
      this.operatorType();
    }
  }

  private operatorType(): void {
    const w = this.word();
    if ((w === 'keyof' || w === 'unique' || w === 'readonly') && this.typeStarts(this.i + 1)) {
      this.next();
      this.operatorType();
      return;
    }
    if (w === 'infer' && this.kind[this.i + 1] === Tok.Ident) {
      this.next();
      this.ident(TYPE);
      if (this.isWord('extends') && !this.isP('?', this.i + 2)) {
        // `infer U extends X ? …`: the constraint or a conditional: TypeScript tries both
        throw BAIL;
      }
      return;
    }
    this.primaryType();
    while (this.isP('[') && !this.nl[this.i]) {
      this.next();
      if (!this.isP(']')) this.type();
      this.expectP(']');
    }
  }

  private typeStarts(i: number): boolean {
    const k = this.kind[i];
    if (k === Tok.Ident || k === Tok.String || k === Tok.Number || k === Tok.Template || k === Tok.TemplateHead) return true;
    return this.isP('(', i) || this.isP('[', i) || this.isP('{', i) || this.isP('<', i) || this.isP('-', i);
  }

  private primaryType(): void {
    const k = this.kind[this.i];
    switch (k) {
      case Tok.Ident: {
        const w = this.word();
        if (w === 'typeof') {
          this.next();
          if (this.isWord('import')) return this.importType();
          this.ident();
          for (;;) {
            if (this.isP('.')) {
              this.next();
              if (this.kind[this.i] === Tok.Private) this.next();
              else this.ident(PROP);
            } else if (this.isP('[') && !this.nl[this.i]) {
              return;
            } else break;
          }
          if (this.isP('<') && !this.nl[this.i]) this.typeArgs();
          return;
        }
        if (w === 'import' && this.isP('(', this.i + 1)) return this.importType();
        if (PREDEFINED.has(w) && !this.isP('.', this.i + 1)) {
          if (w === 'any') this.anyCount++;
          this.next();
          return;
        }
        if (w === 'this' || w === 'null' || w === 'undefined' || w === 'true' || w === 'false') {
          this.next();
          return;
        }
        if (RESERVED.has(w) && w !== 'default') throw BAIL;
        // `A`, `A.B`, `A.B.C`... as tree-sitter nests them: the last part and a first part of at
        // most three are type uses; middle parts are properties; the first of four or more sits
        // in a member_expression, a value reference.
        const first = this.i;
        this.ident();
        let parts = 1;
        while (this.isP('.')) {
          this.next();
          if (parts > 1) this.mark(this.i - 2, PROP);
          this.ident(TYPE);
          parts++;
        }
        if (parts <= 3) this.mark(first, TYPE);
        if (this.isP('<') && !this.nl[this.i]) this.typeArgs();
        return;
      }
      case Tok.String:
      case Tok.Number:
      case Tok.Template:
        this.next();
        return;
      case Tok.TemplateHead:
        this.next();
        for (;;) {
          this.type();
          const t = this.kind[this.i];
          this.next();
          if (t === Tok.TemplateTail) return;
          if (t !== Tok.TemplateMiddle) throw BAIL;
        }
      case Tok.Punct: {
        const p = this.punct();
        if (p === '-' && this.kind[this.i + 1] === Tok.Number) {
          this.next();
          this.next();
          return;
        }
        if (p === '(') {
          this.next();
          this.type();
          this.expectP(')');
          return;
        }
        if (p === '[') {
          this.next();
          while (!this.isP(']')) {
            this.eatP('...');
            if (this.kind[this.i] === Tok.Ident && (this.isP(':', this.i + 1) || (this.isP('?', this.i + 1) && this.isP(':', this.i + 2)))) {
              this.next();
              this.eatP('?');
              this.next();
            }
            this.type();
            this.eatP('?');
            if (!this.eatP(',')) break;
          }
          this.expectP(']');
          return;
        }
        if (p === '{') return this.objectType();
        throw BAIL;
      }
      default:
        throw BAIL;
    }
  }

  /** `import('x')` in a type: tree-sitter makes it a call expression, so a load like import(). */
  private importType(): void {
    // `f<typeof import('x')>()`: tree-sitter recovers from an error there
    if (this.inTypeArgs > 0) throw ABORT;
    this.next();
    if (!this.isP('(')) throw BAIL;
    this.recordCall();
    this.args();
    while (this.isP('.')) {
      this.next();
      this.ident(PROP);
    }
    if (this.isP('<')) throw BAIL; // type arguments on it: tree-sitter recovers oddly
  }

  private typeArgs(): void {
    this.expectP('<');
    while (!this.isP('>')) {
      this.type();
      if (!this.eatP(',')) break;
    }
    this.expectP('>');
  }

  /** Type arguments in an expression (`f<T>(…)`, `new C<T>`): tree-sitter reads import() types there badly. */
  private exprTypeArgs(): void {
    this.inTypeArgs++;
    this.typeArgs();
    this.inTypeArgs--;
  }

  private typeParams(): void {
    this.expectP('<');
    while (!this.isP('>')) {
      while ((this.isWord('const') || this.isWord('in') || this.isWord('out')) && this.kind[this.i + 1] === Tok.Ident) this.next();
      this.ident(TYPE);
      if (this.isWord('extends')) {
        this.next();
        this.type();
      }
      if (this.eatP('=')) this.type();
      if (!this.eatP(',')) break;
    }
    this.expectP('>');
  }

  /** `{ members }` of an object type, interface or mapped type. */
  private objectType(): void {
    this.expectP('{');
    // mapped type
    let m = this.i;
    if (this.isP('+', m) || this.isP('-', m)) m++;
    if (this.isWord('readonly', m)) m++;
    if (this.isP('[', m) && this.kind[m + 1] === Tok.Ident && this.isWord('in', m + 2)) {
      while (this.i < m) this.next();
      this.next();
      this.ident(TYPE);
      this.next();
      this.type();
      if (this.isWord('as')) {
        this.next();
        this.type();
      }
      this.expectP(']');
      if (this.isP('+') || this.isP('-')) this.next();
      this.eatP('?');
      if (this.eatP(':')) this.type();
      this.eatP(';');
      this.eatP(',');
      this.expectP('}');
      return;
    }
    while (!this.isP('}')) {
      this.enter();
      this.typeMember();
      this.depth--;
      if (this.isP(';') || this.isP(',')) this.next();
      else if (!this.isP('}') && !this.nl[this.i]) throw BAIL;
    }
    this.next();
  }

  private typeMember(): void {
    if (this.isP('(') || this.isP('<')) {
      this.signatureRest();
      return;
    }
    if (this.isWord('new') && (this.isP('(', this.i + 1) || this.isP('<', this.i + 1))) {
      this.next();
      this.signatureRest();
      return;
    }
    while ((this.isWord('readonly') || this.isWord('get') || this.isWord('set')) && !this.nl[this.i + 1]) {
      const nx = this.i + 1;
      const kk = this.kind[nx];
      if (!(kk === Tok.Ident || kk === Tok.String || kk === Tok.Number || this.isP('[', nx))) break;
      this.next();
    }
    if (this.isP('[') && this.kind[this.i + 1] === Tok.Ident && this.isP(':', this.i + 2)) {
      this.next();
      this.next();
      this.next();
      this.type();
      this.expectP(']');
      if (this.eatP(':')) this.type();
      return;
    }
    this.propertyName();
    this.eatP('?');
    if (this.isP('(') || this.isP('<')) {
      this.signatureRest();
      return;
    }
    if (this.eatP(':')) this.type();
  }

  /** Parameters and return type of a call, construct or method signature (no function: nothing is counted). */
  private signatureRest(): void {
    if (this.isP('<')) this.typeParams();
    this.params(this.newFn(false));
    if (this.eatP(':')) this.returnType();
  }

  // ---- type-only uses of imports

  /**
   * What markTypeUsesOnly() in facts.ts finds, from the tokens: its pattern matches a name only as
   * a whole identifier token (identifiers are ASCII here), a part of a JSX name, or text inside a
   * string, template, regex, comment or JSX text, where it is no use at all; so the tokens are
   * walked instead of the text.
   */
  private markTypeUsesOnly(): void {
    const names = new Set(this.valueImports.flatMap((v) => v.names));
    const asValue = new Set<string>();
    const asType = new Set<string>();
    const use = (name: string, u: number) => {
      if (u === TYPE) asType.add(name);
      else if (u === 0) asValue.add(name);
    };
    // a cheap key (length and first character) before any slicing
    const keys = new Uint8Array(8192);
    for (const x of names) keys[((x.length & 63) << 7) | (x.charCodeAt(0) & 127)] = 1;
    const ranges = this.importRanges;
    let r = 0;
    if (this.tk.hashbang > 0) {
      // a hashbang_line: no inert node, so a name there is a value use
      for (const m of this.text.slice(0, this.tk.hashbang).matchAll(/[\w$]+/g)) if (names.has(m[0])) asValue.add(m[0]);
    }
    const count = this.tk.count;
    for (let t = 0; t < count && asValue.size < names.size; t++) {
      const k = this.kind[t];
      const s = this.st[t]!;
      const e = this.en[t]!;
      if (k === Tok.Ident) {
        if (keys[(((e - s) & 63) << 7) | this.text.charCodeAt(s)] === 0) continue;
      } else if (k !== Tok.JsxName && k !== Tok.JsxAttr) continue;
      while (r < ranges.length && ranges[r + 1]! <= s) r += 2;
      if (r < ranges.length && s >= ranges[r]!) continue;
      if (k === Tok.Ident) {
        const name = this.text.slice(s, e);
        if (names.has(name) && !asValue.has(name)) {
          if (this.marks[t] === AMBIGUOUS) throw BAIL;
          use(name, this.marks[t]!);
        }
        continue;
      }
      // JSX names: the parts of `Foo.Bar`, `svg:rect`, `my-el`; after a `.` a property
      const text = this.text.slice(s, e);
      if (k === Tok.JsxAttr && !text.includes(':')) continue;
      let prev = '';
      for (const part of text.split(/([.:-])/)) {
        if (part === '.' || part === ':' || part === '-') prev = part;
        else if (names.has(part)) use(part, prev === '.' ? PROP : 0);
      }
    }
    for (const v of this.valueImports) if (v.names.every((x) => !asValue.has(x)) && v.names.some((x) => asType.has(x))) v.imp.typeUsesOnly = true;
  }
}

/** Whether a position is inside a string, template, regex or comment (what tree-sitter calls inert for template tags). */
function inert(tk: Tokens, at: number): boolean {
  let lo = 0;
  let hi = tk.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tk.start[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  if (tk.count > 0 && tk.start[lo]! <= at && at < tk.end[lo]!) {
    const k = tk.kind[lo];
    return k === Tok.String || k === Tok.Template || k === Tok.TemplateHead || k === Tok.TemplateMiddle || k === Tok.TemplateTail || k === Tok.Regex;
  }
  // comments come in order: the last one starting at or before `at`
  const c = tk.comments;
  lo = 0;
  hi = c.length / 2 - 1;
  if (hi < 0 || c[0]! > at) return false;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (c[2 * mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return at < c[2 * lo + 1]!;
}

function contextual(f: Fn): void {
  if (f.canContext) f.contextual = true;
}

/** What hasAny() in facts.ts says of the same function. */
function hasAny(f: Fn): boolean {
  if (f.retAny) return true;
  if (f.bare) return !f.contextual;
  return f.paramAny || (!f.contextual && f.untyped);
}

let matches = new Int32Array(0);
let marks = new Uint8Array(0);
/** The per-token marks, zeroed, reused between files. */
function scratch(n: number): Uint8Array {
  if (marks.length < n) marks = new Uint8Array(Math.max(n, marks.length * 2));
  marks.fill(0, 0, n);
  return marks;
}

/** For each `(`, `[` and `{` token the index of its closing token (and back); -1 when unbalanced. */
function matchBrackets(text: string, tk: Tokens): Int32Array {
  if (matches.length < tk.count + 1) matches = new Int32Array(Math.max(tk.count + 1, matches.length * 2));
  const m = matches;
  m.fill(-1, 0, tk.count + 1);
  const stack: number[] = [];
  for (let i = 0; i < tk.count; i++) {
    if (tk.kind[i] !== Tok.Punct || tk.end[i]! - tk.start[i]! !== 1) continue;
    const c = text.charCodeAt(tk.start[i]!);
    if (c === 40 || c === 91 || c === 123) stack.push(i);
    else if (c === 41 || c === 93 || c === 125) {
      const o = stack.pop();
      if (o === undefined) throw BAIL;
      const oc = text.charCodeAt(tk.start[o]!);
      if ((c === 41 && oc !== 40) || (c === 93 && oc !== 91) || (c === 125 && oc !== 123)) throw BAIL;
      m[o] = i;
      m[i] = o;
    }
  }
  if (stack.length > 0) throw BAIL;
  return m;
}
