/**
 * The local S3 server refuses what S3 refuses (SPEC §7): requests without a Signature Version 4
 * signature, a wrong signature, an expired presigned URL, a presigned URL's path changed to
 * another key, and a PUT whose body does not have the SHA-256 its signed checksum header names;
 * what S3 accepts (the SDK's own signed calls, presigned PUT and GET) still works. Nothing a
 * refused request carried is stored.
 */
import { createHash, randomBytes } from 'node:crypto';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { S3Local } from '../../infra/local/s3-local.js';
import { ENV } from '../../shared/contract/resources.js';
import { localS3, makeClients } from '../support/emulators/env.js';

const { s3Client: s3 } = makeClients();
const bucket = process.env[ENV.documentBucketName]!;
let store: S3Local;

beforeAll(async () => {
  store = await localS3();
});
afterAll(async () => {
  await store?.stop();
  s3.destroy();
});

const checksum = (body: Buffer) => createHash('sha256').update(body).digest('base64');
const newKey = () => `documents/refusals/${randomBytes(6).toString('hex')}`;

/** A presigned PUT of `body` under `key`, signing its length, type and checksum as the API does. */
async function uploadUrl(key: string, body: Buffer, options: { signingDate?: Date; expiresIn?: number } = {}) {
  const headers = {
    'content-type': 'application/pdf',
    'content-length': String(body.length),
    'x-amz-checksum-sha256': checksum(body),
  };
  const command = new PutObjectCommand({
    Bucket: bucket,
    Key: key,
    ContentType: 'application/pdf',
    ContentLength: body.length,
    ChecksumSHA256: headers['x-amz-checksum-sha256'],
  });
  const url = await getSignedUrl(s3, command, {
    expiresIn: options.expiresIn ?? 900,
    ...(options.signingDate ? { signingDate: options.signingDate } : {}),
    signableHeaders: new Set(Object.keys(headers)),
    unhoistableHeaders: new Set(['x-amz-checksum-sha256']),
  });
  return { url, headers };
}

const put = (url: string, headers: Record<string, string>, body: Buffer) =>
  fetch(url, { method: 'PUT', headers, body: new Uint8Array(body) });
const downloadUrl = (key: string) =>
  getSignedUrl(s3, new GetObjectCommand({ Bucket: bucket, Key: key }), { expiresIn: 300 });
async function stored(key: string): Promise<Buffer | undefined> {
  const response = await fetch(await downloadUrl(key));
  return response.status === 200 ? Buffer.from(await response.arrayBuffer()) : undefined;
}
async function refusal(response: Response) {
  return { status: response.status, code: /<Code>([^<]+)<\/Code>/.exec(await response.text())?.[1] };
}

describe('the local S3 server', () => {
  it('accepts what S3 accepts: a presigned PUT and GET, and the SDK’s header-signed calls', async () => {
    const key = newKey();
    const body = randomBytes(300);
    const { url, headers } = await uploadUrl(key, body);
    expect((await put(url, headers, body)).status).toBe(200);
    expect(await stored(key)).toEqual(body);
    const other = newKey();
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: other, Body: body }));
    const { Body } = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: other }));
    expect(Buffer.from(await Body!.transformToByteArray())).toEqual(body);
    await store.settled();
  });

  it('refuses requests that are not signed: a GET, a listing, a PUT', async () => {
    const key = newKey();
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: 'kept' }));
    expect(await refusal(await fetch(`${store.endpoint}/${bucket}/${key}`))).toEqual({
      status: 403,
      code: 'AccessDenied',
    });
    expect(await refusal(await fetch(`${store.endpoint}/${bucket}`))).toEqual({ status: 403, code: 'AccessDenied' });
    expect(
      await refusal(await fetch(`${store.endpoint}/${bucket}/${key}`, { method: 'PUT', body: 'replaced' })),
    ).toEqual({ status: 403, code: 'AccessDenied' });
    expect((await stored(key))?.toString()).toBe('kept');
    await store.settled();
  });

  it('refuses a wrong signature (an all-zero one, one of another key pair)', async () => {
    const key = newKey();
    const body = randomBytes(64);
    const { url, headers } = await uploadUrl(key, body);
    const zeroed = url.replace(/X-Amz-Signature=[0-9a-f]+/, `X-Amz-Signature=${'0'.repeat(64)}`);
    expect(await refusal(await put(zeroed, headers, body))).toEqual({ status: 403, code: 'SignatureDoesNotMatch' });
    const otherPair = url.replace(/X-Amz-Credential=local%2F/, 'X-Amz-Credential=S3RVER%2F');
    expect((await refusal(await put(otherPair, headers, body))).status).toBe(403);
    expect(await stored(key)).toBeUndefined();
  });

  it('refuses an expired presigned URL', async () => {
    const key = newKey();
    const body = randomBytes(64);
    const { url, headers } = await uploadUrl(key, body, { signingDate: new Date(Date.now() - 120_000), expiresIn: 60 });
    expect(await refusal(await put(url, headers, body))).toEqual({ status: 403, code: 'AccessDenied' });
    expect(await stored(key)).toBeUndefined();
  });

  it('refuses a presigned URL whose path names another key: one upload URL cannot overwrite another object', async () => {
    const [mine, theirs] = [newKey(), newKey()];
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: theirs, Body: 'their evidence' }));
    const body = randomBytes(64);
    const { url, headers } = await uploadUrl(mine, body);
    const retargeted = url.replace(mine, theirs);
    expect(retargeted).not.toBe(url);
    expect(await refusal(await put(retargeted, headers, body))).toEqual({ status: 403, code: 'SignatureDoesNotMatch' });
    expect((await stored(theirs))?.toString()).toBe('their evidence');
    const download = await downloadUrl(mine);
    expect(await refusal(await fetch(download.replace(mine, theirs)))).toEqual({
      status: 403,
      code: 'SignatureDoesNotMatch',
    });
    await store.settled();
  });

  it('refuses a PUT whose body is not what its signed checksum says, and stores nothing', async () => {
    const key = newKey();
    const declared = randomBytes(64);
    const { url, headers } = await uploadUrl(key, declared);
    expect(await refusal(await put(url, headers, randomBytes(64)))).toEqual({ status: 400, code: 'BadDigest' });
    expect(await stored(key)).toBeUndefined();
    // The same URL with the declared bytes is fine: a second PUT can only store the same bytes again.
    expect((await put(url, headers, declared)).status).toBe(200);
    expect(await stored(key)).toEqual(declared);
    await store.settled();
  });
});
