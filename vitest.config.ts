import { dirname, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { yamlDataModule } from './scripts/yaml-data.mjs';

export default defineConfig({
  // `?data` imports, as scripts/bundle.mjs builds them.
  plugins: [
    {
      name: 'yaml-data',
      enforce: 'pre',
      resolveId: (id: string, importer?: string) => (id.endsWith('?data') && importer ? `${resolve(dirname(importer), id.slice(0, -5))}?data` : undefined),
      load: (id: string) => (id.endsWith('?data') ? yamlDataModule(id.slice(0, -5)) : undefined),
    },
  ],
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
