/**
 * SQS-triggered payout worker (PayoutQueue): `plan` messages page through a shard of the run's
 * entitlements and fan out `pay` messages; `pay` messages settle up to 25 entitlements each.
 * Records fail one by one (ReportBatchItemFailures); every message is safe to receive twice.
 * A message that still fails on the queue's last allowed receive: a pay message settles its
 * failing entitlements as FAILED (the run can complete; the next run pays them); anything else
 * (malformed body, a plan step or the tally that keeps failing) goes to the DLQ for redrive.
 */
import type { SQSRecord } from 'aws-lambda';
import { ENV, PAYOUT_QUEUE } from '../../shared/contract/resources.js';
import { env } from '../commons/runtime/env.js';
import { payoutMessageSchema } from '../commons/payouts/model.js';
import { payBatch } from '../commons/payouts/pay.js';
import { planPage } from '../commons/payouts/plan.js';
import type { PayoutResources } from '../commons/payouts/runs.js';
import type { MessageContext } from '../commons/messaging/correlation.js';
import { eachRecord, queueHandler } from '../commons/edge/queue.js';

/** Every line and event of the run names the request that started it (SPEC §10.2): the message's `correlationId`. */
async function handleRecord(
  resources: PayoutResources,
  record: SQSRecord,
  { correlationId, log }: MessageContext,
): Promise<void> {
  const message = payoutMessageSchema.parse(JSON.parse(record.body));
  const receives = Number(record.attributes.ApproximateReceiveCount ?? '1');
  try {
    if (message.kind === 'plan') await planPage(resources, message, correlationId);
    else
      await payBatch(resources.table, message, {
        finalAttempt: receives >= PAYOUT_QUEUE.maxReceiveCount,
        correlationId,
      });
  } catch (error) {
    // Ids and counts only: no personal data in logs.
    log.error('payout message failed', {
      kind: message.kind,
      runId: message.runId,
      messageId: record.messageId,
      receives,
      error: error as Error,
    });
    throw error;
  }
}

/**
 * The function on the table the runs, the ledger and the applications are in and the payout queue a
 * plan message's pages are sent to (tests build it on their own): each record of a batch paid on
 * its own, failures reported one by one.
 */
export const payoutWorkerWith = (resources: PayoutResources) =>
  queueHandler(eachRecord((record, message) => handleRecord(resources, record, message)));

/** Composed once per container: the table and the payout queue its environment names. */
export const handler = payoutWorkerWith({ table: env(ENV.tableName), payoutQueue: env(ENV.payoutQueueUrl) });
