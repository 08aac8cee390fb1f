// YAML documents with positions, for the workflow and Kubernetes models. The `yaml` library keeps
// each node's offsets; this module turns them into 1-based lines and gives small typed accessors,
// so the models read the node tree once and never re-scan the text with regexes.
//
// Aliases (`*name`) and merge keys (`<<: *defaults`) are expanded when the file is parsed, so every
// reader sees what Kubernetes and GitHub see: `if: *off` is the anchored `false`, `spec: *spec` is
// the anchored spec. An expanded copy carries the position of the alias that uses it (a finding
// points where the value is used), and expansion is bounded (MAX_EXPANDED_NODES per file).
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, visit, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

/**
 * Nodes that alias expansion may copy in one file. Like the library's maxAliasCount (which guards
 * toJS()), this stops a "billion laughs" document; a file over it is reported malformed and its
 * remaining aliases stay unexpanded.
 */
export const MAX_EXPANDED_NODES = 100_000;
/**
 * The library's own bound for toJS() and parse(): alias resolutions times the aliases inside each
 * anchor. Large enough for a compose file that reuses its anchors (getsentry/self-hosted: 142
 * aliases, nested, over 57 services), far below what a "billion laughs" document needs.
 */
export const MAX_ALIAS_COUNT = 10_000;
/** Merge keys are applied bottom-up; deeper maps than this are left as written. */
const MAX_MERGE_DEPTH = 256;

export interface YamlDoc {
  /** The document's root node (null for an empty document). */
  root: Node | null;
  /** 0-based index of the document in its file. */
  index: number;
  /** 1-based line of the document's first content. */
  line: number;
  /** Parse errors of this document (the document may still be partly usable). */
  errors: string[];
}

export interface YamlFile {
  docs: YamlDoc[];
  /** 1-based line of a character offset. */
  lineOf(offset: number): number;
  /** The first error of any document, for a Malformed entry; undefined when the file parsed cleanly. */
  error?: string;
}

/**
 * A test that is false only when no document of a YAML text can hold a mapping key that ends with a
 * match of one of `keys` (compared as `get` compares keys: exactly, or as the pattern's flags say), so
 * a reader that looks for such a key alone may skip parsing the text. A key is written out in full
 * before its `:` (flow keys may have a line break or a comment in between), except when it is
 * explicit (`? k`), an alias of an anchored scalar (`*a :`), or a double-quoted scalar with an
 * escape (`"gr\x6fups":`): texts that may hold any of those are parsed.
 * Linear: each pattern scans only blanks after a match of the key's characters.
 */
export function keyFilter(...keys: RegExp[]): (text: string) => boolean {
  const written = keys.map((key) => new RegExp(`(?:${key.source})["']?(?:[ \\t\\r\\n]*:|[ \\t\\r\\n]+#)`, key.flags.replace(/[gy]/g, '')));
  return (text) => written.some((re) => re.test(text)) || mayHideKeys(text);
}

