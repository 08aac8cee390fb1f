// What the Python rules need to know about one file, read once and shared (SourceFile.memo) by every
// rule that reads the file: from its tokens (lex.ts, fast-facts.ts) when that reading is certain,
// else from its tree-sitter tree; the two give the same facts (test/syntax/python-facts-diff.test.ts).
// Plain data: it crosses worker threads.
import type { Node, Tree } from '../../syntax/index.js';
import { syntaxTree } from '../../syntax/index.js';
import { forEachNode } from '../../syntax/walk.js';
import type { SourceFile } from '../../workspace/source-file.js';
import { templateTagOffsets, templateTagOutside } from '../deps/template.js';
import { lexedFacts, type LexedReading } from './fast-facts.js';
import { commentAtOrAfter, lexPython, Tok, type Lexed } from './lex.js';

export interface PyImport {
  /** Dotted module after the dots: `a.b` in `from ..a.b import c`; '' in `from . import c`. */
  module: string;
  /** Leading dots of a relative import; 0 for absolute. */
  level: number;
  /** Imported names of a `from` import (`*` for a wildcard); empty for `import a.b`. */
  names: string[];
  from: boolean;
  line: number;
  column: number;
  /**
   * Not a start-up blocker: inside `try: ... except ImportError`, under `if TYPE_CHECKING:`, or
   * under a version/platform test (`if sys.version_info >= ...`), where another branch provides it.
   */
  guarded: boolean;
  /**
   * Under another `if` (configuration: `if SECRET_PROVIDER == "metatron":`), not `__main__`: an
   * optional dependency that only some deployments load, judged P1.
   */
  conditional?: boolean;
}

export interface PyFunctions {
  /** Functions and methods (lambdas excluded). */
  total: number;
  /** Those whose parameters (bar self/cls) and return are all annotated (`__init__` needs no return). */
  annotated: number;
}

export interface PyFacts {
  imports: PyImport[];
  functions: PyFunctions;
  /** The file edits sys.path (sys.path.insert/append, site.addsitedir): its folder's imports are not judged. */
  changesSysPath: boolean;
  /**
   * The first Python-2-only statement shape of the file (`raise X, msg`, `except E, e:`,
   * `print "x"`, `exec "code"`), as written for a message; absent in Python 3 code.
   */
  python2?: string;
  /**
   * The file is a template a generator renders before it runs (a `{% … %}` tag line, or an import
   * whose module has a `{{ … }}` placeholder): its imports are not code yet.
   */
  template?: boolean;
}

const IMPORT_ERRORS = /\b(?:ImportError|ModuleNotFoundError|Exception|BaseException)\b/;
/** `if __name__ == "__main__":` runs whenever the script does: not optional. */
const MAIN = /\b__name__\b/;
const CONDITIONAL = /\bTYPE_CHECKING\b|\bsys\.version_info\b|\bsys\.platform\b|\bplatform\.system\b|\bos\.name\b/;

/**
 * The facts of a Python file, computed once per file whichever rules ask: from the tokens when the
 * lexer-based reading is certain (the same facts, test/syntax/python-facts-diff.test.ts), else from
 * the tree. Null without a tree.
 */
export function pythonFacts(f: SourceFile): PyFacts | null {
  return f.memo('python-facts', () => {
    const reading = pythonReading(f);
    if (reading) return factsOfReading(reading.facts, f.text);
    const tree = syntaxTree(f, 'python');
    return tree ? treePythonFacts(f.text, tree) : null;
  });
}

/** The facts from the file's syntax tree. */
export function treePythonFacts(text: string, tree: Tree): PyFacts {
  const facts = { ...extractFacts(tree), changesSysPath: SYS_PATH.test(text) };
  return isPythonTemplate(text, tree) ? { ...facts, template: true } : facts;
}

/** The facts from the tokens, or undefined where only the tree can tell (the caller parses). */
export function fastPythonFacts(text: string): PyFacts | undefined {
  const reading = readPython(text);
  return reading && factsOfReading(reading.facts, text);
}

/** PyFacts from the lexer's reading, with the keys in the order the tree path gives them. */
function factsOfReading(r: LexedReading, text: string): PyFacts {
  const base = r.python2 ? { imports: r.imports, functions: r.functions, python2: r.python2 } : { imports: r.imports, functions: r.functions };
  return { ...base, changesSysPath: SYS_PATH.test(text) };
}

/** The tokens and the lexer-based facts of a Python text, when certain (shared with the route facts). */
export interface PythonReading {
  lx: Lexed;
  facts: LexedReading;
}

