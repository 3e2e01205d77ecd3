/**
 * The statistics' tally, a second reader of the table's stream (new and old images): each write
 * that changes what an application or a ledger entry counts for is added to the aggregates once
 * (../commons/statistics/tally.ts), so GET /v1/admin/statistics answers from a few counters.
 *
 * Records are grouped by counter shard: each group is counted in stream order, a few dozen
 * records per transaction, the groups in parallel (they write different counter items, so they
 * do not contend). On a failure the
 * response names the earliest record not counted; Lambda (or the local stream reader) resumes
 * there, and the records after it that were counted meanwhile are recognised by their marker.
 */
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue as SdkAttributeValue } from '@aws-sdk/client-dynamodb';
import type { AttributeValue, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { Logger } from '@aws-lambda-powertools/logger';
import { count, publishingCounts } from '../commons/runtime/metrics.js';
import {
  countableChange,
  countChanges,
  RECORDS_PER_TRANSACTION,
  type CountableChange,
} from '../commons/statistics/tally.js';

const logger = new Logger();

const imageOf = (image?: Record<string, AttributeValue>) =>
  image ? unmarshall(image as Record<string, SdkAttributeValue>) : undefined;

interface Pending {
  position: number;
  change: CountableChange;
}

export async function tallyRecords(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const groups = new Map<number, Pending[]>();
  let unreadable: number | undefined;
  event.Records.forEach((record, position) => {
    if (unreadable !== undefined) return;
    try {
      const change = countableChange(
        record.eventID!,
        imageOf(record.dynamodb?.OldImage),
        imageOf(record.dynamodb?.NewImage),
      );
      if (!change) return;
      const group = groups.get(change.shard) ?? [];
      group.push({ position, change });
      groups.set(change.shard, group);
    } catch (error) {
      logger.error('unreadable stream record', { eventID: record.eventID, error: error as Error });
      unreadable = position;
    }
  });
  let counted = 0;
  const failedAt = await Promise.all(
    [...groups.values()].map(async (group) => {
      const readable = group.filter((pending) => unreadable === undefined || pending.position < unreadable);
      for (let start = 0; start < readable.length; start += RECORDS_PER_TRANSACTION) {
        const chunk = readable.slice(start, start + RECORDS_PER_TRANSACTION);
        try {
          counted += await countChanges(chunk.map((pending) => pending.change));
        } catch (error) {
          logger.error('statistics tally failed', {
            eventIDs: chunk.map((pending) => pending.change.eventId),
            error: error as Error,
          });
          return chunk[0]!.position;
        }
      }
      return undefined;
    }),
  );
  count({ StatisticsChangesCounted: counted });
  const first = Math.min(
    ...failedAt.filter((position): position is number => position !== undefined),
    unreadable ?? Infinity,
  );
  if (first === Infinity) return { batchItemFailures: [] };
  return { batchItemFailures: [{ itemIdentifier: event.Records[first]!.dynamodb?.SequenceNumber ?? '' }] };
}

export const handler = publishingCounts(tallyRecords);
