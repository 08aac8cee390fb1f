// What the JS/TS rules need from one file: every module specifier it
// loads (static import/export-from, `import x = require()`, require(), dynamic import()), whether
// the load is type-only (erased by TypeScript, so no runtime dependency), and for TypeScript the
// functions whose signature has an explicit or implicit `any`. Read first by the lexer and parser of
// fast-facts.ts, which answer only where they are sure (nearly every file), else from the tree-sitter
// tree (extractJsFacts below, the reference the fast path is tested against).
import { langOf, syntaxTree, type Node } from '../../syntax/index.js';
import { SourceFile } from '../../workspace/source-file.js';
import { findNode, forEachNode } from '../../syntax/walk.js';
import { templateTagOutside, templateTagOutsideText } from '../deps/template.js';
import { fastParse } from './fast-facts.js';

export interface JsImport {
  spec: string;
  line: number;
  column: number;
  /** `import type`, `export type ... from`, or only `type` specifiers: erased at compile time. */
  typeOnly: boolean;
  /** Inside a try block or a conditional require: an optional dependency. */
  guarded: boolean;
  /**
   * TypeScript: a value import whose bindings appear only in type positions (at least one does):
   * TypeScript, esbuild and Babel elide it, so nothing loads the module at run time.
   */
  typeUsesOnly?: boolean;
}

export interface JsFunctions {
  total: number;
  /** Without `any` in the signature, explicit or implicit (an unannotated parameter with no contextual type). */
  typed: number;
}

export interface JsFacts {
  imports: JsImport[];
  /**
   * A template a generator renders before it runs: a `{% … %}` tag line outside strings and
   * comments, or an import specifier with a `{{ … }}` placeholder. Its imports are not code yet.
   */
  template?: boolean;
  /** JS/TS file paths the code names in a string, as written (`new Worker('./w.js')`, `spawn('node', ['x.js'])`). */
  mentions?: string[];
  /** Loads modules by pattern (`import.meta.glob`, `require.context`): the files under its folder may be loaded. */
  byPattern?: boolean;
  /** Where those patterns reach, relative to the file, when every one is a literal (patternFolders). */
  patternFolders?: string[];
  /** TypeScript only; undefined for JavaScript. */
  functions?: JsFunctions;
}

const FUNCTIONS = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration', 'generator_function', 'function']);

export function jsFacts(f: SourceFile): JsFacts | null {
  return f.memo('js-facts', () => computeJsFacts(f, 'auto') ?? null);
}

/**
 * How facts are found: `fast` by the lexer and parser of fast-facts.ts (undefined where it is not
 * sure), `tree` from the tree-sitter tree, `auto` the first and else the second. The differential
 * test compares `fast` with `tree`.
 */
export type FactsPath = 'auto' | 'fast' | 'tree';

export function computeJsFacts(f: SourceFile, how: FactsPath): JsFacts | null | undefined {
  const lang = langOf(f.path);
  if (how !== 'tree' && (lang === 'javascript' || lang === 'typescript' || lang === 'tsx')) {
    const fast = fastJsFacts(f, lang);
    if (fast || how === 'fast') return fast;
  }
  if (how === 'fast') return undefined;
  const tree = syntaxTree(f);
  if (!tree) return null;
  const facts = extractJsFacts(tree.rootNode, lang === 'typescript' || lang === 'tsx');
  const text = f.text;
  if (facts.imports.some((i) => i.spec.includes('{{')) || templateTagOutside(text, tree.rootNode, JS_INERT)) facts.template = true;
  addTextFacts(facts, text);
  return facts;
}

/** What is read from the text itself, whichever path found the rest. */
function addTextFacts(facts: JsFacts, text: string): void {
  const mentions = new Set<string>();
  for (const m of text.matchAll(FILE_MENTION)) mentions.add(m[1]!);
  if (mentions.size > 0) facts.mentions = [...mentions];
  if (BY_PATTERN.test(text)) {
    facts.byPattern = true;
    const folders = patternFolders(text);
    if (folders) facts.patternFolders = folders;
  }
}

/**
 * The folders the file's pattern loads reach, relative to it (`../locales` for
 * `import.meta.glob('../locales/*.json')`, `./pages` for `require.context('./pages', true)`): the
 * literal part of each pattern up to its last `/` before a wildcard. Undefined when any load's
 * pattern is not a relative string literal (a variable, an array, `/src/**` from the project root,
 * an alias): then its files may be anywhere under the file's own folder, as before.
 */
