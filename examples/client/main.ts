/**
 * A program an applicant-side developer writes against the API with the client package
 * (`npm install @lingang-ai-subsidy/client`, or the tarball `npm pack` makes in client/):
 * submit an application, poll until it is decided, list one's applications, and upload an
 * evidence document to it (declare → PUT to the presigned URL → poll until VERIFIED).
 *
 *   API_URL=http://127.0.0.1:3000 API_TOKEN=$(npm run --silent token -- --sub my-company) node main.js
 *
 * The test test/system/integrator.test.ts packs the client, installs it into a new project
 * outside the repository, type-checks this file there and runs it against `npm start`.
 */
import { createHash } from 'node:crypto';
import {
  bearer,
  createApiClient,
  type DocumentUpload,
  type ListApplicationsQuery,
  type SubmitApplicationBody,
} from '@lingang-ai-subsidy/client';

const baseUrl = process.env.API_URL ?? 'http://127.0.0.1:3000';
const token = process.env.API_TOKEN;
if (!token) throw new Error('API_TOKEN: a bearer token (locally: npm run --silent token -- --sub <applicant>)');
const headers = bearer(token);
const api = createApiClient({ baseUrl });

const application: SubmitApplicationBody = {
  programme: 'AI_ACTIVITY',
  organisation: {
    name: 'Lin-gang Example AI Co., Ltd.',
    unifiedSocialCreditCode: '91350100M000100Y43',
    registeredInLingang: true,
  },
  details: {
    activityType: 'COMPETITION',
    description: 'An AI model competition in Lin-gang',
    requestedAmount: '300000.00',
  },
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls `read` until `done` holds for its answer (at most `attempts` times, `ms` apart). */
async function poll<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  attempts = 120,
  ms = 250,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const value = await read();
    if (done(value)) return value;
    if (attempt === attempts) throw new Error(`${what}: still not done after ${attempts} reads`);
    await sleep(ms);
  }
}

// 1. Submit (202, evaluated asynchronously).
const submitted = await api.POST('/v1/applications', {
  body: application,
  headers: { ...headers, 'Idempotency-Key': `example-${Date.now()}` },
});
if (!submitted.data) throw new Error(`submit: ${submitted.response.status} ${JSON.stringify(submitted.error)}`);
const id = submitted.data.applicationId;
console.log(`submitted ${id}: ${submitted.data.status}`);

// 2. Poll until decided.
const decided = await poll(
  'decision',
  async () => (await api.GET('/v1/applications/{id}', { params: { path: { id } }, headers })).data,
  (found) => found !== undefined && found.status !== 'SUBMITTED',
);
console.log(`decided ${id}: ${decided!.status} ${decided!.decision?.amount ?? ''}`);

// 3. List one's applications (query parameters typed as what they mean: limit is a number).
const query: ListApplicationsQuery = { limit: 10, programme: 'AI_ACTIVITY' };
const listed = await api.GET('/v1/applications', { params: { query }, headers });
if (!listed.data) throw new Error(`list: ${listed.response.status}`);
console.log(
  `listed ${listed.data.items.length}: ${listed.data.items.some((item) => item.applicationId === id) ? 'includes' : 'MISSING'} ${id}`,
);

// 4. Upload an evidence document: declare it, PUT the bytes with exactly the headers given, wait for VERIFIED.
const pdf = new TextEncoder().encode('%PDF-1.4\n% An activity plan: programme, budget, venue.\n%%EOF\n');
const declared = await api.POST('/v1/applications/{id}/documents', {
  params: { path: { id } },
  headers,
  body: {
    kind: 'ACTIVITY_PLAN',
    fileName: 'activity-plan.pdf',
    contentType: 'application/pdf',
    size: pdf.byteLength,
    sha256: createHash('sha256').update(pdf).digest('hex'),
  },
});
if (!declared.data) throw new Error(`declare: ${declared.response.status} ${JSON.stringify(declared.error)}`);
const upload: DocumentUpload['upload'] = declared.data.upload;
const put = await fetch(upload.url, { method: upload.method, headers: upload.headers, body: pdf });
if (!put.ok) throw new Error(`upload: ${put.status}`);
const documentId = declared.data.documentId;
const verified = await poll(
  'verification',
  async () =>
    (await api.GET('/v1/applications/{id}/documents/{documentId}', { params: { path: { id, documentId } }, headers }))
      .data,
  (document) => document !== undefined && document.status !== 'PENDING',
);
console.log(`document ${documentId}: ${verified!.status}`);
if (verified!.status !== 'VERIFIED') process.exitCode = 1;
