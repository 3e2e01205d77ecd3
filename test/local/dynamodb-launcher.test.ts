/**
 * The DynamoDB Local launcher (infra/local/java/LoopbackDynamoDbLocal.java) changes no answer: the
 * same requests, sent to DynamoDB Local started through it and to DynamoDB Local's own main, get the
 * same answers, while tables change under them — the schema cache (SchemaCachingMapper.java) must
 * never answer with a table's former schema, nor let one table's change reach another table of the
 * same schema, nor the kept table descriptions (CachedTableInfo.java) a former description. But for one it mends: a DescribeTable while an index is created answers, where
 * DynamoDB Local's own sometimes answers InternalFailure (TableLockedDescribeTable.java). Both keep
 * their database in a directory (-dbPath, as npm start does), so the tricks for a database on disk
 * (the WAL, the held lock) are under test too, and a kill -9 of the launched one must leave every
 * acknowledged write, transactions too. And the launcher installed every one of its tricks (each says so when it
 * skips one), and refuses to start without the mend that keeps acknowledged transactions. Last, it starts on
 * the database of DynamoDB Local's own main and rebuilds its stream records' table: every record kept, in order.
 * And its write-ahead log is checkpointed while DynamoDB Local writes (CheckpointingQueue.java), which SQLite
 * itself never did: bounded by SQLite's own numbers, every write and stream record kept across a kill -9.
 * And DynamoDB Local's SQLite jobs run on the requests' own threads (CallingThreadQueue.java): the queue's thread idle.
 * And the cache of its classes (infra/local/dynamodb-local-cds.ts): its archive made once, by a JVM of its own before
 * the first start serves, and mapped by that start, which never writes it; keyed by the launcher's classes among
 * others; and a start goes on without an archive or a jar it cannot use.
 */
import {
  CreateTableCommand,
  DeleteItemCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  ScanCommand,
  TransactWriteItemsCommand,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type AttributeValue,
  type CreateTableCommandInput,
  type UpdateTableCommandInput,
  type ScalarAttributeType,
} from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record,
} from '@aws-sdk/client-dynamodb-streams';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fstatSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import {
  defaultEmulatorDir,
  defaultJava,
  DynamoDbLocalRefusedError,
  startDynamoDbLocal,
  type DynamoDbLocal,
} from '../../infra/local/dynamodb-local.js';
import { classData, classDataKey } from '../../infra/local/dynamodb-local-cds.js';

/** A stand-in for the launcher's TransactWriteItems mend that cannot be installed (./fixtures/unmendable). */
const UNMENDABLE = fileURLToPath(new URL('./fixtures/unmendable', import.meta.url));

interface Server {
  untuned: boolean;
  dbPath: string;
  local: DynamoDbLocal;
  client: DynamoDBClient;
  log: string[];
}

const servers: { launched?: Server; plain?: Server } = {};

