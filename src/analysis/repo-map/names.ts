// The last layer of the repository map: file-name conventions and folder names. Consulted only
// where no configuration decided (see index.ts for the order). Pure functions of the path, so the
// map rebuilt in a worker decides exactly as the one built on the main thread.
//
// This layer is a superset of the private lists it replaces (test/analysis/repo-map/map.test.ts
// checks that every path they flag is not runtime here):
//   - src/analysis/deps/test-code.ts   TEST_DIRS, TEST_DIR_SUFFIX, TEST_FILE  → test
//                                      DATA_DIRS, CASE_DIRS (below a test folder) → test
//                                      TOOLING_FILE, `*.config.*`, hidden folders → tooling
//                                      DEV_DIRS: scripts/script/tools/bench/benchmarks → tooling,
//                                                docs/docs_src → docs, examples/example/samples → example
//   - src/analysis/k8s.ts              isSamplePath (test, fixtures, e2e, examples, samples, demos,
//                                      docs, doc, hack, .devcontainer; src/main/ exempt → `sealed`)
//   - src/workspace/profile.ts         isSampleGlob (same list, src/main/ exempt)
//   - src/ecosystems/index.ts          FIXTURE_SEGMENT (test, tests, __tests__, spec, fixture(s),
//                                      __fixtures__, testdata, test-data, test_data) → test
//   - src/checks/lockfile-out-of-sync  /(test|tests|fixtures?|testdata|__tests__)\// → test
//   - src/evidence/find.ts             SKIP_DIRS: fixtures/__fixtures__/testdata/test-fixtures → test;
//                                      bower_components, site-packages → vendored; .tox, .nox,
//                                      .mypy_cache, .pytest_cache, .cache, .next, .nuxt → generated
// Deliberate narrowing, kept conservative (a real blocker in runtime code must stay P0):
//   - `tasks.py` is tooling only at a project root (invoke); `app/tasks.py` is Celery, runtime.
//   - `snapshots/` is test data only below a test folder (as CASE_DIRS); `src/snapshots/` is a feature.
//   - below a source folder (src/, app/, lib/, components/, pages/), docs/, examples/, scripts/... name
//     features of the code (polar's src/components/docs); only test names still speak there (index.ts).
import type { ClassDecision, FileClass } from '../../model/repo-map.js';

/** Folder names of tests and test data (any depth). */
const TEST_DIRS = new Set([
  'test', 'tests', 'testing', '__tests__', '__mocks__', 'spec', 'specs', 'e2e', 'cypress', 'test_utils', 'testutils', 'test-utils',
  'integration-tests', 'integration_tests',
  // Test doubles: hydra's cmd/stub/ keys (copies of test/stub/'s), remark42's __stubs__/, msw's src/mocks/.
  'stub', 'stubs', '__stubs__', 'mocks',
]);
const DATA_DIRS = new Set(['fixtures', 'fixture', '__fixtures__', 'test-data', 'test_data', '__snapshots__', 'test-fixtures', 'test_fixtures']);
/**
 * Suite folders named for their kind of test: api_tests/, integration-tests/, e2e-tests/, load_test/,
 * smoke-specs/; and test data named for what it serves: headlamp_testdata/ (a Go test's kubeconfigs), api-fixtures/.
 */
const TEST_DIR_SUFFIX = /^[a-z0-9]+(?:[-_][a-z0-9]+)*[-_](?:tests?|e2e|specs?|testdata|fixtures?)$/i;
/**
 * ...and for what they hold: test_resources/, test-helpers/, tests_integration/ (authelia's keys and
 * configs for its tests), e2e-playwright/ (kafka-ui's end-to-end suite).
 */
const TEST_DIR_PREFIX = /^(?:tests?|e2e)[-_][a-z0-9]+(?:[-_][a-z0-9]+)*$/i;
/** .NET test projects: `Orders.Api.Tests/`, `Shop.UnitTests/`, `Web.IntegrationTests/`. */
const DOTNET_TEST_PROJECT = /^\w+(?:\.\w+)*\.(?:Unit|Integration|Functional|Acceptance|Component|E2E|Api|Architecture)?Tests?$/i;
const EXAMPLE_DIRS = new Set([
  'example', 'examples', 'sample', 'samples', 'demo', 'demos', 'workshop', 'workshops', 'training', 'trainings',
  'tutorial', 'tutorials', 'playground', 'playgrounds', 'cookbook', 'labs', 'exercises', 'katas',
]);
const DOCS_DIRS = new Set(['docs', 'doc', 'docs_src', 'docs-src', 'documentation']);
const TOOLING_DIRS = new Set(['scripts', 'script', 'tools', 'tooling', 'bench', 'benchmark', 'benchmarks', 'benches', 'hack', 'ci']);
const VENDORED_DIRS = new Set(['bower_components', 'jspm_packages', 'site-packages', 'Pods', 'Carthage']);
/** Hidden folders that tools fill with output (the rest of the hidden folders hold tool configuration). */
const GENERATED_HIDDEN = new Set([
  '.next', '.nuxt', '.svelte-kit', '.output', '.turbo', '.react-router', '.angular', '.docusaurus', '.vercel', '.netlify',
  '.serverless', '.parcel-cache', '.cache', '.tox', '.nox', '.mypy_cache', '.pytest_cache', '.ruff_cache', '.gradle', '.m2',
]);
const GENERATED_DIRS = new Set(['__generated__']);

