/**
 * How an application is stored in the single table (README "Data model"): the record, its item
 * and back. Pure: modules that only map items (the outbox relay) reach no table access.
 */
import type { ApplicationRecord } from '../../../../shared/domain/application.js';
import { applicationIndexKeys, applicationKey } from './keys.js';

/** Set on a SUBMITTED application whose evaluation kept failing (see evaluate-application). */
export const NEEDS_ATTENTION = 'needsAttention';

/** The attribute counting an application's events (the last event's `sequence`). */
export const EVENT_SEQUENCE = 'eventSequence';
/** The attribute naming the request that created or last changed the application. */
export const CORRELATION_ID = 'correlationId';

/** The full item for a new application. */
export function applicationItem(record: ApplicationRecord) {
  return {
    ...applicationKey(record.applicationId),
    entity: 'APPLICATION',
    ...record,
    ...applicationIndexKeys(record, record.status),
  };
}

/** The API's field order (SPEC §4), whatever order DynamoDB returns attributes in. */
const RECORD_FIELDS = [
  'applicationId',
  'applicantId',
  'programme',
  'status',
  'submittedAt',
  'organisation',
  'details',
  'decision',
  'review',
  'appeal',
  'audit',
  EVENT_SEQUENCE,
  CORRELATION_ID,
] as const;
const DECISION_FIELDS = ['outcome', 'amount', 'capApplied', 'policyVersion', 'reasons'] as const;

const pick = (source: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(fields.filter((field) => source[field] !== undefined).map((field) => [field, source[field]]));

/** The record without its storage keys, fields in a stable order (a decision reads as the policy library wrote it). */
export function fromItem(item: Record<string, unknown>): ApplicationRecord {
  const record = pick(item, RECORD_FIELDS);
  if (record.decision) record.decision = pick(record.decision as Record<string, unknown>, DECISION_FIELDS);
  return record as unknown as ApplicationRecord;
}
