/**
 * Reads and conditional writes of applications on the single table: a consistent read, a
 * status transition (with its audit entry and status-dependent index keys), and transactions
 * whose parts are named, so that a cancelled transaction says which condition failed.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { ENV } from '../../../shared/contract/resources.js';
import { canTransition, type ApplicationStatus, type AuditEntry } from '../../../shared/domain/application.js';
import type { DomainEvent } from '../../../shared/domain/events.js';
import { applicationKey, fromItem, statusIndexKeys, type ApplicationRecord } from './application-item.js';
import { documentClient } from '../clients/dynamodb.js';
import { env } from '../runtime/env.js';
import { OUTBOX_ATTRIBUTE } from './outbox.js';

export const tableName = env(ENV.tableName);

/** The application as stored now (strongly consistent), or undefined. */
export async function getApplication(applicationId: string): Promise<ApplicationRecord | undefined> {
  const result = await documentClient.send(new GetCommand({ TableName: tableName, Key: applicationKey(applicationId), ConsistentRead: true }));
  return result.Item ? fromItem(result.Item) : undefined;
}

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
export type UpdateParams = NonNullable<TransactItem['Update']>;

/** A part of a transaction, named for the failure it explains ("application", "lock", ...). */
export interface NamedWrite {
  name: string;
  item: TransactItem;
}

export interface Transition {
  record: Pick<ApplicationRecord, 'applicationId' | 'programme' | 'submittedAt' | 'details'>;
  from: ApplicationStatus;
  to: ApplicationStatus;
  by: string;
  at: string;
  /** Further attributes set with the transition (decision, review). */
  set?: Record<string, unknown>;
  /** The events of this change, written to the item's outbox with it (./outbox.ts). */
  events?: readonly DomainEvent[];
}

const STATUS_INDEX_ATTRIBUTES = ['gsi2pk', 'gsi2sk', 'gsi4pk', 'gsi4sk'];

/** Set on a SUBMITTED application whose evaluation kept failing (see evaluate-application). */
export const NEEDS_ATTENTION = 'needsAttention';

/** The audit entry a transition appends. */
export const auditEntry = ({ at, by, from, to }: Transition): AuditEntry => ({ at, by, from, to });

/**
 * `from → to` as one conditional update: applied only while the status is still `from`, so
 * no transition happens twice or out of order. Index keys follow the new status; those it
 * no longer has (the entitlement index) are removed. The outbox is replaced by this change's
 * events, and an evaluation's "needs attention" mark ends with the transition.
 */
export function transitionUpdate(transition: Transition): UpdateParams {
  // The life cycle of shared/domain/application.ts is the one list of allowed moves.
  if (!canTransition(transition.from, transition.to)) throw new Error(`no transition ${transition.from} → ${transition.to}`);
  const keys = statusIndexKeys(transition.record, transition.to);
  const fields: Record<string, unknown> = { status: transition.to, ...keys, ...transition.set, [OUTBOX_ATTRIBUTE]: transition.events ?? [] };
  const names: Record<string, string> = { '#status': 'status', '#audit': 'audit' };
  const values: Record<string, unknown> = { ':from': transition.from, ':audit': [auditEntry(transition)] };
  const assignments = Object.entries(fields).map(([field, value], i) => {
    names[`#f${i}`] = field;
    values[`:f${i}`] = value;
    return `#f${i} = :f${i}`;
  });
  const removed = [...STATUS_INDEX_ATTRIBUTES.filter((attribute) => !(attribute in fields)), NEEDS_ATTENTION];
  return {
    TableName: tableName,
    Key: applicationKey(transition.record.applicationId),
    UpdateExpression: `SET ${[...assignments, '#audit = list_append(#audit, :audit)'].join(', ')} REMOVE ${removed.join(', ')}`,
    ConditionExpression: '#status = :from',
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/** A transaction cancelled because the named parts' conditions failed (or they were contended). */
export class TransactionConflict extends Error {
  constructor(readonly failed: ReadonlySet<string>) {
    super(`transaction cancelled: ${[...failed].join(', ') || 'unknown part'}`);
    this.name = 'TransactionConflict';
  }
}

const CONFLICT_CODES = new Set(['ConditionalCheckFailed', 'TransactionConflict']);

/** Runs the parts as one TransactWriteItems; a failed condition becomes a TransactionConflict naming the parts. */
export async function runTransaction(parts: readonly NamedWrite[]): Promise<void> {
  try {
    await documentClient.send(new TransactWriteCommand({ TransactItems: parts.map((part) => part.item) }));
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const reasons = error.CancellationReasons ?? [];
    if (!reasons.some((reason) => CONFLICT_CODES.has(reason.Code ?? ''))) throw error;
    const failed = new Set(parts.filter((_, i) => CONFLICT_CODES.has(reasons[i]?.Code ?? '')).map((part) => part.name));
    throw new TransactionConflict(failed);
  }
}