export function readPython(text: string, lexed: () => Lexed | undefined = () => lexPython(text)): PythonReading | undefined {
  // An import of a `{{ }}` placeholder is no Python: the tree reads it with errors.
  if (text.includes('{{') && TEMPLATE_IMPORT.test(text)) return undefined;
  const lx = lexed();
  if (!lx || templateTagInCode(lx)) return undefined;
  const facts = lexedFacts(lx, { importErrors: IMPORT_ERRORS, main: MAIN, conditional: CONDITIONAL });
  return facts && { lx, facts };
}

/** readPython once per file, for the facts and the route facts. */
export function pythonReading(f: SourceFile): PythonReading | undefined {
  return f.memo('python-reading', () => readPython(f.text, () => pythonTokens(f)));
}

/** The file's Python tokens, lexed once per file for every reader (the facts, hardcoded-secret's docstrings). */
export function pythonTokens(f: SourceFile): Lexed | undefined {
  return f.memo('python-lex', () => lexPython(f.text) ?? null) ?? undefined;
}

/**
 * A `{% %}` tag line not inside a comment or a plain string: a template (then the tree, with its
 * errors, decides the facts), or a tag in an f-string, where the tree's reading of `{%` is its own.
 */
function templateTagInCode(lx: Lexed): boolean {
  for (const at of templateTagOffsets(lx.text)) {
    const c = commentAtOrAfter(lx, at + 1) - 1;
    if (c >= 0 && lx.commentEnds[c]! > at) continue;
    // The top-level token holding `at`: a String that is no f-string is inert.
    let lo = 0;
    let hi = lx.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lx.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    if (lx.kinds[lo] !== Tok.String || lx.starts[lo]! > at || lx.ends[lo]! <= at) return true;
    const s = lx.text.slice(lx.starts[lo], lx.starts[lo]! + 3).toLowerCase();
    if (/^[a-z]*f/.test(s)) return true;
  }
  return false;
}

const SYS_PATH = /\bsys\.path\s*(?:\.\s*(?:insert|append|extend)\b|\[[^\]]*\]\s*=|\+=)|\bsite\.addsitedir\b/;

