// The Python side of a repository, built once per run from the file list and the captured
// manifests: module resolution (modules.ts) and, per source file, the distributions its
// project declares (every manifest in its folder and the folders above, `-r` includes followed).
import type { Workspace } from '../../workspace/workspace.js';
import { GITIGNORE_GLOBS } from '../deps/gitignore.js';
import { isPythonManifest, parsePythonManifest, type PyManifest } from '../deps/python-manifests.js';
import { dirOf, PythonModules } from './modules.js';

/** What the Python rules capture for end(). */
export const PYTHON_CAPTURE = [
  '**/pyproject.toml',
  '**/setup.cfg',
  '**/setup.py',
  '**/Pipfile',
  '**/*requirements*.txt',
  '**/*requirements*.in',
  '**/requirements/*.txt',
  ...GITIGNORE_GLOBS,
];

export interface Declared {
  runtime: Set<string>;
  dev: Set<string>;
  /** Manifests that apply, root-relative, nearest first. */
  manifests: string[];
  /** Why these declarations cannot be trusted (a manifest that could not be read). */
  opaque?: string;
}

export class PythonProject {
  readonly modules: PythonModules;
  readonly manifests: PyManifest[];
  private readonly byDir = new Map<string, PyManifest[]>();
  private readonly byPath = new Map<string, PyManifest>();
  private readonly cache = new Map<string, Declared | undefined>();

  constructor(files: readonly string[], text: (path: string) => string | undefined, pathHacks: readonly string[]) {
    this.manifests = [];
    for (const p of files) {
      if (!isPythonManifest(p)) continue;
      const t = text(p);
      if (t === undefined) continue;
      const m = parsePythonManifest(p, t);
      this.manifests.push(m);
      this.byPath.set(p, m);
      const list = this.byDir.get(m.dir) ?? [];
      list.push(m);
      this.byDir.set(m.dir, list);
    }
    this.modules = new PythonModules(files, this.manifests, pathHacks);
  }

  /** The declarations that govern a source file; undefined when no manifest is above it. */
  declaredFor(path: string): Declared | undefined {
    const dir = dirOf(path);
    if (this.cache.has(dir)) return this.cache.get(dir);
    const d: Declared = { runtime: new Set(), dev: new Set(), manifests: [] };
    const seen = new Set<string>();
    const visit = (m: PyManifest) => {
      if (seen.has(m.path)) return;
      seen.add(m.path);
      d.manifests.push(m.path);
      for (const x of m.runtime) d.runtime.add(x);
      for (const x of m.dev) d.dev.add(x);
      if (m.name) d.runtime.add(m.name);
      if (m.opaque) d.opaque ??= m.opaque;
      for (const inc of m.includes) {
        const target = this.byPath.get(inc);
        if (target) visit(target);
      }
    };
    for (let x = dir; ; x = dirOf(x)) {
      for (const m of this.byDir.get(x) ?? []) visit(m);
      // requirements/ folders belong to the project folder above them.
      for (const m of this.byDir.get(x === '' ? 'requirements' : `${x}/requirements`) ?? []) visit(m);
      if (x === '') break;
    }
    const out = d.manifests.length > 0 ? d : undefined;
    this.cache.set(dir, out);
    return out;
  }
}

/** The repository's Python model, shared by every rule that asks in this run. */
export function pythonProject(ws: Workspace, pathHacks: readonly string[]): PythonProject {
  return ws.shared('python-project', () => new PythonProject(ws.files, (p) => ws.text(p), pathHacks));
}
