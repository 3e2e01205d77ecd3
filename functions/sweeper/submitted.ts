/**
 * Re-queueing applications left SUBMITTED (the sweeper's first duty): each at most MAX_SWEEPS
 * times, counted on the application by a write conditional on it still being SUBMITTED and not
 * needing attention; after that it is marked as needing attention instead.
 */
import { ENV } from '../../shared/contract/resources.js';
import { markNeedsAttention, updateWhileAwaitingEvaluation } from '../commons/store/attention.js';
import { documentClient } from '../commons/clients/dynamodb.js';
import { env } from '../commons/runtime/env.js';
import type { EvaluationMessage } from '../commons/messaging/evaluation-message.js';
import { statusPartitions } from '../commons/store/keys.js';
import { queryPartitionPages } from '../commons/store/paging.js';
import { sendMessages } from '../commons/messaging/send.js';
import { NEEDS_ATTENTION, tableName } from '../commons/store/transactions.js';

const evaluationQueueUrl = env(ENV.evaluationQueueUrl);

/** Re-queues per application before it needs a person. */
export const MAX_SWEEPS = 3;
const PAGE_SIZE = 100;

type Item = Record<string, unknown>;

/** Counts one more sweep; false when the application moved on meanwhile. */
const countSweep = (applicationId: string) => updateWhileAwaitingEvaluation(applicationId, 'ADD sweeps :one', { ':one': 1 });

export async function requeueSubmitted(cutoff: string, timeLeft: () => boolean): Promise<{ requeued: number; markedForAttention: number }> {
  let requeued = 0;
  let markedForAttention = 0;
  // Every shard of the SUBMITTED partition, each oldest first.
  const submitted = queryPartitionPages(
    documentClient,
    statusPartitions('SUBMITTED'),
    (partition) => ({
      TableName: tableName,
      IndexName: 'GSI2',
      KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk < :cutoff',
      FilterExpression: 'attribute_not_exists(#attention)',
      ExpressionAttributeNames: { '#attention': NEEDS_ATTENTION },
      ExpressionAttributeValues: { ':pk': partition, ':cutoff': cutoff },
      Limit: PAGE_SIZE,
    }),
    { while: timeLeft },
  );
  for await (const page of submitted) {
    const items = (page.Items ?? []) as Item[];
    const exhausted = items.filter((item) => Number(item.sweeps ?? 0) >= MAX_SWEEPS);
    await Promise.all(exhausted.map((item) => markNeedsAttention(String(item.applicationId), Number(item.sweeps), { name: 'NotEvaluatedAfterSweeps' })));
    markedForAttention += exhausted.length;
    const retried = items.filter((item) => Number(item.sweeps ?? 0) < MAX_SWEEPS).map((item) => String(item.applicationId));
    const counted = await Promise.all(retried.map(countSweep));
    const messages: EvaluationMessage[] = retried.filter((_, i) => counted[i]).map((applicationId) => ({ applicationId }));
    await sendMessages(evaluationQueueUrl, messages);
    requeued += messages.length;
  }
  return { requeued, markedForAttention };
}
