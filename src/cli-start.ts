#!/usr/bin/env node
// The CLI's entry (bundled to dist/cli.js). Node keeps the code it compiles for the CLI in the user
// cache folder (Node 22.1 and later; cache-dir.ts says when), so a re-run does not parse 3 MB of
// bundle again. The cache has to be on before the engine's modules load: this module imports
// nothing else statically, and loads the CLI once it is on.
import module from 'node:module';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileCacheDir } from './engine/cache-dir.js';

// Executed, not imported by a script for `run` (whose process is its own business).
const executed = process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
const cacheDir = executed ? compileCacheDir(process.argv.slice(2)) : undefined;
// Older Node has no compile cache; a folder that cannot be written means no cache, not an error.
if (cacheDir !== undefined) (module as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache?.(cacheDir);

const cli = await import('./cli.js');
if (executed) await cli.main();

// The engine, for scripts that drive it in-process (the benchmark).
export const run = cli.run;
