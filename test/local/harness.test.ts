/**
 * Proves the integration harness with the real AWS SDK clients, configured only through the
 * environment the harness sets (as the Lambda handlers will be): DynamoDB Local transactions and
 * GSIs, SQS redrive to the DLQ, and PutEvents into the local EventBridge endpoint.
 */
import {
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import {
  ChangeMessageVisibilityCommand,
  CreateQueueCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  SQSClient,
  SendMessageCommand,
  type Message,
} from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEventBridgeLocal } from '../../infra/local/eventbridge-local.js';
import { createResources, dlqName, ensureTable, queueName } from '../../infra/local/provision.js';
import { receiveMessages } from '../../infra/local/queue-poller.js';
import { StreamReader } from '../../infra/local/stream-reader.js';
import { wireRequests } from '../../infra/local/dynamodb-wire.js';
import { ENV, EVALUATION_QUEUE, EVENT_SOURCE, IDEMPOTENCY_TABLE, MAIN_TABLE } from '../../shared/contract/resources.js';
import {
  createIsolatedResources,
  localAws,
  makeClients,
  publishedEvents,
  uniquePrefix,
} from '../support/emulators/env.js';
import { listeningAddresses, LOOPBACK } from '../support/listening.js';

// Exactly how a handler creates its clients: no endpoint, region or credentials in code.
const dynamodb = new DynamoDBClient({});
const doc = DynamoDBDocumentClient.from(dynamodb);
const sqs = new SQSClient({});
const eventbridge = new EventBridgeClient({});

const tableName = process.env[ENV.tableName]!;
const queueUrl = process.env[ENV.evaluationQueueUrl]!;
const busName = process.env[ENV.eventBusName]!;

afterAll(() => {
  dynamodb.destroy();
  sqs.destroy();
  eventbridge.destroy();
});

describe('environment', () => {
  it('sets region, dummy credentials, endpoints and this file’s own resources', () => {
    const local = localAws();
    expect(process.env.AWS_REGION).toBe(local.region);
    expect(process.env.AWS_ACCESS_KEY_ID).toBeTruthy();
    expect(process.env.AWS_ENDPOINT_URL_DYNAMODB).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(process.env.AWS_ENDPOINT_URL_SQS).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(process.env.AWS_ENDPOINT_URL_EVENTBRIDGE).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(local.resources.prefix).toMatch(/^harness-/);
    expect(tableName).toBe(`${local.resources.prefix}${MAIN_TABLE.id}`);
    expect(process.env[ENV.idempotencyTableName]).toBe(`${local.resources.prefix}${IDEMPOTENCY_TABLE.id}`);
    expect(queueUrl).toContain(`${local.resources.prefix}${EVALUATION_QUEUE.id}`);
    expect(process.env[ENV.payoutQueueUrl]).toBeTruthy();
    expect(busName).toBe(local.resources.eventBusName);
  });

  it('every emulator, DynamoDB Local included, listens on 127.0.0.1 only', () => {
    for (const [name, endpoint] of Object.entries(localAws().endpoints)) {
      const addresses = listeningAddresses(Number(new URL(endpoint).port));
      expect(addresses.length, name).toBeGreaterThan(0);
      expect(
        addresses.filter((address) => !LOOPBACK.includes(address)),
        name,
      ).toEqual([]);
    }
  });

  it('creates the tables as shared/contract/resources.ts defines them', async () => {
    const { Table } = await dynamodb.send(new DescribeTableCommand({ TableName: tableName }));
    expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    expect(Table?.GlobalSecondaryIndexes?.map((g) => g.IndexName).sort()).toEqual(
      MAIN_TABLE.indexes.map((i) => i.name).sort(),
    );
    const projections = Object.fromEntries(
      (Table?.GlobalSecondaryIndexes ?? []).map((g) => [
        g.IndexName,
        [g.Projection?.ProjectionType, [...(g.Projection?.NonKeyAttributes ?? [])].sort()],
      ]),
    );
    expect(projections).toEqual(
      Object.fromEntries(MAIN_TABLE.indexes.map((i) => [i.name, ['INCLUDE', [...i.projected].sort()]])),
    );
    const ttl = await dynamodb.send(
      new DescribeTimeToLiveCommand({ TableName: process.env[ENV.idempotencyTableName]! }),
    );
    expect(ttl.TimeToLiveDescription).toMatchObject({
      TimeToLiveStatus: 'ENABLED',
      AttributeName: IDEMPOTENCY_TABLE.timeToLiveAttribute,
    });
  });

  it('creates resources idempotently (a second run keeps what exists)', async () => {
    const clients = makeClients();
    const prefix = uniquePrefix('idem');
    const first = await createResources(clients, prefix);
    const second = await createResources(clients, prefix);
    expect(second).toEqual(first);
    clients.dynamodb.destroy();
    clients.sqs.destroy();
    clients.eventbridge.destroy();
  });

  it('converges what exists to the definitions: a queue’s attributes, a table’s time to live', async () => {
    const clients = makeClients();
    const prefix = uniquePrefix('converge');
    const { url: dlqUrl } = await createQueue(clients.sqs, dlqName(EVALUATION_QUEUE, prefix));
    await createQueue(clients.sqs, queueName(EVALUATION_QUEUE, prefix), { VisibilityTimeout: '1' });
    const bare = await ensureTable(clients.dynamodb, IDEMPOTENCY_TABLE, prefix, { timeToLive: false });
    const before = await clients.dynamodb.send(new DescribeTimeToLiveCommand({ TableName: bare }));
    expect(before.TimeToLiveDescription?.TimeToLiveStatus).not.toBe('ENABLED');

    const resources = await createResources(clients, prefix);

    const queue = resources.queues[EVALUATION_QUEUE.id]!;
    expect(queue.dlqUrl).toBe(dlqUrl);
    const { Attributes } = await clients.sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: queue.url, AttributeNames: ['All'] }),
    );
    expect(Attributes).toMatchObject({
      VisibilityTimeout: String(EVALUATION_QUEUE.visibilityTimeoutSeconds),
      RedrivePolicy: JSON.stringify({
        deadLetterTargetArn: queue.dlqArn,
        maxReceiveCount: EVALUATION_QUEUE.maxReceiveCount,
      }),
    });
    const ttl = await clients.dynamodb.send(
      new DescribeTimeToLiveCommand({ TableName: resources.tables[IDEMPOTENCY_TABLE.id] }),
    );
    expect(ttl.TimeToLiveDescription).toMatchObject({
      TimeToLiveStatus: 'ENABLED',
      AttributeName: IDEMPOTENCY_TABLE.timeToLiveAttribute,
    });
    clients.dynamodb.destroy();
    clients.sqs.destroy();
    clients.eventbridge.destroy();
  });
});

