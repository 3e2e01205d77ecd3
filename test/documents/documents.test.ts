/**
 * Evidence documents end to end (SPEC §11), over HTTP through the local gateway into the real
 * applicant API, with uploads to the presigned URLs on the local S3 server, whose object-created
 * events run the real verifying handler, on DynamoDB Local; events through the real outbox relay.
 */
import { randomBytes } from 'node:crypto';
import { HeadObjectCommand, NotFound, PutObjectCommand } from '@aws-sdk/client-s3';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkedFetch } from '../../client/index.js';
import { issueToken } from '../../infra/local/dev-auth.js';
import type { S3Local } from '../../infra/local/s3-local.js';
import { DOCUMENT_BUCKET, ENV } from '../../shared/contract/resources.js';
import type { ApplicationStatus } from '../../shared/domain/application.js';
import { MAX_DOCUMENTS_PER_APPLICATION } from '../../shared/domain/documents.js';
import { localAws, localS3, makeClients, publishedEvents } from '../support/emulators/env.js';
import { sampleApplication, seedApplications } from '../support/applications.js';
import { declare, JPEG, PDF, PNG, putToPresignedUrl, sha256Of, type UploadAnswer } from '../support/documents.js';
import { startLocalApi, tableItems, type LocalApi } from '../support/local-api.js';
import { objectKey } from '../../functions/commons/store/update-item/documents.js';
import { documentKey } from '../../functions/commons/store/items/keys.js';
import { reverifyDocuments } from '../../infra/local/recover.js';

const { doc, s3Client: s3 } = makeClients();
const table = process.env[ENV.tableName]!;
const documentResources = { table, documentBucket: localAws().resources.buckets[DOCUMENT_BUCKET.id]! };
const bucket = process.env[ENV.documentBucketName]!;
const OWNER = 'documents-owner';

let api: LocalApi;
let store: S3Local;
const tokens: Record<'owner' | 'stranger' | 'admin', string> = { owner: '', stranger: '', admin: '' };

beforeAll(async () => {
  [api, store] = await Promise.all([startLocalApi(), localS3()]);
  tokens.owner = await issueToken(api.signingKey, { sub: OWNER });
  tokens.stranger = await issueToken(api.signingKey, { sub: 'documents-stranger' });
  tokens.admin = await issueToken(api.signingKey, { sub: 'documents-admin', admin: true });
});
afterAll(async () => {
  await api?.stop();
  await store?.stop();
});

async function application(status: ApplicationStatus = 'SUBMITTED', applicantId = OWNER): Promise<string> {
  const record = sampleApplication({ applicantId, status });
  await seedApplications(doc, table, [record]);
  return record.applicationId;
}

