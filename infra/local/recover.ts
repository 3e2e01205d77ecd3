/**
 * What a killed local system lost, recovered on start. The local SQS server keeps its queues in
 * memory, so after a crash nothing queued survives: every application still SUBMITTED (and not
 * needing attention: the DLQ's redrive owns those) is queued for evaluation again, and every
 * payout run still RUNNING is resumed from what it recorded. On AWS queues are durable and the
 * sweeper is the safety net; locally there is no reason to wait for it. Evaluation and payment
 * are idempotent, so recovering work that was not lost costs only a repeat.
 * Import after the functions' environment is set (it loads function modules).
 */
import { requestEvaluations } from '../../functions/commons/messaging/evaluation-queue.js';
import { statusPartitions } from '../../functions/commons/store/keys.js';
import { RUNNING_RUNS } from '../../functions/commons/payouts/model.js';
import { queryPartitionPages } from '../../functions/commons/store/paging.js';
import { resumeRun } from '../../functions/commons/payouts/resume.js';
import { documentClient } from '../../functions/commons/clients/dynamodb.js';
import { NEEDS_ATTENTION, tableName } from '../../functions/commons/store/transactions.js';

const index = (indexName: string, attribute: string, partitions: readonly string[], filter?: string) =>
  queryPartitionPages(documentClient, partitions, (value) => ({
    TableName: tableName,
    IndexName: indexName,
    KeyConditionExpression: `${attribute} = :value`,
    ...(filter ? { FilterExpression: filter, ExpressionAttributeNames: { '#attention': NEEDS_ATTENTION } } : {}),
    ExpressionAttributeValues: { ':value': value },
  }));

export async function recoverLostWork(): Promise<{ requeued: number; resumedRuns: number }> {
  let requeued = 0;
  for await (const page of index('GSI2', 'gsi2pk', statusPartitions('SUBMITTED'), 'attribute_not_exists(#attention)')) {
    const messages = (page.Items ?? []).map((item) => ({ applicationId: String(item.applicationId) }));
    await requestEvaluations(messages);
    requeued += messages.length;
  }
  let resumedRuns = 0;
  for await (const page of index('GSI3', 'gsi3pk', [RUNNING_RUNS])) {
    for (const run of page.Items ?? []) {
      await resumeRun(String(run.runId));
      resumedRuns += 1;
    }
  }
  return { requeued, resumedRuns };
}
