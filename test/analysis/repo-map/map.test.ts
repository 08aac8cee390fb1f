import { describe, expect, it } from 'vitest';
import { buildRepositoryMap, discoveryDecision, repositoryMapFrom, summaryLines } from '../../../src/analysis/repo-map/index.js';
import { isDefaultGenerated } from '../../../src/workspace/discover.js';
import { isFixturePath, isSamplePath, isTestCode, isTestData } from './old-lists.js';
import { mapOf } from './helpers.js';

/** A tree that exercises every layer at once. */
const TREE: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'root', workspaces: ['apps/*', 'packages/*'], scripts: { 'gen': 'tsx tools-gen/run.ts', build: 'cp -r assets dist/assets' } }),
  'apps/web/package.json': JSON.stringify({ name: 'web', scripts: { start: 'node server.js' } }),
  'apps/web/server.js': '',
  'apps/web/server.test.js': '',
  'apps/web/Dockerfile': 'FROM node:20\nWORKDIR /srv\nCOPY . .\nCOPY scripts/boot.sh /boot.sh\nCMD ["node", "server.js"]\n',
  'apps/web/scripts/boot.sh': '',
  'apps/web/tsconfig.json': '{"compilerOptions": {"outDir": "out", "rootDirs": [".", ".gen/types"]}}',
  'apps/web/out/server.js': '',
  'apps/web/.gen/types/a.d.ts': '',
  'packages/e2e/package.json': JSON.stringify({ devDependencies: { cypress: '^13' } }),
  'packages/e2e/spec.cy.ts': '',
  'tools-gen/run.ts': '',
  'assets/logo.svg': '',
  'svc/pyproject.toml': '[project]\nname = "svc"\n[project.scripts]\nsvc = "svc.main:run"\n[tool.pytest.ini_options]\ntestpaths = ["checks"]\n',
  'svc/svc/__init__.py': '',
  'svc/svc/main.py': '',
  'svc/checks/test_main.py': '',
  'svc/checks/data/x.json': '',
  'go/go.mod': 'module example.com/go\n',
  'go/main.go': '',
  'go/main_test.go': '',
  'go/testdata/in.txt': '',
  '.gitattributes': 'apps/web/legacy/** linguist-vendored\n*.gen.ts linguist-generated\n',
  'apps/web/legacy/jquery.js': '',
  'apps/web/api.gen.ts': '',
  'examples/demo/Dockerfile': 'FROM alpine\n',
  'examples/demo/run.sh': '',
  'docs/index.md': '',
  'deploy/chart/Chart.yaml': 'name: web\n',
  'deploy/chart/templates/d.yaml': '',
  '.github/workflows/ci.yml': '',
  'README.md': '',
};
const OVERRIDES = { runtime: ['svc/checks/data/**'], test: [], example: ['docs/**'] };

