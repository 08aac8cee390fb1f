// Where the CLI keeps what it reuses between runs: the fact cache's default folder, and Node's compiled code.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCacheDir, userCacheDir } from '../../src/engine/cache-dir.js';

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
