import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../src/checks/index.js';
import { DOCKERFILE_GLOBS } from '../../src/analysis/dockerfile.js';
import { expand, globMatcher } from '../../src/workspace/glob.js';
import { DISCOVER } from '../../src/evidence/find.js';

/** Every path under the fixtures and examples (bounded), plus names made to catch a joined expression out. */
function pathsUnder(): string[] {
  const out: string[] = [];
  const walk = (root: string, dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (out.length > 20_000) return;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(root, p);
      else out.push(relative(root, p).split('\\').join('/'));
    }
  };
  walk('test/fixtures', 'test/fixtures');
  walk('examples', 'examples');
  return [
    ...out,
    '', 'a[1].txt', 'Dockerfile', 'x/Dockerfile.prod', '.github/workflows/ci.yml', '.env', 'a/.hidden/b.ts', 'package.json',
    'sub/package.json', 'package.json/', 'a//b.js', './a.js', '../a.js', 'a/../b.js', 'deploy/k8s/app.yaml', 'x.min.js', 'y.d.ts',
    'requirements-dev.txt', 'x/a.a', 'Chart.yaml', 'charts/x/Chart.yaml', 'compose.yml', 'docker-compose.override.yaml',
  ];
}

describe('globMatcher answers as picomatch does for the same list', () => {
  const paths = pathsUnder();
  const lists: [string, string[]][] = [
    ...ALL_CHECKS.flatMap((c) => [
      [`${c.meta.id} files`, [...(c.meta.files ?? [])]] as [string, string[]],
      [`${c.meta.id} capture`, [...(c.meta.capture ?? [])]] as [string, string[]],
    ]),
    ['dockerfiles', [...DOCKERFILE_GLOBS]],
    ['test reports (auto-discovery)', [...DISCOVER.test]],
    ['coverage reports (auto-discovery)', [...DISCOVER.coverage]],
    ['plain text ends', ['**/*.XML', 'a/b.json', '**/x?.txt', 'lcov.info']],
    ['plain shapes', ['**/a.*.a', '**/*.js', '**/package.json', '**/.npmrc', 'docs/a.md', 'a[1].txt']],
    ['odd shapes', ['!**/*.md', '**/*.{js,ts}', '+(a|b).yml', '**/test/**', '*.min.js', '.env*', 'src/**/!(*.d).ts', '**']],
  ];
  /** Paths made from the globs themselves: each `**` and `*` replaced by empty, plain and dotted text. */
  const fromGlobs = (globs: string[]): string[] =>
    globs.flatMap((glob) => expand(glob) ?? [glob]).flatMap((g) =>
      ['', 'a/', '.github/x/', 'a/b/c/'].flatMap((dir) =>
        ['', 'x', '.x', 'x.y'].map((star) => g.replace(/^\*\*\//, dir).replace(/\/\*\*\//g, `/${dir}`).replace(/\*/g, star).replace(/[{}]/g, '')),
      ),
    );
  it.each(lists.filter(([, g]) => g.length > 0))('%s', (_, globs) => {
    const made = fromGlobs(lists.flatMap(([, g]) => g));
    // Upper case and non-ASCII ends too, for the case-insensitive lists.
    // And a non-ASCII character just before an ASCII last one (the last character alone refuses most paths).
    const all = [...paths, ...made, ...made.map((p) => p.toUpperCase()), ...made.map((p) => `${p}\u212a`), ...made.map((p) => `${p.slice(0, -1)}\u212a${p.slice(-1)}`), 'a/JUNIT.XML', 'x/Test-Results/r.Xml', 'a/b.xml/', 'a/\u0131.rs', 'a/b.XmL'];
    for (const opts of [{ dot: true }, { dot: false, nocase: true }]) {
      const ours = globMatcher(globs, opts);
      const theirs = picomatch(globs, opts);
      const differ = all.filter((p) => ours(p) !== theirs(p));
      expect(differ).toEqual([]);
    }
  });

  it('matches a literal glob by equality as picomatch does, and nothing for an empty list', () => {
    expect(globMatcher(['a[1].txt'])('a[1].txt')).toBe(true);
    expect(picomatch('a[1].txt')('a[1].txt')).toBe(true);
    expect(globMatcher([])('anything')).toBe(false);
  });

  it('keeps a negated glob with its own matcher: it matches what the others do not exclude', () => {
    const m = globMatcher(['!**/*.md', 'docs/**']);
    expect(m('README.md')).toBe(false);
    expect(m('docs/a.md')).toBe(true);
    expect(m('src/a.ts')).toBe(true);
  });
});
