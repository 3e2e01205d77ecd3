/**
 * A record's one-way step out of a status (PENDING → DONE or FAILED, RUNNING → COMPLETED): the
 * fields are set only while the record still has that status, so of two callers racing (a
 * redelivery, two workers finishing at once) one sets them and the other changes nothing.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../clients/dynamodb.js';
import { setFields, type Item, type Key } from '../items/table.js';

/** Sets `fields` (and removes `remove`) while the record at `key` of `table` has status `from`; false when it no longer has. */
export async function stepFromStatus(
  table: string,
  key: Key,
  from: string,
  fields: Item,
  remove: readonly string[] = [],
): Promise<boolean> {
  const { assignments, names, values } = setFields(fields);
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: table,
        Key: key,
        UpdateExpression: `SET ${assignments.join(', ')}${remove.length > 0 ? ` REMOVE ${remove.join(', ')}` : ''}`,
        ConditionExpression: '#from = :from',
        ExpressionAttributeNames: { ...names, '#from': 'status' },
        ExpressionAttributeValues: { ...values, ':from': from },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
