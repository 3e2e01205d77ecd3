/**
 * Queries of the single table read page by page (DynamoDB returns at most 1 MB per call), so
 * callers handle one page at a time and never hold a whole partition.
 */
import {
  QueryCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
  type QueryCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../clients/dynamodb.js';
import type { Item } from '../items/table.js';

export async function* queryPages(
  client: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, 'ExclusiveStartKey'>,
  { while: more = () => true }: { while?: () => boolean } = {},
): AsyncGenerator<QueryCommandOutput> {
  let startKey: QueryCommandInput['ExclusiveStartKey'];
  do {
    const page = await client.send(new QueryCommand({ ...input, ExclusiveStartKey: startKey }));
    yield page;
    startKey = page.LastEvaluatedKey;
  } while (startKey && more());
}

/** The pages of the same Query over several partitions (every shard of a write-sharded key), one partition after another. */
export async function* queryPartitionPages(
  client: DynamoDBDocumentClient,
  partitions: readonly string[],
  inputFor: (partition: string) => Omit<QueryCommandInput, 'ExclusiveStartKey'>,
  options: { while?: () => boolean } = {},
): AsyncGenerator<QueryCommandOutput> {
  for (const partition of partitions) {
    if (options.while && !options.while()) return;
    yield* queryPages(client, inputFor(partition), options);
  }
}

/** Every item of a Query of `table`, read consistently page by page (small partitions: an applicant's history, an application's documents). */
export async function queryAll(
  table: string,
  input: Omit<QueryCommandInput, 'ExclusiveStartKey' | 'TableName' | 'ConsistentRead'>,
): Promise<Item[]> {
  const items: Item[] = [];
  for await (const page of queryPages(documentClient, { TableName: table, ConsistentRead: true, ...input }))
    items.push(...(page.Items ?? []));
  return items;
}

/** The unfinished jobs of one kind in `table` (a GSI3 partition of `keys.ts`), started before `startedBefore` when given, oldest first, a page at a time. */
export async function* unfinishedJobs(
  table: string,
  partition: string,
  startedBefore?: string,
): AsyncGenerator<Item[]> {
  const pages = queryPages(documentClient, {
    TableName: table,
    IndexName: 'GSI3',
    KeyConditionExpression: startedBefore === undefined ? 'gsi3pk = :jobs' : 'gsi3pk = :jobs AND gsi3sk < :before',
    ExpressionAttributeValues: {
      ':jobs': partition,
      ...(startedBefore === undefined ? {} : { ':before': startedBefore }),
    },
  });
  for await (const page of pages) yield page.Items ?? [];
}
