import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Node resolves `graphql` (no "exports" field) to its CommonJS build, and so do the
// libraries Vitest leaves to Node (type-graphql, Apollo Server). Vite would pick the ESM
// build for our own files: two copies of graphql-js, "from another module or realm".
const graphqlEntry = createRequire(new URL('./api/package.json', import.meta.url)).resolve('graphql');

/**
 * One run, two projects:
 * - unit: pure code next to its source, no database;
 * - system: API integration tests (api/test) and browser journeys (test/e2e) against one
 *   embedded PostgreSQL cluster started by the global setup, a database per test file.
 */
export default defineConfig({
  resolve: {
    alias: [{ find: /^graphql$/, replacement: graphqlEntry }],
  },
  test: {
    // type-graphql and MikroORM decorators read the Reflect metadata API.
    setupFiles: ['api/test/support/reflect-metadata.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['packages/*/src/**/*.test.ts', 'api/src/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'system',
          include: ['api/test/**/*.int.test.ts', 'test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['api/test/support/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // A browser on a loaded 2-core machine can take seconds to paint: polls wait up to 30 s (default 1 s).
          expect: { poll: { timeout: 30_000 } },
          // Runs after the unit project; two cores: files run in parallel, each on its own database.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
