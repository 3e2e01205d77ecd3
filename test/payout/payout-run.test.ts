/**
 * The annual operating-cost payout run (SPEC §6) against DynamoDB Local, the local SQS server
 * and the local event bus: the worker is driven from the real payout queue.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { clock } from '../../functions/commons/runtime/clock.js';
import { readRun, startRun } from '../../functions/commons/payouts/runs.js';
import { handler as plannerHandler } from '../../functions/payout-planner/handler.js';
import { handler as workerHandler } from '../../functions/payout-worker/handler.js';
import { dynamoDb } from '../../functions/commons/clients/dynamodb.js';
import { sendMessages } from '../../functions/commons/messaging/send.js';
import { planning } from '../../functions/commons/payouts/plan.js';
import { PLAN_PAGE_SIZE } from '../../functions/commons/payouts/model.js';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { handler as adminApi } from '../../functions/admin-api/handler.js';
import { admin, applicant, caller, httpEvent, invoke } from '../support/http-events.js';
import { lambdaContext } from '../../infra/local/lambda-context.js';
import {
  application,
  doc,
  drainPayouts,
  eventsWhere,
  ledgerEntry,
  ledgerOf,
  newPlatform,
  payoutQueueUrl,
  seedEntitlements,
  sumYuan,
  payoutResources,
  tableName,
} from './payout-support.js';
import { localAws } from '../support/emulators/env.js';
import { expectStatisticsReconciled } from '../support/statistics.js';
import { crashAfterPayment } from '../support/faults.js';

const startCall = caller(adminApi);
const getCall = caller(adminApi);
const realNow = clock.now;
let removeCrashes = () => {};

afterEach(() => {
  clock.now = realNow;
  removeCrashes();
  planning.pageSize = PLAN_PAGE_SIZE;
});

const startAsAdmin = (fiscalYear: unknown) =>
  startCall('POST /v1/admin/payout-runs', { as: admin(), body: { fiscalYear } });
const runStatus = (runId: string) => getCall('GET /v1/admin/payout-runs/{runId}', { as: admin(), path: { runId } });

describe('a payout run', () => {
  it('pays exactly the entitlements of its fiscal year, once, and a second run pays nothing new', async () => {
    planning.pageSize = 3; // several pages per shard
    const [a, b, c] = [newPlatform(), newPlatform(), newPlatform()];
    const year2021 = await seedEntitlements([
      { applicantId: a, fiscalYear: 2021, amount: '1000000.00' },
      { applicantId: b, fiscalYear: 2021, amount: '250000.50' },
      { applicantId: b, fiscalYear: 2021, amount: '0.01' },
      ...Array.from({ length: 40 }, (_, i) => ({ applicantId: c, fiscalYear: 2021, amount: `${1000 + i}.25` })),
    ]);
    const year2022 = await seedEntitlements([
      { applicantId: a, fiscalYear: 2022, amount: '700000.00' },
      { applicantId: c, fiscalYear: 2022, amount: '12.34' },
    ]);

    const request = httpEvent('POST /v1/admin/payout-runs', { as: admin(), body: { fiscalYear: 2021 } });
    const started = await invoke(adminApi, request);
    expect(started.status).toBe(202);
    const { runId } = started.body;
    expect(started.headers.location).toBe(`/v1/admin/payout-runs/${runId}`);
    expect((await runStatus(runId)).body).toMatchObject({ runId, fiscalYear: 2021, status: 'RUNNING' });

    await drainPayouts();

    const total = sumYuan(year2021.map((record) => record.decision!.amount));
    const run = await runStatus(runId);
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({
      runId,
      fiscalYear: 2021,
      status: 'COMPLETED',
      found: 43,
      paid: 43,
      alreadyPaid: 0,
      failed: 0,
      amount: total,
    });
    expect(run.body.completedAt).toEqual(expect.any(String));

    for (const record of year2021) {
      const entry = await ledgerEntry(record.applicationId);
      expect(entry).toMatchObject({
        payoutId: `payout-${record.applicationId}`,
        applicationId: record.applicationId,
        applicantId: record.applicantId,
        fiscalYear: 2021,
        amount: record.decision!.amount,
        runId,
      });
      const paid = await application(record.applicationId);
      expect(paid).toMatchObject({
        status: 'PAID',
        gsi2pk: expect.stringMatching(/^STATUS#PAID#\d+$/),
        gsi3pk: expect.stringMatching(/^PROGRAMME#OSP_OPERATING#\d+$/),
      });
      expect(paid).not.toHaveProperty('gsi4pk');
      expect(paid!.audit.at(-1)).toMatchObject({ by: 'system:payout', from: 'ELIGIBLE', to: 'PAID' });
    }
    for (const record of year2022) {
      expect(await ledgerEntry(record.applicationId)).toBeUndefined();
      expect(await application(record.applicationId)).toMatchObject({
        status: 'ELIGIBLE',
        gsi4pk: expect.stringMatching(/^ENTITLEMENT#2022#/),
      });
    }
    const ledger2021 = (await ledgerOf(2021)).filter((entry) => entry.runId === runId);
    expect(ledger2021).toHaveLength(43);
    expect(sumYuan(ledger2021.map((entry) => entry.amount as string))).toBe(total);

    const issued = await eventsWhere('PayoutIssued', (detail) => detail.runId === runId);
    expect(new Set(issued.map((event) => event.detail.applicationId))).toEqual(
      new Set(year2021.map((record) => record.applicationId)),
    );
    // Every event of the run names the request that started it (SPEC §10.2), through plan and pay messages.
    const correlationId = request.requestContext.requestId;
    expect(new Set(issued.map((event) => event.detail.correlationId))).toEqual(new Set([correlationId]));
    const completed = await eventsWhere('PayoutRunCompleted', (detail) => detail.runId === runId);
    expect(completed).toHaveLength(1);
    expect(completed[0]!.detail).toMatchObject({
      correlationId,
      fiscalYear: 2021,
      found: 43,
      paid: 43,
      alreadyPaid: 0,
      failed: 0,
      amount: total,
    });

    // A second run for the year: the paid entitlements left the index, nothing is found or paid.
    const second = await startAsAdmin(2021);
    await drainPayouts();
    expect((await runStatus(second.body.runId)).body).toMatchObject({
      status: 'COMPLETED',
      found: 0,
      paid: 0,
      alreadyPaid: 0,
      failed: 0,
      amount: '0.00',
    });
    expect((await ledgerOf(2021)).filter((entry) => entry.runId === second.body.runId)).toHaveLength(0);
    expect(await eventsWhere('PayoutRunCompleted', (detail) => detail.runId === second.body.runId)).toHaveLength(1);
  });

  it('five overlapping runs and a redelivered batch write one ledger entry per entitlement, with consistent totals', async () => {
    planning.pageSize = 4;
    const platforms = Array.from({ length: 6 }, newPlatform);
    const records = await seedEntitlements(
      Array.from({ length: 90 }, (_, i) => ({
        applicantId: platforms[i % platforms.length]!,
        fiscalYear: 2023,
        amount: `${(i + 1) * 1000}.00`,
      })),
    );
    const runs = await Promise.all(
      Array.from({ length: 5 }, () => startRun(payoutResources, { fiscalYear: 2023, startedBy: 'admin-1' })),
    );

    // Each of the first two batches holding pay messages is handled but not acknowledged: SQS delivers it again.
    let unacknowledged = 0;
    const drained = await drainPayouts({
      concurrency: 4,
      acknowledge: (batch) => !(batch.some((record) => record.body.includes('"kind":"pay"')) && unacknowledged++ < 2),
    });
    expect(unacknowledged).toBeGreaterThanOrEqual(2);
    expect(drained.records).toBeGreaterThan(0);

    const ledger = await ledgerOf(2023);
    expect(ledger).toHaveLength(records.length);
    expect(new Set(ledger.map((entry) => entry.applicationId)).size).toBe(records.length);
    for (const record of records)
      expect((await ledgerEntry(record.applicationId))!.amount).toBe(record.decision!.amount);

    const views = await Promise.all(runs.map((run) => readRun(tableName, run.runId)));
    let paid = 0;
    for (const view of views) {
      expect(view).toMatchObject({ status: 'COMPLETED' });
      expect(view!.paid + view!.alreadyPaid + view!.failed).toBe(view!.found);
      expect(view!.failed).toBe(0);
      expect(view!.amount).toBe(
        sumYuan(ledger.filter((entry) => entry.runId === view!.runId).map((entry) => entry.amount as string)),
      );
      paid += view!.paid;
      expect(await eventsWhere('PayoutRunCompleted', (detail) => detail.runId === view!.runId)).toHaveLength(1);
    }
    expect(paid).toBe(records.length);

    // Redeliveries republish, but always under the same eventId: one id per ledger entry.
    const issued = await eventsWhere('PayoutIssued', (detail) => detail.fiscalYear === 2023);
    const idsByApplication = new Map<string, Set<string>>();
    for (const event of issued) {
      const ids = idsByApplication.get(event.detail.applicationId as string) ?? new Set<string>();
      ids.add(event.detail.eventId as string);
      idsByApplication.set(event.detail.applicationId as string, ids);
    }
    expect(idsByApplication.size).toBe(records.length);
    for (const ids of idsByApplication.values()) expect(ids.size).toBe(1);
  });

  it('a worker that dies after the payment transaction, before the ack, pays nothing twice when redelivered', async () => {
    const platform = newPlatform();
    const records = await seedEntitlements(
      Array.from({ length: 30 }, (_, i) => ({ applicantId: platform, fiscalYear: 2024, amount: `${i + 1}000.00` })),
    );
    const crashed = new Set<string>();
    removeCrashes = crashAfterPayment(dynamoDb, (applicationId) => {
      if (crashed.size >= 12 || crashed.has(applicationId)) return false;
      crashed.add(applicationId);
      return true;
    });
    const { runId } = await startRun(payoutResources, { fiscalYear: 2024, startedBy: 'admin-1' });
    const drained = await drainPayouts();
    expect(crashed.size).toBe(12);
    expect(drained.failedRecords).toBeGreaterThan(0);

    const ledger = await ledgerOf(2024);
    expect(ledger).toHaveLength(30);
    expect(ledger.every((entry) => entry.runId === runId)).toBe(true);
    const total = sumYuan(records.map((record) => record.decision!.amount));
    expect(await readRun(tableName, runId)).toMatchObject({
      status: 'COMPLETED',
      found: 30,
      paid: 30,
      alreadyPaid: 0,
      failed: 0,
      amount: total,
    });
    // Events come from the committed ledger entries (outbox): each exactly once, crash or not.
    const issued = await eventsWhere('PayoutIssued', (detail) => detail.runId === runId);
    expect(issued).toHaveLength(30);
    expect(new Set(issued.map((event) => event.detail.applicationId)).size).toBe(30);
    expect(await eventsWhere('PayoutRunCompleted', (detail) => detail.runId === runId)).toHaveLength(1);
  });

  it('gives an entitlement up as failed after the last receive, completes, and leaves it to the next run', async () => {
    const platform = newPlatform();
    const [good, broken] = await seedEntitlements([
      { applicantId: platform, fiscalYear: 2020, amount: '100.00' },
      { applicantId: platform, fiscalYear: 2020, amount: '200.00' },
    ]);
    const { runId } = await startRun(payoutResources, { fiscalYear: 2020, startedBy: 'admin-1' });
    // The pay message says 200.00; the stored decision now disagrees, so every payment attempt is refused.
    const setAmount = (amount: string) =>
      doc.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { pk: `APP#${broken!.applicationId}`, sk: 'APP' },
          UpdateExpression: 'SET decision.amount = :amount',
          ExpressionAttributeValues: { ':amount': amount },
        }),
      );
    let failedMessage: string | undefined;
    const drained = await drainPayouts({
      handler: async (event, context) => {
        // Only once its pay message exists: a plan step still to run would read the changed amount and pay it.
        const brokenPay = event.Records.find(
          (record) => record.body.includes('"kind":"pay"') && record.body.includes(broken!.applicationId),
        );
        if (brokenPay) {
          await setAmount('199.99');
          failedMessage ??= brokenPay.body;
        }
        return workerHandler(event, context);
      },
    });
    expect(drained.failedRecords).toBe(4); // receives 1-4 fail; the 5th (the last before the DLQ) settles it as FAILED
    const totals = { status: 'COMPLETED', found: 2, paid: 1, alreadyPaid: 0, failed: 1, amount: '100.00' };
    expect(await readRun(tableName, runId)).toMatchObject(totals);
    expect(await ledgerEntry(good!.applicationId)).toBeDefined();
    expect(await ledgerEntry(broken!.applicationId)).toBeUndefined();
    expect(await application(broken!.applicationId)).toMatchObject({ status: 'ELIGIBLE' });

    // A late duplicate of the given-up message, now payable, cannot pay what the run counted as failed.
    await setAmount('200.00');
    await sendMessages(payoutQueueUrl, [JSON.parse(failedMessage!)]);
    await drainPayouts();
    expect(await ledgerEntry(broken!.applicationId)).toBeUndefined();
    expect(await readRun(tableName, runId)).toMatchObject(totals);

    const next = await startRun(payoutResources, { fiscalYear: 2020, startedBy: 'admin-1' });
    await drainPayouts();
    expect(await readRun(tableName, next.runId)).toMatchObject({
      status: 'COMPLETED',
      found: 1,
      paid: 1,
      failed: 0,
      amount: '200.00',
    });
    expect(await ledgerEntry(broken!.applicationId)).toMatchObject({ amount: '200.00', runId: next.runId });
  });
});

describe('starting a run', () => {
  it('refuses a fiscal year whose payout date has not come, and years before 2020 (409)', async () => {
    clock.now = () => new Date('2026-11-24T12:00:00Z');
    const stillEarly = await startAsAdmin(2026);
    expect(stillEarly.status).toBe(409);
    expect(stillEarly.headers['content-type']).toBe('application/problem+json');
    expect(stillEarly.body.detail).toBe(
      'operating-cost subsidies for fiscal year 2026 are paid from 2027-03-01 (Asia/Shanghai); today is 2026-11-24',
    );

    const tooOld = await startAsAdmin(2019);
    expect(tooOld.status).toBe(409);
    expect(tooOld.body.detail).toMatch(/2019 is before 2020/);

    expect((await startAsAdmin('2021')).status).toBe(400);
    expect(
      (await startCall('POST /v1/admin/payout-runs', { as: admin(), body: { fiscalYear: 2021, extra: 1 } })).status,
    ).toBe(400);
    expect(
      (await startCall('POST /v1/admin/payout-runs', { as: applicant('someone'), body: { fiscalYear: 2021 } })).status,
    ).toBe(403);
    expect(
      (
        await getCall('GET /v1/admin/payout-runs/{runId}', {
          as: applicant('someone'),
          path: { runId: '00000000-0000-4000-8000-000000000000' },
        })
      ).status,
    ).toBe(403);
    expect((await runStatus('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await runStatus('not-a-run')).status).toBe(404);
  });

  it('the scheduled planner pays the year just ended, from 1 March (Shanghai) and not a second earlier', async () => {
    clock.now = () => new Date('2026-02-28T15:59:59Z'); // 2026-02-28 23:59:59 in Shanghai
    await expect(plannerHandler({ source: 'schedule' })).rejects.toMatchObject({ kind: 'payout-not-yet-due' });
    clock.now = () => new Date('2026-02-28T16:00:00Z'); // 2026-03-01 00:00 in Shanghai
    const invocation = lambdaContext('payout-planner');
    const run = await plannerHandler({ source: 'schedule' }, invocation);
    expect(run).toMatchObject({ fiscalYear: 2025, status: 'RUNNING', startedBy: 'system:scheduler' });
    clock.now = realNow;
    await drainPayouts();
    expect(await readRun(tableName, run.runId)).toMatchObject({ status: 'COMPLETED', found: 0, paid: 0 });
    // A scheduled run's correlation id is the scheduler's invocation of the planner.
    const completed = await eventsWhere('PayoutRunCompleted', (detail) => detail.runId === run.runId);
    expect(completed.map((event) => event.detail.correlationId)).toEqual([invocation.awsRequestId]);
    await expect(plannerHandler({ fiscalYear: 2019 })).rejects.toMatchObject({ kind: 'fiscal-year-not-subsidised' });
    // The scheduler's own time decides the year, e.g. when it retries later.
    const retried = await plannerHandler({ source: 'schedule', scheduledTime: '2025-02-28T18:00:00Z' });
    expect(retried).toMatchObject({ fiscalYear: 2024 });
    await drainPayouts();
  });
});

it('leaves the statistics equal to a recount of the records (SPEC §12)', () =>
  expectStatisticsReconciled(localAws().resources));
