/**
 * What an applicant may change of their own application: withdraw it while SUBMITTED or
 * NEEDS_REVIEW, and appeal an INELIGIBLE decision or a REJECTED review (SPEC §11) once, within the
 * policy's appeal window. Pure: each answers the change the store writes (only while the status is
 * still the one judged) or throws a Refusal.
 */
import { appealWindow } from '../policy/appeals.js';
import {
  APPEALABLE,
  reachedStatusAt,
  statusChange,
  WITHDRAWABLE,
  type Appeal,
  type ApplicationRecord,
  type StatusChange,
} from './application.js';
import { applicationAppealed } from './events/appeal.js';
import { applicationWithdrawn } from './events/application.js';
import { Refusal } from './refusal.js';

/** The application as its owner may change it: to anyone else (admins included) it does not exist. */
export function ownedBy(stored: ApplicationRecord | undefined, applicantId: string): ApplicationRecord {
  if (!stored || stored.applicantId !== applicantId) throw new Refusal('not-found', { what: 'application' });
  return stored;
}

/** The owner's withdrawal at `at`. */
export function withdrawal(record: ApplicationRecord, at: string): StatusChange {
  if (!WITHDRAWABLE.includes(record.status))
    throw new Refusal('not-withdrawable', { allowed: WITHDRAWABLE, status: record.status });
  const events = [applicationWithdrawn(record, record.status, at)];
  return statusChange({ from: record.status, to: 'WITHDRAWN', by: record.applicantId, at, events });
}

/** What an owner's appeal asks. */
export interface AppealRequest {
  grounds: string;
  documentIds: string[];
}

/**
 * The owner's appeal at `at`: not appealed before, INELIGIBLE or REJECTED, in time, citing only
 * documents of the application (`missing`: the cited ids the application has no document of).
 */
export function appealing(
  record: ApplicationRecord,
  { grounds, documentIds }: AppealRequest,
  at: string,
  missing: readonly string[],
): StatusChange {
  if (record.appeal) throw new Refusal('already-appealed', { applicationId: record.applicationId });
  if (!APPEALABLE.includes(record.status))
    throw new Refusal('appeal-not-allowed', { allowed: APPEALABLE, status: record.status });
  const { held, decidedOn, windowDays, lastDay, appealedOn } = appealWindow(reachedStatusAt(record), at).params;
  if (!held) throw new Refusal('appeal-window-closed', { decidedOn, windowDays, lastDay, today: appealedOn });
  if (missing.length > 0)
    throw new Refusal('validation', {
      fields: missing.map((id) => ({ path: `documentIds.${documentIds.indexOf(id)}`, message: 'appealDocument' })),
    });
  const appeal: Appeal = { grounds, documentIds, appealedAt: at };
  const events = [applicationAppealed(record, appeal)];
  return statusChange({ from: record.status, to: 'APPEALED', by: record.applicantId, at, set: { appeal }, events });
}
