/**
 * The local runtime's in-memory transport (infra/local/in-process-http.ts): SDK clients reach the
 * local SQS server and the local EventBridge endpoint of the same process without a socket, with
 * the answers, errors and aborts they get over HTTP; other endpoints still go over HTTP.
 */
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import {
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  GetQueueUrlCommand,
  QueueDoesNotExist,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEventBridgeLocal, type EventBridgeLocal } from '../../infra/local/eventbridge-local.js';
import { sendInProcess } from '../../infra/local/in-process-http.js';
import { startSqsLocal, type SqsLocal } from '../../infra/local/sqs-local.js';

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
let sqsServer: SqsLocal;
let busServer: EventBridgeLocal;
let otherSqsServer: SqsLocal;
const connections = new Map<Server, number>();

/** Counts the TCP connections a server accepts. */
function countConnections(server: Server): void {
  connections.set(server, 0);
  server.on('connection', () => connections.set(server, connections.get(server)! + 1));
}

beforeAll(async () => {
  [sqsServer, busServer, otherSqsServer] = await Promise.all([
    startSqsLocal(),
    startEventBridgeLocal(),
    startSqsLocal(),
  ]);
  [sqsServer.server, busServer.server, otherSqsServer.server].forEach(countConnections);
});

afterAll(() => Promise.all([sqsServer.stop(), busServer.stop(), otherSqsServer.stop()]));

function inProcessClients() {
  const servers = { [sqsServer.port]: sqsServer.server, [busServer.port]: busServer.server };
  const sqs = new SQSClient({ region: 'us-east-1', endpoint: sqsServer.endpoint, credentials });
  const bus = new EventBridgeClient({ region: 'us-east-1', endpoint: busServer.endpoint, credentials });
  sendInProcess(sqs, servers);
  sendInProcess(bus, servers);
  return { sqs, bus, servers };
}

describe('SDK requests to a server of this process', () => {
  it('send, receive and delete messages without a connection', async () => {
    const { sqs } = inProcessClients();
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'in-process' }));
    const sent = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl,
        Entries: [
          { Id: 'a', MessageBody: '{"n":1}', MessageAttributes: { kind: { DataType: 'String', StringValue: 'x' } } },
          { Id: 'b', MessageBody: '{"n":2}' },
        ],
      }),
    );
    expect(sent.Successful?.map((entry) => entry.Id).sort()).toEqual(['a', 'b']);
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 1,
        MessageAttributeNames: ['All'],
      }),
    );
    expect(Messages.map((message) => message.Body).sort()).toEqual(['{"n":1}', '{"n":2}']);
    expect(Messages.find((message) => message.Body === '{"n":1}')?.MessageAttributes?.kind?.StringValue).toBe('x');
    const deleted = await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl,
        Entries: Messages.map((message, i) => ({ Id: String(i), ReceiptHandle: message.ReceiptHandle! })),
      }),
    );
    expect(deleted.Successful).toHaveLength(2);
    expect(connections.get(sqsServer.server)).toBe(0);
    sqs.destroy();
  });

  it('answers errors as the SDK names them over HTTP', async () => {
    const { sqs } = inProcessClients();
    await expect(sqs.send(new GetQueueUrlCommand({ QueueName: 'no-such-queue' }))).rejects.toBeInstanceOf(
      QueueDoesNotExist,
    );
    sqs.destroy();
  });

  it('puts events on the bus, per-entry failures counted as AWS counts them', async () => {
    const { bus } = inProcessClients();
    const answer = await bus.send(
      new PutEventsCommand({
        Entries: [
          { Source: 'test', DetailType: 'Tested', Detail: '{"n":1}', EventBusName: 'in-process' },
          { Source: 'test', DetailType: 'Tested', Detail: 'not json', EventBusName: 'in-process' },
        ],
      }),
    );
    expect(answer.FailedEntryCount).toBe(1);
    expect(answer.Entries?.[1]?.ErrorCode).toBe('MalformedDetail');
    expect(busServer.events({ bus: 'in-process' }).map((event) => event.detail)).toEqual([{ n: 1 }]);
    expect(connections.get(busServer.server)).toBe(0);
    bus.destroy();
  });

  it('ends a long poll its caller aborts', async () => {
    const { sqs } = inProcessClients();
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'in-process-abort' }));
    const abort = new AbortController();
    const polling = sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 20 }), {
      abortSignal: abort.signal,
    });
    abort.abort();
    await expect(polling).rejects.toMatchObject({ name: 'AbortError' });
    sqs.destroy();
  });

  it('sends a request for any other endpoint over HTTP', async () => {
    const { servers } = inProcessClients();
    const other = new SQSClient({ region: 'us-east-1', endpoint: otherSqsServer.endpoint, credentials });
    sendInProcess(other, servers);
    await other.send(new CreateQueueCommand({ QueueName: 'over-http' }));
    expect(connections.get(otherSqsServer.server)).toBeGreaterThan(0);
    other.destroy();
  });
});
