// What go-duplicate-declaration needs from one Go file: its package clause, its build constraint
// and its top-level functions and methods (methods keyed by the receiver's base type, so
// `func (s *Server) Run` and `func (Server) Run` collide, as the compiler says).
import { syntaxTree, type Node } from '../../syntax/index.js';
import type { SourceFile } from '../../workspace/source-file.js';
import { goFile, IDENT, isKeyword, isOp, position, tokenText, type GoFile, type GoTokens } from './lex.js';

export interface GoDecl {
  /** `Run` for a function, `Server.Run` for a method. */
  key: string;
  line: number;
  column: number;
}

export interface GoFacts {
  package: string;
  /** The `//go:build` expression (or the `// +build` lines translated to one), '' if none. */
  constraint: string;
  decls: GoDecl[];
}

/** The facts from the tokens when the file lexes cleanly (goFactsFast), else from the syntax tree. */
export function goFacts(f: SourceFile): GoFacts | null {
  return goFactsFast(f) ?? goFactsOfTree(f);
}

/** The Go file of a source file, lexed once for every fact extractor that reads it. */
export function goFileOf(f: SourceFile): GoFile | undefined {
  return f.memo('go-file', () => goFile(f.text));
}

/**
 * goFacts from the tokens: what the tree gives for the same text, or undefined where the text is
 * not laid out as goFile and the checks below model it (then the tree decides).
 */
export function goFactsFast(f: SourceFile): GoFacts | undefined {
  const file = goFileOf(f);
  if (!file) return undefined;
  const t = file.tokens;
  const { items } = file;
  const pkgItems = items.filter((it) => it.keyword === 'package');
  // Comments are children of the root before the package clause (those inside it are its own):
  // with the package clause first, every comment before its keyword. Several package clauses,
  // or declarations before it, are no Go file (tree-sitter keeps the last clause).
  if (pkgItems.length > 1 || (items.length > 0 && items[0]!.keyword !== 'package')) return undefined;
  const pkgItem = pkgItems[0];
  let pkg = '';
  if (pkgItem) {
    if (pkgItem.last !== pkgItem.first + 1 || t.kind[pkgItem.last] !== IDENT || isKeyword(tokenText(t, pkgItem.last))) return undefined;
    pkg = tokenText(t, pkgItem.last);
  }
  const before = pkgItem ? t.start[pkgItem.first]! : Infinity;
  const comments: string[] = [];
  for (let c = 0; c < t.comments.length && t.comments[c]! < before; c += 2) comments.push(t.text.slice(t.comments[c], t.comments[c + 1]));
  const decls: GoDecl[] = [];
  for (const it of items) {
    if (it.keyword !== 'func') continue;
    let k = it.first + 1;
    let recv: string | null = null;
    if (isOp(t, k, 40)) {
      const r = receiverBase(t, k + 1, t.match[k]! - 1);
      if (r === undefined) return undefined;
      recv = r;
      k = t.match[k]! + 1;
    }
    const name = tokenText(t, k);
    const at = position(t, t.start[k]!);
    // init may be declared many times; `_` declares nothing.
    if (recv === null ? name !== 'init' && name !== '_' : name !== '_') decls.push({ key: recv === null ? name : `${recv}.${name}`, line: at.line, column: at.column });
  }
  return { package: pkg, ...constraintOf(comments), decls };
}

/**
 * The base type of a receiver `(s *Server[T])`, `(Server)`, `((*Server))` between tokens a..b, as
 * receiverType reads the tree; undefined for any other form (none, several names, a qualified or
 * composite type, type arguments that are not plain names): those bail out to the tree.
 */
function receiverBase(t: GoTokens, a: number, b: number): string | undefined {
  if (a > b) return undefined;
  let k = a;
  // A name comes first when something follows it that is not a type argument list or a selector.
  if (t.kind[k] === IDENT && k < b && !isOp(t, k + 1, 91) && !isOp(t, k + 1, 46)) {
    if (isKeyword(tokenText(t, k))) return undefined;
    k++;
  }
  return typeBase(t, k, b, 0);
}

