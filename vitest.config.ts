import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Two projects:
 * - `unit`: everything under test/ except test/integration/** and test/e2e/**; no emulators.
 * - `integration`: test/integration/**. Its globalSetup starts DynamoDB Local, the local SQS
 *   server and the local EventBridge endpoint once (only when integration files are in the run);
 *   its setupFile gives every test file its own prefixed tables/queues/bus and the matching
 *   process.env before the file's imports, so files are isolated and may run in parallel.
 * `vitest run --project unit` skips the emulators entirely.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/integration/**', 'test/e2e/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/integration/setup/global-setup.ts'],
          setupFiles: ['test/integration/setup/env.ts'],
        },
      },
    ],
  },
});
