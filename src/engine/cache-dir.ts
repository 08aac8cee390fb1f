// Where the CLI keeps what it reuses between runs. Imported by the CLI's entry before anything else
// is loaded (cli-start.ts), so it imports Node's own modules only.
import { homedir, platform } from 'node:os';
import { join } from 'node:path';

/** Where the CLI keeps its cache when no folder is given: the platform's user cache folder. */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (platform() === 'win32') return join(env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), 'readiness-gate', 'Cache');
  if (platform() === 'darwin') return join(homedir(), 'Library', 'Caches', 'readiness-gate');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'readiness-gate');
}

/**
 * Where Node keeps the CLI's compiled code (module.enableCompileCache), or undefined for none.
 *
 * - Always the user cache folder, whatever `--cache` names: the compiled code is the tool's, the
 *   same for every tree, and a folder given with `--cache` is only checked (outside the scanned
 *   tree) once the engine is loaded, which is too late.
 * - None with `--cache false`: such a run keeps nothing.
 * - None inside GitHub Actions: a hosted runner's home is new for every job, and a self-hosted
 *   runner's is shared with jobs of other refs, so compiled code one of them wrote could be run by
 *   the next. The action keeps its fact cache with the Actions cache, and never code.
 */
export function compileCacheDir(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.GITHUB_ACTIONS === 'true') return undefined;
  const off = (v: string | undefined) => v !== undefined && (v.trim() === 'false' || v.trim() === '');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if ((a === '--cache' && off(argv[i + 1])) || (a.startsWith('--cache=') && off(a.slice('--cache='.length)))) return undefined;
  }
  return join(userCacheDir(env), 'compile');
}
