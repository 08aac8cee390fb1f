// The facts of facts.ts (imports, functions, Python 2 shapes) read from the tokens of lex.ts instead
// of a syntax tree: a statement-level reading of logical lines and blocks that mirrors what
// extractFacts finds in tree-sitter-python's tree. It answers undefined (the caller then parses)
// for every layout it does not model with certainty; each bail-out says why.
import type { PyFunctions, PyImport } from './facts.js';
import { commentAtOrAfter, expressionShape, KEYWORDS, Tok, type Lexed } from './lex.js';

export interface LexedFacts {
  imports: PyImport[];
  functions: PyFunctions;
  python2?: string;
}

/**
 * An import statement as written, in text order, for the route facts (routes/fast-python.ts):
 * `module` is the module_name text of a `from` import (`..a.b`, `. util`), names with their alias.
 * `from __future__` statements (another node type in the tree) are not listed.
 */
export interface RawImport {
  from: boolean;
  module: string;
  names: Array<{ name: string; alias?: string }>;
}

/** The facts, and the import statements as written (not part of PyFacts). */
export type LexedReading = LexedFacts & { rawImports: RawImport[] };

/** The same tests extractFacts applies to an `if` condition and an except clause (facts.ts). */
export interface GuardTests {
  importErrors: RegExp;
  main: RegExp;
  conditional: RegExp;
}

/** Nesting beyond this is left to tree-sitter (and bounds the recursion). */
const MAX_DEPTH = 100;

/** Statements that open a block: never the start of an inline body or of a `;`-separated statement. */
const COMPOUND = new Set(['if', 'elif', 'else', 'while', 'for', 'with', 'try', 'except', 'finally', 'def', 'class']);

/**
 * Keywords that only ever start a statement: one met anywhere else is a syntax error, which
 * tree-sitter recovers from in its own way (`case _: import e` outside a match yields the import).
 */
const STATEMENT_ONLY = new Set([...COMPOUND, 'import', 'return', 'pass', 'del', 'global', 'nonlocal', 'assert', 'raise', 'break', 'continue']);
/** Keywords that stand where an expression ends or continues (`x if y else z`, `for`, `in`, `from` after yield/raise). */
const KEEP_ON = new Set(['if', 'else', 'for', 'from']);

/** Keywords a simple statement may start with, alone or before an expression. */
const LEADING = new Set(['return', 'del', 'assert', 'global', 'nonlocal', 'raise', 'pass', 'break', 'continue', 'yield', 'await']);

const AUGMENTED = new Set(['+=', '-=', '*=', '/=', '//=', '%=', '@=', '&=', '|=', '^=', '>>=', '<<=', '**=']);

class Bail extends Error {}
function bail(): never {
  throw new Bail();
}

interface Ctx {
  guarded: boolean;
  cond: boolean;
  /** The block is the body of a class (its defs are methods). */
  classBody: boolean;
  /** The block is the body of a match statement (its lines are case clauses). */
  matchBody: boolean;
  depth: number;
}

export function lexedFacts(lx: Lexed, tests: GuardTests): LexedReading | undefined {
  try {
    return new FactReader(lx, tests).run();
  } catch (e) {
    if (e instanceof Bail) return undefined;
    throw e;
  }
}

class FactReader {
  private i = 0;
  private readonly imports: PyImport[] = [];
  /** Parallel to imports: under a conditional `if` (set apart so the objects keep extractFacts' key order). */
  private readonly conditional: boolean[] = [];
  private readonly functions: PyFunctions = { total: 0, annotated: 0 };
  private python2: string | undefined;
  private lineStarts: number[] | undefined;
  private readonly rawImports: RawImport[] = [];

  constructor(
    private readonly lx: Lexed,
    private readonly tests: GuardTests,
  ) {}

  run(): LexedReading {
    this.block({ guarded: false, cond: false, classBody: false, matchBody: false, depth: 0 }, true);
    const imports = this.imports.map((imp, k) => (this.conditional[k] ? { ...imp, conditional: true } : imp));
    imports.sort((a, b) => a.line - b.line || a.column - b.column);
    const rawImports = this.rawImports;
    return this.python2 ? { imports, functions: this.functions, python2: this.python2, rawImports } : { imports, functions: this.functions, rawImports };
  }