/** DynamoDB Local on its database directory (a new one unless given): through the launcher, or its own main. */
async function start(
  untuned: boolean,
  dbPath = mkdtempSync(path.join(tmpdir(), 'dynamodb-launcher-')),
): Promise<Server> {
  const log: string[] = [];
  const local = await startDynamoDbLocal({ untuned, dbPath, log: (line) => log.push(line) });
  const client = new DynamoDBClient({
    endpoint: local.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  return { untuned, dbPath, local, client, log };
}

beforeAll(async () => {
  [servers.launched, servers.plain] = await Promise.all([start(false), start(true)]);
});

afterAll(async () => {
  for (const server of [servers.launched, servers.plain]) {
    server?.client.destroy();
    await server?.local.stop();
    if (server) rmSync(server.dbPath, { recursive: true, force: true });
  }
});

/** Drops what differs between any two servers or runs: instants, ARNs, stream labels, request ids. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value instanceof Date) return 'instant';
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !/(Arn|DateTime|Label|TableId|\$metadata|\$fault|\$response|RequestId)$/.test(key))
      .map(([key, field]) => [key, comparable(field)]),
  );
}

/** A request of any operation, sent on a client as DynamoDBClient.send sends one. */
type Request = (client: DynamoDBClient) => Promise<unknown>;

/** One request's answer on a server, as data: the response, or the error's name and message. */
async function answer(server: Server, request: Request): Promise<unknown> {
  try {
    return comparable(await request(server.client));
  } catch (error) {
    const { name, message } = error as Error;
    return { error: name, message };
  }
}

/** Sends the request to both servers and expects the same answer. */
async function same(request: Request): Promise<void> {
  expect(await answer(servers.launched!, request)).toEqual(await answer(servers.plain!, request));
}

/** The statuses of the table and of each of its indexes; DynamoDB Local's InternalFailure where the server is the reference. */
async function statuses(server: Server, TableName: string): Promise<(string | undefined)[]> {
  try {
    const { Table } = await server.client.send(new DescribeTableCommand({ TableName }));
    return [Table?.TableStatus, ...(Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexStatus)];
  } catch (error) {
    if (server === servers.plain && (error as Error).name === 'InternalFailure') return ['InternalFailure'];
    throw error;
  }
}

/**
 * Waits on both servers until the table and all its indexes are ACTIVE (DynamoDB Local backfills a new index).
 * Both are asked alike, but only the launched server must answer every DescribeTable: the reference, DynamoDB
 * Local's own main, answers InternalFailure to one sent in the instant its job starts a new index (its race,
 * which the launcher mends: the test below), and is asked again.
 */
async function settled(tableName: string): Promise<void> {
  for (const server of [servers.launched!, servers.plain!]) {
    for (let poll = 0; ; poll++) {
      const now = await statuses(server, tableName);
      if (now.every((status) => status === 'ACTIVE')) break;
      if (poll > 200) throw new Error(`${tableName} not ACTIVE: ${now.join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const S = (value: string): AttributeValue => ({ S: value });
const N = (value: number): AttributeValue => ({ N: String(value) });

function tableWithStatusIndex(TableName: string): CreateTableCommandInput {
  return {
    TableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'S' },
      { AttributeName: 'status', AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: 'byStatus',
        KeySchema: [
          { AttributeName: 'status', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['owner'] },
      },
    ],
    StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
  };
}

function ownerIndexAdded(TableName: string): UpdateTableCommandInput {
  return {
    TableName,
    AttributeDefinitions: [{ AttributeName: 'owner', AttributeType: 'S' }],
    GlobalSecondaryIndexUpdates: [
      {
        Create: {
          IndexName: 'byOwner',
          KeySchema: [{ AttributeName: 'owner', KeyType: 'HASH' }],
          Projection: { ProjectionType: 'KEYS_ONLY' },
        },
      },
    ],
  };
}

/** Creates a table keyed by `pk` alone, of the given type. */
const createKeyedByPk =
  (TableName: string, AttributeType: ScalarAttributeType): Request =>
  (client) =>
    client.send(
      new CreateTableCommand({
        TableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      }),
    );
const put =
  (TableName: string, Item: Record<string, AttributeValue>): Request =>
  (client) =>
    client.send(new PutItemCommand({ TableName, Item }));
const byIndex =
  (TableName: string, IndexName: string, name: string, value: AttributeValue): Request =>
  (client) =>
    client.send(
      new QueryCommand({
        TableName,
        IndexName,
        KeyConditionExpression: '#k = :v',
        ExpressionAttributeNames: { '#k': name },
        ExpressionAttributeValues: { ':v': value },
      }),
    );

/** The table's latest stream as DescribeStream answers it, with a client of the server's streams (the caller destroys it). */
async function describedStream(server: Server, TableName: string) {
  const { Table } = await server.client.send(new DescribeTableCommand({ TableName }));
  const streams = new DynamoDBStreamsClient({
    endpoint: server.local.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const StreamArn = Table!.LatestStreamArn!;
  const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn }));
  return { streams, StreamArn, StreamDescription };
}

/** What the table's latest stream says of itself: all but its shards' ids and sequence numbers (unique to each server). */
async function streamSummary(server: Server, TableName: string): Promise<unknown> {
  const { streams, StreamDescription } = await describedStream(server, TableName);
  streams.destroy();
  return comparable({ ...StreamDescription, Shards: StreamDescription!.Shards!.length });
}

/** The records of the table's stream after `after` (a sequence number), or from its oldest, as GetRecords answers them. */
async function shardRecords(server: Server, TableName: string, after?: string): Promise<_Record[]> {
  const { streams, StreamArn, StreamDescription } = await describedStream(server, TableName);
  const records: _Record[] = [];
  try {
    for (const { ShardId } of StreamDescription!.Shards!) {
      const { ShardIterator } = await streams.send(
        new GetShardIteratorCommand(
          after === undefined
            ? { StreamArn, ShardId, ShardIteratorType: 'TRIM_HORIZON' }
            : { StreamArn, ShardId, ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: after },
        ),
      );
      const { Records = [] } = await streams.send(new GetRecordsCommand({ ShardIterator }));
      records.push(...Records);
    }
  } finally {
    streams.destroy();
  }
  return records;
}

/**
 * Every record of the table's stream, as its consumers read it: what changed, without the record's
 * id and sequence number (unique to each server) nor instants.
 */
async function streamRecords(server: Server, TableName: string): Promise<unknown[]> {
  return (await shardRecords(server, TableName)).map(({ eventName, dynamodb }) => ({
    eventName,
    ...(comparable({ ...dynamodb, SequenceNumber: undefined }) as object),
  }));
}

/** The records of the table's stream after `after`, or from its oldest: each one's sequence number, event and key. */
async function sequencedRecords(server: Server, TableName: string, after?: string): Promise<string[]> {
  return (await shardRecords(server, TableName, after)).map(
    ({ eventName, dynamodb }) => `${dynamodb!.SequenceNumber} ${eventName} ${dynamodb!.Keys!.pk!.S}`,
  );
}

describe('DynamoDB Local through the launcher', () => {
  it('answers as DynamoDB Local itself while tables gain and lose indexes, streams, TTL, and are created again', async () => {
    const changed = 'changed';
    const twin = 'twin'; // the same schema as `changed` until it changes: one cached schema for both
    await same((client) => client.send(new CreateTableCommand(tableWithStatusIndex(changed))));
    await same((client) => client.send(new CreateTableCommand(tableWithStatusIndex(twin))));
    for (const table of [changed, twin]) {
      await same(put(table, { pk: S('a'), sk: S('1'), status: S('OPEN'), owner: S('ann') }));
      await same(put(table, { pk: S('b'), sk: S('2'), status: N(7) })); // the index key's type refused
    }
    await same(byIndex(changed, 'byStatus', 'status', S('OPEN')));

    // A new index: its key's type is checked on `changed` from now on, never on `twin`.
    await same((client) => client.send(new UpdateTableCommand(ownerIndexAdded(changed))));
    await settled(changed);
    for (const table of [changed, twin]) {
      await same(put(table, { pk: S('c'), sk: S('3'), owner: N(1) }));
      await same(put(table, { pk: S('d'), sk: S('4'), owner: S('dan') }));
      await same((client) => client.send(new DescribeTableCommand({ TableName: table })));
    }
    await same(byIndex(changed, 'byOwner', 'owner', S('dan')));
    await same(byIndex(twin, 'byOwner', 'owner', S('dan')));

    // Stream off, TTL on, the first index deleted.
    await same((client) =>
      client.send(new UpdateTableCommand({ TableName: changed, StreamSpecification: { StreamEnabled: false } })),
    );
    await settled(changed); // each server at its own pace: the next update meets an ACTIVE table on both
    await same((client) =>
      client.send(
        new UpdateTimeToLiveCommand({
          TableName: changed,
          TimeToLiveSpecification: { Enabled: true, AttributeName: 'expires' },
        }),
      ),
    );
    await same((client) => client.send(new DescribeTimeToLiveCommand({ TableName: changed })));
    await same((client) =>
      client.send(
        new UpdateTableCommand({
          TableName: changed,
          GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'byStatus' } }],
        }),
      ),
    );
    await settled(changed);
    await same(put(changed, { pk: S('e'), sk: S('5'), status: N(7), expires: N(1) }));
    await same(byIndex(changed, 'byStatus', 'status', S('OPEN')));
    for (const table of [changed, twin])
      await same((client) => client.send(new DescribeTableCommand({ TableName: table })));

    // Deleted and created again with another key: the former schema's items and key types are gone.
    await same((client) => client.send(new DeleteTableCommand({ TableName: changed })));
    await same(createKeyedByPk(changed, 'N'));
    await same(put(changed, { pk: S('a'), sk: S('1') }));
    await same(put(changed, { pk: N(1), status: N(7) }));
    await same((client) => client.send(new GetItemCommand({ TableName: changed, Key: { pk: N(1) } })));
    await same((client) => client.send(new GetItemCommand({ TableName: changed, Key: { pk: S('a'), sk: S('1') } })));
    await same((client) => client.send(new DescribeTableCommand({ TableName: changed })));
    await same((client) => client.send(new GetItemCommand({ TableName: twin, Key: { pk: S('d'), sk: S('4') } })));
    await same(byIndex(twin, 'byStatus', 'status', S('OPEN')));
    // The stream records as stored (the launcher leaves out only the JSON of a debug line not logged).
    const twinRecords = await streamRecords(servers.launched!, twin);
    expect(twinRecords.length).toBeGreaterThan(0);
    expect(twinRecords).toEqual(await streamRecords(servers.plain!, twin));
    // Each stream as DynamoDB Local describes it, the cached StreamInfo (view type, key schema) too: `twin`'s the one
    // `changed` had, then `changed`'s again with another view type and key.
    expect(await streamSummary(servers.launched!, twin)).toEqual(await streamSummary(servers.plain!, twin));
    await same((client) =>
      client.send(
        new UpdateTableCommand({
          TableName: changed,
          StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' },
        }),
      ),
    );
    await same(put(changed, { pk: N(2), status: S('OPEN') }));
    const changedStream = await streamSummary(servers.launched!, changed);
    expect(changedStream).toMatchObject({ StreamViewType: 'KEYS_ONLY', KeySchema: [{ AttributeName: 'pk' }] });
    expect(changedStream).toEqual(await streamSummary(servers.plain!, changed));
    expect(await streamRecords(servers.launched!, changed)).toEqual(await streamRecords(servers.plain!, changed));
  });

  it('answers every DescribeTable while indexes are created (DynamoDB Local itself answers some InternalFailure)', async () => {
    // DynamoDB Local's job that creates an index records it as backfilling, then adds its columns: a DescribeTable
    // in between counted the index's items in a column not there yet. Described back to back by several clients
    // while the indexes of a few tables are created, DynamoDB Local's own main failed in about 1 of 10 creations.
    const { client } = servers.launched!;
    const failures: string[] = [];
    for (let round = 0; round < 8; round++) {
      const tables = ['one', 'two', 'three', 'four', 'five'].map((name) => `creating-${round}-${name}`);
      for (const table of tables) {
        await client.send(new CreateTableCommand(tableWithStatusIndex(table)));
        await client.send(new PutItemCommand({ TableName: table, Item: { pk: S('a'), sk: S('1'), owner: S('ann') } }));
      }
      for (const table of tables) await client.send(new UpdateTableCommand(ownerIndexAdded(table)));
      const describing = tables.flatMap((table) =>
        Array.from({ length: 3 }, async () => {
          for (let active = false; !active;) {
            try {
              active = (await statuses(servers.launched!, table)).every((status) => status === 'ACTIVE');
            } catch (error) {
              failures.push(`${table}: ${(error as Error).name} ${(error as Error).message}`);
            }
          }
        }),
      );
      await Promise.all(describing);
      for (const table of tables) await client.send(new DeleteTableCommand({ TableName: table }));
    }
    expect(failures).toEqual([]);
  });

  it('installed every trick: it says nothing of one skipped', () => {
    expect(servers.launched!.log.filter((line) => line.includes('LoopbackDynamoDbLocal:'))).toEqual([]);
  });

  it('refuses to start, saying why, when it cannot make TransactWriteItems answer after its COMMIT', async () => {
    // A stand-in for the mend without the constructor the launcher calls, first on the boot class path: as the
    // mend would be in a DynamoDB Local whose TransactWriteItems is built otherwise.
    const dir = mkdtempSync(path.join(tmpdir(), 'dynamodb-launcher-unmendable-'));
    try {
      const java = path.join(dir, 'java');
      writeFileSync(java, `#!/bin/sh\nexec '${defaultJava()}' -Xbootclasspath/a:'${UNMENDABLE}' "$@"\n`, {
        mode: 0o755,
      });
      const log: string[] = [];
      const refused = startDynamoDbLocal({ java, dbPath: path.join(dir, 'db'), log: (line) => log.push(line) });
      await expect(refused).rejects.toThrow(DynamoDbLocalRefusedError);
      await expect(refused).rejects.toThrow(
        /^DynamoDB Local not started: TransactWriteItems could not be made to answer after its COMMIT \(java\.lang\.NoSuchMethodError: .*CommittedTransactWriteItems\.<init>.*\): DynamoDB Local would acknowledge transactions that a kill -9 can still lose\.$/,
      );
      expect(log.filter((line) => line.startsWith('LoopbackDynamoDbLocal:'))).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps its database in a write-ahead log, its index in memory while it holds the file (the plain one: a rollback journal)', () => {
    const files = (server: Server) =>
      readdirSync(server.dbPath).filter((name) => name.endsWith('.db-wal') || name.endsWith('.db-shm'));
    expect(files(servers.launched!)).toEqual(['shared-local-instance.db-wal']);
    expect(files(servers.plain!)).toEqual([]);
  });

  it("finds a table's latest stream and a stream's shards by index (the plain one: by walking every table's)", () => {
    // An index is schema: its CREATE statement is stored in the database file's first page or, not yet
    // checkpointed, in the write-ahead log.
    const stored = (server: Server) =>
      readdirSync(server.dbPath)
        .filter((name) => name.startsWith('shared-local-instance.db'))
        .map((name) => readFileSync(path.join(server.dbPath, name)).toString('latin1'))
        .join('');
    const indexes = [
      '"sm by table" ON sm (TableName, CreationDateTime)',
      '"ss by stream" ON ss (StreamID, CreationDateTime)',
    ];
    for (const index of indexes) {
      expect(stored(servers.launched!)).toContain(`CREATE INDEX ${index}`);
      expect(stored(servers.plain!)).not.toContain(index);
    }
  });

  it.runIf(process.platform === 'linux')(
    "runs SQLite's jobs on the requests' own threads, the queue's thread idle (the plain one: woken for every job)",
    async () => {
      // sqlite4java names its queue's thread SQLiteQueue[<database file>]; each time a job wakes it, it switches.
      const queueThreadSwitches = (server: Server) => {
        const tasks = `/proc/${server.local.pid}/task`;
        const queue = readdirSync(tasks).filter((task) =>
          readFileSync(`${tasks}/${task}/comm`, 'utf8').startsWith('SQLiteQueue'),
        );
        expect(queue).toHaveLength(1);
        return Number(
          /\nvoluntary_ctxt_switches:\s*(\d+)/.exec(readFileSync(`${tasks}/${queue[0]}/status`, 'utf8'))![1],
        );
      };
      const TableName = 'jobs';
      await same(createKeyedByPk(TableName, 'S'));
      const before = [servers.launched!, servers.plain!].map(queueThreadSwitches);
      const requests = 20;
      for (let n = 0; n < requests / 2; n++) {
        await same(put(TableName, { pk: S(`p${n}`), status: S('OPEN') }));
        await same((client) =>
          client.send(
            new TransactWriteItemsCommand({
              TransactItems: [
                { Put: { TableName, Item: { pk: S(`t${n}`) }, ConditionExpression: 'attribute_not_exists(pk)' } },
                { ConditionCheck: { TableName, Key: { pk: S(`p${n}`) }, ConditionExpression: 'attribute_exists(pk)' } },
              ],
            }),
          ),
        );
      }
      await same((client) => client.send(new ScanCommand({ TableName })));
      const [launched, plain] = [servers.launched!, servers.plain!].map(
        (server, i) => queueThreadSwitches(server) - before[i]!,
      );
      expect(plain).toBeGreaterThanOrEqual(requests);
      expect(launched).toBeLessThan(requests / 4);
    },
  );

  it('keeps every acknowledged write across a kill -9, transactions too', async () => {
    // The launcher alone is killed and started again (one JVM start): each write is checked against what was
    // written, not against DynamoDB Local's own main, whose puts answered alike in the first test. Every other
    // write is a transaction of two items, the last one too: DynamoDB Local's own TransactWriteItems answers
    // before its COMMIT has run (CommittedTransactWriteItems.java), a PutItem after.
    const killed = servers.launched!;
    const table = 'killed';
    await createKeyedByPk(table, 'S')(killed.client);
    const items = Array.from({ length: 60 }, (_, i) => ({ pk: S(`item-${i}`), n: N(i) }));
    for (let i = 0; i < items.length; i += 3) {
      const [single, ...pair] = items.slice(i, i + 3);
      await killed.client.send(new PutItemCommand({ TableName: table, Item: single }));
      await killed.client.send(
        new TransactWriteItemsCommand({ TransactItems: pair.map((Item) => ({ Put: { TableName: table, Item } })) }),
      );
    }
    process.kill(killed.local.pid, 'SIGKILL');
    await killed.local.stop();
    killed.client.destroy();
    const { client, log } = (servers.launched = await start(killed.untuned, killed.dbPath));
    // Started again on its own database (its stream records' table already keyed by sequence number): every trick in place.
    expect(log.filter((line) => line.includes('LoopbackDynamoDbLocal:'))).toEqual([]);
    expect(await client.send(new ScanCommand({ TableName: table, Select: 'COUNT' }))).toMatchObject({
      Count: items.length,
    });
    for (const Item of items)
      expect(
        (await client.send(new GetItemCommand({ TableName: table, Key: { pk: Item.pk }, ConsistentRead: true }))).Item,
      ).toEqual(Item);
  });

  it("rebuilds DynamoDB Local's own stream records' table with its records: the same, in order, new ones after them", async () => {
    // The last test: DynamoDB Local's own main (the reference, its stream records' table as DynamoDB Local creates
    // it, rowid-keyed) writes a stream, then the launcher starts on its database (one JVM start) and rebuilds it.
    const own = servers.plain!;
    const table = 'migrated';
    await own.client.send(new CreateTableCommand(tableWithStatusIndex(table)));
    for (const [pk, status] of [
      ['a', 'OPEN'],
      ['b', 'OPEN'],
      ['a', 'CLOSED'],
    ] as const)
      await own.client.send(
        new PutItemCommand({ TableName: table, Item: { pk: S(pk), sk: S('1'), status: S(status) } }),
      );
    await own.client.send(new DeleteItemCommand({ TableName: table, Key: { pk: S('b'), sk: S('1') } }));
    const before = await sequencedRecords(own, table);
    expect(before.map((record) => record.replace(/^\d+ /, ''))).toEqual([
      'INSERT a',
      'INSERT b',
      'MODIFY a',
      'REMOVE b',
    ]);
    own.client.destroy();
    await own.local.stop();
    const { client, log } = (servers.plain = await start(false, own.dbPath));
    const migrated = servers.plain;
    // Rebuilt, not skipped: a skipped or rolled-back rebuild says so.
    expect(log.filter((line) => line.includes('LoopbackDynamoDbLocal:'))).toEqual([]);
    expect(await sequencedRecords(migrated, table)).toEqual(before);
    await client.send(new PutItemCommand({ TableName: table, Item: { pk: S('c'), sk: S('1') } }));
    const after = await sequencedRecords(migrated, table);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((record) => record.replace(/^\d+ /, ''))).toEqual(['INSERT c']);
    const last = (records: string[]) => BigInt(records.at(-1)!.split(' ')[0]!);
    expect(last(after)).toBeGreaterThan(last(before));
    // Read from the last old record's number on: a range of the rebuilt key.
    expect(await sequencedRecords(migrated, table, before.at(-1)!.split(' ')[0])).toEqual(after.slice(before.length));
  });
});