const EXPLICIT_KEY = /(?:^|[\s{,[])\?(?:\s|$)/;
const ALIAS = /(?:^|[\s{,[])\*[^\s,[\]{}]/;
const ANCHOR = /(?:^|[\s{,[])&[^\s,[\]{}]/;
/** A double quote followed by the `:` of a key, or by a comment before one. */
const QUOTED_KEY_END = /"(?:[ \t\r\n]*:|[ \t\r\n]+#)/g;

/** Whether a key may be written otherwise than in full before its `:` (see keyFilter). */
function mayHideKeys(text: string): boolean {
  return EXPLICIT_KEY.test(text) || (ALIAS.test(text) && ANCHOR.test(text)) || escapedQuotedKey(text);
}

/**
 * Whether a double-quoted scalar that may be a key (its closing quote is followed by a `:`) holds
 * an escape. From each such quote back to its opening one: the spans are disjoint, so the whole
 * scan is linear, and none reaches below the text's first backslash.
 */
function escapedQuotedKey(text: string): boolean {
  const first = text.indexOf('\\');
  if (first < 0) return false;
  QUOTED_KEY_END.lastIndex = first;
  for (let m = QUOTED_KEY_END.exec(text); m !== null; m = QUOTED_KEY_END.exec(text)) {
    if (escaped(text, m.index)) continue; // `\"`: inside a scalar, not its end
    for (let i = m.index - 1; i >= first; i--) {
      const c = text.charCodeAt(i);
      if (c === 92) return true;
      if (c === 34) break; // the opening quote: `\"` returned above
    }
  }
  return false;
}

/** Whether the character at `at` follows an odd number of backslashes. */
function escaped(text: string, at: number): boolean {
  let n = 0;
  while (at - n - 1 >= 0 && text.charCodeAt(at - n - 1) === 92) n++;
  return n % 2 === 1;
}

/**
 * Every document of a (possibly multi-document) YAML text. Never throws: a file the library cannot
 * read yields its errors, and the documents it could read.
 */
export function parseYaml(text: string): YamlFile {
  const lc = new LineCounter();
  let docs: Array<Document.Parsed>;
  try {
    const parsed = parseAllDocuments(text, { lineCounter: lc, uniqueKeys: false, strict: false, prettyErrors: false });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch (e) {
    return { docs: [], lineOf: () => 1, error: e instanceof Error ? e.message : String(e) };
  }
  const lineOf = (offset: number) => lc.linePos(offset).line;
  const budget = { left: MAX_EXPANDED_NODES };
  for (const d of docs) {
    const problem = expandAliases(d, budget);
    if (problem !== undefined) d.errors.push({ pos: d.contents?.range ?? [0, 0], message: problem } as (typeof d.errors)[number]);
    if (isMap(d.contents) || isSeq(d.contents)) applyMerges(d.contents as Node, 0);
  }
  const out: YamlDoc[] = docs.map((d, index) => ({
    root: (d.contents as Node | null) ?? null,
    index,
    line: d.contents?.range ? lineOf(d.contents.range[0]) : 1,
    errors: d.errors.map((e) => `line ${lineOf(e.pos[0])}: ${firstLine(e.message)}`),
  }));
  const error = out.find((d) => d.errors.length > 0)?.errors[0];
  return { docs: out, lineOf, ...(error !== undefined ? { error } : {}) };
}

/**
 * Replaces every alias of a document by a copy of its anchored node (anchors are per document; an
 * alias refers to the last anchor of that name before it). A copy carries the alias's range, so
 * positions read through it are the use site. Returns why expansion stopped, if it did.
 */
function expandAliases(doc: Document.Parsed, budget: { left: number }): string | undefined {
  const anchors = new Map<string, Node>();
  let problem: string | undefined;
  visit(doc, {
    Node(_key, node, path) {
      if (!isAlias(node)) {
        if (node.anchor) anchors.set(node.anchor, node);
        return undefined;
      }
      const target = anchors.get(node.source);
      if (!target) return undefined; // an undefined alias: the parser already reported it
      // An alias inside its own anchor is a cycle: left as it is (nothing reads through it).
      if (path.includes(target as never)) return undefined;
      budget.left -= sizeOf(target, budget.left + 1);
      if (budget.left < 0) {
        problem = `YAML aliases expand to more than ${MAX_EXPANDED_NODES} nodes; the rest were not expanded`;
        return visit.BREAK;
      }
      const copy = target.clone() as Node;
      relocate(copy, node.range);
      return copy;
    },
  });
  return problem;
}

/** Nodes under (and including) `node`, counting no further than `cap`. */
function sizeOf(node: unknown, cap: number): number {
  let n = 0;
  const stack: unknown[] = [node];
  while (stack.length > 0 && n < cap) {
    const x = stack.pop();
    if (isPair(x)) {
      stack.push(x.key, x.value);
      continue;
    }
    if (x === null || x === undefined || typeof x !== 'object') continue;
    n++;
    if (isMap(x) || isSeq(x)) for (const it of x.items) stack.push(it);
  }
  return n;
}

/** Gives every node of a copy the alias's range, and drops the copy's anchors (the original keeps them). */
function relocate(node: unknown, range: Node['range']): void {
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const x = stack.pop();
    if (isPair(x)) {
      stack.push(x.key, x.value);
      continue;
    }
    if (x === null || x === undefined || typeof x !== 'object' || !('range' in x)) continue;
    const n = x as Node;
    if (range) n.range = [range[0], range[1], range[2]];
    delete n.anchor;
    if (isMap(n) || isSeq(n)) for (const it of n.items) stack.push(it);
  }
}

/**
 * YAML merge keys (`<<: *defaults`, `<<: [*a, *b]`), as Kubernetes (and YAML 1.1) apply them: the
 * map gets the merged maps' keys it does not set itself, an earlier merged map winning over a later
 * one. Bottom-up, so a merged map's own merges are applied first.
 */
function applyMerges(node: Node, depth: number): void {
  if (depth > MAX_MERGE_DEPTH) return;
  if (isSeq(node)) {
    for (const it of node.items) if (isMap(it) || isSeq(it)) applyMerges(it as Node, depth + 1);
    return;
  }
  if (!isMap(node)) return;
  const map = node as YAMLMap;
  for (const p of map.items) if (isMap(p.value) || isSeq(p.value)) applyMerges(p.value as Node, depth + 1);
  if (!map.items.some((p) => keyOf(p as Pair) === '<<')) return;
  const own = new Set(map.items.map((p) => keyOf(p as Pair)).filter((k) => k !== '<<'));
  const merged: unknown[] = [];
  for (const p of map.items) {
    if (keyOf(p as Pair) !== '<<') {
      merged.push(p);
      continue;
    }
    const sources = isSeq(p.value) ? p.value.items : [p.value];
    for (const src of sources) {
      if (!isMap(src)) continue;
      for (const q of (src as YAMLMap).items) {
        const k = keyOf(q as Pair);
        if (k === undefined || own.has(k)) continue;
        own.add(k);
        merged.push(q);
      }
    }
  }
  map.items = merged as YAMLMap['items'];
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

/** The value node of `key` in a map node (undefined when absent or not a map). */
export function get(node: unknown, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  const pair = (node as YAMLMap).items.find((p) => keyOf(p) === key);
  return (pair?.value ?? undefined) as Node | undefined;
}

/** The pair of `key` (to locate the key's line when the value is empty). */
export function pairOf(node: unknown, key: string): Pair | undefined {
  if (!isMap(node)) return undefined;
  return (node as YAMLMap).items.find((p) => keyOf(p) === key) as Pair | undefined;
}

/** The entries of a map node, with string keys. */
export function entries(node: unknown): Array<[string, Node | undefined, Pair]> {
  if (!isMap(node)) return [];
  return (node as YAMLMap).items.map((p) => [keyOf(p) ?? '', (p.value ?? undefined) as Node | undefined, p as Pair]);
}

export function keyOf(p: Pair): string | undefined {
  const k = p.key as unknown;
  if (isScalar(k)) return k.value === null ? undefined : String(k.value);
  return typeof k === 'string' ? k : undefined;
}

/** The scalar value of a node as a string (numbers and booleans too); undefined for maps/sequences. */
export function str(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  return v === null || v === undefined ? undefined : String(v);
}

/** The raw scalar value (keeps booleans and numbers as such). */
export function scalar(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined;
}

/** The items of a sequence node ([] for anything else). */
export function items(node: unknown): Node[] {
  return isSeq(node) ? (node.items as Node[]) : [];
}

/** A string or a sequence of strings, as a list. */
export function strList(node: unknown): string[] {
  if (isSeq(node)) return node.items.map(str).filter((s): s is string => s !== undefined);
  const s = str(node);
  return s === undefined ? [] : [s];
}

/** The start offset of a node (or of a pair's key when the value is empty). */
export function startOf(node: Node | Pair | undefined | null): number | undefined {
  if (!node) return undefined;
  if ('range' in node && node.range) return node.range[0];
  if ('key' in node) return startOf(node.key as Node);
  return undefined;
}

export { isMap, isScalar, isSeq };
export type { Node };