  // Token helpers.
  private kind(k: number): Tok | undefined {
    return this.lx.kinds[k];
  }
  private text(k: number): string {
    return this.lx.text.slice(this.lx.starts[k], this.lx.ends[k]);
  }
  /** Token k is `s` (compared in place: no substring per test). */
  private is(k: number, s: string): boolean {
    const start = this.lx.starts[k]!;
    return this.lx.ends[k]! - start === s.length && this.lx.text.startsWith(s, start);
  }
  private isName(k: number, s?: string): boolean {
    return this.lx.kinds[k] === Tok.Name && (s === undefined || this.is(k, s));
  }
  private isOp(k: number, s: string): boolean {
    return this.lx.kinds[k] === Tok.Op && this.is(k, s);
  }
  /** The Newline ending the logical line holding token k. */
  private lineEnd(k: number): number {
    let j = k;
    while (j < this.lx.kinds.length && this.lx.kinds[j] !== Tok.Newline) j++;
    if (j >= this.lx.kinds.length) bail();
    return j;
  }
  /** Bracket depth change of token k (the lexer checked that brackets match). */
  private depthDelta(k: number): number {
    if (this.lx.kinds[k] !== Tok.Op) return 0;
    const c = this.lx.text.charCodeAt(this.lx.starts[k]!);
    return c === 40 || c === 91 || c === 123 ? 1 : c === 41 || c === 93 || c === 125 ? -1 : 0;
  }

  /** Statements up to the block's Dedent (consumed), or the end of the file at the top level. */
  private block(ctx: Ctx, top: boolean): void {
    if (ctx.depth > MAX_DEPTH) bail();
    const n = this.lx.kinds.length;
    while (this.i < n) {
      const k = this.kind(this.i);
      if (k === Tok.Dedent) {
        if (top) bail();
        this.i++;
        return;
      }
      if (k === Tok.Indent || k === Tok.Newline) bail(); // an indent no header opened
      this.statement(ctx);
    }
    if (!top) bail();
  }

  /** One statement starting at this.i (a compound one with its clauses), leaving this.i after it. */
  private statement(ctx: Ctx): void {
    const i = this.i;
    if (this.isName(i)) {
      const w = this.text(i);
      if (ctx.matchBody) {
        if (w !== 'case') bail(); // a match body holds case clauses only
        return this.clauseChain(ctx, 'case');
      }
      switch (w) {
        case 'if':
          return this.ifStatement(ctx);
        case 'try':
          return this.tryStatement(ctx);
        case 'def':
          return this.def(ctx, i);
        case 'class':
          return this.classDef(ctx);
        case 'while':
        case 'for':
        case 'with':
          return this.clauseChain(ctx, w);
        case 'async':
          if (this.isName(i + 1, 'def')) return this.def(ctx, i + 1);
          if (this.isName(i + 1, 'for') || this.isName(i + 1, 'with')) return this.clauseChain(ctx, 'async');
          break;
        case 'elif':
        case 'else':
        case 'except':
        case 'finally':
          bail(); // a clause without its statement
          break;
        case 'match':
          if (this.isMatchHeader(i)) return this.clauseChain(ctx, 'match');
          break;
      }
    } else if (this.isOp(i, '@')) {
      // A decorator line: a def or class (or another decorator) must follow.
      const end = this.lineEnd(i);
      this.expressions(i + 1, end);
      this.i = end + 1;
      const next = this.i;
      if (!(this.isOp(next, '@') || this.isName(next, 'def') || this.isName(next, 'class') || (this.isName(next, 'async') && this.isName(next + 1, 'def')))) bail();
      return;
    }
    const end = this.lineEnd(i);
    this.simpleStatements(i, end, ctx);
    this.i = end + 1;
  }

  /** `match x:` followed by an indented block (`match` is a soft keyword: `match = f()` is an assignment). */
  private isMatchHeader(i: number): boolean {
    const end = this.lineEnd(i);
    if (!(this.isOp(end - 1, ':') && this.kind(end + 1) === Tok.Indent)) return false;
    // Whatever follows `match` on a header line is its subject: a name, a bracket, a literal.
    const next = this.kind(i + 1);
    if (next === Tok.Op && !['(', '[', '{', '-', '*'].includes(this.text(i + 1))) return false;
    return true;
  }

