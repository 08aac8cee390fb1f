// Tree helpers shared by the code analyses. Iterative, so deeply nested files cannot overflow the stack.
import type { Node } from '../../syntax/index.js';

/** Pre-order walk of named nodes; `visit` returning false skips the node's children. */
export function walk(n: Node, visit: (n: Node) => boolean | void): void {
  const stack = [n];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (visit(x) === false) continue;
    for (let i = x.namedChildCount - 1; i >= 0; i--) {
      const c = x.namedChild(i);
      if (c) stack.push(c);
    }
  }
}

/** 1-based line and column of a node. */
export function position(n: Node): { line: number; column: number } {
  return { line: n.startPosition.row + 1, column: n.startPosition.column + 1 };
}
