/**
 * The outbox relay, on the table's DynamoDB stream (new and old images): relays the batch's
 * committed writes (../commons/messaging/outbox-relay.ts) and reports the first record to retry
 * from (ReportBatchItemFailures).
 */
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { relayWrites } from '../commons/messaging/outbox-relay.js';
import { publishingCounts } from '../commons/runtime/metrics.js';

export const handler = publishingCounts(async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  const retryFrom = await relayWrites(event.Records);
  return { batchItemFailures: retryFrom === undefined ? [] : [{ itemIdentifier: retryFrom }] };
});
