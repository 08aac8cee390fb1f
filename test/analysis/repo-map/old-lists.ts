// The private folder lists the checks kept before the repository map (issue 11), frozen here as test
// data: the map must classify every path they flagged as something other than runtime.
const TEST_DIRS = new Set(['test', 'tests', 'testing', '__tests__', '__mocks__', 'spec', 'specs', 'e2e', 'fixtures', 'testdata', 'test_utils', 'testutils']);

/** File names of tests (`test_x.py`, `x_test.py`, `x_test.go`, `x.test.ts`, `x.spec.js`...). */
const TEST_FILE = /(?:^test_[^/]*\.pyi?$|_tests?\.(?:py|go)$|\.(?:test|spec|e2e-spec|stories)\.[cm]?[jt]sx?$)/;

/** Development tooling configuration: run by developers and CI, never shipped (test set-up files: setupTests.ts, setup-jest.ts, jest-setup.js...). */
const TOOLING_FILE =
  /^(?:conftest\.py|noxfile\.py|tasks\.py|fabfile\.py|setup\.py|(?:vitest|vite|jest|karma|playwright|cypress|webpack|rollup|babel|eslint|prettier|tsup|esbuild|commitlint|lint-staged|stylelint|postcss|tailwind|next|nuxt|svelte|astro|gulpfile|gruntfile|Gulpfile|Gruntfile)(?:\.[\w-]+)*\.[cm]?[jt]sx?|\.eslintrc\.[cm]?js|\.prettierrc\.[cm]?js|(?:setup[-_]?(?:[Tt]ests?|[Jj]est|[Vv]itest)|(?:jest|vitest|tests?)[-_][Ss]etup)\.[cm]?[jt]sx?)$/;

/** Folders of development scripts, docs and examples: their imports are not the service's runtime. */
const DEV_DIRS = new Set(['scripts', 'script', 'tools', 'benchmarks', 'bench', 'docs', 'docs_src', 'examples', 'example', 'samples']);

export function isTestCode(path: string): boolean {
  const parts = path.split('/');
  const base = parts[parts.length - 1]!;
  // `*.config.ts`, `*.config.mjs`...: the configuration of some build or dev tool, by convention.
  if (TEST_FILE.test(base) || TOOLING_FILE.test(base) || /\.config\.[cm]?[jt]sx?$/.test(base)) return true;
  for (let i = 0; i < parts.length - 1; i++) {
    const p = parts[i]!;
    // Hidden folders (.github, .semgrep, .circleci...) hold tooling and its fixtures, never the service.
    if (TEST_DIRS.has(p) || DEV_DIRS.has(p) || p.startsWith('.') || TEST_DIR_SUFFIX.test(p)) return true;
  }
  return false;
}

/** Suite folders named for their kind of test: api_tests/, integration-tests/, e2e-tests/, load_test/, smoke-specs/. */
const TEST_DIR_SUFFIX = /^[a-z0-9]+(?:[-_][a-z0-9]+)*[-_](?:tests?|e2e|specs?)$/i;

/** Folders of inputs that tests read as data (fixtures, snapshots, linter cases): never run as code. */
const DATA_DIRS = new Set(['fixtures', 'fixture', '__fixtures__', 'testdata', 'test-data', 'test_data', '__snapshots__', 'snapshots', 'test-fixtures']);
/** Below a test folder, these hold input files of the tool under test (biome's tests/specs/...). */
const CASE_DIRS = new Set(['specs', 'spec', 'cases', 'samples', 'inputs', 'input', 'data', 'ok', 'error', 'errors', 'valid', 'invalid', 'suppression']);

/** Test data rather than test code: its imports are what a tool under test reads, not what runs. */
export function isTestData(path: string): boolean {
  const parts = path.split('/');
  let inTests = false;
  for (let i = 0; i < parts.length - 1; i++) {
    const p = parts[i]!;
    if (DATA_DIRS.has(p) || (inTests && CASE_DIRS.has(p))) return true;
    if (TEST_DIRS.has(p)) inTests = true;
  }
  return false;
}

export function isSamplePath(path: string): boolean {
  if (/(^|\/)src\/main\//.test(path)) return false;
  return /(^|\/)(test|tests|testdata|test-data|fixtures|__tests__|e2e|example|examples|sample|samples|demo|demos|docs|doc|hack|\.devcontainer)\//.test(path);
}

export function isFixturePath(path: string): boolean {
  return /(?:^|\/)(?:test|tests|__tests__|spec|fixtures?|__fixtures__|testdata|test-data|test_data)\//.test(path);
}
