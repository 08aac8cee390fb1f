// What go-duplicate-declaration needs from one Go file: its package clause, its build constraint
// and its top-level functions and methods (methods keyed by the receiver's base type, so
// `func (s *Server) Run` and `func (Server) Run` collide, as the compiler says).
import { syntaxTree, type Node } from '../../syntax/index.js';
import type { SourceFile } from '../../workspace/source-file.js';

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

export function goFacts(f: SourceFile): GoFacts | null {
  const tree = syntaxTree(f, 'go');
  if (!tree) return null;
  let pkg = '';
  const decls: GoDecl[] = [];
  const plusBuild: string[] = [];
  let goBuild: string | undefined;
  for (const n of tree.rootNode.namedChildren) {
    if (!n) continue;
    if (n.type === 'comment' && pkg === '') {
      const t = n.text;
      const gb = /^\/\/go:build\s+(.+)$/.exec(t);
      if (gb) goBuild = gb[1]!.trim();
      const pb = /^\/\/\s*\+build\s+(.+)$/.exec(t);
      if (pb) plusBuild.push(plusBuildToExpr(pb[1]!));
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
  const constraint = goBuild ?? plusBuild.map((e) => `(${e})`).join(' && ');
  return { package: pkg, constraint, decls };
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
