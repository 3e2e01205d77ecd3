/**
 * Deciding an appeal: an administrator decides an APPEALED application (SPEC §11). Separation of
 * duties: whoever reviewed it may not decide its appeal. UPHOLD restores the outcome appealed.
 * GRANT awards an amount within the programme's limit and what remains of its caps and once-only
 * awards (shared/policy/appeals.ts), written with the applicant's award lock like every award, so
 * a grant racing another award never passes a cap. A granted operating-cost claim becomes an
 * ELIGIBLE entitlement, re-decided at the granted amount, which the next payout run pays; any
 * other grant is APPROVED. AppealDecided is written to the application's outbox with the decision.
 */
import {
  appealedFrom,
  statusChange,
  type Appeal,
  type ApplicationRecord,
  type ApplicationStatus,
} from '../../shared/domain/application.js';
import { awardFor, caseFor } from '../../shared/domain/award.js';
import {
  checkAmount,
  isRepeat,
  noLongerEligible,
  type AdminDecisionCommand,
} from '../../shared/domain/admin-decision.js';
import { appealDecided } from '../../shared/domain/events/appeal.js';
import { Refusal } from '../../shared/domain/refusal.js';
import { grantLimit } from '../../shared/policy/appeals.js';
import { formatYuan, type Decision, type Fen, type Reason } from '../../shared/policy/index.js';
import { nowIso } from '../commons/runtime/clock.js';
import { getApplication } from '../commons/store/update-item/applications.js';
import { decideAsAdmin, type Awarding } from '../commons/store/application-changes.js';
import { loadHistoryFor } from '../commons/store/put-item/history.js';

export type AppealDecisionCommand = AdminDecisionCommand<NonNullable<Appeal['decision']>>;

type Appealed = ApplicationRecord & { appeal: Appeal };

/** What a decision does besides recording the appeal's outcome. */
interface Outcome {
  to: ApplicationStatus;
  reasons: Reason[];
  /** The decision the transition sets, fields added to the appeal, and the award granted. */
  set?: { decision: Decision };
  appeal?: Partial<Appeal>;
  awarding?: Awarding;
}

const uphold = (record: Appealed): Outcome => {
  const to = appealedFrom(record);
  return { to, reasons: [{ rule: 'appeal.upheld', params: { outcome: to } }] };
};

/** Operating-cost subsidies are paid by the annual run, at the amount their decision holds. */
const PAID_BY_RUN = 'OSP_OPERATING';

async function grant(table: string, record: Appealed, amount: Fen, at: string): Promise<Outcome> {
  const { history, version } = await loadHistoryFor(table, record);
  const limit = grantLimit(caseFor(record, history));
  if ('refused' in limit) throw noLongerEligible(limit.refused);
  const ceiling = formatYuan(limit.ceiling);
  checkAmount(amount, ceiling);
  const granted = formatYuan(amount);
  const reasons: Reason[] = [...limit.reasons, { rule: 'appeal.granted', params: { amount: granted, ceiling } }];
  const awarding = { award: awardFor(record, granted, at, limit.award), historyVersion: version };
  if (record.programme !== PAID_BY_RUN || !record.decision) return { to: 'APPROVED', reasons, awarding };
  const decision: Decision = {
    outcome: 'ELIGIBLE',
    amount: granted,
    capApplied: limit.capApplied,
    policyVersion: record.decision.policyVersion,
    reasons,
  };
  return { to: 'ELIGIBLE', reasons, awarding, set: { decision }, appeal: { originalDecision: record.decision } };
}

/** One read-judge-write of an appeal decision in `table`: the application as it then stands, or a Refusal. */
export async function decideAppeal(table: string, command: AppealDecisionCommand): Promise<ApplicationRecord> {
  const { applicationId, decision, amount, note, by, correlationId } = command;
  const stored = await getApplication(table, applicationId);
  if (!stored) throw new Refusal('not-found', { what: 'application', id: applicationId });
  const record = { ...stored, correlationId };
  if (isRepeat(record.appeal && { ...record.appeal, by: record.appeal.decidedBy }, command)) return record;
  if (record.status !== 'APPEALED' || !record.appeal)
    throw new Refusal('not-appealed', { applicationId, status: record.status });
  if (record.review?.reviewedBy === by) throw new Refusal('appeal-decider-reviewed', { reviewedBy: by });
  const appealed = record as Appealed;
  const at = nowIso();
  const outcome = decision === 'GRANT' ? await grant(table, appealed, amount!, at) : uphold(appealed);
  const appeal = {
    ...appealed.appeal,
    decision,
    ...(amount !== undefined ? { amount: formatYuan(amount) } : {}),
    note,
    decidedBy: by,
    decidedAt: at,
    reasons: outcome.reasons,
    ...outcome.appeal,
  } satisfies Appeal;
  const change = statusChange({
    from: 'APPEALED',
    to: outcome.to,
    by,
    at,
    set: { ...outcome.set, appeal },
    events: [appealDecided(record, appeal, outcome.to)],
  });
  return decideAsAdmin(table, record, change, outcome.awarding);
}
