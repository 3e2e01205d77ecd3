/**
 * How an application is stored in the single table (README "Data model"), and its reads and
 * status transitions: a transition is one conditional update carrying its audit entry, the
 * index keys of the new status and the change's events (its outbox).
 */
import { canTransition, type ApplicationStatus, type AuditEntry } from '../../../shared/domain/application.js';
import type { DomainEvent } from '../../../shared/domain/events/index.js';
import type { ApplicationInput, Decision, ProgrammeCode, Reason } from '../../../shared/policy/index.js';
import { applicationIndexKeys, applicationKey, STATUS_INDEX_ATTRIBUTES, statusIndexKeys } from './keys.js';
import { OUTBOX_ATTRIBUTE } from './outbox.js';
import { getItem, setFields, tableName } from './table.js';
import type { UpdateParams } from './transactions.js';

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

/** The application as stored now (strongly consistent), or undefined. */
export async function getApplication(applicationId: string): Promise<ApplicationRecord | undefined> {
  const item = await getItem(applicationKey(applicationId));
  return item ? fromItem(item) : undefined;
}

export interface Transition {
  record: Pick<ApplicationRecord, 'applicationId' | 'programme' | 'submittedAt' | 'details'>;
  from: ApplicationStatus;
  to: ApplicationStatus;
  by: string;
  at: string;
  /** Further attributes set with the transition (decision, review). */
  set?: Record<string, unknown>;
  /** The events of this change, written to the item's outbox with it (./outbox.ts). */
  events?: readonly DomainEvent[];
  /** Attributes removed with the transition, besides the index keys the new status no longer has. */
  remove?: readonly string[];
  /** What else the stored item must satisfy, ANDed to its status (names and values bound by the caller). */
  condition?: { expression: string; names: Record<string, string>; values: Record<string, unknown> };
}

/** Set on a SUBMITTED application whose evaluation kept failing (see evaluate-application). */
export const NEEDS_ATTENTION = 'needsAttention';

/** The audit entry a transition appends. */
export const auditEntry = ({ at, by, from, to }: Transition): AuditEntry => ({ at, by, from, to });

/**
 * `from → to` as one conditional update: applied only while the status is still `from`, so
 * no transition happens twice or out of order. Index keys follow the new status; those it
 * no longer has (the entitlement index) are removed. The outbox is replaced by this change's
 * events, and an evaluation's "needs attention" mark ends with the transition.
 */
export function transitionUpdate(transition: Transition): UpdateParams {
  // The life cycle of shared/domain/application.ts is the one list of allowed moves.
  if (!canTransition(transition.from, transition.to)) throw new Error(`no transition ${transition.from} → ${transition.to}`);
  const keys = statusIndexKeys(transition.record, transition.to);
  const fields: Record<string, unknown> = { status: transition.to, ...keys, ...transition.set, [OUTBOX_ATTRIBUTE]: transition.events ?? [] };
  const { assignments, names, values } = setFields(fields);
  const { condition } = transition;
  const removed = [...STATUS_INDEX_ATTRIBUTES.filter((attribute) => !(attribute in fields)), NEEDS_ATTENTION, ...(transition.remove ?? [])];
  return {
    TableName: tableName(),
    Key: applicationKey(transition.record.applicationId),
    UpdateExpression: `SET ${[...assignments, '#audit = list_append(#audit, :audit)'].join(', ')} REMOVE ${removed.join(', ')}`,
    ConditionExpression: condition ? `#status = :from AND ${condition.expression}` : '#status = :from',
    ExpressionAttributeNames: { ...names, '#status': 'status', '#audit': 'audit', ...condition?.names },
    ExpressionAttributeValues: { ...values, ':from': transition.from, ':audit': [auditEntry(transition)], ...condition?.values },
  };
}