/** An import whose module has a `{{ … }}` placeholder (`from polar.{{ version }}.client import X`). */
const TEMPLATE_IMPORT = /^[ \t]*(?:from|import)[ \t]+[\w.]*\{\{/m;
const STRINGS: ReadonlySet<string> = new Set(['string', 'comment', 'string_content']);

/**
 * A template, not a module: an import names a `{{ }}` placeholder, or a line outside strings and
 * comments is a `{% %}` tag (a docstring documenting Jinja is not a template).
 */
function isPythonTemplate(text: string, tree: Tree): boolean {
  if (!text.includes('{')) return false;
  if (TEMPLATE_IMPORT.test(text)) return true;
  return templateTagOutside(text, tree.rootNode, STRINGS);
}

const FACT_TYPES: ReadonlySet<string> = new Set(['import_statement', 'import_from_statement', 'function_definition', 'if_statement', 'try_statement', 'raise_statement', 'except_clause', 'print_statement', 'exec_statement']);

/**
 * Statement shapes that only Python 2 accepts (tree-sitter-python still parses them): `raise X, msg`
 * (an expression list after raise), `except E, e:` (a comma, not `as`), the print and exec statements.
 */
function python2Shape(n: Node, t: string): string | undefined {
  switch (t) {
    case 'raise_statement':
      return n.namedChildren[0]?.type === 'expression_list' ? '`raise X, msg`' : undefined;
    case 'except_clause': {
      // `except E, e:` binds a name; Python 3.14's `except A, B:` (PEP 758) lists classes, not a lower-case name.
      const commas = n.children.filter((c) => c && !c.isNamed && c.type === ',').length;
      const last = n.namedChildren.filter((c) => c && c.type !== 'block' && c.type !== 'comment').pop();
      return commas === 1 && last?.type === 'identifier' && /^[a-z_]/.test(last.text) ? '`except E, e:`' : undefined;
    }
    case 'print_statement':
      return '`print "…"`';
    case 'exec_statement':
      return '`exec "…"`';
  }
  return undefined;
}

export function extractFacts(tree: Tree): Omit<PyFacts, 'changesSysPath'> {
  const imports: PyImport[] = [];
  let python2: string | undefined;
  const functions: PyFunctions = { total: 0, annotated: 0 };
  // Guarded regions (byte ranges, nested in pre-order): a conditional `if`, a try body whose except
  // clause catches the import error (the handlers are not guarded).
  const guardEnds: number[] = [];
  // Other `if` blocks (configuration switches), the same way.
  const condEnds: number[] = [];
  forEachNode(tree, FACT_TYPES, (n, t) => {
    while (guardEnds.length > 0 && n.startIndex >= guardEnds[guardEnds.length - 1]!) guardEnds.pop();
    while (condEnds.length > 0 && n.startIndex >= condEnds[condEnds.length - 1]!) condEnds.pop();
    switch (t) {
      case 'import_statement':
      case 'import_from_statement':
        for (const i of importsOf(n, guardEnds.length > 0)) imports.push(condEnds.length > 0 ? { ...i, conditional: true } : i);
        return 'skip';
      case 'function_definition':
        functions.total++;
        if (fullyAnnotated(n)) functions.annotated++;
        break;
      case 'if_statement':
        if (guards(n)) guardEnds.push(n.endIndex);
        else if (!MAIN.test(n.childForFieldName('condition')?.text ?? '')) condEnds.push(n.endIndex);
        break;
      case 'raise_statement':
      case 'except_clause':
      case 'print_statement':
      case 'exec_statement':
        python2 ??= python2Shape(n, t);
        break;
      case 'try_statement':
        if (catchesImportError(n)) {
          // Nested regions only ever end inside their parents: the stack stays ordered.
          const body = n.namedChildren.filter((c) => c?.type === 'block').map((c) => c!.endIndex);
          for (const end of body.reverse()) guardEnds.push(end);
        }
        break;
    }
    return undefined;
  });
  imports.sort((a, b) => a.line - b.line || a.column - b.column);
  return python2 ? { imports, functions, python2 } : { imports, functions };
}

function guards(n: Node): boolean {
  const cond = n.childForFieldName('condition');
  return cond !== null && CONDITIONAL.test(cond.text);
}

function catchesImportError(tryNode: Node): boolean {
  for (const c of tryNode.namedChildren) {
    if (c?.type !== 'except_clause') continue;
    const caught = c.namedChildren.find((x) => x && x.type !== 'block');
    if (!caught || IMPORT_ERRORS.test(caught.text)) return true;
  }
  return false;
}

function importsOf(n: Node, guarded: boolean): PyImport[] {
  const line = n.startPosition.row + 1;
  const column = n.startPosition.column + 1;
  if (n.type === 'import_statement') {
    return n.childrenForFieldName('name').flatMap((c) => {
      const dotted = c?.type === 'aliased_import' ? c.childForFieldName('name') : c;
      return dotted ? [{ module: dotted.text, level: 0, names: [], from: false, line, column, guarded }] : [];
    });
  }
  const mod = n.childForFieldName('module_name');
  if (!mod) return [];
  let module = mod.text;
  let level = 0;
  if (mod.type === 'relative_import') {
    const prefix = mod.namedChildren.find((c) => c?.type === 'import_prefix');
    level = prefix ? prefix.text.length : 0;
    module = mod.namedChildren.find((c) => c?.type === 'dotted_name')?.text ?? '';
  }
  if (module === '__future__') return [];
  const names = n.childrenForFieldName('name').map((c) => (c?.type === 'aliased_import' ? c.childForFieldName('name')?.text ?? '' : c?.text ?? ''));
  if (n.namedChildren.some((c) => c?.type === 'wildcard_import')) names.push('*');
  return [{ module: module.replace(/\s+/g, ''), level, names, from: true, line, column, guarded }];
}

/** mypy's notion of a fully annotated def: every parameter but self/cls, and the return (not for __init__). */
function fullyAnnotated(fn: Node): boolean {
  // The return first: without it (and not __init__) the parameters do not matter.
  if (fn.childForFieldName('return_type') === null && fn.childForFieldName('name')?.text !== '__init__') return false;
  const params = fn.childForFieldName('parameters');
  let first = true;
  for (const p of params?.namedChildren ?? []) {
    if (!p) continue;
    const isFirst = first;
    first = false;
    switch (p.type) {
      case 'typed_parameter':
      case 'typed_default_parameter':
        continue;
      case 'identifier':
        if (isFirst && (p.text === 'self' || p.text === 'cls' || p.text === 'mcs') && isMethod(fn)) continue;
        return false;
      case 'list_splat_pattern':
      case 'dictionary_splat_pattern':
      case 'default_parameter':
        return false;
      default:
        // `*`, `/` separators and comments.
        continue;
    }
  }
  return true;
}

function isMethod(fn: Node): boolean {
  let p = fn.parent;
  if (p?.type === 'decorated_definition') p = p.parent;
  return p?.type === 'block' && p.parent?.type === 'class_definition';
}
