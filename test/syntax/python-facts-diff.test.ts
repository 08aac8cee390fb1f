// Differential test of the lexer-based Python facts: on every Python file of the fixtures, the
// example and FACTS_DIFF_DIRS, the fast path either falls back (undefined) or gives exactly what the
// tree-sitter path gives, byte for byte (JSON, key order included).
import { beforeAll, describe, expect, it } from 'vitest';
import { fastPythonFacts, treePythonFacts } from '../../src/analysis/python/facts.js';
import { loadGrammars, parseText } from '../../src/syntax/index.js';
import { diffFolders, sourceFiles } from './facts-diff.js';

const PY = /\.pyi?$/;

describe('python facts: lexer vs tree-sitter', () => {
  beforeAll(() => loadGrammars(['python']));

  it('gives the tree facts wherever it answers', { timeout: 900_000 }, () => {
    const stats = new Map<string, { files: number; fallbacks: number; treeErrors: number }>();
    const mismatches: string[] = [];
    for (const [label, text] of sourceFiles(diffFolders(), PY)) {
      const folder = label.slice(0, label.indexOf(':'));
      const s = stats.get(folder) ?? { files: 0, fallbacks: 0, treeErrors: 0 };
      stats.set(folder, s);
      s.files++;
      const fast = fastPythonFacts(text);
      if (!fast) {
        s.fallbacks++;
        continue;
      }
      const tree = parseText('python', text)!;
      try {
        if (tree.rootNode.hasError) s.treeErrors++;
        const slow = JSON.stringify(treePythonFacts(text, tree));
        if (JSON.stringify(fast) !== slow && mismatches.length < 20) mismatches.push(`${label}\n  fast: ${JSON.stringify(fast)}\n  tree: ${slow}`);
      } finally {
        tree.delete();
      }
    }
    for (const [folder, s] of stats) console.log(`python facts ${folder}: ${s.files} files, ${s.fallbacks} fallbacks, answered on ${s.treeErrors} with tree errors`);
    expect(mismatches).toEqual([]);
    expect(stats.get('test/fixtures')!.files).toBeGreaterThan(0);
  });
});