export function patternFolders(text: string): string[] | undefined {
  const loads = text.match(BY_PATTERN_ALL)?.length ?? 0;
  const folders = new Set<string>();
  let literal = 0;
  for (const m of text.matchAll(PATTERN_LITERAL)) {
    const pattern = m[2] ?? m[4]!;
    if (!pattern.startsWith('./') && !pattern.startsWith('../')) return undefined;
    const fixed = m[2] !== undefined ? pattern.slice(0, pattern.search(/[*?[{!]|$/)) : `${pattern.replace(/\/+$/, '')}/`;
    folders.add(fixed.slice(0, fixed.lastIndexOf('/')) || '.');
    literal++;
  }
  return literal === loads && loads > 0 ? [...folders] : undefined;
}

function fastJsFacts(f: SourceFile, lang: 'javascript' | 'typescript' | 'tsx'): JsFacts | undefined {
  const text = f.text;
  // tree-sitter takes a NUL character for the end of the text (its lexer's end-of-input mark); a
  // line ended by a lone carriage return counts as no line in its rows, and its comment and ASI
  // rules for one are not modelled. (includes() first: a plain search, where the regex steps through
  // every character of the many files that hold no carriage return.)
  if (text.includes('\0') || (text.includes('\r') && /\r(?!\n)/.test(text))) return undefined;
  const typescript = lang !== 'javascript';
  const r = fastParse(f, { typescript, jsx: lang !== 'typescript', tsx: lang === 'tsx' }).parsed;
  if (!r) return undefined;
  // A copy: the parse is shared with the route facts, and these facts get the text's own added.
  const facts: JsFacts = { ...r.facts };
  const { inert } = r;
  if (facts.imports.some((i) => i.spec.includes('{{')) || templateTagOutsideText(text, inert)) facts.template = true;
  addTextFacts(facts, text);
  return facts;
}

/** Where a `{% … %}` line is text, not a directive. */
const JS_INERT: ReadonlySet<string> = new Set(['string', 'template_string', 'comment', 'regex']);
/** A quoted path to a JS/TS file, as written (`./w.js`, `x.js`, `assets/js/x.js`). */
const FILE_MENTION = /['"`]((?:[^'"`\s]*\/)?[\w.@-]+\.(?:[cm]?[jt]sx?))['"`?#]/g;
const BY_PATTERN = /\bimport\.meta\.glob(?:Eager)?\s*[(<]|\brequire\.context\s*\(/;
const BY_PATTERN_ALL = new RegExp(BY_PATTERN.source, 'g');
/** A pattern load whose first argument is one string literal: the glob's (2) or require.context's folder (4). Bounded runs: linear. */
const PATTERN_LITERAL = /\bimport\.meta\.glob(?:Eager)?[ \t]{0,20}(?:<[^<>\n]{0,200}>)?[ \t]{0,20}\([ \t]{0,20}(['"`])([^'"`\n\\${}]{0,500})\1[ \t]{0,20}[,)]|\brequire\.context[ \t]{0,20}\([ \t]{0,20}(['"])([^'"\n\\]{0,500})\3[ \t]{0,20}[,)]/g;

const IMPORT_TYPES = ['import_statement', 'export_statement', 'call_expression'];
const JS_TYPES: ReadonlySet<string> = new Set(IMPORT_TYPES);
const TS_TYPES: ReadonlySet<string> = new Set([...IMPORT_TYPES, ...FUNCTIONS]);
const PREDEFINED: ReadonlySet<string> = new Set(['predefined_type']);

export function extractJsFacts(root: Node, typescript: boolean): JsFacts {
  const imports: JsImport[] = [];
  const functions: JsFunctions = { total: 0, typed: 0 };
  /** TypeScript value imports with their local bindings, and every import statement's range. */
  const valueImports: Array<{ imp: JsImport; names: string[] }> = [];
  const importRanges: Array<[number, number]> = [];
  forEachNode(root, typescript ? TS_TYPES : JS_TYPES, (n, t) => {
    switch (t) {
      case 'import_statement':
      case 'export_statement': {
        // `import x = require('y')` says require: other statements need no look at their children.
        const src = n.childForFieldName('source') ?? (n.text.includes('require') ? n.namedChildren.find((c) => c?.type === 'import_require_clause')?.childForFieldName('source') : null) ?? null;
        if (!src) break;
        const imp = spec(src, typeOnlyStatement(n), false);
        imports.push(imp);
        if (typescript && t === 'import_statement') {
          importRanges.push([n.startIndex, n.endIndex]);
          const names = imp.typeOnly ? [] : bindingsOf(n);
          if (names.length > 0) valueImports.push({ imp, names });
        }
        break;
      }
      case 'call_expression': {
        // The callee first: most calls are neither import() nor require().
        const fn = n.childForFieldName('function');
        const ft = fn?.type;
        if (!fn || !(ft === 'import' || (ft === 'identifier' && fn.text === 'require') || (ft === 'member_expression' && fn.text === 'require.resolve'))) break;
        const first = n.childForFieldName('arguments')?.namedChildren[0];
        if (first && (first.type === 'string' || (first.type === 'template_string' && !first.text.includes('${')))) imports.push(spec(first, false, guardedCall(n)));
        break;
      }
      default:
        if (typescript && FUNCTIONS.has(t)) {
          functions.total++;
          if (!hasAny(n, t)) functions.typed++;
        }
    }
  });
  if (valueImports.length > 0) markTypeUsesOnly(root, valueImports, importRanges);
  return typescript ? { imports, functions } : { imports };
}

