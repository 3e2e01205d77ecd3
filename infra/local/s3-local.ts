/**
 * A local S3 server (the pure-Node `s3rver`) in this process, on 127.0.0.1, objects in a
 * directory. Its own http server around s3rver's request handler (as ./sqs-local.ts does), so a
 * busy port is a PortInUseError and port 0 works. Presigned PUTs and GETs work from curl with
 * path-style URLs.
 *
 * Its `event` emission plays S3's object-created notification: each event is handed to the
 * listener (the same verifying handler as on AWS), asynchronously like Lambda's async invocation,
 * with Lambda's two retries on failure. s3rver checks neither SigV4 signatures nor
 * `x-amz-checksum-sha256`: both are checked here in front of it as S3 checks them
 * (./s3-signature.ts, checkChecksum), so the local server refuses what S3 refuses. Versions are
 * kept as on a versioned bucket (./s3-versions.ts): each event names its object's version, and a
 * URL naming a version serves that version, whatever was put since.
 */
import { rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import type { S3Event } from 'aws-lambda';
import S3rver from 's3rver';
import { clientClosesIdleConnections, closeServer, listenOn, LOCAL_HOST } from './ports.js';
import { checkSignature, refusalBody, type S3Refusal } from './s3-signature.js';
import { objectVersions, type StorePath } from './s3-versions.js';

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

/** Versions are kept beside the objects' directory: inside it, s3rver would list them as a bucket. */
export const versionsDirectory = (directory: string) => `${directory}-versions`;

/** Lambda retries a failed asynchronous invocation twice. */
const ASYNC_RETRIES = 2;

/** The key pairs the local server knows: the local SDK clients sign with the local one (infra/local/provision.ts). */
const LOCAL_SECRETS: ReadonlyMap<string, string> = new Map([['local', 'local']]);
/** Bodies S3 checks against x-amz-checksum-sha256 are held in memory for the check: evidence documents, a few MB. */
const MAX_CHECKED_BODY_BYTES = 64 * 1024 * 1024;

/**
 * S3 stores a PUT only when its body has the SHA-256 its x-amz-checksum-sha256 header declares
 * (400 BadDigest otherwise); s3rver stores any body. The body is read here first, up to its
 * Content-Length and before its end is taken, then put back for s3rver to read.
 */
async function checkChecksum(request: IncomingMessage): Promise<S3Refusal | undefined> {
  const declared = [request.headers['x-amz-checksum-sha256']].flat()[0];
  if (request.method !== 'PUT' || declared === undefined) return undefined;
  const length = Number(request.headers['content-length']);
  if (!Number.isInteger(length) || length > MAX_CHECKED_BODY_BYTES)
    return {
      status: 400,
      code: 'InvalidRequest',
      message: 'A checksummed PUT needs a Content-Length of at most 64 MiB here.',
    };
  const chunks: Buffer[] = [];
  let received = 0;
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      received += chunk.length;
      if (received >= length) done();
    };
    const done = () => {
      request.pause();
      request.off('data', onData).off('end', done).off('error', reject);
      resolve();
    };
    request.on('data', onData).once('end', done).once('error', reject);
    if (length === 0) done();
  });
  const body = Buffer.concat(chunks);
  if (body.length > 0) request.unshift(body);
  const actual = createHash('sha256').update(body).digest('base64');
  return actual === declared
    ? undefined
    : { status: 400, code: 'BadDigest', message: 'The SHA-256 you specified did not match the calculated checksum.' };
}

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
  const serve = s3rver.callback();
  const store = (s3rver as unknown as { store: { getResourcePath: StorePath } }).store;
  const versions = objectVersions(versionsDirectory(options.directory), (bucket, key, part) =>
    store.getResourcePath(bucket, key, part),
  );
  const server = createServer(async (request, response) => {
    const refusal = checkSignature(request, LOCAL_SECRETS) ?? (await checkChecksum(request));
    if (!refusal) return void (versions.serve(request, response) || serve(request, response));
    request.resume();
    response.writeHead(refusal.status, { 'content-type': 'application/xml', connection: 'close' });
    response.end(refusalBody(refusal));
  });
  clientClosesIdleConnections(server);
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
    // s3rver emits this as soon as it has stored the object: kept now, before another PUT replaces it.
    const kept = event.Records.map(async ({ s3 }) => {
      s3.object.versionId = await versions.keep(s3.bucket.name, s3.object.key, s3.object.size);
    });
    const delivery = Promise.all(kept)
      .then(() => deliver(event))
      .finally(() => inFlight.delete(delivery));
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
        if (!options.removeOnStop) return;
        for (const dir of [options.directory, versionsDirectory(options.directory)])
          rmSync(dir, { recursive: true, force: true });
      })),
  };
}
