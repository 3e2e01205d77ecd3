/**
 * Completing a payout run exactly once: when every shard is planned and every entitlement found
 * is settled, RUNNING → COMPLETED with the totals, and PayoutRunCompleted on the bus.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { domainEvent } from '../../shared/domain/events.js';
import { ENTITLEMENT_SHARDS } from './application-item.js';
import { documentClient } from './clients/dynamodb.js';
import { clock } from './clock.js';
import { runKey } from './payout-model.js';
import { getRun, readTotals, viewTotals, type RunTotals } from './payout-runs.js';
import { publish } from './publisher.js';
import { tableName } from './transactions.js';

type Item = Record<string, unknown>;

const isSettled = (totals: RunTotals) => totals.planned >= ENTITLEMENT_SHARDS && totals.settled >= totals.found;

/** A claim on publishing the completion older than this was lost (the publisher died): another may publish. */
const PUBLISH_CLAIM_MS = 60_000;

/**
 * Called after every pay message and every shard's last plan page. When every shard is planned
 * and every entitlement found is settled, RUNNING → COMPLETED with the totals, conditionally, so
 * only one caller wins; the winner publishes PayoutRunCompleted and records that it did. If the
 * winner died before publishing, a later call (a redelivered message) publishes it, same eventId.
 */
export async function completeIfSettled(runId: string): Promise<void> {
  const totals = await readTotals(runId);
  if (!isSettled(totals)) return;
  const now = clock.now();
  const at = now.toISOString();
  const recorded = { ...viewTotals(totals), amountFen: Number(totals.amountFen) };
  const totalNames = Object.keys(recorded);
  try {
    const result = await documentClient.send(
      new UpdateCommand({
        TableName: tableName,
        Key: runKey(runId),
        UpdateExpression: `SET #status = :completed, completedAt = :at, publishClaimedAt = :at, ${totalNames.map((name) => `#${name} = :${name}`).join(', ')}`,
        ConditionExpression: '#status = :running',
        ExpressionAttributeNames: { '#status': 'status', ...Object.fromEntries(totalNames.map((name) => [`#${name}`, name])) },
        ExpressionAttributeValues: {
          ':completed': 'COMPLETED',
          ':running': 'RUNNING',
          ':at': at,
          ...Object.fromEntries(Object.entries(recorded).map(([name, value]) => [`:${name}`, value])),
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    await publishCompletion(result.Attributes!);
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    const run = await getRun(runId);
    if (run?.status === 'COMPLETED' && run.completionPublished !== true && (await reclaimPublication(run, now))) await publishCompletion(run);
  }
}

/** Takes over an unfinished publication whose claim is stale; true when this caller now holds it. */
async function reclaimPublication(run: Item, now: Date): Promise<boolean> {
  const claimedAt = String(run.publishClaimedAt ?? '');
  if (Date.parse(claimedAt) > now.getTime() - PUBLISH_CLAIM_MS) return false;
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName,
        Key: runKey(run.runId as string),
        UpdateExpression: 'SET publishClaimedAt = :now',
        ConditionExpression: 'publishClaimedAt = :claimed AND attribute_not_exists(completionPublished)',
        ExpressionAttributeValues: { ':now': now.toISOString(), ':claimed': claimedAt },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

async function publishCompletion(run: Item): Promise<void> {
  const runId = run.runId as string;
  const fields = ['found', 'paid', 'alreadyPaid', 'failed'] as const;
  await publish([
    domainEvent('PayoutRunCompleted', [runId, 'completed'], run.completedAt as string, {
      runId,
      fiscalYear: run.fiscalYear as number,
      ...(Object.fromEntries(fields.map((field) => [field, run[field] as number])) as Record<(typeof fields)[number], number>),
      amount: run.amount as string,
    }),
  ]);
  await documentClient.send(
    new UpdateCommand({ TableName: tableName, Key: runKey(runId), UpdateExpression: 'SET completionPublished = :true', ExpressionAttributeValues: { ':true': true } }),
  );
}
