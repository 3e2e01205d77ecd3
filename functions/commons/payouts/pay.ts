/**
 * A pay message: up to 25 entitlements of one run. Each entitlement is settled once per run:
 * - PAID: one transaction puts the ledger entry (`attribute_not_exists` on `PAYOUT#<applicationId>`,
 *   so no second payment can ever be written) and moves the application ELIGIBLE → PAID
 *   (conditional, index keys recomputed, entitlement index keys removed, audit appended). The
 *   ledger entry's runId is this run's record of it.
 * - ALREADY_PAID: the ledger entry is another run's: the run's `SETTLED#<applicationId>` marker.
 * - FAILED: after the queue's last allowed receive, an entitlement that still fails is given up
 *   for this run: the marker, plus this run's id on the application (`payoutGivenUpBy`), which the
 *   payment's condition refuses, so a late duplicate message cannot pay what the run counted as
 *   failed. The entitlement stays ELIGIBLE: the next run for the year pays it.
 * When every entitlement of the message is settled, the message's counts are added to one
 * counter shard exactly once (the `TALLY#<batch>` item guards it), then completion is checked.
 * A redelivery reads what is recorded instead of writing it. PayoutIssued is in the ledger
 * entry's outbox, so it is published exactly when the payment commits, and never again.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { statusChange } from '../../../shared/domain/application.js';
import { payoutIssued } from '../../../shared/domain/events/payout.js';
import { parseYuan } from '../../../shared/policy/index.js';
import { documentClient } from '../clients/dynamodb.js';
import { nowIso } from '../runtime/clock.js';
import { PAYOUT_ACTOR, payoutIdOf, type Entitlement, type PayMessage, type Settlement } from './model.js';
import { completeIfSettled } from './completion.js';
import { applicationKey, ledgerIndexKeys, ledgerKey, settledKey, tallyKey } from '../store/items/keys.js';
import { count } from '../runtime/metrics.js';
import { counterAddition } from './runs.js';
import { OUTBOX_ATTRIBUTE } from '../store/items/outbox.js';
import { runTransaction } from '../store/transact-write-items/transactions.js';
import { TransactionConflict } from '../store/items/conflicts.js';
import { retryOnConflict } from '../use-cases/retry.js';
import { getItem } from '../store/get-item/get-item.js';
import type { Item } from '../store/items/table.js';
import { transitionUpdate } from '../store/update-item/applications.js';

interface Outcome {
  settlement: Settlement;
  /** Paid by this run, in fen. */
  amountFen: bigint;
}

/** The ledger entry with its PayoutIssued, which names the request that started the run (`correlationId`). */
export function ledgerEntry(
  { runId, fiscalYear }: PayMessage,
  entitlement: Entitlement,
  issuedAt: string,
  correlationId?: string,
): Item {
  const { applicationId, applicantId, amount } = entitlement;
  const payoutId = payoutIdOf(applicationId);
  const issued = payoutIssued(
    { payoutId, applicationId, applicantId, fiscalYear, amount, runId, correlationId },
    issuedAt,
  );
  return {
    ...ledgerKey(applicationId),
    entity: 'PAYOUT',
    payoutId,
    applicationId,
    applicantId,
    fiscalYear,
    amount,
    amountFen: Number(parseYuan(amount)),
    issuedAt,
    runId,
    ...ledgerIndexKeys({ applicationId, applicantId, fiscalYear, issuedAt, payoutId }),
    [OUTBOX_ATTRIBUTE]: [issued],
  };
}

/** The runs that gave an entitlement up (FAILED): they may no longer pay it. */
const GIVEN_UP = 'payoutGivenUpBy';

