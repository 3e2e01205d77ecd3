/**
 * POST /v1/admin/applications/{id}/appeal-decision: an administrator decides an APPEALED
 * application (SPEC §11). Separation of duties: whoever reviewed it may not decide its appeal.
 * UPHOLD restores the outcome appealed. GRANT awards an amount within the programme's limit and
 * what remains of its caps and once-only awards (shared/policy/appeals.ts), written with the
 * applicant's award lock like every award, so a grant racing another award never passes a cap.
 * A granted operating-cost claim becomes an ELIGIBLE entitlement, re-decided at the granted
 * amount, which the next payout run pays; any other grant is APPROVED. AppealDecided is written
 * to the application's outbox with the decision.
 */
import {
  appealedFrom,
  type Appeal,
  type ApplicationRecord,
  type ApplicationStatus,
} from '../../shared/domain/application.js';
import { appealDecided } from '../../shared/domain/events/appeal.js';
import { grantLimit } from '../../shared/policy/appeals.js';
import { formatYuan, type Decision, type Fen, type Reason } from '../../shared/policy/index.js';
import { nowIso } from '../commons/runtime/clock.js';
import type { HttpEvent, HttpResult } from '../commons/edge/http.js';
import { notFound, problem } from '../commons/edge/problems.js';
import type { NamedWrite } from '../commons/store/transactions.js';
import { appealDecisionBodySchema, type AppealDecisionBody } from './appeal-decision-body.js';
import { adminDecision, checkAmount, noLongerEligible } from './review.js';
import { getApplication, transitionUpdate } from '../commons/store/applications.js';
import { loadHistoryFor, awardWrites } from '../commons/store/history.js';
import { caseFor, awardFor } from '../../shared/domain/award.js';
import { runWrites } from '../commons/store/conditional-writes.js';

type Appealed = ApplicationRecord & { appeal: Appeal };

/** What a decision does besides recording the appeal's outcome. */
interface Outcome {
  to: ApplicationStatus;
  reasons: Reason[];
  /** Attributes set with the transition, fields added to the appeal, and further transaction parts. */
  set?: { decision: Decision };
  appeal?: Partial<Appeal>;
  writes?: NamedWrite[];
}

const uphold = (record: Appealed): Outcome => {
  const to = appealedFrom(record);
  return { to, reasons: [{ rule: 'appeal.upheld', params: { outcome: to } }] };
};

/** Operating-cost subsidies are paid by the annual run, at the amount their decision holds. */
const PAID_BY_RUN = 'OSP_OPERATING';

async function grant(record: Appealed, amount: Fen, at: string): Promise<Outcome> {
  const { history, version } = await loadHistoryFor(record);
  const limit = grantLimit(caseFor(record, history));
  if ('refused' in limit) throw noLongerEligible(limit.refused);
  const ceiling = formatYuan(limit.ceiling);
  checkAmount(amount, ceiling);
  const granted = formatYuan(amount);
  const reasons: Reason[] = [...limit.reasons, { rule: 'appeal.granted', params: { amount: granted, ceiling } }];
  const writes = awardWrites(awardFor(record, granted, at, reasons), version);
  if (record.programme !== PAID_BY_RUN || !record.decision) return { to: 'APPROVED', reasons, writes };
  const decision: Decision = {
    outcome: 'ELIGIBLE',
    amount: granted,
    capApplied: limit.capApplied,
    policyVersion: record.decision.policyVersion,
    reasons,
  };
  return { to: 'ELIGIBLE', reasons, writes, set: { decision }, appeal: { originalDecision: record.decision } };
}

/** The same administrator sending the same decision again (a retry): answered from what is stored, nothing written. */
const isRepeat = ({ appeal }: ApplicationRecord, body: AppealDecisionBody, decidedBy: string): boolean =>
  appeal?.decidedBy === decidedBy &&
  appeal.decision === body.decision &&
  appeal.note === body.note &&
  appeal.amount === (body.amount === undefined ? undefined : formatYuan(body.amount));

async function decideOnce(
  applicationId: string,
  body: AppealDecisionBody,
  decidedBy: string,
  correlationId: string,
): Promise<ApplicationRecord> {
  const stored = await getApplication(applicationId);
  if (!stored) throw notFound('application', applicationId);
  const record = { ...stored, correlationId };
  if (isRepeat(record, body, decidedBy)) return record;
  if (record.status !== 'APPEALED' || !record.appeal)
    throw problem('not-appealed', { applicationId, status: record.status });
  if (record.review?.reviewedBy === decidedBy) throw problem('appeal-decider-reviewed', { reviewedBy: decidedBy });
  const appealed = record as Appealed;
  const at = nowIso();
  const outcome = body.decision === 'GRANT' ? await grant(appealed, body.amount!, at) : uphold(appealed);
  const appeal = {
    ...appealed.appeal,
    decision: body.decision,
    ...(body.amount !== undefined ? { amount: formatYuan(body.amount) } : {}),
    note: body.note,
    decidedBy,
    decidedAt: at,
    reasons: outcome.reasons,
    ...outcome.appeal,
  } satisfies Appeal;
  const events = [appealDecided(record, appeal, outcome.to)];
  const transition = {
    record,
    from: 'APPEALED',
    to: outcome.to,
    by: decidedBy,
    at,
    set: { ...outcome.set, appeal },
    events,
  } as const;
  await runWrites([{ name: 'application', item: { Update: transitionUpdate(transition) } }, ...(outcome.writes ?? [])]);
  return (await getApplication(applicationId))!;
}

export const decideAppeal = (event: HttpEvent): Promise<HttpResult> =>
  adminDecision(event, appealDecisionBodySchema, decideOnce);
