/**
 * Reading the statistics' aggregates (SPEC §12): the counter shards of the statistics table,
 * one Query per shard in parallel, summed by fiscal year and programme. A few reads whatever the
 * number of applications: the counters grow with years × programmes, not with records.
 */
import { addInto, cellKey, COUNTERS, type Contribution, type Counters } from '../../../shared/domain/statistics.js';
import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../clients/dynamodb.js';
import { statisticsShardPartitions } from '../store/items/keys.js';

export interface StatisticsFilter {
  fiscalYear?: number | undefined;
  programme?: string | undefined;
}

/** The key condition and filter of one shard's Query for the filter. */
function shardQuery(statisticsTable: string, partition: string, { fiscalYear, programme }: StatisticsFilter) {
  const values: Record<string, unknown> = { ':pk': partition };
  let keyCondition = 'pk = :pk';
  if (fiscalYear !== undefined && programme !== undefined) {
    keyCondition += ' AND sk = :sk';
    values[':sk'] = cellKey({ fiscalYear, programme });
  } else if (fiscalYear !== undefined) {
    keyCondition += ' AND begins_with(sk, :year)';
    values[':year'] = `${fiscalYear}#`;
  }
  const byProgramme = fiscalYear === undefined && programme !== undefined;
  if (byProgramme) values[':programme'] = programme;
  return {
    TableName: statisticsTable,
    ConsistentRead: true,
    KeyConditionExpression: keyCondition,
    ...(byProgramme
      ? { FilterExpression: '#programme = :programme', ExpressionAttributeNames: { '#programme': 'programme' } }
      : {}),
    ExpressionAttributeValues: values,
  };
}

/** The aggregates of the filter's cells in `statisticsTable`, summed over the shards, by cell key. */
export async function readAggregates(
  statisticsTable: string,
  filter: StatisticsFilter = {},
): Promise<Map<string, Contribution>> {
  const sums = new Map<string, Contribution>();
  await Promise.all(
    statisticsShardPartitions().map(async (partition) => {
      // Not ../store/query/query.ts: its module reads the main table too, which would widen the reconciliation's grants.
      let startKey: QueryCommandInput['ExclusiveStartKey'];
      do {
        const page = await documentClient.send(
          new QueryCommand({ ...shardQuery(statisticsTable, partition, filter), ExclusiveStartKey: startKey }),
        );
        for (const item of page.Items ?? []) {
          const counters: Counters = Object.fromEntries(
            COUNTERS.filter((counter) => typeof item[counter] === 'number').map((counter) => [
              counter,
              item[counter] as number,
            ]),
          );
          addInto(sums, {
            cell: { fiscalYear: item.fiscalYear as number, programme: item.programme as string },
            counters,
          });
        }
        startKey = page.LastEvaluatedKey;
      } while (startKey);
    }),
  );
  return sums;
}
