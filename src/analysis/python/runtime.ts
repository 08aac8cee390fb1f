// The runtime heuristics of code-health, read from one Python file's syntax tree:
// HTTP calls without a timeout, client sessions never closed, and instance state that async
// methods mutate without holding a lock. Each says what was seen; they are heuristics (the
// messages say so) and err on the side of silence: anything that hands the object on, closes it
// anywhere in its scope, or could carry a timeout (`**kwargs`) is not reported.
import type { Node, Tree } from '../../syntax/index.js';
import { findNode, forEachNode, forEachNodeIn } from '../../syntax/walk.js';
import { position } from '../deps/tree.js';

export interface Spot {
  line: number;
  column: number;
  /** What was seen, for the message: the call, the session, the class. */
  what: string;
  /** Extra detail for the message. */
  detail: string;
}

interface CallIndex {
  /** Local name → the module path it stands for (`rq` → `requests`, `ClientSession` → `aiohttp.ClientSession`). */
  names: Map<string, string>;
  calls: Node[];
}

const INDEX_TYPES: ReadonlySet<string> = new Set(['call', 'import_statement', 'import_from_statement']);

/**
 * The file's imports and calls, from one walk shared by the call-based heuristics (a tree is
 * walked once, however many of them read it; walking costs as much as parsing).
 */
const indexes = new WeakMap<Tree, CallIndex>();
function callIndex(tree: Tree): CallIndex {
  let ix = indexes.get(tree);
  if (ix) return ix;
  const names = new Map<string, string>();
  const calls: Node[] = [];
  forEachNode(tree, INDEX_TYPES, (n, t) => {
    if (t === 'call') calls.push(n);
    else if (t === 'import_statement') {
      for (const c of n.childrenForFieldName('name')) {
        if (c?.type === 'aliased_import') names.set(c.childForFieldName('alias')?.text ?? '', c.childForFieldName('name')?.text ?? '');
        else if (c) names.set(c.text.split('.')[0]!, c.text.split('.')[0]!);
      }
      return 'skip';
    } else {
      const mod = n.childForFieldName('module_name');
      if (!mod || mod.type === 'relative_import') return 'skip';
      for (const c of n.childrenForFieldName('name')) {
        if (c?.type === 'aliased_import') names.set(c.childForFieldName('alias')?.text ?? '', `${mod.text}.${c.childForFieldName('name')?.text}`);
        else if (c) names.set(c.text, `${mod.text}.${c.text}`);
      }
      return 'skip';
    }
    return undefined;
  });
  ix = { names, calls };
  indexes.set(tree, ix);
  return ix;
}

/** The dotted name a callee stands for, through the file's imports (`rq.get` → `requests.get`). */
function qualified(callee: Node | null, names: Map<string, string>): string | undefined {
  if (!callee) return undefined;
  const text = callee.text;
  if (!/^[A-Za-z_][\w.]*$/.test(text)) return undefined;
  const [head, ...rest] = text.split('.');
  const bound = names.get(head!);
  return bound ? [bound, ...rest].join('.') : undefined;
}

function keyword(call: Node, name: string): Node | null | undefined {
  for (const a of call.childForFieldName('arguments')?.namedChildren ?? []) {
    if (a?.type === 'keyword_argument' && a.childForFieldName('name')?.text === name) return a.childForFieldName('value');
  }
  return undefined;
}

function hasSplat(call: Node): boolean {
  return (call.childForFieldName('arguments')?.namedChildren ?? []).some((a) => a?.type === 'dictionary_splat');
}

// Prefilters: text conditions every finding of a detector needs, so a file without them is never
// parsed for it. Each detector's callee is `qualified` through the file's imports: every dotted
// segment of the name it matches is written in the file (the callee, an import's module or name),
// and without an import statement the names map is empty and nothing is reported.

/**
 * callsWithoutTimeout reports `requests.<verb>` (the segment `requests`), `urllib.request.urlopen`
 * (`urllib` and `urlopen`), `httpx.*` only with `timeout=None` (`httpx` and `None`), and
 * `aiohttp.ClientSession` (`aiohttp` and `ClientSession`).
 */
export function mayCallWithoutTimeout(text: string): boolean {
  if (!text.includes('import')) return false;
  return (
    text.includes('requests') ||
    (text.includes('urllib') && text.includes('urlopen')) ||
    (text.includes('httpx') && text.includes('None')) ||
    (text.includes('aiohttp') && text.includes('ClientSession'))
  );
}

