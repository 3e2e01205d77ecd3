/**
 * Stored applications for read-side tests: records built like the submit handler stores them
 * (`applicationItem` from commons), written straight to the table.
 */
import { randomUUID } from 'node:crypto';
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ApplicationStatus } from '../../shared/domain/application.js';
import type { Decision, ProgrammeCode } from '../../shared/policy/index.js';
import { ledgerPartition, writeShard } from '../../functions/commons/store/items/keys.js';
import { applicationItem } from '../../functions/commons/store/items/application-item.js';
import type { ApplicationRecord } from '../../shared/domain/application.js';

/** A Unified Social Credit Code with a correct GB 32100-2015 check character. */
export const VALID_USCC = '91350100M000100Y43';

/** Valid details per programme, money as yuan strings (as submitted). */
export const SAMPLE_DETAILS: Record<ProgrammeCode, Record<string, unknown>> = {
  OSP_RND: { periodStart: '2021-01-01', periodEnd: '2021-06-30', rndCosts: '1000000.00' },
  OSP_OPERATING: { fiscalYear: 2021, operatingCosts: '2000000.00' },
  AI_ACTIVITY: { activityType: 'COMPETITION', description: 'An AI competition', requestedAmount: '300000.00' },
  REVENUE_MILESTONE: { fiscalYear: 2021, mainBusinessIncome: '6000000.00', priorYears: [] },
  ENTERPRISE_SETTLEMENT: { establishedOn: '2021-02-01', origin: 'DOMESTIC', requestedAmount: '1000000.00' },
  NATIONAL_PLATFORM: {
    recognition: 'NATIONAL_KEY_LABORATORY',
    recognitionReference: 'NKL-2021-001',
    recognizedOn: '2021-03-01',
    requestedAmount: '5000000.00',
  },
};

export interface SampleOptions {
  applicantId: string;
  programme?: ProgrammeCode;
  status?: ApplicationStatus;
  submittedAt?: string;
  applicationId?: string;
  decision?: Decision;
}

/** A record in `status` with the audit trail that led there. */
export function sampleApplication({
  applicantId,
  programme = 'AI_ACTIVITY',
  status = 'SUBMITTED',
  submittedAt = '2021-05-01T02:00:00.000Z',
  applicationId = randomUUID(),
  decision,
}: SampleOptions): ApplicationRecord {
  const audit: ApplicationRecord['audit'] = [{ at: submittedAt, by: applicantId, from: null, to: 'SUBMITTED' }];
  if (status !== 'SUBMITTED') audit.push({ at: submittedAt, by: 'system:evaluator', from: 'SUBMITTED', to: status });
  return {
    applicationId,
    applicantId,
    programme,
    status,
    submittedAt,
    organisation: {
      name: 'Lin-gang Deep Learning Platform Co., Ltd.',
      unifiedSocialCreditCode: VALID_USCC,
      registeredInLingang: true,
    },
    details: SAMPLE_DETAILS[programme],
    ...(decision ? { decision } : {}),
    audit,
  };
}

/** Instants one minute apart from a start, oldest first: distinct, ordered submission times. */
export const minutesFrom = (start: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => new Date(Date.parse(start) + i * 60_000).toISOString());

/** Stores items 25 per batch (the DynamoDB limit), retrying whatever comes back unprocessed. */
export async function seedItems(
  doc: DynamoDBDocumentClient,
  tableName: string,
  items: Record<string, unknown>[],
): Promise<void> {
  for (let start = 0; start < items.length; start += 25) {
    let requests = items.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } }));
    while (requests.length > 0) {
      const result = await doc.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
      requests = (result.UnprocessedItems?.[tableName] ?? []) as typeof requests;
    }
  }
}

/** Stores the records as the submit handler would. */
export const seedApplications = (doc: DynamoDBDocumentClient, tableName: string, records: ApplicationRecord[]) =>
  seedItems(doc, tableName, records.map(applicationItem));

/** A payout ledger entry as the payout worker writes it (README "Data model"). */
export function payoutItem(entry: {
  applicationId: string;
  applicantId: string;
  fiscalYear: number;
  amount: string;
  issuedAt: string;
}) {
  const payoutId = `payout-${entry.applicationId}`;
  const order = `${entry.issuedAt}#${payoutId}`;
  return {
    pk: `PAYOUT#${entry.applicationId}`,
    sk: 'PAYOUT',
    entity: 'PAYOUT',
    payoutId,
    ...entry,
    gsi1pk: `PAYOUTS#${entry.applicantId}`,
    gsi1sk: order,
    gsi2pk: ledgerPartition(entry.fiscalYear, writeShard(entry.applicationId)),
    gsi2sk: order,
  };
}
