import { describe, expect, it } from 'vitest';
import { classes, mapOf } from './helpers.js';

describe('repository map: Node', () => {
  it('React Router 7: tsconfig rootDirs maps .react-router/types (generated); the app is runtime', () => {
    const { map } = mapOf({
      'package.json': JSON.stringify({ name: 'rr7', scripts: { dev: 'react-router dev', build: 'react-router build', start: 'react-router-serve ./build/server/index.js', typecheck: 'react-router typegen && tsc' } }),
      'tsconfig.json': `{
        // React Router's typegen output is merged into the sources
        "include": ["**/*", "**/.server/**/*", ".react-router/types/**/*"],
        "compilerOptions": { "rootDirs": [".", "./.react-router/types"], "types": ["node"], },
      }`,
      '.react-router/types/app/+types/root.ts': '',
      'app/root.tsx': '',
      'app/routes/home.tsx': '',
      'react-router.config.ts': '',
    });
    expect(classes(map, ['.react-router/types/app/+types/root.ts', 'app/root.tsx', 'app/routes/home.tsx', 'react-router.config.ts'])).toEqual({
      '.react-router/types/app/+types/root.ts': 'generated',
      'app/root.tsx': 'runtime',
      'app/routes/home.tsx': 'runtime',
      'react-router.config.ts': 'tooling',
    });
    expect(map.decision('.react-router/types/app/+types/root.ts').reason).toBe('tsconfig.json compilerOptions.rootDirs maps it (generated types)');
  });

  it('near miss: rootDirs ["src", "test"] merge two source folders, nothing is generated', () => {
    const { map } = mapOf({
      'tsconfig.json': '{"compilerOptions": {"rootDirs": ["src", "lib"]}}',
      'src/a.ts': '',
      'lib/b.ts': '',
    });
    expect(classes(map, ['src/a.ts', 'lib/b.ts'])).toEqual({ 'src/a.ts': 'runtime', 'lib/b.ts': 'runtime' });
  });

  it('tsconfig outDir is compiler output; an outDir that holds the sources is not', () => {
    const { map } = mapOf({
      'tsconfig.json': '{"compilerOptions": {"outDir": "out"}, "include": ["src"]}',
      'out/index.js': '',
      'src/index.ts': '',
      'pkg/tsconfig.json': '{"compilerOptions": {"outDir": "."}, "include": ["."]}',
      'pkg/index.ts': '',
    });
    expect(map.classOf('out/index.js')).toBe('generated');
    expect(map.decision('out/index.js').reason).toBe('tsconfig.json compilerOptions.outDir (compiler output)');
    expect(map.classOf('src/index.ts')).toBe('runtime');
    expect(map.classOf('pkg/index.ts')).toBe('runtime');
  });

  it('pnpm workspaces: apps/api with a Dockerfile is a runtime unit; packages/e2e (test tools only) is test', () => {
    const { map } = mapOf({
      'package.json': JSON.stringify({ name: 'mono', private: true, devDependencies: { turbo: '^2' } }),
      'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n  - 'packages/*'\n  - '!packages/legacy'\n",
      'apps/api/package.json': JSON.stringify({ name: '@mono/api', scripts: { build: 'tsc', dev: 'tsx watch src/main.ts' }, dependencies: { fastify: '^5' } }),
      'apps/api/Dockerfile': 'FROM node:20\nWORKDIR /app\nCOPY dist ./dist\nCMD ["node", "dist/main.js"]\n',
      'apps/api/src/main.ts': '',
      'packages/e2e/package.json': JSON.stringify({ name: '@mono/e2e', scripts: { test: 'playwright test' }, devDependencies: { '@playwright/test': '^1.50', typescript: '^5' } }),
      'packages/e2e/checkout.ts': '',
      'packages/ui/package.json': JSON.stringify({ name: '@mono/ui', main: './src/index.ts', dependencies: { react: '^19' } }),
      'packages/ui/src/index.ts': '',
    });
    expect(map.units.map((u) => `${u.root} ${u.kind} ${u.name}`)).toEqual(['apps/api container apps/api', 'apps/api node @mono/api', 'packages/ui node @mono/ui']);
    expect(map.units.find((u) => u.kind === 'node' && u.root === 'apps/api')!.reason).toBe('a workspace (pnpm-workspace.yaml packages); apps/api/package.json with a Dockerfile');
    expect(classes(map, ['apps/api/src/main.ts', 'packages/e2e/checkout.ts', 'packages/ui/src/index.ts'])).toEqual({
      'apps/api/src/main.ts': 'runtime',
      'packages/e2e/checkout.ts': 'test',
      'packages/ui/src/index.ts': 'runtime',
    });
    expect(map.decision('packages/e2e/checkout.ts').reason).toBe('packages/e2e/package.json: a package of test tools only (@playwright/test), no entry point');
  });

  it('near miss: a workspace package without an entry point or a Dockerfile is not a unit, and a library with test tools and a runtime dependency is not test', () => {
    const { map } = mapOf({
      'package.json': JSON.stringify({ workspaces: ['packages/*'] }),
      'packages/util/package.json': JSON.stringify({ name: 'util', dependencies: { zod: '^3' }, devDependencies: { vitest: '^2' } }),
      'packages/util/index.ts': '',
    });
    expect(map.units).toEqual([]);
    expect(map.classOf('packages/util/index.ts')).toBe('runtime');
  });

  it('package.json scripts: a file run by a build script is tooling; the start script names an entry; a file under src/ run by a script stays runtime', () => {
    const { map } = mapOf({
      'package.json': JSON.stringify({
        name: 'svc',
        scripts: {
          start: 'node server.js',
          'gen:types': 'tsx scripts-gen/types.ts && prettier --write src',
          seed: 'ts-node src/db/seed.ts',
          dev: 'tsx watch dev-server.ts',
          test: 'mocha spec-suite --recursive',
          postbuild: 'cp -r src/templates dist/templates && copyfiles -u 1 "src/**/*.graphql" dist',
        },
      }),
      'server.js': '',
      'scripts-gen/types.ts': '',
      'src/db/seed.ts': '',
      'dev-server.ts': '',
      'spec-suite/a.js': '',
      'src/templates/mail.html': '',
      'src/schema.graphql': '',
    });
    expect(classes(map, ['server.js', 'scripts-gen/types.ts', 'src/db/seed.ts', 'dev-server.ts', 'spec-suite/a.js'])).toEqual({
      'server.js': 'runtime',
      'scripts-gen/types.ts': 'tooling',
      'src/db/seed.ts': 'runtime',
      'dev-server.ts': 'runtime',
      'spec-suite/a.js': 'test',
    });
    expect(map.decision('scripts-gen/types.ts').reason).toBe('package.json scripts.gen:types runs it (tsx)');
    expect(map.decision('spec-suite/a.js').reason).toBe('package.json scripts.test runs mocha on it');
    expect(map.units).toEqual([{ root: '', kind: 'node', name: 'svc', entries: ['server.js'], reason: 'package.json scripts.start' }]);
    expect(map.data().copies).toEqual([
      { from: 'src/**/*.graphql', to: 'dist', reason: 'package.json scripts.postbuild copies it (copyfiles)' },
      { from: 'src/templates', to: 'dist/templates', reason: 'package.json scripts.postbuild copies it (cp)' },
    ]);
  });

  it('jest testMatch and a vitest test.include name test files; a glob of all sources does not', () => {
    const { map } = mapOf({
      'package.json': JSON.stringify({ jest: { testMatch: ['<rootDir>/checks/**/*.integration.js'] } }),
      'web/vitest.config.ts': "import { defineConfig } from 'vitest/config';\nexport default defineConfig({ test: { include: ['src/**/*.tests.ts', 'src/**/*.ts'] } });\n",
      'checks/api/orders.integration.js': '',
      'checks/util.js': '',
      'web/src/a.tests.ts': '',
      'web/src/a.ts': '',
    });
    expect(classes(map, ['checks/api/orders.integration.js', 'checks/util.js', 'web/src/a.tests.ts', 'web/src/a.ts'])).toEqual({
      'checks/api/orders.integration.js': 'test',
      'checks/util.js': 'runtime',
      'web/src/a.tests.ts': 'test',
      'web/src/a.ts': 'runtime',
    });
    expect(map.decision('web/src/a.tests.ts').reason).toBe('web/vitest.config.ts test.include');
  });

  it('tsconfig: test globs excluded from the build, and a test config including what the build excludes', () => {
    const { map } = mapOf({
      'tsconfig.json': '{"include": ["src"], "exclude": ["src/**/*.check.ts", "qa"]}',
      'tsconfig.spec.json': '{"extends": "./tsconfig.json", "include": ["src", "qa"], "exclude": []}',
      'src/a.check.ts': '',
      'src/a.ts': '',
      'qa/b.ts': '',
    });
    expect(classes(map, ['src/a.check.ts', 'src/a.ts', 'qa/b.ts'])).toEqual({ 'src/a.check.ts': 'runtime', 'src/a.ts': 'runtime', 'qa/b.ts': 'test' });
    expect(map.decision('qa/b.ts').reason).toBe("tsconfig.spec.json includes it and the build's tsconfig excludes it");
  });

  it('tsconfig extends: a config reached through a chain too long to follow is still read whole from its own entry', () => {
    const ext = (to: string) => JSON.stringify({ extends: to });
    const { map } = mapOf({
      // a/ sorts first: through it, p/tsconfig.x4.json is reached 5 deep and its base is not followed.
      'a/tsconfig.json': ext('../p/tsconfig.json'),
      'p/tsconfig.json': ext('./tsconfig.x1.json'),
      'p/tsconfig.x1.json': ext('./tsconfig.x2.json'),
      'p/tsconfig.x2.json': ext('./tsconfig.x3.json'),
      'p/tsconfig.x3.json': ext('./tsconfig.x4.json'),
      'p/tsconfig.x4.json': ext('./tsconfig.x5.json'),
      'p/tsconfig.x5.json': JSON.stringify({ include: ['src'], exclude: ['src/**/*.fixtures.ts'] }),
      'p/src/a.fixtures.ts': '',
      'p/src/a.ts': '',
    });
    expect(classes(map, ['p/src/a.fixtures.ts', 'p/src/a.ts'])).toEqual({ 'p/src/a.fixtures.ts': 'test', 'p/src/a.ts': 'runtime' });
    expect(map.decision('p/src/a.fixtures.ts').reason).toBe('p/tsconfig.json excludes it from the build');
  });

  it('a malformed package.json or tsconfig is reported and the rest of the map is built', () => {
    const { map, malformed } = mapOf({ 'package.json': '{"name": ', 'tsconfig.json': '{ nope', 'tests/a.ts': '' });
    expect(malformed.map((m) => `${m.path} ${m.kind}`)).toEqual(['package.json package.json', 'tsconfig.json tsconfig']);
    expect(map.classOf('tests/a.ts')).toBe('test');
  });
});

