import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LANGS, langOf, langsPresent, loadGrammars, parseText, syntaxTree } from '../../src/syntax/index.js';
import { SourceFile } from '../../src/workspace/source-file.js';

describe('syntax', () => {
  beforeAll(() => loadGrammars());

  it('maps extensions to grammars', () => {
    expect(langOf('a/b.py')).toBe('python');
    expect(langOf('x.d.ts')).toBe('typescript');
    expect(langOf('App.TSX')).toBe('tsx');
    expect(langOf('main.go')).toBe('go');
    // Names a pull request may commit: never a member of Object.prototype.
    for (const p of ['x.constructor', 'x.__proto__', 'x.CONSTRUCTOR', 'x.toString', 'x.hasOwnProperty', 'x.valueOf']) expect(langOf(p), p).toBeUndefined();
    expect(langOf('index.mjs')).toBe('javascript');
    expect(langOf('Api/Program.cs')).toBe('csharp');
    expect(langOf('config/routes.rb')).toBe('ruby');
    expect(langOf('routes/web.php')).toBe('php');
    expect(langOf('Makefile')).toBeUndefined();
    expect(langOf('README.md')).toBeUndefined();
  });

  it('parses every shipped grammar', () => {
    const samples: Record<string, [string, string]> = {
      python: ['from .provenance import X\n', 'module'],
      go: ['package main\nfunc main() {}\n', 'source_file'],
      java: ['class A {}', 'program'],
      javascript: ['import x from "./x.js";', 'program'],
      typescript: ['const a: number = 1;', 'program'],
      tsx: ['const a = <div/>;', 'program'],
      // @vscode/tree-sitter-wasm's builds of these grammars load in this web-tree-sitter.
      csharp: ['var app = builder.Build();\napp.MapGet("/x", () => 1);\n[Route("api/[controller]")] class C { [HttpGet("{id}")] void M() {} }\n', 'compilation_unit'],
      ruby: ['Rails.application.routes.draw do\n  get "up" => "rails/health#show"\nend\n', 'program'],
      php: ["<?php\nRoute::prefix('v1')->group(function () { Route::get('/x', fn () => 1); });\n#[Route('/a')] class A {}\n", 'program'],
    };
    for (const lang of LANGS) {
      const [text, root] = samples[lang]!;
      const tree = parseText(lang, text)!;
      expect(tree.rootNode.type, lang).toBe(root);
      expect(tree.rootNode.hasError, lang).toBe(false);
      tree.delete();
    }
  });

  it('the bundle copies every grammar, and a grammar is loaded only when the tree has a file of its language', () => {
    const bundle = readFileSync('scripts/bundle.mjs', 'utf8');
    const copied = /for \(const lang of \[([^\]]*)\]\)/.exec(bundle)![1]!.match(/'[^']+'/g)!.map((x) => x.slice(1, -1));
    expect(copied).toEqual(LANGS.map((l) => (l === 'csharp' ? 'c-sharp' : l)).sort());
    expect(langsPresent(['src/a.ts', 'b.py', 'README.md'], ['csharp', 'python', 'ruby', 'typescript'])).toEqual(['python', 'typescript']);
    expect(langsPresent(['Api/Program.cs', 'config/routes.rb'], ['csharp', 'php', 'ruby'])).toEqual(['csharp', 'ruby']);
  });

  it('parses a file once, however many checks ask, and frees the tree with the file', () => {
    const f = SourceFile.fromText('app/main.py', 'import os\n');
    const a = syntaxTree(f)!;
    expect(syntaxTree(f)).toBe(a);
    expect(a.rootNode.firstChild!.type).toBe('import_statement');
    f.dispose();
    const b = syntaxTree(f)!;
    expect(b).not.toBe(a);
    f.dispose();
  });

  it('gives null for files without a grammar', () => {
    expect(syntaxTree(SourceFile.fromText('notes.txt', 'x'))).toBeNull();
  });
});
