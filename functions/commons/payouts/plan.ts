/**
 * A plan message: one page of one entitlement shard of the run's fiscal year. It reads the page
 * from the sparse entitlement index (GSI4, Query, never the whole year), records it once (the
 * page item plus `found` on a counter, in one transaction), sends the pay messages and the next
 * page's plan message (the page read by ./entitlements.ts). A redelivered plan message finds its page recorded and sends exactly the
 * same messages again (paying is idempotent), so `found` counts each entitlement once even
 * though the index shrinks while runs pay.
 */
import { payMessages, PLAN_PAGE_SIZE, type Entitlement, type PlanMessage } from './model.js';
import { sendMessages } from '../messaging/send.js';
import { completeIfSettled } from './completion.js';
import { pageKey } from '../store/keys.js';
import { readEntitlementPage, type EntitlementPage } from './entitlements.js';
import { counterAddition, payoutQueue } from './runs.js';
import { runTransaction } from '../store/transactions.js';
import { TransactionConflict, retryOnConflict } from '../store/conflicts.js';
import { getItem, tableName } from '../store/table.js';

/** Entitlements read per plan message; tests make pages small to exercise paging. */
export const planning = { pageSize: PLAN_PAGE_SIZE };

/** The page as recorded by the first copy of this message to get there. */
async function recordPage(message: PlanMessage): Promise<EntitlementPage> {
  const { runId, shard, page: pageNo } = message;
  const key = pageKey(runId, shard, pageNo);
  const page = await readEntitlementPage(message, planning.pageSize);
  const last = page.next === undefined;
  try {
    await runTransaction([
      {
        name: 'page',
        item: {
          Put: {
            TableName: tableName(),
            Item: { ...key, ...page, size: page.entitlements.length },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      },
      {
        name: 'counter',
        item: {
          Update: counterAddition(runId, key.sk, { found: page.entitlements.length, ...(last ? { planned: 1 } : {}) }),
        },
      },
    ]);
    return page;
  } catch (error) {
    if (!(error instanceof TransactionConflict)) throw error;
    const stored = await getItem(key);
    if (!stored) throw error; // contention, not a recorded page: try again
    const { entitlements, next } = stored;
    return { entitlements: entitlements as Entitlement[], ...(typeof next === 'string' ? { next } : {}) };
  }
}

export async function planPage(message: PlanMessage): Promise<void> {
  const page = await retryOnConflict(() => recordPage(message));
  await sendMessages(payoutQueue(), payMessages(message, page.entitlements));
  if (page.next !== undefined) {
    const next: PlanMessage = { ...message, page: message.page + 1, after: page.next };
    await sendMessages(payoutQueue(), [next]);
  } else {
    await completeIfSettled(message.runId);
  }
}
