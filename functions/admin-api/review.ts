/**
 * POST /v1/admin/applications/{id}/review — a reviewer approves (with an amount) or rejects
 * an application that NEEDS_REVIEW. The amount may not exceed the decision's ceiling (the
 * request limited by the programme's cap). The once-only rules are checked again against the
 * history as it is now, and the approval is written with the applicant's award lock, so an
 * award granted meanwhile (or a recognition rewarded to someone else) is never granted twice.
 * ApplicationReviewed is written to the application's outbox with the review.
 */
import type * as z from '../../shared/zod.js';
import { applicationReviewed } from '../../shared/domain/events/application.js';
import { renderReason, type Catalogue } from '../../shared/i18n/index.js';
import { evaluate, formatYuan, parseYuan, type Fen, type Reason } from '../../shared/policy/index.js';
import { principalOf, requireAdmin } from '../commons/edge/auth.js';
import { nowIso } from '../commons/runtime/clock.js';
import {
  correlationIdOf,
  json,
  parseBody,
  pathParameter,
  requestLanguage,
  type HttpEvent,
  type HttpResult,
} from '../commons/edge/http.js';
import { judgedUntilStored, notFound, problem, Problem } from '../commons/edge/problems.js';
import type { NamedWrite } from '../commons/store/transactions.js';
import { reviewBodySchema, type ReviewBody } from './review-body.js';
import { getApplication, transitionUpdate } from '../commons/store/applications.js';
import { loadHistoryFor, awardWrites } from '../commons/store/history.js';
import { caseFor, awardFor } from '../../shared/domain/award.js';
import { inLanguage } from '../commons/edge/views.js';
import type { ApplicationRecord, Review } from '../../shared/domain/application.js';
import { runWrites } from '../commons/store/conditional-writes.js';

const awaitingReview = (
  record: ApplicationRecord,
): record is ApplicationRecord & Required<Pick<ApplicationRecord, 'decision'>> =>
  record.status === 'NEEDS_REVIEW' && record.decision !== undefined;

/** 422 naming `amount` unless 0 < amount ≤ the ceiling (of a review or an appeal's grant). */
export function checkAmount(amount: Fen, ceiling: string): void {
  if (amount > 0n && amount <= parseYuan(ceiling)) return;
  const message = (catalogue: Catalogue) => catalogue.fields.reviewAmount({ ceiling });
  throw new Problem(
    'amount-out-of-range',
    (catalogue) => ({ message: message(catalogue) }),
    (catalogue) => [{ path: 'amount', message: message(catalogue) }],
  );
}

/** 409: the rules that now refuse an award, in the request's language. */
export const noLongerEligible = (reasons: readonly Reason[]) =>
  new Problem('no-longer-eligible', ({ language }) => ({
    reasons: reasons.map((reason) => renderReason(reason, language)),
  }));

/** The award parts of an approval, after checking the policy's once-only rules against the current history. */
async function approvalWrites(record: ApplicationRecord, amount: Fen, at: string): Promise<NamedWrite[]> {
  const { history, version } = await loadHistoryFor(record);
  const current = evaluate(caseFor(record, history));
  if (current.outcome === 'INELIGIBLE') throw noLongerEligible(current.reasons);
  return awardWrites(awardFor(record, formatYuan(amount), at), version);
}

/**
 * The same reviewer sending the same review again (a retry after a lost response): answered
 * from what is stored; nothing is written, so nothing is published again.
 */
const isRepeat = (record: ApplicationRecord, body: ReviewBody, reviewedBy: string): boolean =>
  record.review !== undefined &&
  record.review.reviewedBy === reviewedBy &&
  record.review.decision === body.decision &&
  record.review.note === body.note &&
  record.review.amount === (body.amount === undefined ? undefined : formatYuan(body.amount));

async function reviewOnce(
  applicationId: string,
  body: ReviewBody,
  reviewedBy: string,
  correlationId: string,
): Promise<ApplicationRecord> {
  const stored = await getApplication(applicationId);
  if (!stored) throw notFound('application', applicationId);
  const record = { ...stored, correlationId };
  if (isRepeat(record, body, reviewedBy)) return record;
  if (!awaitingReview(record)) {
    throw problem('not-awaiting-review', { applicationId, status: record.status });
  }
  const at = nowIso();
  const approve = body.decision === 'APPROVE';
  const amount = body.amount ?? 0n;
  if (approve) checkAmount(amount, record.decision.amount);
  const review: Review = {
    decision: body.decision,
    ...(approve ? { amount: formatYuan(amount) } : {}),
    note: body.note,
    reviewedBy,
    reviewedAt: at,
  };
  const events = [applicationReviewed(record, review)];
  const transition = {
    record,
    from: 'NEEDS_REVIEW',
    to: approve ? 'APPROVED' : 'REJECTED',
    by: reviewedBy,
    at,
    set: { review },
    events,
  } as const;
  const writes: NamedWrite[] = [{ name: 'application', item: { Update: transitionUpdate(transition) } }];
  if (approve) writes.push(...(await approvalWrites(record, amount, at)));
  await runWrites(writes);
  return (await getApplication(applicationId))!;
}

/**
 * An administrator's decision on one application (a review, an appeal decision): the body
 * validated, then `decideOnce` retried while its transaction loses a race. A retry re-reads,
 * then sees the winner (409) or decides on the new lock version. Answered in the request's language.
 */
export async function adminDecision<S extends z.ZodMiniType>(
  event: HttpEvent,
  schema: S,
  decideOnce: (
    applicationId: string,
    body: z.output<S>,
    adminId: string,
    correlationId: string,
  ) => Promise<ApplicationRecord>,
): Promise<HttpResult> {
  const admin = requireAdmin(principalOf(event));
  const applicationId = pathParameter(event, 'id');
  const body = parseBody(event, schema);
  const decided = await judgedUntilStored(() => decideOnce(applicationId, body, admin.id, correlationIdOf(event)));
  return json(200, inLanguage(decided, requestLanguage(event)));
}

export const reviewApplication = (event: HttpEvent): Promise<HttpResult> =>
  adminDecision(event, reviewBodySchema, reviewOnce);
