// Python manifests → the distributions a project declares, runtime and development, its own name,
// and the source roots its packaging configuration names. Formats: requirements*.txt (with -r),
// pyproject.toml (PEP 621, PEP 735 dependency groups, Poetry, PDM, uv, setuptools/hatch/pytest
// roots), setup.cfg, setup.py (read from its syntax tree), Pipfile. Never throws: a manifest that
// cannot be read is `opaque`, and a project with an opaque manifest is not judged.
import { parse as parseToml } from 'smol-toml';
import { parseText, type Node } from '../../syntax/index.js';
import { iniList, parseIni } from './ini.js';
import { walk } from './tree.js';

export interface PyManifest {
  path: string;
  /** Folder of the manifest ('' for the repository root). */
  dir: string;
  /** Normalized distribution names (PEP 503). */
  runtime: string[];
  dev: string[];
  /** The project's own distribution name, normalized. */
  name?: string;
  /** Source roots the packaging or test configuration declares, root-relative. */
  roots: string[];
  /** Requirements files included with `-r`, root-relative. */
  includes: string[];
  /** Could not be read (syntax error, dependencies computed in code): the project is not judged. */
  opaque?: string;
  /**
   * A lockfile: `installs` when it is a resolver's lock (poetry.lock, uv.lock, pdm.lock,
   * Pipfile.lock), whose packages are installed but not declared; `compiled` for a requirements file
   * compiled by pip-compile/uv (`# via` comments or `--hash=`), which pip installs as written.
   */
  lock?: 'installs' | 'compiled';
  /** pyproject.toml `[build-system] requires`, normalized: what the build backend's environment has. */
  buildRequires?: string[];
  /** Files the build backend runs (buildScripts), root-relative: `buildRequires` serve their imports. */
  buildScripts?: string[];
}

const BASENAMES = new Set(['pyproject.toml', 'setup.cfg', 'setup.py', 'Pipfile']);
/** requirements.txt, requirements-dev.txt, dev-requirements.txt, requirements/base.txt, requirements/envs/prod.txt, requirements.in. */
const REQUIREMENTS = /(?:^|\/)(?:[^/]*requirements[^/]*\.(?:txt|in)|requirements\/(?:[^/]+\/)*[^/]+\.(?:txt|in))$/;
/** Which requirement files, extras and groups are development-only, by their names. */
const DEV_NAME = /(?:^|[^a-z])(?:dev|devel|develop|test|tests|testing|lint|linting|docs?|ci|typing|mypy|style|format|check|qa|bench|benchmarks?)(?:[^a-z]|$)/i;

export function isPythonManifest(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return BASENAMES.has(base) || REQUIREMENTS.test(path);
}

