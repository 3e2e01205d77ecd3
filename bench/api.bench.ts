/**
 * `npm run bench:api`: open-loop load on the local system over loopback, at increasing rates.
 * A figure, not a test. Goals (issue 8): decisions/s at the knee ≥ 30% of the raw DynamoDB Local
 * PutItem rate measured in the same run, decision p50 ≤ 150 ms at 20/s, ≤ 6 AWS calls per
 * application from submit to its evaluated event.
 *
 * - The system is `npm start` itself: infra/local/start.ts imported in a child process with its
 *   own PORT and a fresh LOCAL_STATE_DIR under .local/ (DynamoDB Local with npm start's JVM flags
 *   and -dbPath, on the disk npm start uses). The load comes from this process, so that the
 *   client's work shares neither the system's event loop nor its measurements.
 * - AWS calls are counted in the system process by a middleware on the handlers' module-level SDK
 *   clients (functions/commons/clients/*.ts): every request they send, a retry counting again.
 *   Counting there, not at the emulators, leaves out the event sources' own calls (the stream
 *   reader's GetRecords, the queue poller's ReceiveMessage and DeleteMessageBatch), which on AWS
 *   Lambda makes and no handler pays for. Per application: the calls from a rate's first
 *   submission to its last evaluated event, divided by the applications decided. The local
 *   runtime's own requests are counted apart, on a line of their own, by who sends them and an
 *   empty poll apart: to DynamoDB Local the stream readers' (relay, tally) reads
 *   (../infra/local/dynamodb-wire.ts), to the local queues the pollers'
 *   (../infra/local/queue-poller.ts): the emulators spend CPU on each of them, an empty poll too.
 * - Open loop: submission i of a rate is fired at start + i / rate whatever is still in flight,
 *   and latencies are measured from that scheduled time. Each is an AI_ACTIVITY application
 *   (NEEDS_REVIEW: no award writes) of one of 100 applicants, with its own Idempotency-Key as the
 *   README's client sends it (the key's record is written in the submission's transaction).
 * - Decision time: the `receivedAt` the local bus stamps on the application's ApplicationEvaluated
 *   event (read back from GET /local/events): when an integrator could first see the decision.
 *   A rate ends when every accepted application is decided, or after --drain-seconds.
 * - Decisions/s: applications decided / the longer of the submission window and the span from the
 *   first decision to the last: the offered rate while the system keeps up (latency does not count
 *   against it), its capacity once it does not. A rate is kept up with while at least 90% of it is
 *   decided per second; the first rate that is not marks the knee (higher ones are skipped), and
 *   the decisions/s at the knee is the best of the run.
 * - CPU per decided application: the CPU time (user and system, all threads) the system's Node
 *   process and its DynamoDB Local JVM used during a rate, over the applications decided (Linux:
 *   /proc; '-' elsewhere), and the JVM's CPU per raw PutItem: figures that the machine's other load
 *   disturbs far less than latencies and rates, for comparing changes on a shared machine.
 * - Baseline: raw PutItem of an application-sized item into a plain table (no stream, no index) of
 *   the same DynamoDB Local (same JVM, same flags, same -dbPath disk), through the SDK as the
 *   handlers write, concurrency 16 from this process, after the rates. (Not before: writes to
 *   another table while the main table's stream is still empty leave the local stream reader
 *   failing with TrimmedDataAccessException on DynamoDB Local 1.25.) Measured once the system is
 *   idle (its Node process and its JVM each under a tenth of a core for a second: the stream
 *   readers, the statistics tally and the queues caught up with the rates; --settle-seconds at
 *   most), after a 3 s warm-up round, in --baseline-rounds timed rounds: the median is the figure
 *   the knee is compared with, printed with every round and the spread. Why not one round right
 *   after the rates, as before (233–389/s within one sitting): its first seconds ran this process's
 *   SDK write path cold (1 s rounds right after the rates, 2026-12-07: 168, 162, 227, then 312–426/s),
 *   the system was still catching up for some seconds (idle 5 s after the rates), and one round
 *   takes whatever else the shared machine runs in those seconds: the rounds show it.
 * Options: --rates 10,20,40,80,160  --seconds 10 (per rate)  --drain-seconds 60  --settle-seconds 60
 *   --baseline-rounds 5  --baseline-seconds 3 (per round)
 */
