/**
 * A plan message: one page of one entitlement shard of the run's fiscal year. It reads the page
 * from the sparse entitlement index (GSI4, Query, never the whole year), records it once (the
 * page item plus `found` on a counter, in one transaction), sends the pay messages and the next
 * page's plan message (the page read by ./entitlements.ts). A redelivered plan message finds its page recorded and sends exactly the
 * same messages again (paying is idempotent), so `found` counts each entitlement once even
 * though the index shrinks while runs pay.
 */
import { payMessages, PLAN_PAGE_SIZE, type Entitlement, type PlanMessage } from './model.js';
import { completeIfSettled } from './completion.js';
import { pageKey } from '../store/items/keys.js';
import { readEntitlementPage, type EntitlementPage } from './entitlements.js';
import { counterAddition, sendPayoutMessages, type PayoutResources } from './runs.js';
import { recordOnce } from '../store/counters.js';
import { retryOnConflict } from '../use-cases/retry.js';

/** Entitlements read per plan message; tests make pages small to exercise paging. */
export const planning = { pageSize: PLAN_PAGE_SIZE };

/** The page as recorded by the first copy of this message to get there. */
async function recordPage(table: string, message: PlanMessage): Promise<EntitlementPage> {
  const { runId, shard, page: pageNo } = message;
  const key = pageKey(runId, shard, pageNo);
  const page = await readEntitlementPage(table, message, planning.pageSize);
  const last = page.next === undefined;
  const counts = { found: page.entitlements.length, ...(last ? { planned: 1 } : {}) };
  const { entitlements, next } = await recordOnce(table, key, { ...page, size: page.entitlements.length }, [
    { name: 'counter', item: { Update: counterAddition(table, runId, key.sk, counts) } },
  ]);
  return { entitlements: entitlements as Entitlement[], ...(typeof next === 'string' ? { next } : {}) };
}

/** Plans one page; the messages it sends carry the run's correlation id, as this one did. */
export async function planPage(
  { table, payoutQueue }: PayoutResources,
  message: PlanMessage,
  correlationId?: string,
): Promise<void> {
  const page = await retryOnConflict(() => recordPage(table, message));
  await sendPayoutMessages(payoutQueue, payMessages(message, page.entitlements), correlationId);
  if (page.next !== undefined) {
    const next: PlanMessage = { ...message, page: message.page + 1, after: page.next };
    await sendPayoutMessages(payoutQueue, [next], correlationId);
  } else {
    await completeIfSettled(table, message.runId);
  }
}
