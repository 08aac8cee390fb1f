// The route facts of a JS/TS file (extractRoutes in extract.ts) without a syntax tree, for the files
// that cannot register a route: most of a TypeScript monorepo. From the tokens of lex.ts it reads what
// such a file still yields (imports, requires, exports, `module.exports = x`, the path-like string
// literals) and returns undefined, so that the caller parses the file with tree-sitter, wherever the
// text holds anything that could make extractRoutes find more: a call that could register a route,
// mount a router, build an app or router, listen on a port or set a global prefix or versioning; a
// NestJS `@Controller`; a `require(...)` or an import or export of a form not modelled here.
//
// The prefilter argument, in short: extractRoutes adds a route, router, mount, port, prefix or
// versioning only from a call (call_expression, new_expression) whose name passes `mayRegister`
// (callInfo's name: the callee identifier, the property of a member callee, or the module of
// `require('x')()`), or from a class decorated `@Controller`. Every token that can be such a name is
// checked below, and each is either shown to register nothing (a route verb on an HTTP client, or
// whose first argument is not a path), or read as readCall reads it where that is exact from the
// tokens (a `register()` mount of a name or a string, a `listen()` port), or makes this module bail.
// The file must also parse completely by fast-facts.ts's parser, so that tree-sitter's tree has no
// error recovery to differ in, and the lexer's guesses (a regex or a division) are confirmed.
//
// callee() mirrors readCall's branches for the js family (which names act with or without a
// receiver, what a verb's first argument must be): a change to readCall must be mirrored there.
// Exactness is held by test/syntax/js-routes-diff.test.ts: the same FileRoutes as extractRoutes,
// key order included, on every file where this answers.
import type { Lang } from '../../syntax/index.js';
import { fastParse } from '../js/fast-facts.js';
import { Tok, type Tokens } from '../js/lex.js';
import type { SourceFile } from '../../workspace/source-file.js';
import type { FileRoutes } from './extract.js';
import { MAX_LITERALS } from './vocabulary.js';

/** extract.ts's names, handed in by it (this module imports no value from there: no cycle). */
export interface JsVocabulary {
  addFramework(module: string, frameworks: string[]): void;
  isPathLiteral(s: string): boolean;
  /** An app or router constructor's name (APP_CTORS, ROUTER_CTORS of the js family). */
  isCtor(name: string): boolean;
  /** extractRoutes' mayRegister for the js family: the names readCall may act on. */
  mayRegister(name: string): boolean;
  /** A route verb (VERBS), lower case. */
  isVerb(lname: string): boolean;
  /** A receiver written as an HTTP client or a map (HTTP_CLIENTS). */
  isHttpClient(receiver: string): boolean;
  /** listenPort's port for `x.listen(first, …)`, from the first argument's text (`object`: it is an object literal). */
  listenPort(firstArg: string, object: boolean): number | undefined;
  /** Every name mayRegister accepts, lower-cased (vocabulary.ts registerNames). */
  registerNames: readonly string[];
}

class Bail extends Error {}
const BAIL = new Bail('not sure');

/** As extract.ts. */
const MAX_EXPORTS = 200;
/** The characters isPathLiteral accepts (its character class, `^` and `$` included). */
const PATH_CHARS = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-/{}:<>*$?()^') PATH_CHARS[c.charCodeAt(0)] = 1;
/** The words word() acts on by name (its switch), besides the vocabulary's. */
const STATEMENT_WORDS = ['import', 'export', 'class', 'let', 'const', 'var', 'module', 'require'];
/**
 * Per vocabulary, a table by (length, first character lower-cased) of the words word() may act on:
 * any other identifier is passed over without being read (most of a file's names).
 */
const WORD_KEYS = new WeakMap<JsVocabulary, Uint8Array>();
const wordKey = (length: number, first: number) => ((length & 63) << 7) | ((first >= 65 && first <= 90 ? first + 32 : first) & 127);
/** mayRegister's answers by vocabulary; at most MAX_CACHED words each. */
const REGISTERS = new WeakMap<JsVocabulary, Map<string, boolean>>();
const MAX_CACHED = 50_000;
/** Where each of register()'s words stands in a text: [start, end, start, end, …], in order, overlaps included. */
interface WordSpans {
  prefix: number[];
  mounted: number[];
}
function wordSpans(text: string): WordSpans {
  const out: WordSpans = { prefix: [], mounted: [] };
  for (const m of text.matchAll(/(?=(prefix|routes|[sS]tatic|sirv))/g)) {
    const w = m[1]!;
    (w === 'prefix' ? out.prefix : out.mounted).push(m.index, m.index + w.length);
  }
  return out;
}
/** Mounts read here, at most (extractRoutes keeps every one: past this the tree reads them). */
const MAX_MOUNTS = 1000;
/** Type arguments longer than this (in tokens) are not looked through. */
const MAX_TYPE_ARGS = 256;

/** Calls readCall mounts with (Express/Koa `use`, Hono `route`, Fastify `register`, `mount`, FastAPI/Flask names). */
const MOUNT_NAMES = new Set(['use', 'route', 'register', 'mount', 'include_router', 'register_blueprint']);
/** Calls readCall acts on without a receiver (`setGlobalPrefix` and `enableVersioning` of NestJS). */
const BARE_NAMES = new Set(['setGlobalPrefix', 'enableVersioning']);
/** Punctuation after a name that no call or `new` expression can follow it with (the name is not called). */
const NOT_CALLED_AFTER = new Set([',', ')', ']', '}', ';', ':', '=', '=>']);
/** Words that, after a line break, continue the expression before them instead of starting a statement. */
const OPERATOR_WORDS = new Set(['in', 'instanceof', 'as', 'satisfies', 'of', 'extends', 'keyof']);
/** Words after `export default` / `module.exports =` whose node is not an `identifier`. */
const NOT_IDENTIFIER = new Set(['class', 'function', 'this', 'super', 'null', 'true', 'false', 'undefined', 'new', 'typeof', 'void', 'delete', 'import']);
/** Words that may or may not be an identifier there (`export default async function`): not modelled. */
const UNSURE_WORDS = new Set(['async', 'abstract', 'interface', 'enum', 'type', 'module', 'namespace', 'declare', 'await', 'yield', 'let', 'static', 'get', 'set']);
/** Keywords that never end an operand (an expression goes on after them across a line break). */
/**
 * Reserved words (and some contextual ones): tree-sitter reads them as keywords, not names, in places
 * where the lexer sees a name (`export * as function`, `export { a as class }`, a JSX attribute
 * `class`), and recovers in its own way: not modelled.
 */