/** ELIGIBLE → PAID, only for the entitlement the message describes (same applicant, year, amount). */
function paidTransition(
  table: string,
  { runId, fiscalYear }: PayMessage,
  { applicationId, applicantId, submittedAt, amount }: Entitlement,
  at: string,
) {
  return transitionUpdate(table, {
    record: { applicationId, programme: 'OSP_OPERATING', submittedAt, details: { fiscalYear } },
    ...statusChange({ from: 'ELIGIBLE', to: 'PAID', by: PAYOUT_ACTOR, at, events: [] }),
    remove: [GIVEN_UP],
    condition: {
      expression:
        '#programme = :programme AND #applicant = :applicant AND #submittedAt = :submittedAt ' +
        'AND #details.#fiscalYear = :fiscalYear AND #decision.#amount = :amount AND NOT contains(#givenUp, :runId)',
      names: {
        '#givenUp': GIVEN_UP,
        '#programme': 'programme',
        '#applicant': 'applicantId',
        '#submittedAt': 'submittedAt',
        '#details': 'details',
        '#fiscalYear': 'fiscalYear',
        '#decision': 'decision',
        '#amount': 'amount',
      },
      values: {
        ':programme': 'OSP_OPERATING',
        ':applicant': applicantId,
        ':submittedAt': submittedAt,
        ':fiscalYear': fiscalYear,
        ':amount': amount,
        ':runId': runId,
      },
    },
  });
}

const markerPut = (table: string, runId: string, applicationId: string, settlement: Exclude<Settlement, 'PAID'>) => ({
  TableName: table,
  Item: { ...settledKey(runId, applicationId), settlement },
  ConditionExpression: 'attribute_not_exists(pk)',
});

const paidOutcome = (ledger: Item): Outcome => ({ settlement: 'PAID', amountFen: BigInt(ledger.amountFen as number) });

/** Another run paid it: the marker, or what a concurrent copy of this message recorded first. */
async function alreadyPaid(table: string, message: PayMessage, entitlement: Entitlement): Promise<Outcome> {
  try {
    await documentClient.send(
      new PutCommand(markerPut(table, message.runId, entitlement.applicationId, 'ALREADY_PAID')),
    );
    return { settlement: 'ALREADY_PAID', amountFen: 0n };
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    return settledBefore(table, message, entitlement);
  }
}

/**
 * After a cancelled transaction: what this run already recorded, or "already paid" when another
 * run wrote the ledger entry. Neither means contention (or a stale entitlement): try again.
 */
async function settledBefore(table: string, message: PayMessage, entitlement: Entitlement): Promise<Outcome> {
  const { applicationId } = entitlement;
  const [ledger, settled] = await Promise.all([
    getItem(table, ledgerKey(applicationId)),
    getItem(table, settledKey(message.runId, applicationId)),
  ]);
  if (ledger?.runId === message.runId) return paidOutcome(ledger);
  if (settled) return { settlement: settled.settlement as Settlement, amountFen: 0n };
  if (ledger) return alreadyPaid(table, message, entitlement);
  throw new TransactionConflict(new Set(['application']));
}

async function settle(
  table: string,
  message: PayMessage,
  entitlement: Entitlement,
  correlationId?: string,
): Promise<Outcome> {
  const ledger = ledgerEntry(message, entitlement, nowIso(), correlationId);
  try {
    await runTransaction([
      {
        name: 'ledger',
        item: { Put: { TableName: table, Item: ledger, ConditionExpression: 'attribute_not_exists(pk)' } },
      },
      { name: 'application', item: { Update: paidTransition(table, message, entitlement, ledger.issuedAt as string) } },
    ]);
  } catch (error) {
    if (error instanceof TransactionConflict) return settledBefore(table, message, entitlement);
    throw error;
  }
  return paidOutcome(ledger);
}

