// What every signal reader of the repository map receives, and what it may record.
// Readers record two kinds of claims:
//   - narrowing claims (test, tooling, docs, generated, vendored): recorded as they are read;
//   - shipping claims (a deployable unit, a folder its packaging ships, a file an image COPYs):
//     proposed, and kept only when the configuration that makes them is itself runtime once the
//     narrowing claims and the folder names are known (a Dockerfile under examples/ deploys nothing).
import type { ClassPattern, ClassRoot, DeployableUnit, FileClass, FileCopy } from '../../model/repo-map.js';
import type { StackUse } from './stacks.js';
import { joinPath } from '../deps/python-manifests.js';
import { dirOf, within } from '../python/modules.js';

export { dirOf };

export interface Shipping {
  /** The configuration file that proposes it: its class decides whether the claim is kept. */
  config: string;
  unit?: DeployableUnit;
  /** Folders or files it ships: runtime, over folder names that say tooling (scripts/entrypoint.sh). */
  ships: Array<{ path: string; reason: string; sealed?: boolean }>;
  /** Every repository path an image COPYs or ADDs, its context folder and the root included: no stack may claim them. */
  copied?: string[];
}

export interface Ctx {
  files: readonly string[];
  fileSet: ReadonlySet<string>;
  /** Every folder that holds a file, '' excluded. */
  dirs: ReadonlySet<string>;
  /** The configuration files (MAP_INPUTS) present, sorted. */
  configs: readonly string[];
  read(path: string): string | undefined;
  malformed(path: string, kind: string, reason: string): void;
  /** A narrowing decision about a folder or a file. */
  root(path: string, cls: FileClass, reason: string, layer?: 'generated' | 'config', sealed?: boolean): void;
  /** A glob decision, read from `config`: refused (and reported) when picomatch would be slow on it. */
  pattern(p: ClassPattern, config: string): void;
  ship(s: Shipping): void;
  /** What a compose or devcontainer file mounts (stacks.ts judges it once the shipping claims are known). */
  use(u: StackUse): void;
  copy(c: FileCopy): void;
  /** A folder the build's tsconfig excludes. */
  excludedFromBuild(path: string, reason: string): void;
}

export interface Collected {
  roots: ClassRoot[];
  patterns: ClassPattern[];
  shipping: Shipping[];
  uses: StackUse[];
  copies: FileCopy[];
  /** Folders a build's tsconfig excludes (not tests): files a build step copies from there are data, not code. */
  excluded: Array<{ path: string; reason: string }>;
}

export function baseOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** A path written in a configuration file, resolved against its folder; undefined when it leaves the repository or is absolute. */
export function resolveIn(dir: string, rel: string): string | undefined {
  const r = rel.trim().replace(/\\/g, '/');
  if (r === '' || r.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(r)) return undefined;
  return joinPath(dir, r.replace(/\/+$/, ''));
}

/** `path` is `dir` or inside it ('' holds everything). */
export const under = within;

/** `dir/glob` for a glob written relative to `dir`, with `./` and `<rootDir>/` dropped. */
export function globIn(dir: string, glob: string): string | undefined {
  let g = glob.trim().replace(/\\/g, '/').replace(/^<rootDir>\/?/, '').replace(/^\.\//, '');
  if (g === '' || g.startsWith('/') || g.startsWith('!') || g.includes('..')) return undefined;
  if (g.endsWith('/')) g += '**';
  return dir === '' ? g : `${dir}/${g}`;
}

/** The first index of a sorted list whose item is not below `key` (the paths starting with `dir/` are one run from lowerBound(sorted, `dir/`)). */
export function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function isGlob(s: string): boolean {
  return /[*?[\]{}!]/.test(s);
}

export function exists(ctx: Pick<Ctx, 'fileSet' | 'dirs'>, path: string): boolean {
  return path === '' || ctx.fileSet.has(path) || ctx.dirs.has(path);
}

export type Table = Record<string, unknown>;
export const table = (v: unknown): Table => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Table) : {});
export const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);
