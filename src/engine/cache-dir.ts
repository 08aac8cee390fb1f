// Where the CLI keeps what it reuses between runs. Imported by the CLI's entry before anything else
// is loaded (cli-start.ts), so it imports Node's own modules only.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { join, resolve } from 'node:path';

/** Where the CLI keeps its cache when no folder is given: the platform's user cache folder. */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (platform() === 'win32') return join(env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), 'readiness-gate', 'Cache');
  if (platform() === 'darwin') return join(homedir(), 'Library', 'Caches', 'readiness-gate');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'readiness-gate');
}

/** The `cache` input's folder for `true`: under RUNNER_TEMP in a workflow (the action saves it with the Actions cache), else the user's. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.GITHUB_ACTIONS === 'true' && env.RUNNER_TEMP ? join(env.RUNNER_TEMP, 'readiness-gate', 'cache') : userCacheDir(env);
}

/** What names a scanned tree's files in a cache folder (its absolute path, hashed). */
export function treeKey(root: string): string {
  return createHash('sha256').update(root).digest('hex').slice(0, 12);
}

/** The CLI's switches: its options that take no value (every other option does). */
export const CLI_SWITCHES = ['help', 'version', 'color', 'no-color', 'verbose'] as const;

/**
 * The CLI's arguments as its parser reads them, without its table of options: the command and the
 * tree (its positional arguments) and each option's value. Every option takes a value but
 * CLI_SWITCHES. For the guesses below, made before the CLI is loaded; the CLI parses them itself.
 */
function readArgs(argv: readonly string[]): { command?: string; tree?: string; values: Map<string, string> } {
  const values = new Map<string, string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.replace(/^--?/, '').slice(0, eq < 0 ? undefined : eq - (a.startsWith('--') ? 2 : 1));
    if (eq >= 0) values.set(name, a.slice(eq + 1));
    else if (!(CLI_SWITCHES as readonly string[]).includes(name) && name !== 'h') values.set(name, argv[++i] ?? '');
  }
  return { command: positionals[0], tree: positionals[1], values };
}

/** `--cache false` (or empty): the run keeps nothing between runs. */
const keepsNothing = (values: ReadonlyMap<string, string>) => ['false', ''].includes(values.get('cache')?.trim() ?? 'true');

/**
 * Whether a CLI scan will read every file: `--cache false`, or no fact file of its tree in its
 * cache folder. Such a run goes to a thread with a bounded young generation (io/thread.ts), which
 * spares a cold scan about 100 MB and costs a re-run about 60 ms of thread start-up. Read from the
 * arguments as the CLI reads them (the tree: the first positional argument after `scan`, or
 * `--path`; the folder: `--cache`); a wrong guess costs memory or those 60 ms, never another report.
 */
export function coldScan(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): boolean {
  const { command, tree, values } = readArgs(argv);
  if (command !== 'scan') return false;
  if (keepsNothing(values)) return true;
  const cache = (values.get('cache') ?? 'true').trim();
  const dir = cache === 'true' ? defaultCacheDir(env) : resolve(cwd, cache);
  const prefix = `facts-${treeKey(resolve(cwd, values.get('path')?.trim() || tree || '.'))}-`;
  try {
    return !readdirSync(dir).some((n) => n.startsWith(prefix));
  } catch {
    return true; // no folder yet: a first run
  }
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
  if (env.GITHUB_ACTIONS === 'true' || keepsNothing(readArgs(argv).values)) return undefined;
  return join(userCacheDir(env), 'compile');
}