describe('repository map: globs the pull request writes', () => {
  // picomatch backtracks polynomially on these (src/workspace/glob-guard.ts): refused like the configuration file's.
  const slow = '**/**/**/*a*a*a*.js';

  it('a slow jest testMatch, vitest include, tsconfig or .gitattributes glob is reported and not applied; the sound ones still are', () => {
    const { map, malformed } = mapOf({
      'package.json': JSON.stringify({ jest: { testMatch: [`<rootDir>/tests-a/${slow}`, '<rootDir>/checks/**/*.test.js'] } }),
      'web/vitest.config.ts': `export default { test: { include: ['tests/${slow}'] } };\n`,
      'tsconfig.json': JSON.stringify({ include: ['src'], exclude: [`src/test/${slow}`] }),
      '.gitattributes': `${slow} linguist-generated\n`,
      'checks/a.test.js': '',
      'tests-a/x/y/aaa.js': '',
      'src/aaaa.js': '',
    });
    expect(malformed.map((m) => `${m.path} ${m.kind}`)).toEqual(['.gitattributes .gitattributes', 'package.json package.json', 'tsconfig.json tsconfig.json', 'web/vitest.config.ts vitest.config.ts']);
    expect(malformed[0]!.reason).toMatch(/^the glob '\*\*\/\*\*\/\*\*\/\*a\*a\*a\*\.js' has .*; not applied$/);
    expect(map.data().patterns!.map((p) => p.glob)).toEqual(['checks/**/*.test.js']);
    expect(map.classOf('src/aaaa.js')).toBe('runtime');
    expect(map.classOf('checks/a.test.js')).toBe('test');
  });

  it('a slow workspace glob is reported and not applied', () => {
    const { map, malformed } = mapOf({
      'package.json': JSON.stringify({ workspaces: [slow, 'apps/*'] }),
      'apps/api/package.json': JSON.stringify({ name: 'api' }),
      'apps/api/Dockerfile': 'FROM node:20\n',
      'aaa/bbb/ccc/xaaa.js/package.json': JSON.stringify({ name: 'x' }),
      'aaa/bbb/ccc/xaaa.js/Dockerfile': 'FROM node:20\n',
    });
    expect(malformed).toEqual([{ path: 'package.json', kind: 'package.json', reason: expect.stringMatching(/^the workspace glob '\*\*\/\*\*\/\*\*\/\*a\*a\*a\*\.js' has /) }]);
    expect(map.units.filter((u) => u.kind === 'node').map((u) => u.reason)).toEqual(['a workspace (package.json workspaces); apps/api/package.json with a Dockerfile']);
  });

  it('workspaces declared at two levels: each package is found by the nearest declaration that names it', () => {
    const { map } = mapOf({
      'package.json': JSON.stringify({ workspaces: ['packages/*', 'packages/kit/*'] }),
      'packages/kit/package.json': JSON.stringify({ workspaces: ['*'] }),
      'packages/kit/cli/package.json': JSON.stringify({ name: 'cli' }),
      'packages/kit/cli/Dockerfile': 'FROM node:20\n',
      'packages/kit-x/package.json': JSON.stringify({ name: 'tools-x' }),
      'packages/kit-x/Dockerfile': 'FROM node:20\n',
      'packages-other/y/package.json': JSON.stringify({ name: 'y' }),
      'packages-other/y/Dockerfile': 'FROM node:20\n',
    });
    expect(map.units.filter((u) => u.kind === 'node').map((u) => `${u.root}: ${u.reason}`)).toEqual([
      'packages/kit-x: a workspace (package.json workspaces); packages/kit-x/package.json with a Dockerfile',
      'packages/kit/cli: a workspace (packages/kit/package.json workspaces); packages/kit/cli/package.json with a Dockerfile',
    ]);
  });
});