describe('repository map: the map and its data', () => {
  it('repositoryMapFrom(data()) agrees with the built map on every path, after a structured clone (a worker)', () => {
    const { map, files } = mapOf(TREE, { overrides: OVERRIDES, generated: [{ path: 'node_modules/a/index.js', reason: 'node_modules' }] });
    const data = structuredClone(map.data());
    const again = repositoryMapFrom(data, OVERRIDES);
    const probes = [...files, 'node_modules/a/index.js', 'apps/web/new/file.ts', 'svc/checks/new_test.py', 'nowhere/x.py', 'apps/web/out/x/y.js', 'examples/other/a.py'];
    for (const p of probes) expect(again.decision(p), p).toEqual(map.decision(p));
    expect(again.units).toEqual(map.units);
    expect(again.counts).toEqual(map.counts);
  });

  it('answers per path whatever the order of the questions (decisions kept per folder are shared by every path below)', () => {
    const { map, files } = mapOf(TREE, { overrides: OVERRIDES, generated: [{ path: 'node_modules/a/index.js', reason: 'node_modules' }] });
    const below = ['apps/web/legacy/deep/er/x.js', 'apps/web/legacy/deep/y.js', 'apps/web/out/a/b/c.js', 'apps/web/.gen/types/more/b.d.ts', 'svc/checks/data/deep/z.json', 'examples/demo/a/b/c.py', 'go/testdata/a/b.txt', 'docs/a/b/c.md', 'a/b/c/d/e.ts'];
    const paths = [...files, ...below];
    // Deepest paths first, then shallowest first, each on a map with nothing decided yet.
    const byDepth = (sign: number) => [...paths].sort((a, b) => sign * (b.split('/').length - a.split('/').length) || (a < b ? -1 : 1));
    for (const order of [byDepth(1), byDepth(-1), [...paths].reverse()]) {
      const fresh = repositoryMapFrom(structuredClone(map.data()), OVERRIDES);
      const asked = order.map((p) => [p, fresh.decision(p)]);
      expect(Object.fromEntries(asked)).toEqual(Object.fromEntries(paths.map((p) => [p, map.decision(p)])));
    }
    expect(map.classOf('apps/web/legacy/deep/er/x.js')).toBe('vendored');
    expect(map.classOf('apps/web/out/a/b/c.js')).toBe('generated');
  });

  it('decides the whole tree as configured', () => {
    const { map } = mapOf(TREE, { overrides: OVERRIDES });
    const got = Object.fromEntries(Object.keys(TREE).sort().map((p) => [p, map.classOf(p)]));
    expect(got).toEqual({
      '.github/workflows/ci.yml': 'tooling',
      '.gitattributes': 'runtime',
      'README.md': 'docs',
      'apps/web/.gen/types/a.d.ts': 'generated',
      'apps/web/Dockerfile': 'runtime',
      'apps/web/api.gen.ts': 'generated',
      'apps/web/legacy/jquery.js': 'vendored',
      'apps/web/out/server.js': 'generated',
      'apps/web/package.json': 'runtime',
      'apps/web/scripts/boot.sh': 'runtime',
      'apps/web/server.js': 'runtime',
      'apps/web/server.test.js': 'test',
      'apps/web/tsconfig.json': 'tooling',
      'assets/logo.svg': 'runtime',
      'deploy/chart/Chart.yaml': 'runtime',
      'deploy/chart/templates/d.yaml': 'runtime',
      'docs/index.md': 'example',
      'examples/demo/Dockerfile': 'example',
      'examples/demo/run.sh': 'example',
      'go/go.mod': 'runtime',
      'go/main.go': 'runtime',
      'go/main_test.go': 'test',
      'go/testdata/in.txt': 'test',
      'package.json': 'runtime',
      'packages/e2e/package.json': 'test',
      'packages/e2e/spec.cy.ts': 'test',
      'svc/checks/data/x.json': 'runtime',
      'svc/checks/test_main.py': 'test',
      'svc/pyproject.toml': 'runtime',
      'svc/svc/__init__.py': 'runtime',
      'svc/svc/main.py': 'runtime',
      'tools-gen/run.ts': 'tooling',
    });
    expect(map.units.map((u) => `${u.root || '.'} ${u.kind} ${u.name} [${u.entries.join(' ')}]`)).toEqual([
      'apps/web container apps/web [apps/web/server.js]',
      'apps/web node web [apps/web/server.js]',
      'deploy/chart helm web []',
      'go go example.com/go [go/main.go]',
      'svc python svc [svc/svc/main.py]',
    ]);
    expect(map.data().copies).toEqual([{ from: 'assets', to: 'dist/assets', reason: 'package.json scripts.build copies it (cp)' }]);
    const sum = Object.values(map.counts).reduce((a, b) => a + b, 0);
    expect(sum).toBe(Object.keys(TREE).length);
  });

  it('summaryLines: at most 8 lines, units and roots with their reasons', () => {
    const { map } = mapOf(TREE);
    const lines = summaryLines(map.data());
    expect(lines.length).toBeLessThanOrEqual(8);
    expect(lines[0]).toBe(
      "Deployable units (5): apps/web/ container (apps/web/Dockerfile builds an image); apps/web/ node 'web' (a workspace (package.json workspaces); apps/web/package.json scripts.start); deploy/chart/ helm 'web' (deploy/chart/Chart.yaml: a Helm chart); go/ go 'example.com/go' (go/go.mod module with main.go); and 1 more",
    );
    expect(lines).toContain("Example (2 files): examples (folder name 'examples/')");
    expect(lines).toContain('Vendored (1 file): apps/web/legacy/** (.gitattributes: apps/web/legacy/** linguist-vendored)');
    expect(lines.find((l) => l.startsWith('Test'))).toContain('svc/checks (svc/pyproject.toml [tool.pytest.ini_options] testpaths)');
    expect(lines.find((l) => l.startsWith('Generated'))).toContain('apps/web/out (apps/web/tsconfig.json compilerOptions.outDir (compiler output))');
    expect(lines.at(-1)).toMatch(/^Files by class: \d+ runtime, \d+ test, /);
    expect(summaryLines({ units: [], roots: [], counts: { runtime: 0, test: 0, tooling: 0, docs: 0, example: 0, generated: 0, vendored: 0 } })).toEqual([
      'Deployable units: none found in the configuration (all unclassified code is taken as runtime)',
      'Files by class: none',
    ]);
  });

  it('reads only configuration files, and 20,000 files are mapped quickly', () => {
    const tree: Record<string, string> = { 'package.json': '{"workspaces": ["packages/*"]}', '.gitattributes': '*.pb.go linguist-generated\n' };
    for (let i = 0; i < 200; i++) {
      tree[`packages/p${i}/package.json`] = JSON.stringify({ name: `p${i}`, main: 'index.js', scripts: { test: 'jest tests' } });
      tree[`packages/p${i}/tsconfig.json`] = '{"exclude": ["**/*.test.ts"], "compilerOptions": {"outDir": "lib"}}';
      for (let j = 0; j < 48; j++) tree[`packages/p${i}/${j % 3 === 0 ? 'tests' : 'src'}/deep/er/f${j}.ts`] = '';
    }
    const files = Object.keys(tree).sort();
    const t0 = performance.now();
    const map = buildRepositoryMap({ files, generated: [], read: (p) => tree[p], overrides: { runtime: [], test: [], example: [] } });
    for (const f of files) map.classOf(f);
    const ms = performance.now() - t0;
    expect(files.length).toBeGreaterThan(10_000);
    expect(map.units.length).toBe(200);
    expect(map.counts.test).toBe(200 * 16);
    expect(ms).toBeLessThan(5000);
  });
});

