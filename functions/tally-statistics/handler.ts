/**
 * The statistics' tally, a second reader of the table's stream (new and old images): each write
 * that changes what an application or a ledger entry counts for is added to the aggregates once
 * (../commons/statistics/tally.ts), so GET /v1/admin/statistics answers from a few counters.
 *
 * The batch's records are counted in stream order, a few dozen per transaction (each transaction
 * adding to one counter shard: ../commons/statistics/tally.ts), one transaction after another, so
 * that an item's changes are counted in the order they were written. On a failure the response
 * names the earliest record not counted; Lambda (or the local stream reader) resumes there, and
 * any record after it counted meanwhile is recognised by its marker.
 */
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue as SdkAttributeValue } from '@aws-sdk/client-dynamodb';
import type { AttributeValue, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { Logger } from '@aws-lambda-powertools/logger';
import { ENV } from '../../shared/contract/resources.js';
import { env } from '../commons/runtime/env.js';
import { count } from '../commons/runtime/metrics.js';
import { queueHandler } from '../commons/edge/queue.js';
import {
  countableChange,
  countChanges,
  RECORDS_PER_TRANSACTION,
  type CountableChange,
} from '../commons/statistics/tally.js';

const logger = new Logger();

const imageOf = (image?: Record<string, AttributeValue>) =>
  image ? unmarshall(image as Record<string, SdkAttributeValue>) : undefined;

/** The countable changes of the records, in stream order, up to the first unreadable record (and its position). */
function changesOf(records: DynamoDBStreamEvent['Records']) {
  const changes: Array<{ position: number; change: CountableChange }> = [];
  for (const [position, record] of records.entries()) {
    try {
      const change = countableChange(
        record.eventID!,
        imageOf(record.dynamodb?.OldImage),
        imageOf(record.dynamodb?.NewImage),
      );
      if (change) changes.push({ position, change });
    } catch (error) {
      logger.error('unreadable stream record', { eventID: record.eventID, error: error as Error });
      return { changes, unreadable: position };
    }
  }
  return { changes, unreadable: undefined };
}

/** Counts the changes chunk by chunk; answers how many were counted and the position of the first chunk that failed. */
async function countInOrder(statisticsTable: string, changes: Array<{ position: number; change: CountableChange }>) {
  let counted = 0;
  for (let start = 0; start < changes.length; start += RECORDS_PER_TRANSACTION) {
    const chunk = changes.slice(start, start + RECORDS_PER_TRANSACTION);
    try {
      counted += await countChanges(
        statisticsTable,
        chunk.map((pending) => pending.change),
      );
    } catch (error) {
      logger.error('statistics tally failed', {
        eventIDs: chunk.map((pending) => pending.change.eventId),
        error: error as Error,
      });
      return { counted, failedAt: chunk[0]!.position };
    }
  }
  return { counted, failedAt: undefined };
}

/** What counting a batch needs beside it: the statistics table the counters and markers are in. */
export interface TallyDeps {
  statisticsTable: string;
}

/** The function on these dependencies (tests build it on their own statistics table). */
export const tallyWith = ({ statisticsTable }: TallyDeps) =>
  queueHandler(async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    const { changes, unreadable } = changesOf(event.Records);
    const { counted, failedAt } = await countInOrder(statisticsTable, changes);
    count({ StatisticsChangesCounted: counted });
    const first = failedAt ?? unreadable;
    if (first === undefined) return { batchItemFailures: [] };
    return { batchItemFailures: [{ itemIdentifier: event.Records[first]!.dynamodb?.SequenceNumber ?? '' }] };
  });

/** Composed once per container: the statistics table its environment names. */
export const handler = tallyWith({ statisticsTable: env(ENV.statisticsTableName) });
