/**
 * The local servers a test reaches over raw HTTP leave closing an idle keep-alive connection to
 * their client: the local EventBridge endpoint and the local S3 server. Node's server closed one
 * after 5 s idle (announcing Keep-Alive: timeout=5, which clients take as their cue to close a
 * second or so sooner), and a test worker whose event loop ran late under load sent its next
 * request on it as it closed: "fetch failed" (other side closed; the model test saw it twice on
 * GET /local/events). Over a raw connection: idle for longer than those 5 s, each is still open and
 * answers the next request.
 */
import { mkdtempSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startEventBridgeLocal, type EventBridgeLocal } from '../../infra/local/eventbridge-local.js';
import { LOCAL_HOST } from '../../infra/local/ports.js';
import { startS3Local, type S3Local } from '../../infra/local/s3-local.js';

/** Node's default keepAliveTimeout, after which the server used to close an idle connection; and a margin. */
const NODE_IDLE_CLOSE_MS = 5_000;
const MARGIN_MS = 1_500;

let eventBridge: EventBridgeLocal;
let s3: S3Local;
beforeAll(async () => {
  [eventBridge, s3] = await Promise.all([
    startEventBridgeLocal({}),
    startS3Local({ directory: mkdtempSync(path.join(tmpdir(), 'idle-s3-')), removeOnStop: true }),
  ]);
});
afterAll(async () => Promise.all([eventBridge.stop(), s3.stop()]));

/** Sends a GET of `target` on the connection and resolves with the response's head once its body has arrived. */
function get(socket: Socket, port: number, target: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    const onData = (chunk: Buffer) => {
      received += chunk.toString('utf8');
      const [head = '', body = ''] = received.split('\r\n\r\n');
      const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? NaN);
      if (body.length >= length) {
        socket.off('data', onData);
        resolve(head);
      }
    };
    socket.on('data', onData);
    socket.once('error', reject);
    socket.write(`GET ${target} HTTP/1.1\r\nHost: ${LOCAL_HOST}:${port}\r\nConnection: keep-alive\r\n\r\n`);
  });
}

/** A signed bucket listing, as the SDK would send it. */
async function listBuckets(): Promise<string> {
  const client = new S3Client({
    region: 'us-east-1',
    endpoint: s3.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const url = new URL(await getSignedUrl(client, new ListBucketsCommand({}), { expiresIn: 300 }));
  return `${url.pathname}${url.search}`;
}

/** Answers twice on one connection with an idle time longer than Node's between; says whether the server closed it. */
async function idleBetween(port: number, target: string): Promise<{ first: string; closed: boolean; second: string }> {
  const socket = connect({ host: LOCAL_HOST, port });
  let closed = false;
  socket.once('end', () => (closed = true));
  try {
    const first = await get(socket, port, target);
    await new Promise((resolve) => setTimeout(resolve, NODE_IDLE_CLOSE_MS + MARGIN_MS));
    return { first, closed, second: closed ? '' : await get(socket, port, target) };
  } finally {
    socket.destroy();
  }
}

it(
  'keeps an idle keep-alive connection open for its client to reuse or close',
  async () => {
    const servers = {
      'local EventBridge': [eventBridge.port, '/local/events'],
      'local S3': [s3.port, await listBuckets()],
    } as const;
    const outcomes = await Promise.all(Object.values(servers).map(([port, target]) => idleBetween(port, target)));
    const heads = (head: string) => head.split('\r\n')[0];
    const seen = outcomes.map(({ first, closed, second }) => ({ first: heads(first), closed, second: heads(second) }));
    const answered = { first: 'HTTP/1.1 200 OK', closed: false, second: 'HTTP/1.1 200 OK' };
    expect(Object.fromEntries(Object.keys(servers).map((name, i) => [name, seen[i]]))).toEqual({
      'local EventBridge': answered,
      'local S3': answered,
    });
  },
  NODE_IDLE_CLOSE_MS + 30_000,
);
