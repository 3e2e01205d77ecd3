/**
 * Who may do what, from one table: every route of ROUTES × every kind of caller (no token, a
 * broken, forged, expired or foreign token, the applicant, another applicant, an admin, and
 * tokens whose groups only look like the admin group), over HTTP through the local gateway into
 * the real handlers and DynamoDB Local. A refused token gets API Gateway's own 401; every other
 * refusal is the handler's problem document. An id route answers another applicant's id exactly
 * as an id that does not exist. Every answer also matches the OpenAPI document (client/validate.ts).
 */
import { randomBytes } from 'node:crypto';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkedFetch } from '../../client/index.js';
import { issueToken } from '../../infra/local/dev-auth.js';
import { ENV, ROUTES } from '../../shared/contract/resources.js';
import { USER_POOL_ADMIN_SCOPE } from '../../shared/contract/admin-recognition.js';
import { signToken, unsignedToken } from '../support/tokens.js';
import { makeClients } from '../support/emulators/env.js';
import { SAMPLE_DETAILS, VALID_USCC, sampleApplication, seedApplications } from '../support/applications.js';
import { startLocalApi, type LocalApi } from '../support/local-api.js';
import { documentItem } from '../../functions/commons/store/update-item/documents.js';
import { reportKey } from '../../functions/commons/files/report-files.js';
import { simulationKey } from '../../functions/commons/store/items/keys.js';

const { doc } = makeClients();
const table = process.env[ENV.tableName]!;
const OWNER = 'matrix-owner';
const STRANGER = 'matrix-stranger';
const TRICKSTER = 'matrix-trickster';

/** How the caller stands towards the application the request is about. */
type Standing = 'refused' | 'owner' | 'stranger' | 'admin';

let api: LocalApi;
let runId = '';
let simulationId = '';
let exportId = '';
const otherKey = new Uint8Array(randomBytes(32));
const nowSeconds = () => Math.floor(Date.now() / 1000);

interface Caller {
  name: string;
  standing: Standing;
  /** The Authorization header, if any. */
  authorization: () => Promise<string | undefined>;
}

const bearer = (token: Promise<string> | string) => Promise.resolve(token).then((value) => `Bearer ${value}`);
const withGroups =
  (sub: string, groups: unknown, claims: Record<string, unknown> = {}) =>
  () =>
    bearer(signToken(api.signingKey, { sub, groups, claims }));

/**
 * Group names and claim shapes that make no administrator: the local gateway is the dev stage's
 * user pool, whose admins carry its trigger's scope; `cognito:groups` never counts (API Gateway
 * flattens it), and neither does a `scope` claim that is an array.
 */
const GROUP_TRICKS: unknown[] = [
  ['x,admin'],
  ['admin,x'],
  ['admin '],
  [' admin'],
  ['Admin'],
  ['ADMIN'],
  ['[admin]'],
  ['administrators'],
  ['admin\u0000'],
  'admin',
  'x,admin',
  ['x admin'],
  [1, 'admin'],
  [{}, 'admin'],
  [['admin']],
  ['admin'],
];
const SCOPE_TRICKS: unknown[] = [
  [`x ${USER_POOL_ADMIN_SCOPE}`],
  [1, USER_POOL_ADMIN_SCOPE],
  [{}, USER_POOL_ADMIN_SCOPE],
  [[USER_POOL_ADMIN_SCOPE]],
  ['x', USER_POOL_ADMIN_SCOPE, 'y'],
  USER_POOL_ADMIN_SCOPE.toUpperCase(),
];

const CALLERS: Caller[] = [
  { name: 'anonymous', standing: 'refused', authorization: async () => undefined },
  { name: 'a malformed token', standing: 'refused', authorization: async () => 'Bearer not.a.token' },
  {
    name: 'an admin token signed with another key',
    standing: 'refused',
    authorization: () => bearer(signToken(otherKey, { sub: OWNER, groups: ['admin'] })),
  },
  {
    name: 'an unsigned admin token (alg: none)',
    standing: 'refused',
    authorization: () => bearer(unsignedToken({ sub: OWNER, 'cognito:groups': ['admin'] })),
  },
  {
    name: 'an expired token',
    standing: 'refused',
    authorization: () => bearer(signToken(api.signingKey, { sub: OWNER, expiresAt: nowSeconds() - 60 })),
  },
  {
    name: 'a token from another issuer',
    standing: 'refused',
    authorization: () => bearer(signToken(api.signingKey, { sub: OWNER, issuer: 'https://evil.example/issuer' })),
  },
  {
    name: 'a token for another audience',
    standing: 'refused',
    authorization: () => bearer(signToken(api.signingKey, { sub: OWNER, audience: 'another-api' })),
  },
  { name: 'the applicant', standing: 'owner', authorization: () => bearer(issueToken(api.signingKey, { sub: OWNER })) },
  {
    name: 'another applicant',
    standing: 'stranger',
    authorization: () => bearer(issueToken(api.signingKey, { sub: STRANGER })),
  },
  {
    name: 'an admin',
    standing: 'admin',
    authorization: () => bearer(issueToken(api.signingKey, { sub: 'matrix-admin', admin: true })),
  },
  {
    name: 'an admin among other groups',
    standing: 'admin',
    authorization: withGroups('matrix-admin-2', ['reviewers', 'admin'], {
      scope: `aws.cognito.signin.user.admin ${USER_POOL_ADMIN_SCOPE}`,
    }),
  },
  ...GROUP_TRICKS.map((groups): Caller => ({
    name: `cognito:groups ${JSON.stringify(groups)}`,
    standing: 'stranger',
    authorization: withGroups(TRICKSTER, groups),
  })),
  ...SCOPE_TRICKS.map((scope): Caller => ({
    name: `scope ${JSON.stringify(scope)}`,
    standing: 'stranger',
    authorization: withGroups(TRICKSTER, ['admin'], { scope }),
  })),
];