const RESERVED = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function',
  'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with',
  'yield', 'await', 'let', 'static', 'implements', 'interface', 'package', 'private', 'protected', 'public', 'undefined',
]);
/** Words a type may follow (`T extends \`/x\``, `x as \`/x\``, `[K in \`/x\`]`). */
const TYPE_WORDS = new Set(['extends', 'keyof', 'is', 'infer', 'readonly', 'unique', 'asserts', 'as', 'satisfies', 'in', 'of', 'type', 'typeof', 'declare', 'abstract', 'implements', 'new']);
/** Operators no type follows. */
const VALUE_OPERATORS = new Set(['===', '!==', '==', '!=', '+', '+=', '||', '&&', '??', '||=', '&&=', '??=', '-', '*', '/', '%', '!']);
const PREFIX_WORDS = new Set(['typeof', 'void', 'delete', 'await', 'yield', 'new', 'return', 'throw', 'case', 'in', 'of', 'instanceof', 'as', 'satisfies', 'keyof', 'extends', 'else', 'do']);

/** extractRoutes' facts for a JS/TS text, or undefined where the tree is needed (or this is not sure). */
export function fastJsRoutes(lang: Lang, f: SourceFile, v: JsVocabulary): FileRoutes | undefined {
  if (lang !== 'javascript' && lang !== 'typescript' && lang !== 'tsx') return undefined;
  const text = f.text;
  const o = { typescript: lang !== 'javascript', jsx: lang !== 'typescript', tsx: lang === 'tsx' };
  // Valid code as the parser of fast-facts.ts models it: tree-sitter recovers from no error here,
  // and every regex/division guess of the lexer is confirmed by the grammar. (Shared with jsFacts.)
  const { tokens: tk, parsed } = fastParse(f, o);
  if (!parsed || !tk) return undefined;
  try {
    return new Reader(lang, text, tk, v).run();
  } catch (e) {
    if (e instanceof Bail) return undefined;
    throw e;
  }
}

/**
 * The Reader's per-token arrays, reused from file to file (no garbage per file): a Reader is done
 * with them before the next one starts.
 */
const scratch = { match: new Int32Array(0), depth: new Int32Array(0), plusInFirst: new Uint8Array(0) };

class Reader {
  private readonly kind: Uint8Array;
  private readonly st: Int32Array;
  private readonly en: Int32Array;
  private readonly nl: Uint8Array;
  private readonly count: number;
  /** For each bracket token (and template head/tail) its partner. */
  private readonly match: Int32Array;
  /** Bracket nesting of each token (0: the program's own statements). */
  private readonly depth: Int32Array;
  /** Per `(`: 1 when its first argument holds a `+` or a `<` at its own level (a concatenation, or type arguments whose `,` is not an argument's end). */
  private readonly plusInFirst: Uint8Array;
  private readonly out: FileRoutes;
  private readonly lits = new Set<string>();
  /** A decorator at the top level not yet followed by its class. */
  private decorated = false;
  /** Tokens before this index belong to an import statement already read (its names are no calls). */
  private importEnd = -1;
  /** holds()'s words of this file, found on first use. */
  private spans: WordSpans | undefined;
  /** WORD_KEYS of the vocabulary. */
  private readonly keys: Uint8Array;
  /** lineAt()'s position: the line of lineOffset. */
  private line = 1;
  private lineOffset = 0;
  /** mayRegister's answers for this vocabulary (taken once per file: the lookup is per identifier). */
  private readonly registers: Map<string, boolean>;

  constructor(
    lang: Lang,
    private readonly text: string,
    tk: Tokens,
    private readonly v: JsVocabulary,
  ) {
    let registers = REGISTERS.get(v);
    if (!registers) REGISTERS.set(v, (registers = new Map()));
    this.registers = registers;
    let keys = WORD_KEYS.get(v);
    if (!keys) {
      keys = new Uint8Array(64 << 7);
      for (const w of [...STATEMENT_WORDS, ...v.registerNames]) keys[wordKey(w.length, w.charCodeAt(0))] = 1;
      WORD_KEYS.set(v, keys);
    }
    this.keys = keys;
    this.kind = tk.kind;
    this.st = tk.start;
    this.en = tk.end;
    this.nl = tk.nl;
    this.count = tk.count;
    const n = tk.count + 1;
    if (scratch.match.length < n) {
      const cap = Math.max(n, scratch.match.length * 2);
      scratch.match = new Int32Array(cap);
      scratch.depth = new Int32Array(cap);
      scratch.plusInFirst = new Uint8Array(cap);
    }
    // Views of exactly n: an index past them reads undefined, as a fresh array's would.
    this.match = scratch.match.subarray(0, n).fill(-1);
    this.depth = scratch.depth.subarray(0, n).fill(0);
    this.plusInFirst = scratch.plusInFirst.subarray(0, n).fill(0);
    this.out = { lang, frameworks: [], routes: [], routers: [], mounts: [], imports: [], literals: [], catchAll: false };
    this.structure();
  }

