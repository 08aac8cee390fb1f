// Python module resolution over the file list, as the interpreter does it: source roots (the
// repository root, every project folder with a manifest and its `src/`, the roots that packaging
// and test configuration declare), regular and namespace packages, relative imports with levels.
// Computed once per run (workspace.shared) and read by python-unresolved-import and
// undeclared-dependency. Linear in the number of files times the (few) roots above each file.
import { isDefaultGenerated } from '../../workspace/discover.js';
import { dirOf, type PyManifest } from '../deps/python-manifests.js';

/** Files that define an importable module (source, stubs, Cython, built extensions). */
const MODULE_FILE = /\.(?:py|pyi|pyx|pxd|so|pyd)$/;
/** Modules pytest collects and imports itself (default python_files, and conftest.py). */
const PYTEST_MODULE = /(?:^|\/)(?:test_[^/]*|[^/]*_test|conftest)\.py$/;

export interface PyRoot {
  /** The folder on sys.path ('' = repository root). */
  dir: string;
  /** Files under this folder see the root ('' = every file). */
  scope: string;
}

export type AbsoluteResolution =
  | { kind: 'first-party' }
  /**
   * The top-level package is first-party, but this submodule is in no root. `module`: the walk
   * stopped at a plain module (`app` for app.py), which has no submodules at all. `top`: the
   * top-level name's module or folder at that root.
   */
  | { kind: 'missing-submodule'; missing: string; top: string; module?: { path: string; root: string } }
  | { kind: 'not-first-party' };

export class PythonModules {
  readonly roots: PyRoot[];
  /** Module-defining files, and every folder holding one at any depth (packages, namespace packages). */
  private readonly moduleFiles = new Set<string>();
  /** Module files the interpreter loads (not only a stub `.pyi` or a Cython source). */
  private readonly loadable = new Set<string>();
  private readonly packageDirs = new Set<string>();
  private readonly initDirs = new Set<string>();
  /** Every module or package name of the repository, wherever it is (`calc` for a/b/calc.py). */
  private readonly anywhere = new Set<string>();
  /** The same for folders only: what a dotted import (`x.y`) may load, a plain `x.py` having no submodules. */
  private readonly anywherePackage = new Set<string>();
  /** Folders whose files change sys.path themselves (sys.path.insert, site.addsitedir). */
  private readonly pathHackDirs: Set<string>;

  constructor(files: readonly string[], manifests: readonly PyManifest[], pathHacks: readonly string[] = []) {
    for (const p of files) {
      if (!MODULE_FILE.test(p)) continue;
      const mod = stripExt(p);
      this.moduleFiles.add(mod);
      if (/\.(?:py|so|pyd)$/.test(p)) this.loadable.add(mod);
      this.anywhere.add(mod.slice(mod.lastIndexOf('/') + 1));
      const d = dirOf(p);
      if (/\/__init__\.pyi?$|^__init__\.pyi?$/.test(p)) this.initDirs.add(d);
      for (let x = d; x !== ''; x = dirOf(x)) {
        if (this.packageDirs.has(x)) break;
        this.packageDirs.add(x);
        this.anywhere.add(x.slice(x.lastIndexOf('/') + 1));
        this.anywherePackage.add(x.slice(x.lastIndexOf('/') + 1));
      }
    }
    const roots = new Map<string, PyRoot>([['', { dir: '', scope: '' }]]);
    const addRoot = (dir: string, scope: string) => {
      if (!roots.has(dir)) roots.set(dir, { dir, scope });
    };
    if (this.packageDirs.has('src') && !this.initDirs.has('src')) addRoot('src', '');
    for (const m of manifests) {
      addRoot(m.dir, m.dir);
      const src = m.dir === '' ? 'src' : `${m.dir}/src`;
      if (this.packageDirs.has(src) && !this.initDirs.has(src)) addRoot(src, m.dir);
      for (const r of m.roots) addRoot(r, m.dir);
    }
    this.roots = [...roots.values()].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
    this.pathHackDirs = new Set(pathHacks.map(dirOf));
  }

  /** The roots on sys.path for this file: every root whose scope contains it (and pytest's, for a test module). */
  rootsFor(path: string): PyRoot[] {
    const out = this.roots.filter((r) => within(path, r.scope));
    const base = this.pytestBase(path);
    if (base !== undefined && !out.some((r) => r.dir === base)) out.push({ dir: base, scope: dirOf(path) });
    return out;
  }

