// Where the CLI keeps what it reuses between runs: the fact cache's default folder, and Node's compiled code.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coldScan, compileCacheDir, treeKey, userCacheDir } from '../../src/engine/cache-dir.js';

describe('compileCacheDir', () => {
  const env = { XDG_CACHE_HOME: '/home/u/.cache' };
  const compiled = join(userCacheDir(env), 'compile');

  it('the user cache folder, whatever folder --cache names (compiled code is the tool’s, not the tree’s)', () => {
    expect(compileCacheDir(['scan', '.'], env)).toBe(compiled);
    expect(compileCacheDir(['scan', '.', '--cache', 'true'], env)).toBe(compiled);
    expect(compileCacheDir(['scan', '.', '--cache', '/tmp/facts'], env)).toBe(compiled);
    expect(compileCacheDir(['scan', '.', '--cache=/tmp/facts'], env)).toBe(compiled);
  });

  it('none when the run keeps nothing: --cache false or empty, in either spelling', () => {
    expect(compileCacheDir(['scan', '.', '--cache', 'false'], env)).toBeUndefined();
    expect(compileCacheDir(['scan', '.', '--cache', ' false '], env)).toBeUndefined();
    expect(compileCacheDir(['scan', '.', '--cache', ''], env)).toBeUndefined();
    expect(compileCacheDir(['scan', '.', '--cache=false'], env)).toBeUndefined();
    expect(compileCacheDir(['scan', '.', '--cache='], env)).toBeUndefined();
  });

  it('none inside GitHub Actions, where a runner’s home is new for every job or shared with other refs’ jobs', () => {
    expect(compileCacheDir(['scan', '.'], { ...env, GITHUB_ACTIONS: 'true' })).toBeUndefined();
    expect(compileCacheDir(['scan', '.'], { ...env, GITHUB_ACTIONS: 'false' })).toBe(compiled);
  });
});

describe('coldScan', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'rg-cold-'));
  const cache = join(cwd, 'cache');
  mkdirSync(cache);
  // The tree `cwd/app` has a fact file in `cache`; `cwd` itself has none.
  writeFileSync(join(cache, `facts-${treeKey(join(cwd, 'app'))}-0123.bin`), '');
  const env = { XDG_CACHE_HOME: join(cwd, 'home-cache') };

  it('a scan whose tree has a fact file in its cache folder is a re-run, whichever way the tree and folder are named', () => {
    expect(coldScan(['scan', 'app', '--cache', cache], env, cwd)).toBe(false);
    expect(coldScan(['scan', '--cache', cache, 'app'], env, cwd)).toBe(false);
    expect(coldScan(['scan', '--verbose', '--format', 'json', '--cache=cache', './app'], env, cwd)).toBe(false);
    expect(coldScan(['scan', '--path', 'app', '--cache', 'cache', '--no-color'], env, cwd)).toBe(false);
    expect(coldScan(['scan', '--cache', 'cache', '--', 'app'], env, cwd)).toBe(false);
  });

  it('reads every file: --cache false, another tree, a folder without one, the default folder not made yet', () => {
    expect(coldScan(['scan', 'app', '--cache', 'false'], env, cwd)).toBe(true);
    expect(coldScan(['scan', 'app', '--cache='], env, cwd)).toBe(true);
    expect(coldScan(['scan', '--cache', cache], env, cwd)).toBe(true);
    expect(coldScan(['scan', 'other', '--cache', cache], env, cwd)).toBe(true);
    expect(coldScan(['scan', 'app'], env, cwd)).toBe(true);
    expect(coldScan(['scan', 'app', '--cache', join(cwd, 'none')], env, cwd)).toBe(true);
  });

  it('a value is never taken for the tree: `--format app` names no tree', () => {
    expect(coldScan(['scan', '--format', 'app', '--cache', cache], env, cwd)).toBe(true);
    expect(coldScan(['scan', '--format', 'text', 'app', '--cache', cache], env, cwd)).toBe(false);
  });

  it('only a scan: merge, fleet, --version and --help run where they are', () => {
    expect(coldScan(['merge', 'a.json', '--out', 'x'], env, cwd)).toBe(false);
    expect(coldScan(['--version'], env, cwd)).toBe(false);
    expect(coldScan([], env, cwd)).toBe(false);
  });
});
