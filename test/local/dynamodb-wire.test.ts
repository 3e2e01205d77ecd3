/**
 * The local runtime's own DynamoDB Local requests (infra/local/dynamodb-wire.ts: the stream
 * readers) and a keep-alive connection the server closes as a request goes
 * out on it: DynamoDB Local's Jetty closing a connection idle for 30 s while the process, its
 * event loop running late under load, has not yet read the close ("socket hang up" in the model
 * test). Made exact here: the server drops the idle connection and the next request goes out in
 * the same turn, before this process can read the close.
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { dynamoDbWire, type DynamoDbWire } from '../../infra/local/dynamodb-wire.js';
import { closeServer, listenOn, LOCAL_HOST } from '../../infra/local/ports.js';

const ANSWER = { TableNames: ['answered'] };

let server: Server;
let endpoint: string;
/** The connections the server accepted, newest last. */
let connections: Socket[] = [];
let requests = 0;
/** The server drops a connection on its request instead of answering it. */
let dropRequests = false;
let wire: DynamoDbWire;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests += 1;
    if (dropRequests) return void request.socket.destroy();
    response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end(JSON.stringify(ANSWER));
  });
  server.on('connection', (socket) => connections.push(socket));
  endpoint = `http://${LOCAL_HOST}:${await listenOn(server, 0, 'the test server')}`;
});

afterEach(() => {
  wire.destroy();
  [connections, requests, dropRequests] = [[], 0, false];
});

afterAll(() => closeServer(server));

const listTables = () => wire.call('DynamoDB_20120810.ListTables', {});

it('sends a request again on a new connection when the server closed the idle one it went out on', async () => {
  wire = dynamoDbWire(endpoint);
  expect(await listTables()).toEqual(ANSWER);
  await nextTurn(); // the connection is back in the agent's pool, idle
  connections[0]!.destroy(); // the server's idle timeout...
  const answer = listTables(); // ...meeting the next request, sent before this process reads the close
  expect(await answer).toEqual(ANSWER);
  expect(connections).toHaveLength(2);
  expect(requests).toBe(2); // the lost request never reached the server's handler
});

it('fails a request that a new connection loses, sending it once', async () => {
  wire = dynamoDbWire(endpoint);
  dropRequests = true;
  await expect(listTables()).rejects.toMatchObject({ code: 'ECONNRESET' });
  expect(requests).toBe(1);
});