  /** The first `:` at bracket depth 0 from token `from` on its line: the end of a header. */
  private headerColon(from: number, check = true): number {
    let depth = 0;
    for (let k = from; k < this.lx.kinds.length; k++) {
      const kind = this.kind(k);
      if (kind === Tok.Newline) bail(); // no colon: not a header
      if (depth === 0 && kind === Tok.Name && this.text(k) === 'lambda') bail(); // its colon would come first
      if (depth === 0 && this.isOp(k, ':')) {
        if (check && k > from) this.expressions(from, k);
        return k;
      }
      if (kind === Tok.Name) this.notStatementKeyword(k);
      depth += this.depthDelta(k);
    }
    return bail();
  }

  /**
   * The body after a header colon: an indented block, or simple statements on the same line.
   * Returns the index of the body's first token (for comment placement).
   */
  private body(colon: number, ctx: Ctx): number {
    if (this.kind(colon + 1) === Tok.Newline) {
      if (this.kind(colon + 2) !== Tok.Indent) bail(); // a header with no indented body
      this.i = colon + 3;
      this.block({ ...ctx, depth: ctx.depth + 1 }, false);
      return colon + 3;
    }
    const end = this.lineEnd(colon + 1);
    this.simpleStatements(colon + 1, end, { ...ctx, matchBody: false });
    this.i = end + 1;
    return colon + 1;
  }

  /** `while`/`for`/`with`/`async for`/`async with`/`match`/`case` and their `else`: blocks that flag nothing. */
  private clauseChain(ctx: Ctx, what: string): void {
    const colon = this.headerColon(this.i + (what === 'async' ? 2 : 1));
    const inner = { ...ctx, classBody: false, matchBody: what === 'match' };
    this.body(colon, inner);
    if ((what === 'while' || what === 'for' || what === 'async') && this.isName(this.i, 'else')) {
      if (!this.isOp(this.i + 1, ':')) bail();
      this.body(this.i + 1, { ...inner, matchBody: false });
    }
  }

  /**
   * `if`: extractFacts tests the first condition only, and the region it pushes is the whole
   * if_statement, `elif` and `else` clauses included.
   */
  private ifStatement(ctx: Ctx): void {
    const i = this.i;
    const colon = this.headerColon(i + 1);
    if (colon === i + 1) bail();
    const cond = this.lx.text.slice(this.lx.starts[i + 1], this.lx.ends[colon - 1]);
    const guard = this.tests.conditional.test(cond);
    const configured = !guard && !this.tests.main.test(cond);
    const inner: Ctx = { ...ctx, guarded: ctx.guarded || guard, cond: ctx.cond || configured, classBody: false };
    this.body(colon, inner);
    for (;;) {
      if (this.isName(this.i, 'elif')) {
        const c = this.headerColon(this.i + 1);
        if (c === this.i + 1) bail();
        this.body(c, inner);
      } else if (this.isName(this.i, 'else')) {
        if (!this.isOp(this.i + 1, ':')) bail();
        this.body(this.i + 1, inner);
        return;
      } else return;
    }
  }

  /** `try`: its body is guarded when some except clause catches the import error (decided after the clauses). */
  private tryStatement(ctx: Ctx): void {
    if (!this.isOp(this.i + 1, ':')) bail();
    const inner = { ...ctx, classBody: false };
    const from = this.imports.length;
    this.body(this.i + 1, inner);
    const to = this.imports.length;
    let catches = false;
    let clauses = 0;
    while (this.isName(this.i, 'except')) {
      clauses++;
      if (this.exceptClause(inner)) catches = true;
    }
    if (this.isName(this.i, 'else')) {
      if (clauses === 0 || !this.isOp(this.i + 1, ':')) bail();
      this.body(this.i + 1, inner);
    }
    if (this.isName(this.i, 'finally')) {
      clauses++;
      if (!this.isOp(this.i + 1, ':')) bail();
      this.body(this.i + 1, inner);
    }
    if (clauses === 0) bail(); // a try with neither except nor finally
    if (catches) for (let k = from; k < to; k++) this.imports[k]!.guarded = true;
  }

