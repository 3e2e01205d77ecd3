/**
 * What the class-data archive's dump run (./dynamodb-local.ts) sends DynamoDB Local, so that the classes
 * serving such requests go in the archive: a table with an index and a stream, the writes, reads and
 * transaction the platform sends, and a read of the stream as the local runtime reads it.
 */
import {
  CreateTableCommand,
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { dynamoDbWire } from './dynamodb-wire.js';

/** A table with an index and a stream, and the requests the platform sends to such tables, sent with `client` (on `endpoint`). */
export async function sendTypicalRequests(client: DynamoDBClient, endpoint: string): Promise<void> {
  const TableName = 'class-data';
  const S = (value: string) => ({ S: value });
  const key = (pk: string) => ({ pk: S(pk), sk: S('1') });
  const open = { ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':s': S('OPEN') } };
  const { TableDescription } = await client.send(
    new CreateTableCommand({
      TableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: ['pk', 'sk', 'status'].map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: 'byStatus',
          KeySchema: [{ AttributeName: 'status', KeyType: 'HASH' }],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
    }),
  );
  await client.send(
    new PutItemCommand({
      TableName,
      Item: { ...key('a'), status: S('OPEN') },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  await client.send(
    new UpdateItemCommand({
      TableName,
      Key: key('a'),
      UpdateExpression: 'SET n = if_not_exists(n, :zero) + :one',
      ExpressionAttributeValues: { ':zero': { N: '0' }, ':one': { N: '1' } },
    }),
  );
  await client.send(
    new TransactWriteItemsCommand({
      TransactItems: [
        { Put: { TableName, Item: { ...key('b'), status: S('OPEN') } } },
        { ConditionCheck: { TableName, Key: key('a'), ConditionExpression: '#s = :s', ...open } },
      ],
    }),
  );
  await client.send(new QueryCommand({ TableName, IndexName: 'byStatus', KeyConditionExpression: '#s = :s', ...open }));
  await client.send(new GetItemCommand({ TableName, Key: key('a'), ConsistentRead: true }));
  await client.send(new DeleteItemCommand({ TableName, Key: key('b') }));
  const StreamArn = TableDescription?.LatestStreamArn;
  if (StreamArn) await readStream(endpoint, StreamArn);
}

/** The stream's records, read as the local stream reader reads them (./stream-reader.ts). */
async function readStream(endpoint: string, StreamArn: string): Promise<void> {
  const wire = dynamoDbWire(endpoint, 'class-data');
  try {
    const { StreamDescription } = await wire.call<{ StreamDescription?: { Shards?: { ShardId: string }[] } }>(
      'DynamoDBStreams_20120810.DescribeStream',
      { StreamArn },
    );
    for (const { ShardId } of StreamDescription?.Shards ?? []) {
      const { ShardIterator } = await wire.call<{ ShardIterator: string }>(
        'DynamoDBStreams_20120810.GetShardIterator',
        {
          StreamArn,
          ShardId,
          ShardIteratorType: 'TRIM_HORIZON',
        },
      );
      await wire.call('DynamoDBStreams_20120810.GetRecords', { ShardIterator });
    }
  } finally {
    wire.destroy();
  }
}
