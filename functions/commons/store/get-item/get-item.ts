/** A consistent read of one item (GetItem). */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../clients/dynamodb.js';
import type { Item, Key } from '../items/table.js';

/** One item of `table` as stored now (strongly consistent: callers read right after writing), or undefined. */
export async function getItem(table: string, key: Key): Promise<Item | undefined> {
  return (await documentClient.send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true }))).Item;
}