  run(): FileRoutes {
    const { kind, count } = this;
    for (let i = 0; i < count; i++) {
      const k = kind[i]!;
      if (k === Tok.String || k === Tok.Template) this.literal(i, k);
      else if (k === Tok.Ident) this.word(i);
      else if (k === Tok.Punct && this.text.charCodeAt(this.st[i]!) === 64) {
        if (this.isWord(i + 1, 'Controller')) throw BAIL; // a NestJS controller: routes from decorators
        if (this.depth[i] === 0) this.decorated = true; // see exportStatement
      } else if (k === Tok.JsxAttr || k === Tok.JsxName) {
        // `<div class="x" />`: no JSX for tree-sitter's javascript grammar (its tsx grammar reads it)
        if (this.out.lang === 'javascript' && RESERVED.has(this.text.slice(this.st[i]!, this.en[i]!))) throw BAIL;
      }
    }
    this.out.literals = [...this.lits];
    return this.out;
  }

  // ---- tokens

  private w(i: number): string {
    return this.kind[i] === Tok.Ident ? this.text.slice(this.st[i]!, this.en[i]!) : '';
  }
  private isWord(i: number, w: string): boolean {
    return i < this.count && this.kind[i] === Tok.Ident && this.en[i]! - this.st[i]! === w.length && this.text.startsWith(w, this.st[i]!);
  }
  private isP(i: number, p: string): boolean {
    return i >= 0 && i < this.count && this.kind[i] === Tok.Punct && this.en[i]! - this.st[i]! === p.length && this.text.startsWith(p, this.st[i]!);
  }
  private isEof(i: number): boolean {
    return i >= this.count;
  }

  /** Bracket partners, nesting and the first-argument flags, in one pass. Template substitutions nest like brackets. */
  private structure(): void {
    const { kind, text, st, en, count } = this;
    const stack: number[] = [];
    /** Per open `(` on the stack: still in its first argument. */
    const first: boolean[] = [];
    for (let i = 0; i < count; i++) {
      const k = kind[i]!;
      this.depth[i] = stack.length;
      if (k === Tok.TemplateHead) {
        stack.push(i);
        first.push(false);
        continue;
      }
      if (k === Tok.TemplateTail) {
        const o = stack.pop();
        first.pop();
        if (o === undefined || kind[o] !== Tok.TemplateHead) throw BAIL;
        this.match[o] = i;
        this.match[i] = o;
        this.depth[i] = stack.length;
        continue;
      }
      if (k !== Tok.Punct) continue;
      const len = en[i]! - st[i]!;
      const c = text.charCodeAt(st[i]!);
      if (len === 1 && (c === 40 || c === 91 || c === 123)) {
        stack.push(i);
        first.push(c === 40);
      } else if (len === 1 && (c === 41 || c === 93 || c === 125)) {
        const o = stack.pop();
        first.pop();
        if (o === undefined || kind[o] !== Tok.Punct || text.charCodeAt(st[o]!) !== (c === 41 ? 40 : c === 93 ? 91 : 123)) throw BAIL;
        this.match[o] = i;
        this.match[i] = o;
        this.depth[i] = stack.length;
      } else if (first.length > 0 && first[first.length - 1]) {
        if (len === 1 && c === 44) first[first.length - 1] = false;
        else if (len === 1 && (c === 43 || c === 60)) this.plusInFirst[stack[stack.length - 1]!] = 1;
      }
    }
    if (stack.length > 0) throw BAIL;
  }

  /** A string's or template's value as the tree reads it, when it could matter: its text between the quotes. */
  private value(i: number): string {
    const s = this.text.slice(this.st[i]! + 1, this.en[i]! - 1);
    // An escape is kept as written by the tree (stringValueOfParts), `\/` included: not modelled.
    if (s.includes('\\')) throw BAIL;
    return s;
  }

  // ---- literals

  private literal(i: number, k: number): void {
    if (this.lits.size >= MAX_LITERALS) return;
    const a = this.st[i]! + 1;
    const b = this.en[i]! - 1;
    if (k === Tok.String && this.kind[i - 2] === Tok.JsxAttr) {
      // A JSX attribute string with a line break, or with a character reference (`&amp;`) and a
      // brace or backslash, is read by the tree from its parts, the reference or break maybe left
      // out: a value this module does not compute. (Other strings cannot hold a line break, and an
      // escape in them fails isPathLiteral either way.)
      const j = this.text.slice(a, b);
      if (j.includes('\n') || j.includes('\r') || (j.includes('&') && /[{}\\]/.test(j))) throw BAIL;
    }
    // A necessary condition of isPathLiteral, checked without a copy: most strings fail it here.
    if (b - a < 2 || b - a >= 120) return;
    for (let p = a; p < b; p++) {
      const c = this.text.charCodeAt(p);
      if (c > 127 || PATH_CHARS[c] === 0) return;
    }
    const s = this.text.slice(a, b);
    if (!this.v.isPathLiteral(s)) return;
    // TypeScript: a template in a type (`type T = \`/api\``) is a template_literal_type, no string;
    // only a parser tells a type from a value there.
    if (k === Tok.Template && this.out.lang !== 'javascript' && !this.templateIsValue(i)) throw BAIL;
    // A string's text is its value here: an escape (`\`) fails isPathLiteral, and the parts of a
    // string with a brace are its text.
    this.lits.add(s);
  }

  /** Whether a template at i is surely an expression (a template_string), not a type, by the token before it. */
  private templateIsValue(i: number): boolean {
    const p = i - 1;
    if (p < 0 || this.isP(p, ';')) return true; // a statement starts: no type
    if (this.kind[p] === Tok.Ident) return !TYPE_WORDS.has(this.w(p)); // a tag, `return`, `case`…; no type follows a plain name
    // call arguments: `f(`, `f()(`, `a[0](` (not `x is (…)`, `extends (…)`: types)
    if (this.isP(p, '(')) return (this.kind[p - 1] === Tok.Ident && !TYPE_WORDS.has(this.w(p - 1))) || this.isP(p - 1, ')') || this.isP(p - 1, ']');
    // `const x = …`, `x = …` as a statement, a default (`(a = …)`, `{ a = … }`); not a type
    // alias or a type parameter's default (`type T = …`, `<T extends A.B = …>`)
    if (this.isP(p, '=')) {
      if (this.kind[p - 1] !== Tok.Ident) return false;
      const q = p - 2;
      return q < 0 || this.isWord(q, 'const') || this.isWord(q, 'let') || this.isWord(q, 'var') || this.isP(q, ';') || this.isP(q, '{') || this.isP(q, '}') || this.isP(q, '(');
    }
    return VALUE_OPERATORS.has(this.text.slice(this.st[p]!, this.en[p]!)) && this.kind[p] === Tok.Punct;
  }

