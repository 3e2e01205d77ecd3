import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Tests are organised by subject (test/<subject>/); the projects group the subjects by what
 * they need to run:
 * - `unit`: subjects that need no emulator (policy, i18n, store, infra, local, schemas). Its files
 *   are not isolated from each other: a worker imports aws-cdk-lib, the infra code and the
 *   policy library once for all the files it runs, and the CDK tests share each stage they only
 *   read (`sharedStage` in test/infra/synth.ts). No unit file mocks a module or leaves a global
 *   changed, but test/local/sqs-local.test.ts: it patches the local SQS library's queue class,
 *   exactly as startSqsLocal does for every other file that runs the local SQS.
 * - `integration`: the subjects exercised against the emulators (api, write-path, payout,
 *   documents, sweeper, statistics) and the harness itself. Its globalSetup starts DynamoDB Local once
 *   (only when such files are in the run; it checks the resource definitions against it and a local SQS
 *   of its own); its setupFiles give every test file the worker's environment
 *   as it started, its own evaluation of the repository's modules, its own local SQS server and bus in
 *   the worker, its own prefixed tables/queues/bus and the matching process.env before the
 *   file's imports, so files are isolated and may run in parallel, while a worker imports the packages
 *   (the AWS SDK above all) once for all its files. The pure tests of these subjects run here too,
 *   beside their subject, and ignore the emulators.
 * - `model`: the model test (test/model/), on the same DynamoDB Locals, each file in a worker of its own.
 * - `e2e`: test/system/**: starts `npm start` itself as a child process (own port and state dir).
 * `vitest run --project unit` (`npm run test:unit`) skips the emulators entirely.
 *
 * All projects share one pool of workers. Most integration files wait on the emulators rather
 * than compute, so the pool is larger than vitest's default (cores - 1, a single worker on two
 * cores, which ran every file one after the other), and the longest files start first: on a fresh
 * clone vitest has no durations cached and would start them last, so that the run ended a whole
 * model test after everything else.
 */
const EMULATOR_SUBJECTS = [
  'api',
  'write-path',
  'model',
  'payout',
  'documents',
  'sweeper',
  'statistics',
  'simulation',
  'exports',
].map((subject) => `test/${subject}/**/*.test.ts`);
const EMULATOR_TESTS = [...EMULATOR_SUBJECTS, 'test/local/harness.test.ts', 'test/local/dynamodb-launcher.test.ts'];
const SYSTEM_TESTS = ['test/system/**/*.test.ts'];
const MODEL_TESTS = ['test/model/**/*.test.ts'];
/** What the `integration` and `model` projects share: the emulators, started once for both, and each file's resources. */
const INTEGRATION = {
  // Payout runs against DynamoDB Local take tens of seconds on 2 cores, more under load.
  testTimeout: 180_000,
  globalSetup: ['test/support/emulators/global-setup.ts'],
  setupFiles: ['test/support/emulators/fresh-modules.ts', 'test/support/emulators/env.ts'],
  // A larger young generation for workers that keep many requests in flight (the model test's 1,000
  // scenarios at once): half the scavenges, ~6% less worker CPU on 500 interleavings (same seed, same work).
  execArgv: ['--max-semi-space-size=64'],
};
/**
 * Known to take longest, longest first: on a fresh clone (no durations cached) an unlisted long file starts in its
 * project's turn, by its size, and ends the run alone. Ranked by the default reporter's per-file figure, which counts
 * the file's hooks (the JSON report's startTime/endTime leave out a beforeAll's synth or server start): a quiet run's
 * where there is one, else a whole run's under load scaled by payout-run's (measured 2026-12-07, issue 23 item 3;
 * dynamodb-launcher since its write-ahead log and class-data cases: 77 s in a quiet fresh-clone run).
 */
const LONGEST_FIRST = [
  'test/model/',
  'test/system/crash-recovery',
  'test/local/dynamodb-launcher',
  'test/api/authorization-matrix',
  'test/system/local-system',
  'test/payout/payout-run',
  'test/infra/bundles',
  // Idle 6 s of its 7 (keep-alive connections held open): started early, beside the CPU-heavy unit files, not last.
  'test/local/idle-connections',
  'test/api/hostile-input',
  'test/system/integrator',
  'test/policy/cli',
  // Its workload is generated as the file is collected (~5 s of CPU): last, it ended fresh-clone runs alone (4 s).
  'test/store/hot-keys',
  'test/sweeper/unsent-jobs',
  'test/exports/exports',
  'test/infra/nag',
  'test/simulation/simulation',
  'test/write-path/appeals',
  'test/infra/',
  'test/documents/documents',
  'test/local/harness',
  'test/local/drift',
];

/**
 * Projects one after another, longest first within each: a worker of a project whose files share it (unit,
 * integration) goes on to the next file only when that file is of the same project; otherwise vitest ends it, and
 * the next file of the project imports everything again.
 */
const PROJECT_ORDER = ['model', 'e2e', 'integration', 'unit'];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const found = LONGEST_FIRST.findIndex((prefix) => file.moduleId.includes(`/${prefix}`));
      return found === -1 ? LONGEST_FIRST.length : found;
    };
    const order = (file: TestSpecification) => PROJECT_ORDER.indexOf(file.project.name);
    return (await super.sort(files)).sort((a, b) => order(a) - order(b) || rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    env: {
      // Node 20: the AWS SDK's notice that its 2027 releases need Node 22 (infra/local/node-support.ts), once per worker, is noise here.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      // As the local runtime does (infra/local/tracing-off.ts): outside Lambda nothing is traced, yet X-Ray's SDK in
      // automatic mode hooks every promise of the worker (~9% of the model test's CPU).
      AWS_XRAY_MANUAL_MODE: 'true',
    },
    maxWorkers: Math.max(2, availableParallelism()),
    sequence: { sequencer: LongestFirst },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // GitHub's workflow parser imports its JSON schemas without an import attribute, which Node
    // refuses: Vite's own transform loads them (test/ci/workflows.test.ts).
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          isolate: false,
          exclude: [...configDefaults.exclude, ...EMULATOR_TESTS, ...SYSTEM_TESTS],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: EMULATOR_TESTS,
          exclude: [...configDefaults.exclude, ...MODEL_TESTS],
          // Its files share their worker: the SDK and the other packages are imported once a worker, not once a file
          // (each file still gets its own environment, modules and resources: test/support/emulators/fresh-modules.ts).
          isolate: false,
          ...INTEGRATION,
        },
      },
      {
        extends: true,
        // The model test mocks node:crypto, node:timers/promises and the Lambda context for its lanes: a worker of its own.
        test: { name: 'model', include: MODEL_TESTS, ...INTEGRATION },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: SYSTEM_TESTS,
          // The whole local system as a child process (npm start), twice: generous limits.
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
