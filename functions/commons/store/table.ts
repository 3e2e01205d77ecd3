/**
 * The single table: its name, a consistent read of one item, and Queries read page by page
 * (DynamoDB returns at most 1 MB per call), so callers handle one page at a time and never hold
 * a whole partition. The name is read when first needed, so pure code imports this module freely.
 */
import { GetCommand, QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { ENV } from '../../../shared/contract/resources.js';
import { documentClient } from '../clients/dynamodb.js';
import { env } from '../runtime/env.js';

export type Item = Record<string, unknown>;
export type Key = Record<string, string>;

export const tableName = (): string => env(ENV.tableName);

/** One item as stored now (strongly consistent: callers read right after writing), or undefined. */
export async function getItem(key: Key): Promise<Item | undefined> {
  return (await documentClient.send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }))).Item;
}

/** `SET #f0 = :f0, …` for these attributes, with the names and values it binds. */
export function setFields(fields: Record<string, unknown>) {
  const entries = Object.entries(fields);
  return {
    assignments: entries.map((_, i) => `#f${i} = :f${i}`),
    names: Object.fromEntries(entries.map(([name], i) => [`#f${i}`, name])) as Record<string, string>,
    values: Object.fromEntries(entries.map(([, value], i) => [`:f${i}`, value])) as Record<string, unknown>,
  };
}

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

/** Every item of a Query, read consistently page by page (small partitions: an applicant's history, an application's documents). */
export async function queryAll(input: Omit<QueryCommandInput, 'ExclusiveStartKey' | 'TableName' | 'ConsistentRead'>): Promise<Item[]> {
  const items: Item[] = [];
  for await (const page of queryPages(documentClient, { TableName: tableName(), ConsistentRead: true, ...input })) items.push(...(page.Items ?? []));
  return items;
}
