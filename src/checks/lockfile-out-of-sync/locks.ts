// What each lockfile says it was made from: the declarations it records per project (npm's
// `packages[""]`, pnpm's importers, yarn's descriptors) or the names/versions it locks (Python, go.sum).
import { parse as parseYaml } from 'yaml';
import { parse as parseToml } from 'smol-toml';
import { parseSyml } from '../../formats/syml.js';
import { goSumEntries } from '../../ecosystems/go/index.js';
import { parsePnpmOverrides, type PnpmOverride } from '../../ecosystems/pnpm/overrides.js';
import { NPM_LOCKFILES, stripBom } from '../../ecosystems/npm/manifest.js';
import { normalizePypiName } from '../../ecosystems/purl.js';
import { record, str } from '../../ecosystems/types.js';
import type { Workspace } from '../../workspace/workspace.js';

export type LockView =
  /**
   * Per project directory (relative to the lockfile, '' for its own), name → the range it was resolved
   * for; pnpm: the overrides it was resolved with, and per project name → the version it resolved.
   */
  | { kind: 'specs'; projects: Map<string, Map<string, string>>; overrides?: PnpmOverride[]; resolved?: Map<string, Map<string, string>> }
  /** yarn: every `name@range` descriptor it resolves. */
  | { kind: 'descriptors'; descriptors: Set<string> }
  /** Python and Go: the (normalized) names, or module@version pairs, it locks. */
  | { kind: 'names'; names: Set<string> };

const NPM_SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

/**
 * The lockfile a manifest of `dir` installs from, of the `candidates` names: the nearest folder
 * above's that records the folder as a project (an npm or pnpm workspace root's lock, which the
 * manager installs every member from; a member's own lockfile is then a stray: keyshade's
 * apps/api/pnpm-lock.yaml beside the root lock's `apps/api` importer), else its own folder's.
 * `view` reads a lockfile, undefined when absent or unreadable.
 */
export function installingLock(dir: string, candidates: readonly string[], view: (path: string) => LockView | undefined): { path: string; view: LockView; project: string } | undefined {
  let own: { path: string; view: LockView; project: string } | undefined;
  for (let d = dir; ; d = parentDir(d)) {
    const project = dir.slice(d.length).replace(/\/$/, '');
    for (const c of candidates) {
      const v = view(d + c);
      if (!v) continue;
      if (d === dir) {
        own ??= { path: d + c, view: v, project };
        continue;
      }
      if (v.kind === 'specs' && v.projects.has(project)) return { path: d + c, view: v, project };
    }
    if (d === '') return own;
  }
}

function parentDir(dir: string): string {
  const trimmed = dir.replace(/\/$/, '');
  const i = trimmed.lastIndexOf('/');
  return i < 0 ? '' : trimmed.slice(0, i + 1);
}

/** Each lockfile's view, read once per run whichever check asks (lockfile-out-of-sync, dependency-version-conflict). */
export function lockViews(ws: Pick<Workspace, 'shared' | 'text'>): (path: string) => LockView | undefined {
  const views = ws.shared('lock-views', () => new Map<string, LockView | undefined>());
  return (p) => {
    if (!views.has(p)) {
      const t = ws.text(p);
      views.set(p, t === undefined ? undefined : lockView(p, t));
    }
    return views.get(p);
  };
}

/** undefined when the lockfile cannot be read (the SBOM reports it as malformed). */
export function lockView(path: string, text: string): LockView | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  try {
    if (base === 'package-lock.json' || base === 'npm-shrinkwrap.json') {
      const doc = record(JSON.parse(stripBom(text)));
      const projects = new Map<string, Map<string, string>>();
      const packages = record(doc?.packages);
      if (packages) {
        for (const [p, raw] of Object.entries(packages)) {
          if (p.includes('node_modules/')) continue;
          const e = record(raw) ?? {};
          const specs = new Map<string, string>();
          for (const s of NPM_SECTIONS) for (const [n, v] of Object.entries(record(e[s]) ?? {})) specs.set(n, String(v));
          projects.set(p, specs);
        }
        return { kind: 'specs', projects };
      }
      // v1 records no ranges: only whether the name is locked at the top level.
      return { kind: 'names', names: new Set(Object.keys(record(doc?.dependencies) ?? {})) };
    }
    if (base === 'pnpm-lock.yaml') {
      const doc = record(parseYaml(text, { uniqueKeys: false, logLevel: 'error' })) ?? {};
      const importers = record(doc.importers) ?? { '.': doc };
      const projects = new Map<string, Map<string, string>>();
      const resolved = new Map<string, Map<string, string>>();
      for (const [dir, raw] of Object.entries(importers)) {
        const i = record(raw) ?? {};
        const specs = new Map<string, string>();
        const versions = new Map<string, string>();
        const v5 = record(i.specifiers) ?? {};
        for (const s of NPM_SECTIONS) {
          for (const [n, v] of Object.entries(record(i[s]) ?? {})) {
            specs.set(n, str(record(v)?.specifier) ?? str(v5[n]) ?? '');
            // v6+: `{ specifier, version }`; v5: the version itself. Peer suffixes (`1.0.0(react@18)`) dropped.
            const version = beforePeers(str(record(v)?.version) ?? str(v));
            if (version !== undefined) versions.set(n, version);
          }
        }
        projects.set(dir === '.' ? '' : dir, specs);
        resolved.set(dir === '.' ? '' : dir, versions);
      }
      const overrides = parsePnpmOverrides(doc.overrides);
      return { kind: 'specs', projects, resolved, ...(overrides.length > 0 ? { overrides } : {}) };
    }
    if (base === 'yarn.lock') {
      const doc = record(parseSyml(text)) ?? {};
      const descriptors = new Set<string>();
      for (const key of Object.keys(doc)) for (const d of key.split(',')) descriptors.add(d.trim());
      return { kind: 'descriptors', descriptors };
    }
    if (base === 'poetry.lock' || base === 'uv.lock' || base === 'pdm.lock') {
      const doc = parseToml(text) as Record<string, unknown>;
      const list = Array.isArray(doc.package) ? doc.package : [];
      return { kind: 'names', names: new Set(list.map((p) => str(record(p)?.name)).filter((n): n is string => !!n).map(normalizePypiName)) };
    }
    if (base === 'Pipfile.lock') {
      const doc = record(JSON.parse(text)) ?? {};
      return { kind: 'names', names: new Set(['default', 'develop'].flatMap((s) => Object.keys(record(doc[s]) ?? {})).map(normalizePypiName)) };
    }
    if (base === 'go.sum') return { kind: 'names', names: goSumEntries(text) };
  } catch {
    return undefined;
  }
  return undefined;
}

/** Which lockfile answers for a manifest, by family, nearest first in the same directory. */
export const LOCKS_FOR: Record<string, readonly string[]> = {
  'package.json': NPM_LOCKFILES,
  'pyproject.toml': ['poetry.lock', 'uv.lock', 'pdm.lock'],
  Pipfile: ['Pipfile.lock'],
  'go.mod': ['go.sum'],
};

/**
 * A pnpm version without its peer suffix (`1.0.0(react@18)`, v5's `1.0.0_react@18`). Cut at the first
 * `(` or `_`: `/[(_].*$/` restarts at each one when a line break follows (quadratic on a hostile lock).
 */
function beforePeers(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const cut = v.search(/[(_]/);
  return cut < 0 ? v : v.slice(0, cut);
}
