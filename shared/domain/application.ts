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