  /**
   * One except clause; true when it catches the import error as catchesImportError decides: its
   * first named child (the caught expression, else a comment before the body) matches, or it has none.
   */
  private exceptClause(ctx: Ctx): boolean {
    let first = this.i + 1;
    if (this.isOp(first, '*')) first++; // except* (same node type)
    const colon = this.headerColon(first);
    if (colon === first) {
      const bodyStart = this.body(colon, ctx);
      const c = commentAtOrAfter(this.lx, this.lx.ends[colon]!);
      if (c < this.lx.commentStarts.length && this.lx.commentStarts[c]! < this.lx.starts[bodyStart]!) {
        return this.tests.importErrors.test(this.lx.text.slice(this.lx.commentStarts[c], this.lx.commentEnds[c]));
      }
      return true;
    }
    // Parts between depth-0 commas: `except A, e:` (Python 2), `except A, B:` (PEP 758).
    const parts: Array<[number, number]> = [];
    let depth = 0;
    let partStart = first;
    let hasAs = false;
    for (let k = first; k < colon; k++) {
      if (depth === 0 && this.isOp(k, ',')) {
        parts.push([partStart, k]);
        partStart = k + 1;
      }
      if (depth === 0 && this.isName(k, 'as')) hasAs = true;
      depth += this.depthDelta(k);
    }
    parts.push([partStart, colon]);
    if (parts.some(([a, b]) => a >= b)) bail();
    if (parts.length > 1 && hasAs) bail();
    // Python 2 binds a lower-case name after the one comma; PEP 758 lists classes.
    if (parts.length === 2) {
      const [a, b] = parts[1]!;
      if (b === a + 1 && this.isName(a) && /^[a-z_]/.test(this.text(a))) this.python2 ??= '`except E, e:`';
    }
    const [a, b] = parts[0]!;
    const caught = this.lx.text.slice(this.lx.starts[a], this.lx.ends[b - 1]);
    this.body(colon, ctx);
    return this.tests.importErrors.test(caught);
  }

  private classDef(ctx: Ctx): void {
    if (!this.isName(this.i + 1)) bail();
    const colon = this.headerColon(this.i + 2);
    this.body(colon, { ...ctx, classBody: true });
  }

  /** The bracket closing the one at token `open`, on the same logical line. */
  private closing(open: number): number {
    let depth = 0;
    for (let k = open; ; k++) {
      const kind = this.kind(k);
      if (kind === undefined || kind === Tok.Newline) bail();
      depth += this.depthDelta(k);
      if (depth === 0) return k;
    }
  }

  /** `def` at token d (after `async` when async): counted, and judged annotated as fullyAnnotated does. */
  private def(ctx: Ctx, d: number): void {
    if (!this.isName(d + 1)) bail();
    const name = this.text(d + 1);
    // Type parameters (`def f[T](x: T)`) are no parameters.
    const open = this.isOp(d + 2, '[') ? this.closing(d + 2) + 1 : d + 2;
    if (!this.isOp(open, '(')) bail();
    let depth = 0;
    let close = open;
    for (let k = open; ; k++) {
      const kind = this.kind(k);
      if (kind === undefined || kind === Tok.Newline) bail();
      depth += this.depthDelta(k);
      if (depth === 0) {
        close = k;
        break;
      }
    }
    const hasReturn = this.isOp(close + 1, '->');
    const colon = this.headerColon(close + 1, false);
    if (colon !== close + 1 && !hasReturn) bail();
    if (hasReturn) this.expressions(close + 2, colon);
    const params = this.params(open, close);
    this.functions.total++;
    if (hasReturn || name === '__init__') {
      let first = params.commentFirst ? false : true;
      let ok = true;
      for (const p of params.kinds) {
        const isFirst = first;
        first = false;
        if (p === 'typed' || p === 'separator') continue;
        if (p.startsWith('name:')) {
          const id = p.slice(5);
          if (isFirst && (id === 'self' || id === 'cls' || id === 'mcs') && ctx.classBody) continue;
        }
        ok = false;
        break;
      }
      if (ok) this.functions.annotated++;
    }
    this.body(colon, { ...ctx, classBody: false, matchBody: false });
  }

  /**
   * The parameters between `(` and `)`, as the named children tree-sitter gives them: typed
   * (typed_parameter, typed_default_parameter), separator (`*`, `/`), `name:x` (identifier),
   * untyped (default_parameter, *args, **kwargs). `commentFirst`: a comment precedes the first one.
   */
  private params(open: number, close: number): { kinds: string[]; commentFirst: boolean } {
    const kinds: string[] = [];
    const c = commentAtOrAfter(this.lx, this.lx.ends[open]!);
    const firstTok = open + 1 < close ? open + 1 : close;
    const commentFirst = c < this.lx.commentStarts.length && this.lx.commentStarts[c]! < this.lx.starts[firstTok]! && open + 1 < close;
    let depth = 0;
    let segStart = open + 1;
    for (let k = open + 1; k <= close; k++) {
      if (k === close || (depth === 0 && this.isOp(k, ','))) {
        if (k > segStart) kinds.push(this.param(segStart, k));
        else if (k !== close) bail(); // `(,`: not a parameter list
        segStart = k + 1;
        continue;
      }
      depth += this.depthDelta(k);
    }
    return { kinds, commentFirst };
  }