describe('discoveryDecision', () => {
  it("gives discovery's own reason, the outermost skipped folder first, and agrees with isDefaultGenerated", () => {
    expect(discoveryDecision('web/node_modules/x/dist/y.min.js')).toEqual({ class: 'vendored', reason: "discovery skips 'node_modules/' (installed dependencies)", root: 'web/node_modules' });
    expect(discoveryDecision('web/dist/a.js')).toEqual({ class: 'generated', reason: "discovery skips 'dist/' (build output)", root: 'web/dist' });
    expect(discoveryDecision('src/a.js.map')).toEqual({ class: 'generated', reason: "discovery skips '*.map' (source map)", root: 'src/a.js.map' });
    const paths = ['src/a.ts', 'dist', 'a/vendor/b.go', 'x.min.css', 'lib/distant/a.js', '.venv/lib/a.py', 'buildx/a'];
    expect(paths.map((p) => discoveryDecision(p) !== undefined)).toEqual(paths.map((p) => isDefaultGenerated(p)));
    expect(paths.map((p) => isDefaultGenerated(p))).toEqual([false, false, true, true, false, true, false]);
  });
});

describe('repository map: configuration a pull request writes to be slow', () => {
  it('blank lines before go.mod/build.gradle directives, unclosed <parent> tags, long package lists, a CMD of many files, a test folder in every folder', () => {
    const blank = '\n'.repeat(300_000);
    const tree: Record<string, string> = {
      'go/go.mod': `${blank}module example.com/x\n`,
      'go/cmd/x/main.go': '',
      'jvm/pom.xml': `<artifactId>a</artifactId>${'<parent>'.repeat(40_000)}`,
      'gradle/build.gradle': blank,
      'gradle2/build.gradle': `id${' '.repeat(100_000)}`,
      'py/pyproject.toml': `[tool.setuptools.packages.find]\nwhere = [${Array.from({ length: 3000 }, (_, i) => `"w${i}"`).join(', ')}]\ninclude = [${Array.from({ length: 3000 }, (_, i) => `"p${i}"`).join(', ')}]\n`,
      'py/w1/p1/__init__.py': '',
      'img/Dockerfile': `FROM python:3\n${'COPY app.py /srv/\n'.repeat(50_000)}CMD python ${'a.py '.repeat(20_000)}\n`,
      'img/app.py': '',
    };
    for (let i = 0; i < 8000; i++) tree[`m${i}/tests/a.ts`] = '';
    const files = Object.keys(tree).sort();
    const t0 = performance.now();
    const map = buildRepositoryMap({ files, generated: [], read: (p) => tree[p], overrides: { runtime: [], test: [], example: [] } });
    const lines = summaryLines(map.data());
    const ms = performance.now() - t0;
    expect(map.units.map((u) => `${u.root} ${u.kind} ${u.name}`)).toEqual(['go go example.com/x', 'img container img']);
    expect(map.classOf('py/w1/p1/__init__.py')).toBe('runtime');
    expect(lines.find((l) => l.startsWith('Test'))).toMatch(/^Test \(8000 files\): m0\/tests /);
    expect(ms).toBeLessThan(4000);
  });
});

