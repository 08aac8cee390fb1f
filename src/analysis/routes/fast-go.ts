// Go route facts without a syntax tree, for the files that can contribute nothing but their
// imports and path-like string literals: most Go files register no route, start no server and
// build no router. What extractRoutes would add beyond imports and literals comes only from calls
// (readCall), and each such contribution needs a call `x.Name(...)` of a name readCall acts on, with
// a first argument of a certain shape (a string saying a path or an address, a `+` concatenation,
// a fmt.Sprintf), or a router constructor on a framework package (`gin.New()`). When the tokens show
// no such call, the facts are the file's imports and literals, read from the tokens; otherwise the
// tree decides (undefined here).
import { goFileOf } from '../go/facts.js';
import { IDENT, isOp, OP, RAW, STRING, tokenText, type GoTokens } from '../go/lex.js';
import type { SourceFile } from '../../workspace/source-file.js';
import type { FileRoutes } from './extract.js';
import { addFramework, APP_CTORS, CALL_NAMES, GO_LISTEN, MAX_LITERALS, pathLike, VERBS } from './vocabulary.js';

/** Packages whose constructors make an app in readCall (`r := gin.New()`). */
const CTOR_PACKAGES = new Set(['gin', 'echo', 'chi', 'fiber', 'mux', 'http', 'httprouter']);
/** Calls that register something whatever their arguments (readCall's Subrouter and mount branches). */
const ALWAYS = new Set(['Subrouter', 'include_router', 'register_blueprint']);
/** Go group and mount calls: they act on a first argument that is a string, whatever it says. */
const ANY_STRING = new Set(['Group', 'Route', 'Mount', 'PathPrefix']);

/**
 * The route facts of a Go file from its tokens, or undefined when the tree must decide: the text
 * is not laid out plainly (goFile), or some call may register a route, a router, a mount or a
 * listened port, or set a global prefix (`setGlobalPrefix` anywhere in the text: readCall takes it
 * from any call of that name, even `require("setGlobalPrefix")(...)`).
 */
export function goRoutesFast(f: SourceFile): FileRoutes | undefined {
  if (f.text.includes('setGlobalPrefix')) return undefined;
  const file = goFileOf(f);
  if (!file) return undefined;
  const t = file.tokens;
  for (let i = 2; i + 1 < t.count; i++) {
    if (t.kind[i] === IDENT && isOp(t, i - 1, 46) && isOp(t, i + 1, 40) && mayContribute(t, i)) return undefined;
  }
  const frameworks: string[] = [];
  for (const it of file.items) {
    if (it.keyword !== 'import') continue;
    // Every string of an import declaration is an import path (goFile checked the shapes).
    for (let k = it.first + 1; k <= it.last; k++) {
      if (t.kind[k] !== STRING && t.kind[k] !== RAW) continue;
      const p = t.text.slice(t.start[k]! + 1, t.end[k]! - 1);
      if (p) addFramework(p, frameworks);
    }
  }
  const lits = new Set<string>();
  for (let k = 0; k < t.count && lits.size < MAX_LITERALS; k++) {
    if (t.kind[k] !== STRING && t.kind[k] !== RAW) continue;
    // stringValue of a Go string node: its text between the quotes, escapes as written.
    const s = t.text.slice(t.start[k]! + 1, t.end[k]! - 1);
    if (pathLike(s)) lits.add(s);
  }
  return { lang: 'go', frameworks, routes: [], routers: [], mounts: [], imports: [], literals: [...lits], catchAll: false };
}

/**
 * Whether the call `x.Name(` whose name is token `i` may make readCall add anything (a necessary
 * condition of each of its branches, for the Go family):
 * - a listened port: a GO_LISTEN name and a first argument that is a string with a `:`;
 * - an app: a constructor name on one of CTOR_PACKAGES (the operand is that package name alone);
 * - Subrouter, include_router, register_blueprint: always;
 * - Group, Route, Mount, PathPrefix: a first argument that is a string;
 * - a route-verb name (any case): a first argument that is a string saying a path (`/x`, `''`,
 *   `GET /x`), a binary `+` outside brackets, or `fmt.Sprintf` of a %s-only format (pathParts:
 *   a concatenated path, resolved after the walk; its pieces also leave the literals).
 * Names of no branch (most calls) register nothing. Bare calls `Name(...)` have no receiver, and
 * readCall ignores them for Go, setGlobalPrefix aside.
 */
function mayContribute(t: GoTokens, i: number): boolean {
  const name = tokenText(t, i);
  const verb = VERBS.has(name.toLowerCase());
  const listen = GO_LISTEN.has(name);
  if (!verb && !listen && !CALL_NAMES.has(name) && !APP_CTORS.go!.test(name)) return false;
  if (APP_CTORS.go!.test(name) && t.kind[i - 2] === IDENT && CTOR_PACKAGES.has(tokenText(t, i - 2))) return true;
  if (ALWAYS.has(name)) return true;
  const a = i + 2;
  const close = t.match[i + 1]!;
  if (a >= close) return false;
  const str = (t.kind[a] === STRING || t.kind[a] === RAW) ? t.text.slice(t.start[a]! + 1, t.end[a]! - 1) : undefined;
  if (str !== undefined) {
    if (ANY_STRING.has(name)) return true;
    if (listen && str.includes(':')) return true;
    if (verb && (str === '' || str.startsWith('/') || /^[A-Z]+\s/.test(str))) return true;
  }
  if (!verb) return false;
  // pathParts reads a first argument that is a `+` concatenation (a binary `+`: not the first
  // token, outside brackets) or exactly `fmt.Sprintf("...", ...)` with %s verbs only.
  let k = a;
  for (; k < close; ) {
    if (t.kind[k] === OP && t.end[k]! - t.start[k]! === 1) {
      const c = t.op[k];
      if (c === 44) break;
      if (c === 43 && k > a) return true;
      if (t.match[k]! > k) {
        k = t.match[k]! + 1;
        continue;
      }
    }
    k++;
  }
  if (tokenText(t, a) === 'fmt' && isOp(t, a + 1, 46) && tokenText(t, a + 2) === 'Sprintf' && isOp(t, a + 3, 40) && t.match[a + 3] === k - 1) {
    const f = a + 4;
    const format = (t.kind[f] === STRING || t.kind[f] === RAW) ? t.text.slice(t.start[f]! + 1, t.end[f]! - 1) : undefined;
    if (format !== undefined && !/%[^s]/.test(format.replace(/%s/g, ''))) return true;
  }
  return false;
}