  private param(a: number, b: number): string {
    const len = b - a;
    if (this.isOp(a, '*') || this.isOp(a, '/')) {
      if (len === 1) return 'separator';
      if (this.isOp(a, '/')) bail();
    }
    let nameAt = a;
    if (this.isOp(a, '*') || this.isOp(a, '**')) nameAt = a + 1;
    if (!this.isName(nameAt)) bail(); // tuple parameters (Python 2) and anything else
    if (nameAt + 1 === b) return nameAt === a ? `name:${this.text(a)}` : 'untyped';
    if (this.isOp(nameAt + 1, ':')) {
      if (nameAt + 2 >= b) bail();
      return 'typed';
    }
    if (this.isOp(nameAt + 1, '=') && nameAt === a && nameAt + 2 < b) return 'untyped';
    return bail();
  }

  /** Simple statements from token a to the Newline at `end`, separated by `;`. */
  private simpleStatements(a: number, end: number, ctx: Ctx): void {
    let depth = 0;
    let start = a;
    for (let k = a; k <= end; k++) {
      if (k === end || (depth === 0 && this.isOp(k, ';'))) {
        // An empty statement: `;;` or a leading `;` are errors (a trailing `;` is allowed).
        if (k > start) this.simple(start, k, ctx);
        else if (k !== end) bail();
        start = k + 1;
        continue;
      }
      depth += this.depthDelta(k);
    }
  }

  /**
   * Tokens [a, b) must read as expressions joined by operators: an operand never follows an
   * operand (`a b`), an operator never follows an operator (`x = = 1`), and the run ends on an
   * operand. tree-sitter recovers from such errors in its own ways (an ERROR node may swallow the
   * statements around it), so they are left to it. A coarse check, not a grammar: it only bails.
   */
  private expressions(a: number, b: number): void {
    let k = a;
    let allowEmpty = false;
    // `type X = ...` (a soft keyword before a name): the rest reads as an assignment.
    if (this.isName(k, 'type') && this.isName(k + 1) && !KEYWORDS.has(this.text(k + 1))) k++;
    else if (this.isName(k, 'yield') && this.isName(k + 1, 'from')) k += 2;
    else if (k < b && this.isName(k) && LEADING.has(this.text(k))) {
      k++;
      allowEmpty = true;
    }
    if (k === b) {
      if (!allowEmpty) bail();
      return;
    }
    if (!expressionShape(this.lx, k, b)) bail();
  }

  /**
   * An assignment's targets are targets: `x = 1 + \\<newline> y = 2` reads `1 + y` as one, an
   * error tree-sitter recovers from by reshaping the blocks around it. Checked: every part before
   * the last depth-0 `=`, the part before an augmented operator or an annotation's `:`.
   */
  private assignment(a: number, b: number): void {
    let depth = 0;
    let partStart = a;
    let annotated = false;
    for (let k = a; k < b; k++) {
      if (depth === 0 && this.kind(k) === Tok.Op && (this.lx.text.charCodeAt(this.lx.ends[k]! - 1) === 61 || this.is(k, ':'))) {
        // Only `:` and operators ending in `=` matter here.
        const w = this.text(k);
        if (w === '=' || AUGMENTED.has(w) || (w === ':' && !annotated && partStart === a)) {
          if (!this.isTarget(partStart, k, w === '=')) bail();
          if (w === ':') annotated = true;
          if (AUGMENTED.has(w) || w === ':') {
            // One augmented operator or annotation per statement; an annotation's `= value` follows.
            for (let j = k + 1, d = 0; j < b; j++) {
              if (d === 0 && this.kind(j) === Tok.Op && AUGMENTED.has(this.text(j))) bail();
              if (d === 0 && w !== ':' && this.isOp(j, '=')) bail();
              d += this.depthDelta(j);
            }
            if (w !== ':') return;
            // After the annotation, the rest is `[= value]`: skip to it.
            let d = 0;
            let j = k + 1;
            for (; j < b; j++) {
              if (d === 0 && this.isOp(j, '=')) break;
              if (d === 0 && this.isName(j, 'lambda')) return;
              d += this.depthDelta(j);
            }
            if (j >= b) return;
            for (let m = j + 1, dd = 0; m < b; m++) {
              if (dd === 0 && this.isOp(m, '=')) bail(); // `x: int = y = 1` is not Python
              dd += this.depthDelta(m);
            }
            return;
          }
          partStart = k + 1;
        }
      } else if (depth === 0 && this.isName(k, 'lambda')) break;
      depth += this.depthDelta(k);
    }
  }

