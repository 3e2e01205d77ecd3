/**
 * setupFile of the `integration` project: runs in the worker BEFORE each integration test file's
 * own imports, so handler modules that create SDK clients / read TABLE_NAME at module scope see
 * the local environment.
 *
 * For every test file it:
 *   1. starts its own local SQS server and bus in the worker, and applies AWS_REGION, dummy
 *      credentials and AWS_ENDPOINT_URL_DYNAMODB (the worker's DynamoDB Local)/SQS/EVENTBRIDGE;
 *   2. creates a fresh, uniquely prefixed set of tables, queues (with DLQs) and an event bus
 *      name, and applies TABLE_NAME, IDEMPOTENCY_TABLE_NAME, EVALUATION_QUEUE_URL,
 *      PAYOUT_QUEUE_URL, EVENT_BUS_NAME.
 *   3. points AWS_ENDPOINT_URL_S3 at a port of its own, where `localS3()` starts the file's local
 *      S3 server with its bucket on first use (only the document tests pay for it).
 * So test files are isolated from each other and may run in parallel. Within one file, tests
 * share that file's resources (use distinct ids, or `createIsolatedResources()` + dynamic import).
 *
 * In a test file:
 *   import { localAws, publishedEvents } from '../support/emulators/env.js';  // optional helpers (from test/<subject>/)
 *   import { handler } from '../../functions/x/handler.js';          // already sees the env
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DynamoDBRecord, S3Event } from 'aws-lambda';
import { afterAll, expect, inject } from 'vitest';
import { forEmulators } from '../../../infra/local/emulator-signing.js';
import { startEventBridgeLocal, type EventFilter, type LocalEvent } from '../../../infra/local/eventbridge-local.js';
import { sendInProcess } from '../../../infra/local/in-process-http.js';
import { freePort, LOCAL_HOST } from '../../../infra/local/ports.js';
import {
  awsEnvironment,
  createBuckets,
  createResources,
  functionEnvironment,
  type LocalResources,
  type TableOptions,
} from '../../../infra/local/provision.js';
import { startS3Local, type S3Local } from '../../../infra/local/s3-local.js';
import { startSqsLocal } from '../../../infra/local/sqs-local.js';
import { DOCUMENT_BUCKET, EVALUATION_QUEUE, MAIN_TABLE, STATISTICS_TABLE } from '../../../shared/contract/resources.js';
import { StreamReader, type StreamLambda, type StreamReaderOptions } from '../../../infra/local/stream-reader.js';

const context = inject('localAws');
if (!context)
  throw new Error(
    'inject("localAws") is empty: integration tests must run in the vitest "integration" project (its globalSetup starts the emulators)',
  );

/**
 * The file's own local SQS server and bus, in its worker, which its clients and the handlers' reach in memory (as
 * npm start's handlers reach npm start's: infra/local/in-process-http.ts), not over loopback HTTP to servers shared
 * in the main vitest process: each request cost the worker's HTTP client and the main process's HTTP server more
 * CPU than the queue's or the bus's own work.
 */
const workerQueues = await Promise.all([startSqsLocal(), startEventBridgeLocal()]).then(([sqs, bus]) => ({
  sqs,
  bus,
  servers: { [sqs.port]: sqs.server, [bus.port]: bus.server },
}));
afterAll(() => Promise.all([workerQueues.sqs.stop(), workerQueues.bus.stop()]));

/** `client` (an SQS or EventBridge client of the file's endpoints) reaches the worker's own servers in memory. */
export function toWorkerQueues(client: Parameters<typeof sendInProcess>[0]): void {
  sendInProcess(client, workerQueues.servers);
}

// This worker's own DynamoDB Local (./global-setup.ts).
const worker = Number(process.env.VITEST_POOL_ID ?? 1);
const endpoints = {
  sqs: workerQueues.sqs.endpoint,
  eventbridge: workerQueues.bus.endpoint,
  dynamodb: context.dynamodbByWorker[(worker - 1) % context.dynamodbByWorker.length]!,
};
const awsEnv = awsEnvironment(endpoints, context.region);
const s3Endpoint = `http://${LOCAL_HOST}:${await freePort()}`;
Object.assign(process.env, awsEnv, { AWS_ENDPOINT_URL_S3: s3Endpoint });

