/**
 * POST /v1/applications/{id}/withdraw against DynamoDB Local and the local EventBridge endpoint:
 * allowed from SUBMITTED and NEEDS_REVIEW, refused (409) otherwise, owner only, and the
 * ApplicationWithdrawn event on the bus.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { ENV } from '../../shared/contract/resources.js';
import { stableEventId } from '../../shared/domain/events/index.js';
import { localAws, makeClients, publishedEvents } from '../support/emulators/env.js';
import { sampleApplication, seedApplications } from '../support/applications.js';
import { admin, applicant, caller } from '../support/http-events.js';
import { applicationKey } from '../../functions/commons/store/items/keys.js';

const { handler } = await import('../../functions/applicant-api/handler.js');
const call = caller(handler);
const { doc } = makeClients();
const table = process.env[ENV.tableName]!;

const OWNER = applicant('owner-withdraw');
const withdraw = (id: string, as = OWNER) => call('POST /v1/applications/{id}/withdraw', { as, path: { id } });
const stored = async (id: string) =>
  (await doc.send(new GetCommand({ TableName: table, Key: applicationKey(id) }))).Item!;
const withdrawalEvents = async (applicationId: string) =>
  (await publishedEvents(localAws().resources, { type: 'ApplicationWithdrawn' })).filter(
    (event) => event.detail.applicationId === applicationId,
  );

describe('POST /v1/applications/{id}/withdraw', () => {
  it.each(['SUBMITTED', 'NEEDS_REVIEW'] as const)(
    'withdraws a %s application and publishes ApplicationWithdrawn',
    async (status) => {
      const record = sampleApplication({ applicantId: OWNER.sub, status, programme: 'NATIONAL_PLATFORM' });
      await seedApplications(doc, table, [record]);

      const response = await withdraw(record.applicationId);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ applicationId: record.applicationId, status: 'WITHDRAWN', payouts: [] });
      expect(response.body).not.toHaveProperty('audit');

      const item = await stored(record.applicationId);
      expect(item.status).toBe('WITHDRAWN');
      expect(item.audit.at(-1)).toEqual({ at: expect.any(String), by: OWNER.sub, from: status, to: 'WITHDRAWN' });
      // The status indexes follow: the application leaves the review queue / SUBMITTED listings.
      expect(item.gsi2pk).toMatch(/^STATUS#WITHDRAWN#\d+$/);
      expect(item.status).toBe('WITHDRAWN');

      const events = await withdrawalEvents(record.applicationId);
      expect(events).toHaveLength(1);
      expect(events[0]!.source).toBe('lingang.ai-subsidy');
      expect(events[0]!.detail).toMatchObject({
        eventId: stableEventId('ApplicationWithdrawn', record.applicationId, 'withdrawn'),
        applicationId: record.applicationId,
        applicantId: OWNER.sub,
        programme: 'NATIONAL_PLATFORM',
        from: status,
        schemaVersion: '1.2',
        // Seeded without an event count (as stored before events were numbered): its numbering starts here.
        sequence: 1,
      });
      expect(item.eventSequence).toBe(1);
    },
  );

  it.each(['ELIGIBLE', 'INELIGIBLE', 'APPROVED', 'REJECTED', 'PAID'] as const)(
    'refuses to withdraw a %s application (409)',
    async (status) => {
      const record = sampleApplication({ applicantId: OWNER.sub, status });
      await seedApplications(doc, table, [record]);
      const response = await withdraw(record.applicationId);
      expect(response.status).toBe(409);
      expect(response.headers['content-type']).toBe('application/problem+json');
      expect(response.body.detail).toContain(status);
      expect((await stored(record.applicationId)).status).toBe(status);
      expect(await withdrawalEvents(record.applicationId)).toEqual([]);
    },
  );

  it('refuses a second withdrawal (409), which changes nothing and so publishes nothing', async () => {
    const record = sampleApplication({ applicantId: OWNER.sub });
    await seedApplications(doc, table, [record]);
    expect((await withdraw(record.applicationId)).status).toBe(200);
    const again = await withdraw(record.applicationId);
    expect(again.status).toBe(409);
    const events = await withdrawalEvents(record.applicationId);
    expect(events).toHaveLength(1);
    expect(events[0]!.detail).toMatchObject({ applicationId: record.applicationId, from: 'SUBMITTED' });
    expect((await stored(record.applicationId)).audit).toHaveLength(2);
  });

  it('is for the owner only: another applicant and an admin get 404, and nothing changes', async () => {
    const record = sampleApplication({ applicantId: OWNER.sub });
    await seedApplications(doc, table, [record]);
    expect((await withdraw(record.applicationId, applicant('someone-else'))).status).toBe(404);
    expect((await withdraw(record.applicationId, admin())).status).toBe(404);
    expect((await withdraw('no-such-application')).status).toBe(404);
    expect((await stored(record.applicationId)).status).toBe('SUBMITTED');
  });

  it('withdraws once when two requests race', async () => {
    const record = sampleApplication({ applicantId: OWNER.sub });
    await seedApplications(doc, table, [record]);
    const results = await Promise.all([withdraw(record.applicationId), withdraw(record.applicationId)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await stored(record.applicationId)).audit).toHaveLength(2);
  });
});
