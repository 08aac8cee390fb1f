// Differential test of the fast JS/TS facts (src/analysis/js/fast-facts.ts): on every JS/TS file and
// Vue/Svelte component of the fixtures, the example and FACTS_DIFF_DIRS, the facts the lexer and
// parser find must equal what the tree-sitter extractor finds, wherever the fast path answers.
// Fallbacks (the fast path not sure) are counted and printed per folder.
import { beforeAll, describe, expect, it } from 'vitest';
import { moduleFacts, type JsFacts } from '../../src/analysis/js/facts.js';
import { loadGrammars } from '../../src/syntax/index.js';
import { SourceFile } from '../../src/workspace/source-file.js';
import { diffFolders, sourceFiles } from './facts-diff.js';

const NAME = /\.(?:[cm]?jsx?|[cm]?ts|tsx|vue|svelte)$/;

/** The parts of two facts that differ, as lines (imports compared one by one). */
function difference(fast: JsFacts | null, tree: JsFacts | null | undefined): string {
  if (!fast || !tree) return `  fast ${JSON.stringify(fast)}\n  tree ${JSON.stringify(tree)}`;
  const out: string[] = [];
  const n = Math.max(fast.imports.length, tree.imports.length);
  for (let i = 0; i < n; i++) {
    const a = JSON.stringify(fast.imports[i]);
    const b = JSON.stringify(tree.imports[i]);
    if (a !== b) out.push(`  import ${i}: fast ${a}\n  import ${i}: tree ${b}`);
  }
  for (const k of ['functions', 'template', 'mentions', 'byPattern', 'patternFolders'] as const) {
    const a = JSON.stringify(fast[k]);
    const b = JSON.stringify(tree[k]);
    if (a !== b) out.push(`  ${k}: fast ${a} tree ${b}`);
  }
  return out.join('\n');
}

describe('JS/TS facts: fast path equals the tree-sitter path', () => {
  beforeAll(() => loadGrammars(['javascript', 'typescript', 'tsx']));

  it('gives the same facts on every file where it answers', () => {
    const mismatches: string[] = [];
    const stats = new Map<string, { files: number; fallbacks: number }>();
    let answered = 0;
    for (const [label, text] of sourceFiles(diffFolders(), NAME)) {
      const folder = label.slice(0, label.indexOf(':'));
      const s = stats.get(folder) ?? { files: 0, fallbacks: 0 };
      stats.set(folder, s);
      s.files++;
      const path = label.slice(folder.length + 1);
      const fastFile = SourceFile.fromBytes(path, Buffer.from(text, 'utf8'));
      const treeFile = SourceFile.fromBytes(path, Buffer.from(text, 'utf8'));
      try {
        const fast = moduleFacts(fastFile, 'fast');
        if (fast === undefined) {
          s.fallbacks++;
          if (process.env.FACTS_DIFF_VERBOSE) console.log(`fallback ${label}`);
          continue;
        }
        answered++;
        const tree = moduleFacts(treeFile, 'tree');
        if (JSON.stringify(fast) !== JSON.stringify(tree)) mismatches.push(`${label}\n${difference(fast, tree)}`);
      } finally {
        fastFile.dispose();
        treeFile.dispose();
      }
    }
    for (const [folder, s] of stats) console.log(`js facts diff ${folder}: ${s.files} files, ${s.fallbacks} fallbacks (${((100 * s.fallbacks) / Math.max(1, s.files)).toFixed(1)}%)`);
    console.log(`js facts diff: ${answered} compared, ${mismatches.length} mismatches`);
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(answered).toBeGreaterThan(0);
    // real trees (FACTS_DIFF_DIRS) take minutes
  }, 1_800_000);
});
