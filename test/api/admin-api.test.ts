/**
 * The admin API against DynamoDB Local: the admin group on every route, platform
 * certification, the review queue and search by status/programme, and the payout ledger.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENV, ROUTES } from '../../shared/contract/resources.js';
import { makeClients } from '../support/emulators/env.js';
import { minutesFrom, payoutItem, sampleApplication, seedApplications, seedItems } from '../support/applications.js';
import { admin, applicant, caller, type Response } from '../support/http-events.js';

const { handler } = await import('../../functions/admin-api/handler.js');
const call = caller(handler);
const { doc } = makeClients();
const table = process.env[ENV.tableName]!;
const ADMIN = admin('admin-reviewer');

const ids = (response: Response) =>
  (response.body.items as { applicationId: string }[]).map((item) => item.applicationId);

describe('admin group', () => {
  const adminRoutes = ROUTES.filter((route) => route.function === 'admin-api').map(
    (route) => `${route.method} ${route.path}`,
  );

  it.each(adminRoutes)('%s answers 403 to a non-admin', async (key) => {
    const response = await call(key, {
      as: applicant('not-an-admin'),
      path: { applicantId: 'platform-1', id: 'app-1', runId: 'run-1' },
      query: { fiscalYear: '2021' },
      body: { certifiedFrom: '2021-01-01', certifiedUntil: '2021-12-31', reference: 'CERT-1' },
    });
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toBe('application/problem+json');
  });

  it('answers 401 without a token', async () => {
    expect((await call('GET /v1/admin/applications')).status).toBe(401);
  });

  it('routes the payout-run routes: an unknown run is 404, a year before the policy is 409', async () => {
    expect((await call('GET /v1/admin/payout-runs/{runId}', { as: ADMIN, path: { runId: 'r1' } })).status).toBe(404);
    expect((await call('POST /v1/admin/payout-runs', { as: ADMIN, body: { fiscalYear: 2019 } })).status).toBe(409);
  });

  it('compares payout dates as dates: a year not yet due is 409, a year out of range 400 naming fiscalYear', async () => {
    const farFuture = await call('POST /v1/admin/payout-runs', { as: ADMIN, body: { fiscalYear: 9999 } });
    expect(farFuture.status).toBe(409);
    expect(farFuture.body.type).toMatch(/payout-not-yet-due$/);
    const thisYear = Number(new Date().toISOString().slice(0, 4));
    expect((await call('POST /v1/admin/payout-runs', { as: ADMIN, body: { fiscalYear: thisYear } })).status).toBe(409);
    for (const fiscalYear of [10000, -2021, 2021.5]) {
      const response = await call('POST /v1/admin/payout-runs', { as: ADMIN, body: { fiscalYear } });
      expect(response.status, String(fiscalYear)).toBe(400);
      expect(response.body.errors.map((error: { path: string }) => error.path)).toEqual(['fiscalYear']);
    }
  });
});

describe('PUT /v1/admin/platforms/{applicantId}/certification', () => {
  const put = (applicantId: string, body: unknown) =>
    call('PUT /v1/admin/platforms/{applicantId}/certification', { as: ADMIN, path: { applicantId }, body });

  it('stores the certification and returns it; repeating it for the same reference keeps one item', async () => {
    const body = { certifiedFrom: '2021-01-01', certifiedUntil: '2023-12-31', reference: 'OSP-CERT-2021-7' };
    const response = await put('platform-a', body);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ applicantId: 'platform-a', ...body });

    const renewed = await put('platform-a', { ...body, certifiedUntil: '2025-12-31' });
    expect(renewed.status).toBe(200);
    const { Item } = await doc.send(
      new GetCommand({ TableName: table, Key: { pk: 'APPLICANT#platform-a', sk: 'CERT#OSP-CERT-2021-7' } }),
    );
    expect(Item).toMatchObject({
      applicantId: 'platform-a',
      ...body,
      certifiedUntil: '2025-12-31',
      certifiedBy: ADMIN.sub,
    });
    expect(Item!.certifiedAt).toEqual(expect.any(String));
  });

  it.each([
    ['certifiedUntil', { certifiedFrom: '2022-01-01', certifiedUntil: '2021-12-31', reference: 'R-1' }],
    ['certifiedUntil', { certifiedFrom: '2022-01-01', certifiedUntil: '2022-02-30', reference: 'R-1' }],
    ['certifiedFrom', { certifiedFrom: '1.1.2022', certifiedUntil: '2022-12-31', reference: 'R-1' }],
    ['reference', { certifiedFrom: '2022-01-01', certifiedUntil: '2022-12-31' }],
    ['reference', { certifiedFrom: '2022-01-01', certifiedUntil: '2022-12-31', reference: '  ' }],
    ['colour', { certifiedFrom: '2022-01-01', certifiedUntil: '2022-12-31', reference: 'R-1', colour: 'blue' }],
  ])('answers 400 naming %s and stores nothing', async (field, body) => {
    const response = await put('platform-invalid', body);
    expect(response.status).toBe(400);
    expect(response.body.errors.map((issue: { path: string }) => issue.path)).toContain(field);
    const { Item } = await doc.send(
      new GetCommand({ TableName: table, Key: { pk: 'APPLICANT#platform-invalid', sk: 'CERT#R-1' } }),
    );
    expect(Item).toBeUndefined();
  });

  it('answers 400 for a malformed body or applicant id', async () => {
    expect((await put('platform-b', '{not json')).status).toBe(400);
    expect(
      (await put('platform#b', { certifiedFrom: '2022-01-01', certifiedUntil: '2022-12-31', reference: 'R' })).status,
    ).toBe(400);
  });
});

describe('GET /v1/admin/applications', () => {
  const times = minutesFrom('2021-06-01T00:00:00.000Z', 6);
  const records = [
    sampleApplication({ applicantId: 'p1', submittedAt: times[0], programme: 'AI_ACTIVITY', status: 'NEEDS_REVIEW' }),
    sampleApplication({
      applicantId: 'p2',
      submittedAt: times[1],
      programme: 'NATIONAL_PLATFORM',
      status: 'NEEDS_REVIEW',
    }),
    sampleApplication({ applicantId: 'p1', submittedAt: times[2], programme: 'AI_ACTIVITY', status: 'SUBMITTED' }),
    sampleApplication({ applicantId: 'p3', submittedAt: times[3], programme: 'AI_ACTIVITY', status: 'NEEDS_REVIEW' }),
    sampleApplication({ applicantId: 'p2', submittedAt: times[4], programme: 'OSP_RND', status: 'ELIGIBLE' }),
    sampleApplication({ applicantId: 'p3', submittedAt: times[5], programme: 'AI_ACTIVITY', status: 'APPROVED' }),
  ];
  const idsOf = (...indexes: number[]) => indexes.map((i) => records[i]!.applicationId);
  const search = (query: Record<string, string> = {}) => call('GET /v1/admin/applications', { as: ADMIN, query });

  beforeAll(() => seedApplications(doc, table, records));

  it('without filters is the review queue (NEEDS_REVIEW), newest first, with audit trails', async () => {
    const response = await search();
    expect(response.status).toBe(200);
    expect(ids(response)).toEqual(idsOf(3, 1, 0));
    expect(response.body.items[0].audit).toEqual(records[3]!.audit);
  });

  it('by status', async () => {
    expect(ids(await search({ status: 'SUBMITTED' }))).toEqual(idsOf(2));
    expect(ids(await search({ status: 'ELIGIBLE' }))).toEqual(idsOf(4));
  });

  it('by programme and status, and by programme alone (grouped by status, newest first within)', async () => {
    expect(ids(await search({ programme: 'AI_ACTIVITY', status: 'NEEDS_REVIEW' }))).toEqual(idsOf(3, 0));
    const all = ids(await search({ programme: 'AI_ACTIVITY' }));
    expect(all.sort()).toEqual(idsOf(0, 2, 3, 5).sort());
  });

  it('pages the queue with a cursor bound to the listing', async () => {
    const first = await search({ limit: '2' });
    expect(ids(first)).toEqual(idsOf(3, 1));
    const second = await search({ limit: '2', cursor: first.body.nextCursor });
    expect(ids(second)).toEqual(idsOf(0));
    expect(second.body).not.toHaveProperty('nextCursor');
    expect((await search({ status: 'SUBMITTED', cursor: first.body.nextCursor })).status).toBe(400);
  });

  it.each([
    ['status', { status: 'nope' }],
    ['programme', { programme: 'nope' }],
    ['limit', { limit: '500' }],
  ])('answers 400 naming %s', async (parameter, query) => {
    const response = await search(query);
    expect(response.status).toBe(400);
    expect(response.body.errors.map((issue: { path: string }) => issue.path)).toEqual([parameter]);
  });
});

describe('GET /v1/admin/payouts', () => {
  const entries = [
    payoutItem({
      applicationId: 'ledger-a',
      applicantId: 'p1',
      fiscalYear: 2021,
      amount: '1000000.00',
      issuedAt: '2022-03-01T02:00:00.000Z',
    }),
    payoutItem({
      applicationId: 'ledger-b',
      applicantId: 'p2',
      fiscalYear: 2021,
      amount: '250000.50',
      issuedAt: '2022-03-01T02:00:05.000Z',
    }),
    payoutItem({
      applicationId: 'ledger-c',
      applicantId: 'p1',
      fiscalYear: 2022,
      amount: '900000.00',
      issuedAt: '2023-03-01T02:00:00.000Z',
    }),
  ];
  beforeAll(() => seedItems(doc, table, entries));

  it('lists the ledger of one fiscal year, newest first, with paging', async () => {
    const first = await call('GET /v1/admin/payouts', { as: ADMIN, query: { fiscalYear: '2021', limit: '1' } });
    expect(first.status).toBe(200);
    expect(first.body.items).toEqual([
      {
        payoutId: 'payout-ledger-b',
        applicationId: 'ledger-b',
        applicantId: 'p2',
        fiscalYear: 2021,
        amount: '250000.50',
        issuedAt: '2022-03-01T02:00:05.000Z',
      },
    ]);
    const second = await call('GET /v1/admin/payouts', {
      as: ADMIN,
      query: { fiscalYear: '2021', limit: '1', cursor: first.body.nextCursor },
    });
    expect(second.body.items.map((item: { applicationId: string }) => item.applicationId)).toEqual(['ledger-a']);
    expect(second.body).not.toHaveProperty('nextCursor');
  });

  it.each([
    ['missing', {}],
    ['not a year', { fiscalYear: '21' }],
    ['not a number', { fiscalYear: 'last' }],
  ])('answers 400 naming fiscalYear when it is %s', async (_, query) => {
    const response = await call('GET /v1/admin/payouts', { as: ADMIN, query });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((issue: { path: string }) => issue.path)).toEqual(['fiscalYear']);
  });
});
