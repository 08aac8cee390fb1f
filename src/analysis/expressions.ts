// GitHub Actions expressions (`${{ … }}` and `if:` conditions), folded to a constant where the text
// alone decides. A pull request can switch a deploy job off with any spelling of "false" (`1 == 2`,
// `x && false`, `fromJSON('false')`, `'a' == 'b'`): a real lexer and parser, then three-valued
// evaluation, see through all of them, where a regex would chase spellings.
//
// API
//   parseExpression(text)       → Expr, or undefined when the text is not a valid expression (or too long/deep)
//   foldExpression(text)        → Abstract value of an expression (unknown when it depends on the run)
//   conditionTruth(value)       → true / false / undefined (unknown) for an `if:` value as YAML gave it
//
// Semantics follow GitHub's documentation ("Expressions": literals, operators, functions) and its
// reference implementation (actions/languageservices): keywords `true false null NaN Infinity` are
// case-sensitive; numbers are JSON numbers plus hex and exponent (`0xff`, `-2.99e-2`); strings are
// single-quoted with `''` for a quote; `==` is loose (null/booleans become numbers, a number against a
// string compares numbers, strings compare case-insensitively, arrays/objects by identity); `&&` and
// `||` return one of their operands; falsy = false, 0, NaN, '' and null.
//
// Contexts (`github.ref`, `env.X`, `needs.*`, `inputs.*`, `vars.*`...) and the status functions
// (`success()`, `always()`, `failure()`, `cancelled()`) are unknown; an unknown value may still have
// a known truthiness (`x && false` is falsy whatever x is; `x || true` is truthy).

/** A constant value of the expression language. */
export type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

/** A value the text decides (`const`), or one the run decides, with its truthiness when that is known. */
export type Abstract = { k: 'const'; v: Value } | { k: 'unknown'; truthy?: boolean };

export type Expr =
  | { t: 'lit'; v: Value }
  | { t: 'ctx'; name: string }
  | { t: 'not'; e: Expr }
  | { t: 'bin'; op: BinOp; l: Expr; r: Expr }
  | { t: 'call'; name: string; args: Expr[] }
  | { t: 'index'; e: Expr; key: Expr | '*' };

type BinOp = '&&' | '||' | '==' | '!=' | '<' | '<=' | '>' | '>=';

/** GitHub refuses longer expressions (MAX_EXPRESSION_LENGTH); hostile input stops here too. */
export const MAX_EXPRESSION_LENGTH = 21_000;
/** Nesting deeper than this is not a condition anyone writes: unknown, and the parser's recursion stays bounded. */
const MAX_DEPTH = 64;
/** Constant strings (format(), join(), toJSON()) longer than this are not folded: nested format() doubles at each level. */
const MAX_STRING = 64 * 1024;

const UNKNOWN: Abstract = { k: 'unknown' };

// ---------------------------------------------------------------------------------------- lexer

type Tok =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'id'; v: string }
  | { t: 'kw'; v: null | boolean }
  | { t: 'op'; v: string };

class SyntaxErr extends Error {}

/** The characters that end a number or an identifier (as GitHub's lexer has it), whitespace aside. */
const BOUNDARY = new Set(['(', '[', ')', ']', ',', '.', '!', '>', '<', '=', '&', '|']);
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\n';

