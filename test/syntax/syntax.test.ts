import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS, langOf, loadGrammars, parseText, syntaxTree } from '../../src/syntax/index.js';
import { SourceFile } from '../../src/workspace/source-file.js';

describe('syntax', () => {
  beforeAll(() => loadGrammars());

  it('maps extensions to grammars', () => {
    expect(langOf('a/b.py')).toBe('python');
    expect(langOf('x.d.ts')).toBe('typescript');
    expect(langOf('App.TSX')).toBe('tsx');
    expect(langOf('main.go')).toBe('go');
    expect(langOf('index.mjs')).toBe('javascript');
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
    };
    for (const lang of LANGS) {
      const [text, root] = samples[lang]!;
      const tree = parseText(lang, text)!;
      expect(tree.rootNode.type, lang).toBe(root);
      expect(tree.rootNode.hasError, lang).toBe(false);
      tree.delete();
    }
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
