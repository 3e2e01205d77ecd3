/**
 * An applicant's history: certifications (recorded by the admin API) and awards, read as the
 * policy reads it, and the writes that add an award. Awards of one applicant are serialised by
 * an optimistic lock: the `AWARDS` item's version is read with the history and must be unchanged
 * when the award is written, so two decisions taken at the same time cannot both count on the
 * same remainder of a cap. A national-platform recognition is rewarded once across all
 * applicants, and a revenue milestone threshold once per applicant: their marker items are put
 * only if absent.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ProgrammeCode } from '../../../../shared/policy/index.js';
import type { ApplicationRecord } from '../../../../shared/domain/application.js';
import type { AwardEntry, CertificationEntry, History, NewAward } from '../../../../shared/domain/award.js';
import {
  historyOf,
  historyRequestOf,
  NO_HISTORY,
  type ApplicantRecords,
  type HistoryAsOf,
  type HistoryRequest,
  type Recorded,
  type RecordedHistory,
} from '../../../../shared/domain/history.js';
import { documentClient } from '../../clients/dynamodb.js';
import {
  applicantPartition,
  AWARD_LOCK,
  AWARD_PREFIX,
  awardKey,
  awardLockKey,
  certificationKey,
  CERTIFICATION_PREFIX,
  recognitionKey,
  revenueThresholdKey,
} from '../items/keys.js';
import { queryAll } from '../query/query.js';
import { getItem } from '../get-item/get-item.js';
import type { NamedWrite } from '../transact-write-items/transactions.js';

export interface ApplicantHistory {
  history: History;
  /** The lock version the history was read at (0: no award yet); none when no history was read (the award's write reads the lock). */
  version?: number;
}

function awardEntry(item: Record<string, unknown>): AwardEntry {
  return {
    programme: item.programme as ProgrammeCode,
    // Stored as awardWrites writes it: the award's yuan string (NewAward.amount), the form the policy reads.
    amount: String(item.amount),
    ...(typeof item.fiscalYear === 'number' ? { fiscalYear: item.fiscalYear } : {}),
    ...(typeof item.recognitionReference === 'string' ? { recognitionReference: item.recognitionReference } : {}),
    ...(typeof item.threshold === 'string' ? { threshold: item.threshold } : {}),
  };
}

function certificationEntry(item: Record<string, unknown>): CertificationEntry {
  return {
    certifiedFrom: String(item.certifiedFrom),
    certifiedUntil: String(item.certifiedUntil),
    ...(typeof item.reference === 'string' && item.reference.trim() !== '' ? { reference: item.reference } : {}),
  };
}

/** An entry as recorded: its instant and application when the item carries them. */
function recorded<Entry>(entry: Entry, item: Record<string, unknown>, at: unknown): Recorded<Entry> {
  return {
    entry,
    ...(typeof at === 'string' ? { at } : {}),
    ...(typeof item.applicationId === 'string' ? { applicationId: item.applicationId } : {}),
  };
}

/** Everything recorded in the applicant's partition of `table` (one consistent Query), with the lock version it was read at. */
export async function readRecordedHistory(
  table: string,
  applicantId: string,
): Promise<{ recorded: RecordedHistory; version: number }> {
  const recordedHistory: RecordedHistory = { certifications: [], awards: [] };
  let version = 0;
  for (const item of await queryAll(table, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': applicantPartition(applicantId) },
  })) {
    const sk = String(item.sk);
    if (sk.startsWith(CERTIFICATION_PREFIX))
      recordedHistory.certifications.push(recorded(certificationEntry(item), item, item.certifiedAt));
    else if (sk.startsWith(AWARD_PREFIX)) recordedHistory.awards.push(recorded(awardEntry(item), item, item.awardedAt));
    else if (sk === AWARD_LOCK) version = Number(item.version ?? 0);
  }
  return { recorded: recordedHistory, version };
}

/** The award lock's version now (0: no award yet), for an award judged on no history (one consistent GetItem). */
export const awardLockVersion = async (table: string, applicantId: string): Promise<number> =>
  Number((await getItem(table, awardLockKey(applicantId)))?.version ?? 0);

