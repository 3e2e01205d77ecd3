/**
 * The evaluation of a submitted application (SPEC §5): the policy's decision on the application
 * and the applicant's history, the change it makes (SUBMITTED → the outcome, by the system, with
 * ApplicationEvaluated) and the award an ELIGIBLE decision makes. Pure: the evaluate function
 * reads the applicant's records the application asks for (`historyRequestOf`) and stores the result.
 */
import { judge, type Decision } from '../policy/index.js';
import { statusChange, SYSTEM_ACTOR, type ApplicationRecord, type StatusChange } from './application.js';
import { awardFor, caseFor, type NewAward } from './award.js';
import { historyOf, NO_HISTORY, type ApplicantRecords } from './history.js';
import { applicationEvaluated } from './events/application.js';

export interface Evaluation {
  decision: Decision;
  change: StatusChange;
  /** What an ELIGIBLE decision awards. */
  award?: NewAward;
}

/** The evaluation of the application at `at` on the records `historyRequestOf` asked for (none: it asked for none). */
export function evaluation(record: ApplicationRecord, records: ApplicantRecords | undefined, at: string): Evaluation {
  const { decision, award } = judge(caseFor(record, records ? historyOf(records) : NO_HISTORY));
  const change = statusChange({
    from: 'SUBMITTED',
    to: decision.outcome,
    by: SYSTEM_ACTOR,
    at,
    set: { decision },
    events: [applicationEvaluated(record, decision, at)],
  });
  if (decision.outcome !== 'ELIGIBLE') return { decision, change };
  return { decision, change, award: awardFor(record, decision.amount, at, award) };
}
