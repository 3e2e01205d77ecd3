import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Three projects:
 * - `unit`: everything under test/ except test/integration/** and test/e2e/**; no emulators.
 * - `integration`: test/integration/**. Its globalSetup starts DynamoDB Local, the local SQS
 *   server and the local EventBridge endpoint once (only when integration files are in the run);
 *   its setupFile gives every test file its own prefixed tables/queues/bus and the matching
 *   process.env before the file's imports, so files are isolated and may run in parallel.
 * - `e2e`: test/e2e/**: starts `npm start` itself as a child process (own port and state dir).
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
          // Payout runs against DynamoDB Local take tens of seconds on 2 cores, more under load.
          testTimeout: 180_000,
          globalSetup: ['test/integration/setup/global-setup.ts'],
          setupFiles: ['test/integration/setup/env.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // The whole local system as a child process (npm start), twice: generous limits.
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
