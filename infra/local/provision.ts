/**
 * Creates the local tables and queues from the same plain-data definitions the CDK stack uses
 * (shared/contract/resources.ts), so the local twin cannot drift. Idempotent: what exists is kept
 * (a persisted table gets the GSIs it lacks; queue attributes are converged).
 *
 * Local names: table `<prefix><TableId>`, queue `<prefix><QueueId>`, DLQ `<prefix><QueueId>-dlq`,
 * event bus `<prefix>SubsidyEventBus`. The prefix isolates test files from each other.
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type AttributeDefinition,
  type DynamoDBClient,
  type GlobalSecondaryIndex,
  type KeySchemaElement,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  QueueNameExists,
  SetQueueAttributesCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { BucketAlreadyOwnedByYou, CreateBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import {
  BUCKETS,
  FUNCTION_NAMES,
  QUEUES,
  TABLES,
  UNPUBLISHED_EVENTS,
  type BucketDefinition,
  type QueueDefinition,
  type TableDefinition,
} from '../../shared/contract/resources.js';
import {
  environmentOf,
  type BucketId,
  type QueueId,
  type ResourceLocator,
} from '../../shared/contract/function-access.js';

export interface LocalQueue {
  name: string;
  url: string;
  arn: string;
  dlqName: string;
  dlqUrl: string;
  dlqArn: string;
}

/** Table names by definition id (SubsidyTable, IdempotencyTable). */
export type LocalTables = Record<string, string>;
/** Queues by definition id (EvaluationQueue, PayoutQueue). */
export type LocalQueues = Record<string, LocalQueue>;
/** Bucket names by definition id (DocumentBucket). */
export type LocalBuckets = Record<string, string>;

export interface LocalResources {
  prefix: string;
  tables: LocalTables;
  queues: LocalQueues;
  buckets: LocalBuckets;
  eventBusName: string;
  /** The outbox relay's failure store (UNPUBLISHED_EVENTS). */
  unpublishedEventsQueueUrl: string;
}

const PREFIX_PATTERN = /^[A-Za-z0-9_-]*$/;

function checkPrefix(prefix: string): void {
  if (!PREFIX_PATTERN.test(prefix) || prefix.length > 40) {
    throw new Error(
      `resource prefix '${prefix}' must be at most 40 characters of A-Z a-z 0-9 _ - (it prefixes table and queue names)`,
    );
  }
}

export const tableName = (definition: TableDefinition, prefix = '') => `${prefix}${definition.id}`;
export const queueName = (definition: QueueDefinition, prefix = '') => `${prefix}${definition.id}`;
export const dlqName = (definition: QueueDefinition, prefix = '') => `${prefix}${definition.id}-dlq`;
export const eventBusName = (prefix = '') => `${prefix}SubsidyEventBus`;
/** S3 names are lower case (the local server takes `bucket` in the path, as AWS does with forcePathStyle). */
export const bucketName = (definition: BucketDefinition, prefix = '') =>
  `${prefix}${definition.id}`.toLowerCase().replace(/_/g, '-');

// ---------------------------------------------------------------------------------------------
// DynamoDB

function keySchema(partitionKey: string, sortKey?: string): KeySchemaElement[] {
  return sortKey
    ? [
        { AttributeName: partitionKey, KeyType: 'HASH' },
        { AttributeName: sortKey, KeyType: 'RANGE' },
      ]
    : [{ AttributeName: partitionKey, KeyType: 'HASH' }];
}

/** Every key attribute of the table and its indexes; all keys in this design are strings. */
function attributeDefinitions(definition: TableDefinition): AttributeDefinition[] {
  const names = new Set<string>([definition.partitionKey]);
  if (definition.sortKey) names.add(definition.sortKey);
  for (const index of definition.indexes) {
    names.add(index.partitionKey);
    names.add(index.sortKey);
  }
  return [...names].map((AttributeName) => ({ AttributeName, AttributeType: 'S' }));
}

function globalSecondaryIndex(index: TableDefinition['indexes'][number]): GlobalSecondaryIndex {
  const projection: GlobalSecondaryIndex['Projection'] =
    index.projected.length === 0
      ? { ProjectionType: 'KEYS_ONLY' }
      : { ProjectionType: 'INCLUDE', NonKeyAttributes: [...index.projected] };
  return { IndexName: index.name, KeySchema: keySchema(index.partitionKey, index.sortKey), Projection: projection };
}