  // ---- words

  private word(i: number): void {
    if (this.keys[wordKey(this.en[i]! - this.st[i]!, this.text.charCodeAt(this.st[i]!))] === 0) return;
    const w = this.w(i);
    switch (w) {
      case 'import':
        this.importStatement(i);
        return;
      case 'export':
        this.exportStatement(i);
        return;
      case 'class':
        if (this.depth[i] === 0) this.decorated = false;
        return;
      case 'let':
      case 'const':
      case 'var':
        // `let` and a line break (`let\nabstract\nexport class Y {}`): tree-sitter's recovery differs
        if (this.nl[i + 1] && !this.isWord(i - 1, 'as') && !this.afterMember(i)) throw BAIL;
        return;
      case 'module':
        this.moduleExports(i);
        return;
      case 'require':
        this.requireCall(i);
        return;
      default:
        if (i >= this.importEnd && this.mayRegister(w)) this.callee(i, w);
    }
  }

  /** The vocabulary's mayRegister, remembered per word (a bounded cache, for this vocabulary only). */
  private mayRegister(w: string): boolean {
    let r = this.registers.get(w);
    if (r === undefined) {
      r = this.v.mayRegister(w);
      if (this.registers.size < MAX_CACHED) this.registers.set(w, r);
    }
    return r;
  }

  /** A name in an import or export: an identifier, not a reserved word (`default` allowed where a module export name may be it). */
  private name(i: number, moduleName = false): string {
    if (this.kind[i] !== Tok.Ident) throw BAIL;
    const w = this.w(i);
    if (RESERVED.has(w) && !(moduleName && w === 'default')) throw BAIL;
    return w;
  }

  private afterMember(i: number): boolean {
    return this.isP(i - 1, '.') || this.isP(i - 1, '?.');
  }

  /**
   * A name readCall may act on. Bails unless this token is not a call's name, or the call is one
   * readCall dismisses: a route verb on an HTTP client or a map, a route verb whose first argument is
   * no path (not a string starting with `/`, no concatenation), a name it only reads with a receiver.
   */
  private callee(i: number, w: string): void {
    const next = i + 1;
    if (this.v.isCtor(w)) {
      // `express()`, `new Router`, `Router.get` aside: only a property access (`express.static`), an
      // import name, or a name that no call or `new` takes is surely not the constructor call: a
      // parameter, an argument, a key, a type annotation, an assignment's target (`(fastify, opts)`,
      // `{ fastify }`, `app: Hono;`, `fastify =>`). A name followed by `(`, `<`, `?.`, `!` or a
      // template may be called; `new` takes it whatever follows.
      if (this.isWord(i - 1, 'new') || this.afterMember(i)) throw BAIL;
      if (this.isP(next, '.') || NOT_CALLED_AFTER.has(this.kind[next] === Tok.Punct ? this.text.slice(this.st[next]!, this.en[next]!) : '')) return;
      throw BAIL;
    }
    const member = this.afterMember(i);
    let open: number;
    if (this.isP(next, '(')) open = next;
    else if (this.isP(next, '?.') && this.isP(next + 1, '(')) open = next + 1;
    else if (this.isP(next, '?.') && this.kind[next + 1] !== Tok.Ident && this.kind[next + 1] !== Tok.Private) {
      // `x.get?.<T>(…)`, `x.get?.[k]`: maybe a call, not read here
      if (member || BARE_NAMES.has(w)) throw BAIL;
      return;
    }
    else if (this.isP(next, '<') && this.isP(this.typeArgsEnd(next), '(')) open = this.typeArgsEnd(next); // `x.get<T>(…)`
    else if (this.isP(next, '!') && !this.isP(next + 1, '(')) return; // `x.path!.y`: a non-null property, no call
    else if (this.isP(next, '<') || this.isP(next, '!') || this.kind[next] === Tok.Template || this.kind[next] === Tok.TemplateHead) {
      // a comparison or type arguments not followed by a call, a non-null assertion, a tag: maybe a call, not read here
      if (member || BARE_NAMES.has(w)) throw BAIL;
      return;
    } else return; // not called (`new x.get` without arguments registers nothing: no path)
    if (!member) {
      // readCall without a receiver: only constructors (above) and these two.
      if (BARE_NAMES.has(w)) throw BAIL;
      return;
    }
    if (w === 'register') return this.register(i, open);
    if (w === 'listen') return this.listen(open);
    if (w === 'use' && this.usesNothing(open)) return;
    if (BARE_NAMES.has(w) || MOUNT_NAMES.has(w)) throw BAIL;
    const lname = w.toLowerCase();
    if (lname === 'route') throw BAIL;
    if (!this.v.isVerb(lname)) return; // CALL_NAMES of Go and Python, LISTEN_NAMES other than `listen`: nothing for js
    if (this.httpClient(i)) return;
    // The first positional argument: a path string, a template with `${}` or a `+` concatenation make a route.
    const a = open + 1;
    if (this.isP(a, ')')) return;
    const k = this.kind[a];
    if (k === Tok.String || k === Tok.Template) {
      if (!this.isP(a + 1, ',') && !this.isP(a + 1, ')')) throw BAIL;
      const v = this.value(a);
      // readCall: a path is '' or starts with `/` (`*` for js), or says its method (`GET /x`).
      if (v === '' || v.startsWith('/') || v === '*' || /^[A-Z]+\s/.test(v)) throw BAIL;
      return;
    }
    if (k === Tok.TemplateHead || this.plusInFirst[open]) throw BAIL;
  }