/** A write-ahead log's header (SQLite's file format, big-endian): its page size and how often it was started again. */
function walHeader(dbPath: string): { bytes: number; pageSize: number; restarts: number } {
  // The header alone: the test reads it after each of its 600 writes, and the log is megabytes long.
  const file = openSync(path.join(dbPath, 'shared-local-instance.db-wal'), 'r');
  try {
    const header = Buffer.alloc(WAL_HEADER_BYTES);
    if (readSync(file, header, 0, WAL_HEADER_BYTES, 0) < WAL_HEADER_BYTES)
      throw new Error('a log shorter than its header');
    // Bytes 8-11: the page size; 12-15: the checkpoint sequence number, one more each time a checkpoint let the log start again.
    return { bytes: fstatSync(file).size, pageSize: header.readUInt32BE(8), restarts: header.readUInt32BE(12) };
  } finally {
    closeSync(file);
  }
}
const WAL_HEADER_BYTES = 32;
const WAL_FRAME_HEADER_BYTES = 24;
/** SQLite's wal_autocheckpoint (pages), which neither DynamoDB Local nor the launcher changes. */
const WAL_AUTOCHECKPOINT_PAGES = 1000;

describe("DynamoDB Local's write-ahead log through the launcher", () => {
  it('is checkpointed as SQLite would, after every wal_autocheckpoint pages, and keeps every write and stream record across kill -9', async () => {
    // PutItems alone: each commits with a statement of DynamoDB Local's still open, where SQLite skips its checkpoint
    // (CheckpointingQueue.java), so only the launcher's checkpoint bounds the log. A TransactWriteItems commits in a
    // job of its own, after which SQLite checkpoints by itself: it would hide a missing one.
    let server = await start(false);
    try {
      const table = 'logged';
      await server.client.send(new CreateTableCommand(tableWithStatusIndex(table)));
      const writes = 600; // about 11 pages each: several checkpoints' worth
      let largest = 0;
      for (let i = 0; i < writes; i++) {
        await server.client.send(
          new PutItemCommand({
            TableName: table,
            Item: { pk: S(`item-${i}`), sk: S('1'), status: S('OPEN'), body: S('x'.repeat(200)) },
          }),
        );
        largest = Math.max(largest, walHeader(server.dbPath).bytes);
      }
      const { pageSize, restarts } = walHeader(server.dbPath);
      // The log starts again only after a checkpoint copied all of it: several did.
      expect(restarts).toBeGreaterThanOrEqual(3);
      // Never more than the pages that call for a checkpoint, and as many again for the writes before it ran.
      expect(largest).toBeLessThanOrEqual(
        WAL_HEADER_BYTES + 2 * WAL_AUTOCHECKPOINT_PAGES * (WAL_FRAME_HEADER_BYTES + pageSize),
      );
      const records = await sequencedRecords(server, table);
      expect(records.map((record) => record.replace(/^\d+ /, ''))).toEqual(
        Array.from({ length: writes }, (_, i) => `INSERT item-${i}`),
      );

      process.kill(server.local.pid, 'SIGKILL');
      await server.local.stop();
      server.client.destroy();
      server = await start(false, server.dbPath);
      expect(server.log.filter((line) => line.includes('LoopbackDynamoDbLocal:'))).toEqual([]);
      expect(await server.client.send(new ScanCommand({ TableName: table, Select: 'COUNT' }))).toMatchObject({
        Count: writes,
      });
      expect(await sequencedRecords(server, table)).toEqual(records);
    } finally {
      server.client.destroy();
      await server.local.stop();
      rmSync(server.dbPath, { recursive: true, force: true });
    }
  });
});

