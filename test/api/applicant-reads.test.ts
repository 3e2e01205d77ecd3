/**
 * The applicant API's reads against DynamoDB Local: one application (owner, stranger, admin),
 * the own listing with filters and cursor paging, the own payouts, and the public policy.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ENV } from '../../shared/contract/resources.js';
import { makeClients } from '../support/emulators/env.js';
import { minutesFrom, payoutItem, sampleApplication, seedApplications, seedItems } from '../support/applications.js';
import { admin, applicant, caller, type Response } from '../support/http-events.js';

const { handler } = await import('../../functions/applicant-api/handler.js');
const call = caller(handler);
const { doc } = makeClients();
const table = process.env[ENV.tableName]!;

const ALICE = applicant('alice-reads');
const BOB = applicant('bob-reads');

/** Alice's 7 applications, one minute apart, alternating programmes, two of them NEEDS_REVIEW. */
const alices = minutesFrom('2021-05-01T02:00:00.000Z', 7).map((submittedAt, i) =>
  sampleApplication({
    applicantId: ALICE.sub,
    submittedAt,
    programme: i % 2 === 0 ? 'AI_ACTIVITY' : 'ENTERPRISE_SETTLEMENT',
    status: i === 2 || i === 5 ? 'NEEDS_REVIEW' : 'SUBMITTED',
  }),
);
const newestFirst = [...alices].reverse().map((record) => record.applicationId);
const bobs = sampleApplication({ applicantId: BOB.sub, submittedAt: '2021-05-01T02:03:30.000Z' });

const ids = (response: Response) =>
  (response.body.items as { applicationId: string }[]).map((item) => item.applicationId);

/** Follows nextCursor to the end; returns every page's ids. */
async function allPages(query: Record<string, string>, as = ALICE): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const response = await call('GET /v1/applications', { as, query: { ...query, ...(cursor ? { cursor } : {}) } });
    expect(response.status).toBe(200);
    pages.push(ids(response));
    cursor = response.body.nextCursor;
  } while (cursor && pages.length < 20);
  return pages;
}

beforeAll(async () => {
  await seedApplications(doc, table, [...alices, bobs]);
  await seedItems(doc, table, [
    payoutItem({
      applicationId: alices[0]!.applicationId,
      applicantId: ALICE.sub,
      fiscalYear: 2021,
      amount: '100000.00',
      issuedAt: '2022-03-01T02:00:00.000Z',
    }),
    payoutItem({
      applicationId: alices[1]!.applicationId,
      applicantId: ALICE.sub,
      fiscalYear: 2022,
      amount: '200000.00',
      issuedAt: '2023-03-01T02:00:00.000Z',
    }),
    payoutItem({
      applicationId: bobs.applicationId,
      applicantId: BOB.sub,
      fiscalYear: 2022,
      amount: '300000.00',
      issuedAt: '2023-03-01T02:00:01.000Z',
    }),
  ]);
});

describe('GET /v1/applications/{id}', () => {
  const path = () => ({ id: alices[0]!.applicationId });

  it('shows the owner the application with its payouts, without the audit trail', async () => {
    const response = await call('GET /v1/applications/{id}', { as: ALICE, path: path() });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      applicationId: alices[0]!.applicationId,
      applicantId: ALICE.sub,
      programme: 'AI_ACTIVITY',
      status: 'SUBMITTED',
      submittedAt: alices[0]!.submittedAt,
      organisation: alices[0]!.organisation,
      details: alices[0]!.details,
      payouts: [
        {
          payoutId: `payout-${alices[0]!.applicationId}`,
          applicationId: alices[0]!.applicationId,
          applicantId: ALICE.sub,
          fiscalYear: 2021,
          amount: '100000.00',
          issuedAt: '2022-03-01T02:00:00.000Z',
        },
      ],
    });
    expect(response.body).not.toHaveProperty('audit');
    expect(Object.keys(response.body).filter((key) => /^(pk|sk|gsi\d)/.test(key))).toEqual([]);
  });

  it("answers 404 for another applicant's application, exactly as for a missing one", async () => {
    const stranger = await call('GET /v1/applications/{id}', { as: BOB, path: path() });
    const missing = await call('GET /v1/applications/{id}', { as: BOB, path: { id: 'no-such-application' } });
    expect(stranger.status).toBe(404);
    expect(stranger.headers['content-type']).toBe('application/problem+json');
    expect(stranger.body.detail).toBe(missing.body.detail);
    expect(missing.status).toBe(404);
  });

  it('shows an admin any application with its audit trail', async () => {
    const response = await call('GET /v1/applications/{id}', { as: admin(), path: { id: alices[2]!.applicationId } });
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('NEEDS_REVIEW');
    expect(response.body.audit).toEqual(alices[2]!.audit);
    expect(response.body.payouts).toEqual([]);
  });

  it('answers 404, not 500, for ids that cannot exist', async () => {
    for (const id of ['x'.repeat(3000), '%E0%A4%A']) {
      const response = await call('GET /v1/applications/{id}', { as: ALICE, path: { id } });
      expect([400, 404]).toContain(response.status);
    }
  });

  it('needs a token', async () => {
    const response = await call('GET /v1/applications/{id}', { path: path() });
    expect(response.status).toBe(401);
  });
});