/** A bare queue, as one made before the definitions changed. */
async function createQueue(sqs: SQSClient, name: string, attributes: Record<string, string> = {}) {
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }));
  return { url: QueueUrl! };
}

describe('DynamoDB Local', () => {
  it('cancels a transaction whose ConditionCheck fails, with reasons, and writes nothing', async () => {
    await doc.send(new PutCommand({ TableName: tableName, Item: { pk: 'APPLICANT#a1', sk: 'AWARDS', version: 3 } }));
    const attempt = doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            ConditionCheck: {
              TableName: tableName,
              Key: { pk: 'APPLICANT#a1', sk: 'AWARDS' },
              ConditionExpression: 'version = :v',
              ExpressionAttributeValues: { ':v': 2 },
            },
          },
          { Put: { TableName: tableName, Item: { pk: 'APPLICANT#a1', sk: 'AWARD#app1', amountFen: 100 } } },
        ],
      }),
    );
    const error = await attempt.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransactionCanceledException);
    expect((error as TransactionCanceledException).CancellationReasons?.map((r) => r.Code)).toEqual([
      'ConditionalCheckFailed',
      'None',
    ]);
    const awards = await doc.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :award)',
        ExpressionAttributeValues: { ':pk': 'APPLICANT#a1', ':award': 'AWARD#' },
      }),
    );
    expect(awards.Items).toEqual([]);
  });

  it('queries a GSI newest first', async () => {
    for (const [id, at] of [
      ['app-1', '2026-03-01T00:00:00Z'],
      ['app-2', '2026-03-03T00:00:00Z'],
      ['app-3', '2026-03-02T00:00:00Z'],
    ] as const) {
      await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: { pk: `APP#${id}`, sk: 'APP', gsi1pk: 'APPLICANT#gsi-test', gsi1sk: `${at}#${id}` },
        }),
      );
    }
    const page = await doc.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': 'APPLICANT#gsi-test' },
        ScanIndexForward: false,
      }),
    );
    expect(page.Items?.map((i) => i.pk)).toEqual(['APP#app-2', 'APP#app-3', 'APP#app-1']);
  });

  it("answers GetRecords with every record it holds up to the Limit, so the stream reader's catch-up ends at a short read, describing the stream once", async () => {
    const { resources } = await createIsolatedResources('reader');
    const TableName = resources.tables[MAIN_TABLE.id]!;
    const write = (from: number, count: number) =>
      Promise.all(
        Array.from({ length: count }, (_, i) =>
          doc.send(new PutCommand({ TableName, Item: { pk: `ITEM#${from + i}`, sk: 'ITEM' } })),
        ),
      );
    const handed: number[] = [];
    const reader = new StreamReader({
      dynamodb: makeClients().dynamodb, // one with an endpoint of its own, as the runtime's
      tableName: TableName,
      batchSize: 100,
      name: 'harness reader',
      handler: async () => async (event) => void handed.push(event.Records.length),
    });
    const requests = () =>
      Object.fromEntries(
        Object.entries(wireRequests).flatMap(([name, count]) =>
          name.startsWith('harness reader ') ? [[name.replace('harness reader ', ''), count]] : [],
        ),
      );
    await write(0, 250);
    await reader.drain();
    expect(handed).toEqual([100, 100, 50]);
    await write(250, 30);
    await reader.drain();
    expect(handed).toEqual([100, 100, 50, 30]);
    expect(requests()).toEqual({ DescribeTable: 1, DescribeStream: 1, GetShardIterator: 1, GetRecords: 4 });
    await reader.stop();
  });
});