describe("the cache of DynamoDB Local's classes", () => {
  const LAUNCHER_CLASSES = fileURLToPath(new URL('../../infra/local/java', import.meta.url));
  let dir: string;
  let java: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dynamodb-launcher-cds-'));
    // The JVM reports where it took each class from: "shared objects file (top)" is the cache's archive.
    java = path.join(dir, 'java');
    writeFileSync(java, `#!/bin/sh\nexec '${defaultJava()}' -Xlog:class+load=info "$@"\n`, { mode: 0o755 });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const cache = () => path.join(dir, 'cache');
  /**
   * Starts DynamoDB Local on the test's cache, sends it requests, calls `serving` while it serves, stops it; how many
   * classes it mapped from the archive.
   */
  async function classesFromArchive(serving?: () => void): Promise<{ mapped: number; log: string[] }> {
    const log: string[] = [];
    const local = await startDynamoDbLocal({
      java,
      classDataCache: cache(),
      log: (line) => log.push(line),
    });
    const client = new DynamoDBClient({
      endpoint: local.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    try {
      await client.send(new CreateTableCommand(tableWithStatusIndex('cached')));
      await client.send(new PutItemCommand({ TableName: 'cached', Item: { pk: S('a'), sk: S('1') } }));
      serving?.();
    } finally {
      client.destroy();
      await local.stop();
    }
    // The JVM that served the request: the last one started (after one that failed, started again).
    const restart = log.findIndex((line) => line.includes('without the class-data cache'));
    const served = log.slice(restart + 1);
    return { mapped: served.filter((line) => line.endsWith('source: shared objects file (top)')).length, log };
  }

  /** The one folder's archive, or undefined; each folder holds the two jars, the libraries' names and at most one archive. */
  function archiveOf(folder: string): string | undefined {
    const files = readdirSync(path.join(cache(), folder)).sort();
    const archives = files.filter((file) => /^classes-\d+\.jsa$/.test(file));
    expect(files.filter((file) => !archives.includes(file))).toEqual([
      'DynamoDBLocal.jar',
      'class-path',
      'launcher.jar',
    ]);
    expect(archives.length).toBeLessThanOrEqual(1);
    return archives[0] && path.join(cache(), folder, archives[0]);
  }

  it("is made before the first start serves, by a JVM of its own, and mapped by that start, which never writes it; a start that asks so (the tests' own JVMs) serves from the jars at once beside it, and its stop leaves the archive", async () => {
    // Both started at once on the empty cache, as the tests' and npm start's JVMs may be: one dump run for both.
    const asideLog: string[] = [];
    const aside = startDynamoDbLocal({
      java,
      classDataCache: cache(),
      archiveAside: true,
      log: (line) => asideLog.push(line),
    });
    let archive: string | undefined;
    let written: Stats | undefined;
    const first = classesFromArchive(() => {
      const [made, ...others] = readdirSync(cache());
      expect(others).toEqual([]);
      archive = archiveOf(made!);
      written = archive ? statSync(archive) : undefined;
    });
    await (await aside).stop();
    expect(asideLog.filter((line) => line.endsWith('source: shared objects file (top)'))).toEqual([]);
    const fromJars = asideLog.filter((line) => line.includes(' source: ') && !line.includes('shared objects file'));
    expect(fromJars.length).toBeGreaterThan(1000);
    const [folder, ...others] = readdirSync(cache());
    expect(others).toEqual([]);
    expect(archiveOf(folder!)).toBeDefined();

    expect((await first).mapped).toBeGreaterThan(1000);
    expect(written?.size).toBeGreaterThan(0);
    expect(archiveOf(folder!)).toBe(archive);
    expect(statSync(archive!)).toMatchObject({ ino: written!.ino, mtimeMs: written!.mtimeMs }); // used, not made again
  });

  it('makes a cache it cannot start with anew', async () => {
    // A damaged jar: the JVM cannot start with the cache; it starts without it, and the next start makes the cache anew.
    const [folder] = readdirSync(cache());
    writeFileSync(path.join(cache(), folder!, 'launcher.jar'), 'not a jar');
    const damaged = await classesFromArchive();
    expect(damaged.log.filter((line) => line.includes('starting again without the class-data cache'))).toHaveLength(1);
    expect(existsSync(path.join(cache(), folder!))).toBe(false);
  });

  it("has a key that changes with the launcher's classes, the runtime and the flags", () => {
    const classesDir = mkdtempSync(path.join(dir, 'classes-'));
    const classFiles = readdirSync(LAUNCHER_CLASSES).filter((name) => name.endsWith('.class'));
    for (const name of classFiles) copyFileSync(path.join(LAUNCHER_CLASSES, name), path.join(classesDir, name));
    const inputs = {
      jar: path.join(defaultEmulatorDir(), 'DynamoDBLocal.jar'),
      classesDir,
      classFiles,
      libraries: [],
      runtime: 'openjdk version "17"',
      vmFlags: ['-Xmx512m'],
    };
    const key = classDataKey(inputs);
    expect(classDataKey(inputs)).toBe(key);
    const changed = path.join(classesDir, classFiles[0]!);
    const bytes = readFileSync(changed);
    writeFileSync(changed, Buffer.concat([bytes.subarray(0, -1), Buffer.from([bytes.at(-1)! ^ 1])]));
    expect(classDataKey(inputs)).not.toBe(key);
    writeFileSync(changed, bytes);
    expect(classDataKey(inputs)).toBe(key);
    expect(classDataKey({ ...inputs, runtime: 'openjdk version "21"' })).not.toBe(key);
    expect(classDataKey({ ...inputs, vmFlags: ['-Xmx2g'] })).not.toBe(key);
  });

  /** The cache of this describe's module-level cases (no JVM), made once: its jars are the costly part. */
  const moduleInputs = (log?: (line: string) => void) => ({
    cacheDir: path.join(dir, 'module'),
    jar: path.join(defaultEmulatorDir(), 'DynamoDBLocal.jar'),
    classesDir: LAUNCHER_CLASSES,
    java: defaultJava(),
    runtime: 'openjdk version "17"',
    vmFlags: [],
    log,
  });

  it("names DynamoDB Local's libraries as its manifest does, but the directory and the missing file class-data sharing refuses", () => {
    const { cacheDir } = moduleInputs();
    const made = classData(moduleInputs());
    const [copy, ...rest] = made!.classPath;
    expect(path.dirname(path.dirname(copy!))).toBe(cacheDir);
    const manifestEntries = readFileSync(path.join(path.dirname(copy!), 'class-path'), 'utf8').split('\n');
    expect(manifestEntries.slice(0, 2)).toEqual(['.', 'log4j2.xml']);
    const libraries = rest.slice(0, -1);
    expect(libraries).toEqual(
      manifestEntries.filter((entry) => entry.endsWith('.jar')).map((entry) => path.join(defaultEmulatorDir(), entry)),
    );
    expect(libraries.length).toBeGreaterThan(50);
  });

  it('refuses an archive cut short: removed, so that the start makes it anew', () => {
    const log: string[] = [];
    const { folder } = classData(moduleInputs())!;
    // The JVM would map an archive cut short and die of a bus error on reaching its end. Its name holds its size.
    const archive = path.join(folder, 'classes-4096.jsa');
    writeFileSync(archive, Buffer.alloc(2048));
    const cut = classData(moduleInputs((line) => log.push(line)))!;
    expect(log.filter((line) => line.includes('cut short'))).toHaveLength(1);
    expect(existsSync(archive)).toBe(false);
    expect(cut.vmOptions).toEqual([]);
    expect(cut.dump?.vmOptions[0]).toMatch(/^-XX:ArchiveClassesAtExit=/);
    // Whole, it is mapped.
    writeFileSync(archive, Buffer.alloc(4096));
    expect(classData(moduleInputs())).toMatchObject({ vmOptions: [`-XX:SharedArchiveFile=${archive}`] });
    expect(classData(moduleInputs())?.dump).toBeUndefined();
  });
});