describe('repository map: the folder-name layer covers the private lists it replaces', () => {
  const NAMES = [
    'test', 'tests', 'testing', '__tests__', '__mocks__', 'spec', 'specs', 'e2e', 'fixtures', 'fixture', '__fixtures__', 'testdata', 'test-data', 'test_data',
    'test_utils', 'testutils', '__snapshots__', 'test-fixtures', 'api_tests', 'integration-tests', 'load_test', 'smoke-specs',
    'scripts', 'script', 'tools', 'benchmarks', 'bench', 'docs', 'docs_src', 'doc', 'examples', 'example', 'sample', 'samples', 'demo', 'demos', 'hack',
    '.devcontainer', '.github', '.semgrep', '.circleci', 'bower_components', 'site-packages', '.tox', '.nox', '.mypy_cache', '.pytest_cache', '.cache', '.next', '.nuxt',
  ];
  const FILES = ['conftest.py', 'noxfile.py', 'fabfile.py', 'setup.py', 'vitest.config.ts', 'jest.config.js', 'webpack.config.js', 'next.config.mjs', 'tailwind.config.ts', 'x.config.ts', '.eslintrc.js', '.prettierrc.cjs', 'setupTests.ts', 'jest-setup.js', 'test_a.py', 'a_test.py', 'a_tests.py', 'a_test.go', 'a.test.tsx', 'a.spec.js', 'a.e2e-spec.ts', 'a.stories.tsx'];
  // From src/evidence/find.ts SKIP_DIRS, the lockfile-out-of-sync regex and profile.ts isSampleGlob (not exported there).
  const FIND_SKIP = new Set(['fixtures', '__fixtures__', 'testdata', 'test-fixtures', 'bower_components', '.tox', '.nox', '.mypy_cache', '.pytest_cache', '.cache', '.next', '.nuxt', 'site-packages']);
  const LOCKFILE = /(?:^|\/)(?:test|tests|fixtures?|testdata|__tests__)\//;
  const SAMPLE_GLOB = /(?:^|\/)(?:example|examples|sample|samples|demo|demos|test|tests|testdata|fixtures|__tests__|docs|doc|docs_src)\//;
  const paths: string[] = [];
  for (const n of NAMES) paths.push(`${n}/a.py`, `pkg/${n}/b/c.ts`, `tests/${n}/x.go`);
  for (const f of FILES) paths.push(f, `pkg/sub/${f}`);
  paths.push('tests/cases/x.ts', 'test/specs/ok/a.js', 'tests/data/x.py', 'tests/snapshots/a.ts');

  it('every path an old list flags is not runtime in the map (with an empty configuration)', () => {
    const map = buildRepositoryMap({ files: [...paths].sort(), generated: [], read: () => undefined, overrides: { runtime: [], test: [], example: [] } });
    const old = (p: string) =>
      isTestCode(p) || isTestData(p) || isSamplePath(p) || isFixturePath(p) || LOCKFILE.test(p) || SAMPLE_GLOB.test(p) || p.split('/').slice(0, -1).some((s) => FIND_SKIP.has(s));
    const missed = paths.filter((p) => old(p) && map.classOf(p) === 'runtime');
    expect(missed).toEqual([]);
    expect(paths.filter(old).length).toBeGreaterThan(150);
  });

  it('the deliberate narrowings: Celery tasks.py, a snapshots/ feature folder, a Java package named samples under src/main', () => {
    const map = buildRepositoryMap({ files: ['app/tasks.py', 'src/snapshots/a.ts', 'src/main/java/org/x/samples/A.java'], generated: [], read: () => undefined, overrides: { runtime: [], test: [], example: [] } });
    expect(['app/tasks.py', 'src/snapshots/a.ts', 'src/main/java/org/x/samples/A.java'].map((p) => map.classOf(p))).toEqual(['runtime', 'runtime', 'runtime']);
    expect(isTestCode('app/tasks.py')).toBe(true); // what the old list said
  });
});

describe('repository map: .NET test projects', () => {
  it('`Orders.Api.Tests/`, `Shop.UnitTests/`, `Web.IntegrationTests/` are test folders; `Shop.Contests/`, `Tests.Api/` are not by that rule', () => {
    const files = ['Orders.Api.Tests/A.cs', 'src/Shop.UnitTests/B.cs', 'Web.IntegrationTests/C.cs', 'Shop.Contests/D.cs', 'Shop.Latest/E.cs', 'src/Orders.Api/F.cs'];
    const map = buildRepositoryMap({ files, generated: [], read: () => undefined, overrides: { runtime: [], test: [], example: [] } });
    expect(files.map((f) => map.classOf(f))).toEqual(['test', 'test', 'test', 'runtime', 'runtime', 'runtime']);
  });
});
