/**
 * `npm run bench:cost`: what one application and one payout cost on AWS, counted on the local
 * emulators and priced at the us-east-1 on-demand list prices below. A figure, not a test.
 *
 * - One application's life: POST /v1/applications (with an Idempotency-Key, as the README's
 *   client sends it) → evaluated from the queue → an admin's APPROVE review, through the local
 *   gateway, the evaluation queue's poller and the outbox relay on the table's stream: the same
 *   handlers and event sources as `npm start` (DynamoDB Local in memory). AI_ACTIVITY
 *   applications, 100 applicants; the review awards an amount, so the award's cap lock is paid for.
 * - One payout: ELIGIBLE operating-cost entitlements are stored with the real item builder
 *   (uncounted), then a payout run is started through the admin API and counted until COMPLETED.
 * - Counted on the handlers' own SDK clients (functions/commons/clients/*.ts), retries included:
 *   DynamoDB read and write request units from ReturnConsumedCapacity=INDEXES (table and every
 *   index; DynamoDB Local applies each index's projection, as AWS does), SQS requests (the
 *   handlers' sends, plus the event source's receives that returned messages and its deletes;
 *   idle long polls are a fixed cost, not per application), EventBridge entries (64 KB chunks),
 *   Lambda invocations and handler time (at each function's configured memory, arm64).
 * - DynamoDB Local reports a TransactWriteItems write at 4 units per KB (measured: a 3 KB item
 *   put in a transaction → 12 table units, 3 outside one; an index entry 4 for 1), where AWS bills
 *   transactional writes at 2 per KB: transaction figures are halved here to what AWS would bill.
 * - Not counted: DynamoDB Streams reads by Lambda (free), a failed conditional write (no
 *   consumed capacity is returned with the error; the sequential workload here has none), storage.
 *
 * Options: --applications N (default 200)  --payouts N (default 200)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { issueToken, loadSigningKey } from '../infra/local/dev-auth.js';
import { startLocalPlatform } from '../infra/local/platform.js';
import { ACTIVITY_APPLICATION } from './lib/activity-application.js';
import {
  DEFAULT_FUNCTION_MEMORY_MB,
  FUNCTION_MEMORY_MB,
  MAIN_TABLE,
  type FunctionName,
} from '../shared/contract/resources.js';
import { applicationItem } from '../functions/commons/store/items/application-item.js';
import type { ApplicationRecord } from '../shared/domain/application.js';

/** us-east-1 on-demand list prices, USD, as published on the AWS pricing pages on 2026-12-01. */
const PRICES = {
  date: '2026-12-01',
  /** DynamoDB on-demand (Standard table class), per million write / read request units. */
  writeRequestUnit: 0.625 / 1e6,
  readRequestUnit: 0.125 / 1e6,
  /** SQS standard queue, per million requests (each 64 KB chunk of a request counts as one). */
  sqsRequest: 0.4 / 1e6,
  /** EventBridge custom events, per million (each 64 KB chunk of an entry counts as one). */
  eventBridgeEvent: 1.0 / 1e6,
  /** Lambda arm64: per million requests, per GB-second. */
  lambdaRequest: 0.2 / 1e6,
  lambdaGbSecond: 0.0000133334,
} as const;

const READ_COMMANDS = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan', 'TransactGetItems']);
const DATA_COMMANDS = new Set([
  ...READ_COMMANDS,
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
  'TransactWriteItems',
]);
const CHUNK = 64 * 1024;

interface Meter {
  readUnits: number;
  writeUnits: number;
  /** Write units by where they land: `table`, `GSI1`, … */
  writeUnitsBy: Record<string, number>;
  /** Write units by operation: `TransactWriteItems`, `UpdateItem`, … */
  writeUnitsOf: Record<string, number>;
  sqsRequests: number;
  events: number;
  invocations: Record<string, number>;
  handlerMs: Record<string, number>;
}

const emptyMeter = (): Meter => ({
  readUnits: 0,
  writeUnits: 0,
  writeUnitsBy: {},
  writeUnitsOf: {},
  sqsRequests: 0,
  events: 0,
  invocations: {},
  handlerMs: {},
});
let meter = emptyMeter();

type Handler = (args: { input: Record<string, unknown> }) => Promise<{ output: Record<string, unknown> }>;
type Middleware = (next: Handler, context: { commandName?: string }) => Handler;
interface Stack {
  add(middleware: Middleware, options: { step: 'initialize'; name: string; priority?: 'high' }): void;
}
const operation = (context: { commandName?: string }) => (context.commandName ?? '').replace(/Command$/, '');

interface Consumed {
  CapacityUnits?: number;
  Table?: { CapacityUnits?: number };
  GlobalSecondaryIndexes?: Record<string, { CapacityUnits?: number }>;
}