/** The class a folder's own name gives it, or undefined. `top`: the folder is at the repository root. */
export function folderNameDecision(name: string, top: boolean): ClassDecision | undefined {
  if (name.startsWith('.')) {
    if (name === '.well-known' || name === '.' || name === '..') return undefined;
    if (GENERATED_HIDDEN.has(name)) return { class: 'generated', reason: `folder name '${name}/' (tool output)` };
    // A name says the same with a leading dot (`.examples/`, `.docs/`, `.tests/`): "hidden, so tool
    // configuration" is only the fallback, never a stricter class than the name gives.
    return byName(name.replace(/^\.+/, ''), name) ?? { class: 'tooling', reason: top ? `hidden top-level folder '${name}/' (tool configuration)` : `hidden folder '${name}/' (tool configuration)` };
  }
  // A leading underscore keeps the word's meaning (getsentry/self-hosted's `_integration-test/`, `_unit-test/`).
  return byName(name, name) ?? (name.startsWith('_') ? byName(name.replace(/^_+(?=[A-Za-z0-9])/, ''), name) : undefined);
}

/** A hidden folder that no name decides (`.aws/`, `.config/`): tool configuration only by default. */
export function isHiddenByDefault(name: string): boolean {
  return name.startsWith('.') && name !== '.well-known' && name !== '.' && name !== '..' && !GENERATED_HIDDEN.has(name) && byName(name.replace(/^\.+/, ''), name) === undefined;
}

/** The class a conventional folder name gives (`bare`: the name without a leading dot; `name`: as written, for the reason). */
function byName(bare: string, name: string): ClassDecision | undefined {
  if (bare === 'testdata') return { class: 'test', reason: `folder name '${name}/' (test data; the go tool ignores it)` };
  if (DATA_DIRS.has(bare)) return { class: 'test', reason: `folder name '${name}/' (test data)` };
  if (TEST_DIRS.has(bare) || TEST_DIR_SUFFIX.test(bare) || TEST_DIR_PREFIX.test(bare) || DOTNET_TEST_PROJECT.test(bare)) return { class: 'test', reason: `folder name '${name}/'` };
  if (EXAMPLE_DIRS.has(bare)) return { class: 'example', reason: `folder name '${name}/'` };
  if (DOCS_DIRS.has(bare)) return { class: 'docs', reason: `folder name '${name}/'` };
  if (TOOLING_DIRS.has(bare)) return { class: 'tooling', reason: `folder name '${name}/' (development scripts)` };
  if (VENDORED_DIRS.has(bare)) return { class: 'vendored', reason: `folder name '${name}/' (installed dependencies)` };
  if (GENERATED_DIRS.has(bare)) return { class: 'generated', reason: `folder name '${name}/'` };
  return undefined;
}

/** `src/main`, `src/test` (Maven/Gradle source sets): folder names below them are Java/Kotlin packages, not conventions. */
export function sealsNames(dir: string): boolean {
  return /(?:^|\/)src\/(?:main|test)$/.test(dir);
}

/**
 * Test files by name (`test_x.py`, `x_test.py`, `x_test.go`, `x.test.ts`, `x.spec.js`, `x.stories.tsx`, `x_spec.rb`,
 * `x.test-d.ts`: tsd's type tests, compiled by the checker, never run...).
 */
const TEST_FILE = /^(?:test_[^/]*\.pyi?|[^/]*_tests?\.(?:py|go|rb)|[^/]*_spec\.rb|[^/]*\.(?:test|spec|e2e-spec|e2e|stories|story|test-d)\.[cm]?[jt]sx?|conftest\.py|tests\.py)$/;
/** Container and compose files for tests and CI (`Dockerfile.test`, `ci.Dockerfile`, `docker-compose.e2e.yml`). */
const TEST_CONTAINER = /^(?:(?:Dockerfile|Containerfile)[.-](?:test|tests|ci|e2e|it|integration)|(?:test|tests|ci|e2e|integration)\.(?:Dockerfile|Containerfile)|(?:docker-)?compose[.-](?:test|tests|ci|e2e|it|integration)\.ya?ml)$/i;
const DEV_CONTAINER = /^(?:(?:Dockerfile|Containerfile)[.-](?:dev|local|devcontainer)|(?:dev|local)\.(?:Dockerfile|Containerfile)|(?:docker-)?compose[.-](?:dev|local|override)\.ya?ml)$/i;
/** Build, test and lint tool configuration, test set-up files. */
const TOOLING_FILE =
  /^(?:noxfile\.py|fabfile\.py|setup\.py|(?:vitest|vite|jest|karma|playwright|cypress|webpack|rollup|babel|eslint|prettier|tsup|esbuild|commitlint|lint-staged|stylelint|postcss|tailwind|next|nuxt|svelte|astro|gulpfile|gruntfile|Gulpfile|Gruntfile)(?:\.[\w-]+)*\.[cm]?[jt]sx?|[^/]*\.config\.[cm]?[jt]sx?|\.eslintrc(?:\.[\w]+)?|\.prettierrc(?:\.[\w]+)?|\.babelrc(?:\.[\w]+)?|(?:setup[-_]?(?:[Tt]ests?|[Jj]est|[Vv]itest)|(?:jest|vitest|tests?)[-_][Ss]etup)\.[cm]?[jt]sx?|(?:ts|js)config(?:\.[\w-]+)*\.json|Makefile|GNUmakefile|[Jj]ustfile|Taskfile\.ya?ml|\.pre-commit-config\.ya?ml|renovate\.json5?|\.editorconfig|mkdocs\.ya?ml)$/;
