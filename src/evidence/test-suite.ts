// "The project has a test suite" (RULES.md test-reports-missing): test folders and files of the
// usual conventions, code files only (a tests/ folder of fixtures alone is not a suite).
import { globMatcher } from '../workspace/glob.js';

const TEST_FILES = [
  '**/test_*.py',
  '**/*_test.py',
  '**/tests/**/*.py',
  '**/*_test.go',
  '**/*.{test,spec}.{js,jsx,ts,tsx,mjs,cjs,mts,cts}',
  '**/__tests__/**/*.{js,jsx,ts,tsx,mjs,cjs}',
  '**/src/test/**/*.{java,kt,scala,groovy}',
  '**/*{Test,Tests,IT}.{java,kt,cs}',
  '**/tests/**/*Test.php',
  '**/spec/**/*_spec.rb',
  // Minitest (Rails' default), ExUnit, Dart/Flutter: files named for the runner under test/.
  '**/test/**/*_test.rb',
  '**/test/**/*_test.exs',
  '**/test/**/*_test.dart',
  '**/tests/**/*.rs',
];
const isTestFile = globMatcher(TEST_FILES, { dot: false });

/** The first test file of the tree (an example for messages), or undefined when it has none. */
export function firstTestFile(files: readonly string[]): string | undefined {
  return files.find((f) => isTestFile(f));
}
