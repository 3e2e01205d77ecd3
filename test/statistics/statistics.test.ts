/**
 * The administration's statistics (SPEC §12) through the real handlers, table, stream and queues:
 * applications decided, reviewed, withdrawn and paid; the stream counted by the real tally
 * (every batch delivered twice, and the whole stream once more from its start: nothing counts
 * twice); GET /v1/admin/statistics with and without its filters against figures worked out from
 * the stored records; and the reconciliation, which finds a counter that was tampered with.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { withdrawApplication } from '../../functions/applicant-api/withdraw.js';
import { httpHandler } from '../../functions/commons/edge/http.js';
import { clock } from '../../functions/commons/runtime/clock.js';
import { statisticsCounterKey, writeShard } from '../../functions/commons/store/items/keys.js';
import { handler as reconcileHandler } from '../../functions/reconcile-statistics/handler.js';
import { handler as tallyHandler } from '../../functions/tally-statistics/handler.js';
import { LOCAL_ADMIN_RECOGNITION } from '../../infra/local/dev-auth.js';
import { StreamReader } from '../../infra/local/stream-reader.js';
import { formatYuan, parseYuan } from '../../shared/policy/index.js';
import type { ApplicationRecord } from '../../shared/domain/application.js';
import { localAws, makeClients, tallyStatistics } from '../support/emulators/env.js';
import { handler as adminApi } from '../../functions/admin-api/handler.js';
import { admin, applicant, caller } from '../support/http-events.js';
import { expectStatisticsReconciled } from '../support/statistics.js';
import { drainPayouts } from '../payout/payout-support.js';
import {
  body,
  certify,
  doc,
  drainQueue,
  newApplicantId,
  review,
  storedApplication,
  submit,
  submitAndEvaluate,
  tableName,
} from '../write-path/write-path.js';

const call = {
  statistics: caller(adminApi),
  run: caller(adminApi),
  withdraw: caller(
    httpHandler((event) => withdrawApplication({ table: tableName, admins: LOCAL_ADMIN_RECOGNITION }, event)),
  ),
};
const statistics = (query?: Record<string, string>, as = admin()) =>
  call.statistics('GET /v1/admin/statistics', { as, ...(query ? { query } : {}) });
const statisticsTable = localAws().env.STATISTICS_TABLE_NAME!;

const fen = (amount: string | undefined) => (amount === undefined ? 0n : parseYuan(amount));
const yuanSum = (amounts: Array<string | undefined>) =>
  formatYuan(amounts.reduce((sum, amount) => sum + fen(amount), 0n));

const records: ApplicationRecord[] = [];
const stored = async (applicationId: string) => (await storedApplication(applicationId))!;

beforeAll(async () => {
  const platform = newApplicantId();
  await certify(platform);
  records.push(await submitAndEvaluate(platform, body('OSP_RND'))); // ELIGIBLE: decided
  records.push(
    await submitAndEvaluate(platform, body('OSP_OPERATING', { fiscalYear: 2021, operatingCosts: '2000000.00' })),
  ); // entitlement 2021
  records.push(
    await submitAndEvaluate(platform, body('OSP_OPERATING', { fiscalYear: 2022, operatingCosts: '3000000.00' })),
  ); // entitlement 2022, unpaid
  const company = newApplicantId();
  const approved = await submitAndEvaluate(company, body('AI_ACTIVITY'));
  expect(
    (await review(approved.applicationId, { decision: 'APPROVE', amount: '123456.78', note: 'Within budget.' })).status,
  ).toBe(200);
  const rejected = await submitAndEvaluate(company, body('ENTERPRISE_SETTLEMENT'));
  expect(
    (await review(rejected.applicationId, { decision: 'REJECT', note: 'Not established in Lin-gang.' })).status,
  ).toBe(200);
  const withdrawn = await submit(company, body('AI_ACTIVITY', { requestedAmount: '5000.00' }));
  expect(
    (
      await call.withdraw('POST /v1/applications/{id}/withdraw', {
        as: applicant(company),
        path: { id: withdrawn.body.applicationId },
      })
    ).status,
  ).toBe(200);
  await drainQueue();
  const realNow = clock.now;
  clock.now = () => new Date('2022-03-02T00:00:00Z');
  try {
    expect((await call.run('POST /v1/admin/payout-runs', { as: admin(), body: { fiscalYear: 2021 } })).status).toBe(
      202,
    );
    await drainPayouts();
  } finally {
    clock.now = realNow;
  }
  for (const id of [approved.applicationId, rejected.applicationId, withdrawn.body.applicationId])
    records.push(await stored(id));
  for (const [i, record] of records.entries()) records[i] = await stored(record.applicationId);
  await tallyStatistics(localAws().resources);
});

/** The figures the records call for, worked out from them here (not by the code under test). */
function expectedRow(selected: ApplicationRecord[]) {
  const byStatus = (status: string) => selected.filter((record) => record.status === status).length;
  const decided = yuanSum(
    selected.filter((r) => r.status === 'ELIGIBLE' || r.status === 'PAID').map((r) => r.decision?.amount),
  );
  const approved = yuanSum(selected.filter((r) => r.status === 'APPROVED').map((r) => r.review?.amount));
  const paid = yuanSum(selected.filter((r) => r.status === 'PAID').map((r) => r.decision?.amount));
  const awarded = formatYuan(fen(decided) + fen(approved));
  return {
    applications: expect.objectContaining({
      total: selected.length,
      byStatus: expect.objectContaining({
        ELIGIBLE: byStatus('ELIGIBLE'),
        PAID: byStatus('PAID'),
        APPROVED: byStatus('APPROVED'),
        REJECTED: byStatus('REJECTED'),
        WITHDRAWN: byStatus('WITHDRAWN'),
      }),
    }),
    awarded: { total: awarded, byDecision: decided, byReview: approved, byAppeal: '0.00' },
    paid: { total: paid, payments: byStatus('PAID') },
    committedUnpaid: formatYuan(fen(awarded) - fen(paid)),
  };
}

