// Differential test of the fast JS/TS route facts (src/analysis/routes/fast-js.ts): on every JS/TS
// file of the fixtures, the example and FACTS_DIFF_DIRS that observeRoutes reads (not .d.ts nor
// .min.js), the FileRoutes found from tokens must equal extractRoutes' on the tree, key order
// included, wherever the fast path answers. Fallbacks are counted and printed per folder.
import { beforeAll, describe, expect, it } from 'vitest';
import { fastJsRoutes } from '../../src/analysis/routes/fast-js.js';
import { extractRoutes, JS_VOCABULARY } from '../../src/analysis/routes/extract.js';
import { langOf, loadGrammars, parseText } from '../../src/syntax/index.js';
import { diffFolders, sourceFiles } from './facts-diff.js';
import { SourceFile } from '../../src/workspace/source-file.js';

/** A source file of this text (the fast route reader shares the file's memoized parse with jsFacts). */
const src = (text: string) => SourceFile.fromText('x.ts', text);

const NAME = /^(?!.*\.d\.ts$)(?!.*\.min\.js$).*\.(?:[cm]?jsx?|[cm]?ts|tsx)$/;

describe('JS/TS route facts: fast path equals the tree-sitter path', () => {
  beforeAll(() => loadGrammars(['javascript', 'typescript', 'tsx']));

  it('gives the same FileRoutes on every file where it answers', () => {
    const mismatches: string[] = [];
    const stats = new Map<string, { files: number; fallbacks: number }>();
    let answered = 0;
    for (const [label, text] of sourceFiles(diffFolders(), NAME)) {
      const folder = label.slice(0, label.indexOf(':'));
      const s = stats.get(folder) ?? { files: 0, fallbacks: 0 };
      stats.set(folder, s);
      s.files++;
      const lang = langOf(label.slice(folder.length + 1))!;
      const fast = fastJsRoutes(lang, src(text), JS_VOCABULARY);
      if (fast === undefined) {
        s.fallbacks++;
        if (process.env.FACTS_DIFF_VERBOSE) console.log(`fallback ${label}`);
        continue;
      }
      answered++;
      const tree = parseText(lang, text)!;
      try {
        const slow = extractRoutes(lang, tree.rootNode);
        if (JSON.stringify(fast) !== JSON.stringify(slow)) mismatches.push(`${label}\n  fast ${JSON.stringify(fast)}\n  tree ${JSON.stringify(slow)}`);
      } finally {
        tree.delete();
      }
    }
    for (const [folder, s] of stats) console.log(`js routes diff ${folder}: ${s.files} files, ${s.fallbacks} fallbacks (${((100 * s.fallbacks) / Math.max(1, s.files)).toFixed(1)}%)`);
    console.log(`js routes diff: ${answered} compared, ${mismatches.length} mismatches`);
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(answered).toBeGreaterThan(0);
  }, 1_800_000); // real trees (FACTS_DIFF_DIRS) take minutes on a loaded machine
});
