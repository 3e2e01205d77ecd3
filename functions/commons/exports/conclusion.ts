/**
 * How an export ended, recorded once (a module of its own: the admin API records an export it could
 * not queue FAILED with it, and must not carry the job's file-writing grants).
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../clients/dynamodb.js';
import { exportKey } from '../store/items/keys.js';
import { setFields, tableName } from '../store/items/table.js';
import type { ExportRecord } from './model.js';

/** Records how the export ended, once: a later attempt finds it no longer PENDING and changes nothing. */
export async function concludeExport(exportId: string, fields: Partial<ExportRecord>): Promise<void> {
  const { assignments, names, values } = setFields(fields);
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: exportKey(exportId),
        UpdateExpression: `SET ${assignments.join(', ')}`,
        ConditionExpression: '#state = :pending',
        ExpressionAttributeNames: { ...names, '#state': 'status' },
        ExpressionAttributeValues: { ...values, ':pending': 'PENDING' },
      }),
    );
  } catch (error) {
    if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
  }
}
