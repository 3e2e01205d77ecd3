/**
 * The read side shared by the applicant and admin APIs: index listings with cursor paging,
 * and how stored items are shown (the query-string parameters are in ./list-params.ts).
 * Every listing is a Query on the partitions of one index key (README "Data model"); nothing
 * scans. A write-sharded key (./index-keys.ts) is read by scatter-gather: every shard is
 * queried, newest first, and the pages merged by sort key.
 */
import { BatchGetCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Language } from '../../../shared/i18n/index.js';
import { applicantPartition, fromItem, inLanguage } from './application-item.js';
import type { Principal } from '../edge/auth.js';
import { documentClient } from '../clients/dynamodb.js';
import { decodeCursor, encodeCursor, type CursorBinding } from '../edge/cursor.js';
import { ledgerPartitions, programmePartitions, statusPartitions } from './keys.js';
import { NEEDS_ATTENTION, tableName } from './transactions.js';

type Item = Record<string, unknown>;
export type IndexName = 'GSI1' | 'GSI2' | 'GSI3';

/** One listing: the partitions of one index key, newest first, optionally narrowed. */
export interface Listing {
  index: IndexName;
  /** One partition, or every shard of a write-sharded key. */
  partitions: readonly string[];
  /** Equality filters on projected attributes, applied after the key condition. */
  filters?: Record<string, string>;
  /**
   * Equality filters on attributes the index does not carry, applied to the items read from the
   * table (`fromTable`): for small partitions only, as every item read is fetched.
   */
  itemFilters?: Record<string, string>;
  /** Only items that have this attribute (a filter too: small partitions only). */
  having?: string;
  /** The index carries only keys and filter attributes: the page's items are read from the table. */
  fromTable?: boolean;
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
  return {
    listing: JSON.stringify([
      listing.index,
      listing.partitions,
      Object.entries(listing.filters ?? {}).sort(),
      Object.entries(listing.itemFilters ?? {}).sort(),
      listing.having ?? '',
    ]),
    sortKey: indexAttributes(listing.index).sk,
  };
}

/** The Query of one partition below `before` (exclusive: the previous page's last; the whole partition without it). */
function partitionQuery(listing: Listing, partition: string, before: string | undefined) {
  const { pk, sk } = indexAttributes(listing.index);
  const names: Record<string, string> = { '#pk': pk };
  const values: Record<string, unknown> = { ':pk': partition };
  let keyCondition = '#pk = :pk';
  if (before !== undefined) {
    names['#sk'] = sk;
    values[':before'] = before;
    keyCondition += ' AND #sk < :before';
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

const matches = (item: Item, filters: Record<string, string>) => Object.entries(filters).every(([attribute, value]) => item[attribute] === value);

/**
 * The newest `wanted` items of one partition below `before`, reading on while a filter discards.
 * With item filters, each page's items are read from the table and filtered there.
 */
async function readPartition(listing: Listing, partition: string, before: string | undefined, wanted: number): Promise<Item[]> {
  const input = partitionQuery(listing, partition, before);
  const { itemFilters } = listing;
  const items: Item[] = [];
  let startKey: Item | undefined;
  do {
    const page = await documentClient.send(
      new QueryCommand({
        ...input,
        ExclusiveStartKey: startKey,
        Limit: input.FilterExpression || itemFilters ? FILTERED_READ_SIZE : wanted - items.length,
      }),
    );
    const read = page.Items ?? [];
    items.push(...(itemFilters ? (await readFromTable(read)).filter((item) => matches(item, itemFilters)) : read));
    startKey = page.LastEvaluatedKey;
  } while (items.length < wanted && startKey);
  return items;
}

/** The page's items as the table holds them, in the page's order (BatchGetItem, unprocessed keys retried). */
async function readFromTable(indexItems: Item[]): Promise<Item[]> {
  const keyOf = (item: Item) => `${String(item.pk)}\u0000${String(item.sk)}`;
  const found = new Map<string, Item>();
  let keys = indexItems.map((item) => ({ pk: item.pk, sk: item.sk }));
  while (keys.length > 0) {
    const result = await documentClient.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: keys } } }));
    for (const item of result.Responses?.[tableName] ?? []) found.set(keyOf(item), item);
    keys = (result.UnprocessedKeys?.[tableName]?.Keys ?? []) as typeof keys;
  }
  return indexItems.map((item) => found.get(keyOf(item))).filter((item): item is Item => item !== undefined);
}

/**
 * One page of a listing: each partition's newest `limit + 1` items below the cursor, merged by
 * sort key, the first `limit` kept. Every item above the page's last was in some partition's
 * read, so the next page (below that sort key) skips and repeats nothing, and `nextCursor`
 * appears only when another item exists. The cursor holds just that sort key (index sort keys
 * end in an id, so they are unique); the partitions always come from the caller's listing.
 */
export async function queryPage(listing: Listing, paging: { limit: number; cursor?: string | undefined }): Promise<Page<Item>> {
  const binding = bindingOf(listing);
  const before = paging.cursor === undefined ? undefined : decodeCursor(paging.cursor, binding);
  const { sk } = indexAttributes(listing.index);
  const reads = await Promise.all(listing.partitions.map((partition) => readPartition(listing, partition, before, paging.limit + 1)));
  const merged = reads.flat().sort((a, b) => (String(a[sk]) < String(b[sk]) ? 1 : -1));
  const kept = merged.slice(0, paging.limit);
  const items = listing.fromTable && !listing.itemFilters ? await readFromTable(kept) : kept;
  if (merged.length <= paging.limit) return { items };
  return { items, nextCursor: encodeCursor(String(kept[kept.length - 1]![sk]), binding) };
}

/* ---- Listings ---- */

const definedOnly = (filters: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as Record<string, string>;

/** One applicant's applications: a small partition, so its filters are applied to the items themselves. */
export const applicantApplications = (applicantId: string, filters: { status?: string; programme?: string }): Listing => ({
  index: 'GSI1',
  partitions: [applicantPartition(applicantId)],
  itemFilters: definedOnly(filters),
  fromTable: true,
});

/**
 * The admin search, newest first: by status (GSI2), by programme (GSI3), or both (GSI3 filtered
 * by the status it carries). Without either it is the review queue: status NEEDS_REVIEW.
 * `needsAttention`: SUBMITTED applications whose evaluation kept failing (a small set, filtered
 * from the SUBMITTED partitions).
 */
export function adminApplications({ status, programme, needsAttention }: { status?: string; programme?: string; needsAttention?: boolean }): Listing {
  if (needsAttention) return { index: 'GSI2', partitions: statusPartitions('SUBMITTED'), having: NEEDS_ATTENTION, fromTable: true };
  if (programme === undefined) return { index: 'GSI2', partitions: statusPartitions(status ?? 'NEEDS_REVIEW'), fromTable: true };
  return { index: 'GSI3', partitions: programmePartitions(programme), filters: definedOnly({ status }), fromTable: true };
}

export const applicantPayouts = (applicantId: string): Listing => ({ index: 'GSI1', partitions: [`PAYOUTS#${applicantId}`] });

export const payoutLedger = (fiscalYear: number): Listing => ({ index: 'GSI2', partitions: ledgerPartitions(fiscalYear) });

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
