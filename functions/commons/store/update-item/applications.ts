/**
 * An application's reads and writes: a consistent read, the put of a new one, and status
 * transitions — one conditional update carrying its audit entry, the index keys of the new
 * status and the change's events (its outbox).
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry, StatusChange } from '../../../../shared/domain/application.js';
import { documentClient } from '../../clients/dynamodb.js';
import { CORRELATION_ID, EVENT_SEQUENCE, fromItem, NEEDS_ATTENTION } from '../items/application-item.js';
import type { ApplicationRecord } from '../../../../shared/domain/application.js';
import { applicationKey, STATUS_INDEX_ATTRIBUTES, statusIndexKeys } from '../items/keys.js';
import { eventSequences, OUTBOX_ATTRIBUTE } from '../items/outbox.js';
import { getItem } from '../get-item/get-item.js';
import { setFields, type Item } from '../items/table.js';
import type { UpdateParams } from '../transact-write-items/transactions.js';
import { TransactionConflict } from '../items/conflicts.js';

/** The application as stored in `table` now (strongly consistent), or undefined. */
export async function getApplication(table: string, applicationId: string): Promise<ApplicationRecord | undefined> {
  const item = await getItem(table, applicationKey(applicationId));
  return item ? fromItem(item) : undefined;
}

/** A change of status the domain made (an edge of its life cycle), written to its application: events to the item's outbox (../items/outbox.ts). */
export type Transition = StatusChange & {
  record: Pick<ApplicationRecord, 'applicationId' | 'programme' | 'submittedAt' | 'details' | 'correlationId'>;
  /** Attributes removed with the transition, besides the index keys the new status no longer has. */
  remove?: readonly string[];
  /** What else the stored item must satisfy, ANDed to its status (names and values bound by the caller). */
  condition?: { expression: string; names: Record<string, string>; values: Record<string, unknown> };
};

/** The audit entry a transition appends. */
const auditEntry = ({ at, by, from, to }: Transition): AuditEntry => ({ at, by, from, to });

/**
 * The events' numbers continue the stored count: the count becomes the last number, on the
 * condition that it is still the one they were numbered from (absent for 0), so two writes
 * numbered from the same count cannot both commit.
 */
function sequenceCondition(events: Transition['events']) {
  const numbers = eventSequences(events);
  if (numbers.length === 0) return undefined;
  const previous = numbers[0]! - 1;
  return {
    set: { [EVENT_SEQUENCE]: numbers.at(-1)! },
    expression: previous === 0 ? 'attribute_not_exists(#eventSequence)' : '#eventSequence = :previousSequence',
    names: { '#eventSequence': EVENT_SEQUENCE },
    values: previous === 0 ? {} : { ':previousSequence': previous },
  };
}

/**
 * `from → to` as one conditional update: applied only while the status is still `from`, so
 * no transition happens twice or out of order. Index keys follow the new status; those it
 * no longer has (the entitlement index) are removed. The outbox is replaced by this change's
 * events, and an evaluation's "needs attention" mark ends with the transition.
 */
export function transitionUpdate(table: string, transition: Transition): UpdateParams {
  // An edge of the life cycle: a StatusChange is only made by shared/domain/application.ts statusChange.
  const keys = statusIndexKeys(transition.record, transition.to);
  const sequence = sequenceCondition(transition.events);
  // The request that makes the change is the one the application now names (its evaluation: the submission's).
  const correlation = transition.record.correlationId ? { [CORRELATION_ID]: transition.record.correlationId } : {};
  const fields: Record<string, unknown> = {
    status: transition.to,
    ...keys,
    ...transition.set,
    ...sequence?.set,
    ...correlation,
    [OUTBOX_ATTRIBUTE]: transition.events,
  };
  const { assignments, names, values } = setFields(fields);
  const conditions = [transition.condition, sequence].filter((condition) => condition !== undefined);
  const removed = [
    ...STATUS_INDEX_ATTRIBUTES.filter((attribute) => !(attribute in fields)),
    NEEDS_ATTENTION,
    ...(transition.remove ?? []),
  ];
  return {
    TableName: table,
    Key: applicationKey(transition.record.applicationId),
    UpdateExpression: `SET ${[...assignments, '#audit = list_append(#audit, :audit)'].join(', ')} REMOVE ${removed.join(', ')}`,
    ConditionExpression: ['#status = :from', ...conditions.map((condition) => condition.expression)].join(' AND '),
    ExpressionAttributeNames: {
      ...names,
      '#status': 'status',
      '#audit': 'audit',
      ...Object.assign({}, ...conditions.map((condition) => condition.names)),
    },
    ExpressionAttributeValues: {
      ...values,
      ':from': transition.from,
      ':audit': [auditEntry(transition)],
      ...Object.assign({}, ...conditions.map((condition) => condition.values)),
    },
  };
}

/** The condition of an appeal's transition: an application is appealed once. */
export const NOT_YET_APPEALED = {
  expression: 'attribute_not_exists(#appeal)',
  names: { '#appeal': 'appeal' },
  values: {},
};

/**
 * Applies a transition as one conditional write and answers the item as it now stands; a failed
 * condition (the status moved on meanwhile) is a TransactionConflict: the caller reads and judges again.
 */
export async function applyTransition(table: string, transition: Transition): Promise<Item> {
  try {
    return (
      await documentClient.send(new UpdateCommand({ ...transitionUpdate(table, transition), ReturnValues: 'ALL_NEW' }))
    ).Attributes!;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new TransactionConflict(new Set(['application']));
    throw error;
  }
}
