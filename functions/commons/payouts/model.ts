/**
 * The payout run's items and messages (README "Data model", SPEC §6). Everything a run writes
 * besides the ledger lives in its own partition `RUN#<runId>`:
 *
 * | sk | what |
 * |---|---|
 * | `RUN` | the run: fiscal year, status, who started it, totals once completed |
 * | `PAGE#<shard>#<page>` | one planned page of entitlements, written once (a redelivered plan message re-sends exactly it) |
 * | `SETTLED#<applicationId>` | an entitlement this run did not pay: ALREADY_PAID (another run's ledger entry) or FAILED (given up), written once |
 * | `TALLY#<batch>` | a pay message's outcome counts, written once, in the same transaction that adds them to a counter |
 * | `COUNTER#<n>` | one of 16 counter shards: found, paid, alreadyPaid, failed, settled, amountFen, planned |
 *
 * An entitlement this run paid needs no marker: its ledger entry carries the runId. A FAILED one
 * also gets the runId in the application's `payoutGivenUpBy`, which the payment refuses.
 * Counters are added to once per planned page and once per pay message (never per entitlement),
 * so no item is written by every payment transaction.
 */
import { FORMATTED_YUAN_PATTERN } from '../../../shared/policy/index.js';
import * as z from '../../../shared/zod.js';
import { INDEX_SHARDS } from '../store/items/keys.js';

/** Entitlements read from the index per plan message. */
export const PLAN_PAGE_SIZE = 250;
/** Entitlements per pay message: a million entitlements are 40,000 messages. */
export const ENTITLEMENTS_PER_MESSAGE = 25;
/** The audit trail's actor for ELIGIBLE → PAID. */
export const PAYOUT_ACTOR = 'system:payout';

export const payoutIdOf = (applicationId: string) => `payout-${applicationId}`;

export const runIdSchema = z.uuid();
const yuanString = z.string().check(z.regex(FORMATTED_YUAN_PATTERN));

/** What a pay message carries of an entitlement: enough to pay it without reading it first. */
export const entitlementSchema = z.strictObject({
  applicationId: z.string().check(z.minLength(1), z.maxLength(200)),
  applicantId: z.string().check(z.minLength(1), z.maxLength(200)),
  submittedAt: z.string().check(z.minLength(1)),
  amount: yuanString,
});
export type Entitlement = z.infer<typeof entitlementSchema>;

const runFields = { runId: runIdSchema, fiscalYear: z.int() };

export const planMessageSchema = z.strictObject({
  kind: z.literal('plan'),
  ...runFields,
  shard: z.int().check(z.gte(0), z.lte(INDEX_SHARDS - 1)),
  page: z.int().check(z.gte(0)),
  /** The last application id of the previous page (the index's sort key). */
  after: z.optional(z.string().check(z.minLength(1))),
});
export type PlanMessage = z.infer<typeof planMessageSchema>;

export const payMessageSchema = z.strictObject({
  kind: z.literal('pay'),
  ...runFields,
  /** Names this message's tally: the same in every copy of the message. */
  batch: z.string().check(z.minLength(1), z.maxLength(64)),
  entitlements: z.array(entitlementSchema).check(z.minLength(1), z.maxLength(ENTITLEMENTS_PER_MESSAGE)),
});
export type PayMessage = z.infer<typeof payMessageSchema>;

export const payoutMessageSchema = z.discriminatedUnion('kind', [planMessageSchema, payMessageSchema]);
export type PayoutMessage = z.infer<typeof payoutMessageSchema>;

/** The pay messages of one planned page: the same batches (and so the same tallies) every time. */
export function payMessages(
  { runId, fiscalYear, shard, page }: PlanMessage,
  entitlements: readonly Entitlement[],
): PayMessage[] {
  const messages: PayMessage[] = [];
  for (let start = 0; start < entitlements.length; start += ENTITLEMENTS_PER_MESSAGE) {
    const chunk = start / ENTITLEMENTS_PER_MESSAGE;
    messages.push({
      kind: 'pay',
      runId,
      fiscalYear,
      batch: `${shard}-${page}-${chunk}`,
      entitlements: entitlements.slice(start, start + ENTITLEMENTS_PER_MESSAGE),
    });
  }
  return messages;
}

export const SETTLEMENTS = ['PAID', 'ALREADY_PAID', 'FAILED'] as const;
export type Settlement = (typeof SETTLEMENTS)[number];
