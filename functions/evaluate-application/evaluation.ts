/**
 * Evaluates one submitted application: asks the policy library for the decision on the
 * application and the applicant's history, and stores decision, award and the
 * ApplicationEvaluated event (in the item's outbox) in one transaction guarded by the
 * application's status and the applicant's award lock. A redelivered message finds the
 * application decided and does nothing: the event was committed with the decision.
 */
import { SYSTEM_ACTOR } from '../../shared/domain/application.js';
import { applicationEvaluated } from '../../shared/domain/events/application.js';
import { evaluate } from '../../shared/policy/index.js';
import type { NamedWrite } from '../commons/store/transactions.js';
import { retryOnConflict } from '../commons/store/conflicts.js';
import { nowIso } from '../commons/runtime/clock.js';
import { count } from '../commons/runtime/metrics.js';
import { getApplication, transitionUpdate } from '../commons/store/applications.js';
import { loadHistoryFor, awardWrites } from '../commons/store/history.js';
import { caseFor, awardFor } from '../../shared/domain/award.js';
import type { ApplicationRecord } from '../../shared/domain/application.js';
import { runWrites } from '../commons/store/conditional-writes.js';

export class ApplicationNotFound extends Error {
  constructor(applicationId: string) {
    super(`application ${applicationId} does not exist`);
    this.name = 'ApplicationNotFound';
  }
}

/** Decides and stores in one transaction. Throws TransactionConflict on a lost race (or a stale record). */
async function decideAndStore(record: ApplicationRecord): Promise<void> {
  const { history, version } = await loadHistoryFor(record);
  const decision = evaluate(caseFor(record, history));
  const at = nowIso();
  const events = [applicationEvaluated(record, decision, at)];
  const transition = {
    record,
    from: 'SUBMITTED',
    to: decision.outcome,
    by: SYSTEM_ACTOR,
    at,
    set: { decision },
    events,
  } as const;
  const writes: NamedWrite[] = [{ name: 'application', item: { Update: transitionUpdate(transition) } }];
  if (decision.outcome === 'ELIGIBLE')
    writes.push(...awardWrites(awardFor(record, decision.amount, at, decision.reasons), version));
  await runWrites(writes);
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