const DOCS_FILE = /^[^/]*\.(?:md|markdown|rst|adoc|asciidoc)$/i;
/**
 * Files to copy and fill in (`.env.example`, `config.sample.yml`, `config-example.env`, `phpunit.xml.dist`): no loader reads
 * them under that name, so they are examples of configuration. (Not `*.tmpl`/`*.template`: Go and
 * Angular load their templates at run time.)
 */
const TEMPLATE_FILE = /^[^/]*\.(?:example|sample)(?:\.[\w-]+)?$|^[^/]*\.dist$|^(?:[^/]*[._-])?(?:example|sample)\.(?:env|ya?ml|json|toml|ini|conf|cfg|properties)$/i;
/** Upper case only: public/.well-known/security.txt is served, SECURITY.txt is read. */
const DOCS_NAME = /^(?:README|CHANGELOG|CHANGES|HISTORY|LICENSE|LICENCE|NOTICE|AUTHORS|CONTRIBUTORS|CONTRIBUTING|CODE_OF_CONDUCT|SECURITY|COPYING)(?:\.[\w-]+)?$/;

/** The class a file's own name gives it, or undefined. */
export function fileNameDecision(path: string): ClassDecision | undefined {
  const slash = path.lastIndexOf('/');
  const base = path.slice(slash + 1);
  if (TEST_FILE.test(base)) return { class: 'test', reason: `file name '${base}' (test file)` };
  if (TEST_CONTAINER.test(base)) return { class: 'test', reason: `file name '${base}' (containers for tests or CI)` };
  if (DEV_CONTAINER.test(base)) return { class: 'tooling', reason: `file name '${base}' (local development containers)` };
  if (TOOLING_FILE.test(base)) return { class: 'tooling', reason: `file name '${base}' (tool configuration)` };
  // invoke's tasks.py sits at the project root; app/tasks.py is Celery's, and runs in production.
  if (base === 'tasks.py' && slash < 0) return { class: 'tooling', reason: "file name 'tasks.py' at the root (invoke tasks)" };
  if (TEMPLATE_FILE.test(base)) return { class: 'example', reason: `file name '${base}' (a template to copy and fill in)` };
  if (DOCS_FILE.test(base) || DOCS_NAME.test(base)) return { class: 'docs', reason: `file name '${base}' (documentation)` };
  return undefined;
}

export const TEST_TOKEN = /(?:^|[^a-z])(?:tests?|specs?|e2e|__tests__|integration|fixtures?|testdata)(?:[^a-z]|$)/i;

export function isRuntimeLike(c: FileClass): boolean {
  return c === 'runtime' || c === 'tooling';
}

/** Below a test folder, these hold input files of the tool under test (biome's tests/specs/...). */
const CASE_DIRS = new Set(['specs', 'spec', 'cases', 'samples', 'inputs', 'input', 'data', 'ok', 'error', 'errors', 'valid', 'invalid', 'suppression', 'snapshots']);

/**
 * Test data rather than test code: files a tool under test reads as input (fixtures, snapshots,
 * linter cases). They are of class `test` like the tests, but their imports never run at all, so the
 * import rules do not read them (a broken import in a linter's test case is the point of the case).
 */
export function isTestDataPath(path: string): boolean {
  const parts = path.split('/');
  let inTests = false;
  for (let i = 0; i < parts.length - 1; i++) {
    const p = parts[i]!;
    if (DATA_DIRS.has(p) || p === 'testdata' || (inTests && CASE_DIRS.has(p))) return true;
    if (TEST_DIRS.has(p)) inTests = true;
  }
  return false;
}

/** A folder of test data by its name (fixtures/, testdata/, __snapshots__/...): what a tool under test reads. */
export function isTestDataFolder(name: string): boolean {
  return name === 'testdata' || DATA_DIRS.has(name);
}
