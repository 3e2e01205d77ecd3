/**
 * The evaluation of a submitted application (SPEC §5): the policy's decision on the application
 * and the applicant's history, the change it makes (SUBMITTED → the outcome, by the system, with
 * ApplicationEvaluated) and the award an ELIGIBLE decision makes. Pure: the evaluate function
 * reads the history and stores the result.
 */
import { evaluate, readsHistory, type Decision } from '../policy/index.js';
import { statusChange, SYSTEM_ACTOR, type ApplicationRecord, type StatusChange } from './application.js';
import { awardFor, caseFor, type History, type NewAward } from './award.js';
import { applicationEvaluated } from './events/application.js';

export interface Evaluation {
  decision: Decision;
  change: StatusChange;
  /** What an ELIGIBLE decision awards. */
  award?: NewAward;
}

/** Whether evaluating the application needs the applicant's history (its programme's rules read it). */
export const evaluationReadsHistory = (record: Pick<ApplicationRecord, 'programme'>): boolean =>
  readsHistory(record.programme);

/** The history an evaluation that reads none is given. */
export const NO_HISTORY: History = { certifications: [], awards: [] };

export function evaluation(record: ApplicationRecord, history: History, at: string): Evaluation {
  const decision = evaluate(caseFor(record, history));
  const change = statusChange({
    from: 'SUBMITTED',
    to: decision.outcome,
    by: SYSTEM_ACTOR,
    at,
    set: { decision },
    events: [applicationEvaluated(record, decision, at)],
  });
  if (decision.outcome !== 'ELIGIBLE') return { decision, change };
  return { decision, change, award: awardFor(record, decision.amount, at, decision.reasons) };
}
