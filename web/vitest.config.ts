import { defineConfig } from 'vitest/config';

// Runs the web unit tests on their own (`pnpm --filter @mda/web test`). The root
// vitest.config.ts picks up the same files (web/src/**/*.test.{ts,tsx}) in its `unit` project.
export default defineConfig({
  test: {
    name: 'web',
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