// Before the handlers' clients are imported (the system's process counts them): as npm start runs.
import '../infra/local/tracing-off.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { issueToken, loadSigningKey } from '../infra/local/dev-auth.js';
import type { LocalEvent } from '../infra/local/eventbridge-local.js';
import { LOCAL_DIR, SIGNING_KEY_FILE } from '../infra/local/paths.js';
import { freePort, LOCAL_HOST } from '../infra/local/ports.js';
import { ensureTable, LOCAL_REGION } from '../infra/local/provision.js';
import { applicationItem } from '../functions/commons/store/items/application-item.js';
import type { ApplicationRecord } from '../shared/domain/application.js';
import { ACTIVITY_APPLICATION } from './lib/activity-application.js';

/** Set in the child's environment: serve the counted system instead of running the benchmark. */
const SYSTEM_ROLE = 'BENCH_API_SYSTEM';
const APPLICANTS = 100;
const BASELINE_CONCURRENCY = 16;
const BASELINE_WARM_UP_SECONDS = 3;
/** CPU seconds per second (of each of the system's processes) under which the system counts as idle. */
const IDLE_SHARE = 0.1;
/** A rate is kept up with while at least this share of it is decided per second. */
const KEPT_UP = 0.9;

type RequestCounts = Record<string, number>;
/** Names the local runtime's own requests to DynamoDB Local (../infra/local/dynamodb-wire.ts) among the counts: no handler's call. */
const RUNTIME = 'runtime ';
type SystemMessage = { kind: 'ready'; dynamodbEndpoint: string } | { kind: 'requests'; requests: RequestCounts };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Epoch milliseconds with sub-millisecond resolution, comparable with the bus's `receivedAt`. */
const now = () => performance.timeOrigin + performance.now();

// ---------------------------------------------------------------------------------------------
// The system (child process)

/** An SDK client's middleware stack, as far as adding one middleware goes (each service types its own). */
interface MiddlewareStackOf {
  add(middleware: unknown, options: { step: 'deserialize'; name: string }): void;
}

type Handler = (args: unknown) => Promise<unknown>;

/** Counts every request sent through `stack` as `Service.Operation` (the deserialize step runs once per attempt). */
function countRequests(stack: MiddlewareStackOf, requests: RequestCounts): void {
  const counter =
    (next: Handler, context: { clientName?: string; commandName?: string }): Handler =>
    (args) => {
      const name = `${(context.clientName ?? '?').replace(/Client$/, '')}.${(context.commandName ?? '?').replace(/Command$/, '')}`;
      requests[name] = (requests[name] ?? 0) + 1;
      return next(args);
    };
  stack.add(counter, { step: 'deserialize', name: 'benchRequestCounter' });
}

/** `npm start` in this process, its handlers' SDK clients counted; answers the parent's requests for the counts. */
async function serveCountedSystem(): Promise<void> {
  const requests: RequestCounts = {};
  // The very instances the handlers import (one module cache): counted before any handler runs.
  countRequests((await import('../functions/commons/clients/dynamodb.js')).dynamoDb.middlewareStack, requests);
  countRequests((await import('../functions/commons/clients/sqs.js')).sqs.middlewareStack, requests);
  countRequests((await import('../functions/commons/clients/eventbridge.js')).eventBridge.middlewareStack, requests);
  const { wireRequests } = await import('../infra/local/dynamodb-wire.js');
  const { eventSourceRequests } = await import('../infra/local/queue-poller.js');
  const send = (message: SystemMessage) => process.send!(message);
  const runtimeRequests = () => [
    ...Object.entries(wireRequests).map(([request, count]) => [`${RUNTIME}${request}`, count]),
    ...Object.entries(eventSourceRequests).map(([operation, count]) => [`${RUNTIME}queue poller ${operation}`, count]),
  ];
  process.on('message', () =>
    send({ kind: 'requests', requests: { ...requests, ...Object.fromEntries(runtimeRequests()) } }),
  );

  await import('../infra/local/start.js'); // starts everything; stops and exits on SIGINT
  const policy = `http://${LOCAL_HOST}:${process.env.PORT}/v1/policy`;
  while (
    !(await fetch(policy).then(
      (response) => response.ok,
      () => false,
    ))
  )
    await sleep(100);
  send({ kind: 'ready', dynamodbEndpoint: process.env.AWS_ENDPOINT_URL_DYNAMODB! });
}