/** Local names an import statement binds (default, named without `type`, namespace). */
function bindingsOf(n: Node): string[] {
  const clause = n.namedChildren.find((c) => c?.type === 'import_clause');
  const out: string[] = [];
  for (const c of clause?.namedChildren ?? []) {
    if (c?.type === 'identifier') out.push(c.text);
    else if (c?.type === 'namespace_import') out.push(...c.namedChildren.filter((x) => x?.type === 'identifier').map((x) => x!.text));
    else if (c?.type === 'named_imports') {
      for (const s of c.namedChildren) {
        if (s?.type !== 'import_specifier' || s.children.some((x) => x && !x.isNamed && x.type === 'type')) continue;
        const local = s.childForFieldName('alias') ?? s.childForFieldName('name');
        if (local) out.push(local.text);
      }
    }
  }
  return out;
}

/** Where a name occurs but is no value reference: a type, a property, a comment or string. */
const NOT_A_VALUE: ReadonlySet<string> = new Set(['type_identifier', 'property_identifier', 'private_property_identifier', 'comment', 'string_fragment', 'string', 'template_string', 'regex_pattern', 'jsx_text']);

/**
 * Sets typeUsesOnly on the imports none of whose bindings is referenced as a value. The file's text
 * is scanned once for the names; only their occurrences are looked up in the tree (no walk over
 * every identifier), and a name already seen as a value is not looked up again.
 */
function markTypeUsesOnly(root: Node, valueImports: Array<{ imp: JsImport; names: string[] }>, importRanges: Array<[number, number]>): void {
  const names = new Set(valueImports.flatMap((v) => v.names));
  const asValue = new Set<string>();
  const asType = new Set<string>();
  // Node indices count from the start of the file; the root may begin after leading blanks.
  const base = root.startIndex;
  const text = root.text;
  const re = new RegExp(`(?<![\\w$])(?:${[...names].map((x) => x.replace(/[$]/g, '\\$')).join('|')})(?![\\w$])`, 'g');
  for (const m of text.matchAll(re)) {
    const name = m[0];
    if (asValue.has(name)) continue;
    const at = m.index + base;
    if (importRanges.some(([s, e]) => at >= s && at < e)) continue;
    const node = root.descendantForIndex(at);
    if (node && (node.type === 'type_identifier' || qualifiesType(node))) asType.add(name);
    else if (!node || !NOT_A_VALUE.has(node.type)) asValue.add(name);
    if (asValue.size === names.size) break;
  }
  // Used as a type somewhere, as a value nowhere (an import never used at all proves nothing).
  for (const v of valueImports) if (v.names.every((x) => !asValue.has(x)) && v.names.some((x) => asType.has(x))) v.imp.typeUsesOnly = true;
}

/**
 * The namespace of a qualified type name: `monaco` in `monaco.languages.LanguageConfiguration`
 * (`nested_type_identifier`, through `nested_identifier` for the middle parts) is a type use.
 */