function lex(s: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  const prev = () => out[out.length - 1];
  const word = () => {
    const start = i;
    while (i < s.length && !BOUNDARY.has(s[i]!) && !isSpace(s[i]!)) i++;
    return s.slice(start, i);
  };
  const number = (start: number) => {
    i = start;
    // A number runs to the next boundary, dots included (`1.5`, `-2.99e-2`).
    while (i < s.length && (s[i] === '.' || (!BOUNDARY.has(s[i]!) && !isSpace(s[i]!)))) i++;
    const lexeme = s.slice(start, i);
    const v = Number(lexeme);
    if (Number.isNaN(v) || lexeme.trim() === '') throw new SyntaxErr(`not a number: ${lexeme}`);
    out.push({ t: 'num', v });
  };
  while (i < s.length) {
    const c = s[i]!;
    if (isSpace(c)) {
      i++;
      continue;
    }
    const two = s.slice(i, i + 2);
    if (two === '==' || two === '!=' || two === '<=' || two === '>=' || two === '&&' || two === '||') {
      out.push({ t: 'op', v: two });
      i += 2;
    } else if ('()[],!<>*'.includes(c)) {
      out.push({ t: 'op', v: c });
      i++;
    } else if (c === '.') {
      const p = prev();
      // After a name, `]`, `)` or `*` a dot is property access; elsewhere it starts a number (`.5`).
      if (p && (p.t === 'id' || (p.t === 'op' && (p.v === ']' || p.v === ')' || p.v === '*')))) {
        out.push({ t: 'op', v: '.' });
        i++;
      } else number(i);
    } else if (c === '-' || c === '+' || (c >= '0' && c <= '9')) {
      number(i);
    } else if (c === "'") {
      let v = '';
      i++;
      for (;;) {
        if (i >= s.length) throw new SyntaxErr('unterminated string');
        const q = s.indexOf("'", i);
        if (q === -1) throw new SyntaxErr('unterminated string');
        v += s.slice(i, q);
        if (s[q + 1] === "'") {
          v += "'";
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.push({ t: 'str', v });
    } else {
      const afterDot = prev()?.t === 'op' && prev()!.v === '.';
      const w = word();
      if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(w)) throw new SyntaxErr(`unexpected symbol: ${w || c}`);
      if (!afterDot && (w === 'true' || w === 'false')) out.push({ t: 'kw', v: w === 'true' });
      else if (!afterDot && w === 'null') out.push({ t: 'kw', v: null });
      else if (!afterDot && w === 'NaN') out.push({ t: 'num', v: NaN });
      else if (!afterDot && w === 'Infinity') out.push({ t: 'num', v: Infinity });
      else out.push({ t: 'id', v: w });
    }
  }
  return out;
}

// --------------------------------------------------------------------------------------- parser

/** The expression's syntax tree; undefined when it is not valid, longer than GitHub allows, or nested too deep. */
export function parseExpression(text: string): Expr | undefined {
  if (text.length > MAX_EXPRESSION_LENGTH) return undefined;
  try {
    return new Parser(lex(text)).parse();
  } catch (e) {
    if (e instanceof SyntaxErr) return undefined;
    throw e;
  }
}

class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly toks: Tok[]) {}

  parse(): Expr {
    const e = this.or();
    if (this.i !== this.toks.length) throw new SyntaxErr('unexpected token');
    return e;
  }

  private peekOp(...ops: string[]): string | undefined {
    const t = this.toks[this.i];
    return t?.t === 'op' && ops.includes(t.v) ? t.v : undefined;
  }

  private expect(op: string): void {
    if (!this.peekOp(op)) throw new SyntaxErr(`expected ${op}`);
    this.i++;
  }

  private nest<T>(f: () => T): T {
    if (++this.depth > MAX_DEPTH) throw new SyntaxErr('nested too deep');
    try {
      return f();
    } finally {
      this.depth--;
    }
  }

  private binary(ops: BinOp[], next: () => Expr): Expr {
    let l = next();
    for (let op = this.peekOp(...ops); op; op = this.peekOp(...ops)) {
      this.i++;
      l = { t: 'bin', op: op as BinOp, l, r: next() };
    }
    return l;
  }

  private or = (): Expr => this.nest(() => this.binary(['||'], this.and));
  private and = (): Expr => this.binary(['&&'], this.equality);
  private equality = (): Expr => this.binary(['==', '!='], this.comparison);
  private comparison = (): Expr => this.binary(['<', '<=', '>', '>='], this.unary);

  private unary = (): Expr => {
    if (this.peekOp('!')) {
      this.i++;
      return this.nest(() => ({ t: 'not', e: this.unary() }));
    }
    return this.postfix();
  };

  private postfix(): Expr {
    let e = this.primary();
    for (;;) {
      if (this.peekOp('.')) {
        this.i++;
        const t = this.toks[this.i++];
        if (t?.t === 'id') e = { t: 'index', e, key: { t: 'lit', v: t.v } };
        else if (t?.t === 'op' && t.v === '*') e = { t: 'index', e, key: '*' };
        else throw new SyntaxErr('expected a property name');
      } else if (this.peekOp('[')) {
        this.i++;
        if (this.peekOp('*')) {
          this.i++;
          e = { t: 'index', e, key: '*' };
        } else e = { t: 'index', e, key: this.or() };
        this.expect(']');
      } else return e;
    }
  }

  private primary(): Expr {
    const t = this.toks[this.i++];
    if (!t) throw new SyntaxErr('unexpected end');
    if (t.t === 'num' || t.t === 'str' || t.t === 'kw') return { t: 'lit', v: t.v };
    if (t.t === 'op' && t.v === '(') {
      const e = this.or();
      this.expect(')');
      return e;
    }
    if (t.t === 'id') {
      if (!this.peekOp('(')) return { t: 'ctx', name: t.v.toLowerCase() };
      this.i++;
      const args: Expr[] = [];
      if (!this.peekOp(')')) {
        args.push(this.or());
        while (this.peekOp(',')) {
          this.i++;
          args.push(this.or());
        }
      }
      this.expect(')');
      return { t: 'call', name: t.v.toLowerCase(), args };
    }
    throw new SyntaxErr('unexpected token');
  }
}