/** PEP 503 normalization: `Foo_Bar.baz` → `foo-bar-baz`. */
export function normalizeDist(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** The distribution of a PEP 508 requirement (`Foo[bar]>=1; python_version<"3.11"` → `foo`). */
export function requirementName(req: string): string | undefined {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(req);
  return m ? normalizeDist(m[1]!) : undefined;
}

/** The folder of a root-relative path ('' at the root). The one copy: analysis/python/modules re-exports it. */
export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

export function joinPath(dir: string, rel: string): string | undefined {
  const parts = dir === '' ? [] : dir.split('/');
  for (const seg of rel.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}

/**
 * setup.cfg `[options] package_dir`: the folder of the root package (`= src`). `[^\S\n]*`, not `\s*`:
 * tried from every line, a `\s*` runs over all the blank lines below it (quadratic).
 */
export function packageDirRoot(value: string | undefined): string | undefined {
  return /(?:^|\n)[^\S\n]*=\s*(\S+)/.exec(value ?? '')?.[1];
}

export function parsePythonManifest(path: string, text: string): PyManifest {
  const m: PyManifest = { path, dir: dirOf(path), runtime: [], dev: [], roots: [], includes: [] };
  const base = path.slice(path.lastIndexOf('/') + 1);
  try {
    if (base === 'pyproject.toml') pyproject(m, text);
    else if (base === 'setup.cfg') setupCfg(m, text);
    else if (base === 'setup.py') setupPy(m, text);
    else if (base === 'Pipfile') pipfile(m, text);
    else requirements(m, text, DEV_NAME.test(base) || DEV_NAME.test(dirOf(path).split('/').pop() ?? '') && base !== 'base.txt' && base !== 'prod.txt');
  } catch (e) {
    m.opaque = `${path}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
  }
  m.runtime = [...new Set(m.runtime)].sort();
  m.dev = [...new Set(m.dev)].sort();
  m.roots = [...new Set(m.roots)].sort();
  return m;
}

function add(m: PyManifest, reqs: unknown, dev: boolean): void {
  const list = Array.isArray(reqs) ? reqs : [];
  for (const r of list) {
    const name = typeof r === 'string' ? requirementName(r) : undefined;
    if (name) (dev ? m.dev : m.runtime).push(name);
  }
}

function root(m: PyManifest, rel: unknown): void {
  if (typeof rel !== 'string') return;
  const p = joinPath(m.dir, rel);
  if (p !== undefined) m.roots.push(p);
}

type Table = Record<string, unknown>;
const table = (v: unknown): Table => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Table) : {});

function pyproject(m: PyManifest, text: string): void {
  const doc = parseToml(text) as Table;
  const project = table(doc.project);
  if (typeof project.name === 'string') m.name = normalizeDist(project.name);
  add(m, project.dependencies, false);
  const build = table(doc['build-system']);
  if (Array.isArray(build.requires)) m.buildRequires = build.requires.map((r) => (typeof r === 'string' ? requirementName(r) : undefined)).filter((r): r is string => r !== undefined);
  const scripts = buildScripts(m.dir, doc).map((s) => s.path);
  if (scripts.length > 0) m.buildScripts = scripts;
  for (const [group, reqs] of Object.entries(table(project['optional-dependencies']))) add(m, reqs, DEV_NAME.test(group));
  // PEP 735 groups are never installed with the package: development only.
  for (const reqs of Object.values(table(doc['dependency-groups']))) add(m, reqs, true);
  const tool = table(doc.tool);
  const poetry = table(tool.poetry);
  if (typeof poetry.name === 'string') m.name ??= normalizeDist(poetry.name);
  const keys = (t: unknown) => Object.keys(table(t)).filter((k) => k.toLowerCase() !== 'python');
  m.runtime.push(...keys(poetry.dependencies).map(normalizeDist));
  for (const [group, g] of Object.entries(table(poetry.extras))) add(m, g, DEV_NAME.test(group));
  m.dev.push(...keys(poetry['dev-dependencies']).map(normalizeDist));
  for (const g of Object.values(table(poetry.group))) m.dev.push(...keys(table(g).dependencies).map(normalizeDist));
  for (const p of Array.isArray(poetry.packages) ? poetry.packages : []) root(m, table(p).from ?? '.');
  for (const reqs of Object.values(table(table(tool.pdm)['dev-dependencies']))) add(m, reqs, true);
  add(m, table(tool.uv)['dev-dependencies'], true);
  // Source roots: setuptools, hatch, pytest's pythonpath, mypy_path.
  const st = table(tool.setuptools);
  const pkgDir = table(st['package-dir']);
  if (typeof pkgDir[''] === 'string') root(m, pkgDir['']);
  for (const w of arrayOf(table(table(st.packages).find).where)) root(m, w);
  for (const p of arrayOf(table(table(table(table(tool.hatch).build).targets).wheel).packages)) {
    if (typeof p === 'string' && p.includes('/')) root(m, dirOf(p));
  }
  for (const p of arrayOf(table(table(tool.pytest)['ini_options']).pythonpath)) root(m, p);
  const mypyPath = table(tool.mypy).mypy_path;
  if (typeof mypyPath === 'string') for (const p of mypyPath.split(/[,:]/)) root(m, p.trim().replace(/^\$MYPY_CONFIG_FILE_DIR\/?/, ''));
}

/** setuptools runs setup.py: named as the backend, or by default when `[build-system]` names none (pip's legacy path). */
const SETUPTOOLS_BACKEND = /^setuptools\.build_meta(?::__legacy__)?$/;

/**
 * The files a pyproject.toml has its build backend run, each with the setting that says so (the
 * repository map classifies them as tooling): Hatch build and metadata hooks (`path`, by default
 * hatch_build.py, for every target too), the PDM backend's hook (`custom-hook`, by default
 * pdm_build.py; `setup-script` of pdm-pep517), Poetry's build script, and setup.py under setuptools.
 */
export function buildScripts(dir: string, doc: Record<string, unknown>): Array<{ path: string; via: string }> {
  const out: Array<{ path: string; via: string }> = [];
  const at = (rel: unknown, via: string) => {
    const p = typeof rel === 'string' ? joinPath(dir, rel) : undefined;
    if (p !== undefined && p !== '' && !out.some((o) => o.path === p)) out.push({ path: p, via });
  };
  const tool = table(doc.tool);
  const hatch = table(tool.hatch);
  const hook = (t: Table, via: string) => {
    if (t.custom !== undefined) at(table(t.custom).path ?? 'hatch_build.py', `${via}.custom]`);
  };
  hook(table(table(hatch.build).hooks), '[tool.hatch.build.hooks');
  for (const [name, target] of Object.entries(table(table(hatch.build).targets)).slice(0, 20)) hook(table(table(target).hooks), `[tool.hatch.build.targets.${name}.hooks`);
  hook(table(table(hatch.metadata).hooks), '[tool.hatch.metadata.hooks');
  const backend = table(doc['build-system'])['build-backend'];
  const pdm = table(table(tool.pdm).build);
  if (typeof pdm['setup-script'] === 'string') at(pdm['setup-script'], '[tool.pdm.build] setup-script');
  if (typeof backend === 'string' && backend.startsWith('pdm.backend')) at(pdm['custom-hook'] ?? 'pdm_build.py', '[tool.pdm.build] custom-hook');
  const poetryBuild = table(tool.poetry).build;
  at(typeof poetryBuild === 'string' ? poetryBuild : table(poetryBuild).script, '[tool.poetry.build] script');
  if (backend === undefined) at('setup.py', '[build-system] names no backend (setuptools, which runs setup.py)');
  else if (typeof backend === 'string' && SETUPTOOLS_BACKEND.test(backend)) at('setup.py', '[build-system] build-backend (setuptools, which runs setup.py)');
  return out;
}

function arrayOf(v: unknown): unknown[] {
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}

function setupCfg(m: PyManifest, text: string): void {
  const ini = parseIni(text);
  const meta = ini.get('metadata');
  if (meta?.get('name')) m.name = normalizeDist(meta.get('name')!);
  const options = ini.get('options');
  add(m, iniList(options?.get('install_requires')), false);
  add(m, iniList(options?.get('tests_require')), true);
  for (const [group, v] of ini.get('options.extras_require') ?? []) add(m, iniList(v), DEV_NAME.test(group));
  root(m, packageDirRoot(options?.get('package_dir')));
  for (const w of iniList(ini.get('options.packages.find')?.get('where'))) root(m, w);
  for (const p of (ini.get('tool:pytest')?.get('pythonpath') ?? '').split(/\s+/)) if (p) root(m, p);
}

function pipfile(m: PyManifest, text: string): void {
  const doc = parseToml(text) as Table;
  m.runtime.push(...Object.keys(table(doc.packages)).map(normalizeDist));
  m.dev.push(...Object.keys(table(doc['dev-packages'])).map(normalizeDist));
}

/** pip-compile / `uv pip compile` output: `# via` provenance comments, or pinned hashes. */
const COMPILED = /^[ \t]*#[ \t]+via\b|--hash[=\s]/m;

function requirements(m: PyManifest, text: string, dev: boolean): void {
  if (COMPILED.test(text)) m.lock = 'compiled';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') continue;
    const inc = /^(?:-r|--requirement)\s*=?\s*(\S+)/.exec(line);
    if (inc) {
      const p = joinPath(m.dir, inc[1]!);
      if (p !== undefined) m.includes.push(p);
      continue;
    }
    const egg = /#egg=([A-Za-z0-9._-]+)/.exec(raw);
    if (egg) {
      (dev ? m.dev : m.runtime).push(normalizeDist(egg[1]!));
      continue;
    }
    if (line.startsWith('-') || /^[a-z+]+:\/\//i.test(line) || line.startsWith('.') || line.startsWith('/')) continue;
    const name = requirementName(line);
    if (name) (dev ? m.dev : m.runtime).push(name);
  }
}

/**
 * setup.py is code: the `setup(...)` keywords are read from its syntax tree. A requirement list
 * built at run time (read from a file, computed) makes the manifest opaque, unless it reads a
 * requirements file of the folder, which is then followed as an include.
 */
function setupPy(m: PyManifest, text: string): void {
  const tree = parseText('python', text);
  if (!tree) {
    m.opaque = `${m.path}: the Python grammar is not loaded`;
    return;
  }
  try {
    const assigned = new Map<string, Node>();
    const calls: Node[] = [];
    walk(tree.rootNode, (n) => {
      if (n.type === 'assignment') {
        const left = n.childForFieldName('left');
        const right = n.childForFieldName('right');
        if (left?.type === 'identifier' && right) assigned.set(left.text, right);
      } else if (n.type === 'call' && /(?:^|\.)setup$/.test(n.childForFieldName('function')?.text ?? '')) calls.push(n);
    });
    for (const call of calls) {
      for (const arg of call.childForFieldName('arguments')?.namedChildren ?? []) {
        if (arg?.type !== 'keyword_argument') continue;
        const key = arg.childForFieldName('name')?.text ?? '';
        let value = arg.childForFieldName('value');
        if (value?.type === 'identifier') value = assigned.get(value.text) ?? value;
        if (!value) continue;
        if (key === 'name' && value.type === 'string') m.name = normalizeDist(stringValue(value));
        else if (key === 'install_requires' || key === 'tests_require' || key === 'extras_require') {
          if (value.type !== 'list' && value.type !== 'dictionary' && value.type !== 'tuple') {
            const file = /['"]([^'"]*requirements[^'"]*\.txt)['"]/.exec(text);
            if (file) m.includes.push(joinPath(m.dir, file[1]!) ?? file[1]!);
            else m.opaque = `${m.path}: ${key} is computed at run time`;
            continue;
          }
          const strings: string[] = [];
          walk(value, (s) => {
            if (s.type === 'string' && !(s.parent?.type === 'pair' && s.parent.childForFieldName('key')?.id === s.id)) strings.push(stringValue(s));
          });
          add(m, strings, key === 'tests_require');
        } else if (key === 'package_dir' && value.type === 'dictionary') {
          for (const pair of value.namedChildren) {
            if (pair?.type === 'pair' && stringValue(pair.childForFieldName('key')) === '') root(m, stringValue(pair.childForFieldName('value')));
          }
        } else if (key === 'packages') {
          const where = /where\s*=\s*['"]([^'"]+)['"]/.exec(value.text);
          if (where) root(m, where[1]);
        }
      }
    }
  } finally {
    tree.delete();
  }
}

function stringValue(n: Node | null): string {
  if (!n || n.type !== 'string') return '';
  return n.namedChildren.filter((c) => c?.type === 'string_content').map((c) => c!.text).join('');
}
