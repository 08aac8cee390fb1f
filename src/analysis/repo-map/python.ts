// Python signals: pyproject.toml ([project] name and scripts, setuptools/poetry/hatch packages,
// [tool.pytest.ini_options] testpaths, build hooks), setup.cfg ([options] packages/package_dir/entry_points,
// [tool:pytest] testpaths), setup.py console_scripts (read as text: no interpreter), pytest.ini and
// tox.ini testpaths, and Django's manage.py (the project root is a unit).
import { parse as parseToml } from 'smol-toml';
import { iniList, parseIni } from '../deps/ini.js';
import { buildScripts, packageDirRoot } from '../deps/python-manifests.js';
import { baseOf, dirOf, exists, isGlob, resolveIn, strings, table, type Ctx, type Shipping } from './context.js';
import { TEST_TOKEN } from './names.js';

/**
 * How many entries of one list (packages, find where/include/exclude, console scripts) are read:
 * lists are multiplied by each other (include × where, scripts × source roots).
 */
const MAX_LIST = 50;

/** Test paths that are the project itself or its source root: pytest collects doctests there, it is not test code. */
const SOURCE_ROOT = /^(?:\.|src|lib|app)$/;

export function readPython(ctx: Ctx): void {
  for (const path of ctx.configs) {
    const base = baseOf(path);
    if (base === 'pyproject.toml') pyproject(ctx, path);
    else if (base === 'setup.cfg') setupCfg(ctx, path);
    else if (base === 'setup.py') setupPy(ctx, path);
    else if (base === 'pytest.ini' || base === 'tox.ini') {
      const text = ctx.read(path);
      if (text === undefined) continue;
      const ini = parseIni(text);
      const section = base === 'pytest.ini' ? ini.get('pytest') : (ini.get('pytest') ?? ini.get('tool:pytest'));
      testpaths(ctx, path, splitPaths(section?.get('testpaths')), `${path} [${base === 'pytest.ini' ? 'pytest' : ini.has('pytest') ? 'pytest' : 'tool:pytest'}] testpaths`, []);
    }
  }
  // Django: manage.py names the project root.
  for (const f of ctx.files) {
    if (baseOf(f) !== 'manage.py') continue;
    const dir = dirOf(f);
    ctx.ship({ config: f, unit: { root: dir, kind: 'python', name: dir === '' ? '(root)' : baseOf(dir), entries: [f], reason: `${f}: a Django project root` }, ships: [] });
  }
}

function splitPaths(v: string | undefined): string[] {
  return (v ?? '').split(/\s+/).filter(Boolean);
}

