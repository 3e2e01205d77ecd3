/**
 * A write that lost a race: the store throws it when a condition it was given fails, and use cases
 * run their read-judge-write again (../../use-cases/retry.ts). No SDK here, so code that only names
 * a conflict adds no DynamoDB operation to its function's bundle.
 */

/** A stored item, its attributes as plain values. */
export type HeldItem = Record<string, unknown>;

/** A conditional write or transaction cancelled because the named parts' conditions failed (or they were contended). */
export class TransactionConflict extends Error {
  /**
   * `held`: by part name, the item that failed a part's condition, for the parts that asked for it
   * (ReturnValuesOnConditionCheckFailure ALL_OLD); a contended part holds none.
   */
  constructor(
    readonly failed: ReadonlySet<string>,
    readonly held: ReadonlyMap<string, HeldItem> = new Map(),
  ) {
    super(`transaction cancelled: ${[...failed].join(', ') || 'unknown part'}`);
    this.name = 'TransactionConflict';
  }
}
