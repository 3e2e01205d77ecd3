/**
 * What a review and an appeal decision share (SPEC §§4, 11): an administrator's command on one
 * application, the repeat of a decision already stored, and the amount an award may have. Pure:
 * the refusals are the edge's to word.
 */
import { formatYuan, parseYuan, type Fen, type Reason } from '../policy/index.js';
import { Refusal } from './refusal.js';

/** An administrator deciding one application: one of two decisions, an amount with the one that awards, a note. */
export interface AdminDecisionCommand<D extends string> {
  applicationId: string;
  decision: D;
  amount?: Fen;
  note: string;
  /** The administrator. */
  by: string;
  /** The request that makes the change (SPEC §10.2). */
  correlationId: string;
}

/** A decision as stored on the application (its review, or its appeal's decision). */
export interface StoredDecision {
  by?: string;
  decision?: string;
  note?: string;
  amount?: string;
}

/**
 * The same administrator sending the same decision again (a retry after a lost response): it is
 * answered from what is stored; nothing is written, so nothing is published again.
 */
export const isRepeat = (stored: StoredDecision | undefined, command: AdminDecisionCommand<string>): boolean =>
  stored !== undefined &&
  stored.by === command.by &&
  stored.decision === command.decision &&
  stored.note === command.note &&
  stored.amount === (command.amount === undefined ? undefined : formatYuan(command.amount));

/** Refuses an amount unless 0 < amount ≤ the ceiling (of a review or an appeal's grant). */
export function checkAmount(amount: Fen, ceiling: string): void {
  if (amount > 0n && amount <= parseYuan(ceiling)) return;
  throw new Refusal('amount-out-of-range', { ceiling });
}

/** The rules that now refuse an award. */
export const noLongerEligible = (reasons: readonly Reason[]) => new Refusal('no-longer-eligible', { reasons });