async function describeTable(client: DynamoDBClient, name: string): Promise<TableDescription | undefined> {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: name }))).Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

async function waitActive(client: DynamoDBClient, name: string): Promise<TableDescription> {
  for (let i = 0; ; i++) {
    const table = await describeTable(client, name);
    const indexesActive = (table?.GlobalSecondaryIndexes ?? []).every((g) => g.IndexStatus === 'ACTIVE');
    if (table?.TableStatus === 'ACTIVE' && indexesActive) return table;
    if (i > 600) throw new Error(`table ${name} did not become ACTIVE`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Creates the table; undefined when it exists already (or is being created by another caller). */
async function createTable(
  client: DynamoDBClient,
  name: string,
  definition: TableDefinition,
): Promise<TableDescription | undefined> {
  try {
    const created = await client.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: attributeDefinitions(definition),
        KeySchema: keySchema(definition.partitionKey, definition.sortKey),
        ...(definition.indexes.length > 0
          ? { GlobalSecondaryIndexes: definition.indexes.map(globalSecondaryIndex) }
          : {}),
        ...(definition.stream
          ? { StreamSpecification: { StreamEnabled: true, StreamViewType: definition.stream } }
          : {}),
      }),
    );
    return created.TableDescription ?? {};
  } catch (error) {
    if (error instanceof ResourceInUseException) return undefined;
    throw error;
  }
}

/** Checks an existing table against its definition and adds what it lacks (indexes, its stream). */
async function completeTable(client: DynamoDBClient, name: string, definition: TableDefinition): Promise<void> {
  const table = await waitActive(client, name);
  const expected = keySchema(definition.partitionKey, definition.sortKey);
  const actual = table.KeySchema ?? [];
  if (
    JSON.stringify(actual.map((k) => [k.AttributeName, k.KeyType])) !==
    JSON.stringify(expected.map((k) => [k.AttributeName, k.KeyType]))
  ) {
    throw new Error(
      `local table ${name} has a different key schema than shared/contract/resources.ts defines: start with fresh local data (npm start -- --fresh)`,
    );
  }
  const present = new Set((table.GlobalSecondaryIndexes ?? []).map((g) => g.IndexName));
  // Keys written before index sharding and projections (issue 11) would not be found: start fresh.
  const projectionOf = (projection: GlobalSecondaryIndex['Projection']) =>
    JSON.stringify([projection?.ProjectionType, [...(projection?.NonKeyAttributes ?? [])].sort()]);
  const stale = (table.GlobalSecondaryIndexes ?? []).find((existing) => {
    const index = definition.indexes.find((i) => i.name === existing.IndexName);
    return index && projectionOf(existing.Projection) !== projectionOf(globalSecondaryIndex(index).Projection);
  });
  if (stale) {
    throw new Error(
      `local table ${name}: index ${stale.IndexName} differs from shared/contract/resources.ts: start with fresh local data (npm start -- --fresh)`,
    );
  }
  for (const index of definition.indexes.filter((i) => !present.has(i.name))) {
    // One index per UpdateTable call, as on AWS.
    await client.send(
      new UpdateTableCommand({
        TableName: name,
        AttributeDefinitions: attributeDefinitions(definition),
        GlobalSecondaryIndexUpdates: [{ Create: globalSecondaryIndex(index) }],
      }),
    );
    await waitActive(client, name);
  }
  if (definition.stream && table.StreamSpecification?.StreamViewType !== definition.stream) {
    await client.send(
      new UpdateTableCommand({
        TableName: name,
        StreamSpecification: { StreamEnabled: true, StreamViewType: definition.stream },
      }),
    );
  }
  await waitActive(client, name);
}

const isActive = (table: TableDescription) =>
  table.TableStatus === 'ACTIVE' && (table.GlobalSecondaryIndexes ?? []).every((g) => g.IndexStatus === 'ACTIVE');

/**
 * Creates (or completes) one table from its definition; returns its name. Created first and described only
 * when it exists already: a fresh name (each test file's, each model lane's) costs no failed DescribeTable.
 */
