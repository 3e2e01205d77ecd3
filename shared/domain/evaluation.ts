/**
 * The evaluation of a submitted application (SPEC §5): the policy's decision on the application
 * and the applicant's history, the change it makes (SUBMITTED → the outcome, by the system, with
 * ApplicationEvaluated) and the award an ELIGIBLE decision makes. Pure: the evaluate function
 * reads the applicant's records this module asks for (`evaluationReads`) and stores the result.
 */
import { historyRead, judge, type Decision } from '../policy/index.js';
import { statusChange, SYSTEM_ACTOR, type ApplicationRecord, type StatusChange } from './application.js';
import { awardFor, caseFor, type History, type NewAward } from './award.js';
import { historyOf, type ApplicantRecords, type HistoryRequest } from './history.js';
import { applicationEvaluated } from './events/application.js';

export interface Evaluation {
  decision: Decision;
  change: StatusChange;
  /** What an ELIGIBLE decision awards. */
  award?: NewAward;
}

/** What evaluating the application reads of the applicant's records: nothing when its programme's rules read no history. */
export function evaluationReads(record: ApplicationRecord): HistoryRequest | undefined {
  const read = historyRead(record.programme, record.details);
  return read && { applicantId: record.applicantId, ...read };
}

/** The history an evaluation that reads none is given. */
const NO_HISTORY: History = { certifications: [], awards: [] };

/** The evaluation of the application at `at` on the records `evaluationReads` asked for (none: it asked for none). */
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
