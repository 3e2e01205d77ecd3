/**
 * Transactions on the single table whose parts are named, so that a cancelled transaction says
 * which condition failed, and the one retry of a read-decide-write that lost a race.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../clients/dynamodb.js';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
export type UpdateParams = NonNullable<TransactItem['Update']>;

/** A part of a transaction, named for the failure it explains ("application", "lock", ...). */
export interface NamedWrite {
  name: string;
  item: TransactItem;
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

export const MAX_ATTEMPTS = 8;

/**
 * Runs `attempt` (read, decide, write) again while its transaction loses a race, after a
 * short random pause so that racers spread out; each run re-reads, so the retry decides on
 * what won. After MAX_ATTEMPTS the last conflict is thrown.
 */
export async function retryOnConflict<T>(attempt: () => Promise<T>): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof TransactionConflict) || i >= MAX_ATTEMPTS) throw error;
      await sleep(Math.random() * 25 * 2 ** Math.min(i, 5));
    }
  }
}
