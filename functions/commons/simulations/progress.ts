/**
 * A simulation's progress (read by the completion check, GET /v1/admin/simulations/{id} and the
 * sweeper): the sum of its counter shards. `pages` (pages recorded, with or without a decided
 * record) is the sweeper's alone; the API shows cases, partsDone and parts. And the pages it
 * recorded, which the completion merges and a resume continues from.
 */
import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../clients/dynamodb.js';
import { counterShards } from '../store/counters.js';
import { SIMULATION_PAGE_PREFIX, simulationPartition } from '../store/items/keys.js';
import { queryPages } from '../store/query/query.js';

const count = (value: unknown): number => (typeof value === 'number' ? value : 0);

export async function readProgress(table: string, simulationId: string, parts: number) {
  const progress = { pages: 0, cases: 0, partsDone: 0, parts };
  for (const shard of await counterShards(table, simulationPartition(simulationId))) {
    progress.pages += count(shard.pages);
    progress.cases += count(shard.cases);
    progress.partsDone += count(shard.partsDone);
  }
  return progress;
}

/** The simulation's recorded pages, read consistently a Query page at a time, in sort-key order (`PAGE#<programme>#<shard>#<page>`, zero-padded). */
export const recordedPages = (
  table: string,
  simulationId: string,
  projection: Pick<QueryCommandInput, 'ProjectionExpression' | 'ExpressionAttributeNames'> = {},
) =>
  queryPages(documentClient, {
    TableName: table,
    ConsistentRead: true,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': simulationPartition(simulationId), ':prefix': SIMULATION_PAGE_PREFIX },
    ...projection,
  });