function typeBase(t: GoTokens, a: number, b: number, depth: number): string | undefined {
  if (a > b || depth > 16) return undefined;
  if (isOp(t, a, 42)) return typeBase(t, a + 1, b, depth + 1);
  if (isOp(t, a, 40)) return t.match[a] === b ? typeBase(t, a + 1, b - 1, depth + 1) : undefined;
  if (t.kind[a] !== IDENT || isKeyword(tokenText(t, a))) return undefined;
  if (a === b) return tokenText(t, a);
  // `Server[K, V]`: a generic type, when the brackets close the receiver and hold names only.
  if (!isOp(t, a + 1, 91) || t.match[a + 1] !== b || b === a + 2) return undefined;
  for (let k = a + 2; k < b; k++) {
    if (t.kind[k] === IDENT ? isKeyword(tokenText(t, k)) && tokenText(t, k) !== 'map' : !(isOp(t, k, 44) || isOp(t, k, 46) || isOp(t, k, 42) || isOp(t, k, 91) || isOp(t, k, 93))) return undefined;
  }
  return tokenText(t, a);
}

/** The package clause, build constraint and top-level functions from the syntax tree. */
export function goFactsOfTree(f: SourceFile): GoFacts | null {
  const tree = syntaxTree(f, 'go');
  if (!tree) return null;
  let pkg = '';
  const decls: GoDecl[] = [];
  const comments: string[] = [];
  for (const n of tree.rootNode.namedChildren) {
    if (!n) continue;
    if (n.type === 'comment' && pkg === '') {
      comments.push(n.text);
    } else if (n.type === 'package_clause') {
      pkg = n.namedChildren.find((c) => c?.type === 'package_identifier')?.text ?? '';
    } else if (n.type === 'function_declaration') {
      const name = n.childForFieldName('name');
      // init may be declared many times; `_` declares nothing.
      if (name && name.text !== 'init' && name.text !== '_') decls.push(decl(name.text, name));
    } else if (n.type === 'method_declaration') {
      const name = n.childForFieldName('name');
      const recv = receiverType(n.childForFieldName('receiver'));
      if (name && recv && name.text !== '_') decls.push(decl(`${recv}.${name.text}`, name));
    }
  }
  return { package: pkg, ...constraintOf(comments), decls };
}

/** The build constraint of the comments before the package clause, in order. */
function constraintOf(comments: readonly string[]): { constraint: string } {
  const plusBuild: string[] = [];
  let goBuild: string | undefined;
  for (const t of comments) {
    const gb = /^\/\/go:build\s+(.+)$/.exec(t);
    if (gb) goBuild = gb[1]!.trim();
    const pb = /^\/\/\s*\+build\s+(.+)$/.exec(t);
    if (pb) plusBuild.push(plusBuildToExpr(pb[1]!));
  }
  return { constraint: goBuild ?? plusBuild.map((e) => `(${e})`).join(' && ') };
}

function decl(key: string, n: Node): GoDecl {
  return { key, line: n.startPosition.row + 1, column: n.startPosition.column + 1 };
}

/** `(s *Server[T])` → `Server`. */
function receiverType(list: Node | null): string | undefined {
  const p = list?.namedChildren.find((c) => c?.type === 'parameter_declaration');
  let t = p?.childForFieldName('type') ?? null;
  while (t && (t.type === 'pointer_type' || t.type === 'parenthesized_type' || t.type === 'generic_type')) {
    t = t.type === 'generic_type' ? t.childForFieldName('type') : t.namedChildren.find((c) => c !== null) ?? null;
  }
  return t?.type === 'type_identifier' ? t.text : undefined;
}

/** `// +build linux,amd64 darwin` = (linux AND amd64) OR darwin; `!x` negates. */
function plusBuildToExpr(line: string): string {
  return line
    .trim()
    .split(/\s+/)
    .map((or) => `(${or.split(',').join(' && ')})`)
    .join(' || ');
}