// ------------------------------------------------------------------------------------ evaluation

/** Truthiness of a constant, as GitHub defines it. */
export function truthy(v: Value): boolean {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0 && !Number.isNaN(v);
  if (typeof v === 'string') return v.length > 0;
  return true; // arrays and objects
}

/** true / false when known, undefined when the run decides. */
export function truthOf(a: Abstract): boolean | undefined {
  return a.k === 'const' ? truthy(a.v) : a.truthy;
}

const isPrimitive = (v: Value): v is null | boolean | number | string => v === null || typeof v !== 'object';

function toNumber(v: Value): number {
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return Number(v); // '' and blanks are 0, `0x1f` is hex, as in the reference implementation
  return NaN;
}

export function toStr(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v);
  if (typeof v === 'string') return v;
  return Array.isArray(v) ? 'Array' : 'Object';
}

/** Loose comparison operands: null and booleans become numbers, a number against a string compares numbers. */
function coerce(l: Value, r: Value): [Value, Value] {
  const kind = (v: Value) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  const kl = kind(l);
  const kr = kind(r);
  if (kl === kr) return [l, r];
  if (kl === 'null' || kl === 'boolean') return coerce(toNumber(l), r);
  if (kr === 'null' || kr === 'boolean') return coerce(l, toNumber(r));
  if (kl === 'number' && kr === 'string') return [l, toNumber(r)];
  if (kl === 'string' && kr === 'number') return [toNumber(l), r];
  return [l, r];
}

const upper = (s: string) => s.toUpperCase();

function compare(op: BinOp, a: Value, b: Value): boolean {
  const [l, r] = coerce(a, b);
  const same = (l === null ? 'null' : typeof l) === (r === null ? 'null' : typeof r) && Array.isArray(l) === Array.isArray(r);
  if (op === '==' || op === '!=') {
    let eq = false;
    if (same) {
      if (typeof l === 'number') eq = !Number.isNaN(l) && l === r;
      else if (typeof l === 'string') eq = upper(l) === upper(r as string);
      else eq = l === r; // null == null, booleans, and arrays/objects by identity
    }
    return op === '==' ? eq : !eq;
  }
  if (!same) return false;
  let lt: boolean;
  let gt: boolean;
  if (typeof l === 'number') {
    const rn = r as number;
    if (Number.isNaN(l) || Number.isNaN(rn)) return false;
    lt = l < rn;
    gt = l > rn;
  } else if (typeof l === 'string') {
    const ls = upper(l);
    const rs = upper(r as string);
    lt = ls < rs;
    gt = ls > rs;
  } else if (typeof l === 'boolean') {
    lt = !l && (r as boolean);
    gt = l && !(r as boolean);
  } else return false;
  if (op === '<') return lt;
  if (op === '>') return gt;
  if (op === '<=') return lt || (!gt && equalForOrder(l, r));
  return gt || (!lt && equalForOrder(l, r));
}

function equalForOrder(l: Value, r: Value): boolean {
  if (typeof l === 'string' && typeof r === 'string') return upper(l) === upper(r);
  return l === r;
}

const known = (v: Value): Abstract => (typeof v === 'string' && v.length > MAX_STRING ? UNKNOWN : { k: 'const', v });

