/**
 * Vitest globalSetup of the `integration` and `model` projects (runs once, in the main vitest process, only
 * when their test files are part of the run): starts DynamoDB Local (-inMemory), the local
 * SQS server and the local EventBridge endpoint on free ports, creates the shared (unprefixed)
 * tables and queues once as a fail-fast check of shared/contract/resources.ts, and provides everything to
 * the test workers as `inject('localAws')`. test/support/emulators/env.ts (a setupFile) turns
 * that into process.env and per-file resources. Teardown stops all three; no JVM survives.
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
import { startEventBridgeLocal, type EventBridgeLocal } from '../../../infra/local/eventbridge-local.js';
import {
  LOCAL_REGION,
  awsEnvironment,
  createResources,
  functionEnvironment,
  type LocalResources,
} from '../../../infra/local/provision.js';
import { startSqsLocal, type SqsLocal } from '../../../infra/local/sqs-local.js';

export interface LocalAwsContext {
  region: string;
  endpoints: { dynamodb: string; sqs: string; eventbridge: string };
  /** One DynamoDB Local per worker (VITEST_POOL_ID 1..n): files that run at once never share one. */
  dynamodbByWorker: string[];
  /** AWS_REGION, dummy credentials, AWS_ENDPOINT_URL_DYNAMODB/SQS/EVENTBRIDGE. */
  awsEnv: Record<string, string>;
  /** The unprefixed resource set created here (shared by every file that uses it). */
  shared: LocalResources;
  /** The shared set as function environment (TABLE_NAME, ...). */
  sharedEnv: Record<string, string>;
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
  const results = await Promise.allSettled([startSqsLocal(), startEventBridgeLocal(), ...dynamos]);
  const stops = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.stop] : []));
  const teardown = async () => {
    await Promise.allSettled(stops.map((stop) => stop()));
  };
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) {
    await teardown();
    throw failure.reason;
  }
  const [sqs, eventbridge, ...pooled] = results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as [
    SqsLocal,
    EventBridgeLocal,
    ...DynamoDbLocal[],
  ];
  const dynamo = pooled[0]!;

  try {
    const endpoints = { dynamodb: dynamo.endpoint, sqs: sqs.endpoint, eventbridge: eventbridge.endpoint };
    const awsEnv = awsEnvironment(endpoints, LOCAL_REGION);
    const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
    const dynamodbClient = new DynamoDBClient({ region: LOCAL_REGION, endpoint: endpoints.dynamodb, credentials });
    const sqsClient = new SQSClient({ region: LOCAL_REGION, endpoint: endpoints.sqs, credentials });
    const shared = await createResources({ dynamodb: dynamodbClient, sqs: sqsClient });
    dynamodbClient.destroy();
    sqsClient.destroy();
    const startupMs = Math.round(performance.now() - started);
    const dynamodbByWorker = pooled.map((local) => local.endpoint);
    if (process.env.LOCAL_AWS_VERBOSE) console.log(`[integration] local AWS ready in ${startupMs} ms`, endpoints);
    const context = {
      region: LOCAL_REGION,
      endpoints,
      dynamodbByWorker,
      awsEnv,
      shared,
      sharedEnv: functionEnvironment(shared),
      startupMs,
    };
    return { context, stop: teardown };
  } catch (error) {
    await teardown();
    throw error;
  }
}
