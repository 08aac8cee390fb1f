import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fixture repositories may hold their own test files: they are scanned, not run.
    exclude: ['test/fixtures/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // GitHub's workflow parser imports its JSON schemas without import attributes (written for a
    // bundler): vite loads it instead of Node.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
