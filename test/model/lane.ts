/**
 * A lane: scenarios that run together on a fresh set of resources (table, queues, bus) of their
 * own, in a world of their own: every AWS call made on the lane's behalf (by the handlers'
 * injected clients and by the test's) passes through the lane's seeded scheduler
 * (./scheduler.ts) as SDK middleware; the lane's clock and ids are its own
 * (./lane-context.ts). Lanes share nothing, so several run at once and each still replays
 * exactly: what a lane does depends only on its scenarios, its schedule and its seed.
 */
import { createHash } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBRecord } from 'aws-lambda';
import { rng } from '../../bench/lib/cases.js';
import { clock } from '../../functions/commons/runtime/clock.js';
import type { LocalResources } from '../../infra/local/provision.js';
import { relayedRecords } from '../support/emulators/env.js';
import { crashAfterPayment } from '../support/faults.js';
import { laneContext, type SeededWorld } from './lane-context.js';
import { Scheduler } from './scheduler.js';

/** The lane clock's first instant: a day the current policy version (LG-AI-2020-R1) is in force. */
const FIRST_INSTANT = Date.parse('2026-12-07T02:00:00.000Z');

export class Lane implements SeededWorld {
  readonly scheduler: Scheduler;
  /** Entitlements whose payment the payout worker dies right after, once each. */
  readonly paymentsToCrash = new Set<string>();
  readonly crashedPayments: string[] = [];
  /** A write to the lane's table was sent since the relay last caught up. */
  wrote = false;
  private instant = FIRST_INSTANT;
  private readonly word: () => number;

  constructor(
    /** Its tables, queues and bus: its functions and the test's helpers are composed on them (./system.ts). */
    readonly resources: LocalResources,
    schedule: readonly number[],
    seed: number,
    /** Keeps the trace (the replay test compares two); the lane runs the same without. */
    traced: boolean,
    /**
     * How long each request is held in real time before it is sent and after it is answered, ms:
     * the replay test's second copy meets the emulators and its own timers at other speeds, as a
     * slower machine or emulator would (none by default).
     */
    private readonly pace?: () => number,
  ) {
    this.scheduler = new Scheduler(schedule, traced);
    const random = rng(seed);
    this.word = () => Math.floor(random() * 2 ** 32);
  }

  /**
   * A stream record as the lane's relay reads it: written at the lane's present instant (the clock
   * not moved), not at DynamoDB Local's wall-clock time, so that the relay's give-up age is the lane's time too.
   */
  dated(record: DynamoDBRecord): DynamoDBRecord {
    return {
      ...record,
      dynamodb: { ...record.dynamodb, ApproximateCreationDateTime: Math.floor(this.instant / 1000) },
    };
  }

  /** Each reading of the clock is a millisecond after the one before. */
  now(): Date {
    this.instant += 1;
    return new Date(this.instant);
  }

  bytes(size: number): Buffer {
    const bytes = Buffer.alloc(size);
    for (let i = 0; i < size; i += 4) {
      const word = this.word();
      for (let j = 0; j < 4 && i + j < size; j++) bytes[i + j] = (word >>> (8 * j)) & 0xff;
    }
    return bytes;
  }

  /** Sends a request of this lane, held as its pace says (the global timer: the mocked node:timers/promises resolves at once in a lane). */
  async send<T>(request: () => Promise<T>): Promise<T> {
    if (!this.pace) return request();
    const hold = () => new Promise((resolve) => setTimeout(resolve, this.pace!()));
    await hold();
    const answer = await request();
    await hold();
    return answer;
  }

  /**
   * Sends a request of the atomic step in flight that bypasses the SDK (./consistent-reads.ts), as
   * the scheduler's middleware sends such a step's SDK calls: in the order they were sent, held as the pace says.
   */
  sendInStep<T>(request: () => Promise<T>): Promise<T> {
    return this.scheduler.inOrder(() => this.send(request));
  }

  /** Runs `work` as `actor` of this lane: its calls are scheduled and named after it in the trace. */
  run<T>(actor: string, work: () => Promise<T>): Promise<T> {
    return laneContext.run({ world: this, actor, atomic: false }, work);
  }

  /** Runs `work` as one step of the schedule, its own calls unscheduled (the relay catching up, a recount); `outcome` says what it answered, for the trace. */
  atomic<T>(label: string, work: () => Promise<T>, outcome?: (result: T) => string): Promise<T> {
    const actor = laneContext.getStore()?.actor ?? 'lane';
    return this.scheduler.step(
      () => `${actor}: ${label}`,
      () => laneContext.run({ world: this, actor, atomic: true }, work),
      outcome,
    );
  }