describe('GET /v1/applications', () => {
  it('lists only the own applications, newest first', async () => {
    const response = await call('GET /v1/applications', { as: ALICE });
    expect(response.status).toBe(200);
    expect(ids(response)).toEqual(newestFirst);
    expect(response.body).not.toHaveProperty('nextCursor');
    expect(response.body.items[0]).not.toHaveProperty('audit');
  });

  it('pages with a cursor: no item skipped or repeated, no cursor after the last page', async () => {
    const pages = await allPages({ limit: '3' });
    expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
    expect(pages.flat()).toEqual(newestFirst);
  });

  it('has no cursor when the last page is exactly full', async () => {
    const pages = await allPages({ limit: '7' });
    expect(pages).toEqual([newestFirst]);
  });

  it('filters by status and by programme, with full pages across the filter', async () => {
    const reviewIds = alices
      .filter((r) => r.status === 'NEEDS_REVIEW')
      .map((r) => r.applicationId)
      .reverse();
    expect((await allPages({ status: 'NEEDS_REVIEW', limit: '1' })).flat()).toEqual(reviewIds);

    const settlementIds = alices
      .filter((r) => r.programme === 'ENTERPRISE_SETTLEMENT')
      .map((r) => r.applicationId)
      .reverse();
    const pages = await allPages({ programme: 'ENTERPRISE_SETTLEMENT', limit: '2' });
    expect(pages.map((page) => page.length)).toEqual([2, 1]);
    expect(pages.flat()).toEqual(settlementIds);

    const both = await allPages({ programme: 'ENTERPRISE_SETTLEMENT', status: 'NEEDS_REVIEW' });
    expect(both.flat()).toEqual([alices[5]!.applicationId]);
  });

  it('refuses a cursor replayed by another applicant (400 naming cursor)', async () => {
    const first = await call('GET /v1/applications', { as: ALICE, query: { limit: '2' } });
    const replay = await call('GET /v1/applications', {
      as: BOB,
      query: { limit: '2', cursor: first.body.nextCursor },
    });
    expect(replay.status).toBe(400);
    expect(replay.body.errors).toEqual([expect.objectContaining({ path: 'cursor' })]);
    expect(JSON.stringify(replay.body)).not.toContain(ALICE.sub);
  });

  it('refuses a cursor used with other filters', async () => {
    const first = await call('GET /v1/applications', { as: ALICE, query: { limit: '2' } });
    const other = await call('GET /v1/applications', {
      as: ALICE,
      query: { status: 'SUBMITTED', cursor: first.body.nextCursor },
    });
    expect(other.status).toBe(400);
  });

  it.each([
    ['limit', { limit: '0' }],
    ['limit', { limit: '101' }],
    ['limit', { limit: 'ten' }],
    ['limit', { limit: '1e1' }],
    ['status', { status: 'PENDING' }],
    ['programme', { programme: 'OSP' }],
    ['cursor', { cursor: 'not-a-cursor' }],
    ['cursor', { cursor: '' }],
    ['colour', { colour: 'blue' }],
  ])('answers 400 naming %s for %j', async (parameter, query) => {
    const response = await call('GET /v1/applications', { as: ALICE, query });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toBe('application/problem+json');
    expect(response.body.errors.map((issue: { path: string }) => issue.path)).toEqual([parameter]);
  });
});

describe('GET /v1/payouts', () => {
  it('lists only the own payouts, newest first, with paging', async () => {
    const first = await call('GET /v1/payouts', { as: ALICE, query: { limit: '1' } });
    expect(first.status).toBe(200);
    expect(first.body.items).toEqual([
      expect.objectContaining({ fiscalYear: 2022, amount: '200000.00', applicantId: ALICE.sub }),
    ]);
    const second = await call('GET /v1/payouts', { as: ALICE, query: { limit: '1', cursor: first.body.nextCursor } });
    expect(second.body.items).toEqual([expect.objectContaining({ fiscalYear: 2021, amount: '100000.00' })]);
    expect(second.body).not.toHaveProperty('nextCursor');
    expect(Object.keys(second.body.items[0]).sort()).toEqual([
      'amount',
      'applicantId',
      'applicationId',
      'fiscalYear',
      'issuedAt',
      'payoutId',
    ]);

    const bobsCursorReplay = await call('GET /v1/payouts', { as: BOB, query: { cursor: first.body.nextCursor } });
    expect(bobsCursorReplay.status).toBe(400);
  });
});

describe('GET /v1/policy', () => {
  it('is public and shows LG-AI-2020 with the 30,000,000.00 R&D cap and its reference', async () => {
    const response = await call('GET /v1/policy');
    expect(response.status).toBe(200);
    expect(response.body.inForce).toBe('LG-AI-2020-R1');
    const version = response.body.versions.find((v: { id: string }) => v.id === 'LG-AI-2020');
    expect(version.parameters.ospRndCumulativeCap).toMatchObject({
      value: '30000000.00',
      reference: { source: 'seed/lingang-ai-policy-2020.txt', text: expect.stringContaining('30 million yuan') },
    });
    expect(version.parameters.ospRndRate.value).toBe('50%');
  });
});
