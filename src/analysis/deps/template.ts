// Templates are not code: a file a generator renders before it runs (Jinja, Django, Nunjucks,
// Liquid tags) says nothing about the imports of the program it becomes. Read by the Python and
// JS/TS facts; the import rules do not judge such files.
import type { Node } from '../../syntax/index.js';

/** A Jinja/Django/Nunjucks tag alone on its line: `{% for x in y %}`, `{%- endif -%}`. */
const TEMPLATE_TAG_LINE = /^[ \t]*\{%-?[^\n]*?-?%\}[ \t]*$/gm;
/** Some `{% … %}` tag line of `text` is not inside a node of the given (string, comment) types. */
export function templateTagOutside(text: string, root: Node, inert: ReadonlySet<string>): boolean {
  if (!text.includes('{%')) return false;
  for (const m of text.matchAll(TEMPLATE_TAG_LINE)) {
    const at = m.index + m[0].indexOf('{%');
    let inside = false;
    for (let n: Node | null = root.descendantForIndex(at); n && !inside; n = n.parent) inside = inert.has(n.type);
    if (!inside) return true;
  }
  return false;
}

/** Where the `{%` of each tag line is (the lexer-based facts place them among strings and comments themselves). */
export function templateTagOffsets(text: string): number[] {
  if (!text.includes('{%')) return [];
  return [...text.matchAll(TEMPLATE_TAG_LINE)].map((m) => m.index + m[0].indexOf('{%'));
}

/** templateTagOutside, where `inert(at)` says whether a position is inside a string, comment or the like. */
export function templateTagOutsideText(text: string, inert: (at: number) => boolean): boolean {
  return templateTagOffsets(text).some((at) => !inert(at));
}