/** SDK clients pointed at the emulators (create your own in tests; handlers create theirs); the local S3's signs its requests, the others need not (infra/local/emulator-signing.ts). */
export function makeClients() {
  const config = { region: context.region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
  const dynamodb = new DynamoDBClient({ ...config, endpoint: endpoints.dynamodb });
  const sqs = new SQSClient({ ...config, endpoint: endpoints.sqs });
  const eventbridge = new EventBridgeClient({ ...config, endpoint: endpoints.eventbridge });
  for (const client of [dynamodb, sqs, eventbridge]) forEmulators(client);
  for (const client of [sqs, eventbridge]) toWorkerQueues(client);
  return {
    dynamodb,
    doc: DynamoDBDocumentClient.from(dynamodb, { marshallOptions: { removeUndefinedValues: true } }),
    sqs,
    eventbridge,
    // Not `s3`: createResources(makeClients()) must not create buckets on a server not started yet.
    s3Client: new S3Client({ ...config, endpoint: s3Endpoint, forcePathStyle: true }),
  };
}

/** A unique resource prefix like `harness-m3x9k2a1-` (file name + random, valid for tables and queues). */
export function uniquePrefix(label?: string): string {
  const base = (label ?? path.basename(expect.getState().testPath ?? 'test'))
    .replace(/\.(test|spec)\.[cm]?[jt]s$/, '')
    .replace(/[^A-Za-z0-9_-]/g, '-')
    .slice(0, 20);
  return `${base}-${Date.now().toString(36).slice(-4)}${randomBytes(3).toString('hex')}-`;
}

const setupClients = makeClients();

/** Creates another fresh set of tables/queues; returns it with its function environment (not applied). */
export async function createIsolatedResources(
  label?: string,
  options?: TableOptions,
): Promise<{ resources: LocalResources; env: Record<string, string> }> {
  const resources = await createResources(
    { dynamodb: setupClients.dynamodb, sqs: setupClients.sqs },
    uniquePrefix(label),
    options,
  );
  return { resources, env: functionEnvironment(resources) };
}

const fileSet = await createIsolatedResources();
Object.assign(process.env, fileSet.env);

// The handlers' own clients, this file's instances (./fresh-modules.ts), to the worker's servers in memory as well.
const handlerClients = await Promise.all([
  import('../../../functions/commons/clients/sqs.js'),
  import('../../../functions/commons/clients/eventbridge.js'),
]);
for (const client of [handlerClients[0].sqs, handlerClients[1].eventBridge]) toWorkerQueues(client);

/** This file's local AWS: endpoints, its resources (names/URLs) and the env that was applied. */
export function localAws() {
  return {
    region: context.region,
    endpoints,
    resources: fileSet.resources,
    env: { ...awsEnv, ...fileSet.env },
    startupMs: context.startupMs,
  };
}

let s3Server: Promise<S3Local> | undefined;

/**
 * This file's local S3 server, started on first use on the port AWS_ENDPOINT_URL_S3 names, with
 * the file's buckets; object-created events go to the real verifying handler, as with
 * `npm start`. `settled()` waits for their verification. Stop it in the file's afterAll.
 */
export function localS3(): Promise<S3Local> {
  s3Server ??= (async () => {
    const server = await startS3Local({
      port: Number(new URL(s3Endpoint).port),
      directory: mkdtempSync(path.join(tmpdir(), 'lingang-s3-')),
      removeOnStop: true,
    });
    await createBuckets(setupClients.s3Client, fileSet.resources.prefix);
    server.onObjectCreated(DOCUMENT_BUCKET.objectPrefix, async (event: S3Event) =>
      (await import('../../../functions/verify-document/handler.js')).handler(event),
    );
    return server;
  })();
  return s3Server;
}

/** Stream readers by table: the model test's lanes each read a table of their own. */
const relayReaders = new Map<string, StreamReader>();
const tallyReaders = new Map<string, StreamReader>();

function readerOf(
  readers: Map<string, StreamReader>,
  tableName: string,
  handler: StreamReaderOptions['handler'],
): StreamReader {
  let reader = readers.get(tableName);
  if (!reader)
    readers.set(tableName, (reader = new StreamReader({ dynamodb: setupClients.dynamodb, tableName, handler })));
  return reader;
}

/**
 * The relay's stream records as it gets them: as DynamoDB Local wrote them, their write's time
 * (ApproximateCreationDateTime, which the relay's give-up age is reckoned from) its wall clock.
 * The model test's lanes, whose clock is their own, date them by it (test/model/lane.ts).
 */
export const relayedRecords = { dated: (records: DynamoDBRecord[]) => records };

/**
 * Lambda's side of the main table's stream of `resources` (a test file's: `localAws().resources`):
 * hands every stream record written so far to the real outbox relay, composed on the bus, the
 * evaluation queue and the failure store of `resources` (which publishes events and queues
 * evaluations), as `npm start` does.
 */
export async function relayOutbox(resources: LocalResources): Promise<void> {
  const targets = {
    eventBusName: resources.eventBusName,
    evaluationQueueUrl: resources.queues[EVALUATION_QUEUE.id]!.url,
    unpublishedEventsQueueUrl: resources.unpublishedEventsQueueUrl,
  };
  let relay: Promise<StreamLambda> | undefined;
  await readerOf(
    relayReaders,
    resources.tables[MAIN_TABLE.id]!,
    () =>
      (relay ??= import('../../../functions/outbox-relay/handler.js').then(({ relayTo }) => {
        const handler = relayTo(targets);
        return (event) => handler({ Records: relayedRecords.dated(event.Records) });
      })),
  ).drain();
}

/**
 * The statistics tally's side of the main table's stream of `resources`: hands every stream record
 * written so far to the real tally-statistics handler, composed on the statistics table of
 * `resources`, each batch twice (a redelivery, which must count nothing more).
 */
export async function tallyStatistics(resources: LocalResources): Promise<void> {
  await readerOf(tallyReaders, resources.tables[MAIN_TABLE.id]!, async () => {
    const { tallyWith } = await import('../../../functions/tally-statistics/handler.js');
    const handler = tallyWith({ statisticsTable: resources.tables[STATISTICS_TABLE.id]! });
    return async (event) => {
      const first = await handler(event);
      if (first.batchItemFailures.length > 0) return first;
      return handler(event);
    };
  }).drain();
}

/**
 * Events published to the bus of `resources`, oldest first, as the local EventBridge endpoint's GET /local/events
 * would send them (copies), after the outbox relay has caught up with the table of `resources`. Pass `bus` to read
 * another bus.
 */
export async function publishedEvents(resources: LocalResources, filter: EventFilter = {}): Promise<LocalEvent[]> {
  await relayOutbox(resources);
  return structuredClone(workerQueues.bus.events({ bus: resources.eventBusName, ...filter }));
}
