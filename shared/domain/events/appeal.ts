/** An appeal's events (SPEC §11): the owner appealed, an administrator decided. */
import * as z from '../../zod.js';
import { reasonsInEveryLanguage } from '../../i18n/index.js';
import type { Decision } from '../../policy/index.js';
import type { ApplicationStatus } from '../application.js';
import { APPLICATION_EVENTS_VERSION, applicationFields, applicationIds, type ApplicationRef } from './application.js';
import { defineEvent, localisedReasons, yuanAmount } from './envelope.js';

export const ApplicationAppealed = defineEvent('ApplicationAppealed', APPLICATION_EVENTS_VERSION, (envelope) =>
  z.strictObject({
    ...envelope,
    ...applicationIds,
    from: z.enum(['INELIGIBLE', 'REJECTED']),
    documentIds: z.array(z.string()).check(z.describe('evidence documents of the application the appeal cites')),
  }),
);

/**
 * Identified by the application (it is appealed once). `status` is the one appealed: the caller
 * has checked it may be, and the schema refuses any other.
 */
export const applicationAppealed = (
  application: ApplicationRef & { status: ApplicationStatus },
  appeal: { documentIds: string[]; appealedAt: string },
) =>
  ApplicationAppealed.build([application.applicationId, 'appealed'], appeal.appealedAt, {
    ...applicationFields(application),
    from: application.status as 'INELIGIBLE' | 'REJECTED',
    documentIds: appeal.documentIds,
  });

export const AppealDecided = defineEvent('AppealDecided', APPLICATION_EVENTS_VERSION, (envelope) =>
  z.strictObject({
    ...envelope,
    ...applicationIds,
    decision: z.enum(['UPHOLD', 'GRANT']),
    status: z
      .enum(['INELIGIBLE', 'REJECTED', 'APPROVED', 'ELIGIBLE'])
      .check(z.describe('the status the decision gave the application')),
    amount: z.optional(yuanAmount),
    decidedBy: z.string(),
    reasons: localisedReasons(),
  }),
);

export interface AppealDecision {
  decision: 'UPHOLD' | 'GRANT';
  amount?: string;
  decidedBy: string;
  decidedAt: string;
  reasons: Decision['reasons'];
}

/** Identified by the application (its appeal is decided once); `status` is the one the decision gave it. */
export const appealDecided = (application: ApplicationRef, appeal: AppealDecision, status: ApplicationStatus) =>
  AppealDecided.build([application.applicationId, 'appeal-decided'], appeal.decidedAt, {
    ...applicationFields(application),
    decision: appeal.decision,
    status: status as 'INELIGIBLE' | 'REJECTED' | 'APPROVED' | 'ELIGIBLE',
    ...(appeal.amount !== undefined ? { amount: appeal.amount } : {}),
    decidedBy: appeal.decidedBy,
    reasons: reasonsInEveryLanguage(appeal.reasons),
  });