/** unclosedSessions reports only the SESSIONS constructors: their module and class segments are in the text. */
export function mayLeaveSessionOpen(text: string): boolean {
  if (!text.includes('import')) return false;
  return (
    (text.includes('aiohttp') && text.includes('ClientSession')) ||
    (text.includes('httpx') && text.includes('Client')) ||
    (text.includes('requests') && (text.includes('Session') || text.includes('session')))
  );
}

/**
 * unguardedMutations reports a class (`class`) with an `async def` method that awaits (`await`,
 * or an `async with`/`async for`: a second `async`) and mutates `self.<attr>` (`self`).
 */
export function mayMutateUnguarded(text: string): boolean {
  const first = text.indexOf('async def');
  if (first < 0 || !text.includes('class') || !text.includes('self')) return false;
  return text.includes('await') || text.indexOf('async', first + 5) >= 0 || text.lastIndexOf('async', first - 1) >= 0;
}

const REQUESTS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request']);
const HTTPX = new Set([...REQUESTS, 'stream', 'Client', 'AsyncClient']);

/**
 * http-call-without-timeout: `requests.get(...)` and friends without `timeout=` (requests waits
 * forever by default), `urllib.request.urlopen` without one, `httpx` calls and clients with
 * `timeout=None` (httpx's default is 5 s), `aiohttp.ClientSession()` without `timeout=`.
 */
export function callsWithoutTimeout(tree: Tree): Spot[] {
  const { names, calls } = callIndex(tree);
  if (names.size === 0) return [];
  const out: Spot[] = [];
  for (const n of calls) {
    const q = qualified(n.childForFieldName('function'), names);
    if (!q) continue;
    const [mod, fn] = splitLast(q);
    const t = keyword(n, 'timeout');
    const noneGiven = t !== undefined && t?.type === 'none';
    let detail: string | undefined;
    if (mod === 'requests' && REQUESTS.has(fn)) {
      if (noneGiven) detail = 'timeout=None: requests then waits for ever';
      else if (t === undefined && !hasSplat(n)) detail = 'requests has no default timeout and waits for ever on a silent server';
    } else if (q === 'urllib.request.urlopen' && t === undefined && !hasSplat(n) && (n.childForFieldName('arguments')?.namedChildren.length ?? 0) < 3) {
      detail = 'urlopen without a timeout falls back to the socket default, which is none';
    } else if (mod === 'httpx' && HTTPX.has(fn) && noneGiven) {
      detail = 'timeout=None disables httpx\'s 5-second default';
    } else if (q === 'aiohttp.ClientSession' && t === undefined && !hasSplat(n)) {
      detail = 'aiohttp\'s default allows a request 5 minutes in total and no per-read limit';
    } else if (q === 'aiohttp.ClientSession' && noneGiven) {
      detail = 'timeout=None disables aiohttp\'s timeouts';
    }
    if (detail) out.push({ ...position(n), what: n.childForFieldName('function')!.text, detail });
  }
  return out;
}

const SESSIONS = new Set(['aiohttp.ClientSession', 'httpx.AsyncClient', 'httpx.Client', 'requests.Session', 'requests.session', 'requests.sessions.Session']);
/** Wrappers that do not change ownership: `x = a or aiohttp.ClientSession()`, `await ...`. */
const TRANSPARENT = new Set(['parenthesized_expression', 'boolean_operator', 'conditional_expression', 'await']);
const SCOPES = new Set(['function_definition', 'class_definition', 'module']);

/**
 * unclosed-resource: a client session created outside a context manager and never closed in its
 * scope (the function for a local, the class for `self.x`, the module for a global). Handing it
 * on (returned, yielded, passed as an argument, stored elsewhere) is not reported.
 */
export function unclosedSessions(tree: Tree): Spot[] {
  const { names, calls } = callIndex(tree);
  if (names.size === 0) return [];
  const out: Spot[] = [];
  for (const n of calls) {
    const q = qualified(n.childForFieldName('function'), names);
    if (!q || !SESSIONS.has(q)) continue;
    let p = n.parent;
    let child = n;
    while (p && TRANSPARENT.has(p.type)) {
      child = p;
      p = p.parent;
    }
    if (!p) continue;
    let variable: string | undefined;
    let scope: Node | null = null;
    switch (p.type) {
      case 'with_item':
      case 'argument_list':
      case 'keyword_argument':
      case 'return_statement':
      case 'yield':
      case 'list':
      case 'tuple':
      case 'dictionary':
      case 'pair':
        continue;
      case 'assignment': {
        if (p.childForFieldName('right')?.id !== child.id) continue;
        const left = p.childForFieldName('left');
        if (left?.type === 'identifier') {
          variable = left.text;
          scope = enclosing(p, (s) => s.type === 'function_definition' || s.type === 'module');
        } else if (left?.type === 'attribute' && left.childForFieldName('object')?.text === 'self') {
          variable = left.childForFieldName('attribute')?.text;
          scope = enclosing(p, (s) => s.type === 'class_definition') ?? tree.rootNode;
        } else continue;
        break;
      }
      case 'attribute':
      case 'expression_statement':
        break; // used once and dropped, or never kept: nothing can close it
      default:
        continue;
    }
    if (variable !== undefined && scope && closedOrHandedOn(scope, variable)) continue;
    out.push({ ...position(n), what: n.childForFieldName('function')!.text, detail: variable ? `\`${variable}\`` : 'the session object' });
  }
  return out;
}

