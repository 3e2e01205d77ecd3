/**
 * Payout tests' fixtures: ELIGIBLE operating-cost entitlements stored as the evaluator leaves
 * them (`applicationItem` with a decision), the worker driven from the real local payout
 * queue, and reads of the ledger and runs.
 */
import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ledgerPartitions } from '../../functions/commons/store/items/keys.js';
import { handler as workerHandler } from '../../functions/payout-worker/handler.js';
import type { PayoutResources } from '../../functions/commons/payouts/runs.js';
import { formatYuan, parseYuan } from '../../shared/policy/index.js';
import { localAws, makeClients, publishedEvents } from '../support/emulators/env.js';
import { sampleApplication, seedApplications } from '../support/applications.js';
import { drainQueue, type DriveOptions } from './queue-driver.js';
import { queryPartitionPages } from '../../functions/commons/store/query/query.js';
import type { ApplicationRecord } from '../../shared/domain/application.js';

export const { doc, sqs } = makeClients();
const aws = localAws();
export const tableName = aws.env.TABLE_NAME!;
export const payoutQueueUrl = aws.env.PAYOUT_QUEUE_URL!;
/** This file's table and payout queue, where its runs are started and resumed. */
export const payoutResources: PayoutResources = { table: tableName, payoutQueue: payoutQueueUrl };

export interface EntitlementSpec {
  applicantId: string;
  fiscalYear: number;
  amount: string;
}

/** An application as evaluation leaves an ELIGIBLE operating-cost claim: decision stored, entitlement indexed. */
export function entitlementRecord({ applicantId, fiscalYear, amount }: EntitlementSpec): ApplicationRecord {
  const record = sampleApplication({
    applicantId,
    programme: 'OSP_OPERATING',
    status: 'ELIGIBLE',
    submittedAt: `${fiscalYear + 1}-01-15T02:00:00.000Z`,
    decision: { outcome: 'ELIGIBLE', amount, capApplied: false, policyVersion: 'LG-AI-2020', reasons: [] },
  });
  return { ...record, details: { fiscalYear, operatingCosts: formatYuan(parseYuan(amount) * 10n) } };
}

export async function seedEntitlements(specs: EntitlementSpec[]): Promise<ApplicationRecord[]> {
  const records = specs.map(entitlementRecord);
  await seedApplications(doc, tableName, records);
  return records;
}

export const newPlatform = () => `platform-${randomUUID()}`;

/** Runs the payout worker on the payout queue until nothing is left. */
export const drainPayouts = (options: Partial<DriveOptions> = {}) =>
  drainQueue({ sqs, queueUrl: payoutQueueUrl, handler: workerHandler, concurrency: 3, ...options });

export async function item(pk: string, sk: string) {
  return (await doc.send(new GetCommand({ TableName: tableName, Key: { pk, sk }, ConsistentRead: true }))).Item;
}

export const application = (applicationId: string) => item(`APP#${applicationId}`, 'APP');
export const ledgerEntry = (applicationId: string) => item(`PAYOUT#${applicationId}`, 'PAYOUT');

/** The whole ledger of a fiscal year (every shard of GSI2 `LEDGER#<year>`). */
export async function ledgerOf(fiscalYear: number): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  const ledger = queryPartitionPages(doc, ledgerPartitions(fiscalYear), (partition) => ({
    TableName: tableName,
    IndexName: 'GSI2',
    KeyConditionExpression: 'gsi2pk = :pk',
    ExpressionAttributeValues: { ':pk': partition },
  }));
  for await (const page of ledger) items.push(...(page.Items ?? []));
  return items;
}

/** Events of a type on this file's bus whose detail matches. */
export async function eventsWhere(type: string, match: (detail: Record<string, unknown>) => boolean) {
  return (await publishedEvents(aws.resources, { type })).filter((event) =>
    match(event.detail as Record<string, unknown>),
  );
}

export const sumYuan = (amounts: string[]) =>
  formatYuan(amounts.reduce((total, amount) => total + parseYuan(amount), 0n));