function qualifiesType(n: Node): boolean {
  if (n.type !== 'identifier') return false;
  let p = n.parent;
  for (let depth = 0; p?.type === 'nested_identifier' && depth < 32; depth++) p = p.parent;
  return p?.type === 'nested_type_identifier';
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
function hasAny(fn: Node, type: string): boolean {
  const contextual = type === 'arrow_function' || type === 'function_expression' || type === 'function' ? contextuallyTyped(fn) : false;
  // Contextually typed (a callback): only an explicit `any` counts, and that is written out.
  if (contextual && !fn.text.includes('any')) return false;
  const params = fn.childForFieldName('parameters') ?? fn.childForFieldName('parameter');
  const ret = fn.childForFieldName('return_type');
  if (ret && isAny(ret)) return true;
  if (params?.type === 'identifier') return !contextual; // `x => ...`
  for (const p of params?.namedChildren ?? []) {
    if (!p || (p.type !== 'required_parameter' && p.type !== 'optional_parameter')) continue;
    const t = p.childForFieldName('type');
    if (t ? isAny(t) : !contextual && !p.childForFieldName('value')) return true;
  }
  return false;
}

function isAny(typeAnnotation: Node): boolean {
  // Most annotations do not say `any` at all: no walk then.
  if (!typeAnnotation.text.includes('any')) return false;
  return findNode(typeAnnotation, PREDEFINED, (x) => x.text === 'any') !== undefined;
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

/** Single-file components whose `<script>` blocks hold imports (Vue, Svelte), and MDX documents, whose ESM blocks do. */
export const COMPONENT_FILES = ['**/*.{vue,svelte,mdx}'];
const COMPONENT = /\.(?:vue|svelte|mdx)$/;
/** A fenced code block's opening line (CommonMark: up to three spaces, three or more backticks or tildes). */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A line that starts an MDX ESM block: `import` or `export` at its very start (micromark-extension-mdxjs-esm). */
const ESM_START = /^(?:import|export)\b/;

/**
 * An MDX document's ESM, everything else blanked (lines and columns stay the document's): a block
 * starts with a line that begins with `import` or `export`, outside fenced code and front matter,
 * and runs to the next blank line, as MDX reads it. Code in fences (an example of an import) is prose.
 */
export function mdxEsm(text: string): string {
  const lines = text.split('\n');
  let fence: string | undefined;
  let esm = false;
  let front = lines[0]?.trimEnd() === '---';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let keep = false;
    if (front) {
      if (i > 0 && line.trimEnd() === '---') front = false;
    } else if (fence !== undefined) {
      const close = FENCE.exec(line);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length && line.trim() === close[1]) fence = undefined;
    } else if (esm) {
      esm = line.trim() !== '';
      keep = esm;
    } else if (ESM_START.test(line)) {
      esm = keep = true;
    } else {
      fence = FENCE.exec(line)?.[1];
    }
    if (!keep) lines[i] = line.replace(/[^\r]/g, ' ');
  }
  return lines.join('\n');
}
/** The opening and closing tags of a component's `<script …>` block: what is inside is parsed as JS or TS. */
const SCRIPT_OPEN = /<script\b/gi;
const SCRIPT_CLOSE = /<\/script\s*>/gi;

/**
 * The `<script …>` blocks of a component (at most `max`): the tag's attributes, and where its body
 * starts and ends; what `/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi` finds, in one pass. An
 * opening tag with no `>` or no closing tag after it ends the search: no later one has either (the
 * pattern tried again at each later `<script` would make a component of unclosed tags quadratic).
 */
export function scriptBlocks(text: string, max: number): Array<{ attrs: string; start: number; end: number }> {
  const out: Array<{ attrs: string; start: number; end: number }> = [];
  const open = new RegExp(SCRIPT_OPEN.source, SCRIPT_OPEN.flags);
  const close = new RegExp(SCRIPT_CLOSE.source, SCRIPT_CLOSE.flags);
  while (out.length < max) {
    const o = open.exec(text);
    if (!o) break;
    const gt = text.indexOf('>', open.lastIndex);
    if (gt < 0) break;
    close.lastIndex = gt + 1;
    const c = close.exec(text);
    if (!c) break;
    out.push({ attrs: text.slice(open.lastIndex, gt), start: gt + 1, end: c.index });
    open.lastIndex = close.lastIndex;
  }
  return out;
}

/**
 * The facts of a JS/TS file, or of a Vue/Svelte component's `<script>` blocks: parsed as one module
 * in which everything outside the blocks is blanked (lines and columns stay those of the component).
 */
export function moduleFacts(f: SourceFile): JsFacts | null;
export function moduleFacts(f: SourceFile, how: FactsPath): JsFacts | null | undefined;
export function moduleFacts(f: SourceFile, how: FactsPath = 'auto'): JsFacts | null | undefined {
  if (!COMPONENT.test(f.path)) return how === 'auto' ? jsFacts(f) : computeJsFacts(f, how);
  if (f.path.endsWith('.mdx')) {
    const esm = mdxEsm(f.text);
    if (!/\S/.test(esm)) return { imports: [] };
    const script = SourceFile.fromBytes(`${f.path}.jsx`, Buffer.from(esm, 'utf8'));
    try {
      return how === 'auto' ? jsFacts(script) : computeJsFacts(script, how);
    } finally {
      script.dispose();
    }
  }
  const text = f.text;
  let ts = false;
  let out = '';
  let at = 0;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const blocks = scriptBlocks(text, 8);
  for (const b of blocks) {
    if (/\blang\s*=\s*["']?ts/i.test(b.attrs)) ts = true;
    out += blank(text.slice(at, b.start)) + text.slice(b.start, b.end);
    at = b.end;
  }
  if (blocks.length === 0) return { imports: [] };
  out += blank(text.slice(at));
  const script = SourceFile.fromBytes(`${f.path}.${ts ? 'ts' : 'js'}`, Buffer.from(out, 'utf8'));
  try {
    return how === 'auto' ? jsFacts(script) : computeJsFacts(script, how);
  } finally {
    script.dispose();
  }
}
