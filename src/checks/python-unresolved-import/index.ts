// python-unresolved-import: an import that cannot resolve when the code runs (RULES.md, build).
// The key case: inside a package, `from provenance import X` where provenance.py is a sibling and
// no source root makes `provenance` top-level: it works only when the folder is the working
// directory, and fails with ModuleNotFoundError once the package is imported. Also relative
// imports to modules that do not exist, and first-party submodules that no root holds.
// Third-party modules are undeclared-dependency's business. Resolution: analysis/python/.
import { ignoredPaths } from '../../analysis/deps/gitignore.js';
import { isTestCode, isTestData } from '../../analysis/deps/test-code.js';
import { pythonFacts, type PyImport } from '../../analysis/python/facts.js';
import { dirOf } from '../../analysis/python/modules.js';
import { STDLIB, providedBy } from '../../analysis/python/names.js';
import { PYTHON_CAPTURE, pythonProject } from '../../analysis/python/project.js';
import { defineCheck } from '../../model/check.js';
import { isDefaultGenerated } from '../../workspace/discover.js';

interface Seen {
  imports: PyImport[];
  changesSysPath: boolean;
}

/** Generated at build time by convention (protobuf, setuptools-scm): absent from a checkout. */
const GENERATED_MODULE = /(?:_pb2|_pb2_grpc|_grpc|^_?version|_version)$/;

export default defineCheck({
  meta: {
    id: 'python-unresolved-import',
    pure: true,
    files: ['**/*.py'],
    languages: ['python'],
    capture: PYTHON_CAPTURE,
    messages: {
      siblingAbsolute:
        '`{statement}` imports `{top}` as a top-level module, but it is `{target}`, a module of the package `{package}`, and no source root, manifest or the standard library provides a top-level `{top}`: ModuleNotFoundError as soon as the package is imported (it only works with this folder as the working directory). Import it relatively: `{proposal}`.',
      missingRelative:
        '`{statement}`: the relative import points at `{target}`, which does not exist in the repository (renamed or deleted?): ImportError when this module is imported.',
      beyondTop: '`{statement}` climbs {level} levels from `{path}`, above its top-level package: ImportError ("attempted relative import beyond top-level package").',
      missingModule:
        '`{statement}`: `{top}` is a first-party package here, but `{expected}` exists in no source root ({roots}): ModuleNotFoundError when this module is imported.',
    },
    remediation:
      'Import modules of the same package relatively (`from .provenance import X`), or make the intended source root explicit (pyproject `[tool.setuptools.packages.find] where`, pytest `pythonpath`); fix the path of imports whose target was renamed or deleted.',
  },
  create(ctx) {
    return {
      file(f) {
        if (isTestData(f.path)) return;
        const facts = pythonFacts(f);
        if (!facts) return;
        const imports = facts.imports.filter((i) => !i.guarded);
        if (imports.length > 0 || facts.changesSysPath) ctx.observe({ imports, changesSysPath: facts.changesSysPath } satisfies Seen);
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
        const absent = (p: string) => !isDefaultGenerated(`${p}/x`) && !ignored(`${p}.py`) && !ignored(`${p}/`) && !GENERATED_MODULE.test(p.slice(p.lastIndexOf('/') + 1));
        for (const { path, value } of obs) {
          for (const imp of value.imports) {
            const statement = statementOf(imp);
            // In tests, tooling and docs a broken import fails CI, not production: P1.
            const at = { location: { path, line: imp.line, column: imp.column }, fingerprintKey: `${path} ${statement}`, ...(isTestCode(path) ? { severity: 'P1' as const } : {}) };
            if (imp.level > 0) {
              // A relative import in a folder without __init__.py: a namespace package or a script; not judged.
              if (!mods.isPackage(dirOf(path))) continue;
              const base = mods.relativeBase(path, imp.level);
              // Climbing out of the top-level package: the folder reached is not a package.
              if (base === undefined || (imp.level > 1 && !mods.isPackage(base))) {
                ctx.report({ ...at, messageId: 'beyondTop', data: { statement, level: imp.level, path } });
                continue;
              }
              const segs = imp.module === '' ? [] : imp.module.split('.');
              let missing: string | undefined;
              for (let i = 1; i <= segs.length && !missing; i++) {
                const p = join(base, segs.slice(0, i).join('/'));
                if (!mods.exists(p)) missing = p;
              }
              if (missing !== undefined && absent(missing)) {
                ctx.report({ ...at, messageId: 'missingRelative', data: { statement, target: `${missing}.py` } });
              }
              continue;
            }
            const top = imp.module.split('.')[0]!;
            if (STDLIB.has(top) || mods.pathChangedFor(path)) continue;
            const r = mods.resolveAbsolute(path, imp.module);
            if (r.kind === 'first-party') continue;
            if (r.kind === 'missing-submodule') {
              if (absent(r.missing)) {
                const roots = mods.rootsFor(path).map((x) => (x.dir === '' ? '.' : x.dir)).join(', ');
                ctx.report({ ...at, messageId: 'missingModule', data: { statement, top, expected: `${r.missing}.py`, roots } });
              }
              continue;
            }
            // Not first-party from any root: is it a module of this package (or of a package above)?
            const declared = project.declaredFor(path);
            if (declared && providedBy(imp.module, new Set([...declared.runtime, ...declared.dev]))) continue;
            let level = 1;
            for (let d = dirOf(path); mods.isPackage(d); d = dirOf(d), level++) {
              if (mods.exists(join(d, top))) {
                const target = mods.isModuleFile(join(d, top)) ? `${join(d, top)}.py` : `${join(d, top)}/`;
                ctx.report({
                  ...at,
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

function join(dir: string, rel: string): string {
  return dir === '' ? rel : rel === '' ? dir : `${dir}/${rel}`;
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