function evaluate(e: Expr): Abstract {
  switch (e.t) {
    case 'lit':
      return { k: 'const', v: e.v };
    case 'ctx':
      return UNKNOWN;
    case 'not': {
      const t = truthOf(evaluate(e.e));
      return t === undefined ? UNKNOWN : { k: 'const', v: !t };
    }
    case 'bin': {
      // A chain `a && b && c …` is a left-deep tree as deep as it is long: walk its spine iteratively.
      const operands: Expr[] = [e.r];
      let left: Expr = e.l;
      while (left.t === 'bin' && left.op === e.op) {
        operands.push(left.r);
        left = left.l;
      }
      operands.push(left);
      operands.reverse();
      let acc = evaluate(operands[0]!);
      for (let i = 1; i < operands.length; i++) acc = binary(e.op, acc, operands[i]!);
      return acc;
    }
    case 'index': {
      const base = evaluate(e.e);
      if (e.key === '*' || base.k !== 'const') return UNKNOWN;
      const key = evaluate(e.key);
      if (key.k !== 'const') return UNKNOWN;
      return { k: 'const', v: indexInto(base.v, key.v) };
    }
    case 'call':
      return call(e.name, e.args);
  }
}

function binary(op: BinOp, l: Abstract, rExpr: Expr): Abstract {
  if (op === '&&' || op === '||') {
    const tl = truthOf(l);
    // `a && b` is a when a is falsy, else b; `a || b` is a when a is truthy, else b.
    if (tl !== undefined) return tl === (op === '&&') ? evaluate(rExpr) : l;
    const tr = truthOf(evaluate(rExpr));
    // The result is either operand: its truthiness is known when both sides agree on it.
    if (op === '&&') return tr === false ? { k: 'unknown', truthy: false } : UNKNOWN;
    return tr === true ? { k: 'unknown', truthy: true } : UNKNOWN;
  }
  const r = evaluate(rExpr);
  if (l.k !== 'const' || r.k !== 'const') return UNKNOWN;
  return { k: 'const', v: compare(op, l.v, r.v) };
}

function indexInto(base: Value, key: Value): Value {
  if (Array.isArray(base)) {
    const n = toNumber(key);
    return Number.isInteger(n) && n >= 0 && n < base.length ? base[n]! : null;
  }
  if (base !== null && typeof base === 'object') {
    const k = toStr(key).toUpperCase();
    // Property names are case-insensitive.
    for (const [name, v] of Object.entries(base)) if (name.toUpperCase() === k) return v;
  }
  return null;
}

function call(name: string, argExprs: Expr[]): Abstract {
  // Status functions and hashFiles depend on the run; unknown functions are not folded either.
  const FOLDED = new Set(['fromjson', 'tojson', 'contains', 'startswith', 'endswith', 'format', 'join']);
  if (!FOLDED.has(name)) return UNKNOWN;
  const args = argExprs.map(evaluate);
  if (args.some((a) => a.k !== 'const')) return UNKNOWN;
  const v = args.map((a) => (a as { v: Value }).v);
  switch (name) {
    case 'fromjson': {
      if (v.length !== 1 || typeof v[0] !== 'string' || v[0].length > MAX_STRING) return UNKNOWN;
      try {
        return { k: 'const', v: JSON.parse(v[0]) as Value };
      } catch {
        return UNKNOWN; // the run fails on it: not ours to call false
      }
    }
    case 'tojson':
      return v.length === 1 ? known(JSON.stringify(v[0], null, 2) ?? 'null') : UNKNOWN;
    case 'contains': {
      if (v.length !== 2) return UNKNOWN;
      const [hay, needle] = v as [Value, Value];
      if (Array.isArray(hay)) return { k: 'const', v: hay.some((x) => compare('==', x, needle)) };
      if (!isPrimitive(hay) || !isPrimitive(needle)) return { k: 'const', v: false };
      return { k: 'const', v: upper(toStr(hay)).includes(upper(toStr(needle))) };
    }
    case 'startswith':
    case 'endswith': {
      if (v.length !== 2) return UNKNOWN;
      const [a, b] = v as [Value, Value];
      if (!isPrimitive(a) || !isPrimitive(b)) return { k: 'const', v: false };
      const [s, p] = [upper(toStr(a)), upper(toStr(b))];
      return { k: 'const', v: name === 'startswith' ? s.startsWith(p) : s.endsWith(p) };
    }
    case 'format': {
      if (v.length < 1 || typeof v[0] !== 'string') return UNKNOWN;
      const out = format(v[0], v.slice(1));
      return out === undefined ? UNKNOWN : known(out);
    }
    case 'join': {
      if (v.length < 1 || v.length > 2) return UNKNOWN;
      const sep = v.length === 2 ? toStr(v[1]!) : ',';
      const arr = v[0]!;
      if (Array.isArray(arr)) return known(arr.map((x) => (isPrimitive(x) ? toStr(x) : '')).join(sep));
      return known(isPrimitive(arr) ? toStr(arr) : '');
    }
  }
  return UNKNOWN;
}