  /**
   * Tokens [a, b) are assignment targets: names, attributes and subscripts (of any primary, calls
   * included: `f().x`), starred, tuples and lists of them; never a call itself.
   */
  private isTarget(a: number, b: number, list: boolean): boolean {
    if (a >= b) return false;
    let after = false;
    let call = false;
    let k = a;
    while (k < b) {
      if (this.isName(k)) {
        if (after || KEYWORDS.has(this.text(k))) return false;
        after = true;
        k++;
      } else if (this.isOp(k, '.')) {
        if (!after || k + 1 >= b || !this.isName(k + 1) || KEYWORDS.has(this.text(k + 1))) return false;
        call = false;
        k += 2;
      } else if (this.isOp(k, '[') || this.isOp(k, '(')) {
        call = after && this.isOp(k, '(');
        k = this.closing(k) + 1;
        if (k > b) return false;
        after = true;
      } else if (this.isOp(k, ',')) {
        if (!after || !list || call) return false;
        after = false;
        k++;
      } else if (this.isOp(k, '*')) {
        if (after || !list) return false;
        k++;
      } else return false;
    }
    return !call && (after || (list && this.isOp(b - 1, ',')));
  }

  /** Bails on a keyword that only starts statements (`if`/`else`/`for`/`from` stand inside expressions too). */
  private notStatementKeyword(k: number): void {
    const w = this.text(k);
    if (STATEMENT_ONLY.has(w) && !KEEP_ON.has(w)) bail();
  }

  /** One simple statement, tokens [a, b). */
  private simple(a: number, b: number, ctx: Ctx): void {
    const w = this.isName(a) ? this.text(a) : '';
    // Import statements are read token by token below; in any other statement such a keyword is an error.
    if (w !== 'import' && w !== 'from') {
      for (let k = a + 1; k < b; k++) if (this.kind(k) === Tok.Name) this.notStatementKeyword(k);
      // `print(x)`/`exec(x)` are checked below; the Python 2 statements bail there.
      if (w !== 'print' && w !== 'exec') {
        this.expressions(a, b);
        if (!LEADING.has(w) && w !== 'type') this.assignment(a, b);
      }
    }
    if (w === '') return;
    if (COMPOUND.has(w)) bail(); // a compound statement where only simple ones may stand
    switch (w) {
      case 'import':
        return this.importStatement(a, b, ctx);
      case 'from':
        return this.fromImport(a, b, ctx);
      case 'raise': {
        let depth = 0;
        for (let k = a + 1; k < b; k++) {
          if (depth === 0 && this.isName(k, 'lambda')) bail();
          if (depth === 0 && this.isOp(k, ',')) {
            this.python2 ??= '`raise X, msg`';
            break;
          }
          depth += this.depthDelta(k);
        }
        return;
      }
      case 'print':
      case 'exec': {
        // `print(x)` is a call; `print "x"`, `print >>f, x`, `exec code in ns` are the Python 2
        // statements (and `print (a), b` is read either way): left to tree-sitter.
        if (!this.isOp(a + 1, '(')) bail();
        let depth = 0;
        for (let k = a + 1; k < b; k++) {
          depth += this.depthDelta(k);
          if (depth === 0) {
            if (k !== b - 1) bail();
            return;
          }
        }
        return bail();
      }
      case 'async':
        if (this.isName(a + 1, 'def') || this.isName(a + 1, 'for') || this.isName(a + 1, 'with')) bail();
        return;
    }
  }

  /** A dotted name from token k (`a.b.c`, `a . b`); returns its end token, or bails. */
  private dotted(k: number, b: number): number {
    if (k >= b || !this.isName(k)) bail();
    let j = k + 1;
    while (j + 1 < b && this.isOp(j, '.') && this.isName(j + 1)) {
      this.spacesOnly(j - 1, j);
      this.spacesOnly(j, j + 1);
      j += 2;
    }
    return j;
  }