/**
 * How local tables are made. `timeToLive: false` leaves the tables' expiry attributes unenforced, for callers whose
 * clock is not the wall clock (the model test's lanes): DynamoDB Local deletes an expired item by the wall clock,
 * so a record written at a clock's past instant would vanish under the code that still reads it as alive.
 */
export interface TableOptions {
  timeToLive?: boolean;
}

export async function ensureTable(
  client: DynamoDBClient,
  definition: TableDefinition,
  prefix = '',
  options: TableOptions = {},
): Promise<string> {
  checkPrefix(prefix);
  const name = tableName(definition, prefix);
  const created = await createTable(client, name, definition);
  if (!created) await completeTable(client, name, definition);
  else if (!isActive(created)) await waitActive(client, name);

  if (definition.timeToLiveAttribute && options.timeToLive !== false) {
    // A table just created has no time to live yet.
    const current = created
      ? undefined
      : (await client.send(new DescribeTimeToLiveCommand({ TableName: name }))).TimeToLiveDescription;
    if (current?.TimeToLiveStatus !== 'ENABLED' || current.AttributeName !== definition.timeToLiveAttribute) {
      await client.send(
        new UpdateTimeToLiveCommand({
          TableName: name,
          TimeToLiveSpecification: { AttributeName: definition.timeToLiveAttribute, Enabled: true },
        }),
      );
    }
  }
  return name;
}

/** Creates every table of shared/contract/resources.ts; returns { SubsidyTable: name, IdempotencyTable: name }. */
export async function createTables(
  client: DynamoDBClient,
  prefix = '',
  options: TableOptions = {},
): Promise<LocalTables> {
  const names = await Promise.all(TABLES.map((definition) => ensureTable(client, definition, prefix, options)));
  return Object.fromEntries(TABLES.map((definition, i) => [definition.id, names[i] as string]));
}

// ---------------------------------------------------------------------------------------------
// SQS

async function ensureQueue(
  client: SQSClient,
  name: string,
  attributes: Record<string, string>,
): Promise<{ url: string; arn: string }> {
  // Created first: CreateQueue answers an existing queue's URL when its attributes are these, and refuses
  // (QueueNameExists) when they differ, which are then converged; a fresh name costs no failed GetQueueUrl.
  let url: string | undefined;
  try {
    url = (await client.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }))).QueueUrl;
  } catch (error) {
    if (!(error instanceof QueueNameExists) && (error as { name?: string }).name !== 'QueueAlreadyExists') throw error;
    url = (await client.send(new GetQueueUrlCommand({ QueueName: name }))).QueueUrl;
    if (url) await client.send(new SetQueueAttributesCommand({ QueueUrl: url, Attributes: attributes }));
  }
  if (!url) throw new Error(`no URL for queue ${name}`);
  const arn = (await client.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] })))
    .Attributes?.QueueArn;
  if (!arn) throw new Error(`no ARN for queue ${name}`);
  return { url, arn };
}

/** Creates one queue and its DLQ (redrive at maxReceiveCount) from its definition. */
export async function ensureQueueWithDlq(
  client: SQSClient,
  definition: QueueDefinition,
  prefix = '',
): Promise<LocalQueue> {
  checkPrefix(prefix);
  const dlq = await ensureQueue(client, dlqName(definition, prefix), {
    MessageRetentionPeriod: String(definition.deadLetterRetentionDays * 24 * 60 * 60),
  });
  const main = await ensureQueue(client, queueName(definition, prefix), {
    VisibilityTimeout: String(definition.visibilityTimeoutSeconds),
    RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: definition.maxReceiveCount }),
  });
  return {
    name: queueName(definition, prefix),
    url: main.url,
    arn: main.arn,
    dlqName: dlqName(definition, prefix),
    dlqUrl: dlq.url,
    dlqArn: dlq.arn,
  };
}

/** The outbox relay's failure store: a plain queue that keeps what it holds as long as on AWS. */
export async function ensureUnpublishedEventsQueue(client: SQSClient, prefix = ''): Promise<string> {
  checkPrefix(prefix);
  const { url } = await ensureQueue(client, `${prefix}${UNPUBLISHED_EVENTS.id}`, {
    MessageRetentionPeriod: String(UNPUBLISHED_EVENTS.retentionDays * 24 * 60 * 60),
    VisibilityTimeout: String(UNPUBLISHED_EVENTS.visibilityTimeoutSeconds),
  });
  return url;
}

