// The Python side of a repository, built once per run from the file list and the captured
// manifests: module resolution (modules.ts) and, per source file, the distributions its
// project declares (every manifest in its folder and the folders above, `-r` includes followed).
import { pdmEcosystem, pipenvEcosystem, poetryEcosystem, uvEcosystem } from '../../ecosystems/python/locks.js';
import type { Ecosystem } from '../../ecosystems/types.js';
import type { Workspace } from '../../workspace/workspace.js';
import { GITIGNORE_GLOBS } from '../deps/gitignore.js';
import { isPythonManifest, normalizeDist, parsePythonManifest, type PyManifest } from '../deps/python-manifests.js';
import { dirOf, PythonModules } from './modules.js';

/** What the Python rules capture for end(). */
export const PYTHON_CAPTURE = [
  '**/pyproject.toml',
  '**/setup.cfg',
  '**/setup.py',
  '**/Pipfile',
  '**/*requirements*.txt',
  '**/*requirements*.in',
  '**/requirements/**/*.txt',
  '**/poetry.lock',
  '**/uv.lock',
  '**/pdm.lock',
  '**/Pipfile.lock',
  ...GITIGNORE_GLOBS,
];

/**
 * Lockfiles: what they install (the declared distributions and everything those pull in) is
 * importable in that project, whatever its manifest names; read as one more declaring manifest.
 */
const LOCKS = new Map<string, Ecosystem>([poetryEcosystem, uvEcosystem, pdmEcosystem, pipenvEcosystem].map((e) => [e.lockfiles[0]!, e]));

export interface Declared {
  /** Declared by a manifest (a compiled requirements file included: pip installs it as written). */
  runtime: Set<string>;
  dev: Set<string>;
  /** The projects' own distribution names (also in `runtime`): never a third-party module. */
  own: Set<string>;
  /** Installed at run time by a resolver's lockfile (poetry.lock, uv.lock...) though no manifest names them. */
  locked: Set<string>;
  /** runtime ∪ dev ∪ locked: one set per project, so name lookups index it once (analysis/python/names.ts). */
  installed: Set<string>;
  /** The lockfiles that apply (resolvers' locks and compiled requirements files). */
  lockfiles: string[];
  /** Manifests that apply, root-relative, nearest first. */
  manifests: string[];
  /** Files the build backend runs (hooks, setup.py) → the `[build-system] requires` of their pyproject.toml. */
  buildHooks: Map<string, Set<string>>;
  /** Why these declarations cannot be trusted (a manifest that could not be read). */
  opaque?: string;
}

export class PythonProject {
  readonly modules: PythonModules;
  readonly manifests: PyManifest[];
  private readonly byDir = new Map<string, PyManifest[]>();
  private readonly byPath = new Map<string, PyManifest>();
  private readonly cache = new Map<string, Declared | undefined>();
  private readonly byManifests = new Map<string, Declared>();

  constructor(files: readonly string[], text: (path: string) => string | undefined, pathHacks: readonly string[]) {
    this.manifests = [];
    for (const p of files) {
      const lock = LOCKS.get(p.slice(p.lastIndexOf('/') + 1));
      if (!lock && !isPythonManifest(p)) continue;
      const t = text(p);
      if (t === undefined) continue;
      const m = lock ? lockManifest(p, t, lock) : parsePythonManifest(p, t);
      if (!m) continue;
      this.manifests.push(m);
      this.byPath.set(p, m);
      // A requirements/ folder, with its subfolders (requirements/generated/, requirements/source/),
      // belongs to the project folder above it: filed under the requirements/ folder itself.
      const key = /^(?:.*\/)?requirements(?=\/|$)/.exec(m.dir)?.[0] ?? m.dir;
      const list = this.byDir.get(key) ?? [];
      list.push(m);
      this.byDir.set(key, list);
    }
    this.modules = new PythonModules(files, this.manifests, pathHacks);
  }

  /**
   * The declarations that govern a source file; undefined when no manifest is above it. Folders
   * governed by the same manifests share one object, so its sets are built (and indexed) once.
   */
  declaredFor(path: string): Declared | undefined {
    const dir = dirOf(path);
    if (this.cache.has(dir)) return this.cache.get(dir);
    const list: PyManifest[] = [];
    const seen = new Set<string>();
    const visit = (m: PyManifest) => {
      if (seen.has(m.path)) return;
      seen.add(m.path);
      list.push(m);
      for (const inc of m.includes) {
        const target = this.byPath.get(inc);
        if (target) visit(target);
      }
    };
    for (let x = dir; ; x = dirOf(x)) {
      for (const m of this.byDir.get(x) ?? []) visit(m);
      for (const m of this.byDir.get(x === '' ? 'requirements' : `${x}/requirements`) ?? []) visit(m);
      if (x === '') break;
    }
    const key = list.map((m) => m.path).join('\0');
    const out = list.length === 0 ? undefined : (this.byManifests.get(key) ?? declaredBy(list));
    if (out) this.byManifests.set(key, out);
    this.cache.set(dir, out);
    return out;
  }
}

/** What a list of manifests declares, nearest first. */
function declaredBy(list: readonly PyManifest[]): Declared {
  const d: Declared = { runtime: new Set(), dev: new Set(), own: new Set(), locked: new Set(), installed: new Set(), lockfiles: [], manifests: [], buildHooks: new Map() };
  for (const m of list) {
    d.manifests.push(m.path);
    if (m.lock) d.lockfiles.push(m.path);
    for (const x of m.runtime) (m.lock === 'installs' ? d.locked : d.runtime).add(x);
    for (const x of m.dev) d.dev.add(x);
    if (m.name) {
      d.runtime.add(m.name);
      d.own.add(m.name);
    }
    if (m.opaque) d.opaque ??= m.opaque;
    for (const s of m.buildScripts ?? []) if (!d.buildHooks.has(s)) d.buildHooks.set(s, new Set(m.buildRequires));
  }
  for (const set of [d.runtime, d.dev, d.locked]) for (const x of set) d.installed.add(x);
  return d;
}

/** A lockfile's packages as a manifest (dev-only ones as development); undefined when unreadable (the manifests still judge). */
function lockManifest(path: string, text: string, eco: Ecosystem): PyManifest | undefined {
  const r = eco.parse(text, path);
  if (!r.ok) return undefined;
  const runtime: string[] = [];
  const dev: string[] = [];
  for (const p of r.value) if (!p.workspace) (p.dev ? dev : runtime).push(normalizeDist(p.name));
  return { path, dir: dirOf(path), runtime, dev, roots: [], includes: [], lock: 'installs' };
}

/** The repository's Python model, shared by every rule that asks in this run. */
export function pythonProject(ws: Workspace, pathHacks: readonly string[]): PythonProject {
  return ws.shared('python-project', () => new PythonProject(ws.files, (p) => ws.text(p), pathHacks));
}
