/**
 * Object versions for the local S3 server, which keeps none itself (s3rver stores the latest PUT
 * only): each stored object is copied as a version of its own, its id given in the object-created
 * event as on a versioned bucket, and a GET, HEAD or DELETE naming a `versionId` is answered here
 * as S3 answers it. A GET serves the bytes of the version named, whatever was put since (so a
 * download URL keeps serving the version the verifier pinned); deleting the latest version makes
 * the one before it current again, as S3 does; a version no longer kept is 404 NoSuchVersion.
 */
import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { refusalBody, type S3Refusal } from './s3-signature.js';

/** What s3rver keeps of an object, beside one another: its bytes, their MD5 (the ETag) and its metadata. */
const PARTS = ['object', 'object.md5', 'metadata.json'] as const;
type Part = (typeof PARTS)[number];

/** Where s3rver keeps a part of an object (its FilesystemStore's getResourcePath). */
export type StorePath = (bucket: string, key: string, part: Part) => string;

export interface ObjectVersions {
  /** Keeps the object s3rver has just stored (`size` bytes) as its newest version; returns the version's id. */
  keep(bucket: string, key: string, size: number): Promise<string>;
  /** Answers a request naming a version (true), or leaves it to s3rver (false). */
  serve(request: IncomingMessage, response: ServerResponse): boolean;
}

/** Ids that sort in the order the versions were made (S3's are opaque; only this server reads order into them). */
const newVersionId = () => `${Date.now().toString(36).padStart(10, '0')}${randomBytes(8).toString('hex')}`;

/** Bucket, key and named version of a path-style request, or undefined when it names no version of an object. */
function versionRequested(request: IncomingMessage) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const versionId = url.searchParams.get('versionId');
  const [, bucket, ...keyParts] = url.pathname.split('/');
  if (versionId === null || !bucket || keyParts.length === 0) return undefined;
  return { bucket, key: decodeURIComponent(keyParts.join('/')), versionId, query: url.searchParams };
}

function refuse(response: ServerResponse, refusal: S3Refusal): void {
  response.writeHead(refusal.status, { 'content-type': 'application/xml' });
  response.end(refusalBody(refusal));
}

export function objectVersions(directory: string, storePath: StorePath): ObjectVersions {
  // Prefixed so that no bucket or key ('..') names a directory outside.
  const versionsOf = (bucket: string, key: string) =>
    join(directory, `b-${encodeURIComponent(bucket)}`, `k-${encodeURIComponent(key)}`);
  const newestFirst = (bucket: string, key: string) => {
    const dir = versionsOf(bucket, key);
    return existsSync(dir) ? readdirSync(dir).sort().reverse() : [];
  };
  const copyParts = (from: (part: Part) => string, to: (part: Part) => string) => {
    for (const part of PARTS) if (existsSync(from(part))) copyFileSync(from(part), to(part));
  };

  const get = (
    request: IncomingMessage,
    response: ServerResponse,
    parts: (part: Part) => string,
    versionId: string,
    query: URLSearchParams,
  ) => {
    const metadata = JSON.parse(readFileSync(parts('metadata.json'), 'utf8')) as Record<string, string>;
    const { size, mtime } = statSync(parts('object'));
    const override = (header: string) => query.get(`response-${header}`) ?? metadata[header];
    const headers: Record<string, string | number> = {
      'content-length': size,
      'last-modified': mtime.toUTCString(),
      etag: `"${readFileSync(parts('object.md5'), 'utf8')}"`,
      'x-amz-version-id': versionId,
    };
    for (const header of ['content-type', 'content-disposition', 'content-encoding', 'cache-control']) {
      const value = override(header);
      if (value !== undefined) headers[header] = value;
    }
    response.writeHead(200, headers);
    if (request.method === 'HEAD') return void response.end();
    createReadStream(parts('object')).pipe(response);
  };

  const remove = (response: ServerResponse, bucket: string, key: string, versionId: string) => {
    const [newest, previous] = newestFirst(bucket, key);
    rmSync(join(versionsOf(bucket, key), versionId), { recursive: true, force: true });
    if (versionId === newest) {
      // The version before becomes the current object again; with none left, the object is gone.
      if (previous)
        copyParts(
          (part) => join(versionsOf(bucket, key), previous, part),
          (part) => storePath(bucket, key, part),
        );
      else for (const part of PARTS) rmSync(storePath(bucket, key, part), { force: true });
    }
    response.writeHead(204, { 'x-amz-version-id': versionId });
    response.end();
  };

  return {
    async keep(bucket, key, size) {
      // s3rver reports an object stored once it has read the upload, while its file may still be
      // being written: copy it only once the file holds every byte (or after a second, if a later PUT replaced it).
      const object = storePath(bucket, key, 'object');
      for (let waited = 0; statSync(object, { throwIfNoEntry: false })?.size !== size && waited < 1000; waited += 5)
        await sleep(5);
      const versionId = newVersionId();
      const dir = join(versionsOf(bucket, key), versionId);
      mkdirSync(dir, { recursive: true });
      copyParts(
        (part) => storePath(bucket, key, part),
        (part) => join(dir, part),
      );
      return versionId;
    },
    serve(request, response) {
      const named = versionRequested(request);
      if (!named || !['GET', 'HEAD', 'DELETE'].includes(request.method ?? '')) return false;
      const { bucket, key, versionId, query } = named;
      request.resume();
      const dir = join(versionsOf(bucket, key), versionId);
      if (!/^[0-9a-z]+$/.test(versionId))
        refuse(response, { status: 400, code: 'InvalidArgument', message: 'Invalid version id specified' });
      else if (request.method === 'DELETE') remove(response, bucket, key, versionId);
      else if (!existsSync(dir))
        refuse(response, { status: 404, code: 'NoSuchVersion', message: 'The specified version does not exist.' });
      else get(request, response, (part) => join(dir, part), versionId, query);
      return true;
    },
  };
}