  /**
   * Fastify's `x.register(plugin, { prefix })`, as readCall mounts it: its first argument when that is
   * a name (a mount of that name) or a string (an opaque mount), with the prefix of the second; any
   * other first argument (`this`, `a.b`, a call, an object) mounts nothing, unless it may be a call
   * readCall mounts (`r.routes()`, a static handler). Bails where the mount's receiver, prefix or
   * first argument is not read here exactly.
   */
  private register(i: number, open: number): void {
    const a = open + 1;
    const close = this.match[open]!;
    if (a === close) return; // no argument: nothing to mount
    // A `prefix` anywhere in the arguments may be the second one's: not computed here.
    if (this.holds('prefix', this.st[open]!, this.en[close]!)) throw BAIL;
    const end = this.firstArgumentEnd(open);
    if (end === a + 1) {
      const k = this.kind[a];
      if (k === Tok.Number) return;
      if (k === Tok.String || k === Tok.Template) return this.mount(i, '', true);
      if (k !== Tok.Ident) throw BAIL;
      const name = this.w(a);
      if (name === 'this') return; // a `this` node: no identifier, no call
      if (RESERVED.has(name) || UNSURE_WORDS.has(name)) throw BAIL;
      return this.mount(i, name, false);
    }
    // Several tokens: no identifier nor string (a template with substitutions has no value); a call
    // mounts only when readCall reads it as `x.routes()` or a static handler.
    if (this.holds('mounted', this.st[a]!, this.en[end - 1]!)) throw BAIL;
  }

  /**
   * Whether the text between two offsets holds a word register() must not pass over: `prefix`, or a
   * name of a call readCall mounts (`routes`, `static`, `serveStatic`, `sirv`). The words are found
   * once per file, so that calls nested in each other's arguments do not rescan them.
   */
  private holds(which: keyof WordSpans, from: number, to: number): boolean {
    const spans = (this.spans ??= wordSpans(this.text))[which];
    let lo = 0;
    let hi = spans.length >> 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[2 * mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; 2 * k < spans.length && spans[2 * k]! < to; k++) if (spans[2 * k + 1]! <= to) return true;
    return false;
  }

  /** Node's `x.listen(port, …)`: listenPort's port from the first argument, as the tree's node text. */
  private listen(open: number): void {
    const a = open + 1;
    const close = this.match[open]!;
    if (a === close) return; // no argument: no port
    const end = this.firstArgumentEnd(open);
    const port = this.v.listenPort(this.text.slice(this.st[a]!, this.en[end - 1]!), this.isP(a, '{') && this.match[a] === end - 1);
    if (port === undefined) return;
    const listens = (this.out.listens ??= []);
    if (listens.length < 20 && !listens.includes(port)) listens.push(port);
  }

  /**
   * The token after the first argument of the call opened at `open`: its `,` or the closing `)`.
   * Bails when a `<` or `+` at its level may be type arguments (whose `,` is not the argument's end).
   */
  private firstArgumentEnd(open: number): number {
    if (this.plusInFirst[open]) throw BAIL;
    const close = this.match[open]!;
    let j = open + 1;
    while (j < close && !this.isP(j, ',')) j = this.match[j]! > j ? this.match[j]! + 1 : j + 1;
    if (j === open + 1) throw BAIL;
    return j;
  }

  /**
   * readCall's mount for the member call named at i: its receiver is the tree's `object` node, here a
   * chain of names (`app`, `this.server`), and its line the call's first. Bails on any other receiver.
   */
  private mount(i: number, child: string, opaque: boolean): void {
    if (!this.isP(i - 1, '.')) throw BAIL; // `x?.register(`: not read here
    let j = i - 2;
    if (this.kind[j] !== Tok.Ident) throw BAIL;
    while (this.isP(j - 1, '.') && this.kind[j - 2] === Tok.Ident) j -= 2;
    // The chain is the whole receiver only when nothing before it binds to it: `f().a`, `a?.b`, `new a.b`, `@a.b`.
    if (j > 0 && (this.kind[j - 1] === Tok.Punct ? /^(?:\.|\?\.|@)$/.test(this.text.slice(this.st[j - 1]!, this.en[j - 1]!)) : this.isWord(j - 1, 'new'))) throw BAIL;
    if (this.kind[j - 1] === Tok.Private) throw BAIL;
    const first = this.w(j);
    if (first !== 'this' && first !== 'super' && (RESERVED.has(first) || UNSURE_WORDS.has(first))) throw BAIL;
    const parent = this.text.slice(this.st[j]!, this.en[i - 2]!);
    if (this.out.mounts.length >= MAX_MOUNTS) throw BAIL;
    this.out.mounts.push({ parent, child, prefix: '', line: this.lineAt(this.st[j]!), ...(opaque ? { opaque: true as const } : {}) });
  }

  /** The 1-based line of a text offset, as the tree counts rows (by `\n`); offsets come in increasing order mostly. */
  private lineAt(offset: number): number {
    if (offset < this.lineOffset) {
      this.lineOffset = 0;
      this.line = 1;
    }
    for (let p = this.text.indexOf('\n', this.lineOffset); p !== -1 && p < offset; p = this.text.indexOf('\n', p + 1)) this.line++;
    this.lineOffset = offset;
    return this.line;
  }

  /**
   * Whether `x.use(…)` with arguments from `open` mounts nothing in readCall: no string first (a
   * prefix), and no argument a name, a call (`r.routes()`, `express.static()`): each one a member
   * chain (`this.config.name`) or an object or array literal.
   */
  private usesNothing(open: number): boolean {
    const close = this.match[open]!;
    let j = open + 1;
    while (j < close) {
      if (this.isP(j, '{') || this.isP(j, '[')) j = this.match[j]! + 1;
      else if (this.kind[j] === Tok.Ident && this.isP(j + 1, '.') && this.kind[j + 2] === Tok.Ident) {
        j += 3;
        while (this.isP(j, '.') && this.kind[j + 1] === Tok.Ident) j += 2;
      } else return false;
      if (this.isP(j, ',')) j++;
      else if (j !== close) return false;
    }
    return true;
  }

