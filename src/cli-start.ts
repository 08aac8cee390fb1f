#!/usr/bin/env node
// The CLI's entry (bundled to dist/cli.js). Executed for a scan that reads every file, it runs
// again on the engine's worker thread (io/thread.ts: a bounded young generation), which loads the
// CLI; the main thread loads nothing else. There, Node keeps the code it compiles in the user cache folder (Node 22.1 and later;
// cache-dir.ts says when), so a re-run does not parse 3 MB of bundle again: the cache has to be on
// before the CLI's modules load, so this module imports nothing else statically.
import module from 'node:module';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { coldScan, compileCacheDir } from './engine/cache-dir.js';
import { engineTerminal, hostedInThread } from './io/thread.js';

// Executed, not imported by a script for `run` (whose process is its own business).
const executed = process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
// A scan that reads every file runs on the engine's thread; a re-run stays here (a thread costs it 60 ms).
const hosted =
  executed &&
  coldScan(process.argv.slice(2), process.env, process.cwd()) &&
  (await hostedInThread(import.meta.url, (code) => {
    process.stderr.write(`readiness-gate: internal error: the scan thread stopped (${code})\n`);
  }));

/** The engine, for scripts that drive it in-process (the benchmark); not set in a process that ran the CLI on a thread. */
export let run: typeof import('./cli.js').run | undefined;

if (!hosted) {
  const cacheDir = executed ? compileCacheDir(process.argv.slice(2)) : undefined;
  // Older Node has no compile cache; a folder that cannot be written means no cache, not an error.
  if (cacheDir !== undefined) (module as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache?.(cacheDir);
  const cli = await import('./cli.js');
  run = cli.run;
  if (executed) await cli.main(engineTerminal());
}
