// The one tree walker of the code analyses. Walking a tree-sitter tree node by node from JS
// (`namedChildren`, `type`, `childForFieldName`) crosses the WebAssembly boundary and allocates a
// Node per step: with one walk per rule family it cost more than parsing. Here the traversal runs
// inside WebAssembly (`descendantsOfType`, one call) and only the nodes of the requested types
// become JS objects. A whole-tree walk is done once per tree for the union of the types every
// caller has asked for (cached per tree), so the import, route, type and runtime analyses of one
// file share a single traversal. Order: pre-order (document order), as a recursive walk.
// Zero-width MISSING nodes (inserted by error recovery, not written by anyone) are not visited.
import type { Language, Node, Tree } from 'web-tree-sitter';

/** `'skip'`: do not visit the node's descendants; `'stop'`: end the walk. */
export type Visit = (n: Node, type: string) => void | 'skip' | 'stop';

interface Index {
  /** The types this index holds (a snapshot of `known` for its language when built). */
  types: ReadonlySet<string>;
  nodes: Node[];
  kinds: string[];
}

/** Per language: every type asked for in a whole-tree walk so far (the union the index is built for). */
const known = new Map<Language, Set<string>>();
const indexes = new WeakMap<Tree, Index>();
interface Vocabulary {
  named: ReadonlySet<string>;
  /** Type names of anonymous tokens (`function`, `import`, `type`...); some also name a node. */
  tokens: ReadonlySet<string>;
}
const vocabularies = new Map<Language, Vocabulary>();

function vocabulary(language: Language): Vocabulary {
  let v = vocabularies.get(language);
  if (v) return v;
  const named = new Set<string>();
  const tokens = new Set<string>();
  for (let id = 0; id < language.nodeTypeCount; id++) {
    const name = language.nodeTypeForId(id);
    if (name && language.nodeTypeIsVisible(id)) (language.nodeTypeIsNamed(id) ? named : tokens).add(name);
  }
  v = { named, tokens };
  vocabularies.set(language, v);
  return v;
}

/** Named nodes of these types under `root` (itself included), in pre-order, with their types. */
function collect(root: Node, types: Iterable<string>): { nodes: Node[]; kinds: string[] } {
  const { named, tokens } = vocabulary(root.tree.language);
  // Only names of named nodes in this grammar (`function` is only a keyword in TypeScript's).
  // Not ERROR: web-tree-sitter 0.27 then returns wrong matches for the other types (ERROR nodes
  // are still walked through, so their descendants are found).
  const wanted = [...types].filter((t) => named.has(t));
  if (wanted.length === 0) return { nodes: [], kinds: [] };
  const found = root.descendantsOfType(wanted);
  const nodes: Node[] = [];
  const kinds: string[] = [];
  for (const n of found) {
    const t = n.type;
    // Named nodes only, as `namedChildren` walks: not the keyword `function` of a declaration.
    if (tokens.has(t) && !n.isNamed) continue;
    // descendantsOfType returns MISSING nodes in some trees and not in others: never, here.
    if (n.isMissing) continue;
    nodes.push(n);
    kinds.push(t);
  }
  return { nodes, kinds };
}

function treeIndex(tree: Tree, types: ReadonlySet<string>): Index {
  const language = tree.language;
  let k = known.get(language);
  if (!k) known.set(language, (k = new Set()));
  for (const t of types) k.add(t);
  let ix = indexes.get(tree);
  if (ix && [...types].every((t) => ix!.types.has(t))) return ix;
  // First walk of this tree, or a caller with new types: walk once for every type known so far.
  const snapshot = new Set(k);
  ix = { types: snapshot, ...collect(tree.rootNode, snapshot) };
  indexes.set(tree, ix);
  return ix;
}

/** Drops the tree's node index (its nodes die with the tree: SourceFile.dispose calls this). */
export function forgetTree(tree: Tree): void {
  indexes.delete(tree);
}

/**
 * Visits the named nodes of these types in `at` (a whole tree, or a node and its descendants, the
 * node itself included), in pre-order; never ERROR nodes themselves (see collect). Returning 'skip' from `visit` skips that node's descendants.
 * Nodes are only valid while the tree lives (the engine frees it after the file).
 */
export function forEachNode(at: Tree | Node, types: ReadonlySet<string>, visit: Visit): void {
  const tree = 'rootNode' in at ? at : at.tree;
  const node = 'rootNode' in at ? null : at;
  // A walk from the root is a whole-tree walk, whoever starts it.
  const whole = node === null || node.id === tree.rootNode.id;
  const { nodes, kinds } = whole ? treeIndex(tree, types) : collect(node, types);
  visitAll(nodes, kinds, types, visit);
}

function visitAll(nodes: Node[], kinds: string[], types: ReadonlySet<string>, visit: Visit): void {
  // Descendants of a skipped node start before its end (pre-order: they follow it directly).
  let skipEnd = -1;
  for (let i = 0; i < nodes.length; i++) {
    const t = kinds[i]!;
    if (!types.has(t)) continue;
    const n = nodes[i]!;
    if (n.startIndex < skipEnd) continue;
    const r = visit(n, t);
    if (r === 'skip') skipEnd = Math.max(skipEnd, n.endIndex);
    else if (r === 'stop') return;
  }
}

/**
 * forEachNode on a node and its descendants only, even at the root: never extends the shared
 * whole-tree index (for walks of common types, like attributes, that only some files need).
 */
export function forEachNodeIn(at: Node, types: ReadonlySet<string>, visit: Visit): void {
  const { nodes, kinds } = collect(at, types);
  visitAll(nodes, kinds, types, visit);
}

/** The first named node of these types in `at` or below (pre-order) for which `test` holds, else undefined. */
export function findNode(at: Node, types: ReadonlySet<string>, test: (n: Node, type: string) => boolean = () => true): Node | undefined {
  let hit: Node | undefined;
  forEachNodeIn(at, types, (n, t) => {
    if (!test(n, t)) return undefined;
    hit = n;
    return 'stop';
  });
  return hit;
}