  /**
   * The token after the `>` closing the type arguments opened at `lt`, or -1. Brackets inside are
   * skipped whole; at most MAX_TYPE_ARGS tokens are looked at, so each call costs a bounded scan.
   */
  private typeArgsEnd(lt: number): number {
    let d = 0;
    for (let j = lt; j < this.count && j < lt + MAX_TYPE_ARGS; j++) {
      if (this.isP(j, '<')) d++;
      else if (this.isP(j, '>')) {
        if (--d === 0) return j + 1;
      } else if (this.match[j]! > j) j = this.match[j]!;
      else if (this.isP(j, ';') || this.match[j]! >= 0) return -1; // a statement's end, a closing bracket
    }
    return -1;
  }

  /** Whether the receiver of the member call named at i is written as an HTTP client or a map (HTTP_CLIENTS). */
  private httpClient(i: number): boolean {
    if (!this.isP(i - 1, '.')) return false;
    let j = i - 2;
    if (this.kind[j] !== Tok.Ident) return false;
    while (this.isP(j - 1, '.') && j - 2 >= 0 && this.kind[j - 2] === Tok.Ident) j -= 2;
    // `f().a.get(`, `a?.b.get(`: the receiver is more than this chain of names
    if (this.isP(j - 1, '.') || this.isP(j - 1, '?.')) return false;
    return this.v.isHttpClient(this.text.slice(this.st[j]!, this.en[i - 2]!));
  }

  // ---- imports, requires, exports

  private addFramework(module: string): void {
    this.v.addFramework(module, this.out.frameworks);
  }

  /** After a module string: an import attribute (`with { type: 'json' }`) is not modelled. */
  private noAttributes(i: number): void {
    if (this.isWord(i, 'with') || (this.isWord(i, 'assert') && !this.nl[i])) throw BAIL;
  }

  private importStatement(i: number): void {
    if (this.afterMember(i) || this.isP(i + 1, '(') || this.isP(i + 1, '.')) return; // import(), import.meta, x.import
    if (this.isP(i + 1, ':') || this.isP(i + 1, '?') || this.isP(i + 1, ',') || this.isP(i + 1, '}')) return; // a property named import
    let j = i + 1;
    if (this.kind[j] === Tok.String) {
      this.noAttributes(j + 1);
      const src = this.value(j);
      if (src) this.addFramework(src);
      this.importEnd = j + 1;
      return;
    }
    if (this.isWord(j, 'type')) {
      // `import type from 'x'` imports a default named `type`; `import type X = …` is an alias
      if (this.isP(j + 1, '{') || this.isP(j + 1, '*') || (this.kind[j + 1] === Tok.Ident && !this.isWord(j + 1, 'from'))) j++;
      else throw BAIL;
    }
    if (this.kind[j] === Tok.Ident && this.isP(j + 1, '=')) {
      // `import x = require('y')`: the statement has no source field (it is the clause's), so
      // readImport reads nothing; `import x = A.B` is an import_alias, no import statement.
      if (this.isWord(j + 2, 'require') && this.isP(j + 3, '(')) this.importEnd = this.match[j + 3]! + 1;
      return;
    }
    const found: Array<{ local: string; attr?: string }> = [];
    if (this.kind[j] === Tok.Ident && !this.isWord(j, 'from')) {
      found.push({ local: this.name(j), attr: 'default' });
      j++;
      if (this.isP(j, ',')) j++;
      else if (!this.isWord(j, 'from')) throw BAIL; // `import x = require('y')`, `import x = A.B`
    } else if (this.isWord(j, 'from') && this.isWord(j + 1, 'from')) {
      found.push({ local: 'from', attr: 'default' });
      j++;
    }
    if (this.isP(j, '*')) {
      if (!this.isWord(j + 1, 'as')) throw BAIL;
      found.push({ local: this.name(j + 2) });
      j += 3;
    } else if (this.isP(j, '{')) {
      const close = this.match[j]!;
      j++;
      while (j < close) {
        if (this.isWord(j, 'type')) {
          // `type X` is a type-only specifier of X; `type as …` could be either reading, and a lone
          // `type` is no specifier for tree-sitter
          if (this.kind[j + 1] !== Tok.Ident || this.isWord(j + 1, 'as')) throw BAIL;
          j++;
        }
        const name = this.name(j, true); // not `"a-b" as c`
        let local = name;
        j++;
        if (this.isWord(j, 'as')) {
          local = this.name(j + 1);
          j += 2;
        }
        found.push({ local, attr: name });
        if (this.isP(j, ',')) j++;
        else if (j !== close) throw BAIL;
      }
      j = close + 1;
    }
    if (!this.isWord(j, 'from') || this.kind[j + 1] !== Tok.String) throw BAIL;
    this.noAttributes(j + 2);
    this.importEnd = j + 2;
    const src = this.value(j + 1);
    if (!src) return;
    this.addFramework(src);
    for (const f of found) this.out.imports.push({ local: f.local, module: src, ...(f.attr !== undefined ? { attr: f.attr } : {}) });
  }

  /**
   * Whether the token at i ends the expression before it: a statement or list ends there, or a line
   * break precedes a token that cannot go on with it (automatic semicolon insertion). Bails where a
   * line break does not decide.
   */
  private ends(i: number): boolean {
    if (this.isEof(i)) return true;
    if (this.isP(i, ';') || this.isP(i, '}') || this.isP(i, ')') || this.isP(i, ']') || this.isP(i, ',') || this.isP(i, ':')) return true;
    if (!this.nl[i]) return false;
    const k = this.kind[i];
    if (k === Tok.Ident) {
      if (OPERATOR_WORDS.has(this.w(i))) throw BAIL;
      return true;
    }
    if (k === Tok.String || k === Tok.Number) return true;
    if (this.isP(i, '++') || this.isP(i, '--') || this.isP(i, '@')) throw BAIL;
    return false;
  }

