/**
 * Payout runs (SPEC §6): starting one (the yearly schedule and the admin route share this) and
 * reading its totals from the counter shards. Completing a run is in ./completion.ts.
 */
import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { formatYuan, POLICY_REGISTRY, shanghaiDate } from '../../../shared/policy/index.js';
import { INDEX_SHARDS, runKey, runningIndexKeys, runPartition, yearRunsIndexKeys } from '../store/items/keys.js';
import { documentClient } from '../clients/dynamodb.js';
import { clock, nowIso } from '../runtime/clock.js';
import type { PayoutMessage, PlanMessage } from './model.js';
import { sendMessages } from '../messaging/send.js';
import { correlationAttributes } from '../messaging/correlation.js';
import { Refusal } from '../../../shared/domain/refusal.js';
import type { RunResponse } from '../edge/responses.js';
import { getItem } from '../store/get-item/get-item.js';
import type { Item } from '../store/items/table.js';
import { counterAddition as shardAddition, counterShards } from '../store/counters.js';

export type RunStatus = RunResponse['status'];

export interface RunTotals {
  found: number;
  paid: number;
  alreadyPaid: number;
  failed: number;
  settled: number;
  amountFen: bigint;
  /** Entitlement shards whose planning has finished. */
  planned: number;
}

/** The run as GET /v1/admin/payout-runs/{runId} answers it. */
export type RunView = RunResponse;

/** Where a run is recorded and where its work is queued: the table and the payout queue its caller's composition read. */
export interface PayoutResources {
  table: string;
  payoutQueue: string;
}

/** Sends a run's messages to the payout queue, each naming the request that started the run (SPEC §10.2). */
export const sendPayoutMessages = (
  payoutQueue: string,
  messages: readonly PayoutMessage[],
  correlationId: string | undefined,
) => sendMessages(payoutQueue, messages, () => correlationAttributes(correlationId));

/** The request that started a stored run: its events and messages carry it. */
export const correlationOfRun = (run: Item): string | undefined =>
  typeof run.correlationId === 'string' ? run.correlationId : undefined;

/**
 * A run may pay fiscal year Y from `<Y+1>-<ospOperatingPayoutFrom>` (1 March), Asia/Shanghai,
 * and only for years the policy subsidises. Both limits come from the version in force today.
 */
export function assertRunAllowed(fiscalYear: number, now: Date): void {
  const today = shanghaiDate(now.toISOString());
  const { id, parameters } = POLICY_REGISTRY.inForceOn(today);
  const firstYear = parameters.ospOperatingFirstFiscalYear.value;
  if (fiscalYear < firstYear) {
    throw new Refusal('fiscal-year-not-subsidised', { fiscalYear, firstFiscalYear: firstYear, version: id });
  }
  const payoutFrom = parameters.ospOperatingPayoutFrom.value;
  const opensOn = payableFrom(fiscalYear, now);
  // Compared as days, not strings: "10000-03-01" would sort before "2026-12-01".
  const [month, day] = payoutFrom.split('-').map(Number) as [number, number];
  if (Date.parse(`${today}T00:00:00Z`) < Date.UTC(fiscalYear + 1, month - 1, day)) {
    throw new Refusal('payout-not-yet-due', { fiscalYear, opensOn, today });
  }
}

/** The first day (Asia/Shanghai) a run may pay fiscal year Y: `<Y+1>-<ospOperatingPayoutFrom>` of the version in force today. */
export function payableFrom(fiscalYear: number, now: Date): string {
  const { parameters } = POLICY_REGISTRY.inForceOn(shanghaiDate(now.toISOString()));
  return `${fiscalYear + 1}-${parameters.ospOperatingPayoutFrom.value}`;
}

/** The fiscal year the yearly schedule pays: the Shanghai calendar year before now. */
export const fiscalYearJustEnded = (now: Date): number => Number(shanghaiDate(now.toISOString()).slice(0, 4)) - 1;