/** Gives the entitlement up for this run, unless this run paid it meanwhile (then that is what counts). */
async function giveUp(table: string, message: PayMessage, entitlement: Entitlement): Promise<Outcome> {
  const { runId } = message;
  const { applicationId } = entitlement;
  try {
    await runTransaction([
      { name: 'settlement', item: { Put: markerPut(table, runId, applicationId, 'FAILED') } },
      {
        name: 'application',
        item: {
          Update: {
            TableName: table,
            Key: applicationKey(applicationId),
            UpdateExpression: 'ADD #givenUp :run',
            ConditionExpression: '#status = :eligible',
            ExpressionAttributeNames: { '#givenUp': GIVEN_UP, '#status': 'status' },
            ExpressionAttributeValues: { ':run': new Set([runId]), ':eligible': 'ELIGIBLE' },
          },
        },
      },
      {
        name: 'ledger',
        item: {
          ConditionCheck: {
            TableName: table,
            Key: ledgerKey(applicationId),
            ConditionExpression: 'attribute_not_exists(pk) OR runId <> :runId',
            ExpressionAttributeValues: { ':runId': runId },
          },
        },
      },
    ]);
    return { settlement: 'FAILED', amountFen: 0n };
  } catch (error) {
    if (error instanceof TransactionConflict) return settledBefore(table, message, entitlement);
    throw error;
  }
}

/** The message's counts, added to one counter shard once: the tally item is the guard. */
async function recordTally(table: string, message: PayMessage, outcomes: readonly Outcome[]): Promise<void> {
  const tally = { paid: 0, alreadyPaid: 0, failed: 0, settled: outcomes.length, amountFen: 0n };
  for (const outcome of outcomes) {
    if (outcome.settlement === 'PAID') tally.paid += 1;
    else if (outcome.settlement === 'ALREADY_PAID') tally.alreadyPaid += 1;
    else tally.failed += 1;
    tally.amountFen += outcome.amountFen;
  }
  const counts = { ...tally, amountFen: Number(tally.amountFen) };
  const key = tallyKey(message.runId, message.batch);
  try {
    await runTransaction([
      {
        name: 'tally',
        item: {
          Put: { TableName: table, Item: { ...key, ...counts }, ConditionExpression: 'attribute_not_exists(pk)' },
        },
      },
      { name: 'counter', item: { Update: counterAddition(table, message.runId, key.sk, counts) } },
    ]);
    // Once per message, like the tally itself.
    count({ PayoutsIssued: counts.paid, PayoutsAlreadyPaid: counts.alreadyPaid, PayoutsFailed: counts.failed });
  } catch (error) {
    if (!(error instanceof TransactionConflict) || !(await getItem(table, key))) throw error;
  }
}

export class EntitlementsFailed extends AggregateError {
  constructor(errors: unknown[]) {
    super(errors, `${errors.length} entitlement(s) could not be settled; the message will be redelivered`);
    this.name = 'EntitlementsFailed';
  }
}

/**
 * Settles every entitlement of the message. Failures fail the message (redelivered by SQS)
 * unless this is its last allowed receive: then they are settled as FAILED for this run.
 */
export async function payBatch(
  table: string,
  message: PayMessage,
  { finalAttempt, correlationId }: { finalAttempt: boolean; correlationId?: string | undefined },
): Promise<void> {
  const results = await Promise.allSettled(
    message.entitlements.map((entitlement) =>
      retryOnConflict(() => settle(table, message, entitlement, correlationId)),
    ),
  );
  const outcomes: Outcome[] = [];
  const failed: Entitlement[] = [];
  const errors: unknown[] = [];
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') outcomes.push(result.value);
    else {
      failed.push(message.entitlements[i]!);
      errors.push(result.reason);
    }
  });
  if (failed.length > 0 && finalAttempt) {
    outcomes.push(
      ...(await Promise.all(failed.map((entitlement) => retryOnConflict(() => giveUp(table, message, entitlement))))),
    );
  }
  if (outcomes.length < message.entitlements.length) throw new EntitlementsFailed(errors);
  await retryOnConflict(() => recordTally(table, message, outcomes));
  await completeIfSettled(table, message.runId);
}
