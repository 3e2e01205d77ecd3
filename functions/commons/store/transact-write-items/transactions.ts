/**
 * Transactions on the single table whose parts are named, so that a cancelled transaction says
 * which condition failed (../items/conflicts.ts).
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { documentClient } from '../../clients/dynamodb.js';
import { TransactionConflict, type HeldItem } from '../items/conflicts.js';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
export type UpdateParams = NonNullable<TransactItem['Update']>;

/** A part of a transaction, named for the failure it explains ("application", "lock", ...). */
export interface NamedWrite {
  name: string;
  item: TransactItem;
}

const CONFLICT_CODES = new Set(['ConditionalCheckFailed', 'TransactionConflict']);

/**
 * Runs the parts as one TransactWriteItems; a failed condition becomes a TransactionConflict naming
 * the parts, with the items that failed the conditions of parts that asked for them.
 */
export async function runTransaction(parts: readonly NamedWrite[]): Promise<void> {
  try {
    await documentClient.send(new TransactWriteCommand({ TransactItems: parts.map((part) => part.item) }));
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const reasons = error.CancellationReasons ?? [];
    if (!reasons.some((reason) => CONFLICT_CODES.has(reason.Code ?? ''))) throw error;
    const failed = new Set(parts.filter((_, i) => CONFLICT_CODES.has(reasons[i]?.Code ?? '')).map((part) => part.name));
    const held = new Map<string, HeldItem>();
    parts.forEach((part, i) => {
      const item = reasons[i]?.Item;
      if (item) held.set(part.name, unmarshall(item));
    });
    throw new TransactionConflict(failed, held);
  }
}
