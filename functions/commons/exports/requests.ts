/**
 * Asking for an export and reading how it stands (the admin API): the record is written PENDING,
 * then its job is queued (ExportQueue, drained by functions/export-worker). If the send fails the
 * record is concluded FAILED at once (logged as an error) and the answer says so: never an export
 * PENDING forever that no job will write; the remedy is the one for a job that gave up, ask again.
 * If that conclusion fails too (DynamoDB and SQS failing at once: the answer is a 5xx), the export
 * stays PENDING in the index of unfinished jobs, and the sweeper sends its job (functions/sweeper/stopped-jobs.ts).
 */
import { randomUUID } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Language } from '../../../shared/i18n/index.js';
import { documentClient } from '../clients/dynamodb.js';
import { sendMessages } from '../messaging/send.js';
import { nowIso } from '../runtime/clock.js';
import { exportKey, PENDING_EXPORTS, unfinishedJobIndexKeys } from '../store/items/keys.js';
import { getItem } from '../store/get-item/get-item.js';
import { concludeExport } from './conclusion.js';
import type { ExportKind, ExportMessage, ExportRecord } from './model.js';

const logger = new Logger();

/** Where exports are stored and their jobs queued. */
export interface ExportRequestResources {
  table: string;
  exportQueue: string;
}

export async function requestExport(
  { table, exportQueue }: ExportRequestResources,
  request: {
    kind: ExportKind;
    fiscalYear: number;
    language: Language;
    requestedBy: string;
  },
): Promise<ExportRecord> {
  const record: ExportRecord = { exportId: randomUUID(), ...request, status: 'PENDING', requestedAt: nowIso() };
  await documentClient.send(
    new PutCommand({
      TableName: table,
      Item: {
        ...exportKey(record.exportId),
        ...unfinishedJobIndexKeys(PENDING_EXPORTS, record.requestedAt, record.exportId),
        entity: 'EXPORT',
        ...record,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  try {
    await sendMessages<ExportMessage>(exportQueue, [{ exportId: record.exportId }]);
    return record;
  } catch (error) {
    logger.error('export not queued: recorded FAILED', { exportId: record.exportId, error: error as Error });
    await concludeExport(table, record.exportId, { status: 'FAILED', completedAt: nowIso() });
    return { ...record, status: 'FAILED' };
  }
}

const RECORD_FIELDS = [
  'exportId',
  'kind',
  'fiscalYear',
  'language',
  'status',
  'requestedBy',
  'requestedAt',
  'completedAt',
  'rows',
  'amount',
  'bytes',
  'objectKey',
] as const;

export async function readExport(table: string, exportId: string): Promise<ExportRecord | undefined> {
  const item = await getItem(table, exportKey(exportId));
  return item && (Object.fromEntries(RECORD_FIELDS.filter((f) => f in item).map((f) => [f, item[f]])) as never);
}
