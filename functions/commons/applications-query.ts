/**
 * The read side shared by the applicant and admin APIs: index listings with cursor paging,
 * and how stored items are shown (the query-string parameters are in ./list-params.ts).
 * Every listing is a Query on one index partition (README "Data model"); nothing scans.
 */
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Language } from '../../shared/i18n/index.js';
import { applicantPartition, fromItem, inLanguage } from './application-item.js';
import type { Principal } from './auth.js';
import { documentClient } from './clients/dynamodb.js';
import { decodeCursor, encodeCursor, type CursorBinding, type StartKey } from './cursor.js';
import { NEEDS_ATTENTION, tableName } from './transactions.js';

type Item = Record<string, unknown>;
export type IndexName = 'GSI1' | 'GSI2' | 'GSI3';

/** One listing: a partition of an index, newest first, optionally narrowed. */
export interface Listing {
  index: IndexName;
  partition: string;
  /** Only sort keys starting with this (e.g. `<status>#` on GSI3). */
  sortKeyPrefix?: string;
  /** Attribute equality filters applied after the key condition (small partitions only). */
  filters?: Record<string, string>;
  /** Only items that have this attribute (a filter too: small partitions only). */
  having?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

/** Items read per round trip when a filter may discard some of them. */
const FILTERED_READ_SIZE = 100;

const indexAttributes = (index: IndexName) => {
  const n = index.slice(3);
  return { pk: `gsi${n}pk`, sk: `gsi${n}sk` };
};

function bindingOf(listing: Listing): CursorBinding {
  const { pk, sk } = indexAttributes(listing.index);
  return {
    listing: JSON.stringify([listing.index, listing.partition, listing.sortKeyPrefix ?? '', Object.entries(listing.filters ?? {}).sort(), listing.having ?? '']),
    keyNames: ['pk', 'sk', pk, sk],
    partition: { name: pk, value: listing.partition },
  };
}

function queryInput(listing: Listing) {
  const { pk, sk } = indexAttributes(listing.index);
  const names: Record<string, string> = { '#pk': pk };
  const values: Record<string, unknown> = { ':pk': listing.partition };
  let keyCondition = '#pk = :pk';
  if (listing.sortKeyPrefix !== undefined) {
    names['#sk'] = sk;
    values[':prefix'] = listing.sortKeyPrefix;
    keyCondition += ' AND begins_with(#sk, :prefix)';
  }
  const filters = Object.entries(listing.filters ?? {}).map(([attribute, value], i) => {
    names[`#f${i}`] = attribute;
    values[`:f${i}`] = value;
    return `#f${i} = :f${i}`;
  });
  if (listing.having !== undefined) {
    names['#having'] = listing.having;
    filters.push('attribute_exists(#having)');
  }
  return {
    TableName: tableName,
    IndexName: listing.index,
    KeyConditionExpression: keyCondition,
    ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
    ScanIndexForward: false,
  };
}

/**
 * One page of a listing. It reads until it holds `limit + 1` items or reaches the end, so
 * filtered pages are full and `nextCursor` appears only when another item exists. The cursor
 * is made from the last item returned (not DynamoDB's LastEvaluatedKey, which may lie past
 * items a filtered read held back), so no item is skipped or repeated between pages.
 */
export async function queryPage(listing: Listing, paging: { limit: number; cursor?: string | undefined }): Promise<Page<Item>> {
  const binding = bindingOf(listing);
  const input = queryInput(listing);
  const wanted = paging.limit + 1;
  const items: Item[] = [];
  let startKey: StartKey | Item | undefined = paging.cursor === undefined ? undefined : decodeCursor(paging.cursor, binding);
  do {
    const page = await documentClient.send(
      new QueryCommand({
        ...input,
        ExclusiveStartKey: startKey,
        Limit: input.FilterExpression ? FILTERED_READ_SIZE : wanted - items.length,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (items.length < wanted && startKey);

  if (items.length <= paging.limit) return { items };
  const kept = items.slice(0, paging.limit);
  const last = kept[kept.length - 1]!;
  const key = Object.fromEntries(binding.keyNames.map((name) => [name, String(last[name])]));
  return { items: kept, nextCursor: encodeCursor(key, binding) };
}

/* ---- Listings ---- */

export const applicantApplications = (applicantId: string, filters: { status?: string; programme?: string }): Listing => ({
  index: 'GSI1',
  partition: applicantPartition(applicantId),
  filters: Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as Record<string, string>,
});

/**
 * The admin search: by status (GSI2), by programme (GSI3), or both (GSI3 with the status
 * prefix of its sort key). Without either it is the review queue: status NEEDS_REVIEW.
 * A programme-only listing is ordered by status first (GSI3's sort key starts with it),
 * newest first within each status. `needsAttention`: SUBMITTED applications whose evaluation
 * kept failing (a small set, filtered from the SUBMITTED partition).
 */
export function adminApplications({ status, programme, needsAttention }: { status?: string; programme?: string; needsAttention?: boolean }): Listing {
  if (needsAttention) return { index: 'GSI2', partition: 'STATUS#SUBMITTED', having: NEEDS_ATTENTION };
  if (programme === undefined) return { index: 'GSI2', partition: `STATUS#${status ?? 'NEEDS_REVIEW'}` };
  return {
    index: 'GSI3',
    partition: `PROGRAMME#${programme}`,
    ...(status === undefined ? {} : { sortKeyPrefix: `${status}#` }),
  };
}

export const applicantPayouts = (applicantId: string): Listing => ({ index: 'GSI1', partition: `PAYOUTS#${applicantId}` });

export const payoutLedger = (fiscalYear: number): Listing => ({ index: 'GSI2', partition: `LEDGER#${fiscalYear}` });

/* ---- Views ---- */

/** An application as the caller may see it: the audit trail and the needs-attention mark are for admins only. */
export function applicationView(item: Item, principal: Principal, language: Language) {
  const { audit, ...record } = inLanguage(fromItem(item), language);
  if (!principal.isAdmin) return record;
  return { ...record, ...(item[NEEDS_ATTENTION] ? { needsAttention: item[NEEDS_ATTENTION] } : {}), audit };
}

const PAYOUT_FIELDS = ['payoutId', 'applicationId', 'applicantId', 'fiscalYear', 'amount', 'issuedAt'] as const;

/** A ledger entry in its API shape (SPEC §4 payout). */
export const payoutView = (item: Item) => Object.fromEntries(PAYOUT_FIELDS.map((field) => [field, item[field]]));

/** One item by key, read consistently (a caller may read right after writing). Ids are bounded at the edge (http.ts pathParameter). */
export async function readItem(key: Record<string, string>): Promise<Item | undefined> {
  const result = await documentClient.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }));
  return result.Item;
}

/** A page in the API's list shape: `{items, nextCursor?}`. */
export const listResponse = (page: Page<Item>, view: (item: Item) => unknown) => ({
  items: page.items.map(view),
  ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }),
});
