/**
 * Vitest globalSetup of the `integration` project (runs once, in the main vitest process, only
 * when integration test files are part of the run): starts DynamoDB Local (-inMemory), the local
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
     */
    runDirectory: string;
  }
}

const newRunDirectory = () => mkdtempSync(path.join(tmpdir(), 'lingang-run-'));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  const workers = Math.max(1, Number(project.config.maxWorkers ?? 1));
  // npm start's quick start (C1 only): a run's few minutes never pay back C2's compiling, a quarter of the JVM's
  // CPU in the model test (JFR); model test, same seed: JVM CPU per interleaving 83-94 -> 72-76 ms, start 5.5 -> 3 s CPU.
  const dynamos = Array.from({ length: workers }, () => startDynamoDbLocal());
  const results = await Promise.allSettled([startSqsLocal(), startEventBridgeLocal(), ...dynamos]);
  const stops = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.stop] : []));
  let runDirectory = newRunDirectory();
  const removeRunDirectory = () => rmSync(runDirectory, { recursive: true, force: true });
  const teardown = async () => {
    removeRunDirectory();
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
    project.provide('localAws', {
      region: LOCAL_REGION,
      endpoints,
      dynamodbByWorker,
      awsEnv,
      shared,
      sharedEnv: functionEnvironment(shared),
      startupMs,
    });
    project.provide('runDirectory', runDirectory);
    project.onTestsRerun(() => {
      removeRunDirectory();
      runDirectory = newRunDirectory();
      project.provide('runDirectory', runDirectory);
    });
    if (process.env.LOCAL_AWS_VERBOSE) console.log(`[integration] local AWS ready in ${startupMs} ms`, endpoints);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
