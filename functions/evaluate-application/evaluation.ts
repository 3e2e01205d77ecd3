/**
 * Evaluates one submitted application: reads it and the applicant's history, asks the policy
 * library for the decision, and stores decision and award in one transaction guarded by the
 * application's status and the applicant's award lock. The event is always built from what
 * is stored, so a redelivered message publishes the same event (same eventId) again.
 */
import { SYSTEM_ACTOR } from '../../shared/domain/application.js';
import { domainEvent, type DomainEvent } from '../../shared/domain/events.js';
import { evaluate, type Decision } from '../../shared/policy/index.js';
import type { ApplicationRecord } from '../commons/application-item.js';
import { getApplication, runTransaction, transitionUpdate, type NamedWrite } from '../commons/transactions.js';
import { awardFor, awardWrites, caseFor, loadHistoryFor, retryOnConflict } from '../commons/awards.js';
import { nowIso } from '../commons/clock.js';
import { count } from '../commons/metrics.js';
import { publish } from '../commons/publisher.js';

export class ApplicationNotFound extends Error {
  constructor(applicationId: string) {
    super(`application ${applicationId} does not exist`);
    this.name = 'ApplicationNotFound';
  }
}

/** ApplicationEvaluated from the stored decision; it occurred when the application left SUBMITTED. */
export function evaluatedEvent(record: ApplicationRecord & { decision: Decision }): DomainEvent<'ApplicationEvaluated'> {
  const { applicationId, applicantId, programme, decision } = record;
  const decided = record.audit.find((entry) => entry.from === 'SUBMITTED' && entry.to === decision.outcome);
  return domainEvent('ApplicationEvaluated', [applicationId, 'evaluated'], decided?.at ?? record.submittedAt, {
    applicationId,
    applicantId,
    programme,
    outcome: decision.outcome,
    amount: decision.amount,
    capApplied: decision.capApplied,
    policyVersion: decision.policyVersion,
  });
}

/** Decides and stores in one transaction; returns the record as stored. Throws TransactionConflict on a lost race. */
async function decideAndStore(record: ApplicationRecord): Promise<ApplicationRecord & { decision: Decision }> {
  const { history, version } = await loadHistoryFor(record);
  const decision = evaluate(caseFor(record, history));
  const at = nowIso();
  const transition = { record, from: 'SUBMITTED', to: decision.outcome, by: SYSTEM_ACTOR, at, set: { decision } } as const;
  const writes: NamedWrite[] = [{ name: 'application', item: { Update: transitionUpdate(transition) } }];
  if (decision.outcome === 'ELIGIBLE') writes.push(...awardWrites(awardFor(record, decision.amount, at), version));
  await runTransaction(writes);
  count({ ApplicationsEvaluated: 1, [`Outcome${decision.outcome}`]: 1 });
  return {
    ...record,
    status: decision.outcome,
    decision,
    audit: [...record.audit, { at, by: SYSTEM_ACTOR, from: 'SUBMITTED', to: decision.outcome }],
  };
}

/**
 * The event to publish for this application, after evaluating it if still SUBMITTED;
 * undefined when it was withdrawn before evaluation (nothing to do).
 */
async function evaluateOnce(applicationId: string): Promise<DomainEvent | undefined> {
  const record = await getApplication(applicationId);
  if (!record) throw new ApplicationNotFound(applicationId);
  if (record.status === 'SUBMITTED') return evaluatedEvent(await decideAndStore(record));
  // Already evaluated (a redelivery, or the loser of a race): publish again what is stored.
  return record.decision ? evaluatedEvent({ ...record, decision: record.decision }) : undefined;
}

/** Evaluates one application idempotently; a lost race re-reads and decides again. */
export async function evaluateApplication(applicationId: string): Promise<void> {
  const event = await retryOnConflict(() => evaluateOnce(applicationId));
  if (event) await publish([event]);
}
