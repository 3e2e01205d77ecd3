/**
 * How stored items are shown: an application as its caller may see it and in the caller's
 * language, a ledger entry in its API shape, a page of a listing in the API's list shape with
 * a cursor bound to the listing (./cursor.ts).
 */
import { renderDecision, renderReason, type Language } from '../../../shared/i18n/index.js';
import type { Decision, Reason } from '../../../shared/policy/index.js';
import { indexAttributes } from '../store/items/keys.js';
import { listingIdentity, queryPage, type Listing } from '../store/query/listings.js';
import type { Item } from '../store/items/table.js';
import type { Principal } from './auth.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { fromItem, NEEDS_ATTENTION } from '../store/items/application-item.js';
import type { Appeal, ApplicationRecord } from '../../../shared/domain/application.js';

/** An appeal as shown in a language: its reasons (and a decision it replaced) put into words. */
function appealIn(appeal: Appeal, language: Language): Appeal {
  const { reasons, originalDecision } = appeal;
  return {
    ...appeal,
    ...(reasons ? { reasons: reasons.map((reason) => renderReason(reason, language)) as unknown as Reason[] } : {}),
    ...(originalDecision
      ? { originalDecision: renderDecision(originalDecision, language) as unknown as Decision }
      : {}),
  };
}

/** The record as shown in a language: the reasons of its decision and appeal put into words (its event count and correlation id are not shown). */
export function inLanguage<
  R extends Pick<ApplicationRecord, 'decision' | 'appeal' | 'eventSequence' | 'correlationId'>,
>(record: R, language: Language): Omit<R, 'eventSequence' | 'correlationId'> {
  const { eventSequence: _count, correlationId: _correlation, ...shown } = record;
  return {
    ...shown,
    ...(record.decision ? { decision: renderDecision(record.decision, language) } : {}),
    ...(record.appeal ? { appeal: appealIn(record.appeal, language) } : {}),
  };
}

/** An application (stored, or as a record) as the caller may see it: the audit trail and the needs-attention mark are for admins only. */
export function applicationView(
  stored: Item | ApplicationRecord,
  principal: Pick<Principal, 'isAdmin'>,
  language: Language,
) {
  const item = stored as Item;
  const { audit, ...record } = inLanguage(fromItem(item), language);
  if (!principal.isAdmin) return record;
  return { ...record, ...(item[NEEDS_ATTENTION] ? { needsAttention: item[NEEDS_ATTENTION] } : {}), audit };
}

const PAYOUT_FIELDS = ['payoutId', 'applicationId', 'applicantId', 'fiscalYear', 'amount', 'issuedAt'] as const;

/** A ledger entry in its API shape (SPEC §4 payout). */
export const payoutView = (item: Item) => Object.fromEntries(PAYOUT_FIELDS.map((field) => [field, item[field]]));

/** A page of a listing of `table` in the API's list shape: `{items, nextCursor?}`, the cursor holding just the last sort key. A view may read more (a run's totals). */
export async function listResponse(
  table: string,
  listing: Listing,
  paging: { limit: number; cursor?: string | undefined },
  view: (item: Item) => unknown,
) {
  const binding = { listing: listingIdentity(listing), sortKey: indexAttributes(listing.index).sk };
  const before = paging.cursor === undefined ? undefined : decodeCursor(paging.cursor, binding);
  const page = await queryPage(table, listing, { limit: paging.limit, before });
  return {
    items: await Promise.all(page.items.map(view)),
    ...(page.lastSortKey === undefined ? {} : { nextCursor: encodeCursor(page.lastSortKey, binding) }),
  };
}
