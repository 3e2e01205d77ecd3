/**
 * Accepting an application: refused before the application window of the policy version in
 * force; otherwise stored as SUBMITTED (details exactly as submitted) with its
 * ApplicationSubmitted event in the item's outbox — one conditional write, with the
 * Idempotency-Key's record in the same transaction when a key is sent. The outbox relay then
 * publishes the event and queues the evaluation from the stored record, so an accepted
 * application cannot be lost between storing and queueing.
 */
import { applicationSubmitted } from '../../shared/domain/events/application.js';
import { shanghaiDate, versionFor, type ApplicationInput } from '../../shared/policy/index.js';
import { clock } from '../commons/runtime/clock.js';
import { json, logger, type HttpResult } from '../commons/edge/http.js';
import { Refusal } from '../../shared/domain/refusal.js';
import { TransactionConflict } from '../commons/store/conflicts.js';
import { newApplicationId } from '../commons/store/ids.js';
import { firstAnswer, keyClaim, type SubmitAnswer } from '../commons/store/idempotency.js';
import type { ApplicationRecord } from '../../shared/domain/application.js';
import { putNewApplication } from '../commons/store/new-application.js';

export interface SubmitRequest {
  applicantId: string;
  /** The Idempotency-Key header, when sent. */
  idempotencyKey?: string;
  /** The validated body as the client sent it (money as yuan strings). */
  body: ApplicationInput;
  /** The request's correlation id, stored with the application and carried by its events. */
  correlationId: string;
}

/** Refuses a submission before the application window of the version in force on its date. */
export function assertWindowOpen(submittedAt: string): void {
  const version = versionFor(submittedAt);
  const submittedOn = shanghaiDate(submittedAt);
  if (submittedOn < version.applicationsFrom) {
    throw new Refusal('application-window-closed', {
      version: version.id,
      opensOn: version.applicationsFrom,
      today: submittedOn,
    });
  }
}

const accepted = (answer: SubmitAnswer) => json(202, answer, { location: `/v1/applications/${answer.applicationId}` });

export async function submit({ applicantId, idempotencyKey, body, correlationId }: SubmitRequest): Promise<HttpResult> {
  const now = clock.now();
  const submittedAt = now.toISOString();
  assertWindowOpen(submittedAt);
  const record: ApplicationRecord = {
    applicationId: newApplicationId(now),
    applicantId,
    programme: body.programme,
    status: 'SUBMITTED',
    submittedAt,
    organisation: body.organisation,
    details: body.details as Record<string, unknown>,
    audit: [{ at: submittedAt, by: applicantId, from: null, to: 'SUBMITTED' }],
    correlationId,
  };
  const answer: SubmitAnswer = { applicationId: record.applicationId, status: 'SUBMITTED', submittedAt };
  const claim = idempotencyKey === undefined ? [] : [keyClaim(applicantId, idempotencyKey, body, answer, now)];
  try {
    await putNewApplication(record, [applicationSubmitted(record)], claim);
    logger.info('application accepted', { applicationId: record.applicationId });
    return accepted(answer);
  } catch (error) {
    if (!(error instanceof TransactionConflict) || !error.failed.has('idempotency')) throw error;
    return accepted(await firstAnswer(applicantId, idempotencyKey!, body));
  }
}
