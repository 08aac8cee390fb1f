// Differential test of the Go fast paths: on every .go file of the fixtures, the example and the
// folders in FACTS_DIFF_DIRS (see facts-diff.ts), goFacts and the Go route facts from the tokens
// must equal what the syntax tree gives, wherever the fast path answers; fallbacks are counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goFactsFast, goFactsOfTree } from '../../src/analysis/go/facts.js';
import { extractRoutes } from '../../src/analysis/routes/extract.js';
import { goRoutesFast } from '../../src/analysis/routes/fast-go.js';
import { loadGrammars, parseText } from '../../src/syntax/index.js';
import { SourceFile } from '../../src/workspace/source-file.js';
import { diffFolders, sourceFiles } from './facts-diff.js';

interface Tally {
  files: number;
  factsFallbacks: number;
  routesFallbacks: number;
  mismatches: string[];
}

const tallies = new Map<string, Tally>();

describe('Go facts: tokens against the syntax tree', () => {
  beforeAll(() => loadGrammars(['go']));
  afterAll(() => {
    for (const [dir, t] of tallies) {
      console.log(`go-facts-diff ${dir}: ${t.files} files, goFacts fallbacks ${t.factsFallbacks}, routes fallbacks ${t.routesFallbacks}, mismatches ${t.mismatches.length}`);
    }
  });

  it('gives the same goFacts and route facts on every Go file where the fast path answers', { timeout: 3_600_000 }, () => {
    let compared = 0;
    for (const dir of diffFolders()) {
      const tally: Tally = { files: 0, factsFallbacks: 0, routesFallbacks: 0, mismatches: [] };
      tallies.set(dir, tally);
      for (const [label, text] of sourceFiles([dir], /\.go$/)) {
        tally.files++;
        const path = label.slice(label.indexOf(':') + 1);
        const fast = goFactsFast(SourceFile.fromText(path, text));
        const routes = goRoutesFast(SourceFile.fromText(path, text));
        if (!fast) tally.factsFallbacks++;
        if (!routes) tally.routesFallbacks++;
        if (!fast && !routes) continue;
        const f = SourceFile.fromText(path, text);
        const slow = goFactsOfTree(f);
        if (fast) {
          compared++;
          if (JSON.stringify(fast) !== JSON.stringify(slow)) tally.mismatches.push(`${label} goFacts fast ${JSON.stringify(fast)} tree ${JSON.stringify(slow)}`);
        }
        if (routes) {
          compared++;
          const tree = parseText('go', text)!;
          try {
            const want = extractRoutes('go', tree.rootNode);
            if (JSON.stringify(routes) !== JSON.stringify(want)) tally.mismatches.push(`${label} routes fast ${JSON.stringify(routes)} tree ${JSON.stringify(want)}`);
          } finally {
            tree.delete();
          }
        }
        f.dispose();
      }
    }
    const all = [...tallies.values()].flatMap((t) => t.mismatches);
    expect(all.slice(0, 20)).toEqual([]);
    expect(compared).toBeGreaterThan(0);
  });
});
