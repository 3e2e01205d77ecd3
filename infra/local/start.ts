/**
 * `npm start`: the whole platform (./platform.ts) on this machine, no AWS account, with its state
 * in `.local/`: DynamoDB Local, the local SQS server, the local EventBridge endpoint, local S3, the
 * API gateway, the queue pollers, the outbox relay on the table's stream and the schedules — all
 * running the same handler code as AWS. On start it recovers what a killed run lost (./recover.ts).
 * `npm start -- --fresh` starts with empty data.
 */
import './node-support.js';
import './tracing-off.js';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DynamoDbLocalRefusedError, JavaRequirementError, startStateDynamoDb } from './dynamodb-local.js';
import {
  DYNAMODB_DIR,
  EVENTS_FILE,
  EXAMPLE_CONSUMER_FILE,
  LOCAL_DIR,
  localPath,
  PORTS_FILE,
  S3_DIR,
  SIGNING_KEY_FILE,
  STATISTICS_CHECKPOINT_FILE,
  STREAM_CHECKPOINT_FILE,
} from './paths.js';
import { assertPortFree, PortInUseError } from './ports.js';
import type { PlatformState } from './platform.js';

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
    rmSync(STATISTICS_CHECKPOINT_FILE, { force: true });
    rmSync(EXAMPLE_CONSUMER_FILE, { force: true });
  }
  // DynamoDB Local's JVM takes seconds to answer: it starts first, and the rest of the platform's modules
  // (a second or two of this process's CPU) load while it does. Its failure is reported by startLocalPlatform.
  const state: PlatformState = {
    dynamodbDir: DYNAMODB_DIR,
    dynamodbPidFile: localPath('dynamodb.pid'),
    eventsFile: EVENTS_FILE,
    streamCheckpointFile: STREAM_CHECKPOINT_FILE,
    statisticsCheckpointFile: STATISTICS_CHECKPOINT_FILE,
    s3Dir: S3_DIR,
    exampleConsumerFile: EXAMPLE_CONSUMER_FILE,
    portsFile: PORTS_FILE,
  };
  const dynamodb = startStateDynamoDb(state);
  dynamodb.catch(() => undefined);
  const [{ startLocalPlatform }, { versionsDirectory }, { loadSigningKey }] = await Promise.all([
    import('./platform.js'),
    import('./s3-local.js'),
    import('./dev-auth.js'),
  ]);
  if (flags.fresh) {
    rmSync(S3_DIR, { recursive: true, force: true });
    rmSync(versionsDirectory(S3_DIR), { recursive: true, force: true });
  }
  const { api, s3, recovered } = await startLocalPlatform({
    port,
    signingKey: loadSigningKey(SIGNING_KEY_FILE),
    dynamodb,
    state,
    stops,
  });

  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  process.stdout.write(
    [
      '',
      `Lin-gang AI Subsidy Platform is running locally (ready in ${seconds} s)`,
      `  API          ${api}`,
      `  docs         ${api}/docs   (the API reference; the OpenAPI document is ${api}/v1/openapi.json)`,
      `  events       ${api}/local/events   (also appended to ${EVENTS_FILE})`,
      `  consumer     examples/consumer/ on the local bus: its award notices in ${EXAMPLE_CONSUMER_FILE}`,
      `  documents    ${s3.endpoint}   (local S3: presigned upload and download URLs point here; objects in ${S3_DIR})`,
      `  data         ${LOCAL_DIR}   (npm start -- --fresh starts empty)`,
      ...(recovered.requeued + recovered.resumedRuns + recovered.resentJobs + recovered.reverifiedDocuments > 0
        ? [
            `  recovered    ${recovered.requeued} application(s) re-queued, ${recovered.resumedRuns} payout run(s) resumed, ${recovered.resentJobs} export(s)/simulation(s) sent again, ${recovered.reverifiedDocuments} uploaded document(s) verified`,
          ]
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
    if (process.platform === 'linux')
      return (
        Number(
          readFileSync(`/proc/${pid}/stat`, 'utf8')
            .replace(/^.*\) /s, '')
            .split(' ')[1],
        ) || undefined
      );
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
  if (
    error instanceof JavaRequirementError ||
    error instanceof DynamoDbLocalRefusedError ||
    error instanceof PortInUseError
  ) {
    process.stderr.write(`npm start: ${error.message}\n`);
  } else {
    process.stderr.write(`npm start failed: ${(error as Error).stack ?? String(error)}\n`);
  }
  process.exit(1);
});
