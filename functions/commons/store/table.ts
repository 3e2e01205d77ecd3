/**
 * The single table: its name, a consistent read of one item, and the SET clause of an update.
 * The name is read when first needed, so pure code imports this module freely. Queries are in
 * ./query.ts: a function's grants follow the commands its modules send (test/infra/function-access.test.ts).
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
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
