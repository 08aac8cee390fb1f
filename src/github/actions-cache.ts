// The fact cache between workflow runs: the cache folder (engine/fact-cache.ts) restored before the
// scan and saved after it through @actions/cache, in the cache scopes GitHub defines (a run reads its
// own ref's entries, then its base branch's and the default branch's).
//
// Not on a pull request's merge ref (refs/pull/N/merge): any workflow the pull request adds or edits
// runs in that scope and can save an entry under any key, ours included, and a poisoned entry could
// tell the gate that a file holding a key is clean. pull_request_target runs in the base branch's
// scope, which the pull request cannot write. A cache is speed, never part of the verdict: every
// failure here is one log line, and the scan reads every file as if there were no cache.
import * as cache from '@actions/cache';
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve } from 'node:path';
import { BUILD_ID } from '../engine/fact-cache.js';

/** What main.ts calls around the scan (RunEnvironment.factCache). Each returns a log line, if any. */
export interface FactCacheStore {
  /**
   * Why a run with this cache folder should build no cache at all, or undefined: the folder is
   * under RUNNER_TEMP (emptied at the start and end of every job) and the Actions cache will not
   * keep it, so no later run can read it.
   */
  pointless?(dir: string): string | undefined;
  restore(dir: string, root: string): Promise<string | undefined>;
  save(dir: string, root: string): Promise<string | undefined>;
}

export interface ActionsCacheDeps {
  env: NodeJS.ProcessEnv;
  /** Runs the library with its own log lines kept off the log (they carry signed URLs; see log-guard). */
  quiet: <T>(f: () => Promise<T>) => Promise<T>;
  /** The library's calls (replaced in tests). */
  restoreCache?: typeof cache.restoreCache;
  saveCache?: typeof cache.saveCache;
}

/** Why this run neither reads nor writes the Actions cache, or undefined when it may. */
export function cacheUnavailable(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.ACTIONS_RUNTIME_TOKEN || !(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL)) return 'no Actions cache service here (a local run or act)';
  if ((env.GITHUB_REF ?? '').startsWith('refs/pull/')) return "not used on a pull request's ref, whose cache entries the pull request's own workflows can write";
  return undefined;
}

/** The key prefix: one tool build, one runner OS, one scanned folder; the commit makes each save unique. */
function prefix(env: NodeJS.ProcessEnv, root: string): string {
  const folder = createHash('sha256').update(root).digest('hex').slice(0, 12);
  return `readiness-gate-facts-${BUILD_ID}-${env.RUNNER_OS ?? 'unknown'}-${folder}-`;
}

export function actionsCacheStore(deps: ActionsCacheDeps): FactCacheStore {
  const restoreCache = deps.restoreCache ?? cache.restoreCache;
  const saveCache = deps.saveCache ?? cache.saveCache;
  let restoredKey: string | undefined;
  const key = (root: string) => `${prefix(deps.env, root)}${deps.env.GITHUB_SHA ?? 'no-sha'}`;
  return {
    pointless(dir) {
      const why = cacheUnavailable(deps.env);
      const temp = deps.env.RUNNER_TEMP;
      if (why === undefined || !temp) return undefined;
      const rel = relative(resolve(temp), resolve(dir));
      return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel)) ? why : undefined;
    },
    async restore(dir, root) {
      const why = cacheUnavailable(deps.env);
      if (why) return `fact cache: ${why}; every file is read`;
      try {
        // Short timeouts: a slow cache service must not cost more than reading the files would.
        restoredKey = await deps.quiet(() => restoreCache([dir], key(root), [prefix(deps.env, root)], { timeoutInMs: 10_000, segmentTimeoutInMs: 30_000 }));
        return restoredKey ? 'fact cache: restored from the Actions cache' : 'fact cache: no entry in the Actions cache yet; every file is read';
      } catch (e) {
        return `fact cache: not restored (${message(e)}); every file is read`;
      }
    },
    async save(dir, root) {
      if (cacheUnavailable(deps.env)) return undefined;
      // The exact key was restored: this commit's facts are saved already (keys are immutable).
      if (restoredKey === key(root)) return undefined;
      try {
        await deps.quiet(() => saveCache([dir], key(root)));
        return 'fact cache: saved to the Actions cache';
      } catch (e) {
        // Another job of this commit saved it first (ReserveCacheError), or the service refused.
        return `fact cache: not saved (${message(e)})`;
      }
    },
  };
}

function message(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  // The library's messages may quote a URL with a signed query: keep the first line, cut at any '?'.
  return m.split('\n')[0]!.replace(/\?\S*/g, '?…').slice(0, 200);
}
