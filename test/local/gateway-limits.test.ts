/**
 * The local gateway at its limits, over real connections: a body over API Gateway's payload
 * limit gets 413 and leaves no unread bytes behind for the next request on a kept-alive
 * connection; a request line or headers over Node's limit get a 431 problem document, and a
 * request Node cannot parse a 400 one, each in the language negotiated from Accept-Language; a
 * client gone mid-body leaves the gateway answering.
 */
import { randomBytes } from 'node:crypto';
import { Agent, maxHeaderSize, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGateway, gatewayServer } from '../../infra/local/gateway.js';
import { problem } from '../../functions/commons/edge/problems.js';
import { closeServer } from '../../infra/local/ports.js';
import { holdConnection } from '../support/held-connection.js';

let server: Server;
let port: number;
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

beforeAll(async () => {
  const handler = async () => ({
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: '{"ok":true}',
  });
  server = gatewayServer(apiGateway({ signingKey: randomBytes(32), handlerFor: async () => handler }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  agent.destroy();
  await new Promise((resolve) => server.close(resolve));
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

function send(method: string, path: string, body?: Buffer, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode!,
            headers: incoming.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

describe('the local gateway at its limits', () => {
  it('answers 413 over the payload limit, and the next request on the same agent is answered, not reset', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const tooLarge = await send('POST', '/local/unrouted', Buffer.alloc(10 * 1024 * 1024 + 1, 'x'));
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.headers.connection).toBe('close');
      const next = await send('GET', '/v1/policy');
      expect(next).toMatchObject({ status: 200, body: '{"ok":true}' });
    }
  });

  it('lets a client go away mid-body without taking the gateway down: the next request is answered', async () => {
    const serverSide = new Promise<Socket>((resolve) => server.once('connection', resolve));
    const started = new Promise((resolve) => server.once('request', resolve));
    const socket = connect(port, '127.0.0.1');
    socket.write('POST /local/unrouted HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{"part');
    await started;
    const closed = new Promise((resolve) => void serverSide.then((connection) => connection.once('close', resolve)));
    socket.destroy();
    await closed;
    // The gateway's reaction to the abort runs in the turns after the close; an unhandled rejection there fails the run.
    await new Promise((resolve) => setImmediate(resolve));
    expect(await send('GET', '/v1/policy')).toMatchObject({ status: 200, body: '{"ok":true}' });
  });

  it.each([
    [undefined, 'en'],
    ['zh-CN,zh;q=0.9', 'zh-CN'],
    ['fr;q=1, en-GB;q=0.5', 'en'],
  ] as const)(
    'answers a request line over the header limit with a 431 problem document (Accept-Language %s: %s)',
    async (acceptLanguage, language) => {
      const headers: Record<string, string> = acceptLanguage ? { 'accept-language': acceptLanguage } : {};
      const answer = await send('GET', `/v1/policy?q=${'a'.repeat(maxHeaderSize + 1)}`, undefined, headers);
      expect(answer.status).toBe(431);
      expect(answer.headers['content-type']).toBe('application/problem+json');
      expect(answer.headers['content-language']).toBe(language);
      expect(JSON.parse(answer.body)).toEqual(
        problem('headers-too-large', { maxBytes: maxHeaderSize }).document(undefined, language),
      );
    },
  );

  it('answers a request it cannot parse with a 400 problem document in the language asked for', async () => {
    const socket = connect(port, '127.0.0.1');
    socket.end('GET /v1/policy HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: zh-CN\r\nnot a header\r\n\r\n');
    const chunks: Buffer[] = [];
    for await (const chunk of socket) chunks.push(chunk as Buffer);
    const [head, body] = Buffer.concat(chunks).toString('utf8').split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(head).toContain('content-language: zh-CN');
    expect(JSON.parse(body!)).toEqual(problem('malformed-request', {}).document(undefined, 'zh-CN'));
  });
});

describe("the local gateway and Node's request timeouts (short here: headers in 300 ms, the request in 600 ms)", () => {
  const TIMEOUTS = { headersTimeout: 300, requestTimeout: 600, connectionsCheckingInterval: 50 };
  let timing: Server;
  let timingPort: number;
  beforeAll(async () => {
    const handler = async () => ({ statusCode: 200, body: '{"ok":true}' });
    timing = gatewayServer(apiGateway({ signingKey: randomBytes(32), handlerFor: async () => handler }), TIMEOUTS);
    await new Promise<void>((resolve) => timing.listen(0, '127.0.0.1', resolve));
    timingPort = (timing.address() as AddressInfo).port;
  });
  afterAll(() => closeServer(timing));

  it('answers a request whose headers stop arriving with a 408 problem document, and closes the connection', async () => {
    const socket = connect(timingPort, '127.0.0.1');
    socket.write('GET /v1/policy HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const chunks: Buffer[] = [];
    for await (const chunk of socket) chunks.push(chunk as Buffer); // ends when the server closes
    const [head, body] = Buffer.concat(chunks).toString('utf8').split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(head).toContain('connection: close');
    expect(JSON.parse(body!)).toEqual(problem('request-timeout', {}).document(undefined, 'en'));
  });

  it('leaves a keep-alive connection idle after an answer, longer than both timeouts, open: the next request is answered', async () => {
    const connection = await holdConnection(timingPort, '/v1/policy');
    try {
      const idleMs = TIMEOUTS.requestTimeout + 4 * TIMEOUTS.connectionsCheckingInterval;
      expect(await connection.after(idleMs)).toEqual({ closed: false, second: 'HTTP/1.1 200 OK' });
    } finally {
      connection.close();
    }
  });
});