function enclosing(n: Node, pred: (s: Node) => boolean): Node | null {
  for (let p = n.parent; p; p = p.parent) if (SCOPES.has(p.type) && pred(p)) return p;
  return null;
}

/** `x.close()` / `x.aclose()` (or a reference to them), `with x`, `return x`, `yield x`, `f(x)`, `y = x`, anywhere in scope. */
function closedOrHandedOn(scope: Node, variable: string): boolean {
  const refersTo = (e: Node | null): boolean => !!e && (e.text === variable || e.text === `self.${variable}`);
  let found = false;
  forEachNodeIn(scope, HAND_ON_TYPES, (x, t) => {
    if (t === 'attribute') {
      const attr = x.childForFieldName('attribute')?.text;
      if ((attr === 'close' || attr === 'aclose' || attr === '__aexit__' || attr === '__exit__') && refersTo(x.childForFieldName('object'))) found = true;
    } else if (t === 'with_item' || t === 'return_statement' || t === 'yield') {
      const v = t === 'with_item' ? x.childForFieldName('value') : x.namedChildren[0] ?? null;
      if (refersTo(v)) found = true;
    } else if (t === 'argument_list' || t === 'keyword_argument') {
      if ((t === 'argument_list' ? x.namedChildren : [x.childForFieldName('value')]).some((a) => refersTo(a ?? null))) found = true;
    } else if (t === 'assignment' && refersTo(x.childForFieldName('right'))) found = true;
    return found ? 'stop' : undefined;
  });
  return found;
}

const HAND_ON_TYPES: ReadonlySet<string> = new Set(['attribute', 'with_item', 'return_statement', 'yield', 'argument_list', 'keyword_argument', 'assignment']);

