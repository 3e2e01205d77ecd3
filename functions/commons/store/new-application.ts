/** The one table write of a submission, apart from the transitions (./applications.ts) so that its function's grants stay Put and Get. */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DomainEvent } from '../../../shared/domain/events/index.js';
import { documentClient } from '../clients/dynamodb.js';
import { applicationItem, EVENT_SEQUENCE } from './application-item.js';
import type { ApplicationRecord } from '../../../shared/domain/application.js';
import { eventSequences, OUTBOX_ATTRIBUTE } from './outbox.js';
import { tableName } from './table.js';
import { runTransaction, type NamedWrite } from './transactions.js';

/**
 * Stores a new application with its submission's events, only if absent; with `alongside`, in
 * one transaction with those writes (a TransactionConflict names the parts that failed).
 */
export async function putNewApplication(
  record: ApplicationRecord,
  events: readonly DomainEvent[],
  alongside: readonly NamedWrite[] = [],
): Promise<void> {
  const numbered = eventSequences(events).at(-1);
  const item = {
    ...applicationItem(record),
    ...(numbered === undefined ? {} : { [EVENT_SEQUENCE]: numbered }),
    [OUTBOX_ATTRIBUTE]: events,
  };
  const put = { TableName: tableName(), Item: item, ConditionExpression: 'attribute_not_exists(pk)' };
  if (alongside.length === 0) await documentClient.send(new PutCommand(put));
  else await runTransaction([{ name: 'application', item: { Put: put } }, ...alongside]);
}