describe('local SQS', () => {
  it('has the redrive policy and visibility timeout of the definition', async () => {
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['All'] }),
    );
    expect(Attributes?.VisibilityTimeout).toBe(String(EVALUATION_QUEUE.visibilityTimeoutSeconds));
    expect(JSON.parse(Attributes?.RedrivePolicy ?? '{}')).toMatchObject({
      deadLetterTargetArn: localAws().resources.queues[EVALUATION_QUEUE.id]?.dlqArn,
      maxReceiveCount: EVALUATION_QUEUE.maxReceiveCount,
    });
  });

  it(`moves a message to the DLQ after maxReceiveCount (${EVALUATION_QUEUE.maxReceiveCount}) receives`, async () => {
    const { dlqUrl } = localAws().resources.queues[EVALUATION_QUEUE.id]!;
    await sqs.send(
      new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify({ applicationId: 'poison' }) }),
    );

    // As the local runtime's poller receives: the receive count it hands the handlers comes from here.
    const receiveOne = async (url: string): Promise<Message | undefined> =>
      (await receiveMessages({ client: sqs, queueUrl: url }, { batchSize: 1, waitSeconds: 1 }))[0];

    for (let receive = 1; receive <= EVALUATION_QUEUE.maxReceiveCount; receive++) {
      const message = await receiveOne(queueUrl);
      expect(message?.Attributes?.ApproximateReceiveCount).toBe(String(receive));
      // A failed processing attempt: make it visible again at once.
      await sqs.send(
        new ChangeMessageVisibilityCommand({
          QueueUrl: queueUrl,
          ReceiptHandle: message!.ReceiptHandle!,
          VisibilityTimeout: 0,
        }),
      );
    }
    expect(await receiveOne(queueUrl)).toBeUndefined();
    const dead = await receiveOne(dlqUrl);
    expect(JSON.parse(dead?.Body ?? '{}')).toEqual({ applicationId: 'poison' });
  });
});

describe('local SQS long polling', () => {
  it('answers a long poll as soon as a message arrives, not when its wait ends or its batch is full', async () => {
    const waitSeconds = 20;
    const poll = receiveMessages({ client: sqs, queueUrl }, { batchSize: 10, waitSeconds });
    await sqs.send(
      new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify({ applicationId: 'long-poll' }) }),
    );
    const waitEnded = new Promise<'wait ended'>((resolve) =>
      setTimeout(() => resolve('wait ended'), waitSeconds * 1000).unref(),
    );
    const answer = await Promise.race([poll, waitEnded]);
    expect(answer).not.toBe('wait ended');
    expect((answer as Message[]).map((message) => JSON.parse(message.Body!))).toEqual([{ applicationId: 'long-poll' }]);
    await sqs.send(
      new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: (answer as Message[])[0]!.ReceiptHandle! }),
    );
  });

  it('answers a message made visible again during the wait', async () => {
    await sqs.send(
      new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify({ applicationId: 'visible-again' }) }),
    );
    const [first] = await receiveMessages({ client: sqs, queueUrl }, { batchSize: 1, waitSeconds: 1 });
    const poll = receiveMessages({ client: sqs, queueUrl }, { batchSize: 10, waitSeconds: 20 });
    await sqs.send(
      new ChangeMessageVisibilityCommand({
        QueueUrl: queueUrl,
        ReceiptHandle: first!.ReceiptHandle!,
        VisibilityTimeout: 0,
      }),
    );
    const waitEnded = new Promise<'wait ended'>((resolve) => setTimeout(() => resolve('wait ended'), 20_000).unref());
    const answer = await Promise.race([poll, waitEnded]);
    expect(answer).not.toBe('wait ended');
    expect((answer as Message[]).map((message) => message.MessageId)).toEqual([first!.MessageId]);
    await sqs.send(
      new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: (answer as Message[])[0]!.ReceiptHandle! }),
    );
  });
});

