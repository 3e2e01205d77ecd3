/**
 * Asking for an export and reading how it stands (the admin API): the record is written PENDING,
 * then its job is queued (ExportQueue, drained by functions/export-worker). If the send fails the
 * caller gets the error, and the record stays PENDING: ask again.
 */
import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ENV } from '../../../shared/contract/resources.js';
import type { Language } from '../../../shared/i18n/index.js';
import { documentClient } from '../clients/dynamodb.js';
import { sendMessages } from '../messaging/send.js';
import { nowIso } from '../runtime/clock.js';
import { env } from '../runtime/env.js';
import { exportKey } from '../store/items/keys.js';
import { getItem } from '../store/get-item/get-item.js';
import { tableName } from '../store/items/table.js';
import type { ExportKind, ExportMessage, ExportRecord } from './model.js';

export async function requestExport(request: {
  kind: ExportKind;
  fiscalYear: number;
  language: Language;
  requestedBy: string;
}): Promise<ExportRecord> {
  const record: ExportRecord = { exportId: randomUUID(), ...request, status: 'PENDING', requestedAt: nowIso() };
  await documentClient.send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...exportKey(record.exportId), entity: 'EXPORT', ...record },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  await sendMessages<ExportMessage>(env(ENV.exportQueueUrl), [{ exportId: record.exportId }]);
  return record;
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

export async function readExport(exportId: string): Promise<ExportRecord | undefined> {
  const item = await getItem(exportKey(exportId));
  return item && (Object.fromEntries(RECORD_FIELDS.filter((f) => f in item).map((f) => [f, item[f]])) as never);
}