describe('repository map: templates a build copies', () => {
  it('a folder the build tsconfig excludes and a script copies as files is an example; excluded only, it stays what it was', () => {
    const tsconfig = '{ "include": ["src/**/*"], "exclude": ["node_modules", "src/commands/init/templates"] }';
    const { map } = mapOf({
      'packages/cli/package.json': JSON.stringify({ name: 'cli', bin: { cli: 'dist/index.js' }, scripts: { build: 'tsc -p tsconfig.json && cp -r src/commands/init/templates/app* dist/src/commands/init/templates' } }),
      'packages/cli/tsconfig.json': tsconfig,
      'packages/cli/src/index.ts': '',
      'packages/cli/src/commands/init/templates/app-react/app/layout.tsx': '',
      'packages/other/package.json': JSON.stringify({ name: 'other', main: 'dist/index.js', scripts: { build: 'tsc' } }),
      'packages/other/tsconfig.json': '{ "include": ["src/**/*"], "exclude": ["src/legacy"] }',
      'packages/other/src/legacy/old.ts': '',
    });
    expect(map.classOf('packages/cli/src/commands/init/templates/app-react/app/layout.tsx')).toBe('example');
    expect(map.classOf('packages/cli/src/index.ts')).toBe('runtime');
    expect(map.classOf('packages/other/src/legacy/old.ts')).toBe('runtime');
  });
  it('a Docusaurus site below the root is documentation (go-feature-flag website/); its tests stay tests', () => {
    const { map } = mapOf({
      'go.mod': 'module example.com/x\n',
      'cmd/server/main.go': '',
      'website/package.json': JSON.stringify({ name: 'site', scripts: { build: 'docusaurus build' }, dependencies: { '@docusaurus/core': '3' } }),
      'website/docusaurus.config.js': '',
      'website/src/components/blog/useCategoryFilter.js': '',
      'website/src/components/blog/useCategoryFilter.test.js': '',
    });
    expect(classes(map, ['cmd/server/main.go', 'website/src/components/blog/useCategoryFilter.js', 'website/src/components/blog/useCategoryFilter.test.js'])).toEqual({
      'cmd/server/main.go': 'runtime',
      'website/src/components/blog/useCategoryFilter.js': 'docs',
      'website/src/components/blog/useCategoryFilter.test.js': 'test',
    });
    expect(map.decision('website/src/components/blog/useCategoryFilter.js').reason).toBe('website/docusaurus.config.js: a Docusaurus documentation site');
  });

  it('near miss: a Docusaurus site at the root is the repository itself (runtime)', () => {
    const { map } = mapOf({ 'package.json': '{"name": "site"}', 'docusaurus.config.ts': '', 'src/pages/index.tsx': '' });
    expect(map.classOf('src/pages/index.tsx')).toBe('runtime');
  });

  it('a Playwright testDir is tests: its own folder when that folder runs nothing, a subfolder always; never an app or the root', () => {
    const { map } = mapOf({
      // dani-garcia/vaultwarden: playwright/ with testDir './.' and a package that names a main it does not have.
      'playwright/playwright.config.ts': "export default defineConfig({ testDir: './.', globalSetup: require.resolve('./global-setup') });\n",
      'playwright/package.json': JSON.stringify({ name: 'scenarios', main: 'index.js', devDependencies: { '@playwright/test': '1' }, dependencies: { pg: '8' } }),
      'playwright/global-utils.ts': '',
      'playwright/tests/login.spec.ts': '',
      // An app with its configuration beside its sources and testDir '.': the app stays runtime.
      'apps/web/playwright.config.ts': "export default { testDir: '.' };\n",
      'apps/web/package.json': JSON.stringify({ name: 'web', scripts: { start: 'node server.js' } }),
      'apps/web/server.js': '',
      // The root's configuration names e2e/: only e2e/ is tests.
      'playwright.config.ts': 'export default { testDir: "./e2e" };\n',
      'e2e/home.spec.ts': '',
      'src/app.ts': '',
    });
    expect(classes(map, ['playwright/global-utils.ts', 'playwright/tests/login.spec.ts', 'apps/web/server.js', 'e2e/home.spec.ts', 'src/app.ts'])).toEqual({
      'playwright/global-utils.ts': 'test',
      'playwright/tests/login.spec.ts': 'test',
      'apps/web/server.js': 'runtime',
      'e2e/home.spec.ts': 'test',
      'src/app.ts': 'runtime',
    });
    expect(map.decision('playwright/global-utils.ts').reason).toBe('playwright/playwright.config.ts testDir');
  });
});
