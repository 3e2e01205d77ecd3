/** Writing many applications fast for a benchmark: BatchWriteItem, 25 an item, several writers at once (not timed as the system's work). */
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { applicationItem } from '../../functions/commons/store/items/application-item.js';
import type { ApplicationRecord } from '../../shared/domain/application.js';

/** Writes the items `recordOf(i)` builds for every i in [from, to), retrying what comes back unprocessed. */
export async function seedApplications(
  doc: DynamoDBDocumentClient,
  tableName: string,
  { from = 0, to, concurrency }: { from?: number; to: number; concurrency: number },
  recordOf: (i: number) => ApplicationRecord,
): Promise<void> {
  let next = from;
  async function writer(): Promise<void> {
    for (let start = (next += 25) - 25; start < to; start = (next += 25) - 25) {
      let requests = Array.from({ length: Math.min(25, to - start) }, (_, i) => ({
        PutRequest: { Item: applicationItem(recordOf(start + i)) },
      }));
      while (requests.length > 0) {
        const result = await doc.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
        requests = (result.UnprocessedItems?.[tableName] ?? []) as typeof requests;
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, writer));
}
