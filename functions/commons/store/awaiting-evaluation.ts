/** What the sweeper and a restarted local system re-queue: applications still awaiting evaluation (GSI2). */
import { documentClient } from '../clients/dynamodb.js';
import { NEEDS_ATTENTION } from './items/application-item.js';
import { statusPartitions } from './items/keys.js';
import { queryPartitionPages } from './query/query.js';
import type { Item } from './items/table.js';

/**
 * SUBMITTED applications of `table` not needing attention (submitted before `before`, when given), a page at
 * a time: every shard, each oldest first.
 */
export async function* awaitingEvaluation(
  table: string,
  { before, pageSize, while: more }: { before?: string; pageSize?: number; while?: () => boolean } = {},
): AsyncGenerator<Item[]> {
  const pages = queryPartitionPages(
    documentClient,
    statusPartitions('SUBMITTED'),
    (partition) => ({
      TableName: table,
      IndexName: 'GSI2',
      KeyConditionExpression: before === undefined ? 'gsi2pk = :pk' : 'gsi2pk = :pk AND gsi2sk < :before',
      FilterExpression: 'attribute_not_exists(#attention)',
      ExpressionAttributeNames: { '#attention': NEEDS_ATTENTION },
      ExpressionAttributeValues: { ':pk': partition, ...(before === undefined ? {} : { ':before': before }) },
      ...(pageSize === undefined ? {} : { Limit: pageSize }),
    }),
    more ? { while: more } : {},
  );
  for await (const page of pages) yield page.Items ?? [];
}