/** A stored application of the owner, in the status the route needs (decided just now: an appeal is in time). */
async function ownersApplication(status: 'SUBMITTED' | 'NEEDS_REVIEW' | 'INELIGIBLE' | 'APPEALED'): Promise<string> {
  const submittedAt = new Date().toISOString();
  const record = sampleApplication({
    applicantId: OWNER,
    status,
    submittedAt,
    ...(status === 'NEEDS_REVIEW'
      ? {
          decision: {
            outcome: 'NEEDS_REVIEW',
            amount: '300000.00',
            capApplied: false,
            policyVersion: 'LG-AI-2020',
            reasons: [],
          },
        }
      : {}),
  });
  const appeal =
    status === 'APPEALED' ? { appeal: { grounds: 'matrix', documentIds: [], appealedAt: submittedAt } } : {};
  await seedApplications(doc, table, [{ ...record, ...appeal }]);
  return record.applicationId;
}

/** A declared document (the presigned PUT is never used here). */
const DOCUMENT_BODY = {
  kind: 'OTHER',
  fileName: 'matrix.pdf',
  contentType: 'application/pdf',
  size: 1000,
  sha256: 'ab'.repeat(32),
};

/** A VERIFIED document of a fresh application of the owner: its read carries a presigned download. */
async function ownersDocument(): Promise<string> {
  const applicationId = await ownersApplication('SUBMITTED');
  const at = new Date().toISOString();
  const record = {
    ...DOCUMENT_BODY,
    kind: 'OTHER' as const,
    contentType: 'application/pdf' as const,
    documentId: `DOC${Date.now()}`,
    applicationId,
    applicantId: OWNER,
    status: 'VERIFIED' as const,
    createdAt: at,
    uploadedAt: at,
  };
  await doc.send(new PutCommand({ TableName: table, Item: documentItem(record) }));
  return `/v1/applications/${applicationId}/documents/${record.documentId}`;
}

interface Row {
  /** The expected status for each standing. */
  expect: Record<Standing, number>;
  /** The request, made afresh for each caller (a withdrawal or review needs an application still open). */
  request: () => Promise<{ path: string; body?: unknown }>;
}

const applicantOnly = (ok: number, stranger = ok, admin = ok) => ({ refused: 401, owner: ok, stranger, admin });
const adminOnly = (ok: number) => ({ refused: 401, owner: 403, stranger: 403, admin: ok });
const anyone = { refused: 200, owner: 200, stranger: 200, admin: 200 };
/** A public route without input: the same answer for everyone, token or not. */
const publicRow = (path: string): Row => ({ expect: anyone, request: async () => ({ path }) });

