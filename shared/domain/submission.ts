/**
 * Accepting an application (SPEC §4): refused before the application window of the policy version
 * in force on its date; otherwise a SUBMITTED application with the details exactly as submitted
 * (money as yuan strings), its audit entry and its ApplicationSubmitted event, under an id made of
 * its instant (./ids.ts). Pure: the submit function names the instant and draws the id's random
 * bits, and stores it.
 */
import { applicationWindowAt, type ApplicationInput } from '../policy/index.js';
import type { ApplicationRecord } from './application.js';
import type { DomainEvent } from './events/index.js';
import { applicationSubmitted } from './events/application.js';
import { idAt } from './ids.js';
import { Refusal } from './refusal.js';

export interface SubmitCommand {
  applicantId: string;
  /** The Idempotency-Key header, when sent. */
  idempotencyKey?: string;
  /** The validated body as the client sent it (money as yuan strings). */
  body: ApplicationInput;
  /** The request's correlation id, stored with the application and carried by its events. */
  correlationId: string;
}

/** What a submission answers (202), the first time and on every repeat of its Idempotency-Key. */
export interface SubmitAnswer {
  applicationId: string;
  status: 'SUBMITTED';
  submittedAt: string;
}

/** Refuses a submission before the application window of the version in force on its date. */
export function assertWindowOpen(submittedAt: string): void {
  const { held, version, opensOn, submittedOn } = applicationWindowAt(submittedAt);
  if (!held) throw new Refusal('application-window-closed', { version, opensOn, today: submittedOn });
}

export interface Submission {
  record: ApplicationRecord;
  events: DomainEvent[];
  answer: SubmitAnswer;
}

/** The application a command submits at `at`, its id drawn with `random` (./ids.ts), or a Refusal. */
export function submission(command: SubmitCommand, at: Date, random: Uint8Array): Submission {
  const submittedAt = at.toISOString();
  assertWindowOpen(submittedAt);
  const applicationId = idAt(at, random);
  const { applicantId, body, correlationId } = command;
  const record: ApplicationRecord = {
    applicationId,
    applicantId,
    programme: body.programme,
    status: 'SUBMITTED',
    submittedAt,
    organisation: body.organisation,
    details: body.details as Record<string, unknown>,
    audit: [{ at: submittedAt, by: applicantId, from: null, to: 'SUBMITTED' }],
    correlationId,
  };
  return {
    record,
    events: [applicationSubmitted(record)],
    answer: { applicationId, status: 'SUBMITTED', submittedAt },
  };
}