/** A request as `who`, its answer checked against the OpenAPI document. */
async function call(who: keyof typeof tokens, method: string, path: string, body?: unknown) {
  const response = await checkedFetch(`${api.baseUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${tokens[who]}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, any>,
    // The gateway's request id, as API Gateway answers it: the correlation id of the request's work.
    requestId: response.headers.get('apigw-requestid'),
  };
}

const declareDocument = (applicationId: string, body: unknown, who: keyof typeof tokens = 'owner') =>
  call(who, 'POST', `/v1/applications/${applicationId}/documents`, body);

/** Declares, uploads and waits for the verifier; answers the document as read afterwards. */
async function upload(applicationId: string, bytes: Buffer, declared = declare(bytes)) {
  const created = await declareDocument(applicationId, declared);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return uploadTo(applicationId, created.body as UploadAnswer, bytes);
}

/** Uploads to a declared document's URL and waits for the verifier. */
async function uploadTo(applicationId: string, answer: UploadAnswer, bytes: Buffer) {
  const started = performance.now();
  expect(await putToPresignedUrl(answer.upload, bytes)).toBe(200);
  await store.settled();
  const verifiedInMs = performance.now() - started;
  const read = await call('owner', 'GET', `/v1/applications/${applicationId}/documents/${answer.documentId}`);
  return { documentId: answer.documentId, document: read.body, verifiedInMs };
}

/** Writes the object with the SDK's own signed PUT (no upload URL, no checksum) and waits for the verifier. */
async function storeDirectly(applicationId: string, documentId: string, bytes: Buffer) {
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: objectKey(applicationId, documentId), Body: bytes }));
  await store.settled();
  const read = await call('owner', 'GET', `/v1/applications/${applicationId}/documents/${documentId}`);
  return { document: read.body };
}

const objectExists = async (applicationId: string, documentId: string) => {
  try {
    await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: objectKey(applicationId, documentId) }));
    return true;
  } catch (error) {
    if (error instanceof NotFound) return false;
    throw error;
  }
};

const documentItems = async () => (await tableItems(doc, table)).filter((item) => item.entity === 'DOCUMENT');

describe('evidence documents', () => {
  it('upload → VERIFIED → the download gives the same bytes; owner and admin list it; DocumentVerified once', async () => {
    const applicationId = await application('NEEDS_REVIEW');
    const created = await declareDocument(applicationId, declare(PDF));
    expect(created.body).toMatchObject({
      status: 'PENDING',
      upload: { method: 'PUT', headers: { 'content-type': 'application/pdf', 'content-length': String(PDF.length) } },
    });
    expect(created.body.upload.headers['x-amz-checksum-sha256']).toBe(
      Buffer.from(sha256Of(PDF), 'hex').toString('base64'),
    );
    // Keyed by ids, never by the client's file name; the signature covers the declared headers.
    expect(created.body.upload.url).toContain(`/${bucket}/${objectKey(applicationId, created.body.documentId)}?`);
    expect(decodeURIComponent(created.body.upload.url)).toContain(
      'X-Amz-SignedHeaders=content-length;content-type;host;x-amz-checksum-sha256',
    );

    const { document, verifiedInMs } = await uploadTo(applicationId, created.body as UploadAnswer, PDF);
    console.info(`document verification: ${verifiedInMs.toFixed(0)} ms from PUT to VERIFIED (${PDF.length} bytes)`);
    expect(document).toMatchObject({
      kind: 'ACTIVITY_PLAN',
      fileName: 'activity plan 2021.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      sha256: sha256Of(PDF),
      status: 'VERIFIED',
    });
    expect(document.uploadedAt).toEqual(expect.any(String));
    const downloaded = await fetch(document.download.url);
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers.get('content-disposition')).toContain("filename*=UTF-8''activity%20plan%202021.pdf");
    const bytes = Buffer.from(await downloaded.arrayBuffer());
    expect(bytes.equals(PDF)).toBe(true);
    console.info(`document round trip: ${bytes.length} bytes uploaded and downloaded identical`);

    for (const who of ['owner', 'admin'] as const) {
      const listed = await call(who, 'GET', `/v1/applications/${applicationId}/documents`);
      expect(listed.status).toBe(200);
      expect(listed.body.items).toEqual([
        expect.objectContaining({ documentId: document.documentId, status: 'VERIFIED' }),
      ]);
      expect(listed.body.items[0]).not.toHaveProperty('download');
    }
    const admins = await call('admin', 'GET', `/v1/applications/${applicationId}/documents/${document.documentId}`);
    expect(admins.body.download.url).toEqual(expect.any(String));
    const events = await publishedEvents(localAws().resources, { type: 'DocumentVerified' });
    const verified = events.filter((event) => event.detail.documentId === document.documentId);
    expect(verified).toHaveLength(1);
    // The event names the request that declared the document (SPEC §10.2).
    expect(created.requestId).toEqual(expect.any(String));
    expect(verified[0]!.detail.correlationId).toBe(created.requestId);
  });

  it('a 5 MiB PDF: streamed and hashed in chunks, VERIFIED, downloaded back identical', async () => {
    const applicationId = await application();
    const bytes = Buffer.concat([PDF, randomBytes(5 * 1024 * 1024 - PDF.length)]);
    const { document, verifiedInMs } = await upload(
      applicationId,
      bytes,
      declare(bytes, { kind: 'FINANCIAL_STATEMENT', fileName: 'statements.pdf' }),
    );
    expect(document.status).toBe('VERIFIED');
    const downloaded = Buffer.from(await (await fetch(document.download.url)).arrayBuffer());
    expect(downloaded.equals(bytes)).toBe(true);
    console.info(
      `document round trip: ${bytes.length} bytes, PUT to VERIFIED in ${verifiedInMs.toFixed(0)} ms, downloaded identical`,
    );
  });

  it('JPEG and PNG uploads declared as what they are: VERIFIED', async () => {
    const applicationId = await application('INELIGIBLE');
    const jpeg = await upload(
      applicationId,
      JPEG,
      declare(JPEG, { contentType: 'image/jpeg', kind: 'BUSINESS_LICENCE', fileName: '营业执照.jpg' }),
    );
    const png = await upload(
      applicationId,
      PNG,
      declare(PNG, { contentType: 'image/png', kind: 'OTHER', fileName: 'seal.png' }),
    );
    expect([jpeg.document.status, png.document.status]).toEqual(['VERIFIED', 'VERIFIED']);
  });

  it('a wrong checksum: refused by S3 (400 BadDigest); bytes arriving by another way: REJECTED, the object removed, DocumentRejected published', async () => {
    const applicationId = await application('REJECTED');
    const declared = await declareDocument(
      applicationId,
      declare(PDF, { sha256: sha256Of(Buffer.from('other bytes')) }),
    );
    const created = declared.body as UploadAnswer;
    const { documentId } = created;
    // S3 checks the signed x-amz-checksum-sha256 against the body: nothing is stored.
    expect(await putToPresignedUrl(created.upload, PDF)).toBe(400);
    expect(await objectExists(applicationId, documentId)).toBe(false);
    // The verifier does not rely on it: an object of other bytes (written by any other means) is rejected and removed.
    const { document } = await storeDirectly(applicationId, documentId, PDF);
    expect(document).toMatchObject({ status: 'REJECTED', rejectReason: 'CHECKSUM_MISMATCH' });
    expect(document).not.toHaveProperty('download');
    expect(await objectExists(applicationId, documentId)).toBe(false);
    // Whatever arrives later for a rejected document is removed too.
    const again = await storeDirectly(applicationId, documentId, PDF);
    expect(again.document).toMatchObject({ status: 'REJECTED', rejectReason: 'CHECKSUM_MISMATCH' });
    expect(await objectExists(applicationId, documentId)).toBe(false);
    const events = await publishedEvents(localAws().resources, { type: 'DocumentRejected' });
    expect(
      events
        .filter((event) => event.detail.documentId === documentId)
        .map(({ detail }) => [detail.rejectReason, detail.correlationId]),
    ).toEqual([['CHECKSUM_MISMATCH', declared.requestId]]);
  });

  it('a PNG declared as a PDF: REJECTED for its type; bytes longer than declared: refused by S3, REJECTED for its size by any other way', async () => {
    const applicationId = await application();
    const png = await upload(applicationId, PNG, declare(PNG));
    expect(png.document).toMatchObject({ status: 'REJECTED', rejectReason: 'TYPE_MISMATCH' });
    expect(await objectExists(applicationId, png.documentId)).toBe(false);
    // S3 refuses a body of another length than the signed one (and a PUT without the signed checksum header).
    const created = await declareDocument(applicationId, declare(PDF, { size: PDF.length - 1 }));
    const refused = await fetch(created.body.upload.url, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf' },
      body: PDF,
    });
    expect(refused.status).toBe(403);
    await store.settled();
    expect(await objectExists(applicationId, created.body.documentId)).toBe(false);
    // The verifier checks the size itself.
    const { document } = await storeDirectly(applicationId, created.body.documentId, PDF);
    expect(document).toMatchObject({ status: 'REJECTED', rejectReason: 'SIZE_MISMATCH' });
  });

  it('bad declarations: 400 naming the field, nothing stored', async () => {
    const applicationId = await application();
    const before = await tableItems(doc, table);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ size: 20 * 1024 * 1024 + 1 }, 'size'],
      [{ size: 0 }, 'size'],
      [{ contentType: 'image/gif' }, 'contentType'],
      [{ sha256: 'ab'.repeat(31) }, 'sha256'],
      [{ kind: 'SELFIE' }, 'kind'],
      [{ fileName: 'a\u0000b.pdf' }, 'fileName'],
      [{ fileName: '../../etc/passwd' }, 'fileName'],
      [{ fileName: 'x'.repeat(256) }, 'fileName'],
    ];
    for (const [override, field] of cases) {
      const answer = await declareDocument(applicationId, declare(PDF, override));
      expect(answer.status, JSON.stringify(override)).toBe(400);
      expect(answer.body.errors.map((error: { path: string }) => error.path)).toEqual([field]);
    }
    expect(await tableItems(doc, table)).toEqual(before);
  });

  it(`at most ${MAX_DOCUMENTS_PER_APPLICATION} documents, however many requests race: the next is 409 and stores nothing`, async () => {
    const applicationId = await application();
    const answers = await Promise.all(
      Array.from({ length: MAX_DOCUMENTS_PER_APPLICATION + 5 }, () => declareDocument(applicationId, declare(PDF))),
    );
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(MAX_DOCUMENTS_PER_APPLICATION);
    expect(
      new Set(
        answers.filter((answer) => answer.status !== 201).map((answer) => `${answer.status} ${answer.body.type}`),
      ),
    ).toEqual(new Set(['409 https://lingang.ai-subsidy/problems/document-limit-reached']));
    const mine = async () => (await documentItems()).filter((item) => item.applicationId === applicationId);
    expect(await mine()).toHaveLength(MAX_DOCUMENTS_PER_APPLICATION);
    const twentyFirst = await declareDocument(applicationId, declare(PDF));
    expect(twentyFirst.status).toBe(409);
    expect(await mine()).toHaveLength(MAX_DOCUMENTS_PER_APPLICATION);
  });

  it('another applicant’s ids, or a document of another application: 404 on every document route; admins cannot add', async () => {
    const applicationId = await application();
    const { documentId } = await upload(applicationId, PDF);
    const otherApplication = await application();
    const paths = {
      list: `/v1/applications/${applicationId}/documents`,
      one: `/v1/applications/${applicationId}/documents/${documentId}`,
    };
    expect((await call('stranger', 'GET', paths.list)).status).toBe(404);
    expect((await call('stranger', 'GET', paths.one)).status).toBe(404);
    expect((await declareDocument(applicationId, declare(PDF), 'stranger')).status).toBe(404);
    expect((await declareDocument(applicationId, declare(PDF), 'admin')).status).toBe(404);
    expect((await call('owner', 'GET', `/v1/applications/${otherApplication}/documents/${documentId}`)).status).toBe(
      404,
    );
    expect(
      (await call('owner', 'GET', `/v1/applications/${applicationId}/documents/01HZZZZZZZZZZZZZZZZZZZZZZZ`)).status,
    ).toBe(404);
  });

  it('no documents once an application is decided for good: 409 documents-not-accepted', async () => {
    for (const status of ['APPROVED', 'ELIGIBLE', 'WITHDRAWN'] as const) {
      const answer = await declareDocument(await application(status), declare(PDF));
      expect(answer.status, status).toBe(409);
      expect(answer.body.type).toBe('https://lingang.ai-subsidy/problems/documents-not-accepted');
    }
  });

  it('a repeated object-created event changes and publishes nothing; a key of no document is skipped', async () => {
    const { handler } = await import('../../functions/verify-document/handler.js');
    const applicationId = await application();
    const { documentId } = await upload(applicationId, PDF);
    const itemBefore = (await documentItems()).find((item) => item.documentId === documentId);
    const record = (key: string) => ({
      eventName: 'ObjectCreated:Put',
      s3: { bucket: { name: bucket }, object: { key, size: PDF.length } },
    });
    const event = {
      Records: [
        record(objectKey(applicationId, documentId)),
        record('applications/unknown/documents/none'),
        record('elsewhere.txt'),
      ],
    };
    await handler(event as never);
    await handler(event as never);
    expect((await documentItems()).find((item) => item.documentId === documentId)).toEqual(itemBefore);
    const events = await publishedEvents(localAws().resources, { type: 'DocumentVerified' });
    expect(events.filter((published) => published.detail.documentId === documentId)).toHaveLength(1);
    expect(await objectExists(applicationId, documentId)).toBe(true);
  });

  it('on a versioned bucket (AWS), a version of a verified document other than the verified one is deleted; the verified one is kept', async () => {
    const { handler } = await import('../../functions/verify-document/handler.js');
    const { s3: functionS3 } = await import('../../functions/commons/clients/s3.js');
    const applicationId = await application();
    const { documentId } = await upload(applicationId, PDF);
    await doc.send(
      new UpdateCommand({
        TableName: table,
        Key: documentKey(applicationId, documentId),
        UpdateExpression: 'SET versionId = :verified',
        ExpressionAttributeValues: { ':verified': 'v-verified' },
      }),
    );
    // The local server keeps no versions: the deletes the verifier sends are recorded, not sent.
    const deleted: Array<{ Key?: string; VersionId?: string }> = [];
    functionS3.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName !== 'DeleteObjectCommand') return next(args);
        deleted.push(args.input as { Key?: string; VersionId?: string });
        return { output: { $metadata: {} }, response: {} } as never;
      },
      { step: 'initialize', name: 'recordDeletes' },
    );
    try {
      const key = objectKey(applicationId, documentId);
      const record = (versionId: string) => ({
        eventName: 'ObjectCreated:Put',
        s3: { bucket: { name: bucket }, object: { key, size: PDF.length, versionId } },
      });
      await handler({ Records: [record('v-verified')] } as never);
      expect(deleted).toEqual([]);
      await handler({ Records: [record('v-second-put')] } as never);
      expect(deleted).toEqual([expect.objectContaining({ Key: key, VersionId: 'v-second-put' })]);
    } finally {
      functionS3.middlewareStack.remove('recordDeletes');
    }
    const read = await call('owner', 'GET', `/v1/applications/${applicationId}/documents/${documentId}`);
    expect(read.body).toMatchObject({ status: 'VERIFIED' });
  });

  it('a verification lost with a killed local run is done again on the next start; a declaration never uploaded stays PENDING', async () => {
    const applicationId = await application();
    const { documentId } = await upload(applicationId, PDF);
    // The state a run killed between the upload and the verifier's conclusion leaves: object stored, document PENDING.
    await doc.send(
      new UpdateCommand({
        TableName: table,
        Key: documentKey(applicationId, documentId),
        UpdateExpression: 'SET #status = :pending REMOVE uploadedAt, versionId',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':pending': 'PENDING' },
      }),
    );
    const neverUploaded = await declareDocument(applicationId, declare(PNG));
    const statusOf = async (id: string) =>
      (await call('owner', 'GET', `/v1/applications/${applicationId}/documents/${id}`)).body.status;
    expect(await statusOf(documentId)).toBe('PENDING');

    expect(await reverifyDocuments(documentResources)).toBeGreaterThanOrEqual(1);
    const read = await call('owner', 'GET', `/v1/applications/${applicationId}/documents/${documentId}`);
    expect(read.body).toMatchObject({
      status: 'VERIFIED',
      uploadedAt: expect.any(String),
      download: { url: expect.any(String) },
    });
    expect(await statusOf(neverUploaded.body.documentId)).toBe('PENDING');
    expect(await reverifyDocuments(documentResources)).toBe(0);
  });
});
