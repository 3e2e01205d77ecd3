/**
 * `npm start`: the whole platform on this machine, no AWS account. DynamoDB Local (state in
 * `.local/`), the local SQS server, the local EventBridge endpoint, the API gateway, the queue
 * pollers, the outbox relay on the table's stream and the schedules — all running the same
 * handler code as AWS. On start it recovers what a killed run lost (./recover.ts).
 * `npm start -- --fresh` starts with empty data.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { S3Event } from 'aws-lambda';
import { DOCUMENT_BUCKET, MAIN_TABLE, OUTBOX_RELAY, type FunctionName } from '../../shared/contract/resources.js';
import { loadSigningKey } from './dev-auth.js';
import { JavaRequirementError, startDynamoDbLocal } from './dynamodb-local.js';
import { startEventBridgeLocal } from './eventbridge-local.js';
import { apiGateway, requestUrl } from './gateway.js';
import { lambdaContext } from './lambda-context.js';
import { DYNAMODB_DIR, EVENTS_FILE, LOCAL_DIR, localPath, S3_DIR, SIGNING_KEY_FILE, STREAM_CHECKPOINT_FILE } from './paths.js';
import { assertPortFree, closeServer, listenOn, LOCAL_HOST, PortInUseError } from './ports.js';
import { LOCAL_EVENT_SOURCES, startPoller } from './queue-poller.js';
import { awsEnvironment, createResources, functionEnvironment, LOCAL_REGION } from './provision.js';
import { startS3Local } from './s3-local.js';
import { startSchedules } from './scheduler.js';
import { startSqsLocal } from './sqs-local.js';
import { StreamReader } from './stream-reader.js';

const { values: flags } = parseArgs({ options: { fresh: { type: 'boolean', default: false } } });
const port = Number(process.env.PORT ?? 3000);
const startedAt = performance.now();
const stops: Array<() => unknown> = [];

async function stopAll(): Promise<void> {
  for (const stop of stops.reverse()) await Promise.resolve(stop()).catch(() => undefined);
}

async function main(): Promise<void> {
  await assertPortFree(port, `the API (set PORT to use another port)`);
  if (flags.fresh) {
    rmSync(DYNAMODB_DIR, { recursive: true, force: true });
    rmSync(EVENTS_FILE, { force: true });
    rmSync(STREAM_CHECKPOINT_FILE, { force: true });
    rmSync(S3_DIR, { recursive: true, force: true });
  }

  const [dynamodb, sqs, eventBridge, s3] = await Promise.all([
    startDynamoDbLocal({ dbPath: DYNAMODB_DIR, pidFile: localPath('dynamodb.pid') }).then((started) => (stops.push(started.stop), started)),
    startSqsLocal().then((started) => (stops.push(started.stop), started)),
    startEventBridgeLocal({ file: EVENTS_FILE }).then((started) => (stops.push(started.stop), started)),
    startS3Local({ directory: S3_DIR }).then((started) => (stops.push(started.stop), started)),
  ]);
  const endpoints = { dynamodb: dynamodb.endpoint, sqs: sqs.endpoint, eventbridge: eventBridge.endpoint, s3: s3.endpoint };
  Object.assign(process.env, awsEnvironment(endpoints, LOCAL_REGION));

  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  const sqsClient = new SQSClient({ region: LOCAL_REGION, endpoint: sqs.endpoint, credentials });
  const dynamodbClient = new DynamoDBClient({ region: LOCAL_REGION, endpoint: dynamodb.endpoint, credentials });
  const s3Client = new S3Client({ region: LOCAL_REGION, endpoint: s3.endpoint, forcePathStyle: true, credentials });
  const resources = await createResources({ dynamodb: dynamodbClient, sqs: sqsClient, s3: s3Client });
  Object.assign(process.env, functionEnvironment(resources));

  // Handlers read their environment when their module loads: import them only now.
  const handlerFor = async <T>(name: FunctionName): Promise<T> =>
    ((await import(`../../functions/${name}/handler.js`)) as { handler: T }).handler;

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
  stops.push(startSchedules((name) => handlerFor(name)));
  // The bucket's object-created notification, to the same verifying handler as on AWS.
  s3.onObjectCreated(DOCUMENT_BUCKET.objectPrefix, async (event) =>
    (await handlerFor<(event: S3Event, context: unknown) => Promise<void>>(DOCUMENT_BUCKET.onObjectCreated))(event, lambdaContext(DOCUMENT_BUCKET.onObjectCreated)),
  );

  // The outbox relay on the table's stream, resuming after its checkpoint.
  const relay = new StreamReader({
    dynamodb: dynamodbClient,
    tableName: resources.tables[MAIN_TABLE.id]!,
    checkpointFile: STREAM_CHECKPOINT_FILE,
    batchSize: OUTBOX_RELAY.batchSize,
    handler: () => handlerFor('outbox-relay'),
  });
  relay.start();
  stops.push(() => relay.stop().then(() => dynamodbClient.destroy()));
  const { recoverLostWork } = await import('./recover.js');
  const recovered = await recoverLostWork();

  const gateway = apiGateway({ signingKey: loadSigningKey(SIGNING_KEY_FILE), handlerFor });
  const server = createServer(async (request, response) => {
    const url = requestUrl(request);
    if (request.method === 'GET' && url.pathname === '/local/events') return eventBridge.handleLocalEventsRequest(request, response);
    return gateway(request, response);
  });
  await listenOn(server, port, 'the API (set PORT to use another port)');
  stops.push(() => closeServer(server));

  const api = `http://${LOCAL_HOST}:${port}`;
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  process.stdout.write(
    [
      '',
      `Lin-gang AI Subsidy Platform is running locally (ready in ${seconds} s)`,
      `  API          ${api}`,
      `  docs         ${api}/docs   (the API reference; the OpenAPI document is ${api}/v1/openapi.json)`,
      `  events       ${api}/local/events   (also appended to ${EVENTS_FILE})`,
      `  documents    ${s3.endpoint}   (local S3: presigned upload and download URLs point here; objects in ${S3_DIR})`,
      `  data         ${LOCAL_DIR}   (npm start -- --fresh starts empty)`,
      ...(recovered.requeued + recovered.resumedRuns > 0
        ? [`  recovered    ${recovered.requeued} application(s) re-queued, ${recovered.resumedRuns} payout run(s) resumed`]
        : []),
      '',
      '  Try it:',
      `    curl ${api}/v1/policy`,
      `    TOKEN=$(npm run --silent token -- --sub platform-1)`,
      `    curl -H "Authorization: Bearer $TOKEN" ${api}/v1/applications`,
      '  Admin token: npm run --silent token -- --sub reviewer-1 --admin',
      '  Stop with Ctrl-C.',
      '',
    ].join('\n') + '\n',
  );
}

let stopping = false;
function shutDown(why?: string): void {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`\nstopping${why ? ` (${why})` : ''}…\n`);
  void stopAll().then(() => process.exit(0));
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => shutDown());

/** The parent process of `pid` (Linux: /proc; elsewhere: ps), or undefined. */
function parentOf(pid: number): number | undefined {
  try {
    if (process.platform === 'linux') return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1]) || undefined;
    return Number(execFileSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8' }).trim()) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * `npm start` runs npm → sh → tsx → this process. A signal sent to the npm process alone (an IDE's
 * stop button, a process manager, a CI timeout) is forwarded to `sh`, which dies without passing it
 * on, and tsx, this process and the JVM would live on as orphans holding the port. So: when our
 * launcher (parent or grandparent) goes away, stop as if interrupted. Ctrl-C signals the whole
 * process group and never needs this.
 */
function watchLaunchers(): void {
  if (process.platform === 'win32') return;
  const launchers = [process.ppid, parentOf(process.ppid)].filter((pid): pid is number => pid !== undefined && pid > 1);
  const gone = (pid: number) => {
    try {
      process.kill(pid, 0);
      return false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ESRCH';
    }
  };
  const timer = setInterval(() => {
    const dead = launchers.find(gone);
    if (dead !== undefined) shutDown(`the process that started it (pid ${dead}) has exited`);
  }, 1000);
  timer.unref();
}
watchLaunchers();

main().catch(async (error: unknown) => {
  await stopAll();
  if (error instanceof JavaRequirementError || error instanceof PortInUseError) {
    process.stderr.write(`npm start: ${error.message}\n`);
  } else {
    process.stderr.write(`npm start failed: ${(error as Error).stack ?? String(error)}\n`);
  }
  process.exit(1);
});
