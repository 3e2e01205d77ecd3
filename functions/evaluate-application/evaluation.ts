/**
 * Evaluates one submitted application: reads the applicant's history, asks the domain for the
 * evaluation (shared/domain/evaluation.ts) and stores decision, award and the
 * ApplicationEvaluated event (in the item's outbox) in one transaction guarded by the
 * application's status and the applicant's award lock. A redelivered message finds the
 * application decided and does nothing: the event was committed with the decision. An evaluation
 * that fails on its message's last receive first marks the application as needing attention
 * (../commons/store/update-item/attention.ts), so admins see it and the sweeper leaves it to the DLQ's redrive.
 */
import { evaluation } from '../../shared/domain/evaluation.js';
import { historyRequestOf } from '../../shared/domain/history.js';
import type { ApplicationRecord } from '../../shared/domain/application.js';
import type { DomainEvent } from '../../shared/domain/events/index.js';
import type { EvaluationMessage } from '../commons/messaging/evaluation-message.js';
import { retryOnConflict } from '../commons/use-cases/retry.js';
import { nowIso } from '../commons/runtime/clock.js';
import { getApplication } from '../commons/store/update-item/applications.js';
import { decide } from '../commons/store/application-changes.js';
import { markNeedsAttention } from '../commons/store/update-item/attention.js';
import { readApplicantRecords } from '../commons/store/put-item/history.js';

export class ApplicationNotFound extends Error {
  constructor(applicationId: string) {
    super(`application ${applicationId} does not exist`);
    this.name = 'ApplicationNotFound';
  }
}

/** The event an evaluation committed with its decision. */
export type EvaluatedEvent = DomainEvent<'ApplicationEvaluated'>;

/**
 * Decides and stores in one transaction. Throws TransactionConflict on a lost race (or a stale
 * record). The applicant's records are read only when the evaluation asks for them (its
 * programme's rules read a history); an award judged on none is written at the award lock's
 * version the store reads then.
 */
async function decideAndStore(table: string, record: ApplicationRecord): Promise<EvaluatedEvent> {
  const reads = historyRequestOf(record);
  const read = reads && (await readApplicantRecords(table, reads));
  const { change, award } = evaluation(record, read, nowIso());
  const awarding = award && { award, ...(read && { historyVersion: read.version }) };
  await decide(table, record, change, awarding);
  return change.events[0] as EvaluatedEvent;
}

/**
 * Evaluates one application idempotently, starting from the copy the message carries when it
 * has one; a lost race (or a stale copy) reads the stored application and decides again. An
 * application no longer SUBMITTED (decided, withdrawn) needs nothing: undefined.
 */
async function evaluateApplication(table: string, applicationId: string, carried?: ApplicationRecord) {
  let known = carried?.status === 'SUBMITTED' ? carried : undefined;
  return retryOnConflict(async () => {
    const record = known ?? (await getApplication(table, applicationId));
    known = undefined;
    if (!record) throw new ApplicationNotFound(applicationId);
    return record.status === 'SUBMITTED' ? decideAndStore(table, record) : undefined;
  });
}

/**
 * Evaluates the application a message names, stored in `table`; answers the ApplicationEvaluated event it committed
 * (none when the application needed nothing). On the message's last receive (`receives` of
 * `maxReceives`), a failure first marks the application as needing attention.
 */
export async function evaluateMessage(
  table: string,
  { applicationId, application }: EvaluationMessage,
  receives: number,
  maxReceives: number,
): Promise<EvaluatedEvent | undefined> {
  try {
    return await evaluateApplication(table, applicationId, application);
  } catch (error) {
    if (receives >= maxReceives) await markNeedsAttention(table, applicationId, receives, error as Error);
    throw error;
  }
}
