/**
 * Resuming a payout run whose messages were lost (a local restart empties the in-memory queues)
 * or dead-lettered (a plan step that kept failing): from what the run recorded, re-send exactly
 * the work not yet done — the next plan page of every shard whose planning stopped, and the pay
 * messages of planned pages without a tally — then complete it if nothing is left. Every message
 * is the one the run would have sent, so totals stay exact: pages and tallies are written once.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../clients/dynamodb.js';
import { INDEX_SHARDS, pageKey, runKey, runPartition, RUNNING_RUNS, TALLY_PREFIX } from '../store/items/keys.js';
import { completeIfSettled } from './completion.js';
import {
  ENTITLEMENTS_PER_MESSAGE,
  payMessages,
  type Entitlement,
  type PayoutMessage,
  type PlanMessage,
} from './model.js';
import { correlationOfRun, getRun, sendPayoutMessages, type PayoutResources } from './runs.js';
import { getItem } from '../store/get-item/get-item.js';
import type { Item } from '../store/items/table.js';
import { queryAll, unfinishedJobs } from '../store/query/query.js';

interface PageRecord {
  sk: string;
  shard: number;
  page: number;
  /** Entitlements on the page (absent on pages planned before it was recorded: read the page). */
  size?: number;
  next?: string;
}

/** The run's planned pages (without their entitlements) and the batches already tallied. */
async function progressOf(table: string, runId: string) {
  const pages: PageRecord[] = [];
  const tallied = new Set<string>();
  const items = await queryAll(table, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': runPartition(runId) },
    ProjectionExpression: 'sk, #size, #next',
    ExpressionAttributeNames: { '#size': 'size', '#next': 'next' },
  });
  for (const item of items) {
    const sk = String(item.sk);
    const pageMatch = /^PAGE#(\d+)#(\d+)$/.exec(sk);
    if (pageMatch) {
      pages.push({
        sk,
        shard: Number(pageMatch[1]),
        page: Number(pageMatch[2]),
        ...(typeof item.size === 'number' ? { size: item.size } : {}),
        ...(typeof item.next === 'string' ? { next: item.next } : {}),
      });
    } else if (sk.startsWith(TALLY_PREFIX)) tallied.add(sk.slice(TALLY_PREFIX.length));
  }
  return { pages, tallied };
}

/** The plan message that continues each shard whose planning has not reached its last page. */
function unplannedShards(runId: string, fiscalYear: number, pages: readonly PageRecord[]): PlanMessage[] {
  const messages: PlanMessage[] = [];
  for (let shard = 0; shard < INDEX_SHARDS; shard++) {
    const last = pages.filter((page) => page.shard === shard).sort((a, b) => b.page - a.page)[0];
    if (!last) messages.push({ kind: 'plan', runId, fiscalYear, shard, page: 0 });
    else if (last.next !== undefined)
      messages.push({ kind: 'plan', runId, fiscalYear, shard, page: last.page + 1, after: last.next });
  }
  return messages;
}

const unfinished = ({ shard, page, size }: PageRecord, tallied: ReadonlySet<string>) =>
  size === undefined ||
  Array.from({ length: Math.ceil(size / ENTITLEMENTS_PER_MESSAGE) }, (_, chunk) => `${shard}-${page}-${chunk}`).some(
    (batch) => !tallied.has(batch),
  );

/** Re-sends a RUNNING run's unfinished work; returns how many messages were sent. */
export async function resumeRun({ table, payoutQueue }: PayoutResources, runId: string): Promise<number> {
  const run = await getRun(table, runId);
  if (run?.status !== 'RUNNING') return 0;
  const fiscalYear = run.fiscalYear as number;
  const { pages, tallied } = await progressOf(table, runId);
  const messages: PayoutMessage[] = unplannedShards(runId, fiscalYear, pages);
  for (const page of pages.filter((record) => unfinished(record, tallied))) {
    const stored = await getItem(table, pageKey(runId, page.shard, page.page));
    const plan: PlanMessage = { kind: 'plan', runId, fiscalYear, shard: page.shard, page: page.page };
    messages.push(
      ...payMessages(plan, (stored?.entitlements ?? []) as Entitlement[]).filter(
        (message) => !tallied.has(message.batch),
      ),
    );
  }
  await sendPayoutMessages(payoutQueue, messages, correlationOfRun(run));
  if (messages.length === 0) await completeIfSettled(table, runId);
  return messages.length;
}

/** RUNNING runs of `table` (started before `startedBefore`, when given), a page at a time (GSI3 `RUNS#RUNNING`). */
export const runningRuns = (
  table: string,
  { startedBefore }: { startedBefore?: string } = {},
): AsyncGenerator<Item[]> => unfinishedJobs(table, RUNNING_RUNS, startedBefore);

/** Records the progress a sweep saw on a run, for the next sweep to compare. */
export async function recordProgressSeen(table: string, runId: string, progress: string): Promise<void> {
  await documentClient.send(
    new UpdateCommand({
      TableName: table,
      Key: runKey(runId),
      UpdateExpression: 'SET progressSeen = :progress',
      ExpressionAttributeValues: { ':progress': progress },
    }),
  );
}
