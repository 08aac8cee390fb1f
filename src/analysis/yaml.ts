// YAML documents with positions, for the workflow and Kubernetes models. The `yaml` library keeps
// each node's offsets; this module turns them into 1-based lines and gives small typed accessors,
// so the models read the node tree once and never re-scan the text with regexes.
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

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
  const out: YamlDoc[] = docs.map((d, index) => ({
    root: (d.contents as Node | null) ?? null,
    index,
    line: d.contents?.range ? lineOf(d.contents.range[0]) : 1,
    errors: d.errors.map((e) => `line ${lineOf(e.pos[0])}: ${firstLine(e.message)}`),
  }));
  const error = out.find((d) => d.errors.length > 0)?.errors[0];
  return { docs: out, lineOf, ...(error !== undefined ? { error } : {}) };
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
