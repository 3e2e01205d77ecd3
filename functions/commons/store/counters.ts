/**
 * Counter shards of a job's partition (a payout run, a simulation) and the work recorded once
 * beside them: each unit of work (a page, a message) is stored once, in the same transaction that
 * adds its counts to one of the shards, so a redelivery counts nothing twice and no item is
 * written by every unit. The job's progress is the sum of its shards (one Query).
 */
import { COUNTER_PREFIX, counterKey, counterShardOf } from './items/keys.js';
import { queryAll } from './query/query.js';
import { getItem } from './get-item/get-item.js';
import type { Item, Key } from './items/table.js';
import { runTransaction, type NamedWrite, type UpdateParams } from './transact-write-items/transactions.js';
import { TransactionConflict } from './items/conflicts.js';

/**
 * Adds counts to the counter shard of `partition` named by `name` (a page, a message). Attribute
 * names go through placeholders (several are DynamoDB reserved words).
 */
export function counterAddition(
  table: string,
  partition: string,
  name: string,
  counts: Record<string, number>,
): UpdateParams {
  const fields = Object.keys(counts);
  return {
    TableName: table,
    Key: counterKey(partition, counterShardOf(name)),
    UpdateExpression: `ADD ${fields.map((field, i) => `#c${i} :c${i}`).join(', ')}`,
    ExpressionAttributeNames: Object.fromEntries(fields.map((field, i) => [`#c${i}`, field])),
    ExpressionAttributeValues: Object.fromEntries(fields.map((field, i) => [`:c${i}`, counts[field]])),
  };
}

/** The counter shards of a partition (strongly consistent). */
export const counterShards = (table: string, partition: string): Promise<Item[]> =>
  queryAll(table, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': partition, ':prefix': COUNTER_PREFIX },
  });

/**
 * Stores the item at `key` once, with `alongside` (its counts) in the same transaction, and answers the item
 * as stored: this one, or the one the first copy of the work stored (a redelivery repeats exactly
 * what the first did). Throws TransactionConflict when the transaction lost to contention.
 */
export async function recordOnce(
  table: string,
  key: Key,
  fields: Item,
  alongside: readonly NamedWrite[],
): Promise<Item> {
  const item = { ...key, ...fields };
  try {
    await runTransaction([
      {
        name: 'record',
        item: { Put: { TableName: table, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
      },
      ...alongside,
    ]);
    return item;
  } catch (error) {
    if (!(error instanceof TransactionConflict)) throw error;
    const stored = await getItem(table, key);
    if (!stored) throw error; // contention, not a recorded item: try again
    return stored;
  }
}
