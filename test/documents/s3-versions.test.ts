/**
 * The local S3 server keeps versions as a versioned bucket does (SPEC §7: it serves the version a
 * download URL names): each object-created event names the version stored, a presigned GET naming a
 * version serves that version's bytes whatever was put since, and deleting the newest version makes
 * the one before it current again.
 */
import { randomBytes } from 'node:crypto';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { S3Event } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { S3Local } from '../../infra/local/s3-local.js';
import { ENV } from '../../shared/contract/resources.js';
import { localS3, makeClients } from '../support/emulators/env.js';

const { s3Client: s3 } = makeClients();
const bucket = process.env[ENV.documentBucketName]!;
const PREFIX = 'documents/versions/';
let store: S3Local;
const created: Array<{ key: string; versionId: string | undefined }> = [];

beforeAll(async () => {
  store = await localS3();
  store.onObjectCreated(PREFIX, async (event: S3Event) => {
    for (const { s3: record } of event.Records)
      created.push({ key: record.object.key, versionId: record.object.versionId });
  });
});
afterAll(async () => {
  await store?.stop();
  s3.destroy();
});

/** Puts `body` under `key` and answers the version its object-created event names. */
async function putVersion(key: string, body: string): Promise<string> {
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: 'text/plain' }));
  await store.settled();
  const versionId = created.filter((event) => event.key === key).at(-1)?.versionId;
  expect(versionId, `the event of ${key} names its version`).toMatch(/^\w+$/);
  return versionId!;
}

/** What a presigned GET answers (as the API's download URL: a version, a type and a file name). */
async function download(key: string, versionId?: string) {
  const command = new GetObjectCommand({
    Bucket: bucket,
    Key: key,
    ...(versionId ? { VersionId: versionId } : {}),
    ResponseContentType: 'application/pdf',
    ResponseContentDisposition: 'attachment; filename="evidence.pdf"',
  });
  const response = await fetch(await getSignedUrl(s3, command, { expiresIn: 300 }));
  return { status: response.status, headers: response.headers, body: await response.text() };
}

describe('object versions on the local S3 server', () => {
  it('serves the version a download URL names, whatever was put since', async () => {
    const key = `${PREFIX}${randomBytes(6).toString('hex')}`;
    const first = await putVersion(key, 'first bytes');
    const second = await putVersion(key, 'second bytes');
    expect(second).not.toBe(first);

    const named = await download(key, first);
    expect(named).toMatchObject({ status: 200, body: 'first bytes' });
    expect(named.headers.get('content-type')).toBe('application/pdf');
    expect(named.headers.get('content-disposition')).toBe('attachment; filename="evidence.pdf"');
    expect(named.headers.get('x-amz-version-id')).toBe(first);
    expect(await download(key, second)).toMatchObject({ status: 200, body: 'second bytes' });
    expect(await download(key)).toMatchObject({ status: 200, body: 'second bytes' });
  });

  it('deleting the newest version makes the one before current; a deleted version is NoSuchVersion', async () => {
    const key = `${PREFIX}${randomBytes(6).toString('hex')}`;
    const first = await putVersion(key, 'verified bytes');
    const second = await putVersion(key, 'a second PUT');
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key, VersionId: second }));

    expect(await download(key)).toMatchObject({ status: 200, body: 'verified bytes' });
    expect(await download(key, first)).toMatchObject({ status: 200, body: 'verified bytes' });
    const gone = await download(key, second);
    expect(gone.status).toBe(404);
    expect(gone.body).toContain('<Code>NoSuchVersion</Code>');

    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key, VersionId: first }));
    expect((await download(key)).status).toBe(404);
  });

  it('refuses a malformed version id and keeps the bytes of a version it was not asked to delete', async () => {
    const key = `${PREFIX}${randomBytes(6).toString('hex')}`;
    const only = await putVersion(key, 'kept');
    const malformed = await download(key, '../../etc');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toContain('<Code>InvalidArgument</Code>');
    expect(await download(key, only)).toMatchObject({ status: 200, body: 'kept' });
  });
});
