/**
 * A write that lost a race, and the retries of a read-judge-write (up to MAX_ATTEMPTS runs, each
 * re-reading and judging the winner): no SDK here, so code that only names a conflict (or retries
 * one) adds no DynamoDB operation to its function's bundle.
 */
import { setTimeout as sleep } from 'node:timers/promises';

/** A conditional write or transaction cancelled because the named parts' conditions failed (or they were contended). */
export class TransactionConflict extends Error {
  constructor(readonly failed: ReadonlySet<string>) {
    super(`transaction cancelled: ${[...failed].join(', ') || 'unknown part'}`);
    this.name = 'TransactionConflict';
  }
}

/** Runs of a read-judge-write before its last conflict is thrown: the first and up to seven retries. */
export const MAX_ATTEMPTS = 8;

/**
 * Runs `attempt` (read, decide, write) again while its write loses a race, after a
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
