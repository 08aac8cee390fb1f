// python-unresolved-import: an import that cannot resolve when the code runs (RULES.md, build).
// The key case: inside a package, `from provenance import X` where provenance.py is a sibling and
// no source root makes `provenance` top-level: it works only when the folder is the working
// directory, and fails with ModuleNotFoundError once the package is imported. Also relative
// imports to modules that do not exist, and first-party submodules that no root holds (or a plain
// module at a source root, `app.py`, that shadows the name `app.x` needs). Python 3 has no implicit
// relative imports: a module inside a package never shadows a top-level name, so an import that a
// sibling cannot serve (itself, or `x.y` next to a plain x.py) or that a manifest, lockfile or image
// installs is third-party: undeclared-dependency's business. Resolution: analysis/python/.
import { ignoredPaths } from '../../analysis/deps/gitignore.js';
import { isTestDataPath } from '../../analysis/repo-map/names.js';
import { pythonFacts, type PyImport } from '../../analysis/python/facts.js';
import { capturedDockerfiles, DOCKERFILE_GLOBS, imageInstalls, instructionOperands } from '../../analysis/dockerfile.js';
import { dirOf, type PythonModules } from '../../analysis/python/modules.js';
import { STDLIB, providedBy } from '../../analysis/python/names.js';
import { unknownDistributions } from '../../analysis/python/unknown-dists.js';
import { PYTHON_CAPTURE, pythonProject, type Declared } from '../../analysis/python/project.js';
import { defineCheck } from '../../model/check.js';
import { stripTrailingSlashes } from '../../analysis/routes/extract.js';
import { isDefaultGenerated } from '../../workspace/discover.js';

interface Seen {
  imports: PyImport[];
  changesSysPath: boolean;
  /** A Python-2-only statement of the file (see PyFacts.python2). */
  python2?: string;
}

/** Generated at build time by convention (protobuf, setuptools-scm): absent from a checkout. */
const GENERATED_MODULE = /(?:_pb2|_pb2_grpc|_grpc|^_?version|_version)$/;