/** The marker of a recognition as an award entry, whoever holds it; undefined when it was never rewarded. */
export const recognitionMarker = (item: Record<string, unknown> | undefined): Recorded<AwardEntry> | undefined =>
  item && recorded(awardEntry(item), item, item.awardedAt);

/**
 * The records a decision reads (shared/domain/history.ts HistoryRequest), as stored: everything in
 * the applicant's partition (one consistent Query) and, when asked, the recognition's marker,
 * whoever holds it; with the lock version they were read at.
 */
export async function readApplicantRecords(
  table: string,
  { applicantId, recognitionReference }: HistoryRequest,
): Promise<ApplicantRecords & { version: number }> {
  const { recorded, version } = await readRecordedHistory(table, applicantId);
  const marker =
    recognitionReference === undefined
      ? undefined
      : recognitionMarker(await getItem(table, recognitionKey(recognitionReference)));
  return { recorded, marker, version };
}

/**
 * The application's history as of now (or as of `asOf`), with the lock version it was read at; nothing
 * read when its programme's rules read no history (a review or appeal of AI_ACTIVITY, say).
 */
export async function loadHistoryFor(
  table: string,
  record: Pick<ApplicationRecord, 'applicantId' | 'programme' | 'details'>,
  asOf?: HistoryAsOf,
): Promise<ApplicantHistory> {
  const request = historyRequestOf(record);
  if (!request) return { history: NO_HISTORY };
  const records = await readApplicantRecords(table, request);
  return { history: historyOf(records, asOf), version: records.version };
}

/**
 * The transaction parts that record an award read at lock `version`: the award item, the
 * lock moved to version + 1 (only if nobody moved it since), and the marker of a recognition
 * or of a revenue milestone threshold.
 */
export function awardWrites(table: string, award: NewAward, version: number): NamedWrite[] {
  const { applicantId, applicationId, programme, amount, fiscalYear, recognitionReference, threshold, awardedAt } =
    award;
  const fields = {
    applicantId,
    applicationId,
    programme,
    amount,
    fiscalYear,
    recognitionReference,
    threshold,
    awardedAt,
  };
  const writes: NamedWrite[] = [
    {
      name: 'award',
      item: {
        Put: {
          TableName: table,
          Item: { ...awardKey(applicantId, applicationId), entity: 'AWARD', ...fields },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    {
      name: 'lock',
      item: {
        Update: {
          TableName: table,
          Key: awardLockKey(applicantId),
          UpdateExpression: 'SET #version = :next',
          ConditionExpression: version === 0 ? 'attribute_not_exists(pk)' : '#version = :current',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':next': version + 1, ...(version === 0 ? {} : { ':current': version }) },
        },
      },
    },
  ];
  const marker = (name: string, key: Record<string, string>, entity: string): NamedWrite => ({
    name,
    item: {
      Put: {
        TableName: table,
        Item: { ...key, entity, ...fields },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  });
  if (programme === 'NATIONAL_PLATFORM' && recognitionReference !== undefined)
    writes.push(marker('recognition', recognitionKey(recognitionReference), 'RECOGNITION'));
  if (programme === 'REVENUE_MILESTONE' && threshold !== undefined)
    writes.push(marker('threshold', revenueThresholdKey(applicantId, threshold), 'REVENUE_THRESHOLD'));
  return writes;
}

export interface Certification {
  applicantId: string;
  certifiedFrom: string;
  certifiedUntil: string;
  reference: string;
}

/** Records a certification, one item per certificate reference: repeating it replaces rather than adds. */
export async function recordCertification(
  table: string,
  certification: Certification,
  by: string,
  at: string,
): Promise<void> {
  const Item = {
    ...certificationKey(certification.applicantId, certification.reference),
    entity: 'CERTIFICATION',
    ...certification,
    certifiedBy: by,
    certifiedAt: at,
  };
  await documentClient.send(new PutCommand({ TableName: table, Item }));
}
