/**
 * What use cases share: a read-judge-write run again while its write loses a race (the store's
 * TransactionConflict), each run re-reading and judging the winner. The store only reports the
 * lost race; whether and how to judge again is the use case's.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { TransactionConflict } from '../store/items/conflicts.js';

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