export default defineCheck({
  meta: {
    id: 'python-unresolved-import',
    area: 'build',
    severity: 'P0',
    effortMinutes: 15,
    title: 'Python import that cannot resolve',
    certainty: 'proven',
    proof: 'the imported module exists in no source root of the repository, and no manifest, standard-library module, sys.path edit, generated module or build step provides it',
    scope: 'runtime',
    precision: 'high',
    docs: 'rules/checks/python-unresolved-import.md',
    pure: true,
    files: ['**/*.py'],
    languages: ['python'],
    // Dockerfiles: a COPY may put a module in place at build time (see copiedByBuild).
    capture: [...PYTHON_CAPTURE, ...DOCKERFILE_GLOBS],
    messages: {
      siblingAbsolute:
        '`{statement}` imports `{top}` as a top-level module, but it is `{target}`, a module of the package `{package}`, and no source root, manifest or the standard library provides a top-level `{top}`: ModuleNotFoundError as soon as the package is imported (it only works with this folder as the working directory). Import it relatively: `{proposal}`.',
      missingRelative:
        '`{statement}`: the relative import points at `{target}`, which does not exist in the repository (renamed or deleted?): ImportError when this module is imported.{build}',
      beyondTop: '`{statement}` climbs {level} levels from `{path}`, above its top-level package: ImportError ("attempted relative import beyond top-level package").',
      notAPackage:
        '`{statement}`: `{top}` is the module `{file}` at the source root `{root}`, not a package, and a module has no submodules: ModuleNotFoundError ("\'{top}\' is not a package") when this module is imported. Make `{top}` a package that holds the submodule, or fix the import.',
      shadowsInstalled:
        '`{statement}`: the module `{file}` at the source root `{root}` comes first on `sys.path` and shadows the installed `{installed}`; a module has no submodules: ModuleNotFoundError ("\'{top}\' is not a package") when this module is imported. Rename `{file}`.',
      missingModule:
        '`{statement}`: `{top}` is a first-party package here, but `{expected}` exists in no source root ({roots}): ModuleNotFoundError when this module is imported.{build}',
    },
    remediation:
      'Import modules of the same package relatively (`from .provenance import X`), or make the intended source root explicit (pyproject `[tool.setuptools.packages.find] where`, pytest `pythonpath`); fix the path of imports whose target was renamed or deleted.',
  },
  create(ctx) {
    return {
      file(f) {
        if (isTestDataPath(f.path)) return;
        const facts = pythonFacts(f);
        // A template (`from polar.{{ version }}.client import X`) is rendered by a generator before it runs.
        if (!facts || facts.template) return;
        const imports = facts.imports.filter((i) => !i.guarded);
        if (imports.length > 0 || facts.changesSysPath || facts.python2) {
          ctx.observe({ imports, changesSysPath: facts.changesSysPath, ...(facts.python2 ? { python2: facts.python2 } : {}) } satisfies Seen);
        }
      },
      end() {
        const obs = ctx.observations<Seen>();
        if (obs.length === 0) return ctx.notApplicable('no Python imports');
        const project = pythonProject(
          ctx.workspace,
          obs.filter((o) => o.value.changesSysPath).map((o) => o.path),
        );
        const mods = project.modules;
        const ignored = ignoredPaths(ctx.workspace);
        const copies = dockerCopies(ctx.workspace);
        // Distributions a runtime image installs by name (`pip install playwright~=1.56`).
        const images = new Set<string>();
        for (const [p, d] of capturedDockerfiles(ctx.workspace)) {
          if (ctx.classOf(p) !== 'runtime') continue;
          for (const i of imageInstalls(d)) if (i.ecosystem === 'pypi') images.add(i.name);
        }
        /** A build step may provide it: P1, said in the message. */
        const byBuild = (path: string, expected: string) => {
          const df = copiedByBuild(copies, path, expected);
          return df ? { certainty: 'likely' as const, gap: `a build step may provide it: ${df} copies a file or folder to a path ending in \`${expected}\``, build: '' } : { build: '' };
        };
        // Python 2 resolves `import Type` inside a package to the sibling Type.py (implicit relative
        // imports): a package with a Python-2-only module is judged as Python 2 code.
        const python2 = new Map<string, string>();
        for (const { path, value } of obs) if (value.python2 && !python2.has(dirOf(path))) python2.set(dirOf(path), `${value.python2} in ${path.slice(path.lastIndexOf('/') + 1)}`);
        // A sys.path edit is process-wide: a runtime module that edits it (Django's settings, a
        // manage.py) changes what every module imported after it resolves, wherever that module
        // lives. The path it adds is not evaluated (`root("apps")`), so for any file of its source
        // root a top-level name that a folder of the repository holds may be on sys.path.
        const pathEdits = obs.filter((o) => o.value.changesSysPath && ctx.classOf(o.path) === 'runtime').map((o) => o.path);
        const pathEditFor = (path: string): string | undefined => {
          const root = ownRoot(mods, path);
          return pathEdits.find((e) => root === '' || e.startsWith(`${root}/`));
        };
        // A declared distribution whose module names are not known, and that cannot be imported by its
        // own name, may be what a top-level name is (rudder-sdk-python installs `rudderstack`): a
        // same-named folder inside a package then proves nothing.
        const unknown = unknownDistributions(project, absoluteImports(obs), (m) => !STDLIB.has(m.split('.')[0]!) && !mods.mayBeFirstParty(m), true);
        const absent = (p: string) => !isDefaultGenerated(`${p}/x`) && !ignored(`${p}.py`) && !ignored(`${p}/`) && !GENERATED_MODULE.test(p.slice(p.lastIndexOf('/') + 1));
        let namespacesUsed: Set<string> | undefined;
        for (const { path, value } of obs) {
          for (const imp of value.imports) {
            const statement = statementOf(imp);
            // An import under a configuration `if` runs only in the deployments that switch it on.
            // (Where the file lives, test or tooling, is policy's business: the repository map.)
            const at = {
              location: { path, line: imp.line, column: imp.column },
              fingerprintKey: `${path} ${statement}`,
              ...(imp.conditional ? { certainty: 'likely' as const, gap: 'the import runs only under a condition' } : {}),
            };
            if (imp.level > 0) {
              // A relative import in a folder without __init__.py: a namespace package or a script; not judged.
              if (!mods.isPackage(dirOf(path))) continue;
              const base = mods.relativeBase(path, imp.level);
              // Climbing out of the top-level package: the folder reached is not a package. Below the
              // file's source root (the deepest that holds it), a folder without __init__.py is a
              // namespace package (PEP 420), which Python 3 climbs into when the module is imported
              // by its full name: not proven. At the root or above it, nothing is there to climb into.
              if (base === undefined || (imp.level > 1 && !mods.isPackage(base))) {
                const root = mods.rootsFor(path).filter((r) => r.dir === '' || path.startsWith(`${r.dir}/`)).sort((a, b) => b.dir.length - a.dir.length)[0];
                const below = root !== undefined && base !== undefined && (root.dir === '' ? base !== '' : base.startsWith(`${root.dir}/`));
                const gap = !below || at.gap !== undefined ? {} : { certainty: 'likely' as const, gap: `\`${base}\` may be a namespace package (PEP 420) below the source root \`${root.dir === '' ? '.' : root.dir}\`` };
                ctx.report({ ...at, ...gap, messageId: 'beyondTop', data: { statement, level: imp.level, path } });
                continue;
              }
              const segs = imp.module === '' ? [] : imp.module.split('.');
              let missing: string | undefined;
              for (let i = 1; i <= segs.length && !missing; i++) {
                const p = join(base, segs.slice(0, i).join('/'));
                if (!mods.exists(p)) missing = p;
              }
              if (missing !== undefined && absent(missing)) {
                const { build, ...sev } = byBuild(path, missing.slice(missing.lastIndexOf('/') + 1));
                ctx.report({ ...at, ...sev, messageId: 'missingRelative', data: { statement, target: `${missing}.py`, build } });
              }
              continue;
            }
            const top = imp.module.split('.')[0]!;
            if (STDLIB.has(top) || mods.pathChangedFor(path)) continue;
            const r = mods.resolveAbsolute(path, imp.module);
            if (r.kind === 'first-party') continue;
            const declared = project.declaredFor(path);
            if (r.kind === 'missing-submodule') {
              const installed = declared ? providedBy(imp.module, othersOf(declared)) : undefined;
              // A plain module at the file's own source root comes first on sys.path and shadows any
              // installed distribution of that name: `import app.x` next to app.py fails ("'app' is
              // not a package"). At another root (the repository's, for a service of its own), it
              // may not be on sys.path where the file runs: the declared distribution wins.
              if (r.module && r.module.root === ownRoot(mods, path)) {
                const data = { statement, top, file: `${r.module.path}.py`, root: r.module.root === '' ? '.' : r.module.root };
                ctx.report({ ...at, ...(installed ? { messageId: 'shadowsInstalled', data: { ...data, installed } } : { messageId: 'notAPackage', data }) });
                continue;
              }
              // A folder of the same name that lacks the submodule (another service's `mcp/`) does not
              // shadow a distribution this project declares: the import comes from site-packages.
              if (installed) continue;
              if (absent(r.missing)) {
                const roots = mods.rootsFor(path).map((x) => (x.dir === '' ? '.' : x.dir)).join(', ');
                const { build, ...sev } = byBuild(path, imp.module.replace(/\./g, '/'));
                // A folder without __init__.py is a namespace portion, which Python takes only when no
                // installed package or module has the name (PEP 420): proven when the repository's own
                // imports load modules from it, so it is what the name means here.
                const shadowed = at.gap === undefined && sev.gap === undefined && !mods.isPackage(r.top) && !mods.isModuleFile(r.top) && !(namespacesUsed ??= usedNamespaces(obs, mods)).has(top);
                // The whole module in a folder above the file: a script run from there (`python
                // service/image_captioning/main.py`) has that folder first on sys.path.
                const near = at.gap === undefined && sev.gap === undefined && !shadowed ? folderHolding(mods, path, imp.module) : undefined;
                const gap = shadowed
                  ? { certainty: 'likely' as const, gap: `\`${r.top}/\` has no __init__.py and no import of the repository loads a module from it: an installed package named \`${top}\` comes first (PEP 420 namespace packages yield to it)` }
                  : near !== undefined
                    ? { certainty: 'likely' as const, gap: `\`${near}\` holds \`${imp.module}\`: a script run from there (\`python ${near}/main.py\`) has that folder first on sys.path` }
                    : {};
                ctx.report({ ...at, ...sev, ...gap, messageId: 'missingModule', data: { statement, top, expected: `${r.missing}.py`, roots, build } });
              }
              continue;
            }
            // Not first-party from any root: is it a module of this package (or of a package above)?
            // Not when a manifest, lockfile or image installs it: Python 3 then loads the distribution.
            if (declared && providedBy(imp.module, declared.installed)) continue;
            if (providedBy(imp.module, images)) continue;
            const self = modulePathOf(path);
            let level = 1;
            for (let d = dirOf(path); mods.isPackage(d); d = dirOf(d), level++) {
              // A candidate must serve the whole import: not the importing module itself, and for
              // `x.y`, a package holding y (a plain x.py has no submodules). Otherwise the name is
              // the third-party one (`from playwright.async_api import …` in content_fetchers/playwright.py).
              if (mods.exists(join(d, top)) && serves(mods, d, imp.module, self)) {
                const target = mods.isModuleFile(join(d, top)) ? `${join(d, top)}.py` : `${join(d, top)}/`;
                const py2 = python2.get(dirOf(path)) ?? python2.get(d);
                const edit = py2 || at.gap !== undefined ? undefined : pathEditFor(path);
                const installed = py2 || edit || at.gap !== undefined || !declared ? undefined : unknown(declared, top);
                ctx.report({
                  ...at,
                  ...(py2 ? { certainty: 'likely' as const, gap: `this package is written for Python 2 (e.g. ${py2}), where implicit relative imports resolve` } : {}),
                  ...(edit ? { certainty: 'likely' as const, gap: `${edit} changes sys.path at run time with a path this does not evaluate: \`${d === '' ? '.' : d}\` may be on it` } : {}),
                  ...(installed ? { certainty: 'likely' as const, gap: installed } : {}),
                  messageId: 'siblingAbsolute',
                  data: { statement, top, target, package: d.replace(/\//g, '.'), proposal: proposal(imp, level) },
                });
                break;
              }
              if (d === '') break;
            }
          }
        }
      },
    };
  },
});

/**
 * The top-level names whose folder (without __init__.py: a namespace portion) at some source root an
 * absolute import of the repository loads a module from (`from app.models import X` resolving to
 * app/models.py): that folder is what the name means where the repository runs.
 */
function usedNamespaces(obs: ReadonlyArray<{ path: string; value: Seen }>, mods: PythonModules): Set<string> {
  const out = new Set<string>();
  for (const { path, value } of obs) {
    for (const i of value.imports) {
      if (i.level !== 0 || !i.module.includes('.')) continue;
      const top = i.module.slice(0, i.module.indexOf('.'));
      for (const r of mods.rootsFor(path)) {
        const dir = r.dir === '' ? top : `${r.dir}/${top}`;
        if (!out.has(top) && !mods.isPackage(dir) && mods.exists(`${dir}/${i.module.slice(top.length + 1).split('.')[0]}`)) out.add(top);
      }
    }
  }
  return out;
}

/**
 * The nearest folder above the importing file, below the repository's root, that holds the whole
 * module (`service/image_captioning` for `api.im2txt.sample` in LibrePhotos, whose API starts each
 * service with `python service/<name>/main.py`), or undefined.
 */
function folderHolding(mods: PythonModules, path: string, module: string): string | undefined {
  const rel = module.replace(/\./g, '/');
  for (let d = dirOf(path); d !== ''; d = dirOf(d)) if (mods.exists(`${d}/${rel}`)) return d;
  return undefined;
}

/** The modules the observations import by absolute name. */
function* absoluteImports(obs: ReadonlyArray<{ value: Seen }>): Iterable<string> {
  for (const { value } of obs) for (const i of value.imports) if (i.level === 0) yield i.module;
}

function join(dir: string, rel: string): string {
  return dir === '' ? rel : rel === '' ? dir : `${dir}/${rel}`;
}

/** The module a file defines, as a path without extension (`a/b` for a/b.py and a/b/__init__.py). */
function modulePathOf(path: string): string {
  const noExt = path.replace(/\.pyi?$/, '');
  return noExt === '__init__' ? '' : noExt.endsWith('/__init__') ? noExt.slice(0, -'/__init__'.length) : noExt;
}

/** The module `d/<module>` exists whole, and is not the importing module itself. */
function serves(mods: PythonModules, d: string, module: string, self: string): boolean {
  const segs = module.split('.');
  if (join(d, segs[0]!) === self) return false;
  for (let i = 2; i <= segs.length; i++) if (!mods.exists(join(d, segs.slice(0, i).join('/')))) return false;
  return true;
}

/** The deepest source root that holds the file (its own project's), '' for the repository's. */
function ownRoot(mods: PythonModules, path: string): string {
  let best = '';
  for (const r of mods.rootsFor(path)) if (r.dir !== '' && path.startsWith(`${r.dir}/`) && r.dir.length > best.length) best = r.dir;
  return best;
}

function statementOf(i: PyImport): string {
  const names = i.names.join(', ');
  return i.from ? `from ${'.'.repeat(i.level)}${i.module} import ${names}` : `import ${i.module}`;
}

/** The relative form of an absolute import that meant a module `level` packages up. */
function proposal(i: PyImport, level: number): string {
  const dots = '.'.repeat(level);
  if (i.from) return `from ${dots}${i.module} import ${i.names.join(', ')}`;
  const segs = i.module.split('.');
  const last = segs.pop()!;
  return `from ${dots}${segs.join('.')} import ${last}`;
}

interface Copy {
  dockerfile: string;
  /** In-image paths the COPY/ADD creates, relative (leading `/`, `./` and `.py` dropped). */
  targets: string[];
}

/** Every COPY/ADD of the repository's Dockerfiles, once per run. */
function dockerCopies(ws: Parameters<typeof pythonProject>[0]): Copy[] {
  return ws.shared('python-unresolved-import:docker-copies', () => {
    const out: Copy[] = [];
    for (const [p, d] of capturedDockerfiles(ws)) {
      for (const ins of d.instructions) {
        if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') continue;
        const args = instructionOperands(ins.args);
        if (args.length < 2) continue;
        const dest = args[args.length - 1]!;
        const targets = [dest, ...args.slice(0, -1).map((src) => `${dest}/${stripTrailingSlashes(src).split('/').pop()}`)];
        out.push({ dockerfile: p, targets: targets.map((x) => stripTrailingSlashes(x.replace(/^\.?\/+/, '')).replace(/\/+/g, '/').replace(/\.py$/, '')) });
      }
    }
    return out;
  });
}

/**
 * A Dockerfile in the importing file's folder or above copies something to a path ending in the
 * module's path (`COPY src/shared/tools.py src/agents` for `from src.agents.tools import x`): the
 * image has the module though the checkout does not. Returns that Dockerfile.
 */
function copiedByBuild(copies: readonly Copy[], path: string, expected: string): string | undefined {
  for (const c of copies) {
    const dir = dirOf(c.dockerfile);
    if (dir !== '' && !path.startsWith(`${dir}/`)) continue;
    if (c.targets.some((t) => t === expected || t.endsWith(`/${expected}`))) return c.dockerfile;
  }
  return undefined;
}

/** The distributions a project installs besides its own, one set per project (providedBy indexes each set once). */
const others = new WeakMap<Declared, Set<string>>();
function othersOf(d: Declared): Set<string> {
  let set = others.get(d);
  if (!set) others.set(d, (set = new Set([...d.installed].filter((x) => !d.own.has(x)))));
  return set;
}
