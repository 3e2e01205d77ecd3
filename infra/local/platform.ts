/**
 * The local platform, composed once: the emulators, the resources the contract defines, and
 * everything that invokes a function as AWS would (queue pollers, the outbox relay on the table's
 * stream, the bucket's object-created notification, the schedules, the API gateway), then the
 * recovery of what a killed run lost (./recover.ts). `npm start` (./start.ts) runs it with its
 * state in `.local/`; bench:cost runs it in memory with metered handlers.
 */
import './tracing-off.js';
import { mkdtempSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { S3Event } from 'aws-lambda';
import {
  DOCUMENT_BUCKET,
  MAIN_TABLE,
  OUTBOX_RELAY,
  STATISTICS_TALLY,
  type FunctionName,
} from '../../shared/contract/resources.js';
import { startDynamoDbLocal, startStateDynamoDb, type DynamoDbLocal } from './dynamodb-local.js';
import { startEventBridgeLocal, type EventBridgeLocal } from './eventbridge-local.js';
import { localIdentityEnvironment } from './dev-auth.js';
import { startExampleConsumer, type ExampleConsumer } from './example-consumer.js';
import { forEmulators } from './emulator-signing.js';
import { apiGateway, gatewayServer, requestUrl } from './gateway.js';
import { lambdaContext } from './lambda-context.js';
import { keepPorts, readKeptPorts } from './kept-ports.js';
import { sendInProcess } from './in-process-http.js';
import { closeServer, listenOn, LOCAL_HOST, PortInUseError } from './ports.js';
import { LOCAL_EVENT_SOURCES, startPoller } from './queue-poller.js';
import {
  awsEnvironment,
  createResources,
  functionEnvironment,
  LOCAL_REGION,
  type LocalResources,
} from './provision.js';
import type { RecoveredWork } from './recover.js';
import { startS3Local, type S3Local } from './s3-local.js';
import { nudgeAfterWrites } from './relay-nudge.js';
import { startSchedules } from './scheduler.js';
import { startSqsLocal } from './sqs-local.js';
import { StreamReader } from './stream-reader.js';

/** Where a persistent platform keeps its state across starts. */
export interface PlatformState {
  dynamodbDir: string;
  dynamodbPidFile: string;
  eventsFile: string;
  streamCheckpointFile: string;
  /** The statistics tally's position in the same stream (a reader of its own, like on AWS). */
  statisticsCheckpointFile: string;
  s3Dir: string;
  /** Where the example consumer appends its notices (./example-consumer.ts). */
  exampleConsumerFile?: string;
  /** The emulators' ports, kept across starts (./kept-ports.ts). */
  portsFile: string;
}

export type HandlerSource = <T>(name: FunctionName) => Promise<T>;

export interface PlatformOptions {
  /** The API's port; 0 for a free one. */
  port: number;
  signingKey: Uint8Array;
  /** Without it the platform lives in memory (objects in a temporary directory) and is gone on stop. */
  state?: PlatformState;
  /** DynamoDB Local already starting, on `state`'s directory (npm start starts it first); default: started here. */
  dynamodb?: Promise<DynamoDbLocal>;
  /** Each function's handler; default: its module, imported when first invoked. */
  handlerFor?: HandlerSource;
  /** Run the stack's schedules (sweeper, yearly payout run); default true. */
  schedules?: boolean;
  /** Receives what to stop, in start order, as each part starts: a failed start can stop what did. */
  stops: Array<() => unknown>;
}

export interface LocalPlatform {
  api: string;
  resources: LocalResources;
  dynamodbClient: DynamoDBClient;
  /** The client the queue pollers receive and delete with. */
  sqsClient: SQSClient;
  eventBridge: EventBridgeLocal;
  s3: S3Local;
  relay: StreamReader;
  /** The statistics tally on the same stream. */
  tally: StreamReader;
  recovered: RecoveredWork;
  exampleConsumer: ExampleConsumer;
}

const imported = new Map<FunctionName, Promise<unknown>>();

/**
 * Handlers read their environment when their module loads: they are imported only once it is set.
 * Kept once imported: under tsx every `import()`, even of a loaded module, is a round trip to the
 * loader's thread, and pollers ask for their handler on every batch.
 */
const importHandler: HandlerSource = <T>(name: FunctionName) => {
  if (!imported.has(name)) {
    const handler = import(`../../functions/${name}/handler.js`).then((module) => (module as { handler: T }).handler);
    handler.catch(() => imported.delete(name)); // a failed import is tried again next time
    imported.set(name, handler);
  }
  return imported.get(name) as Promise<T>;
};

export async function startLocalPlatform(options: PlatformOptions): Promise<LocalPlatform> {
  const { state, stops, handlerFor = importHandler } = options;
  const stopped = <T extends { stop: () => unknown }>(started: T): T => (stops.push(started.stop), started);
  const s3Dir = state?.s3Dir ?? mkdtempSync(join(tmpdir(), 'local-s3-'));
  const kept = readKeptPorts(state?.portsFile);
  const [dynamodb, sqs, eventBridge, s3] = await Promise.all([
    (options.dynamodb ?? (state ? startStateDynamoDb(state) : startDynamoDbLocal())).then(stopped),
    startSqsLocal({ port: kept.sqs }).then(stopped),
    startEventBridgeLocal({ file: state?.eventsFile, port: kept.eventbridge }).then(stopped),
    startS3Local({ directory: s3Dir, removeOnStop: !state, port: kept.s3 }).then(stopped),
  ]).catch((error: unknown) => {
    if (error instanceof PortInUseError && state)
      error.message += ` (the port was kept in ${state.portsFile} so that URLs issued earlier keep working; delete that file to choose new ports)`;
    throw error;
  });
  keepPorts(state?.portsFile, { dynamodb: dynamodb.port, sqs: sqs.port, eventbridge: eventBridge.port, s3: s3.port });
  const endpoints = {
    dynamodb: dynamodb.endpoint,
    sqs: sqs.endpoint,
    eventbridge: eventBridge.endpoint,
    s3: s3.endpoint,
  };
  Object.assign(process.env, awsEnvironment(endpoints, LOCAL_REGION));

  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  const sqsClient = new SQSClient({ region: LOCAL_REGION, endpoint: sqs.endpoint, credentials });
  const dynamodbClient = new DynamoDBClient({ region: LOCAL_REGION, endpoint: dynamodb.endpoint, credentials });
  const s3Client = new S3Client({ region: LOCAL_REGION, endpoint: s3.endpoint, forcePathStyle: true, credentials });
  // The queues and the bus are servers of this process: their clients reach them in memory, not over loopback.
  const inProcessServers = { [sqs.port]: sqs.server, [eventBridge.port]: eventBridge.server };
  for (const client of [sqsClient, dynamodbClient]) forEmulators(client);
  sendInProcess(sqsClient, inProcessServers);
  const resources = await createResources({ dynamodb: dynamodbClient, sqs: sqsClient, s3: s3Client });
  Object.assign(process.env, functionEnvironment(resources), localIdentityEnvironment());
  // The handlers' clients, constructed now that their environment names the endpoints.
  const { dynamoDb } = await import('../../functions/commons/clients/dynamodb.js');
  const { sqs: handlerSqs } = await import('../../functions/commons/clients/sqs.js');
  const { eventBridge: handlerBus } = await import('../../functions/commons/clients/eventbridge.js');
  for (const client of [dynamoDb, handlerSqs, handlerBus]) forEmulators(client);
  for (const client of [handlerSqs, handlerBus]) sendInProcess(client, inProcessServers);
  const exampleConsumer = startExampleConsumer(eventBridge.bus, resources.eventBusName, state?.exampleConsumerFile);

  for (const { queue: definition, functionName } of LOCAL_EVENT_SOURCES) {
    const queue = resources.queues[definition.id]!;
    stops.push(
      startPoller({
        client: sqsClient,
        queueUrl: queue.url,
        queueArn: queue.arn,
        functionName,
        batchSize: definition.batchSize,
        concurrency: definition.maxConcurrency,
        handler: () => handlerFor(functionName),
      }),
    );
  }
  if (options.schedules ?? true) stops.push(startSchedules((name) => handlerFor(name)));
  // The bucket's object-created notification, to the same verifying handler as on AWS.
  s3.onObjectCreated(DOCUMENT_BUCKET.objectPrefix, async (event) =>
    (await handlerFor<(event: S3Event, context: unknown) => Promise<void>>(DOCUMENT_BUCKET.onObjectCreated))(
      event,
      lambdaContext(DOCUMENT_BUCKET.onObjectCreated),
    ),
  );

  // The outbox relay on the table's stream, resuming after its checkpoint. Every write of the
  // handlers' client nudges it (below): it reads at once after a write, but not sooner than 20 ms
  // after its last read began, so under load one read gathers many writes; between writes it
  // polls four times a second, as Lambda does, instead of spending both processes' CPU on empty reads.
  const relay = new StreamReader({
    dynamodb: dynamodbClient,
    tableName: resources.tables[MAIN_TABLE.id]!,
    checkpointFile: state?.streamCheckpointFile,
    batchSize: OUTBOX_RELAY.batchSize,
    idleMs: 250,
    minIntervalMs: 20,
    name: 'relay',
    handler: () => handlerFor('outbox-relay'),
  });
  // The statistics tally, the stream's second reader, from its own checkpoint. No decision waits
  // for it: it polls as Lambda does, four times a second, not nudged by writes, so under load its
  // batches (and its counter transactions) grow instead of following every write.
  const tally = new StreamReader({
    dynamodb: dynamodbClient,
    tableName: resources.tables[MAIN_TABLE.id]!,
    checkpointFile: state?.statisticsCheckpointFile,
    batchSize: STATISTICS_TALLY.batchSize,
    idleMs: 250,
    name: 'tally',
    handler: () => handlerFor('tally-statistics'),
  });
  relay.start();
  tally.start();
  stops.push(() => Promise.all([relay.stop(), tally.stop()]).then(() => dynamodbClient.destroy()));
  // The relay told of every write of the handlers' client.
  stops.push(nudgeAfterWrites(dynamoDb, () => relay.nudge()));
  const { recoverLostWork } = await import('./recover.js');
  const recovered = await recoverLostWork();

  const gateway = apiGateway({ signingKey: options.signingKey, handlerFor });
  const server = gatewayServer(async (request, response) => {
    const url = requestUrl(request);
    if (request.method === 'GET' && url.pathname === '/local/events')
      return eventBridge.handleLocalEventsRequest(request, response);
    if (request.method === 'POST' && url.pathname === '/local/reconcile')
      return reconcileStatistics(handlerFor, response);
    return gateway(request, response);
  });
  const port = await listenOn(server, options.port, 'the API (set PORT to use another port)');
  stops.push(() => closeServer(server));
  return {
    api: `http://${LOCAL_HOST}:${port}`,
    resources,
    dynamodbClient,
    sqsClient,
    eventBridge,
    s3,
    relay,
    tally,
    recovered,
    exampleConsumer,
  };
}

/** `npm run reconcile` locally: the reconciliation function invoked as its schedule does (pausing 1 s, not 20, before a difference counts). */
async function reconcileStatistics(handlerFor: HandlerSource, response: ServerResponse): Promise<void> {
  try {
    const reconcile =
      await handlerFor<(event: { pauseMs: number }, context: unknown) => Promise<unknown>>('reconcile-statistics');
    const result = await reconcile({ pauseMs: 1_000 }, lambdaContext('reconcile-statistics'));
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
  } catch (error) {
    response
      .writeHead(500, { 'content-type': 'application/json' })
      .end(JSON.stringify({ error: (error as Error).message }));
  }
}
