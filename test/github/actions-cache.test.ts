import { describe, expect, it } from 'vitest';
import { actionsCacheStore, cacheUnavailable } from '../../src/github/actions-cache.js';
import { BUILD_ID } from '../../src/engine/fact-cache.js';

const RUNNER = { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/', RUNNER_OS: 'Linux', GITHUB_SHA: 'abc123', GITHUB_REF: 'refs/heads/main' };
const quiet = <T>(f: () => Promise<T>) => f();

function fake(restored?: string, fail?: Error) {
  const calls: Array<{ op: string; paths: string[]; key: string; restoreKeys?: string[] }> = [];
  return {
    calls,
    restoreCache: (async (paths: string[], key: string, restoreKeys?: string[]) => {
      calls.push({ op: 'restore', paths, key, restoreKeys });
      if (fail) throw fail;
      return restored;
    }) as never,
    saveCache: (async (paths: string[], key: string) => {
      calls.push({ op: 'save', paths, key });
      if (fail) throw fail;
      return 1;
    }) as never,
  };
}

describe('the fact cache in the Actions cache', () => {
  it('restores by this build, OS and folder, newest commit first, and saves under the commit', async () => {
    const f = fake(undefined);
    const store = actionsCacheStore({ env: RUNNER, quiet, ...f });
    expect(await store.restore('/tmp/c', 'services/api')).toMatch(/no entry in the Actions cache yet/);
    expect(await store.save('/tmp/c', 'services/api')).toMatch(/saved/);
    const [restore, save] = f.calls;
    expect(restore!.key).toMatch(new RegExp(`^readiness-gate-facts-${BUILD_ID}-Linux-[0-9a-f]{12}-abc123$`));
    expect(restore!.restoreKeys).toEqual([restore!.key.slice(0, -'abc123'.length)]);
    expect(save).toMatchObject({ op: 'save', paths: ['/tmp/c'], key: restore!.key });
    // Another scanned folder has its own entries.
    const other = fake(undefined);
    await actionsCacheStore({ env: RUNNER, quiet, ...other }).restore('/tmp/c', '.');
    expect(other.calls[0]!.key).not.toBe(restore!.key);
  });

  it('does not save again what the exact key restored', async () => {
    const f = fake('placeholder');
    const store = actionsCacheStore({ env: RUNNER, quiet, ...f });
    f.calls.length = 0;
    const key = await (async () => {
      await store.restore('/tmp/c', '.');
      return f.calls[0]!.key;
    })();
    const exact = fake(key);
    const s2 = actionsCacheStore({ env: RUNNER, quiet, ...exact });
    expect(await s2.restore('/tmp/c', '.')).toMatch(/restored/);
    expect(await s2.save('/tmp/c', '.')).toBeUndefined();
    expect(exact.calls.map((c) => c.op)).toEqual(['restore']);
  });

  it('never touches the cache on a pull request ref, which the pull request can write', async () => {
    const env = { ...RUNNER, GITHUB_REF: 'refs/pull/7/merge' };
    expect(cacheUnavailable(env)).toMatch(/pull request/);
    const f = fake('x');
    const store = actionsCacheStore({ env, quiet, ...f });
    expect(await store.restore('/tmp/c', '.')).toMatch(/pull request/);
    expect(await store.save('/tmp/c', '.')).toBeUndefined();
    expect(f.calls).toEqual([]);
  });

  it('calls a cache folder under RUNNER_TEMP pointless when the Actions cache will not keep it', () => {
    const pr = { ...RUNNER, GITHUB_REF: 'refs/pull/7/merge', RUNNER_TEMP: '/runner/_temp' };
    const store = actionsCacheStore({ env: pr, quiet, ...fake(undefined) });
    expect(store.pointless!('/runner/_temp/readiness-gate/cache')).toMatch(/pull request/);
    expect(store.pointless!('/runner/_temp')).toMatch(/pull request/);
    // A folder the runner keeps (a self-hosted runner's own disk) outlives the job: it is used.
    expect(store.pointless!('/runner/_tempx/cache')).toBeUndefined();
    expect(store.pointless!('/srv/gate-cache')).toBeUndefined();
    // Where the Actions cache serves the run, the folder is restored and saved: never pointless.
    expect(actionsCacheStore({ env: { ...RUNNER, RUNNER_TEMP: '/runner/_temp' }, quiet, ...fake(undefined) }).pointless!('/runner/_temp/readiness-gate/cache')).toBeUndefined();
  });

  it('says why there is no cache outside a runner, and turns failures into a line', async () => {
    expect(cacheUnavailable({})).toMatch(/no Actions cache service/);
    const f = fake(undefined, new Error('Cache service responded with 503\nhttps://blob.example/x?sig=SECRET'));
    const store = actionsCacheStore({ env: RUNNER, quiet, ...f });
    const restored = await store.restore('/tmp/c', '.');
    expect(restored).toMatch(/not restored \(Cache service responded with 503\)/);
    const saved = await store.save('/tmp/c', '.');
    expect(saved).toMatch(/not saved/);
    expect(`${restored}${saved}`).not.toContain('SECRET');
  });
});
