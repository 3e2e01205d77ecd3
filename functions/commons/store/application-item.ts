/**
 * How an application is stored in the single table (README "Data model"): the item, its
 * keys, and the index keys that follow its status. Every writer derives keys from here.
 */
import type { ApplicationStatus, AuditEntry } from '../../../shared/domain/application.js';
import { renderDecision, renderReason, type Language } from '../../../shared/i18n/index.js';
import type { ApplicationInput, Decision, ProgrammeCode, Reason } from '../../../shared/policy/index.js';
import { entitlementPartition, programmePartition, statusPartition, writeShard } from './keys.js';

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
}

export const applicationKey = (applicationId: string) => ({ pk: `APP#${applicationId}`, sk: 'APP' });
export const applicantPartition = (applicantId: string) => `APPLICANT#${applicantId}`;

/** The index keys that depend on the status; recomputed on every transition. */
export function statusIndexKeys(record: Pick<ApplicationRecord, 'applicationId' | 'programme' | 'submittedAt' | 'details'>, status: ApplicationStatus) {
  const order = `${record.submittedAt}#${record.applicationId}`;
  const shard = writeShard(record.applicationId);
  const keys: Record<string, string> = { gsi2pk: statusPartition(status, shard), gsi2sk: order };
  if (record.programme === 'OSP_OPERATING' && status === 'ELIGIBLE') {
    const fiscalYear = record.details.fiscalYear as number;
    keys.gsi4pk = entitlementPartition(fiscalYear, shard);
    keys.gsi4sk = record.applicationId;
  }
  return keys;
}

/** The full item for a new application. */
export function applicationItem(record: ApplicationRecord) {
  return {
    ...applicationKey(record.applicationId),
    entity: 'APPLICATION',
    ...record,
    gsi1pk: applicantPartition(record.applicantId),
    gsi1sk: `${record.submittedAt}#${record.applicationId}`,
    // The programme index holds the status as a projected attribute, not in its keys: a transition rewrites its entry in place.
    gsi3pk: programmePartition(record.programme, writeShard(record.applicationId)),
    gsi3sk: `${record.submittedAt}#${record.applicationId}`,
    ...statusIndexKeys(record, record.status),
  };
}

/** The API's field order (SPEC §4), whatever order DynamoDB returns attributes in. */
const RECORD_FIELDS = ['applicationId', 'applicantId', 'programme', 'status', 'submittedAt', 'organisation', 'details', 'decision', 'review', 'appeal', 'audit'] as const;
const DECISION_FIELDS = ['outcome', 'amount', 'capApplied', 'policyVersion', 'reasons'] as const;

const pick = (source: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(fields.filter((field) => source[field] !== undefined).map((field) => [field, source[field]]));

/** The record without its storage keys, fields in a stable order (a decision reads as the policy library wrote it). */
export function fromItem(item: Record<string, unknown>): ApplicationRecord {
  const record = pick(item, RECORD_FIELDS);
  if (record.decision) record.decision = pick(record.decision as Record<string, unknown>, DECISION_FIELDS);
  return record as unknown as ApplicationRecord;
}

/** An appeal as shown in a language: its reasons (and a decision it replaced) put into words. */
function appealIn(appeal: Appeal, language: Language): Appeal {
  const { reasons, originalDecision } = appeal;
  return {
    ...appeal,
    ...(reasons ? { reasons: reasons.map((reason) => renderReason(reason, language)) as unknown as Reason[] } : {}),
    ...(originalDecision ? { originalDecision: renderDecision(originalDecision, language) as unknown as Decision } : {}),
  };
}

/** The record as shown in a language: the reasons of its decision and appeal put into words. */
export function inLanguage<R extends Pick<ApplicationRecord, 'decision' | 'appeal'>>(record: R, language: Language): R {
  return {
    ...record,
    ...(record.decision ? { decision: renderDecision(record.decision, language) } : {}),
    ...(record.appeal ? { appeal: appealIn(record.appeal, language) } : {}),
  };
}
