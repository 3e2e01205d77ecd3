/**
 * Counting a write's change into the statistics exactly once (README "Statistics"). One
 * transaction puts a marker for each stream record it counts (its eventID, which a redelivery
 * repeats) on condition that none exists, and adds the records' changes, summed, to the counters
 * of their fiscal years and programmes in one counter shard. A redelivered record fails its
 * marker's condition and adds nothing. Changes are sums, so any record may be added to any shard
 * and records of different items in any order: the shard is the transaction's (a hash of its first
 * record's eventID), so a transaction writes one counter item per cell, and no key takes every write.
 */
import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { addInto, cellKey, changeOf, type Contribution } from '../../../shared/domain/statistics.js';
import { documentClient } from '../clients/dynamodb.js';
import { clock } from '../runtime/clock.js';
import { countedKey, statisticsCounterKey, writeShard } from '../store/items/keys.js';
import { runTransaction } from '../store/transact-write-items/transactions.js';
import { TransactionConflict } from '../store/items/conflicts.js';
import { retryOnConflict } from '../use-cases/retry.js';

type Image = Record<string, unknown>;

/** How long a marker outlives its record: the stream keeps records 24 hours, Lambda retries within it. */
const MARKER_SECONDS = 2 * 24 * 3600;

/** A stream record's change to the counters, with what makes counting it idempotent. */
export interface CountableChange {
  /** The stream record's eventID: the same on every delivery of the record. */
  eventId: string;
  changes: Contribution[];
}

/** What a stream record's write changed in the counters; undefined when it changed none. */
export function countableChange(
  eventId: string,
  oldImage: Image | undefined,
  newImage: Image | undefined,
): CountableChange | undefined {
  if (!eventId) throw new Error('a stream record without an eventID cannot be counted once');
  const changes = changeOf(oldImage, newImage);
  return changes.length === 0 ? undefined : { eventId, changes };
}

/** The counter shard that the transaction counting `changes` (in this order) adds to. */
export const counterShardFor = (changes: readonly CountableChange[]): number => writeShard(changes[0]!.eventId);

function counterAddition(statisticsTable: string, shard: number, { cell, counters }: Contribution) {
  const fields = Object.entries(counters);
  return {
    TableName: statisticsTable,
    Key: statisticsCounterKey(shard, cell.fiscalYear, cell.programme),
    UpdateExpression: `SET #fiscalYear = :fiscalYear, #programme = :programme ADD ${fields.map((_, i) => `#c${i} :c${i}`).join(', ')}`,
    ExpressionAttributeNames: {
      '#fiscalYear': 'fiscalYear',
      '#programme': 'programme',
      ...Object.fromEntries(fields.map(([counter], i) => [`#c${i}`, counter])),
    },
    ExpressionAttributeValues: {
      ':fiscalYear': cell.fiscalYear,
      ':programme': cell.programme,
      ...Object.fromEntries(fields.map(([, value], i) => [`:c${i}`, value])),
    },
  };
}

/** Markers plus counter items stay well under TransactWriteItems' 100 items. */
export const RECORDS_PER_TRANSACTION = 25;

const marker = (statisticsTable: string, eventId: string, expiresAt: number) => ({
  name: `counted ${eventId}`,
  item: {
    Put: {
      TableName: statisticsTable,
      Item: { ...countedKey(eventId), expiresAt },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  },
});

const expiry = () => Math.floor(clock.now().getTime() / 1000) + MARKER_SECONDS;

/** The changes whose records have no marker yet (a consistent read of their markers). */
async function uncounted(table: string, changes: readonly CountableChange[]): Promise<CountableChange[]> {
  const counted = new Set<string>();
  let keys: Array<Record<string, unknown>> = changes.map(({ eventId }) => countedKey(eventId));
  while (keys.length > 0) {
    const result = await documentClient.send(
      new BatchGetCommand({
        RequestItems: { [table]: { Keys: keys, ConsistentRead: true, ProjectionExpression: 'pk' } },
      }),
    );
    for (const item of result.Responses?.[table] ?? []) counted.add(item.pk as string);
    keys = result.UnprocessedKeys?.[table]?.Keys ?? [];
  }
  return changes.filter(({ eventId }) => !counted.has(countedKey(eventId).pk));
}

/** The records' changes summed per cell, zeros left out. */
function summed(changes: readonly CountableChange[]): Contribution[] {
  const sums = new Map<string, Contribution>();
  for (const part of changes.flatMap((change) => change.changes)) addInto(sums, part);
  return [...sums.values()]
    .map(({ cell, counters }) => ({
      cell,
      counters: Object.fromEntries(Object.entries(counters).filter(([, value]) => value !== 0)),
    }))
    .filter((change) => Object.keys(change.counters).length > 0);
}

async function countTogether(
  statisticsTable: string,
  shard: number,
  changes: readonly CountableChange[],
): Promise<number> {
  const expiresAt = expiry();
  try {
    await runTransaction([
      ...changes.map(({ eventId }) => marker(statisticsTable, eventId, expiresAt)),
      ...summed(changes).map((change) => ({
        name: `counter ${shard} ${cellKey(change.cell)}`,
        item: { Update: counterAddition(statisticsTable, shard, change) },
      })),
    ]);
    return changes.length;
  } catch (error) {
    if (!(error instanceof TransactionConflict) || ![...error.failed].some((name) => name.startsWith('counted ')))
      throw error;
    // Some were counted before (a redelivery): count the others. None counted: contention, try again.
    const rest = await uncounted(statisticsTable, changes);
    if (rest.length === changes.length) throw error;
    return rest.length === 0 ? 0 : countTogether(statisticsTable, shard, rest);
  }
}

/** Counts the changes (at most RECORDS_PER_TRANSACTION) into `statisticsTable`, each once; answers how many were counted now. */
export const countChanges = (statisticsTable: string, changes: readonly CountableChange[]): Promise<number> =>
  retryOnConflict(() => countTogether(statisticsTable, counterShardFor(changes), changes));