interface CpuSeconds {
  node: number;
  dynamodb: number;
}

/** A process's CPU time, user and system, all threads (/proc/<pid>/stat in USER_HZ ticks, 100 a second); NaN when unreadable. */
function cpuSecondsOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

interface CountedSystem {
  api: string;
  dynamodbEndpoint: string;
  stateDir: string;
  requests(): Promise<RequestCounts>;
  /** CPU seconds used so far by the system's Node process and by its DynamoDB Local JVM (Linux; NaN elsewhere). */
  cpuSeconds(): CpuSeconds;
  /** SIGINT (npm start's Ctrl-C: it stops the JVM), SIGKILL after 30 s; removes the state directory. */
  stop(): Promise<void>;
}

async function startCountedSystem(): Promise<CountedSystem> {
  mkdirSync(LOCAL_DIR, { recursive: true });
  const stateDir = mkdtempSync(join(LOCAL_DIR, 'bench-api-'));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env: { ...process.env, NODE_NO_WARNINGS: '1', PORT: String(port), LOCAL_STATE_DIR: stateDir, [SYSTEM_ROLE]: '1' },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const nextMessage = () =>
    new Promise<SystemMessage>((resolve, reject) => {
      child.once('message', (message) => resolve(message as SystemMessage));
      void exited.then(() => reject(new Error(`the local system exited:\n${output}`)));
    });

  const stop = async () => {
    child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
    rmSync(stateDir, { recursive: true, force: true });
  };
  try {
    const ready = await nextMessage();
    if (ready.kind !== 'ready') throw new Error(`unexpected first message from the local system: ${ready.kind}`);
    const requests = async () => {
      const answer = nextMessage();
      child.send('requests');
      const message = await answer;
      if (message.kind !== 'requests') throw new Error(`unexpected message from the local system: ${message.kind}`);
      return { ...message.requests };
    };
    const jvmPid = (JSON.parse(readFileSync(join(stateDir, 'dynamodb.pid'), 'utf8')) as { pid: number }).pid;
    const cpuSeconds = () => ({ node: cpuSecondsOf(child.pid), dynamodb: cpuSecondsOf(jvmPid) });
    const api = `http://${LOCAL_HOST}:${port}`;
    return { api, dynamodbEndpoint: ready.dynamodbEndpoint, stateDir, requests, cpuSeconds, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Measurements (this process)

/** One timed round of raw PutItems. */
interface BaselineRound {
  putItemsPerSecond: number;
  /** DynamoDB Local's CPU per PutItem, ms. */
  cpuMsPerPutItem: number;
  /** The system's Node process's CPU during the round, share of a core: ~0 when nothing else ran in it. */
  nodeShare: number;
}

interface Baseline {
  /** Seconds the system took to go idle after the rates (or the limit, when it did not). */
  settledAfter: number;
  idle: boolean;
  rounds: BaselineRound[];
  /** The rounds' median PutItems per second: the figure the knee is compared with. */
  putItemsPerSecond: number;
  cpuMsPerPutItem: number;
}

const median = (values: readonly number[]) => percentile(values, 50);

/**
 * Waits until the system is idle: its Node process and its JVM each used under IDLE_SHARE of a core
 * over a second (the stream readers, the statistics tally and the queues caught up with the rates),
 * at most `limitSeconds`. Answers the seconds waited and whether it got there.
 */
async function settle(system: CountedSystem, limitSeconds: number): Promise<{ seconds: number; idle: boolean }> {
  const begin = performance.now();
  for (let before = system.cpuSeconds(); ;) {
    await sleep(1000);
    const after = system.cpuSeconds();
    const seconds = (performance.now() - begin) / 1000;
    if (after.node - before.node < IDLE_SHARE && after.dynamodb - before.dynamodb < IDLE_SHARE)
      return { seconds, idle: true };
    if (seconds >= limitSeconds) return { seconds, idle: false };
    before = after;
  }
}

/**
 * Raw PutItem at concurrency 16 into a plain table of the same DynamoDB Local, once the system is
 * idle: a warm-up round (the table, the client's connections, this process's JIT of the SDK's write path; not
 * counted), then `rounds` timed ones.
 */
async function putItemRate(system: CountedSystem, options: Options): Promise<Baseline> {
  const settled = await settle(system, options.settleSeconds);
  const dynamodb = new DynamoDBClient({
    region: LOCAL_REGION,
    endpoint: system.dynamodbEndpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const doc = DynamoDBDocumentClient.from(dynamodb);
  const TableName = await ensureTable(
    dynamodb,
    { id: 'PutItemBaseline', partitionKey: 'pk', sortKey: 'sk', indexes: [] },
    'bench-',
  );
  const submittedAt = new Date().toISOString();
  const applicantId = 'bench-applicant-0';
  const record = (n: number): ApplicationRecord => ({
    ...ACTIVITY_APPLICATION,
    details: { ...ACTIVITY_APPLICATION.details },
    applicationId: `baseline-${n}`,
    applicantId,
    status: 'SUBMITTED',
    submittedAt,
    audit: [{ at: submittedAt, by: applicantId, from: null, to: 'SUBMITTED' }],
  });
  let next = 0;
  const round = async (seconds: number): Promise<BaselineRound> => {
    let done = 0;
    const cpuBefore = system.cpuSeconds();
    const begin = performance.now();
    const until = begin + seconds * 1000;
    const writer = async () => {
      while (performance.now() < until) {
        await doc.send(new PutCommand({ TableName, Item: applicationItem(record(next++)) }));
        done++;
      }
    };
    await Promise.all(Array.from({ length: BASELINE_CONCURRENCY }, writer));
    const elapsed = (performance.now() - begin) / 1000;
    const cpuAfter = system.cpuSeconds();
    return {
      putItemsPerSecond: done / elapsed,
      cpuMsPerPutItem: ((cpuAfter.dynamodb - cpuBefore.dynamodb) * 1000) / done,
      nodeShare: (cpuAfter.node - cpuBefore.node) / elapsed,
    };
  };
  await round(BASELINE_WARM_UP_SECONDS);
  const rounds: BaselineRound[] = [];
  for (let i = 0; i < options.baselineRounds; i++) rounds.push(await round(options.baselineSeconds));
  dynamodb.destroy();
  return {
    settledAfter: settled.seconds,
    idle: settled.idle,
    rounds,
    putItemsPerSecond: median(rounds.map((each) => each.putItemsPerSecond)),
    cpuMsPerPutItem: median(rounds.map((each) => each.cpuMsPerPutItem)),
  };
}

interface Submission {
  /** Epoch ms. */
  scheduledAt: number;
  /** From the scheduled time to the whole answer, ms. */
  latency: number;
  applicationId?: string;
  failure?: string;
}

/** Open loop: fires submission i at start + i / rate, without waiting for earlier ones. */
async function submitAtRate(
  rate: number,
  seconds: number,
  submit: (index: number, scheduledAt: number) => Promise<Submission>,
): Promise<Submission[]> {
  const inFlight: Promise<Submission>[] = [];
  const start = now();
  for (let index = 0; index < Math.round(rate * seconds); index++) {
    const scheduledAt = start + (index * 1000) / rate;
    const wait = scheduledAt - now();
    if (wait > 1) await sleep(wait);
    inFlight.push(submit(index, scheduledAt));
  }
  return Promise.all(inFlight);
}

async function submitApplication(
  api: string,
  token: string,
  idempotencyKey: string,
  scheduledAt: number,
): Promise<Submission> {
  try {
    const response = await fetch(`${api}/v1/applications`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'idempotency-key': idempotencyKey,
      },
      body: JSON.stringify(ACTIVITY_APPLICATION),
    });
    const answer = (await response.json()) as { applicationId?: string };
    const latency = now() - scheduledAt;
    return response.status === 202
      ? { scheduledAt, latency, applicationId: answer.applicationId }
      : { scheduledAt, latency, failure: `HTTP ${response.status}` };
  } catch (error) {
    return { scheduledAt, latency: now() - scheduledAt, failure: (error as Error).message };
  }
}

/** What the local bus received about one application, epoch ms. */
interface BusRecord {
  /** The submit handler's clock, just before its write (ApplicationSubmitted's submittedAt). */
  submittedAt?: number;
  /** ApplicationSubmitted reached the bus: the submission committed and relayed. */
  submittedOnBus?: number;
  /** The evaluator's clock once it had decided, before its write (ApplicationEvaluated's occurredAt). */
  evaluatedAt?: number;
  /** ApplicationEvaluated reached the bus: the decision time. */
  evaluatedOnBus?: number;
}

/** The bus's events per application, read incrementally from GET /local/events. */
function busRecords(api: string) {
  const records = new Map<string, BusRecord>();
  let lastEventId: string | undefined;
  const readNew = async () => {
    const since = lastEventId ? `?since=${encodeURIComponent(lastEventId)}` : '';
    const { events } = (await (await fetch(`${api}/local/events${since}`)).json()) as { events: LocalEvent[] };
    for (const { 'detail-type': type, detail, receivedAt } of events) {
      const record = records.get(String(detail.applicationId)) ?? {};
      if (type === 'ApplicationSubmitted')
        Object.assign(record, {
          submittedAt: Date.parse(String(detail.submittedAt)),
          submittedOnBus: Date.parse(receivedAt),
        });
      if (type === 'ApplicationEvaluated')
        Object.assign(record, {
          evaluatedAt: Date.parse(String(detail.occurredAt)),
          evaluatedOnBus: Date.parse(receivedAt),
        });
      records.set(String(detail.applicationId), record);
    }
    lastEventId = events.at(-1)?.id ?? lastEventId;
  };
  return { records, readNew };
}

/** Nearest-rank percentile, ms (a stage whose event is missing gives NaN: left out). */
function percentile(values: readonly number[], p: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function difference(after: RequestCounts, before: RequestCounts): RequestCounts {
  return Object.fromEntries(
    Object.entries(after)
      .map(([name, count]) => [name, count - (before[name] ?? 0)])
      .filter(([, count]) => count !== 0),
  );
}

/** The handlers' calls (the runtime's own left out). */
const total = (requests: RequestCounts) =>
  Object.entries(requests).reduce((sum, [name, count]) => (name.startsWith(RUNTIME) ? sum : sum + count), 0);

/** Where the decision time goes, per decided application, ms (sums to the submit→decision latency). */
const STAGES = {
  'to submit handler': (submission: Submission, bus: Required<BusRecord>) => bus.submittedAt - submission.scheduledAt,
  'submit write + relay': (_: Submission, bus: Required<BusRecord>) => bus.submittedOnBus - bus.submittedAt,
  'queue + history read': (_: Submission, bus: Required<BusRecord>) => bus.evaluatedAt - bus.submittedOnBus,
  'decision write + relay': (_: Submission, bus: Required<BusRecord>) => bus.evaluatedOnBus - bus.evaluatedAt,
};

interface RateResult {
  rate: number;
  submitted: number;
  /** How many submissions were not accepted, and the first one's reason. */
  failed: number;
  firstFailure?: string;
  decided: number;
  undecided: number;
  submitLatencies: number[];
  decisionLatencies: number[];
  stageLatencies: Record<keyof typeof STAGES, number[]>;
  decisionsPerSecond: number;
  requests: RequestCounts;
  cpuSeconds: CpuSeconds;
}

async function measureRate(
  system: CountedSystem,
  /** The rate's place in the run: a rate given twice still submits applications of its own, not replays. */
  round: number,
  rate: number,
  options: Options,
  tokens: readonly string[],
  bus: ReturnType<typeof busRecords>,
): Promise<RateResult> {
  const before = await system.requests();
  const cpuBefore = system.cpuSeconds();
  const submissions = await submitAtRate(rate, options.seconds, (index, scheduledAt) =>
    submitApplication(system.api, tokens[index % tokens.length]!, `bench-${round}-${rate}-${index}`, scheduledAt),
  );
  const accepted = submissions.filter((submission) => submission.applicationId !== undefined);
  const busRecordOf = (submission: Submission) => bus.records.get(submission.applicationId!);
  const isDecided = (submission: Submission) => busRecordOf(submission)?.evaluatedOnBus !== undefined;
  const drainUntil = now() + options.drainSeconds * 1000;
  for (await bus.readNew(); !accepted.every(isDecided) && now() < drainUntil; await bus.readNew()) await sleep(100);
  const requests = difference(await system.requests(), before);
  const cpuAfter = system.cpuSeconds();

  const decided = accepted
    .filter(isDecided)
    .map((submission) => ({ submission, bus: busRecordOf(submission) as Required<BusRecord> }));
  const decisionLatencies = decided.map(({ submission, bus }) => bus.evaluatedOnBus - submission.scheduledAt);
  const decisionTimes = decided.map(({ bus }) => bus.evaluatedOnBus);
  const decidingSeconds = Math.max(options.seconds, (Math.max(...decisionTimes) - Math.min(...decisionTimes)) / 1000);
  return {
    rate,
    submitted: submissions.length,
    failed: submissions.length - accepted.length,
    firstFailure: submissions.find((submission) => submission.failure !== undefined)?.failure,
    decided: decided.length,
    undecided: accepted.length - decided.length,
    submitLatencies: submissions.map((submission) => submission.latency),
    decisionLatencies,
    stageLatencies: Object.fromEntries(
      Object.entries(STAGES).map(([stage, latency]) => [
        stage,
        decided.map(({ submission, bus }) => latency(submission, bus)),
      ]),
    ) as RateResult['stageLatencies'],
    decisionsPerSecond: decided.length / decidingSeconds,
    requests,
    cpuSeconds: { node: cpuAfter.node - cpuBefore.node, dynamodb: cpuAfter.dynamodb - cpuBefore.dynamodb },
  };
}

const keptUp = (result: RateResult) => result.decisionsPerSecond >= KEPT_UP * result.rate;

// ---------------------------------------------------------------------------------------------
// Report

const ms = (value: number) => (Number.isNaN(value) ? '-' : `${Math.round(value)}`);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row.map((cell, column) => (column === row.length - 1 ? cell : cell.padStart(widths[column]!))).join('  '),
    )
    .join('\n');
}

/** CPU ms per decided application. */
const cpuPerApplication = (result: RateResult, process: keyof CpuSeconds) =>
  result.decided > 0 ? ((result.cpuSeconds[process] * 1000) / result.decided).toFixed(1) : '-';

/** The baseline's figure with its rounds: the median, the spread, and what the system did meanwhile. */
function baselineLine(baseline: Baseline, options: Options): string {
  const rates = baseline.rounds.map((round) => round.putItemsPerSecond);
  const spread = (100 * (Math.max(...rates) - Math.min(...rates))) / baseline.putItemsPerSecond;
  return [
    `raw DynamoDB Local PutItem, concurrency ${BASELINE_CONCURRENCY}, same JVM (npm start's flags, -dbPath),`,
    baseline.idle
      ? `the system idle after ${baseline.settledAfter.toFixed(0)} s,`
      : `the system NOT idle after ${baseline.settledAfter.toFixed(0)} s,`,
    `${options.baselineRounds} rounds of ${options.baselineSeconds} s: median ${Math.round(baseline.putItemsPerSecond)}/s`,
    `(rounds ${rates.map(Math.round).join(', ')}; spread ${spread.toFixed(0)}% of the median),`,
    `JVM CPU ${baseline.cpuMsPerPutItem.toFixed(2)} ms each,`,
    `the system's Node meanwhile ${(100 * Math.max(...baseline.rounds.map((round) => round.nodeShare))).toFixed(0)}% of a core at most`,
  ].join(' ');
}

function report(results: readonly RateResult[], baseline: Baseline, options: Options): string {
  const { putItemsPerSecond } = baseline;
  const rows = [
    [
      'rate/s',
      'submitted',
      'submit p50 ms',
      'p99 ms',
      'decision p50 ms',
      'p99 ms',
      'decisions/s',
      'AWS calls/app',
      'CPU ms/app: Node',
      'JVM',
      'notes',
    ],
    ...results.map((result) => [
      String(result.rate),
      String(result.submitted),
      ms(percentile(result.submitLatencies, 50)),
      ms(percentile(result.submitLatencies, 99)),
      ms(percentile(result.decisionLatencies, 50)),
      ms(percentile(result.decisionLatencies, 99)),
      result.decisionsPerSecond.toFixed(1),
      result.decided > 0 ? (total(result.requests) / result.decided).toFixed(2) : '-',
      cpuPerApplication(result, 'node'),
      cpuPerApplication(result, 'dynamodb'),
      [
        keptUp(result) ? '' : 'not kept up',
        result.failed > 0 ? `${result.failed} not accepted (first: ${result.firstFailure})` : '',
        result.undecided > 0 ? `${result.undecided} undecided after ${options.drainSeconds} s` : '',
      ]
        .filter(Boolean)
        .join(', '),
    ]),
  ];
  const saturated = !results.every(keptUp);
  const knee = results.reduce((best, result) => (result.decisionsPerSecond > best.decisionsPerSecond ? result : best));
  const share = (100 * knee.decisionsPerSecond) / putItemsPerSecond;
  const allRequests = results.reduce<RequestCounts>((sum, result) => {
    for (const [name, count] of Object.entries(result.requests)) sum[name] = (sum[name] ?? 0) + count;
    return sum;
  }, {});
  const allDecided = results.reduce((sum, result) => sum + result.decided, 0);
  const perApplication = (runtime: boolean) =>
    Object.entries(allRequests)
      .filter(([name]) => name.startsWith(RUNTIME) === runtime)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, count]) => `${name.replace(RUNTIME, '')} ${allDecided > 0 ? (count / allDecided).toFixed(2) : '-'}`)
      .join(', ');
  const stages = [
    ['rate/s', ...Object.keys(STAGES).map((stage) => `${stage} p50 ms`)],
    ...results.map((result) => [
      String(result.rate),
      ...Object.values(result.stageLatencies).map((latencies) => ms(percentile(latencies, 50))),
    ]),
  ];
  return [
    table(rows),
    '',
    'where the decision time goes (clocks of the handlers and the bus):',
    table(stages),
    '',
    baselineLine(baseline, options),
    saturated
      ? `knee: ${knee.decisionsPerSecond.toFixed(1)} decisions/s (at ${knee.rate}/s offered) = ${share.toFixed(0)}% of the raw PutItem rate`
      : `knee not reached: every rate kept up with; ${knee.decisionsPerSecond.toFixed(1)} decisions/s (${share.toFixed(0)}% of raw PutItem) is a lower bound`,
    `AWS calls per application by operation (all rates): ${perApplication(false)}`,
    `the local runtime's own requests per application (Lambda's on AWS: the stream readers' and the queue pollers'): ${perApplication(true)}`,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------

interface Options {
  rates: number[];
  seconds: number;
  baselineSeconds: number;
  baselineRounds: number;
  settleSeconds: number;
  drainSeconds: number;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      rates: { type: 'string', default: '10,20,40,80,160' },
      seconds: { type: 'string', default: '10' },
      'baseline-seconds': { type: 'string', default: '3' },
      'baseline-rounds': { type: 'string', default: '5' },
      'settle-seconds': { type: 'string', default: '60' },
      'drain-seconds': { type: 'string', default: '60' },
    },
  });
  const positive = (name: string, text: string) => {
    const value = Number(text);
    if (!(value > 0)) throw new Error(`--${name} takes positive numbers (got '${text}')`);
    return value;
  };
  return {
    rates: values.rates.split(',').map((rate) => positive('rates', rate)),
    seconds: positive('seconds', values.seconds),
    baselineSeconds: positive('baseline-seconds', values['baseline-seconds']),
    baselineRounds: positive('baseline-rounds', values['baseline-rounds']),
    settleSeconds: positive('settle-seconds', values['settle-seconds']),
    drainSeconds: positive('drain-seconds', values['drain-seconds']),
  };
}

async function main(): Promise<void> {
  const options = parseOptions();
  const startedAt = performance.now();
  const system = await startCountedSystem();
  try {
    console.log(
      `local system (npm start, state in ${system.stateDir}) ready in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`,
    );
    const signingKey = loadSigningKey(join(system.stateDir, basename(SIGNING_KEY_FILE)));
    const tokens = await Promise.all(
      Array.from({ length: APPLICANTS }, (_, i) => issueToken(signingKey, { sub: `bench-applicant-${i}` })),
    );
    const bus = busRecords(system.api);
    const results: RateResult[] = [];
    for (const rate of options.rates) {
      const result = await measureRate(system, results.length, rate, options, tokens, bus);
      results.push(result);
      console.log(
        `${rate}/s: ${result.decided} decided at ${result.decisionsPerSecond.toFixed(1)}/s, decision p50 ${ms(percentile(result.decisionLatencies, 50))} ms`,
      );
      if (!keptUp(result)) break; // the knee: higher rates would only lengthen the run
    }
    const baseline = await putItemRate(system, options);
    console.log(`\n${report(results, baseline, options)}`);
  } finally {
    await system.stop();
  }
}

if (process.env[SYSTEM_ROLE]) await serveCountedSystem();
else await main();
