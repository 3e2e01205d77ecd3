/**
 * The writes that record an award. Awards of one applicant are serialised by an optimistic
 * lock: the `AWARDS` item's version is read with the history (./history.ts) and must be
 * unchanged when the award is written, so two decisions taken at the same time cannot both
 * count on the same remainder of a cap. A national-platform recognition is rewarded once
 * across all applicants: its marker item is put only if absent.
 */
import type { ProgrammeCode } from '../../../shared/policy/index.js';
import type { ApplicationRecord } from './applications.js';
import { recognitionOf } from './history.js';
import { awardKey, awardLockKey, recognitionKey } from './keys.js';
import { tableName } from './table.js';
import type { NamedWrite } from './transactions.js';

export interface NewAward {
  applicantId: string;
  applicationId: string;
  programme: ProgrammeCode;
  /** Yuan with two decimals. */
  amount: string;
  fiscalYear?: number;
  recognitionReference?: string;
  awardedAt: string;
}

/** The award an application earns: operating-cost awards count per fiscal year, recognitions once. */
export function awardFor(record: ApplicationRecord, amount: string, awardedAt: string): NewAward {
  const { applicantId, applicationId, programme, details } = record;
  return {
    applicantId,
    applicationId,
    programme,
    amount,
    awardedAt,
    ...(programme === 'OSP_OPERATING' ? { fiscalYear: Number(details.fiscalYear) } : {}),
    ...(programme === 'NATIONAL_PLATFORM' ? { recognitionReference: recognitionOf(record) } : {}),
  };
}

/**
 * The transaction parts that record an award read at lock `version`: the award item, the
 * lock moved to version + 1 (only if nobody moved it since), and for a recognition its marker.
 */
export function awardWrites(award: NewAward, version: number): NamedWrite[] {
  const { applicantId, applicationId, programme, amount, fiscalYear, recognitionReference, awardedAt } = award;
  const fields = { applicantId, applicationId, programme, amount, fiscalYear, recognitionReference, awardedAt };
  const writes: NamedWrite[] = [
    {
      name: 'award',
      item: {
        Put: {
          TableName: tableName(),
          Item: { ...awardKey(applicantId, applicationId), entity: 'AWARD', ...fields },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    {
      name: 'lock',
      item: {
        Update: {
          TableName: tableName(),
          Key: awardLockKey(applicantId),
          UpdateExpression: 'SET #version = :next',
          ConditionExpression: version === 0 ? 'attribute_not_exists(pk)' : '#version = :current',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':next': version + 1, ...(version === 0 ? {} : { ':current': version }) },
        },
      },
    },
  ];
  if (programme === 'NATIONAL_PLATFORM' && recognitionReference !== undefined) {
    writes.push({
      name: 'recognition',
      item: {
        Put: {
          TableName: tableName(),
          Item: { ...recognitionKey(recognitionReference), entity: 'RECOGNITION', ...fields },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    });
  }
  return writes;
}

