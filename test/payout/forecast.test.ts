/**
 * The payout forecast and the payout runs of a year (SPEC §12) against DynamoDB Local and the
 * real payout queue: the forecast made just before a run equals that run's totals and its ledger
 * per applicant, and pays nothing; the runs of a year are listed newest first with their totals.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { planning } from '../../functions/commons/payouts/plan.js';
import { PLAN_PAGE_SIZE } from '../../functions/commons/payouts/model.js';
import { clock } from '../../functions/commons/runtime/clock.js';
import { formatYuan, parseYuan } from '../../shared/policy/index.js';
import { tableItems } from '../support/local-api.js';
import { handler as adminApi } from '../../functions/admin-api/handler.js';
import { admin, applicant, caller } from '../support/http-events.js';
import { localAws } from '../support/emulators/env.js';
import { expectStatisticsReconciled } from '../support/statistics.js';
import { doc, drainPayouts, ledgerOf, newPlatform, seedEntitlements, sumYuan, tableName } from './payout-support.js';

const call = {
  forecast: caller(adminApi),
  start: caller(adminApi),
  run: caller(adminApi),
  runs: caller(adminApi),
};
const forecast = (query: Record<string, string>, as = admin()) =>
  call.forecast('GET /v1/admin/payout-forecast', { as, query });
const runsOf = (query: Record<string, string>) => call.runs('GET /v1/admin/payout-runs', { as: admin(), query });
const realNow = clock.now;
afterEach(() => {
  clock.now = realNow;
  planning.pageSize = PLAN_PAGE_SIZE;
});

/** Every page of the forecast's applicants, following its cursors. */
async function wholeForecast(fiscalYear: number, limit: number) {
  const first = await forecast({ fiscalYear: String(fiscalYear), limit: String(limit) });
  expect(first.status).toBe(200);
  const items = [...first.body.items];
  for (let cursor = first.body.nextCursor; cursor !== undefined;) {
    const next = await forecast({ fiscalYear: String(fiscalYear), limit: String(limit), cursor });
    expect(next.status).toBe(200);
    expect(next.body.items.length).toBeLessThanOrEqual(limit);
    items.push(...next.body.items);
    cursor = next.body.nextCursor;
  }
  return { ...first.body, items };
}

describe('the payout forecast', () => {
  it('equals the totals and the ledger of the run that follows it, and pays nothing itself', async () => {
    planning.pageSize = 4; // runs read several pages per shard, like the forecast's own pages
    const platforms = [newPlatform(), newPlatform(), newPlatform()];
    const seeded = await seedEntitlements([
      ...platforms.flatMap((applicantId, i) =>
        Array.from({ length: 3 + 7 * i }, (_, n) => ({
          applicantId,
          fiscalYear: 2023,
          amount: `${1000 * (i + 1) + n}.0${n % 10}`,
        })),
      ),
      { applicantId: platforms[0]!, fiscalYear: 2024, amount: '999.99' },
    ]);
    const due = seeded.filter((record) => record.details.fiscalYear === 2023);
    clock.now = () => new Date('2024-03-01T00:00:00+08:00');
    const before = await tableItems(doc, tableName);

    const predicted = await wholeForecast(2023, 2);
    expect(predicted).toMatchObject({
      fiscalYear: 2023,
      payableFrom: '2024-03-01',
      entitlements: due.length,
      amount: sumYuan(due.map((r) => r.decision!.amount)),
      applicants: 3,
    });
    expect(predicted.items.map((item: { applicantId: string }) => item.applicantId)).toEqual([...platforms].sort());
    expect(await tableItems(doc, tableName)).toEqual(before);

    const started = await call.start('POST /v1/admin/payout-runs', { as: admin(), body: { fiscalYear: 2023 } });
    await drainPayouts();
    const run = (
      await call.run('GET /v1/admin/payout-runs/{runId}', { as: admin(), path: { runId: started.body.runId } })
    ).body;
    expect(run).toMatchObject({
      status: 'COMPLETED',
      found: predicted.entitlements,
      paid: predicted.entitlements,
      alreadyPaid: 0,
      failed: 0,
      amount: predicted.amount,
    });
    // Per applicant: what the ledger now holds for each is what the forecast said.
    const ledger = (await ledgerOf(2023)).filter((entry) => entry.runId === run.runId);
    const paidTo = (applicantId: string) => ledger.filter((entry) => entry.applicantId === applicantId);
    for (const item of predicted.items) {
      expect({
        applicantId: item.applicantId,
        entitlements: paidTo(item.applicantId).length,
        amount: formatYuan(paidTo(item.applicantId).reduce((sum, entry) => sum + parseYuan(entry.amount), 0n)),
      }).toEqual(item);
    }

    expect((await forecast({ fiscalYear: '2023' })).body).toMatchObject({
      entitlements: 0,
      amount: '0.00',
      applicants: 0,
      items: [],
    });
    expect((await forecast({ fiscalYear: '2024' })).body).toMatchObject({
      payableFrom: '2025-03-01',
      entitlements: 1,
      amount: '999.99',
    });
  });

  it('refuses a missing or bad fiscal year, a foreign cursor (400 naming it) and non-admins (403)', async () => {
    for (const [query, field] of [
      [{}, 'fiscalYear'],
      [{ fiscalYear: '23' }, 'fiscalYear'],
      [{ fiscalYear: '2023', cursor: 'not-a-cursor' }, 'cursor'],
    ] as const) {
      const response = await forecast(query);
      expect(response.status, JSON.stringify(query)).toBe(400);
      expect(JSON.stringify(response.body.errors)).toContain(field);
    }
    expect((await forecast({ fiscalYear: '2023' }, applicant('someone'))).status).toBe(403);
  });
});

describe('the payout runs of a fiscal year', () => {
  it('are listed newest first, a page at a time, each with the totals GET /v1/admin/payout-runs/{runId} answers', async () => {
    await seedEntitlements([{ applicantId: newPlatform(), fiscalYear: 2022, amount: '10.00' }]);
    clock.now = () => new Date('2023-03-02T00:00:00Z');
    const first = (await call.start('POST /v1/admin/payout-runs', { as: admin(), body: { fiscalYear: 2022 } })).body
      .runId;
    await drainPayouts();
    clock.now = () => new Date('2023-03-03T00:00:00Z');
    const second = (await call.start('POST /v1/admin/payout-runs', { as: admin(), body: { fiscalYear: 2022 } })).body
      .runId;
    await drainPayouts();

    const page1 = await runsOf({ fiscalYear: '2022', limit: '1' });
    expect(page1.status).toBe(200);
    const page2 = await runsOf({ fiscalYear: '2022', limit: '1', cursor: page1.body.nextCursor });
    expect(page2.body.nextCursor).toBeUndefined();
    const listed = [...page1.body.items, ...page2.body.items];
    expect(listed.map((run: { runId: string }) => run.runId)).toEqual([second, first]);
    for (const run of listed)
      expect(run).toEqual(
        (await call.run('GET /v1/admin/payout-runs/{runId}', { as: admin(), path: { runId: run.runId } })).body,
      );
    expect(listed.map((run: { paid: number; amount: string }) => [run.paid, run.amount])).toEqual([
      [0, '0.00'],
      [1, '10.00'],
    ]);
    expect((await runsOf({ fiscalYear: '2021' })).body).toEqual({ items: [] });
    expect((await runsOf({})).status).toBe(400);
  });
});

it('leaves the statistics equal to a recount of the records (SPEC §12)', () =>
  expectStatisticsReconciled(localAws().resources));