/** The matrix: one row per route. */
const MATRIX: Record<string, Row> = {
  'POST /v1/applications': {
    expect: applicantOnly(202),
    request: async () => ({
      path: '/v1/applications',
      body: {
        programme: 'AI_ACTIVITY',
        organisation: { name: 'Matrix Co.', unifiedSocialCreditCode: VALID_USCC, registeredInLingang: true },
        details: SAMPLE_DETAILS.AI_ACTIVITY,
      },
    }),
  },
  'GET /v1/applications': { expect: applicantOnly(200), request: async () => ({ path: '/v1/applications' }) },
  'GET /v1/applications/{id}': {
    expect: applicantOnly(200, 404, 200),
    request: async () => ({ path: `/v1/applications/${await ownersApplication('SUBMITTED')}` }),
  },
  'POST /v1/applications/{id}/withdraw': {
    expect: applicantOnly(200, 404, 404),
    request: async () => ({ path: `/v1/applications/${await ownersApplication('SUBMITTED')}/withdraw` }),
  },
  'POST /v1/applications/{id}/appeal': {
    expect: applicantOnly(202, 404, 404),
    request: async () => ({
      path: `/v1/applications/${await ownersApplication('INELIGIBLE')}/appeal`,
      body: { grounds: 'matrix' },
    }),
  },
  'POST /v1/applications/{id}/documents': {
    expect: applicantOnly(201, 404, 404),
    request: async () => ({
      path: `/v1/applications/${await ownersApplication('SUBMITTED')}/documents`,
      body: DOCUMENT_BODY,
    }),
  },
  'GET /v1/applications/{id}/documents': {
    expect: applicantOnly(200, 404, 200),
    request: async () => ({ path: `/v1/applications/${await ownersApplication('SUBMITTED')}/documents` }),
  },
  'GET /v1/applications/{id}/documents/{documentId}': {
    expect: applicantOnly(200, 404, 200),
    request: async () => ({ path: await ownersDocument() }),
  },
  'GET /v1/payouts': { expect: applicantOnly(200), request: async () => ({ path: '/v1/payouts' }) },
  'GET /v1/policy': publicRow('/v1/policy'),
  'GET /v1/openapi.json': publicRow('/v1/openapi.json'),
  'GET /docs': publicRow('/docs'),
  'GET /docs/swagger-ui.css': publicRow('/docs/swagger-ui.css'),
  'GET /docs/swagger-ui-bundle.js': publicRow('/docs/swagger-ui-bundle.js'),
  'PUT /v1/admin/platforms/{applicantId}/certification': {
    expect: adminOnly(200),
    request: async () => ({
      path: `/v1/admin/platforms/${OWNER}/certification`,
      body: { certifiedFrom: '2021-01-01', certifiedUntil: '2023-12-31', reference: 'MATRIX-1' },
    }),
  },
  'GET /v1/admin/applications': { expect: adminOnly(200), request: async () => ({ path: '/v1/admin/applications' }) },
  'POST /v1/admin/applications/{id}/review': {
    expect: adminOnly(200),
    request: async () => ({
      path: `/v1/admin/applications/${await ownersApplication('NEEDS_REVIEW')}/review`,
      body: { decision: 'REJECT', note: 'matrix' },
    }),
  },
  'POST /v1/admin/applications/{id}/appeal-decision': {
    expect: adminOnly(200),
    request: async () => ({
      path: `/v1/admin/applications/${await ownersApplication('APPEALED')}/appeal-decision`,
      body: { decision: 'UPHOLD', note: 'matrix' },
    }),
  },
  'POST /v1/admin/payout-runs': {
    expect: adminOnly(202),
    request: async () => ({ path: '/v1/admin/payout-runs', body: { fiscalYear: 2021 } }),
  },
  'GET /v1/admin/payout-runs/{runId}': {
    expect: adminOnly(200),
    request: async () => ({ path: `/v1/admin/payout-runs/${runId}` }),
  },
  'GET /v1/admin/payouts': {
    expect: adminOnly(200),
    request: async () => ({ path: '/v1/admin/payouts?fiscalYear=2021' }),
  },
  'POST /v1/admin/evaluation-redrive': {
    expect: adminOnly(200),
    request: async () => ({ path: '/v1/admin/evaluation-redrive' }),
  },
  'POST /v1/admin/event-republish': {
    expect: adminOnly(200),
    request: async () => ({ path: '/v1/admin/event-republish' }),
  },
  'GET /v1/admin/payout-runs': {
    expect: adminOnly(200),
    request: async () => ({ path: '/v1/admin/payout-runs?fiscalYear=2021' }),
  },
  'GET /v1/admin/payout-forecast': {
    expect: adminOnly(200),
    request: async () => ({ path: '/v1/admin/payout-forecast?fiscalYear=2021' }),
  },
  'GET /v1/admin/statistics': {
    expect: adminOnly(200),
    request: async () => ({ path: '/v1/admin/statistics?fiscalYear=2021' }),
  },
  'POST /v1/admin/simulations': {
    expect: adminOnly(202),
    request: async () => ({ path: '/v1/admin/simulations', body: { overrides: { ospOperatingRate: '15%' } } }),
  },
  'GET /v1/admin/simulations/{id}': {
    expect: adminOnly(200),
    request: async () => ({ path: `/v1/admin/simulations/${simulationId}` }),
  },
  'POST /v1/admin/exports': {
    expect: adminOnly(202),
    request: async () => ({ path: '/v1/admin/exports', body: { kind: 'AWARDS', fiscalYear: 2021 } }),
  },
  'GET /v1/admin/exports/{id}': {
    expect: adminOnly(200),
    request: async () => ({ path: `/v1/admin/exports/${exportId}` }),
  },
};