function meterDynamoDb(stack: Stack): void {
  stack.add(
    (next, context) => async (args) => {
      const name = operation(context);
      if (!DATA_COMMANDS.has(name)) return next(args);
      const result = await next({ ...args, input: { ...args.input, ReturnConsumedCapacity: 'INDEXES' } });
      const consumed = result.output.ConsumedCapacity as Consumed | Consumed[] | undefined;
      for (const entry of [consumed ?? []].flat()) {
        if (READ_COMMANDS.has(name)) {
          meter.readUnits += entry.CapacityUnits ?? 0;
          continue;
        }
        const billed = name === 'TransactWriteItems' ? 0.5 : 1;
        meter.writeUnits += (entry.CapacityUnits ?? 0) * billed;
        meter.writeUnitsOf[name] = (meter.writeUnitsOf[name] ?? 0) + (entry.CapacityUnits ?? 0) * billed;
        const add = (where: string, units = 0) =>
          (meter.writeUnitsBy[where] = (meter.writeUnitsBy[where] ?? 0) + units * billed);
        add('table', entry.Table?.CapacityUnits);
        for (const [index, units] of Object.entries(entry.GlobalSecondaryIndexes ?? {}))
          add(index, units.CapacityUnits);
      }
      return result;
    },
    { step: 'initialize', name: 'benchCapacityMeter', priority: 'high' },
  );
}

/** SQS requests; the event source's empty long polls are left out (a fixed cost, whatever the volume). */
function meterSqs(stack: Stack): void {
  stack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      const received =
        operation(context) === 'ReceiveMessage' ? ((result.output.Messages as unknown[] | undefined)?.length ?? 0) : 1;
      if (received > 0) meter.sqsRequests += 1;
      return result;
    },
    { step: 'initialize', name: 'benchSqsMeter' },
  );
}

function meterEventBridge(stack: Stack): void {
  stack.add(
    (next, context) => async (args) => {
      if (operation(context) === 'PutEvents') {
        for (const entry of (args.input.Entries as Array<{ Detail?: string }> | undefined) ?? []) {
          meter.events += Math.max(1, Math.ceil(Buffer.byteLength(JSON.stringify(entry)) / CHUNK));
        }
      }
      return next(args);
    },
    { step: 'initialize', name: 'benchEventMeter' },
  );
}

/** The function's handler, counted and timed per invocation. */
async function meteredHandler<T>(name: FunctionName): Promise<T> {
  const { handler } = (await import(`../functions/${name}/handler.js`)) as {
    handler: (...args: unknown[]) => Promise<unknown>;
  };
  return (async (...args: unknown[]) => {
    const started = performance.now();
    try {
      return await handler(...args);
    } finally {
      meter.invocations[name] = (meter.invocations[name] ?? 0) + 1;
      meter.handlerMs[name] = (meter.handlerMs[name] ?? 0) + performance.now() - started;
    }
  }) as T;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what: string, done: () => boolean | Promise<boolean>, seconds = 300): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

interface Costs {
  lines: Array<[string, number, number]>;
  total: number;
}

/** Per unit of work (application or payout): the quantities and their USD per 10,000. */
function costs(measured: Meter, units: number): Costs {
  const per = (value: number) => value / units;
  const gbSeconds = Object.entries(measured.handlerMs).reduce(
    (sum, [name, ms]) =>
      sum + (ms / 1000) * ((FUNCTION_MEMORY_MB[name as FunctionName] ?? DEFAULT_FUNCTION_MEMORY_MB) / 1024),
    0,
  );
  const invocations = Object.values(measured.invocations).reduce((a, b) => a + b, 0);
  const lines: Array<[string, number, number]> = [
    [
      'DynamoDB write request units',
      per(measured.writeUnits),
      per(measured.writeUnits) * PRICES.writeRequestUnit * 1e4,
    ],
    ['DynamoDB read request units', per(measured.readUnits), per(measured.readUnits) * PRICES.readRequestUnit * 1e4],
    ['SQS requests', per(measured.sqsRequests), per(measured.sqsRequests) * PRICES.sqsRequest * 1e4],
    ['EventBridge events', per(measured.events), per(measured.events) * PRICES.eventBridgeEvent * 1e4],
    ['Lambda invocations', per(invocations), per(invocations) * PRICES.lambdaRequest * 1e4],
    ['Lambda GB-seconds (local handler time)', per(gbSeconds), per(gbSeconds) * PRICES.lambdaGbSecond * 1e4],
  ];
  return { lines, total: lines.reduce((sum, [, , usd]) => sum + usd, 0) };
}