  /** The crash after a payment, once per entitlement marked for it. */
  crashesAfterPayment(applicationId: string): boolean {
    if (!this.paymentsToCrash.delete(applicationId)) return false;
    this.crashedPayments.push(applicationId);
    return true;
  }

  get trace(): readonly string[] {
    return this.scheduler.trace;
  }
}

const currentLane = (): Lane | undefined => {
  const world = laneContext.getStore()?.world;
  return world instanceof Lane ? world : undefined;
};

/** Sets in order, so that the same value always reads the same. */
const canonical = (field: string, value: unknown) =>
  value instanceof Set ? [...(value as Set<unknown>)].sort() : value;

const digest = (json: string) => createHash('sha256').update(json).digest('hex').slice(0, 16);

/** Input fields that name the lane's resources or the queue's own tokens: the same call reads the same in every lane. */
const UNNAMED = new Set(['TableName', 'QueueUrl', 'EventBusName', 'ReceiptHandle']);

/** The call's input as the trace shows it: the first keys it names and a digest of the rest. */
function describeInput(input: unknown): string {
  const keys: string[] = [];
  const json = JSON.stringify(input, (field, value: unknown) => {
    if (UNNAMED.has(field)) return undefined;
    if (field === 'pk' && keys.length < 4) keys.push(String((value as { S?: string }).S ?? value));
    return canonical(field, value);
  });
  return `${keys.join(' ')} ${digest(json)}`;
}

/**
 * What the call answered, as far as it depends on the lane alone: DynamoDB's whole answer;
 * the bodies and receive counts of received messages (ids and receipt handles are the queue
 * server's own); that SQS and EventBridge took what was sent.
 */
function describeOutput(client: string, output: Record<string, unknown>): string {
  if (client === 'DynamoDBClient') {
    const { $metadata: _metadata, ConsumedCapacity: _consumed, ...answer } = output;
    return digest(JSON.stringify(answer, canonical));
  }
  const messages = output.Messages as { Body?: string; Attributes?: Record<string, string> }[] | undefined;
  if (messages)
    return `${messages.length} message(s) ${digest(JSON.stringify(messages.map((m) => [m.Body, m.Attributes?.ApproximateReceiveCount])))}`;
  const failed = (output.Failed as unknown[] | undefined)?.length ?? Number(output.FailedEntryCount ?? 0);
  return failed > 0 ? `${failed} failed` : 'ok';
}

type Client = DynamoDBClient | SQSClient | EventBridgeClient;

/** The DynamoDB commands that change a table (and so its stream). */
const WRITES = /^(Put|Update|Delete|BatchWrite|TransactWrite)Items?Command$/;

function schedule(client: Client): void {
  (client.middlewareStack as DynamoDBClient['middlewareStack']).add(
    (next, context) => async (args) => {
      const store = laneContext.getStore();
      const lane = currentLane();
      if (!store || !lane) return next(args);
      // Noted as the write goes out, not while it waits: a catch-up before it must not clear it.
      const send = () => {
        if (WRITES.test(context.commandName ?? '')) lane.wrote = true;
        return lane.send(() => next(args));
      };
      if (store.atomic) return lane.scheduler.inOrder(send);
      const label = () => `${store.actor}: ${context.commandName} ${describeInput(args.input)}`;
      return lane.scheduler.step(label, send, (result) =>
        describeOutput(context.clientName ?? '', result.output as unknown as Record<string, unknown>),
      );
    },
    { step: 'initialize', priority: 'high', name: 'modelScheduler', override: true },
  );
}

/**
 * Puts lanes in charge while the model test runs: the clients' calls go through the running
 * lane's scheduler, the clock answers for it (the relay's stream records too), and the payout
 * worker crashes after the payments the lane marked. Outside a lane all of it is as before.
 * Returns the removal.
 */
export function installLanes(payoutWorker: DynamoDBClient, clients: Client[]): () => void {
  for (const client of clients) schedule(client);
  const removeCrashes = crashAfterPayment(
    payoutWorker,
    (applicationId) => currentLane()?.crashesAfterPayment(applicationId) ?? false,
  );
  const realNow = clock.now;
  clock.now = () => currentLane()?.now() ?? realNow();
  const realDated = relayedRecords.dated;
  relayedRecords.dated = (records) => {
    const lane = currentLane();
    return lane ? records.map((record) => lane.dated(record)) : realDated(records);
  };
  return () => {
    relayedRecords.dated = realDated;
    clock.now = realNow;
    removeCrashes();
    for (const client of clients) client.middlewareStack.remove('modelScheduler');
  };
}
