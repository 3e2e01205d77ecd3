/**
 * Evaluates one submitted application: reads the applicant's history, asks the domain for the
 * evaluation (shared/domain/evaluation.ts) and stores decision, award and the
 * ApplicationEvaluated event (in the item's outbox) in one transaction guarded by the
 * application's status and the applicant's award lock. A redelivered message finds the
 * application decided and does nothing: the event was committed with the decision.
 */
import { evaluation } from '../../shared/domain/evaluation.js';
import type { ApplicationRecord } from '../../shared/domain/application.js';
import { retryOnConflict } from '../commons/store/conflicts.js';
import { nowIso } from '../commons/runtime/clock.js';
import { count } from '../commons/runtime/metrics.js';
import { getApplication } from '../commons/store/applications.js';
import { decide } from '../commons/store/application-changes.js';
import { loadHistoryFor } from '../commons/store/history.js';

export class ApplicationNotFound extends Error {
  constructor(applicationId: string) {
    super(`application ${applicationId} does not exist`);
    this.name = 'ApplicationNotFound';
  }
}

/** Decides and stores in one transaction. Throws TransactionConflict on a lost race (or a stale record). */
async function decideAndStore(record: ApplicationRecord): Promise<void> {
  const { history, version } = await loadHistoryFor(record);
  const { decision, change, award } = evaluation(record, history, nowIso());
  await decide(record, change, award && { award, historyVersion: version });
  count({ ApplicationsEvaluated: 1, [`Outcome${decision.outcome}`]: 1 });
}

/**
 * Evaluates one application idempotently, starting from the copy the message carries when it
 * has one; a lost race (or a stale copy) reads the stored application and decides again. An
 * application no longer SUBMITTED (decided, withdrawn) needs nothing.
 */
export async function evaluateApplication(applicationId: string, carried?: ApplicationRecord): Promise<void> {
  let known = carried?.status === 'SUBMITTED' ? carried : undefined;
  await retryOnConflict(async () => {
    const record = known ?? (await getApplication(applicationId));
    known = undefined;
    if (!record) throw new ApplicationNotFound(applicationId);
    if (record.status === 'SUBMITTED') await decideAndStore(record);
  });
}