/**
 * Creates the run record and enqueues one plan message per entitlement shard; the workers do
 * the rest. `correlationId` names the request that started it (the admin route's API request,
 * the schedule's invocation of the planner), when there is one: stored with the run, it travels with every message
 * of the run and in its events. Runs may overlap: each entitlement is still paid once (the ledger key is per
 * entitlement). If the enqueue fails the caller gets the error; the run stays RUNNING with
 * nothing planned until the sweeper resumes it (./resume.ts).
 */
export async function startRun(
  { table, payoutQueue }: PayoutResources,
  {
    fiscalYear,
    startedBy,
    correlationId,
  }: {
    fiscalYear: number;
    startedBy: string;
    correlationId?: string | undefined;
  },
): Promise<RunView> {
  assertRunAllowed(fiscalYear, clock.now());
  const runId = randomUUID();
  const startedAt = nowIso();
  const run = { runId, fiscalYear, status: 'RUNNING' as const, startedAt, startedBy };
  await documentClient.send(
    new PutCommand({
      TableName: table,
      Item: {
        ...runKey(runId),
        entity: 'PAYOUT_RUN',
        ...run,
        ...(correlationId ? { correlationId } : {}),
        ...runningIndexKeys(startedAt, runId),
        ...yearRunsIndexKeys(fiscalYear, startedAt, runId),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  const plans: PlanMessage[] = Array.from({ length: INDEX_SHARDS }, (_, shard) => ({
    kind: 'plan',
    runId,
    fiscalYear,
    shard,
    page: 0,
  }));
  await sendPayoutMessages(payoutQueue, plans, correlationId);
  return { ...run, ...viewTotals(emptyTotals()) };
}

const emptyTotals = (): RunTotals => ({
  found: 0,
  paid: 0,
  alreadyPaid: 0,
  failed: 0,
  settled: 0,
  amountFen: 0n,
  planned: 0,
});

const count = (value: unknown): number => (typeof value === 'number' ? value : 0);

/** The run's totals: the sum of its counter shards (one strongly consistent Query). */
export async function readTotals(table: string, runId: string): Promise<RunTotals> {
  const totals = emptyTotals();
  for (const counter of await counterShards(table, runPartition(runId))) {
    totals.found += count(counter.found);
    totals.paid += count(counter.paid);
    totals.alreadyPaid += count(counter.alreadyPaid);
    totals.failed += count(counter.failed);
    totals.settled += count(counter.settled);
    totals.amountFen += BigInt(count(counter.amountFen));
    totals.planned += count(counter.planned);
  }
  return totals;
}

export const viewTotals = ({ found, paid, alreadyPaid, failed, amountFen }: RunTotals) => ({
  found,
  paid,
  alreadyPaid,
  failed,
  amount: formatYuan(amountFen),
});

export const getRun = (table: string, runId: string): Promise<Item | undefined> => getItem(table, runKey(runId));

/** The run with its current totals, or undefined for an unknown id. */
export async function readRun(table: string, runId: string): Promise<RunView | undefined> {
  const [run, totals] = await Promise.all([getRun(table, runId), readTotals(table, runId)]);
  return run ? runView(run, totals) : undefined;
}

/** A stored run with its totals in the API's shape. */
export function runView(run: Item, totals: RunTotals): RunView {
  const runId = run.runId as string;
  return {
    runId,
    fiscalYear: run.fiscalYear as number,
    status: run.status as RunStatus,
    ...viewTotals(totals),
    startedAt: run.startedAt as string,
    startedBy: run.startedBy as string,
    ...(typeof run.completedAt === 'string' ? { completedAt: run.completedAt } : {}),
  };
}

/** Adds counts to the run's counter shard named by `name` (a page, a pay message): once per page or message, never per entitlement. */
export const counterAddition = (table: string, runId: string, name: string, counts: Record<string, number>) =>
  shardAddition(table, runPartition(runId), name, counts);
