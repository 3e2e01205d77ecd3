/**
 * The listings of the applicant and admin APIs, read a page at a time. Every listing is a Query
 * on the partitions of one index key (README "Data model"); nothing scans. A write-sharded key
 * (../items/keys.ts) is read by scatter-gather: every shard is queried, newest first, and the pages
 * merged by sort key. The API's cursor around a page is the edge's (../edge/views.ts).
 */
import { BatchGetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../clients/dynamodb.js';
import {
  applicantPartition,
  applicantPayoutsPartition,
  indexAttributes,
  ledgerPartitions,
  programmePartitions,
  statusPartitions,
  yearRunsPartition,
  type IndexName,
} from '../items/keys.js';
import type { Item } from '../items/table.js';
import { NEEDS_ATTENTION } from '../items/application-item.js';

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

export interface Page {
  items: Item[];
  /** The sort key of the page's last item, when another item follows it. */
  lastSortKey?: string;
}

/** Items read per round trip when a filter may discard some of them. */
const FILTERED_READ_SIZE = 100;

/** What makes two listings the same: a cursor of one is refused by another. */
export const listingIdentity = (listing: Listing): string =>
  JSON.stringify([
    listing.index,
    listing.partitions,
    Object.entries(listing.filters ?? {}).sort(),
    Object.entries(listing.itemFilters ?? {}).sort(),
    listing.having ?? '',
  ]);

/** The Query of one partition below `before` (exclusive: the previous page's last; the whole partition without it). */
function partitionQuery(table: string, listing: Listing, partition: string, before: string | undefined) {
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
    TableName: table,
    IndexName: listing.index,
    KeyConditionExpression: keyCondition,
    ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
    ScanIndexForward: false,
  };
}

const matches = (item: Item, filters: Record<string, string>) =>
  Object.entries(filters).every(([attribute, value]) => item[attribute] === value);

/**
 * The newest `wanted` items of one partition below `before`, reading on while a filter discards.
 * With item filters, each page's items are read from the table and filtered there.
 */
async function readPartition(
  table: string,
  listing: Listing,
  partition: string,
  before: string | undefined,
  wanted: number,
): Promise<Item[]> {
  const input = partitionQuery(table, listing, partition, before);
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
    items.push(
      ...(itemFilters ? (await readFromTable(table, read)).filter((item) => matches(item, itemFilters)) : read),
    );
    startKey = page.LastEvaluatedKey;
  } while (items.length < wanted && startKey);
  return items;
}

/**
 * The page's items as `table` holds them, in the page's order (BatchGetItem, unprocessed keys
 * retried); strongly consistent when asked, as a single item's read is (../get-item/get-item.ts).
 */
export async function readFromTable(table: string, indexItems: Item[], { consistent = false } = {}): Promise<Item[]> {
  const keyOf = (item: Item) => `${String(item.pk)}\u0000${String(item.sk)}`;
  const found = new Map<string, Item>();
  let keys = indexItems.map((item) => ({ pk: item.pk, sk: item.sk }));
  while (keys.length > 0) {
    const result = await documentClient.send(
      new BatchGetCommand({ RequestItems: { [table]: { Keys: keys, ConsistentRead: consistent } } }),
    );
    for (const item of result.Responses?.[table] ?? []) found.set(keyOf(item), item);
    keys = (result.UnprocessedKeys?.[table]?.Keys ?? []) as typeof keys;
  }
  return indexItems.map((item) => found.get(keyOf(item))).filter((item): item is Item => item !== undefined);
}

/**
 * One page of a listing of `table`: each partition's newest `limit + 1` items below `before` (the previous
 * page's last sort key), merged by sort key, the first `limit` kept. Every item above the page's
 * last was in some partition's read, so the next page (below that sort key) skips and repeats
 * nothing, and `lastSortKey` appears only when another item exists. Index sort keys end in an
 * id, so they are unique.
 */
export async function queryPage(
  table: string,
  listing: Listing,
  paging: { limit: number; before?: string | undefined },
): Promise<Page> {
  const { before } = paging;
  const { sk } = indexAttributes(listing.index);
  const reads = await Promise.all(
    listing.partitions.map((partition) => readPartition(table, listing, partition, before, paging.limit + 1)),
  );
  const merged = reads.flat().sort((a, b) => (String(a[sk]) < String(b[sk]) ? 1 : -1));
  const kept = merged.slice(0, paging.limit);
  const items = listing.fromTable && !listing.itemFilters ? await readFromTable(table, kept) : kept;
  if (merged.length <= paging.limit) return { items };
  return { items, lastSortKey: String(kept[kept.length - 1]![sk]) };
}

/* ---- Listings ---- */

const definedOnly = (filters: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as Record<string, string>;

/** One applicant's applications: a small partition, so its filters are applied to the items themselves. */
export const applicantApplications = (
  applicantId: string,
  filters: { status?: string; programme?: string },
): Listing => ({
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
export function adminApplications({
  status,
  programme,
  needsAttention,
}: {
  status?: string;
  programme?: string;
  needsAttention?: boolean;
}): Listing {
  if (needsAttention)
    return { index: 'GSI2', partitions: statusPartitions('SUBMITTED'), having: NEEDS_ATTENTION, fromTable: true };
  if (programme === undefined)
    return { index: 'GSI2', partitions: statusPartitions(status ?? 'NEEDS_REVIEW'), fromTable: true };
  return {
    index: 'GSI3',
    partitions: programmePartitions(programme),
    filters: definedOnly({ status }),
    fromTable: true,
  };
}

export const applicantPayouts = (applicantId: string): Listing => ({
  index: 'GSI1',
  partitions: [applicantPayoutsPartition(applicantId)],
});

export const payoutLedger = (fiscalYear: number): Listing => ({
  index: 'GSI2',
  partitions: ledgerPartitions(fiscalYear),
});

/** The payout runs of a fiscal year, newest first (the run items read from the table). */
export const yearRuns = (fiscalYear: number): Listing => ({
  index: 'GSI1',
  partitions: [yearRunsPartition(fiscalYear)],
  fromTable: true,
});
