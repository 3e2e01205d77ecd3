/**
 * The outbox relay, on the table's DynamoDB stream (new and old images): relays the batch's
 * committed writes (../commons/messaging/outbox-relay.ts) to the bus and the evaluation queue its
 * environment names, and reports the first record to retry from (ReportBatchItemFailures).
 */
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { ENV } from '../../shared/contract/resources.js';
import { relayWrites, type RelayTargets } from '../commons/messaging/outbox-relay.js';
import { env } from '../commons/runtime/env.js';
import { publishingAnsweredCounts } from '../commons/runtime/metrics.js';

/** Read per invocation: the local system (and the model test's lanes) may change the environment between them. */
const targets = (): RelayTargets => ({
  eventBusName: env(ENV.eventBusName),
  evaluationQueueUrl: env(ENV.evaluationQueueUrl),
});

export const handler = publishingAnsweredCounts(async (event: DynamoDBStreamEvent) => {
  const { retryFrom, counts } = await relayWrites(event.Records, targets());
  const response: DynamoDBBatchResponse = {
    batchItemFailures: retryFrom === undefined ? [] : [{ itemIdentifier: retryFrom }],
  };
  return { response, counts };
});