  /**
   * Only spaces between tokens k and k2: the node text tree-sitter gives (`a . b`) is then the
   * source slice; a line continuation inside a name is left to it.
   */
  private spacesOnly(k: number, k2: number): void {
    for (let p = this.lx.ends[k]!; p < this.lx.starts[k2]!; p++) {
      const c = this.lx.text.charCodeAt(p);
      if (c !== 32 && c !== 9) bail();
    }
  }

  private position(k: number): { line: number; column: number } {
    const starts = (this.lineStarts ??= lineStartsOf(this.lx.text));
    const at = this.lx.starts[k]!;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo]! + 1 };
  }

  private add(imp: PyImport, ctx: Ctx): void {
    this.imports.push(imp);
    this.conditional.push(ctx.cond);
  }

  /** `import a.b, c as d`. */
  private importStatement(a: number, b: number, ctx: Ctx): void {
    const { line, column } = this.position(a);
    const guarded = ctx.guarded;
    const raw: RawImport = { from: false, module: '', names: [] };
    this.rawImports.push(raw);
    let k = a + 1;
    for (;;) {
      const end = this.dotted(k, b);
      const module = this.lx.text.slice(this.lx.starts[k], this.lx.ends[end - 1]);
      let next = end;
      if (this.isName(next, 'as')) {
        if (next + 1 >= b || !this.isName(next + 1)) bail();
        raw.names.push({ name: module, alias: this.text(next + 1) });
        next += 2;
      } else raw.names.push({ name: module });
      this.add({ module, level: 0, names: [], from: false, line, column, guarded }, ctx);
      if (next === b) return;
      if (!this.isOp(next, ',') || next + 1 >= b) bail(); // a trailing comma or anything else: an error tree-sitter recovers from its own way
      k = next + 1;
    }
  }

  /** `from ..a.b import c, d as e`, `from . import (x,)`, `from a import *`. */
  private fromImport(a: number, b: number, ctx: Ctx): void {
    const { line, column } = this.position(a);
    let k = a + 1;
    let level = 0;
    // The import prefix's text length is the level (tree-sitter's `. .` counts its space).
    while (k < b && (this.isOp(k, '.') || this.isOp(k, '...'))) {
      if (k > a + 1) this.spacesOnly(k - 1, k);
      level = this.lx.ends[k]! - this.lx.starts[a + 1]!;
      k++;
    }
    let module = '';
    if (!this.isName(k, 'import')) {
      if (level > 0) this.spacesOnly(k - 1, k);
      const end = this.dotted(k, b);
      module = this.lx.text.slice(this.lx.starts[k], this.lx.ends[end - 1]).replace(/[ \t]+/g, '');
      k = end;
    }
    if (level === 0 && module === '') bail();
    if (!this.isName(k, 'import')) bail();
    const raw: RawImport = { from: true, module: this.lx.text.slice(this.lx.starts[a + 1], this.lx.ends[k - 1]), names: [] };
    // `from __future__ import x` is a future_import_statement in the tree: no import_from_statement.
    if (level > 0 || module !== '__future__') this.rawImports.push(raw);
    k++;
    const names: string[] = [];
    let wildcard = false;
    if (this.isOp(k, '*')) {
      if (k + 1 !== b) bail();
      wildcard = true;
    } else {
      let stop = b;
      if (this.isOp(k, '(')) {
        if (!this.isOp(b - 1, ')')) bail();
        k++;
        stop = b - 1;
      }
      for (;;) {
        if (!this.isName(k) || k >= stop) bail();
        names.push(this.text(k));
        let next = k + 1;
        if (this.isName(next, 'as')) {
          if (next + 1 >= stop || !this.isName(next + 1)) bail();
          raw.names.push({ name: this.text(k), alias: this.text(next + 1) });
          next += 2;
        } else raw.names.push({ name: this.text(k) });
        if (next === stop) break;
        if (!this.isOp(next, ',')) bail();
        k = next + 1;
        if (k === stop) {
          if (stop === b) bail(); // a trailing comma needs the parentheses
          break;
        }
      }
    }
    if (module === '__future__') return;
    if (wildcard) names.push('*');
    this.add({ module, level, names, from: true, line, column, guarded: ctx.guarded }, ctx);
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
