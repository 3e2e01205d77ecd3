/**
 * Clients of the emulators (infra/local/emulator-signing.ts, infra/local/emulator-http.ts), sending to
 * an HTTP server of the test's own that keeps what arrives: a request carries the fixed Authorization
 * header, none of what only the left-out middleware writes, and the Host and Content-Length Node
 * writes; answers and error answers are parsed as an untouched client parses them; connections are
 * kept, and a request a closed connection lost is sent again. A client left as it is still signs and
 * names its user agent; the endpoint emulator clients take is the one the rule sets answer.
 */
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConditionalCheckFailedException, DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EMULATOR_AUTHORIZATION, emulatorEndpoints, forEmulators } from '../../infra/local/emulator-signing.js';

interface Arrived {
  headers: IncomingHttpHeaders;
  body: string;
}

const ITEM = { pk: { S: 'A#1' }, amountFen: { N: '125' } };
const CONDITION_FAILED = {
  __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException',
  message: 'The conditional request failed',
  Item: ITEM,
};

/** Requests as they arrived, the connections opened, and the request numbers the server drops or holds unanswered. */
const arrived: Arrived[] = [];
let connections = 0;
let dropping = new Set<number>();
let holding = new Set<number>();

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    arrived.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
    if (dropping.has(arrived.length)) return void request.socket.destroy();
    if (holding.has(arrived.length)) return;
    const failed = request.headers['x-amz-target'] === 'DynamoDB_20120810.PutItem';
    response.writeHead(failed ? 400 : 200, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'r1' });
    response.end(JSON.stringify(failed ? CONDITION_FAILED : { Item: ITEM }));
  });
});
server.on('connection', () => connections++);
let endpoint = '';

beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => {
  arrived.length = 0;
  connections = 0;
  dropping = new Set();
  holding = new Set();
});

const config = () => ({ region: 'local', endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });

function documentClient(emulators: boolean) {
  const client = new DynamoDBClient(config());
  if (emulators) forEmulators(client);
  return DynamoDBDocumentClient.from(client);
}

const get = () => new GetCommand({ TableName: 'main', Key: { pk: 'A#1' } });
const put = () =>
  new PutCommand({ TableName: 'main', Item: { pk: 'A#1' }, ConditionExpression: 'attribute_not_exists(pk)' });

/** What a client makes of the condition-failed answer. */
async function conditionFailure(emulators: boolean) {
  const error = (await documentClient(emulators)
    .send(put())
    .catch((caught: unknown) => caught)) as ConditionalCheckFailedException;
  expect(error).toBeInstanceOf(ConditionalCheckFailedException);
  const { name, message, Item, $fault, $metadata } = error;
  return { name, message, Item, $fault, status: $metadata.httpStatusCode, requestId: $metadata.requestId };
}