function testpaths(ctx: Ctx, config: string, paths: string[], reason: string, packages: string[]): void {
  const dir = dirOf(config);
  for (const t of paths.slice(0, 50)) {
    if (isGlob(t)) continue;
    const p = resolveIn(dir, t);
    if (p === undefined || p === dir || SOURCE_ROOT.test(t.replace(/^\.\//, '').replace(/\/+$/, '')) || !exists(ctx, p)) continue;
    // A test path that is (or holds) a package the project ships is doctests in the package, not a test root.
    if (packages.some((k) => k === p || k.startsWith(`${p}/`))) continue;
    ctx.root(p, 'test', reason);
  }
}

/** `pkg.cli:main` → the module file, looked up below the project's source roots. */
function moduleFile(ctx: Ctx, roots: string[], ref: string): string | undefined {
  const mod = /^\s*([A-Za-z_][\w.]*)/.exec(ref)?.[1];
  if (!mod) return undefined;
  const rel = mod.replace(/\./g, '/');
  for (const r of roots) {
    for (const c of [`${rel}.py`, `${rel}/__init__.py`, `${rel}/__main__.py`]) {
      const p = r === '' ? c : `${r}/${c}`;
      if (ctx.fileSet.has(p)) return p;
    }
  }
  return undefined;
}

function pyproject(ctx: Ctx, path: string): void {
  const text = ctx.read(path);
  if (text === undefined) return;
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch (e) {
    ctx.malformed(path, 'pyproject.toml', e instanceof Error ? e.message.split('\n')[0]! : 'not TOML');
    return;
  }
  const dir = dirOf(path);
  const project = table(doc.project);
  const tool = table(doc.tool);
  const poetry = table(tool.poetry);
  const ships: Shipping['ships'] = [];
  const shipped = (p: string | undefined, reason: string) => {
    if (p !== undefined && p !== dir && exists(ctx, p)) ships.push({ path: p, reason });
  };
  // setuptools: package-dir, packages.find where/include, explicit packages list.
  const st = table(tool.setuptools);
  const find = table(table(st.packages).find);
  const where = strings(find.where).length > 0 ? strings(find.where).slice(0, MAX_LIST) : typeof table(st['package-dir'])[''] === 'string' ? [table(st['package-dir'])[''] as string] : [];
  for (const w of where) shipped(resolveIn(dir, w), `${path} [tool.setuptools.packages.find] where`);
  for (const inc of strings(find.include).slice(0, MAX_LIST)) {
    const name = inc.replace(/\.?\*$/, '').replace(/\./g, '/');
    if (name !== '' && !isGlob(name)) for (const w of where.length > 0 ? where : ['.']) shipped(resolveIn(dir, `${w}/${name}`), `${path} [tool.setuptools.packages.find] include`);
  }
  for (const exc of strings(find.exclude).slice(0, MAX_LIST)) {
    const name = exc.replace(/\.?\*$/, '').replace(/\./g, '/');
    if (name === '' || isGlob(name) || !TEST_TOKEN.test(name)) continue;
    for (const w of where.length > 0 ? where : ['.']) {
      const p = resolveIn(dir, `${w}/${name}`);
      if (p !== undefined && exists(ctx, p)) ctx.root(p, 'test', `${path} [tool.setuptools.packages.find] excludes it from the package`);
    }
  }
  for (const p of Array.isArray(st.packages) ? strings(st.packages).slice(0, MAX_LIST) : []) shipped(resolveIn(dir, `${where[0] ?? '.'}/${p.replace(/\./g, '/')}`), `${path} [tool.setuptools] packages`);
  // Poetry: packages = [{ include = "app", from = "src" }].
  for (const p of Array.isArray(poetry.packages) ? poetry.packages.slice(0, MAX_LIST) : []) {
    const inc = table(p).include;
    if (typeof inc !== 'string' || isGlob(inc)) continue;
    const from = typeof table(p).from === 'string' ? (table(p).from as string) : '.';
    shipped(resolveIn(dir, `${from}/${inc}`), `${path} [tool.poetry] packages`);
  }
  // Hatch: [tool.hatch.build.targets.wheel] packages = ["src/app"].
  for (const p of strings(table(table(table(table(tool.hatch).build).targets).wheel).packages).slice(0, MAX_LIST)) shipped(resolveIn(dir, p), `${path} [tool.hatch.build.targets.wheel] packages`);

  // Build hooks and setup.py run in the build backend's environment, not in the service.
  for (const b of buildScripts(dir, doc)) if (ctx.fileSet.has(b.path)) ctx.root(b.path, 'tooling', `${path} ${b.via}: the build backend runs it`);

  const pytest = table(table(tool.pytest)['ini_options']);
  testpaths(ctx, path, strings(pytest.testpaths), `${path} [tool.pytest.ini_options] testpaths`, ships.map((s) => s.path));

  const scripts = { ...table(poetry.scripts), ...table(project.scripts), ...table(project['gui-scripts']) };
  const roots = [...new Set([...ships.map((s) => s.path), ...where.map((w) => resolveIn(dir, w) ?? dir), dir, dir === '' ? 'src' : `${dir}/src`])];
  const entries = new Set<string>();
  for (const ref of Object.values(scripts).slice(0, 50)) {
    const f = typeof ref === 'string' ? moduleFile(ctx, roots, ref) : undefined;
    if (f) entries.add(f);
  }
  const name = typeof project.name === 'string' ? project.name : typeof poetry.name === 'string' ? poetry.name : dir === '' ? '(root)' : baseOf(dir);
  const which = Object.keys(table(project.scripts)).length > 0 ? '[project.scripts]' : Object.keys(table(poetry.scripts)).length > 0 ? '[tool.poetry.scripts]' : '[project.gui-scripts]';
  const unit = Object.keys(scripts).length > 0 ? { root: dir, kind: 'python', name, entries: [...entries].sort(), reason: `${path} ${which}` } : undefined;
  if (unit || ships.length > 0) ctx.ship({ config: path, ...(unit ? { unit } : {}), ships });
}

function setupCfg(ctx: Ctx, path: string): void {
  const text = ctx.read(path);
  if (text === undefined) return;
  const ini = parseIni(text);
  const dir = dirOf(path);
  const pytest = ini.get('tool:pytest');
  const options = ini.get('options');
  const ships: Shipping['ships'] = [];
  const pd = packageDirRoot(options?.get('package_dir'));
  const where = iniList(ini.get('options.packages.find')?.get('where')).slice(0, MAX_LIST);
  for (const w of pd !== undefined ? [pd, ...where] : where) {
    const p = resolveIn(dir, w);
    if (p !== undefined && p !== dir && exists(ctx, p)) ships.push({ path: p, reason: `${path} [options] ${pd !== undefined && w === pd ? 'package_dir' : 'packages.find where'}` });
  }
  const packages = options?.get('packages');
  if (packages && !packages.startsWith('find')) {
    for (const k of iniList(packages).slice(0, MAX_LIST)) {
      const p = resolveIn(dir, `${pd ?? '.'}/${k.replace(/\./g, '/')}`);
      if (p !== undefined && exists(ctx, p)) ships.push({ path: p, reason: `${path} [options] packages` });
    }
  }
  testpaths(ctx, path, splitPaths(pytest?.get('testpaths')), `${path} [tool:pytest] testpaths`, ships.map((s) => s.path));
  const console = iniList(ini.get('options.entry_points')?.get('console_scripts')).slice(0, MAX_LIST);
  const roots = [...ships.map((s) => s.path), dir, dir === '' ? 'src' : `${dir}/src`];
  const entries = console.map((c) => moduleFile(ctx, roots, c.split('=')[1] ?? '')).filter((f): f is string => f !== undefined);
  const name = ini.get('metadata')?.get('name') ?? (dir === '' ? '(root)' : baseOf(dir));
  const unit = console.length > 0 ? { root: dir, kind: 'python', name, entries: [...new Set(entries)].sort(), reason: `${path} [options.entry_points] console_scripts` } : undefined;
  if (unit || ships.length > 0) ctx.ship({ config: path, ...(unit ? { unit } : {}), ships });
}

/** setup.py is code; only its console_scripts strings are read, as text. */
function setupPy(ctx: Ctx, path: string): void {
  const text = ctx.read(path);
  if (text === undefined || !/console_scripts/.test(text)) return;
  const dir = dirOf(path);
  const refs = [...text.matchAll(/['"]\s*[\w.-]+\s*=\s*([\w.]+)\s*:\s*\w+\s*['"]/g)].slice(0, 50).map((m) => m[1]!);
  if (refs.length === 0) return;
  const roots = [dir, dir === '' ? 'src' : `${dir}/src`];
  const entries = refs.map((r) => moduleFile(ctx, roots, r)).filter((f): f is string => f !== undefined);
  const name = /\bname\s*=\s*['"]([^'"]+)['"]/.exec(text)?.[1] ?? (dir === '' ? '(root)' : baseOf(dir));
  ctx.ship({ config: path, unit: { root: dir, kind: 'python', name, entries: [...new Set(entries)].sort(), reason: `${path} entry_points console_scripts` }, ships: [] });
}
