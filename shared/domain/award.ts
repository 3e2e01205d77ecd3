/**
 * What the policy judges and what a decision grants: the case of a stored application with the
 * applicant's history, and the award an amount makes (SPEC §5). Pure: the store writes the award,
 * the use cases decide it.
 */
import {
  normalisedRecognitionReference,
  rewardedThreshold,
  type CaseInput,
  type ProgrammeCode,
  type Reason,
} from '../policy/index.js';
import type { ApplicationRecord } from './application.js';

type HistoryInput = NonNullable<CaseInput['history']>;
export type CertificationEntry = NonNullable<HistoryInput['certifications']>[number];
/** An award as the policy's case format takes it: amount in yuan. */
export type AwardEntry = NonNullable<HistoryInput['awards']>[number];

/** An applicant's history as the policy reads it. */
export interface History {
  certifications: CertificationEntry[];
  awards: AwardEntry[];
}

/**
 * The recognition a national-platform application claims, normalised as the policy compares it,
 * so that two spellings of one recognition meet on the same marker; undefined for other programmes.
 */
export function recognitionOf(record: Pick<ApplicationRecord, 'programme' | 'details'>): string | undefined {
  return record.programme === 'NATIONAL_PLATFORM'
    ? normalisedRecognitionReference(String(record.details.recognitionReference))
    : undefined;
}

/** The policy's case for a stored application (details exactly as submitted) and a history. */
export function caseFor(record: ApplicationRecord, history: History): CaseInput {
  const { submittedAt, programme, organisation, details } = record;
  return { submittedAt, programme, organisation, details, history } as CaseInput;
}

export interface NewAward {
  applicantId: string;
  applicationId: string;
  programme: ProgrammeCode;
  /** Yuan with two decimals. */
  amount: string;
  fiscalYear?: number;
  recognitionReference?: string;
  /** A revenue milestone award: the threshold (yuan) of the tier it rewards. */
  threshold?: string;
  awardedAt: string;
}

/**
 * The award an application earns: operating-cost awards count per fiscal year, recognitions
 * once, revenue milestones once per threshold (the tier `reasons` cite).
 */
export function awardFor(
  record: ApplicationRecord,
  amount: string,
  awardedAt: string,
  reasons: readonly Reason[] = [],
): NewAward {
  const threshold = record.programme === 'REVENUE_MILESTONE' ? rewardedThreshold(reasons) : undefined;
  const { applicantId, applicationId, programme, details } = record;
  return {
    applicantId,
    applicationId,
    programme,
    amount,
    awardedAt,
    ...(programme === 'OSP_OPERATING' ? { fiscalYear: Number(details.fiscalYear) } : {}),
    ...(programme === 'NATIONAL_PLATFORM' ? { recognitionReference: recognitionOf(record) } : {}),
    ...(threshold !== undefined ? { threshold } : {}),
  };
}