function report(title: string, measured: Meter, units: number): void {
  const { lines, total } = costs(measured, units);
  console.log(`\n${title} (${units} measured)`);
  console.log(`  ${'quantity'.padEnd(40)} ${'per unit'.padStart(10)} ${'USD per 10,000'.padStart(15)}`);
  for (const [label, quantity, usd] of lines)
    console.log(`  ${label.padEnd(40)} ${quantity.toFixed(2).padStart(10)} ${usd.toFixed(4).padStart(15)}`);
  console.log(`  ${'total'.padEnd(40)} ${''.padStart(10)} ${total.toFixed(4).padStart(15)}`);
  const perUnit = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([name, value]) => `${name} ${(value / units).toFixed(2)}`)
      .join(', ');
  console.log(`  write units by table/index: ${perUnit(measured.writeUnitsBy)}`);
  console.log(`  write units by operation: ${perUnit(measured.writeUnitsOf)}`);
  console.log(`  invocations per unit: ${perUnit(measured.invocations)}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { applications: { type: 'string', default: '200' }, payouts: { type: 'string', default: '200' } },
  });
  const applications = Number(values.applications);
  const payouts = Number(values.payouts);
  const stateDir = mkdtempSync(join(tmpdir(), 'bench-cost-'));
  const stops: Array<() => unknown> = [];
  try {
    const signingKey = loadSigningKey(join(stateDir, 'signing-key'));
    // In memory, without schedules: only the workload's own invocations are counted.
    const { api, resources, sqsClient, dynamodbClient, eventBridge, relay } = await startLocalPlatform({
      port: 0,
      signingKey,
      handlerFor: meteredHandler,
      schedules: false,
      stops,
    });
    // The very client instances the handlers use (a middleware added now meters every later request).
    meterDynamoDb(
      (await import('../functions/commons/clients/dynamodb.js')).dynamoDb.middlewareStack as unknown as Stack,
    );
    meterSqs((await import('../functions/commons/clients/sqs.js')).sqs.middlewareStack as unknown as Stack);
    meterEventBridge(
      (await import('../functions/commons/clients/eventbridge.js')).eventBridge.middlewareStack as unknown as Stack,
    );
    meterSqs(sqsClient.middlewareStack as unknown as Stack); // the event sources' receives and deletes

    const admin = await issueToken(signingKey, { sub: 'bench-reviewer', admin: true });
    const call = async (path: string, token: string, body: unknown, headers: Record<string, string> = {}) => {
      const response = await fetch(`${api}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as Record<string, unknown>;
    };
    const published = (detailType: string) =>
      eventBridge.events({}).filter((event) => event['detail-type'] === detailType).length;

    // ---- one application's life, N times
    meter = emptyMeter();
    const tokens = await Promise.all(
      Array.from({ length: 100 }, (_, i) => issueToken(signingKey, { sub: `bench-applicant-${i}` })),
    );
    const ids: string[] = [];
    for (let i = 0; i < applications; i++) {
      const submitted = await call('/v1/applications', tokens[i % tokens.length]!, ACTIVITY_APPLICATION, {
        'idempotency-key': `bench-${i}`,
      });
      ids.push(String(submitted.applicationId));
    }
    await until('every application evaluated', () => published('ApplicationEvaluated') >= applications);
    for (const id of ids)
      await call(`/v1/admin/applications/${id}/review`, admin, {
        decision: 'APPROVE',
        amount: '200000.00',
        note: 'Bench approval',
      });
    await until('every review published', () => published('ApplicationReviewed') >= applications);
    const lives = meter;

    // ---- one payout, M times
    const fiscalYear = 2025;
    const doc = DynamoDBDocumentClient.from(dynamodbClient, { marshallOptions: { removeUndefinedValues: true } });
    const entitlements = Array.from({ length: payouts }, (_, i) => applicationItem(entitlement(i, fiscalYear)));
    for (let i = 0; i < entitlements.length; i += 25) {
      const items = entitlements.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
      await doc.send(new BatchWriteCommand({ RequestItems: { [resources.tables[MAIN_TABLE.id]!]: items } }));
    }
    await relay.drain(); // the seeding's stream records, before counting
    meter = emptyMeter();
    await call('/v1/admin/payout-runs', admin, { fiscalYear });
    await until(
      'the payout run to complete',
      () => published('PayoutRunCompleted') >= 1 && published('PayoutIssued') >= payouts,
    );
    const runs = meter;

    console.log(
      `bench:cost — us-east-1 on-demand list prices of ${PRICES.date}; DynamoDB Local, local SQS and EventBridge`,
    );
    report('One application: submit → evaluated → reviewed (AI_ACTIVITY, approved)', lives, applications);
    report('One payout (annual operating-cost run)', runs, payouts);
  } finally {
    for (const stop of stops.reverse()) await Promise.resolve(stop()).catch(() => undefined);
    rmSync(stateDir, { recursive: true, force: true });
  }
}

/** An ELIGIBLE operating-cost entitlement as evaluation leaves it. */
function entitlement(i: number, fiscalYear: number): ApplicationRecord {
  const applicantId = `bench-platform-${i}`;
  const submittedAt = new Date(Date.UTC(fiscalYear + 1, 0, 15) + i * 1000).toISOString();
  return {
    applicationId: `bench-entitlement-${String(i).padStart(6, '0')}`,
    applicantId,
    programme: 'OSP_OPERATING',
    status: 'ELIGIBLE',
    submittedAt,
    organisation: {
      name: 'Bench Platform Co., Ltd.',
      unifiedSocialCreditCode: '91350100M000100Y43',
      registeredInLingang: true,
    },
    details: { fiscalYear, operatingCosts: '60000.00' },
    decision: { outcome: 'ELIGIBLE', amount: '6000.00', capApplied: false, policyVersion: 'LG-AI-2020', reasons: [] },
    audit: [
      { at: submittedAt, by: applicantId, from: null, to: 'SUBMITTED' },
      { at: submittedAt, by: 'system:evaluator', from: 'SUBMITTED', to: 'ELIGIBLE' },
    ],
  };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
