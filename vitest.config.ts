import { defineConfig } from 'vitest/config';

/**
 * One run, two projects:
 * - unit: pure code next to its source, no database;
 * - system: API integration tests (api/test) and browser journeys (test/e2e) against one
 *   embedded PostgreSQL cluster started by the global setup, a database per test file.
 */
export default defineConfig({
  test: {
    // type-graphql and MikroORM decorators read the Reflect metadata API.
    setupFiles: ['test/support/reflect-metadata.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'api/src/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'system',
          include: ['api/test/**/*.int.test.ts', 'test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two cores: files run in parallel, each on its own database.
          maxWorkers: 2,
        },
      },
    ],
  },
});
