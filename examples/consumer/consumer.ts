/**
 * An example consumer of the platform's events (README "Events", "An example consumer"): what
 * the Lambda function a rule with ./pattern.ts invokes does with each event. It turns each award
 * into a notice for the administration's own system, once per event although EventBridge
 * delivers at least once.
 *
 * - Deduplication: a delivery first claims its `eventId` (./dedupe.ts: a conditional write on
 *   AWS); a claimed id is a repeat and is skipped. If the notice cannot be sent, the claim is
 *   released and the error thrown, so EventBridge retries (then the rule's DLQ).
 * - Ordering: events may arrive out of order; each notice carries the application's `sequence`
 *   (1, 2, 3 … in commit order), so the receiving system keeps, per application, the notice
 *   with the highest sequence.
 *
 * Copy this folder; replace `notify` (./handler.ts) with what your system needs (a queue, an HTTP call).
 */
import type {
  AppealDecidedEvent,
  ApplicationEvaluatedEvent,
  ApplicationReviewedEvent,
} from '@lingang-ai-subsidy/client';
import type { Dedupe } from './dedupe.js';

export type AwardEvent = ApplicationEvaluatedEvent | ApplicationReviewedEvent | AppealDecidedEvent;

/** What the administration's system is told of an award. */
export interface AwardNotice {
  eventId: string;
  applicationId: string;
  applicantId: string;
  programme: string;
  /** Yuan, two decimals. */
  amount: string;
  /** What awarded it. */
  awardedBy: AwardEvent['detail-type'];
  /** Keep the highest per application. */
  sequence: number;
  occurredAt: string;
}

/** The notice of an award event; undefined for an event that awards nothing (the rule's pattern selects none). */
export function awardNotice(event: AwardEvent): AwardNotice | undefined {
  const { detail } = event;
  if (detail.amount === undefined) return undefined;
  const { eventId, applicationId, applicantId, programme, amount, sequence, occurredAt } = detail;
  return {
    eventId,
    applicationId,
    applicantId,
    programme,
    amount,
    awardedBy: event['detail-type'],
    sequence,
    occurredAt,
  };
}

/** The consumer: claim the event, send its notice; a failed send releases the claim and throws (EventBridge retries). */
export function awardNoticeConsumer({
  dedupe,
  notify,
}: {
  dedupe: Dedupe;
  notify: (notice: AwardNotice) => Promise<void>;
}) {
  return async (event: AwardEvent): Promise<void> => {
    const notice = awardNotice(event);
    if (!notice || !(await dedupe.claim(notice.eventId))) return;
    try {
      await notify(notice);
    } catch (error) {
      await dedupe.release(notice.eventId);
      throw error;
    }
  };
}
