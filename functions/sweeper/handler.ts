/**
 * Re-queues applications still SUBMITTED after a threshold (SPEC §7: an accepted application
 * is never lost, even if the submitting process died between storing and enqueueing it).
 * Runs every few minutes (EventBridge Scheduler). It reads the status index (GSI2
 * `STATUS#SUBMITTED`, sort key `<submittedAt>#<applicationId>`, oldest first) up to the
 * cutoff, page by page, sends `{applicationId}` to the evaluation queue in batches of ten and
 * republishes ApplicationSubmitted under its original eventId (the submit function may have
 * died before publishing it). Evaluation is idempotent, so a duplicate is harmless.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context } from 'aws-lambda';
import { ENV } from '../../infra/resources.js';
import { fromItem } from '../commons/application-item.js';
import { documentClient } from '../commons/clients/dynamodb.js';
import { env } from '../commons/env.js';
import { clock } from '../commons/clock.js';
import { queryPages } from '../commons/payout-paging.js';
import { sendMessages } from '../commons/payout-queue.js';
import { publish } from '../commons/publisher.js';
import type { EvaluationMessage } from '../commons/evaluation-message.js';
import { tableName } from '../commons/transactions.js';
import { submittedEvent } from '../submit-application/submission.js';

const logger = new Logger();
const evaluationQueueUrl = env(ENV.evaluationQueueUrl);
const thresholdMinutes = Number(process.env.SWEEPER_THRESHOLD_MINUTES ?? '10');
if (!Number.isFinite(thresholdMinutes) || thresholdMinutes < 0) throw new Error('SWEEPER_THRESHOLD_MINUTES must be a number of minutes ≥ 0');

const PAGE_SIZE = 100;
/** Stop paging with this much time left; the next sweep continues. */
const SAFETY_MS = 10_000;

/**
 * The cutoff in the exact form of the stored submittedAt (`Date#toISOString`, UTC "…Z", as the
 * submit function writes it), so that the index's string order is time order.
 */
export const cutoffFor = (now: Date, minutes: number): string => new Date(now.getTime() - minutes * 60_000).toISOString();

export const handler = async (_event: unknown, context?: Pick<Context, 'getRemainingTimeInMillis'>): Promise<{ requeued: number }> => {
  const cutoff = cutoffFor(clock.now(), thresholdMinutes);
  let requeued = 0;
  const submitted = queryPages(
    documentClient,
    {
      TableName: tableName,
      IndexName: 'GSI2',
      KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk < :cutoff',
      ExpressionAttributeValues: { ':pk': 'STATUS#SUBMITTED', ':cutoff': cutoff },
      Limit: PAGE_SIZE,
    },
    { while: () => (context?.getRemainingTimeInMillis() ?? Infinity) > SAFETY_MS },
  );
  for await (const page of submitted) {
    const records = (page.Items ?? []).map(fromItem);
    const messages: EvaluationMessage[] = records.map(({ applicationId }) => ({ applicationId }));
    await Promise.all([sendMessages(evaluationQueueUrl, messages), publish(records.map(submittedEvent))]);
    requeued += records.length;
  }
  if (requeued > 0) logger.warn('re-queued applications left SUBMITTED', { requeued, cutoff });
  return { requeued };
};
