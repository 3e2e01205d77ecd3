/**
 * The local servers a client reaches over HTTP leave closing an idle keep-alive connection to
 * their client: the API gateway's server (the tests' here; `npm start`'s in test/system/local-system),
 * the local EventBridge endpoint and the local S3 server. Node's server closed one after 5 s idle
 * (announcing Keep-Alive: timeout=5, which clients take as their cue to close a second or so
 * sooner), and a client whose event loop ran late under load sent its next request on it as it
 * closed: "fetch failed" (other side closed; the model test saw it twice on GET /local/events).
 * Over a raw connection: idle for longer than Node's close, each is still open and answers the next request.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startEventBridgeLocal, type EventBridgeLocal } from '../../infra/local/eventbridge-local.js';
import { startS3Local, type S3Local } from '../../infra/local/s3-local.js';
import { holdConnection, NODE_CLOSES_IDLE_AFTER_MS } from '../support/held-connection.js';
import { startLocalApi, type LocalApi } from '../support/local-api.js';

const IDLE_MS = NODE_CLOSES_IDLE_AFTER_MS + 1_000;

let eventBridge: EventBridgeLocal;
let s3: S3Local;
let api: LocalApi;
beforeAll(async () => {
  [eventBridge, s3, api] = await Promise.all([
    startEventBridgeLocal({}),
    startS3Local({ directory: mkdtempSync(path.join(tmpdir(), 'idle-s3-')), removeOnStop: true }),
    startLocalApi(),
  ]);
});
afterAll(async () => Promise.all([eventBridge.stop(), s3.stop(), api.stop()]));

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

/** Answers twice on one connection, idle longer than Node's close between; says whether the server closed it. */
async function idleBetween(port: number, target: string) {
  const connection = await holdConnection(port, target);
  try {
    return { first: connection.first, ...(await connection.after(IDLE_MS)) };
  } finally {
    connection.close();
  }
}

it(
  'keeps an idle keep-alive connection open for its client to reuse or close',
  async () => {
    const servers = {
      // No token: the gateway answers itself, no handler (nor emulator) behind it.
      'API gateway': [Number(new URL(api.baseUrl).port), '/v1/applications'],
      'local EventBridge': [eventBridge.port, '/local/events'],
      'local S3': [s3.port, await listBuckets()],
    } as const;
    const outcomes = await Promise.all(Object.values(servers).map(([port, target]) => idleBetween(port, target)));
    const answered = (status: string) => ({ first: status, closed: false, second: status });
    expect(Object.fromEntries(Object.keys(servers).map((name, i) => [name, outcomes[i]]))).toEqual({
      'API gateway': answered('HTTP/1.1 401 Unauthorized'),
      'local EventBridge': answered('HTTP/1.1 200 OK'),
      'local S3': answered('HTTP/1.1 200 OK'),
    });
  },
  IDLE_MS + 30_000,
);