  /** `export default x` / `module.exports = x` with x at i: whether the value is the identifier x. */
  private identifierValue(i: number): boolean {
    if (this.kind[i] !== Tok.Ident) return false;
    const w = this.w(i);
    if (NOT_IDENTIFIER.has(w)) return false;
    if (UNSURE_WORDS.has(w)) {
      // `export default async function`, `abstract class`, `interface X`: declarations, no identifier
      if (this.kind[i + 1] === Tok.Ident && !this.nl[i + 1] && (w === 'async' || w === 'abstract' || w === 'interface' || w === 'enum')) return false;
      throw BAIL;
    }
    return this.ends(i + 1);
  }

  private moduleExports(i: number): void {
    // the left side's text must be `module.exports` exactly (assignment_expression, field left)
    if (this.afterMember(i) || !this.isP(i + 1, '.') || !this.isWord(i + 2, 'exports') || !this.isP(i + 3, '=')) return;
    if (this.en[i] !== this.st[i + 1] || this.en[i + 1] !== this.st[i + 2]) return;
    if (this.identifierValue(i + 4)) this.out.defaultExport = this.w(i + 4);
  }

  /** `const x = require('m')`: readRequire's import (and framework). Any other use of require is no declarator's value, or bails. */
  private requireCall(i: number): void {
    if (!this.isP(i + 1, '(') || i < this.importEnd) return; // `require.resolve`, `typeof require`, `import x = require('y')`
    const close = this.match[i + 1]!;
    const after = close + 1;
    // `require('fastify')()`: a call named by the module (callInfo), maybe an app
    if (this.isP(after, '(') || this.isP(after, '?.') || this.kind[after] === Tok.Template || this.kind[after] === Tok.TemplateHead) throw BAIL;
    if (!this.isP(i - 1, '=')) return; // not the value of a declarator (nor of an assignment)
    // readRequire reads a declarator whose value is the call itself (not `require('x').y`, `require('x') || z`)
    if (!this.ends(after)) return;
    // … and whose first named child is one string (a comment first, `'a' + b`, a name: no module)
    const a = i + 2;
    if ((this.kind[a] !== Tok.String && this.kind[a] !== Tok.Template) || !(this.isP(a + 1, ')') || this.isP(a + 1, ','))) return;
    if (this.text.slice(this.en[i + 1]!, this.st[a]!).trim() !== '') return;
    const lhs = i - 2;
    let local: string | undefined;
    if (this.kind[lhs] === Tok.Ident && (this.isWord(lhs - 1, 'const') || this.isWord(lhs - 1, 'let') || this.isWord(lhs - 1, 'var'))) local = this.w(lhs);
    else if ((this.isP(lhs, '}') || this.isP(lhs, ']')) && ['const', 'let', 'var'].some((kw) => this.isWord(this.match[lhs]! - 1, kw))) local = undefined;
    else if (this.kind[lhs] === Tok.Ident && this.afterMember(lhs)) return; // `exports.x = require('x')`: an assignment
    else throw BAIL; // a second declarator (`a = 1, b = require()`), a typed one, an assignment: not told apart here
    const src = this.value(a);
    if (!src) return;
    this.addFramework(src);
    if (local !== undefined) this.out.imports.push({ local, module: src, attr: 'default' });
  }

  private exportStatement(i: number): void {
    if (this.afterMember(i)) return;
    const j = i + 1;
    // a property or method named export
    if (this.isP(j, '(') || this.isP(j, ':') || this.isP(j, '?') || this.isP(j, ',') || this.isP(j, '}') || this.isP(j, ';') || this.isP(j, ')') || this.isEof(j)) return;
    const top = this.depth[i] === 0;
    if (this.isWord(j, 'default')) {
      // readExport and the default check test the statement's text: `export default`, one space
      if (this.text.slice(this.en[i]!, this.st[j]!) !== ' ') throw BAIL;
      // `@dec export default class A {}`: the statement starts at the decorator, so its text does
      // not start with `export default` either (readExport reads the class name instead)
      if (top && this.decorated) throw BAIL;
      if (this.identifierValue(j + 1)) this.out.defaultExport = this.w(j + 1);
      if (top) this.addExport('default');
      return;
    }
    if (!top) return; // only the program's own export statements are read (readExport)
    this.out.exports ??= [];
    if (this.isP(j, '*')) {
      let k = j + 1;
      let ns: string | undefined;
      if (this.isWord(k, 'as')) {
        if (this.kind[k + 1] !== Tok.Ident) throw BAIL;
        ns = this.name(k + 1);
        k += 2;
      }
      if (!this.isWord(k, 'from') || this.kind[k + 1] !== Tok.String) throw BAIL;
      this.noAttributes(k + 2);
      const module = this.value(k + 1);
      const re = (this.out.reexports ??= []);
      if (re.length >= MAX_EXPORTS) return;
      if (ns !== undefined) this.addExport(ns);
      else re.push({ name: '*', as: '*', module });
      return;
    }
    let c = j;
    if (this.isWord(c, 'type') && this.isP(c + 1, '{')) c++;
    if (this.isP(c, '{')) return this.exportClause(c);
    const w = this.w(j);
    switch (w) {
      case 'const':
      case 'let':
      case 'var':
        return this.exportDeclarators(j);
      case 'declare':
        // an ambient_declaration: no name field, nothing exported by readExport
        return;
      case 'async':
        if (!this.isWord(j + 1, 'function') || this.nl[j + 1]) throw BAIL;
        return this.exportNamed(j + 2, true);
      case 'function':
        return this.exportNamed(j + 1, true);
      case 'abstract':
        if (!this.isWord(j + 1, 'class') || this.nl[j + 1]) throw BAIL;
        return this.exportNamed(j + 2, false);
      case 'class':
      case 'interface':
      case 'enum':
      case 'type':
      case 'namespace':
      case 'module':
        return this.exportNamed(j + 1, false);
      default:
        throw BAIL; // `export =`, `export import`, `export as namespace`, decorators
    }
  }

