/**
 * A local S3 server (the pure-Node `s3rver`) in this process, on 127.0.0.1, objects in a
 * directory. Its own http server around s3rver's request handler (as ./sqs-local.ts does), so a
 * busy port is a PortInUseError and port 0 works. Presigned PUTs and GETs work from curl with
 * path-style URLs.
 *
 * Its `event` emission plays S3's object-created notification: each event is handed to the
 * listener (the same verifying handler as on AWS), asynchronously like Lambda's async invocation,
 * with Lambda's two retries on failure. s3rver checks neither `x-amz-checksum-sha256` nor presigned
 * signatures, and keeps no versions: the verifier checks size and SHA-256 itself, and S3's own
 * refusals (wrong checksum or length on a signed PUT) are not reproduced here.
 */
import { rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { S3Event } from 'aws-lambda';
import S3rver from 's3rver';
import { closeServer, listenOn, LOCAL_HOST } from './ports.js';

export type S3Listener = (event: S3Event) => Promise<void>;

export interface S3LocalOptions {
  /** Where objects are kept. */
  directory: string;
  /** Port to listen on; default 0 (a free one). */
  port?: number;
  /** Delete the directory on stop (tests). */
  removeOnStop?: boolean;
}

export interface S3Local {
  /** http://127.0.0.1:<port> — for AWS_ENDPOINT_URL_S3. */
  endpoint: string;
  port: number;
  /** Delivers object-created events of keys under `prefix` to `listener` from now on (S3's notification filter). */
  onObjectCreated(prefix: string, listener: S3Listener): void;
  /** Resolves once every event delivered so far has been handled (retries included). */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

/** Lambda retries a failed asynchronous invocation twice. */
const ASYNC_RETRIES = 2;

/** s3rver accepts only its own key pair; the local SDK clients sign with the local one (infra/local/provision.ts). */
function acceptLocalCredentials(): void {
  const { DUMMY_ACCOUNT } = createRequire(import.meta.url)('s3rver/lib/models/account.js') as {
    DUMMY_ACCOUNT: { createKeyPair(accessKeyId: string, secretAccessKey: string): void };
  };
  DUMMY_ACCOUNT.createKeyPair('local', 'local');
}

export async function startS3Local(options: S3LocalOptions): Promise<S3Local> {
  acceptLocalCredentials();
  const s3rver = new S3rver({ directory: options.directory, silent: true, vhostBuckets: false });
  const server = createServer(s3rver.callback());
  const port = await listenOn(server, options.port ?? 0, 'the local S3 server');

  const listeners: Array<{ prefix: string; listener: S3Listener }> = [];
  const inFlight = new Set<Promise<void>>();
  const deliver = async (event: S3Event) => {
    for (const { prefix, listener } of listeners) {
      if (!event.Records.every((record) => record.s3.object.key.startsWith(prefix))) continue;
      for (let attempt = 0; ; attempt++) {
        try {
          await listener(event);
          break;
        } catch (error) {
          console.error(`[s3 notification] attempt ${attempt + 1} failed:`, error);
          if (attempt >= ASYNC_RETRIES) break;
        }
      }
    }
  };
  (s3rver as unknown as NodeJS.EventEmitter).on('event', (event: S3Event) => {
    if (!event.Records.every((record) => record.eventName.startsWith('ObjectCreated:'))) return;
    const delivery = deliver(event).finally(() => inFlight.delete(delivery));
    inFlight.add(delivery);
  });

  let stopping: Promise<void> | undefined;
  return {
    endpoint: `http://${LOCAL_HOST}:${port}`,
    port,
    onObjectCreated: (prefix, listener) => void listeners.push({ prefix, listener }),
    settled: async () => {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    stop: () =>
      (stopping ??= closeServer(server).then(() => {
        if (options.removeOnStop) rmSync(options.directory, { recursive: true, force: true });
      })),
  };
}