/** Creates every queue of shared/contract/resources.ts with its DLQ; returns them by definition id. */
export async function createQueues(client: SQSClient, prefix = ''): Promise<LocalQueues> {
  const queues = await Promise.all(QUEUES.map((definition) => ensureQueueWithDlq(client, definition, prefix)));
  return Object.fromEntries(QUEUES.map((definition, i) => [definition.id, queues[i] as LocalQueue]));
}

// ---------------------------------------------------------------------------------------------
// S3

/** The names of the buckets of shared/contract/resources.ts for a prefix (created by createBuckets once a local S3 server runs). */
export const bucketNames = (prefix = ''): LocalBuckets =>
  Object.fromEntries(BUCKETS.map((definition) => [definition.id, bucketName(definition, prefix)]));

/** Creates every bucket of shared/contract/resources.ts (what exists is kept). */
export async function createBuckets(client: S3Client, prefix = ''): Promise<LocalBuckets> {
  checkPrefix(prefix);
  const names = bucketNames(prefix);
  for (const name of Object.values(names)) {
    try {
      await client.send(new CreateBucketCommand({ Bucket: name }));
    } catch (error) {
      if (!(error instanceof BucketAlreadyOwnedByYou) && (error as { name?: string }).name !== 'BucketAlreadyExists')
        throw error;
    }
  }
  return names;
}

// ---------------------------------------------------------------------------------------------

/**
 * Tables and queues (and the local event bus name) for one prefix; the buckets too when a local
 * S3 server is given (without one their names are still known, for the functions' environment).
 */
export async function createResources(
  clients: { dynamodb: DynamoDBClient; sqs: SQSClient; s3?: S3Client },
  prefix = '',
  options: TableOptions = {},
): Promise<LocalResources> {
  const [tables, queues, buckets, unpublishedEventsQueueUrl] = await Promise.all([
    createTables(clients.dynamodb, prefix, options),
    createQueues(clients.sqs, prefix),
    clients.s3 ? createBuckets(clients.s3, prefix) : bucketNames(prefix),
    ensureUnpublishedEventsQueue(clients.sqs, prefix),
  ]);
  return { prefix, tables, queues, buckets, eventBusName: eventBusName(prefix), unpublishedEventsQueueUrl };
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`local resources lack ${what}`);
  return value;
}

/**
 * The functions' environment for these resources: what each function's bindings in
 * shared/contract/function-access.ts set, as on AWS. The local functions share one process, so it is
 * the union of them all.
 */
export function functionEnvironment(resources: LocalResources): Record<string, string> {
  const queue = (id: QueueId) => required(resources.queues[id], id);
  const locator: ResourceLocator = {
    tableName: (id) => required(resources.tables[id], id),
    queueUrl: (id) => queue(id).url,
    deadLetterQueueUrl: (id) => queue(id).dlqUrl,
    eventBusName: resources.eventBusName,
    bucketName: (id: BucketId) => required(resources.buckets[id], id),
    unpublishedEventsQueueUrl: resources.unpublishedEventsQueueUrl,
  };
  return {
    ...Object.assign({}, ...FUNCTION_NAMES.map((name) => environmentOf(name, locator))),
    // No CloudWatch here to read embedded metrics: keep them out of the console.
    POWERTOOLS_METRICS_DISABLED: 'true',
  };
}

export interface LocalEndpoints {
  dynamodb: string;
  sqs: string;
  eventbridge: string;
  /** The local S3 server, where one runs. */
  s3?: string;
}

export const LOCAL_REGION = 'us-east-1';

/** Region, dummy credentials and the AWS_ENDPOINT_URL_<SERVICE> variables for the SDK. */
export function awsEnvironment(endpoints: LocalEndpoints, region: string = LOCAL_REGION): Record<string, string> {
  return {
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    AWS_ENDPOINT_URL_SQS: endpoints.sqs,
    AWS_ENDPOINT_URL_EVENTBRIDGE: endpoints.eventbridge,
    ...(endpoints.s3 ? { AWS_ENDPOINT_URL_S3: endpoints.s3 } : {}),
  };
}