/** format('{0} x {1}', a, b) with `{{` and `}}` for braces; undefined when the format string is invalid. */
function format(f: string, args: Value[]): string | undefined {
  let out = '';
  for (let i = 0; i < f.length; i++) {
    const c = f[i]!;
    if (c === '{' && f[i + 1] === '{') {
      out += '{';
      i++;
    } else if (c === '}' && f[i + 1] === '}') {
      out += '}';
      i++;
    } else if (c === '{') {
      const close = f.indexOf('}', i);
      const n = close === -1 ? NaN : Number(f.slice(i + 1, close));
      if (!/^\d+$/.test(f.slice(i + 1, close)) || n >= args.length) return undefined;
      out += toStr(args[n]!);
      i = close;
    } else if (c === '}') return undefined;
    else out += c;
    if (out.length > MAX_STRING) return undefined;
  }
  return out;
}

/** The abstract value of an expression's text (unknown when it does not parse). */
export function foldExpression(text: string): Abstract {
  const e = parseExpression(text);
  if (!e) return UNKNOWN;
  try {
    return evaluate(e);
  } catch (err) {
    // A chain of thousands of `&&` is a left-deep tree: should the stack run out, the run decides.
    if (err instanceof RangeError) return UNKNOWN;
    throw err;
  }
}

// ------------------------------------------------------------------------------------ conditions

/**
 * Whether an `if:` value (as YAML gave it: a boolean, a number, a string) is true, false, or decided
 * by the run (undefined). The runner reads a string without `${{` as an expression (`if: 1 == 2`);
 * a string with `${{ }}` is a template: a lone `${{ expr }}` is the expression, anything with text
 * around it is a string (`format()` of the parts), truthy unless it comes out empty.
 */
export function conditionTruth(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return truthy(value);
  if (typeof value !== 'string') return undefined;
  if (!value.includes('${{')) return truthOf(foldExpression(value));
  const parts = templateParts(value);
  if (!parts) return undefined;
  if (parts.length === 1 && parts[0]!.expr) return truthOf(foldExpression(parts[0]!.text));
  let unknown = false;
  for (const p of parts) {
    if (!p.expr) {
      if (p.text !== '') return true;
      continue;
    }
    const a = foldExpression(p.text);
    if (a.k !== 'const') unknown = true;
    else if (toStr(a.v) !== '') return true;
  }
  return unknown ? undefined : false;
}

/** A template's literal and `${{ }}` parts; undefined when an expression is not closed. */
function templateParts(s: string): Array<{ expr: boolean; text: string }> | undefined {
  const out: Array<{ expr: boolean; text: string }> = [];
  let i = 0;
  while (i < s.length) {
    const open = s.indexOf('${{', i);
    if (open === -1) {
      out.push({ expr: false, text: s.slice(i) });
      break;
    }
    if (open > i) out.push({ expr: false, text: s.slice(i, open) });
    // The expression ends at the first `}}` outside a string literal.
    let j = open + 3;
    let inString = false;
    for (; j < s.length; j++) {
      if (s[j] === "'") inString = !inString; // `''` toggles twice: still right
      else if (!inString && s[j] === '}' && s[j + 1] === '}') break;
    }
    if (j >= s.length) return undefined;
    out.push({ expr: true, text: s.slice(open + 3, j) });
    i = j + 2;
  }
  return out;
}
