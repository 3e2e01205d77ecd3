/**
 * The rows of a finance export, a page at a time (never the whole year in memory), from the same
 * records and by the same fiscal-year rule as the statistics (shared/domain/statistics.ts), so a
 * file's total equals what GET /v1/admin/statistics says for its year:
 * - the ledger of year Y: its index partitions `LEDGER#<Y>#<shard>` (GSI2), each page's
 *   organisations read from the applications (BatchGetItem);
 * - the awards of year Y: per programme, the applications now ELIGIBLE, APPROVED or PAID (GSI3,
 *   which carries the status), read from the table and kept when `fiscalYearOf` is Y. An
 *   operating-cost claim belongs to the year whose costs it covers, whenever it was submitted, so
 *   that programme is read whole; every other programme only over year Y's submissions.
 * Shards are read one after another; within a shard, oldest first.
 */
import { awardOf, fiscalYearOf, LEDGER_PROGRAMME } from '../../../shared/domain/statistics.js';
import { formatYuan, PROGRAMMES, type ProgrammeCode } from '../../../shared/policy/index.js';
import { documentClient } from '../clients/dynamodb.js';
import { applicationKey, indexAttributes, ledgerPartitions, programmePartitions } from '../store/items/keys.js';
import { readFromTable } from '../store/query/listings.js';
import { queryPartitionPages } from '../store/query/query.js';
import type { Item } from '../store/items/table.js';
import type { AwardRow, LedgerRow } from './columns.js';

/** Index items per Query page: BatchGetItem reads at most 100 keys. */
export const EXPORT_PAGE_SIZE = 100;

const AWARDED_STATUSES = ['ELIGIBLE', 'APPROVED', 'PAID'] as const;

/** The organisations of these applications of `table` (at most 100: one BatchGetItem), by application id. */
export async function organisationsOf(
  table: string,
  applicationIds: string[],
): Promise<Map<string, LedgerRow['organisation']>> {
  const applications = await readFromTable(table, applicationIds.map(applicationKey));
  return new Map(
    applications.map((item) => [item.applicationId as string, item.organisation as LedgerRow['organisation']]),
  );
}

export async function* ledgerPages(table: string, fiscalYear: number): AsyncGenerator<LedgerRow[]> {
  const { pk } = indexAttributes('GSI2');
  const pages = queryPartitionPages(documentClient, ledgerPartitions(fiscalYear), (partition) => ({
    TableName: table,
    IndexName: 'GSI2',
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': pk },
    ExpressionAttributeValues: { ':pk': partition },
    Limit: EXPORT_PAGE_SIZE,
  }));
  for await (const page of pages) {
    const entries = page.Items ?? [];
    const organisations = await organisationsOf(
      table,
      entries.map((entry) => entry.applicationId as string),
    );
    yield entries.map((entry) => ({
      payoutId: entry.payoutId as string,
      issuedAt: entry.issuedAt as string,
      fiscalYear: entry.fiscalYear as number,
      applicationId: entry.applicationId as string,
      applicantId: entry.applicantId as string,
      organisation: organisations.get(entry.applicationId as string),
      amount: entry.amount as string,
      runId: entry.runId as string,
    }));
  }
}

/** The instants year Y starts and ends in Shanghai (UTC+8), as submission times sort. */
const shanghaiYear = (fiscalYear: number) => ({
  ':from': new Date(Date.UTC(fiscalYear, 0, 1) - 8 * 3_600_000).toISOString(),
  ':to': new Date(Date.UTC(fiscalYear + 1, 0, 1) - 8 * 3_600_000).toISOString(),
});

/** The Query of one programme shard for awarded applications (those submitted in year Y only, unless the year is in the claim). */
function awardedQuery(table: string, programme: ProgrammeCode, fiscalYear: number, partition: string) {
  const { pk, sk } = indexAttributes('GSI3');
  const within = programme === LEDGER_PROGRAMME ? undefined : shanghaiYear(fiscalYear);
  return {
    TableName: table,
    IndexName: 'GSI3',
    // A sort key is `<submittedAt>#<id>`: one submitted at the year's end sorts after `:to`.
    KeyConditionExpression: `#pk = :pk${within ? ' AND #sk BETWEEN :from AND :to' : ''}`,
    FilterExpression: `#status IN (${AWARDED_STATUSES.map((_, i) => `:s${i}`).join(', ')})`,
    ExpressionAttributeNames: { '#pk': pk, '#status': 'status', ...(within ? { '#sk': sk } : {}) },
    ExpressionAttributeValues: {
      ':pk': partition,
      ...Object.fromEntries(AWARDED_STATUSES.map((status, i) => [`:s${i}`, status])),
      ...within,
    },
    Limit: EXPORT_PAGE_SIZE,
  };
}

function awardRow(item: Item, fiscalYear: number): AwardRow[] {
  const award = awardOf(item);
  if (!award || fiscalYearOf(item as Parameters<typeof fiscalYearOf>[0]) !== fiscalYear) return [];
  return [
    {
      applicationId: item.applicationId as string,
      applicantId: item.applicantId as string,
      organisation: item.organisation as AwardRow['organisation'],
      programme: item.programme as ProgrammeCode,
      fiscalYear,
      submittedAt: item.submittedAt as string,
      status: item.status as AwardRow['status'],
      awardedBy: award.source,
      amount: formatYuan(BigInt(award.fen)),
    },
  ];
}

export async function* awardPages(table: string, fiscalYear: number): AsyncGenerator<AwardRow[]> {
  for (const programme of PROGRAMMES) {
    const pages = queryPartitionPages(documentClient, programmePartitions(programme), (partition) =>
      awardedQuery(table, programme, fiscalYear, partition),
    );
    for await (const page of pages) {
      const applications = await readFromTable(table, page.Items ?? []);
      yield applications.flatMap((item) => awardRow(item, fiscalYear));
    }
  }
}