  private addExport(name: string): void {
    const names = (this.out.exports ??= []);
    if (names.length < MAX_EXPORTS && !names.includes(name)) names.push(name);
  }

  /** A declaration's name (field name): `function f`, `function* g`, `class C`, `type T =`, `namespace N {`. */
  private exportNamed(i: number, fn: boolean): void {
    let k = i;
    if (fn && this.isP(k, '*')) k++;
    if (this.kind[k] !== Tok.Ident) throw BAIL;
    if (this.isP(k + 1, '.')) throw BAIL; // `namespace A.B`: a nested_identifier
    this.addExport(this.w(k));
  }

  /** `export { a, b as c } [from 'x']`, the clause's `{` at i. */
  private exportClause(i: number): void {
    const close = this.match[i]!;
    const specs: Array<{ name: string; as: string }> = [];
    let j = i + 1;
    while (j < close) {
      if (this.isWord(j, 'type')) {
        if (this.kind[j + 1] !== Tok.Ident || this.isWord(j + 1, 'as')) throw BAIL;
        j++;
      }
      const name = this.name(j, true);
      let as = name;
      j++;
      if (this.isWord(j, 'as')) {
        as = this.name(j + 1, true);
        j += 2;
      }
      specs.push({ name, as });
      if (this.isP(j, ',')) j++;
      else if (j !== close) throw BAIL;
    }
    if (this.isWord(close + 1, 'from')) {
      if (this.kind[close + 2] !== Tok.String) throw BAIL;
      this.noAttributes(close + 3);
      const module = this.value(close + 2);
      const re = (this.out.reexports ??= []);
      if (re.length >= MAX_EXPORTS) return;
      for (const s of specs) {
        re.push({ name: s.name, as: s.as, module });
        this.addExport(s.as);
      }
      return;
    }
    for (const s of specs) this.addExport(s.as);
  }

  /**
   * `export const a = 1, b = f(), { c } = d`: the declarators' identifier names. The declaration ends
   * at a `;` or where a line break ends it; a `,` at its level separates declarators, unless a `<`
   * is still open (type arguments `Map<A, B>`, a generic arrow `<T, U>() =>`, or a comparison): then it bails.
   */
  private exportDeclarators(kw: number): void {
    if (this.isWord(kw + 1, 'enum')) {
      if (!this.isWord(kw, 'const') || this.nl[kw + 1]) throw BAIL;
      return this.exportNamed(kw + 2, false); // `export const enum E`: an enum_declaration
    }
    let j = kw + 1;
    /** Open `<` not yet closed by a `>`: a `,` there may separate type arguments. */
    let angle = 0;
    let start = true;
    for (;;) {
      if (start) {
        if (this.kind[j] === Tok.Ident) this.addExport(this.w(j));
        else if (!this.isP(j, '{') && !this.isP(j, '[')) throw BAIL;
        start = false;
      }
      const m = this.match[j]!;
      j = m > j ? m + 1 : j + 1;
      if (this.isEof(j) || this.isP(j, ';')) return;
      if (this.isP(j, ',')) {
        if (angle === 0) {
          j++;
          start = true;
          continue;
        }
        // Inside `<`: a type argument's comma (`Map<A, B>`) unless what follows could be a declarator
        // (`b < c, d = 1`, `<T, U = X>`): a name and `=`, `:`, `,`, `;`, `!`, a line end, or a pattern.
        const a = j + 1;
        if (this.isP(a, '{') || this.isP(a, '[')) throw BAIL;
        if (this.kind[a] === Tok.Ident && (this.isEof(a + 1) || this.nl[a + 1] || this.isP(a + 1, '=') || this.isP(a + 1, ':') || this.isP(a + 1, ',') || this.isP(a + 1, ';') || this.isP(a + 1, '!'))) throw BAIL;
        continue;
      }
      if (this.isP(j, '<')) angle++;
      else if (this.isP(j, '>') && angle > 0) angle--;
      if (this.nl[j] && this.statementBreak(j)) return;
      // Another export: this declaration's end was missed. Bailing here also keeps the scans of
      // successive declarations apart (linear time).
      if (this.isWord(j, 'export')) throw BAIL;
    }
  }

  /** At a token after a line break, inside a declaration: whether the declaration ended before it. */
  private statementBreak(j: number): boolean {
    const p = j - 1;
    const k = this.kind[p];
    let operand: boolean;
    if (k === Tok.Ident) operand = !PREFIX_WORDS.has(this.w(p));
    else if (k === Tok.Number || k === Tok.String || k === Tok.Template || k === Tok.TemplateTail || k === Tok.Regex || k === Tok.Private) operand = true;
    else if (k === Tok.Punct) operand = this.isP(p, ')') || this.isP(p, ']') || this.isP(p, '}');
    else throw BAIL; // JSX
    if (!operand) return false;
    const n = this.kind[j];
    if (n === Tok.Ident) {
      if (OPERATOR_WORDS.has(this.w(j))) throw BAIL;
      return true;
    }
    if (n === Tok.String || n === Tok.Number) return true;
    if (this.isP(j, '@')) return true;
    // `++`, `--` (restricted productions), a block, a prefix operator: not modelled
    if (this.isP(j, '++') || this.isP(j, '--') || this.isP(j, '{') || this.isP(j, '!') || this.isP(j, '~') || this.isP(j, '...')) throw BAIL;
    // after a function body (`() => {}` then `(x)`), whether a call goes on is not modelled
    if (this.isP(p, '}') && (this.isP(j, '(') || this.isP(j, '[') || n === Tok.Template || n === Tok.TemplateHead)) throw BAIL;
    if (n === Tok.Punct || n === Tok.Template || n === Tok.TemplateHead) return false; // `.x`, `(`, `[`, `+`, `?`, a tag: the expression goes on
    throw BAIL;
  }
}