describe('a client of the emulators', () => {
  it('sends the fixed Authorization, no user agent, the Host and length Node writes, and reads the answer as before', async () => {
    const output = await documentClient(true).send(get());
    expect(output.Item).toEqual({ pk: 'A#1', amountFen: 125 });
    expect(arrived).toHaveLength(1);
    const [{ headers, body }] = arrived as [Arrived];
    expect(headers.authorization).toBe(EMULATOR_AUTHORIZATION);
    expect(Object.keys(headers).filter((name) => /user-agent/i.test(name))).toEqual([]);
    expect(headers['x-amz-target']).toBe('DynamoDB_20120810.GetItem');
    expect(headers.host).toBe(new URL(endpoint).host);
    expect(headers['content-length']).toBe(String(Buffer.byteLength(body)));
    expect(JSON.parse(body)).toEqual({ TableName: 'main', Key: { pk: { S: 'A#1' } } });
  });

  it('makes of an error answer what an untouched client makes of it', async () => {
    const emulators = await conditionFailure(true);
    expect(emulators).toEqual(await conditionFailure(false));
    expect(emulators).toMatchObject({ name: 'ConditionalCheckFailedException', status: 400, Item: ITEM });
  });

  it('keeps its connection for the next requests', async () => {
    const doc = documentClient(true);
    for (let i = 0; i < 3; i++) await doc.send(get());
    expect(arrived).toHaveLength(3);
    expect(connections).toBe(1);
  });

  it('sends again, on a new connection, a request whose kept connection the server closed', async () => {
    const doc = documentClient(true);
    await doc.send(get());
    dropping = new Set([2]);
    const output = await doc.send(get());
    expect(output.Item).toEqual({ pk: 'A#1', amountFen: 125 });
    expect(output.$metadata.attempts).toBe(2);
    expect(arrived).toHaveLength(3);
    expect(connections).toBe(2);
  });

  it('stops a request when its abort signal fires', async () => {
    const doc = documentClient(true);
    holding = new Set([1]);
    const controller = new AbortController();
    const sent = doc.send(get(), { abortSignal: controller.signal });
    while (arrived.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    await expect(sent).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('is not what an untouched client sends: that one signs and names its user agent', async () => {
    await documentClient(false).send(get());
    const [{ headers }] = arrived as [Arrived];
    expect(headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=local\/\d{8}\/local\/dynamodb\/aws4_request, SignedHeaders=.*, Signature=[0-9a-f]{64}$/,
    );
    expect(headers['x-amz-user-agent']).toMatch(/aws-sdk-js/);
  });
});

describe("an emulator client's endpoint", () => {
  const clients = { DynamoDB: DynamoDBClient, SQS: SQSClient, EventBridge: EventBridgeClient };

  it.each(Object.entries(clients))(
    'is what the %s rule set answers for a custom endpoint, and its answer elsewhere',
    (_, Client) => {
      const rules = new Client(config()).config.endpointProvider;
      const custom = { Endpoint: 'http://127.0.0.1:8000', Region: 'cn-north-1', UseFIPS: false, UseDualStack: false };
      const aws = { ...custom, Endpoint: undefined };
      const answer = (provider: Parameters<typeof emulatorEndpoints>[0], params: typeof custom | typeof aws) => {
        const { url, properties, headers } = provider(params);
        return { url: url.href, properties, headers };
      };
      expect(answer(emulatorEndpoints(rules), custom)).toEqual(answer(rules, custom));
      expect(answer(emulatorEndpoints(rules), aws)).toEqual(answer(rules, aws));
      expect(answer(rules, aws).url).toMatch(/amazonaws\.com\.cn/);
    },
  );
});

describe("an emulator client's middleware", () => {
  /** Middleware at every step and priority, and placed relative to the SDK's own, that note the order they run in. */
  function probe(client: DynamoDBClient, ran: string[]) {
    const note = (name: string) => (next: (args: unknown) => Promise<unknown>) => (args: unknown) => {
      ran.push(name);
      return next(args);
    };
    const stack = client.middlewareStack as unknown as {
      add(middleware: unknown, options: object): void;
      addRelativeTo(middleware: unknown, options: object): void;
    };
    for (const step of ['initialize', 'serialize', 'build', 'finalizeRequest', 'deserialize'])
      for (const priority of ['low', 'high', 'normal'])
        stack.add(note(`${step} ${priority}`), { step, priority, name: `${step}-${priority}` });
    for (const [relation, toMiddleware] of [
      ['before', 'retryMiddleware'],
      ['after', 'retryMiddleware'],
      ['after', 'serializerMiddleware'],
      ['before', 'serializerMiddleware'],
      ['after', 'build-high'],
    ])
      stack.addRelativeTo(note(`${relation} ${toMiddleware}`), {
        relation,
        toMiddleware,
        name: `${relation}-${toMiddleware}`,
      });
  }

  /** The order the probes ran in for a get, a put that fails and a plain client's GetItem, each twice. */
  async function runs(emulators: boolean): Promise<string[][]> {
    const client = new DynamoDBClient(config());
    if (emulators) forEmulators(client);
    const ran: string[] = [];
    probe(client, ran);
    const doc = DynamoDBDocumentClient.from(client);
    const orders: string[][] = [];
    const sends = [
      () => doc.send(get()),
      () => doc.send(put()).catch(() => undefined),
      () => client.send(new GetItemCommand({ TableName: 'main', Key: { pk: { S: 'A#1' } } })),
    ];
    for (const send of [...sends, ...sends]) {
      ran.length = 0;
      await send();
      orders.push([...ran]);
    }
    return orders;
  }

  it('runs in the order the SDK puts it in on every call, the first call of a kind and later ones', async () => {
    const orders = await runs(true);
    expect(orders).toEqual(await runs(false));
    expect(orders[0]).toContain('before retryMiddleware');
  });

  it('counts middleware added to or removed from the client after it was made an emulator client', async () => {
    const client = new DynamoDBClient(config());
    forEmulators(client);
    const doc = DynamoDBDocumentClient.from(client);
    await doc.send(get());
    const ran: string[] = [];
    probe(client, ran);
    await doc.send(get());
    expect(ran).toContain('initialize high');
    client.middlewareStack.remove('initialize-high');
    ran.length = 0;
    await doc.send(get());
    expect(ran).not.toContain('initialize high');
    expect(ran).toContain('initialize low');
  });
});