const LOCK_TYPES = /\b(?:Lock|RLock|Semaphore|BoundedSemaphore|Condition)\s*\(/;
const LOCK_NAME = /lock|mutex|sem(?:aphore)?\b|_cond\b/i;

/**
 * unguarded-shared-state: in a class, `async` methods that await (so other coroutines run in
 * between) and mutate entries of instance state — `self.x[k] = v`, `self.x[k] += 1`,
 * `self.n += 1`, `del self.x[k]` — with no lock held there (`async with self._lock`,
 * `with self._lock`, `await self._lock.acquire()`). One spot per class, at its first such mutation.
 */
export function unguardedMutations(tree: Tree): Spot[] {
  const out: Spot[] = [];
  forEachNode(tree, CLASSES, (cls) => {
    const body = cls.childForFieldName('body');
    if (!body) return 'skip';
    const locks = lockAttributes(body);
    const attrs = new Set<string>();
    const methods = new Set<string>();
    let first: Node | undefined;
    for (const m of methodsOf(body)) {
      if (!isAsync(m) || !awaits(m)) continue;
      const mb = m.childForFieldName('body');
      if (!mb || acquiresLock(mb, locks)) continue;
      forEachNodeIn(mb, MUTATION_TYPES, (x, t) => {
        if (t === 'function_definition' || t === 'lambda' || t === 'class_definition') return 'skip';
        if (t === 'with_statement' && holdsLock(x, locks)) return 'skip';
        const attr = mutatedAttribute(x, t);
        if (attr) {
          attrs.add(attr);
          methods.add(m.childForFieldName('name')?.text ?? '?');
          if (!first || x.startIndex < first.startIndex) first = x;
        }
        return undefined;
      });
    }
    if (first) {
      out.push({
        ...position(first),
        what: cls.childForFieldName('name')?.text ?? '?',
        detail: `${[...attrs].sort().map((a) => `self.${a}`).join(', ')} in ${[...methods].sort().join(', ')}`,
      });
    }
    return undefined; // nested classes are judged on their own
  });
  return out;
}

const CLASSES: ReadonlySet<string> = new Set(['class_definition']);
const MUTATION_TYPES: ReadonlySet<string> = new Set(['function_definition', 'lambda', 'class_definition', 'with_statement', 'assignment', 'augmented_assignment', 'delete_statement']);
const AWAIT_TYPES: ReadonlySet<string> = new Set(['function_definition', 'lambda', 'await', 'with_statement', 'for_statement']);
const ASSIGNMENTS: ReadonlySet<string> = new Set(['assignment']);
const CALLS: ReadonlySet<string> = new Set(['call']);

function methodsOf(body: Node): Node[] {
  const out: Node[] = [];
  for (const c of body.namedChildren) {
    if (c?.type === 'function_definition') out.push(c);
    else if (c?.type === 'decorated_definition') {
      const d = c.childForFieldName('definition');
      if (d?.type === 'function_definition') out.push(d);
    }
  }
  return out;
}

function isAsync(fn: Node): boolean {
  return fn.child(0)?.type === 'async';
}

function awaits(fn: Node): boolean {
  const body = fn.childForFieldName('body') ?? fn;
  // Exact prefilter: an await, `async with` or `async for` is written with these words.
  const text = body.text;
  if (!text.includes('await') && !text.includes('async')) return false;
  let found = false;
  forEachNodeIn(body, AWAIT_TYPES, (x, t) => {
    if (t === 'function_definition' || t === 'lambda') return 'skip';
    if (t === 'await' || x.child(0)?.type === 'async') found = true;
    return found ? 'stop' : undefined;
  });
  return found;
}

/** Attributes holding a lock: assigned a Lock()/Semaphore()/Condition(), or named like one. */
function lockAttributes(classBody: Node): Set<string> {
  const out = new Set<string>();
  // Exact prefilter: an assigned value matching LOCK_TYPES is part of the class text.
  if (!LOCK_TYPES.test(classBody.text)) return out;
  forEachNodeIn(classBody, ASSIGNMENTS, (x) => {
    const left = x.childForFieldName('left');
    const right = x.childForFieldName('right');
    if (left?.type === 'attribute' && right && LOCK_TYPES.test(right.text)) out.add(left.childForFieldName('attribute')?.text ?? '');
    if (left?.type === 'identifier' && right && LOCK_TYPES.test(right.text)) out.add(left.text); // class-level lock
  });
  return out;
}

function isLockExpr(e: Node | null, locks: Set<string>): boolean {
  if (!e) return false;
  const last = e.text.replace(/\(\s*\)$/, '').split('.').pop() ?? '';
  return locks.has(last) || LOCK_NAME.test(last);
}

function holdsLock(w: Node, locks: Set<string>): boolean {
  const clause = w.namedChildren.find((c) => c?.type === 'with_clause');
  return (clause?.namedChildren ?? []).some((item) => isLockExpr(item?.childForFieldName('value') ?? null, locks));
}

function acquiresLock(body: Node, locks: Set<string>): boolean {
  if (!body.text.includes('acquire')) return false;
  return (
    findNode(body, CALLS, (x) => {
      const fn = x.childForFieldName('function');
      return fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'acquire' && isLockExpr(fn.childForFieldName('object'), locks);
    }) !== undefined
  );
}

/** The instance attribute a statement mutates in place: self.x[k] = v, self.x[k] += 1, self.n += 1, del self.x[k]. */
function mutatedAttribute(x: Node, t: string): string | undefined {
  const selfAttr = (e: Node | null | undefined): string | undefined =>
    e?.type === 'attribute' && e.childForFieldName('object')?.text === 'self' ? e.childForFieldName('attribute')?.text : undefined;
  const ofSubscript = (e: Node | null | undefined) => (e?.type === 'subscript' ? selfAttr(e.childForFieldName('value')) : undefined);
  if (t === 'assignment') return ofSubscript(x.childForFieldName('left'));
  if (t === 'augmented_assignment') {
    const left = x.childForFieldName('left');
    return ofSubscript(left) ?? selfAttr(left);
  }
  if (t === 'delete_statement') {
    for (const t of x.namedChildren) {
      const a = ofSubscript(t) ?? (t?.type === 'expression_list' ? t.namedChildren.map((y) => ofSubscript(y)).find(Boolean) : undefined);
      if (a) return a;
    }
  }
  return undefined;
}

function splitLast(q: string): [string, string] {
  const i = q.lastIndexOf('.');
  return i < 0 ? ['', q] : [q.slice(0, i), q.slice(i + 1)];
}
