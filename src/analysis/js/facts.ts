// What the JS/TS rules need from one file, from its tree-sitter tree: every module specifier it
// loads (static import/export-from, `import x = require()`, require(), dynamic import()), whether
// the load is type-only (erased by TypeScript, so no runtime dependency), and for TypeScript the
// functions whose signature has an explicit or implicit `any`.
import { langOf, syntaxTree, type Node } from '../../syntax/index.js';
import type { SourceFile } from '../../workspace/source-file.js';
import { walk } from '../deps/tree.js';

export interface JsImport {
  spec: string;
  line: number;
  column: number;
  /** `import type`, `export type ... from`, or only `type` specifiers: erased at compile time. */
  typeOnly: boolean;
  /** Inside a try block or a conditional require: an optional dependency. */
  guarded: boolean;
}

export interface JsFunctions {
  total: number;
  /** Without `any` in the signature, explicit or implicit (an unannotated parameter with no contextual type). */
  typed: number;
}

export interface JsFacts {
  imports: JsImport[];
  /** TypeScript only; undefined for JavaScript. */
  functions?: JsFunctions;
}

const FUNCTIONS = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration', 'generator_function', 'function']);

export function jsFacts(f: SourceFile): JsFacts | null {
  return f.memo('js-facts', () => {
    const tree = syntaxTree(f);
    if (!tree) return null;
    const lang = langOf(f.path);
    return extractJsFacts(tree.rootNode, lang === 'typescript' || lang === 'tsx');
  });
}

export function extractJsFacts(root: Node, typescript: boolean): JsFacts {
  const imports: JsImport[] = [];
  const functions: JsFunctions = { total: 0, typed: 0 };
  walk(root, (n) => {
    switch (n.type) {
      case 'import_statement':
      case 'export_statement': {
        const src = n.childForFieldName('source') ?? n.namedChildren.find((c) => c?.type === 'import_require_clause')?.childForFieldName('source') ?? null;
        if (src) imports.push(spec(src, typeOnlyStatement(n), false));
        break;
      }
      case 'call_expression': {
        const fn = n.childForFieldName('function');
        const args = n.childForFieldName('arguments');
        const first = args?.namedChildren[0];
        if (fn && first && (first.type === 'string' || (first.type === 'template_string' && !first.text.includes('${')))) {
          if (fn.type === 'import' || (fn.type === 'identifier' && fn.text === 'require') || (fn.type === 'member_expression' && fn.text === 'require.resolve')) {
            imports.push(spec(first, false, guardedCall(n)));
          }
        }
        break;
      }
      default:
        if (typescript && FUNCTIONS.has(n.type)) {
          functions.total++;
          if (!hasAny(n)) functions.typed++;
        }
    }
  });
  return typescript ? { imports, functions } : { imports };
}

function spec(n: Node, typeOnly: boolean, guarded: boolean): JsImport {
  const text = n.type === 'template_string' ? n.text.slice(1, -1) : n.namedChildren.filter((c) => c?.type === 'string_fragment').map((c) => c!.text).join('');
  return { spec: text, line: n.startPosition.row + 1, column: n.startPosition.column + 1, typeOnly, guarded };
}

/** `import type {A}`, `export type {A} from`, or `import {type A, type B}` (no value left at run time). */
function typeOnlyStatement(n: Node): boolean {
  for (let i = 0; i < n.childCount; i++) {
    const c = n.child(i);
    if (c && !c.isNamed && c.type === 'type') return true;
  }
  const clause = n.namedChildren.find((c) => c?.type === 'import_clause' || c?.type === 'export_clause');
  if (!clause) return false;
  const specs: Node[] = [];
  for (const c of clause.namedChildren) {
    if (!c) continue;
    if (c.type === 'named_imports') specs.push(...c.namedChildren.filter((x): x is Node => x?.type === 'import_specifier'));
    else if (c.type === 'export_specifier') specs.push(c);
    else return false; // a default or namespace import is a value
  }
  return specs.length > 0 && specs.every((s) => s.children.some((c) => c && !c.isNamed && c.type === 'type'));
}

/** require() inside a try block or a conditional: the code copes with the module being absent. */
function guardedCall(n: Node): boolean {
  for (let p = n.parent; p; p = p.parent) {
    if (p.type === 'try_statement' || p.type === 'ternary_expression' || p.type === 'if_statement') return true;
    if (FUNCTIONS.has(p.type) || p.type === 'program') return false;
  }
  return false;
}

/**
 * Explicit `any` in a parameter or the return type, or an unannotated parameter where nothing gives
 * it a type: a declaration or method (not a callback whose parameters come from the call's type).
 */
function hasAny(fn: Node): boolean {
  const params = fn.childForFieldName('parameters') ?? fn.childForFieldName('parameter');
  const ret = fn.childForFieldName('return_type');
  if (ret && isAny(ret)) return true;
  const contextual = fn.type === 'arrow_function' || fn.type === 'function_expression' || fn.type === 'function' ? contextuallyTyped(fn) : false;
  if (params?.type === 'identifier') return !contextual; // `x => ...`
  for (const p of params?.namedChildren ?? []) {
    if (!p || (p.type !== 'required_parameter' && p.type !== 'optional_parameter')) continue;
    const t = p.childForFieldName('type');
    if (t ? isAny(t) : !contextual && !p.childForFieldName('value')) return true;
  }
  return false;
}

function isAny(typeAnnotation: Node): boolean {
  let found = false;
  walk(typeAnnotation, (x) => {
    if (x.type === 'predefined_type' && x.text === 'any') found = true;
    return !found;
  });
  return found;
}

/** A function expression passed as an argument, or assigned to something with a declared type. */
function contextuallyTyped(fn: Node): boolean {
  let p = fn.parent;
  while (p && (p.type === 'parenthesized_expression' || p.type === 'as_expression' || p.type === 'satisfies_expression')) p = p.parent;
  if (!p) return false;
  if (p.type === 'arguments' || p.type === 'pair' || p.type === 'array' || p.type === 'return_statement' || p.type === 'jsx_expression') return true;
  if (p.type === 'variable_declarator' || p.type === 'public_field_definition') return p.childForFieldName('type') !== null;
  if (p.type === 'assignment_expression') return true;
  return false;
}
