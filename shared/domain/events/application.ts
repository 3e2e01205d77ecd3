/** The application's events: submitted, evaluated, reviewed, withdrawn. */
import * as z from '../../zod.js';
import { reasonsInEveryLanguage } from '../../i18n/index.js';
import { OUTCOMES, PROGRAMMES, type Decision, type ProgrammeCode } from '../../policy/index.js';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../application.js';
import { defineEvent, localisedReasons, yuanAmount } from './envelope.js';

/** The application an event is about, as every application and appeal event names it. */
export interface ApplicationRef {
  applicationId: string;
  applicantId: string;
  programme: ProgrammeCode;
  /** How many events the application has had so far, as stored (absent: none yet, or stored before events were numbered). */
  eventSequence?: number;
  /** The API request changing it now (or, for its evaluation, the submission's): its events carry it. */
  correlationId?: string;
}

/**
 * What every application and appeal event carries: the application's ids and the event's place
 * in the application's history (SPEC §13): 1 for ApplicationSubmitted, then 2, 3 … in commit
 * order. The store writes the number with the state change, on the condition that the stored
 * count is still the one read (functions/commons/store/update-item/applications.ts), so no two events of an
 * application share a number and none is skipped.
 */
export const applicationIds = {
  applicationId: z.string().check(z.minLength(1)),
  applicantId: z.string().check(z.minLength(1)),
  programme: z.enum(PROGRAMMES),
  sequence: z
    .int()
    .check(
      z.gte(1),
      z.describe(
        'this event’s place among its application’s events: 1, 2, 3 … in commit order (schema 1.1); order and dedupe by it',
      ),
    ),
};

/** The application events' schema version: 1.1 added `sequence`, 1.2 the envelope's optional `correlationId`. */
export const APPLICATION_EVENTS_VERSION = '1.2';

/** The ids, the next number and the correlation id: callers pass whole records, and the details are strict objects. */
export const applicationFields = ({
  applicationId,
  applicantId,
  programme,
  eventSequence,
  correlationId,
}: ApplicationRef) => ({
  ...(correlationId ? { correlationId } : {}),
  applicationId,
  applicantId,
  programme,
  sequence: (eventSequence ?? 0) + 1,
});

export const ApplicationSubmitted = defineEvent('ApplicationSubmitted', APPLICATION_EVENTS_VERSION, (envelope) =>
  z.strictObject({ ...envelope, ...applicationIds, submittedAt: z.iso.datetime({ offset: true }) }),
);

/** Identified by the application (it is submitted once). */
export const applicationSubmitted = (application: ApplicationRef & { submittedAt: string }) =>
  ApplicationSubmitted.build([application.applicationId, 'submitted'], application.submittedAt, {
    ...applicationFields(application),
    submittedAt: application.submittedAt,
  });

export const ApplicationEvaluated = defineEvent('ApplicationEvaluated', APPLICATION_EVENTS_VERSION, (envelope) =>
  z.strictObject({
    ...envelope,
    ...applicationIds,
    outcome: z.enum(OUTCOMES),
    amount: yuanAmount,
    capApplied: z.boolean(),
    policyVersion: z.string(),
    reasons: localisedReasons().check(
      z.describe('why, in every language the platform writes (SPEC §3.2); added in schema 1.0 without breaking it'),
    ),
  }),
);

/** The decision taken at `at` (when the application left SUBMITTED). */
export const applicationEvaluated = (application: ApplicationRef, decision: Decision, at: string) =>
  ApplicationEvaluated.build([application.applicationId, 'evaluated'], at, {
    ...applicationFields(application),
    outcome: decision.outcome,
    amount: decision.amount,
    capApplied: decision.capApplied,
    policyVersion: decision.policyVersion,
    reasons: reasonsInEveryLanguage(decision.reasons),
  });

export const ApplicationReviewed = defineEvent('ApplicationReviewed', APPLICATION_EVENTS_VERSION, (envelope) =>
  z.strictObject({
    ...envelope,
    ...applicationIds,
    decision: z.enum(['APPROVE', 'REJECT']),
    amount: z.optional(yuanAmount),
    reviewedBy: z.string(),
  }),
);

export interface ReviewDecision {
  decision: 'APPROVE' | 'REJECT';
  amount?: string;
  reviewedBy: string;
  reviewedAt: string;
}

/** Identified by the application (it is reviewed once). */
export const applicationReviewed = (application: ApplicationRef, review: ReviewDecision) =>
  ApplicationReviewed.build([application.applicationId, 'reviewed'], review.reviewedAt, {
    ...applicationFields(application),
    decision: review.decision,
    ...(review.amount !== undefined ? { amount: review.amount } : {}),
    reviewedBy: review.reviewedBy,
  });

export const ApplicationWithdrawn = defineEvent('ApplicationWithdrawn', APPLICATION_EVENTS_VERSION, (envelope) =>
  z.strictObject({ ...envelope, ...applicationIds, from: z.enum(APPLICATION_STATUSES) }),
);

/** Withdrawn from status `from`, identified by the application (it is withdrawn once). */
export const applicationWithdrawn = (application: ApplicationRef, from: ApplicationStatus, at: string) =>
  ApplicationWithdrawn.build([application.applicationId, 'withdrawn'], at, { ...applicationFields(application), from });
