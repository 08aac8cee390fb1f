// Syntax trees for the code rules: tree-sitter in WebAssembly (web-tree-sitter with the prebuilt
// grammars of @vscode/tree-sitter-wasm), so the single-file bundle stays portable across runners.
// Grammars load once per thread, before the file pass; a file is parsed at most once, whichever
// checks read it, and its tree is freed when the file pass is done with the file.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';
import type { SourceFile } from '../workspace/source-file.js';
import { forgetTree } from './walk.js';

export type { Node, Tree };

export const LANGS = ['csharp', 'go', 'java', 'javascript', 'php', 'python', 'ruby', 'tsx', 'typescript'] as const;
export type Lang = (typeof LANGS)[number];

// A Map, not an object literal: a file named `x.constructor` or `x.__proto__` must not find
// Object.prototype's members (the engine asks this of every path).
const BY_EXTENSION: ReadonlyMap<string, Lang> = new Map(Object.entries({
  py: 'python',
  pyi: 'python',
  go: 'go',
  java: 'java',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'javascript',
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'tsx',
  cs: 'csharp',
  rb: 'ruby',
  php: 'php',
} satisfies Record<string, Lang>));

/** The grammar's file, where its name is not the Lang's (scripts/bundle.mjs copies the same files). */
const WASM_NAME: Partial<Record<Lang, string>> = { csharp: 'c-sharp' };

/**
 * The grammars these paths need, among `wanted`: a grammar is loaded only when the tree has a file
 * of its language (the C# one alone is 5 MB of WebAssembly to compile).
 */
export function langsPresent(paths: Iterable<string>, wanted: readonly Lang[]): Lang[] {
  const want = new Set(wanted);
  const found = new Set<Lang>();
  for (const p of paths) {
    const l = langOf(p);
    if (l && want.has(l)) {
      found.add(l);
      if (found.size === want.size) break;
    }
  }
  return wanted.filter((l) => found.has(l));
}

/** The grammar for a path, by extension (`.d.ts` is TypeScript too). */
export function langOf(path: string): Lang | undefined {
  const dot = path.lastIndexOf('.');
  if (dot < 0) return undefined;
  const ext = path.slice(dot + 1);
  return BY_EXTENSION.get(ext) ?? BY_EXTENSION.get(ext.toLowerCase());
}

/**
 * Where the .wasm files are: beside the bundle (dist/grammars/, copied by scripts/bundle.mjs), or
 * in node_modules when running from source (tests, tsx).
 */
function wasmDir(): { runtime: string; grammars: string } {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [join(here, 'grammars'), join(here, '..', 'grammars')]) {
    if (existsSync(join(dir, 'web-tree-sitter.wasm'))) return { runtime: dir, grammars: dir };
  }
  const require = createRequire(import.meta.url);
  return {
    runtime: dirname(require.resolve('web-tree-sitter/web-tree-sitter.wasm')),
    grammars: dirname(require.resolve('@vscode/tree-sitter-wasm/wasm/tree-sitter-python.wasm')),
  };
}

let runtime: Promise<void> | undefined;
const languages = new Map<Lang, Promise<Language>>();
const loaded = new Map<Lang, Language>();
let parser: Parser | undefined;

/** Loads the runtime and these grammars (idempotent; concurrent callers share the work). */
export async function loadGrammars(langs: readonly Lang[] = LANGS): Promise<void> {
  const dirs = wasmDir();
  runtime ??= Parser.init({ locateFile: (name: string) => join(dirs.runtime, name) });
  await runtime;
  await Promise.all(
    langs.map(async (lang) => {
      let p = languages.get(lang);
      if (!p) {
        p = Language.load(join(dirs.grammars, `tree-sitter-${WASM_NAME[lang] ?? lang}.wasm`));
        languages.set(lang, p);
      }
      loaded.set(lang, await p);
    }),
  );
}

/** Parses text with a loaded grammar; the caller owns the tree (tree.delete() when done). Null if not loaded. */
export function parseText(lang: Lang, text: string): Tree | null {
  const language = loaded.get(lang);
  if (!language) return null;
  parser ??= new Parser();
  parser.setLanguage(language);
  return parser.parse(text);
}

/**
 * The file's syntax tree, parsed once and shared by every check that reads the file; freed by the
 * file pass afterwards, so do not keep nodes beyond file(): observe plain facts instead.
 * Null when the path has no grammar or its grammar was not loaded (a check lists it in `meta.languages`).
 */
export function syntaxTree(f: SourceFile, lang: Lang | undefined = langOf(f.path)): Tree | null {
  if (!lang) return null;
  return f.memo(`syntax:${lang}`, () => parseText(lang, f.text), (t) => {
    if (!t) return;
    forgetTree(t);
    t.delete();
  });
}