  /**
   * pytest's `prepend` import mode: a test module or conftest.py is imported with the folder above
   * its topmost package (the first folder upwards without __init__.py) inserted on sys.path, so
   * `svc/tests/test_a.py` may import `svc.app` when svc/ and svc/tests/ are packages.
   */
  private pytestBase(path: string): string | undefined {
    if (!PYTEST_MODULE.test(path)) return undefined;
    let d = dirOf(path);
    while (d !== '' && this.initDirs.has(d)) d = dirOf(d);
    return d;
  }

  /** `dir` is a regular package (it has an __init__.py). */
  isPackage(dir: string): boolean {
    return this.initDirs.has(dir);
  }

  /** A module or package at this root-relative path without extension (`a/b` for a/b.py or a/b/). */
  exists(modulePath: string): boolean {
    return this.moduleFiles.has(modulePath) || this.packageDirs.has(modulePath);
  }

  /**
   * Some module of the repository may be what this absolute import loads: one of its top-level name
   * anywhere, and for a dotted import a folder of that name (a package) or a module at a source root,
   * which shadows the name there (python-unresolved-import reports it). A plain module inside a
   * package (`pkg/playwright.py`) is no candidate for `playwright.async_api`: Python 3 has no
   * implicit relative imports, and a module has no submodules.
   */
  mayBeFirstParty(module: string): boolean {
    const dot = module.indexOf('.');
    if (dot < 0) return this.anywhere.has(module);
    const top = module.slice(0, dot);
    return this.anywherePackage.has(top) || this.roots.some((r) => this.moduleFiles.has(r.dir === '' ? top : `${r.dir}/${top}`));
  }

  /** A module file (not a package folder) at this path without extension. */
  isModuleFile(modulePath: string): boolean {
    return this.moduleFiles.has(modulePath) && !this.packageDirs.has(modulePath);
  }

  resolveAbsolute(path: string, module: string): AbsoluteResolution {
    const segs = module.split('.');
    let best: AbsoluteResolution = { kind: 'not-first-party' };
    for (const r of this.rootsFor(path)) {
      const base = r.dir === '' ? '' : `${r.dir}/`;
      if (!this.exists(base + segs[0])) continue;
      // Namespace packages merge across roots: the module resolves if any root has it whole.
      let depth = 1;
      while (depth < segs.length && this.exists(base + segs.slice(0, depth + 1).join('/'))) depth++;
      if (depth === segs.length) return { kind: 'first-party' };
      const missing = base + segs.slice(0, depth + 1).join('/');
      // A regular package whose __init__ is absent, or a generated tree: the file pass never saw it.
      if (isDefaultGenerated(`${missing}/x`)) return { kind: 'first-party' };
      const stop = base + segs.slice(0, depth).join('/');
      if (best.kind === 'not-first-party') best = { kind: 'missing-submodule', missing, top: base + segs[0], ...(this.isModuleFile(stop) && this.loadable.has(stop) ? { module: { path: stop, root: r.dir } } : {}) };
    }
    return best;
  }

  /**
   * The folder a relative import starts from (level 1 = the importing file's package), or undefined
   * when the dots climb above the repository.
   */
  relativeBase(path: string, level: number): string | undefined {
    let d = dirOf(path);
    for (let i = 1; i < level; i++) {
      if (d === '') return undefined;
      d = dirOf(d);
    }
    return d;
  }

  /** A file of this folder changes sys.path, or one of its parents does: imports there are not judged. */
  pathChangedFor(path: string): boolean {
    for (let d = dirOf(path); ; d = dirOf(d)) {
      if (this.pathHackDirs.has(d)) return true;
      if (d === '') return false;
    }
  }
}

export { dirOf };

function stripExt(p: string): string {
  const noExt = p.slice(0, p.lastIndexOf('.'));
  // a/b/__init__ is the package a/b; c-extensions are named mod.cpython-312-x86_64-linux-gnu.so.
  const pkg = noExt.endsWith('/__init__') ? noExt.slice(0, -'/__init__'.length) : noExt === '__init__' ? '' : noExt;
  const dot = pkg.lastIndexOf('.');
  return dot > pkg.lastIndexOf('/') ? pkg.slice(0, dot) : pkg;
}

/** `path` is inside folder `dir` ('' contains everything). */
export function within(path: string, dir: string): boolean {
  return dir === '' || path === dir || path.startsWith(`${dir}/`);
}
