/**
 * The outbox relay, on the table's DynamoDB stream (new and old images): relays the batch's
 * committed writes (../commons/messaging/outbox-relay.ts) to the bus and the evaluation queue,
 * and reports the first record to retry from (ReportBatchItemFailures).
 */
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { ENV } from '../../shared/contract/resources.js';
import { relayWrites, type RelayTargets } from '../commons/messaging/outbox-relay.js';
import { env } from '../commons/runtime/env.js';
import { answeringCounts } from '../commons/edge/queue.js';

/** The relay to these targets (tests build one for each set of resources they point it at). */
export const relayTo = (targets: RelayTargets) =>
  answeringCounts(async (event: DynamoDBStreamEvent) => {
    const { retryFrom, counts } = await relayWrites(event.Records, targets);
    const response: DynamoDBBatchResponse = {
      batchItemFailures: retryFrom === undefined ? [] : [{ itemIdentifier: retryFrom }],
    };
    return { response, counts };
  });

/** Composed once per container: the bus and the queues its environment names. */
export const handler = relayTo({
  eventBusName: env(ENV.eventBusName),
  evaluationQueueUrl: env(ENV.evaluationQueueUrl),
  unpublishedEventsQueueUrl: env(ENV.unpublishedEventsQueueUrl),
});
