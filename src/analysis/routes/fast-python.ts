// The route facts of a Python file that registers nothing, read from its tokens (python/lex.ts)
// instead of its syntax tree: its imports (and the web frameworks they name) and its path-like
// string literals, exactly as extractRoutes collects them. A file with a call that might register
// a route, a router, a mount or a port answers undefined: extractRoutes reads it from the tree.
import { pythonReading } from '../python/facts.js';
import { Tok, type Lexed, type PyString } from '../python/lex.js';
import type { SourceFile } from '../../workspace/source-file.js';
import type { FileRoutes } from './extract.js';
import { MAX_LITERALS } from './vocabulary.js';

/**
 * What extractRoutes knows, handed in by it (this module imports no value from extract.ts: no cycle).
 * callKind: what readCall may do with a Python call of this name — `none` (nothing: not a name it
 * acts on, or a listen name other than run/run_app/serve), `verb` (a route verb only: acts when
 * called on an object with a path-like first argument), `listen` (run/run_app/serve: a port from a
 * `port=` keyword), `other` (constructors, mounts, Django and Starlette routes: anything).
 */
export interface RouteVocabulary {
  addFramework(module: string, frameworks: string[]): void;
  callKind(name: string): 'none' | 'verb' | 'listen' | 'other';
  isPathLiteral(s: string): boolean;
}

/** readCall's Go-1.22 pattern: a method and a path in one string. */
const METHOD_PATH = /^([A-Z]+)\s+(\/.*)$/;

export function fastPythonRoutes(f: SourceFile, vocab: RouteVocabulary): FileRoutes | undefined {
  const reading = pythonReading(f);
  if (!reading || mayRegister(reading.lx, vocab)) return undefined;
  const out: FileRoutes = { lang: 'python', frameworks: [], routes: [], routers: [], mounts: [], imports: [], literals: [], catchAll: false };
  // readImport, statement by statement in text order.
  for (const imp of reading.facts.rawImports) {
    if (imp.from) {
      vocab.addFramework(imp.module, out.frameworks);
      // readImport skips the module_name child by identity, which never holds for web-tree-sitter
      // nodes: an absolute module (a dotted_name) is listed as an import of itself. Kept, to match.
      if (!imp.module.startsWith('.')) out.imports.push({ local: imp.module, module: imp.module, attr: imp.module });
      for (const n of imp.names) out.imports.push({ local: n.alias ?? n.name, module: imp.module, attr: n.name });
    } else {
      for (const n of imp.names) {
        vocab.addFramework(n.name, out.frameworks);
        out.imports.push(n.alias === undefined ? { local: n.name, module: n.name } : { local: n.alias, module: n.name });
      }
    }
  }
  // Every string node in text order (nested strings of f-strings too), by stringValue: the content
  // as written between the quotes; none for an f-string with an interpolation or without content.
  const lits = new Set<string>();
  const { text } = reading.lx;
  for (const s of reading.lx.strings) {
    if (s.f && (s.interpolated || s.contentEnd === s.contentStart)) continue;
    const v = text.slice(s.contentStart, s.contentEnd);
    if (lits.size < MAX_LITERALS && vocab.isPathLiteral(v)) lits.add(v);
  }
  out.literals = [...lits];
  return out;
}

/**
 * A necessary condition for readCall to act on some call of the file. Every call whose callee is a
 * name or an attribute is written `name (` in the tokens (the last name of the callee, then the
 * argument list). Calls inside f-string interpolations (lex.ts lists them) are judged by name
 * only: a verb or run there on an object counts as a possible registration.
 */
function mayRegister(lx: Lexed, vocab: RouteVocabulary): boolean {
  const { text, kinds, starts, ends } = lx;
  for (const c of lx.innerCalls) {
    const kind = vocab.callKind(c.name);
    if (kind === 'other' || (kind !== 'none' && c.attribute)) return true;
  }
  const n = kinds.length;
  const tok = (k: number) => text.slice(starts[k], ends[k]);
  const isOp = (k: number, op: string) => kinds[k] === Tok.Op && ends[k]! - starts[k]! === op.length && text.startsWith(op, starts[k]!);
  for (let k = 0; k + 1 < n; k++) {
    if (kinds[k] !== Tok.Name || !isOp(k + 1, '(')) continue;
    // `def get(self)` and `class Router(Base)` declare, they do not call.
    if (k > 0 && kinds[k - 1] === Tok.Name && (tok(k - 1) === 'def' || tok(k - 1) === 'class')) continue;
    const kind = vocab.callKind(tok(k));
    if (kind === 'none') continue;
    if (kind === 'other') return true;
    // Verbs and run/run_app/serve act only on an object (`app.get`, `uvicorn.run`).
    if (!(k > 0 && isOp(k - 1, '.'))) continue;
    const args = k + 1;
    if (kind === 'listen') {
      if (keywordAt(lx, args, 'port')) return true;
      continue;
    }
    if (firstArgumentMayBePath(lx, args)) return true;
  }
  return false;
}

