/**
 * Reviewing: a reviewer approves (with an amount) or rejects an application that NEEDS_REVIEW.
 * The amount may not exceed the decision's ceiling (the request limited by the programme's cap).
 * The once-only rules are checked again against the history as it is now, and the approval is
 * written with the applicant's award lock, so an award granted meanwhile (or a recognition
 * rewarded to someone else) is never granted twice. ApplicationReviewed is written to the
 * application's outbox with the review.
 */
import { applicationReviewed } from '../../shared/domain/events/application.js';
import { statusChange, type ApplicationRecord, type Review } from '../../shared/domain/application.js';
import { awardFor, caseFor } from '../../shared/domain/award.js';
import {
  checkAmount,
  isRepeat,
  noLongerEligible,
  type AdminDecisionCommand,
} from '../../shared/domain/admin-decision.js';
import { Refusal } from '../../shared/domain/refusal.js';
import { formatYuan, judge, type Fen } from '../../shared/policy/index.js';
import { nowIso } from '../commons/runtime/clock.js';
import { getApplication } from '../commons/store/update-item/applications.js';
import { decideAsAdmin, type Awarding } from '../commons/store/application-changes.js';
import { loadHistoryFor } from '../commons/store/put-item/history.js';

export type ReviewCommand = AdminDecisionCommand<Review['decision']>;

const awaitingReview = (
  record: ApplicationRecord,
): record is ApplicationRecord & Required<Pick<ApplicationRecord, 'decision'>> =>
  record.status === 'NEEDS_REVIEW' && record.decision !== undefined;

/** The award of an approval, after checking the policy's once-only rules against the current history. */
async function approval(table: string, record: ApplicationRecord, amount: Fen, at: string): Promise<Awarding> {
  const { history, version } = await loadHistoryFor(table, record);
  const current = judge(caseFor(record, history));
  if (current.decision.outcome === 'INELIGIBLE') throw noLongerEligible(current.decision.reasons);
  return { award: awardFor(record, formatYuan(amount), at, current.award), historyVersion: version };
}

/** One read-judge-write of a review in `table`: the application as it then stands, or a Refusal. */
export async function review(table: string, command: ReviewCommand): Promise<ApplicationRecord> {
  const { applicationId, decision, note, by, correlationId } = command;
  const stored = await getApplication(table, applicationId);
  if (!stored) throw new Refusal('not-found', { what: 'application', id: applicationId });
  const record = { ...stored, correlationId };
  if (isRepeat(record.review && { ...record.review, by: record.review.reviewedBy }, command)) return record;
  if (!awaitingReview(record)) throw new Refusal('not-awaiting-review', { applicationId, status: record.status });
  const at = nowIso();
  const approve = decision === 'APPROVE';
  const amount = command.amount ?? 0n;
  if (approve) checkAmount(amount, record.decision.amount);
  const done: Review = {
    decision,
    ...(approve ? { amount: formatYuan(amount) } : {}),
    note,
    reviewedBy: by,
    reviewedAt: at,
  };
  const change = statusChange({
    from: 'NEEDS_REVIEW',
    to: approve ? 'APPROVED' : 'REJECTED',
    by,
    at,
    set: { review: done },
    events: [applicationReviewed(record, done)],
  });
  return decideAsAdmin(table, record, change, approve ? await approval(table, record, amount, at) : undefined);
}