describe('local EventBridge', () => {
  it('accepts PutEvents from the SDK and serves the event at /local/events', async () => {
    const before = new Date().toISOString();
    const detail = { eventId: 'evt-1', occurredAt: before, schemaVersion: 1, applicationId: 'app-9' };
    const result = await eventbridge.send(
      new PutEventsCommand({
        Entries: [
          {
            EventBusName: busName,
            Source: EVENT_SOURCE,
            DetailType: 'ApplicationSubmitted',
            Detail: JSON.stringify(detail),
          },
        ],
      }),
    );
    expect(result.FailedEntryCount).toBe(0);
    const eventId = result.Entries?.[0]?.EventId;
    expect(eventId).toBeTruthy();

    const events = await publishedEvents(localAws().resources, { type: 'ApplicationSubmitted', since: before });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      id: eventId,
      source: EVENT_SOURCE,
      'detail-type': 'ApplicationSubmitted',
      detail,
      eventBusName: busName,
    });
    expect(events[0]?.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(await publishedEvents(localAws().resources, { since: eventId })).toEqual([]);
    expect(await publishedEvents(localAws().resources, { type: 'PayoutIssued' })).toEqual([]);
  });

  it('fails a malformed entry like AWS does (per entry, no exception) and rejects more than 10 entries', async () => {
    const result = await eventbridge.send(
      new PutEventsCommand({
        Entries: [
          { EventBusName: busName, Source: EVENT_SOURCE, DetailType: 'Broken', Detail: 'not json' },
          { EventBusName: busName, Source: EVENT_SOURCE, DetailType: 'Fine', Detail: '{}' },
        ],
      }),
    );
    expect(result.FailedEntryCount).toBe(1);
    expect(result.Entries?.[0]).toMatchObject({ ErrorCode: 'MalformedDetail' });
    expect(result.Entries?.[1]?.EventId).toBeTruthy();
    expect(await publishedEvents(localAws().resources, { type: 'Broken' })).toEqual([]);

    const tooMany = Array.from({ length: 11 }, () => ({
      EventBusName: busName,
      Source: EVENT_SOURCE,
      DetailType: 'Many',
      Detail: '{}',
    }));
    await expect(eventbridge.send(new PutEventsCommand({ Entries: tooMany }))).rejects.toMatchObject({
      name: 'ValidationException',
      $metadata: { httpStatusCode: 400 },
    });
  });
});

describe('local EventBridge endpoint (in-process)', () => {
  it('appends events to the JSONL file and reloads them after a restart', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'events-'));
    const file = path.join(dir, 'events.jsonl');
    try {
      const first = await startEventBridgeLocal({ file });
      const client = new EventBridgeClient({ endpoint: first.endpoint });
      await client.send(
        new PutEventsCommand({
          Entries: [{ Source: EVENT_SOURCE, DetailType: 'PayoutIssued', Detail: '{"eventId":"p1"}' }],
        }),
      );
      client.destroy();
      await first.stop();
      const lines = readFileSync(file, 'utf8').trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]!)).toMatchObject({
        'detail-type': 'PayoutIssued',
        detail: { eventId: 'p1' },
        eventBusName: 'default',
      });

      const second = await startEventBridgeLocal({ file });
      expect(second.events({ type: 'PayoutIssued' })).toHaveLength(1);
      await second.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers malformed requests with a 400 JSON error', async () => {
    const { eventbridge: endpoint } = localAws().endpoints;
    const post = (body: string, target = 'AWSEvents.PutEvents') =>
      fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': target },
        body,
      });
    const notJson = await post('{');
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ __type: 'SerializationException' });
    const noEntries = await post('{}');
    expect(noEntries.status).toBe(400);
    expect(await noEntries.json()).toMatchObject({ __type: 'ValidationException' });
    const otherOperation = await post('{}', 'AWSEvents.ListRules');
    expect(otherOperation.status).toBe(400);
    expect(await otherOperation.json()).toMatchObject({ __type: 'UnknownOperationException' });
    const badSince = await fetch(new URL('/local/events?since=yesterday-ish', endpoint));
    expect(badSince.status).toBe(400);
  });
});
