/**
 * The application (SPEC §4): the entity with its review and appeal, its life cycle, and the rules
 * of who may move it where. Plain data and pure functions: the routes, the store, the events and
 * the tests take them from here.
 */
import type { ApplicationInput, Decision, ProgrammeCode, Reason } from '../policy/index.js';
import type { DomainEvent } from './events/index.js';

/** The application's life cycle (SPEC §4): every transition is a conditional write of one of these edges. */
export const APPLICATION_STATUSES = [
  'SUBMITTED',
  'ELIGIBLE',
  'INELIGIBLE',
  'NEEDS_REVIEW',
  'APPROVED',
  'REJECTED',
  'WITHDRAWN',
  'PAID',
  'APPEALED',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const TRANSITIONS: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  SUBMITTED: ['ELIGIBLE', 'INELIGIBLE', 'NEEDS_REVIEW', 'WITHDRAWN'],
  NEEDS_REVIEW: ['APPROVED', 'REJECTED', 'WITHDRAWN'],
  ELIGIBLE: ['PAID'],
  // An appeal (SPEC §11): once per application; decided back to the outcome appealed, or granted.
  INELIGIBLE: ['APPEALED'],
  APPROVED: [],
  REJECTED: ['APPEALED'],
  WITHDRAWN: [],
  PAID: [],
  APPEALED: ['INELIGIBLE', 'REJECTED', 'APPROVED', 'ELIGIBLE'],
};

export const canTransition = (from: ApplicationStatus, to: ApplicationStatus): boolean =>
  TRANSITIONS[from].includes(to);

/** Who moved an application from one status to another, and when. */
export interface AuditEntry {
  at: string;
  by: string;
  from: ApplicationStatus | null;
  to: ApplicationStatus;
}

/** The principal recorded in the audit trail for work done by the system itself. */
export const SYSTEM_ACTOR = 'system:evaluator';

/** While an application is in one of these, its owner may withdraw it. */
export const WITHDRAWABLE: readonly ApplicationStatus[] = ['SUBMITTED', 'NEEDS_REVIEW'];
/** The outcomes an owner may appeal (SPEC §11), once. */
export const APPEALABLE: readonly ApplicationStatus[] = ['INELIGIBLE', 'REJECTED'];

/** A reviewer's decision on an application that NEEDS_REVIEW. */
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

/** What a change of status is: `from → to`, who made it and when (its audit entry), what it records besides, and the events it raises. */
export interface StatusChangeFields {
  from: ApplicationStatus;
  to: ApplicationStatus;
  by: string;
  at: string;
  set?: Partial<Pick<ApplicationRecord, 'decision' | 'review' | 'appeal'>>;
  events: readonly DomainEvent[];
}

/** Carried only by what `statusChange` made: the type admits no change the life cycle was not asked about. */
declare const onTheLifeCycle: unique symbol;

/**
 * A change of status the domain decided, an edge of TRANSITIONS (checked once, by `statusChange`).
 * The store writes it only while the application is still `from`.
 */
export type StatusChange = StatusChangeFields & { readonly [onTheLifeCycle]: true };

/** The change, if the life cycle has the edge `from → to` (otherwise a bug, not a request's fault: an Error). */
export function statusChange(change: StatusChangeFields): StatusChange {
  if (!canTransition(change.from, change.to)) throw new Error(`no transition ${change.from} → ${change.to}`);
  return change as StatusChange;
}

/** When the application reached its current status: the audit entry that gave it (its submission if none). */
export const reachedStatusAt = (record: Pick<ApplicationRecord, 'audit' | 'status' | 'submittedAt'>): string =>
  [...record.audit].reverse().find((entry) => entry.to === record.status)?.at ?? record.submittedAt;

/** The status an appeal came from (INELIGIBLE or REJECTED): the audit entry that made it APPEALED. */
export function appealedFrom(record: Pick<ApplicationRecord, 'audit'>): 'INELIGIBLE' | 'REJECTED' {
  const entry = [...record.audit].reverse().find((candidate) => candidate.to === 'APPEALED');
  return entry?.from === 'REJECTED' ? 'REJECTED' : 'INELIGIBLE';
}
