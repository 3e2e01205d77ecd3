/** A consistent read of one item (GetItem). */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../clients/dynamodb.js';
import { tableName, type Item, type Key } from '../items/table.js';

/** One item as stored now (strongly consistent: callers read right after writing), or undefined. */
export async function getItem(key: Key): Promise<Item | undefined> {
  return (await documentClient.send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }))).Item;
}
