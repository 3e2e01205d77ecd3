/**
 * A write that lost a race: the store throws it when a condition it was given fails, and use cases
 * run their read-judge-write again (../../use-cases/retry.ts). No SDK here, so code that only names
 * a conflict adds no DynamoDB operation to its function's bundle.
 */

/** A conditional write or transaction cancelled because the named parts' conditions failed (or they were contended). */
export class TransactionConflict extends Error {
  constructor(readonly failed: ReadonlySet<string>) {
    super(`transaction cancelled: ${[...failed].join(', ') || 'unknown part'}`);
    this.name = 'TransactionConflict';
  }
}