describe('GET /v1/admin/statistics', () => {
  it('answers every fiscal year and programme, and the totals, as the records call for', async () => {
    const response = await statistics();
    expect(response.status).toBe(200);
    expect(records.map((record) => record.status).sort()).toEqual(
      ['APPROVED', 'ELIGIBLE', 'ELIGIBLE', 'PAID', 'REJECTED', 'WITHDRAWN'].sort(),
    );
    expect(response.body.totals).toEqual(expectedRow(records));
    const operating2021 = response.body.items.find(
      (row: { fiscalYear: number; programme: string }) => row.fiscalYear === 2021 && row.programme === 'OSP_OPERATING',
    );
    expect(operating2021).toEqual({
      fiscalYear: 2021,
      programme: 'OSP_OPERATING',
      ...expectedRow(records.filter((r) => r.programme === 'OSP_OPERATING' && r.details.fiscalYear === 2021)),
    });
    expect(operating2021.paid.payments).toBe(1);
    // Every application counted once, in the year of its costs (operating) or of its submission.
    expect(
      response.body.items.reduce(
        (sum: number, row: { applications: { total: number } }) => sum + row.applications.total,
        0,
      ),
    ).toBe(records.length);
  });

  it('narrows to a fiscal year, a programme, or both', async () => {
    const year = Number(records[0]!.submittedAt.slice(0, 4));
    const both = await statistics({ fiscalYear: '2022', programme: 'OSP_OPERATING' });
    expect(both.body).toMatchObject({
      fiscalYear: 2022,
      programme: 'OSP_OPERATING',
      items: [{ fiscalYear: 2022, programme: 'OSP_OPERATING' }],
    });
    expect(both.body.totals).toEqual(
      expectedRow(records.filter((r) => r.programme === 'OSP_OPERATING' && r.details.fiscalYear === 2022)),
    );
    const programme = await statistics({ programme: 'AI_ACTIVITY' });
    expect(programme.body.items.map((row: { programme: string }) => row.programme)).toEqual(['AI_ACTIVITY']);
    expect(programme.body.totals).toEqual(expectedRow(records.filter((r) => r.programme === 'AI_ACTIVITY')));
    const byYear = await statistics({ fiscalYear: String(year) });
    expect(byYear.body.items.every((row: { fiscalYear: number }) => row.fiscalYear === year)).toBe(true);
    const nothing = await statistics({ fiscalYear: '1999' });
    expect(nothing.body).toEqual({ fiscalYear: 1999, items: [], totals: expectedRow([]) });
  });

  it('refuses bad filters naming them (400), and non-admins (403)', async () => {
    for (const [query, field] of [
      [{ fiscalYear: '21' }, 'fiscalYear'],
      [{ programme: 'LOTTERY' }, 'programme'],
      [{ since: '2021' }, 'since'],
    ] as const) {
      const response = await statistics(query);
      expect(response.status, JSON.stringify(query)).toBe(400);
      expect(JSON.stringify(response.body.errors)).toContain(field);
    }
    expect((await statistics(undefined, applicant('someone'))).status).toBe(403);
  });
});

describe('the aggregates', () => {
  it('count every stream record once: the whole stream delivered again from its start changes nothing', async () => {
    const before = (await statistics()).body;
    const again = new StreamReader({
      dynamodb: makeClients().dynamodb,
      tableName: localAws().env.TABLE_NAME!,
      handler: async () => tallyHandler,
    });
    await again.drain();
    await again.stop();
    expect((await statistics()).body).toEqual(before);
    await expectStatisticsReconciled(localAws().resources);
  });

  it('are reconciled with a recount of the records: a tampered counter is found, named, and alarmed on', async () => {
    const [record] = records;
    const key = statisticsCounterKey(
      writeShard(record!.applicationId),
      Number(record!.submittedAt.slice(0, 4)),
      record!.programme,
    );
    const [fiscalYear, programme] = key.sk.split('#');
    // A counter item of the record's cell (the shard a transaction counted it in, or another: the cell's sums span them all).
    const tamper = (by: number) =>
      doc.send(
        new UpdateCommand({
          TableName: statisticsTable,
          Key: key,
          UpdateExpression: 'SET fiscalYear = :fiscalYear, programme = :programme ADD decidedFen :by',
          ExpressionAttributeValues: { ':by': by, ':fiscalYear': Number(fiscalYear), ':programme': programme },
        }),
      );
    await tamper(1);
    try {
      const result = await reconcileHandler({ pauseMs: 0 });
      const recounted = Number(fen(record!.decision!.amount));
      expect(result.differences).toEqual([
        {
          fiscalYear: key.sk.split('#').map(Number)[0],
          programme: record!.programme,
          counter: 'decidedFen',
          recounted,
          aggregated: recounted + 1,
        },
      ]);
    } finally {
      await tamper(-1);
    }
    expect((await reconcileHandler({ pauseMs: 0 })).differences).toEqual([]);
  });
});
