/** The one table write of a submission, apart from the transitions (../update-item/applications.ts) so that its function's grants stay Put and Get. */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DomainEvent } from '../../../../shared/domain/events/index.js';
import { documentClient } from '../../clients/dynamodb.js';
import { applicationItem, EVENT_SEQUENCE } from '../items/application-item.js';
import type { ApplicationRecord } from '../../../../shared/domain/application.js';
import { eventSequences, OUTBOX_ATTRIBUTE } from '../items/outbox.js';
import { runTransaction, type NamedWrite } from '../transact-write-items/transactions.js';
import { TransactionConflict } from '../items/conflicts.js';
import { firstAnswer, keyClaim } from '../get-item/idempotency.js';
import type { SubmitAnswer } from '../../../../shared/domain/submission.js';

/**
 * Stores a new application with its submission's events, only if absent; with `alongside`, in
 * one transaction with those writes (a TransactionConflict names the parts that failed).
 */
async function putNewApplication(
  table: string,
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
  const put = { TableName: table, Item: item, ConditionExpression: 'attribute_not_exists(pk)' };
  if (alongside.length === 0) await documentClient.send(new PutCommand(put));
  else await runTransaction([{ name: 'application', item: { Put: put } }, ...alongside]);
}

/** The tables a submission is stored in: the function's, named once when it starts. */
export interface SubmissionTables {
  applications: string;
  /** The Idempotency-Key records. */
  idempotency: string;
}

/** The Idempotency-Key a submission was sent with, and what it answers. */
export interface SubmissionKey {
  key: string;
  body: unknown;
  now: Date;
}

/**
 * Stores a submission; with a key, in one transaction with the key's claim, and a key used before
 * answers the first submission's answer (or refuses: another body, or the first still in flight).
 */
export async function storeSubmission(
  tables: SubmissionTables,
  record: ApplicationRecord,
  events: readonly DomainEvent[],
  answer: SubmitAnswer,
  keyed?: SubmissionKey,
): Promise<SubmitAnswer> {
  if (keyed === undefined) {
    await putNewApplication(tables.applications, record, events);
    return answer;
  }
  const { key, body, now } = keyed;
  try {
    await putNewApplication(tables.applications, record, events, [
      keyClaim(tables.idempotency, record.applicantId, key, body, answer, now),
    ]);
    return answer;
  } catch (error) {
    if (!(error instanceof TransactionConflict) || !error.failed.has('idempotency')) throw error;
    return firstAnswer(tables.idempotency, record.applicantId, key, body, error.held.get('idempotency'));
  }
}
