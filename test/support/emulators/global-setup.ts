/**
 * Vitest globalSetup of the `integration` and `model` projects (runs once, in the main vitest process, only
 * when their test files are part of the run): starts one DynamoDB Local (-inMemory) per worker, creates the
 * shared (unprefixed) tables and queues once as a fail-fast check of shared/contract/resources.ts (the queues
 * on a local SQS server started for that check alone: every file runs its own local SQS and bus in its worker),
 * and provides the DynamoDB Locals to the test workers as `inject('localAws')`. test/support/emulators/env.ts
 * (a setupFile) turns that into process.env and per-file resources. Teardown stops them; no JVM survives.
 *
 * No PID file here: several vitest runs may share a machine, and a shared PID file would let one
 * run kill another's JVM. Orphans are still prevented by the exit hooks and the watchdog.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../../infra/local/dynamodb-local.js';
import { LOCAL_REGION, createResources } from '../../../infra/local/provision.js';
import { startSqsLocal, type SqsLocal } from '../../../infra/local/sqs-local.js';

export interface LocalAwsContext {
  region: string;
  /** One DynamoDB Local per worker (VITEST_POOL_ID 1..n): files that run at once never share one. */
  dynamodbByWorker: string[];
  /** How long the emulators took to become ready, ms. */
  startupMs: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    localAws: LocalAwsContext;
    /**
     * A directory of this test run's own, random, for what files running at once leave each other (the model
     * test's halves); removed at teardown, and replaced by a fresh one when watch mode runs the tests again.
     * One a project: files that meet there run in the same project.
     */
    runDirectory: string;
  }
}

const newRunDirectory = () => mkdtempSync(path.join(tmpdir(), 'lingang-run-'));

interface Emulators {
  context: LocalAwsContext;
  stop: () => Promise<void>;
}
/**
 * The emulators of this vitest process, started by the first project whose files run and stopped with the last:
 * the `integration` and `model` projects both name this globalSetup and share one set.
 */
const sharedKey = Symbol.for('lingang.test.localAws');
const processWide = globalThis as { [sharedKey]?: { emulators: Promise<Emulators>; users: number } };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const workers = Math.max(1, Number(project.config.maxWorkers ?? 1));
  const state = (processWide[sharedKey] ??= { emulators: startEmulators(workers), users: 0 });
  state.users++;
  let emulators: Emulators;
  try {
    emulators = await state.emulators;
  } catch (error) {
    delete processWide[sharedKey];
    throw error;
  }
  project.provide('localAws', emulators.context);
  let runDirectory = newRunDirectory();
  const removeRunDirectory = () => rmSync(runDirectory, { recursive: true, force: true });
  project.provide('runDirectory', runDirectory);
  project.onTestsRerun(() => {
    removeRunDirectory();
    runDirectory = newRunDirectory();
    project.provide('runDirectory', runDirectory);
  });
  return async () => {
    removeRunDirectory();
    if (--state.users > 0) return;
    delete processWide[sharedKey];
    await emulators.stop();
  };
}

async function startEmulators(workers: number): Promise<Emulators> {
  const started = performance.now();
  // npm start's quick start (C1 only): a run's few minutes never pay back C2's compiling, a quarter of the JVM's
  // CPU in the model test (JFR); model test, same seed: JVM CPU per interleaving 83-94 -> 72-76 ms, start 5.5 -> 3 s CPU.
  // On a fresh clone the class-data archive is made beside them, not before them (the run's first ~8 s).
  const dynamos = Array.from({ length: workers }, () => startDynamoDbLocal({ archiveAside: true }));
  const results = await Promise.allSettled([startSqsLocal(), ...dynamos]);
  const [sqs, ...pooled] = results.map((r) => (r.status === 'fulfilled' ? r.value : undefined)) as [
    SqsLocal | undefined,
    ...(DynamoDbLocal | undefined)[],
  ];
  // Stopping twice is harmless: the check's SQS stops as soon as it is done.
  const teardown = async () => {
    await Promise.allSettled([sqs, ...pooled].flatMap((local) => (local ? [local.stop()] : [])));
  };
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) {
    await teardown();
    throw failure.reason;
  }

  try {
    const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
    const dynamodbClient = new DynamoDBClient({ region: LOCAL_REGION, endpoint: pooled[0]!.endpoint, credentials });
    const sqsClient = new SQSClient({ region: LOCAL_REGION, endpoint: sqs!.endpoint, credentials });
    await createResources({ dynamodb: dynamodbClient, sqs: sqsClient });
    dynamodbClient.destroy();
    sqsClient.destroy();
    await sqs!.stop();
    const startupMs = Math.round(performance.now() - started);
    const dynamodbByWorker = pooled.map((local) => local!.endpoint);
    if (process.env.LOCAL_AWS_VERBOSE)
      console.log(`[integration] local AWS ready in ${startupMs} ms`, dynamodbByWorker);
    return { context: { region: LOCAL_REGION, dynamodbByWorker, startupMs }, stop: teardown };
  } catch (error) {
    await teardown();
    throw error;
  }
}
