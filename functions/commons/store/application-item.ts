/**
 * How an application is stored in the single table (README "Data model"): the record, its item
 * and back. Pure: modules that only map items (the outbox relay) reach no table access.
 */
import type { ApplicationStatus, AuditEntry } from '../../../shared/domain/application.js';
import type { ApplicationInput, Decision, ProgrammeCode, Reason } from '../../../shared/policy/index.js';
import { applicationIndexKeys, applicationKey } from './keys.js';

/** Set on a SUBMITTED application whose evaluation kept failing (see evaluate-application). */
export const NEEDS_ATTENTION = 'needsAttention';

export interface Review {
  decision: 'APPROVE' | 'REJECT';
  amount?: string;
  note: string;
  reviewedBy: string;
  reviewedAt: string;
}

/** An appeal (SPEC §11) and, once decided, how; `reasons` are stored as `{rule, params}`. */
export interface Appeal {
  grounds: string;
  documentIds: string[];
  appealedAt: string;
  decision?: 'UPHOLD' | 'GRANT';
  amount?: string;
  note?: string;
  decidedBy?: string;
  decidedAt?: string;
  reasons?: Reason[];
  /** A grant that re-decides an operating-cost entitlement keeps the evaluation's decision here. */
  originalDecision?: Decision;
}

/** The application as the API shows it (SPEC §4 resource shape). */
export interface ApplicationRecord {
  applicationId: string;
  applicantId: string;
  programme: ProgrammeCode;
  status: ApplicationStatus;
  submittedAt: string;
  organisation: ApplicationInput['organisation'];
  /** The details exactly as submitted (money as yuan strings). */
  details: Record<string, unknown>;
  /** Reasons as `{rule, params}` (an item decided before decisions were language-neutral holds `{rule, message}`, shown as stored). */
  decision?: Decision;
  review?: Review;
  appeal?: Appeal;
  audit: AuditEntry[];
  /** How many events the application has had (the last one's `sequence`): stored, never shown by the API. */
  eventSequence?: number;
  /** The id of the API request that created or last changed it (SPEC §10.2): stored, never shown by the API. */
  correlationId?: string;
}

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