/** A `name=` keyword argument directly in the argument list opened at token `open`. */
function keywordAt(lx: Lexed, open: number, name: string): boolean {
  const { text, kinds, starts, ends } = lx;
  let depth = 0;
  for (let k = open; k < kinds.length; k++) {
    depth += bracketDelta(lx, k);
    if (depth === 0) return false;
    if (depth === 1 && kinds[k] === Tok.Name && text.slice(starts[k], ends[k]) === name && kinds[k + 1] === Tok.Op && text.slice(starts[k + 1], ends[k + 1]) === '=') return true;
  }
  return false;
}

/**
 * The first positional argument of a verb call could give a route: readCall reads a path from a
 * plain string (kept when it is '' or starts with `/`, or is `GET /x`), and a pending path from an
 * f-string or a `+` concatenation; any other expression gives none, and so do keyword arguments
 * (`objects.get(pk=1)`) and splats (`*a`, `**kw`: not paths). Conservative: a string anywhere at
 * the argument's top level, or a `+`, counts as a possible path.
 */
function firstArgumentMayBePath(lx: Lexed, open: number): boolean {
  const { text, kinds, starts, ends } = lx;
  const opIs = (k: number, w: string) => kinds[k] === Tok.Op && ends[k]! - starts[k]! === w.length && text.startsWith(w, starts[k]!);
  let depth = 0;
  let first = -1;
  let last = -1;
  let strings = 0;
  let plus = false;
  for (let k = open; k < kinds.length; k++) {
    const d = bracketDelta(lx, k);
    depth += d;
    if (depth === 0) break;
    if (k === open) continue;
    if (depth === 1 && d === 0 && opIs(k, ',')) {
      if (first >= 0) break;
      continue;
    }
    if (first < 0) {
      // A keyword argument (`name=`) or a splat is no positional path: skip to the next argument.
      if (kinds[k] === Tok.Name && opIs(k + 1, '=')) {
        k = argumentEnd(lx, k);
        continue;
      }
      if (opIs(k, '*') || opIs(k, '**')) {
        k = argumentEnd(lx, k);
        continue;
      }
      first = k;
    }
    last = k;
    if (depth === 1 && d === 0) {
      if (kinds[k] === Tok.String) strings++;
      else if (opIs(k, '+')) plus = true;
    }
  }
  if (first < 0) return false; // no positional argument
  if (first === last && kinds[first] === Tok.String) {
    const s = topLevelString(lx, starts[first]!);
    if (!s || s.f) return true;
    const v = text.slice(s.contentStart, s.contentEnd);
    return v === '' || v.startsWith('/') || METHOD_PATH.test(v);
  }
  return strings > 0 || plus;
}

/** The last token of the argument starting at token k (before its `,` or the closing bracket). */
function argumentEnd(lx: Lexed, k: number): number {
  let depth = 0;
  let j = k;
  for (; j < lx.kinds.length; j++) {
    const d = bracketDelta(lx, j);
    if (depth === 0 && (d < 0 || (lx.kinds[j] === Tok.Op && lx.text.charCodeAt(lx.starts[j]!) === 44 && lx.ends[j]! - lx.starts[j]! === 1))) return j - 1;
    depth += d;
  }
  return j - 1;
}

/** The string starting at `start` (strings are in text order: a binary search). */
function topLevelString(lx: Lexed, start: number): PyString | undefined {
  const a = lx.strings;
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const s = a[lo];
  return s && s.start === start && !s.nested ? s : undefined;
}

function bracketDelta(lx: Lexed, k: number): number {
  if (lx.kinds[k] !== Tok.Op) return 0;
  const c = lx.text.charCodeAt(lx.starts[k]!);
  return c === 40 || c === 91 || c === 123 ? 1 : c === 41 || c === 93 || c === 125 ? -1 : 0;
}
