/**
 * The local gateway at its limits, over real connections: a body over API Gateway's payload
 * limit gets 413 and leaves no unread bytes behind for the next request on a kept-alive
 * connection; a request line or headers over Node's limit get a 431 problem document.
 */
import { randomBytes } from 'node:crypto';
import { Agent, createServer, maxHeaderSize, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerClientErrors, apiGateway } from '../../infra/local/gateway.js';

let server: Server;
let port: number;
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

beforeAll(async () => {
  const handler = async () => ({
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: '{"ok":true}',
  });
  server = createServer(apiGateway({ signingKey: randomBytes(32), handlerFor: async () => handler }));
  answerClientErrors(server);
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

function send(method: string, path: string, body?: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port, method, path, agent, headers: body ? { 'content-length': body.length } : {} },
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

  it('answers a request line over the header limit with a 431 problem document', async () => {
    const answer = await send('GET', `/v1/policy?q=${'a'.repeat(maxHeaderSize + 1)}`);
    expect(answer.status).toBe(431);
    expect(answer.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(answer.body)).toMatchObject({
      status: 431,
      title: 'Request Header Fields Too Large',
      type: expect.stringMatching(/^https:\/\//),
    });
  });
});
