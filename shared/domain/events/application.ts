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
}

export const applicationIds = {
  applicationId: z.string().check(z.minLength(1)),
  applicantId: z.string().check(z.minLength(1)),
  programme: z.enum(PROGRAMMES),
};

/** Only the ids: callers pass whole records, and the details are strict objects. */
export const applicationFields = ({ applicationId, applicantId, programme }: ApplicationRef): ApplicationRef => ({ applicationId, applicantId, programme });

export const ApplicationSubmitted = defineEvent('ApplicationSubmitted', '1.0', (envelope) =>
  z.strictObject({ ...envelope, ...applicationIds, submittedAt: z.iso.datetime({ offset: true }) }),
);

/** Identified by the application (it is submitted once). */
export const applicationSubmitted = (application: ApplicationRef & { submittedAt: string }) =>
  ApplicationSubmitted.build([application.applicationId, 'submitted'], application.submittedAt, {
    ...applicationFields(application),
    submittedAt: application.submittedAt,
  });

export const ApplicationEvaluated = defineEvent('ApplicationEvaluated', '1.0', (envelope) =>
  z.strictObject({
    ...envelope,
    ...applicationIds,
    outcome: z.enum(OUTCOMES),
    amount: yuanAmount,
    capApplied: z.boolean(),
    policyVersion: z.string(),
    reasons: localisedReasons().check(z.describe('why, in every language the platform writes (SPEC §3.2); added in schema 1.0 without breaking it')),
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

export const ApplicationReviewed = defineEvent('ApplicationReviewed', '1.0', (envelope) =>
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

export const ApplicationWithdrawn = defineEvent('ApplicationWithdrawn', '1.0', (envelope) =>
  z.strictObject({ ...envelope, ...applicationIds, from: z.enum(APPLICATION_STATUSES) }),
);

/** Withdrawn from status `from`, identified by the application (it is withdrawn once). */
export const applicationWithdrawn = (application: ApplicationRef, from: ApplicationStatus, at: string) =>
  ApplicationWithdrawn.build([application.applicationId, 'withdrawn'], at, { ...applicationFields(application), from });
