import { describe, expect, it } from 'vitest';
import { ECOSYSTEMS, ecosystemFor } from '../../src/ecosystems/index.js';
import { globMatcher } from '../../src/workspace/glob.js';

/** Each family's own globs, asked one family after the other: what ecosystemFor() must answer. */
const byFamily = ECOSYSTEMS.map((e) => ({ e, match: globMatcher(e.lockfiles.map((p) => (p.includes('/') ? p : `**/${p}`)), { dot: true }) }));
const expected = (path: string) => byFamily.find((m) => m.match(path))?.e.id;

describe('ecosystemFor', () => {
  it('names the family of every lockfile, at the root and below, and of no other path', () => {
    const paths: string[] = [];
    for (const e of ECOSYSTEMS) {
      for (const l of e.lockfiles) {
        const name = l.replaceAll('*', 'x');
        paths.push(name, `a/${name}`, `a/b/.hidden/${name}`, `${name}.bak`, `a/${name}/inside.txt`, `a/x${name.slice(name.lastIndexOf('/') + 1)}`);
      }
    }
    paths.push('src/main.ts', 'README.md', '.github/workflows/ci.yml', '.github/workflows/sub/ci.yml', 'a/.github/workflows/ci.yaml', 'Dockerfile', 'docker/Dockerfile.prod', 'go.mod.tmpl');
    const found = paths.map((p) => [p, ecosystemFor(p)?.id]);
    expect(found).toEqual(paths.map((p) => [p, expected(p)]));
    // Every family is reached, and most paths are of none.
    expect(new Set(found.map(([, id]) => id).filter(Boolean)).size).toBe(ECOSYSTEMS.length);
    expect(found.filter(([, id]) => id === undefined).length).toBeGreaterThan(paths.length / 3);
  });
});