async function send(route: string, caller: Caller, request: { path: string; body?: unknown }): Promise<Response> {
  const authorization = await caller.authorization();
  const headers: Record<string, string> = authorization ? { authorization } : {};
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  const body = request.body === undefined ? {} : { body: JSON.stringify(request.body) };
  // Every answer of every route to every caller is also checked against the OpenAPI document.
  return checkedFetch(`${api.baseUrl}${request.path}`, { method: route.split(' ')[0], headers, ...body });
}

beforeAll(async () => {
  api = await startLocalApi();
  const admin = CALLERS.find((caller) => caller.standing === 'admin')!;
  const started = await send('POST /v1/admin/payout-runs', admin, {
    path: '/v1/admin/payout-runs',
    body: { fiscalYear: 2021 },
  });
  runId = ((await started.json()) as { runId: string }).runId;
  const simulation = await send('POST /v1/admin/simulations', admin, {
    path: '/v1/admin/simulations',
    body: { overrides: {} },
  });
  simulationId = ((await simulation.json()) as { simulationId: string }).simulationId;
  // Recorded COMPLETED with its file (no worker runs here), so its answer carries the download the document describes.
  await doc.send(
    new UpdateCommand({
      TableName: table,
      Key: simulationKey(simulationId),
      UpdateExpression: 'SET #status = :completed, completedAt = startedAt, #result = :result, objectKey = :key',
      ExpressionAttributeNames: { '#status': 'status', '#result': 'result' },
      ExpressionAttributeValues: {
        ':completed': 'COMPLETED',
        ':result': [],
        ':key': reportKey('simulations', simulationId),
      },
    }),
  );
  const asked = await send('POST /v1/admin/exports', admin, {
    path: '/v1/admin/exports',
    body: { kind: 'LEDGER', fiscalYear: 2021 },
  });
  exportId = ((await asked.json()) as { exportId: string }).exportId;
});
afterAll(() => api?.stop());

describe('authorization matrix', () => {
  it('has a row for every route', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(ROUTES.map((route) => `${route.method} ${route.path}`).sort());
  });

  const cells = CALLERS.flatMap((caller) =>
    Object.entries(MATRIX).map(([route, row]) => [caller.name, route, caller, row] as const),
  );

  it.each(cells)('%s → %s', async (_name, route, caller, row) => {
    const expected = row.expect[caller.standing];
    const response = await send(route, caller, await row.request());
    const text = await response.text();
    expect(response.status, text.slice(0, 300)).toBe(expected);
    if (route === 'GET /v1/admin/simulations/{id}' && expected === 200)
      expect(JSON.parse(text).download.url).toContain(`simulations/${simulationId}.csv`);
    if (expected === 401) {
      // API Gateway's own answer: its body cannot be changed (README "API").
      expect(JSON.parse(text)).toEqual({ message: 'Unauthorized' });
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    } else if (expected >= 400) {
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(JSON.parse(text)).toMatchObject({ status: expected });
    }
  });
});

describe("another applicant's id is answered as an id that does not exist", () => {
  const callerNamed = (name: string) => CALLERS.find((caller) => caller.name === name)!;
  const withoutInstance = async (response: Response) => {
    const { instance, ...problem } = (await response.json()) as Record<string, unknown>;
    return { status: response.status, problem };
  };

  it.each([
    ['GET /v1/applications/{id}', 'another applicant'],
    ['POST /v1/applications/{id}/withdraw', 'another applicant'],
    ['POST /v1/applications/{id}/withdraw', 'an admin'],
    // admin routes: a non-admin learns nothing about the id either
    ['POST /v1/admin/applications/{id}/review', 'another applicant'],
    ['POST /v1/applications/{id}/documents', 'another applicant'],
    ['POST /v1/applications/{id}/documents', 'an admin'],
    ['POST /v1/applications/{id}/appeal', 'another applicant'],
    ['POST /v1/applications/{id}/appeal', 'an admin'],
    ['POST /v1/admin/applications/{id}/appeal-decision', 'another applicant'],
  ] as const)('%s as %s', async (route, name) => {
    const caller = callerNamed(name);
    const path = (id: string) => route.split(' ')[1]!.replace('{id}', id);
    const BODIES: Record<string, unknown> = {
      review: { decision: 'REJECT', note: 'matrix' },
      appeal: { grounds: 'matrix' },
      'appeal-decision': { decision: 'UPHOLD', note: 'matrix' },
      documents: DOCUMENT_BODY,
    };
    const body = BODIES[route.split('/').at(-1)!];
    const existing = await withoutInstance(
      await send(route, caller, { path: path(await ownersApplication('NEEDS_REVIEW')), body }),
    );
    const missing = await withoutInstance(
      await send(route, caller, { path: path('01NOSUCHAPPLICATION0000000'), body }),
    );
    expect(existing.status).toBe(route.includes('/admin/') ? 403 : 404);
    expect(existing).toEqual(missing);
  });
});
