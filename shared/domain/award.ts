/**
 * What the policy judges and what a decision grants: the case of a stored application with the
 * applicant's history, and the award an amount makes (SPEC §5). Pure: the store writes the award,
 * the use cases decide it.
 */
import { historyRead, type AwardTerms, type CaseInput, type ProgrammeCode } from '../policy/index.js';
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
export const recognitionOf = (record: Pick<ApplicationRecord, 'programme' | 'details'>): string | undefined =>
  historyRead(record.programme, record.details)?.recognitionReference;

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
 * The award an application earns: its amount with the terms the policy's decision (or grant) gives
 * it, which its caps and once-only rules count it by (AwardTerms).
 */
export function awardFor(record: ApplicationRecord, amount: string, awardedAt: string, terms: AwardTerms): NewAward {
  const { applicantId, applicationId, programme } = record;
  return { applicantId, applicationId, programme, amount, awardedAt, ...terms };
}
