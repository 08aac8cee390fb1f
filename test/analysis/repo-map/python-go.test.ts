import { describe, expect, it } from 'vitest';
import { classes, mapOf } from './helpers.js';
import { packageDirRoot } from '../../../src/analysis/deps/python-manifests.js';

describe('repository map: Python', () => {
  it('pyproject [tool.pytest.ini_options] testpaths makes a test root; src/app/testing.py stays runtime', () => {
    const { map } = mapOf({
      'pyproject.toml': `[project]
name = "shop"
[project.scripts]
shop = "shop.cli:main"
[tool.setuptools.packages.find]
where = ["src"]
[tool.pytest.ini_options]
testpaths = ["qa", "src"]
`,
      'src/shop/__init__.py': '',
      'src/shop/cli.py': '',
      'src/shop/testing.py': '',
      'qa/test_orders.py': '',
      'qa/helpers.py': '',
    });
    expect(classes(map, ['src/shop/cli.py', 'src/shop/testing.py', 'qa/helpers.py', 'qa/test_orders.py'])).toEqual({
      'src/shop/cli.py': 'runtime',
      'src/shop/testing.py': 'runtime',
      'qa/helpers.py': 'test',
      'qa/test_orders.py': 'test',
    });
    expect(map.decision('qa/helpers.py').reason).toBe('pyproject.toml [tool.pytest.ini_options] testpaths');
    expect(map.units).toEqual([{ root: '', kind: 'python', name: 'shop', entries: ['src/shop/cli.py'], reason: 'pyproject.toml [project.scripts]' }]);
  });

  it('pytest.ini, tox.ini and setup.cfg testpaths; setuptools find exclude of tests', () => {
    const { map } = mapOf({
      'a/pytest.ini': '[pytest]\ntestpaths = checks\n',
      'a/checks/x.py': '',
      'b/tox.ini': '[tox]\nenvlist = py312\n[pytest]\ntestpaths =\n    verify\n',
      'b/verify/x.py': '',
      'c/setup.cfg': '[metadata]\nname = c\n[options]\npackage_dir =\n    =lib\n[tool:pytest]\ntestpaths = lib suites\n',
      'c/lib/c/__init__.py': '',
      'c/suites/x.py': '',
      'd/pyproject.toml': '[tool.setuptools.packages.find]\nexclude = ["integration*"]\n',
      'd/integration/x.py': '',
    });
    expect(classes(map, ['a/checks/x.py', 'b/verify/x.py', 'c/suites/x.py', 'c/lib/c/__init__.py', 'd/integration/x.py'])).toEqual({
      'a/checks/x.py': 'test',
      'b/verify/x.py': 'test',
      'c/suites/x.py': 'test',
      'c/lib/c/__init__.py': 'runtime',
      'd/integration/x.py': 'test',
    });
    expect(map.decision('b/verify/x.py').reason).toBe('b/tox.ini [pytest] testpaths');
    expect(map.decision('d/integration/x.py').reason).toBe('d/pyproject.toml [tool.setuptools.packages.find] excludes it from the package');
  });

  it('poetry packages ship a folder named like a tooling folder; Django manage.py is a unit; Celery tasks.py is runtime', () => {
    const { map } = mapOf({
      'pyproject.toml': '[tool.poetry]\nname = "svc"\npackages = [{ include = "tools", from = "src" }]\n',
      'src/tools/__init__.py': '',
      'src/tools/api.py': '',
      'web/manage.py': '',
      'web/orders/tasks.py': '',
      'tasks.py': '',
    });
    expect(classes(map, ['src/tools/api.py', 'web/orders/tasks.py', 'tasks.py'])).toEqual({ 'src/tools/api.py': 'runtime', 'web/orders/tasks.py': 'runtime', 'tasks.py': 'tooling' });
    expect(map.decision('src/tools/api.py').reason).toBe('pyproject.toml [tool.poetry] packages');
    expect(map.units).toEqual([{ root: 'web', kind: 'python', name: 'web', entries: ['web/manage.py'], reason: 'web/manage.py: a Django project root' }]);
  });

  it('near miss: a pyproject under examples/ ships nothing and makes no unit', () => {
    const { map } = mapOf({
      'examples/demo/pyproject.toml': '[project]\nname = "demo"\n[project.scripts]\ndemo = "demo:main"\n[tool.poetry]\npackages = [{ include = "scripts" }]\n',
      'examples/demo/demo.py': '',
      'examples/demo/scripts/run.py': '',
    });
    expect(map.units).toEqual([]);
    expect(classes(map, ['examples/demo/demo.py', 'examples/demo/scripts/run.py'])).toEqual({ 'examples/demo/demo.py': 'example', 'examples/demo/scripts/run.py': 'tooling' });
  });

  it('build hooks the pyproject names are tooling (go-feature-flag hatch_build.py); a same-named file without the setting is not', () => {
    const { map } = mapOf({
      'provider/pyproject.toml': '[project]\nname = "p"\n[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n[tool.hatch.build.hooks.custom]\n',
      'provider/hatch_build.py': '',
      'cli/pyproject.toml': '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n[tool.hatch.build.targets.wheel.hooks.custom]\npath = "hooks/go.py"\n',
      'cli/hooks/go.py': '',
      'pdm/pyproject.toml': '[build-system]\nrequires = ["pdm-backend"]\nbuild-backend = "pdm.backend"\n',
      'pdm/pdm_build.py': '',
      'lib/pyproject.toml': '[project]\nname = "lib"\n',
      'lib/hatch_build.py': '',
    });
    expect(classes(map, ['provider/hatch_build.py', 'cli/hooks/go.py', 'pdm/pdm_build.py', 'lib/hatch_build.py'])).toEqual({
      'provider/hatch_build.py': 'tooling',
      'cli/hooks/go.py': 'tooling',
      'pdm/pdm_build.py': 'tooling',
      'lib/hatch_build.py': 'runtime',
    });
    expect(map.decision('provider/hatch_build.py').reason).toBe('provider/pyproject.toml [tool.hatch.build.hooks.custom]: the build backend runs it');
    expect(map.decision('cli/hooks/go.py').reason).toBe('cli/pyproject.toml [tool.hatch.build.targets.wheel.hooks.custom]: the build backend runs it');
  });

  it('a malformed pyproject.toml is reported', () => {
    const { malformed } = mapOf({ 'pyproject.toml': '[project\nname=' });
    expect(malformed.map((m) => m.kind)).toEqual(['pyproject.toml']);
  });
});

describe('repository map: Go', () => {
  it('_test.go and testdata/ are test; a module with cmd/ is a unit; a library module is not', () => {
    const { map } = mapOf({
      'go.mod': 'module github.com/acme/api\n\ngo 1.22\n',
      'cmd/api/main.go': '',
      'cmd/api/main_test.go': '',
      'internal/store/store.go': '',
      'internal/store/testdata/orders.json': '',
      'internal/store/testdata/gen.go': '',
      'lib/go.mod': 'module github.com/acme/lib\n',
      'lib/lib.go': '',
    });
    expect(classes(map, ['cmd/api/main.go', 'cmd/api/main_test.go', 'internal/store/store.go', 'internal/store/testdata/gen.go'])).toEqual({
      'cmd/api/main.go': 'runtime',
      'cmd/api/main_test.go': 'test',
      'internal/store/store.go': 'runtime',
      'internal/store/testdata/gen.go': 'test',
    });
    expect(map.decision('internal/store/testdata/gen.go').reason).toBe("folder name 'testdata/' (test data; the go tool ignores it)");
    expect(map.units).toEqual([{ root: '', kind: 'go', name: 'github.com/acme/api', entries: ['cmd/api'], reason: 'go.mod module with cmd/' }]);
  });
});

describe('setup.cfg package_dir', () => {
  it('names the root package folder, linearly on a value of blank lines', () => {
    expect(packageDirRoot('\n= src')).toBe('src');
    expect(packageDirRoot('\n  \r\n\t = lib\nother = x')).toBe('lib');
    expect(packageDirRoot('other = x')).toBeUndefined();
    const t0 = performance.now();
    expect(packageDirRoot('\n'.repeat(500_000))).toBeUndefined();
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
