/**
 * Payout runs always finish (SPEC §6, §7): a run whose messages were lost — plan pages and pay
 * batches alike, as when the local system is killed and its in-memory queues vanish, or when a
 * plan step is dead-lettered — stays RUNNING without progress; the sweeper notices that across
 * two sweeps and resumes it from what it recorded. It then completes with exact totals, every
 * entitlement paid once, each PayoutIssued published once and one PayoutRunCompleted, all naming
 * the request that started the run.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { clock } from '../../functions/commons/runtime/clock.js';
import { PLAN_PAGE_SIZE } from '../../functions/commons/payouts/model.js';
import { readRun, startRun } from '../../functions/commons/payouts/runs.js';
import { handler as workerHandler } from '../../functions/payout-worker/handler.js';
import { planning } from '../../functions/commons/payouts/plan.js';
import { handler as sweeper } from '../../functions/sweeper/handler.js';
import {
  drainPayouts,
  eventsWhere,
  ledgerOf,
  newPlatform,
  seedEntitlements,
  sumYuan,
  payoutResources,
  tableName,
} from './payout-support.js';
import { localAws } from '../support/emulators/env.js';
import { expectStatisticsReconciled } from '../support/statistics.js';

const realNow = clock.now;
/** Moves the clock past the sweeper's threshold (SWEEPER_THRESHOLD_MINUTES, default 10) by `minutes`. */
const sweepLater = (minutes: number) => {
  clock.now = () => new Date(realNow().getTime() + minutes * 60_000);
};
afterEach(() => {
  clock.now = realNow;
  planning.pageSize = PLAN_PAGE_SIZE;
});

describe('a payout run whose messages were lost', () => {
  it('is resumed by the sweeper once it stops progressing, and completes with exact totals and each event once', async () => {
    planning.pageSize = 4; // several pages per shard, so that lost plan pages matter
    const fiscalYear = 2023;
    const records = await seedEntitlements(
      Array.from({ length: 48 }, (_, i) => ({ applicantId: newPlatform(), fiscalYear, amount: `${i + 1}00.00` })),
    );
    const correlationId = 'request-that-started-the-run';
    const { runId } = await startRun(payoutResources, { fiscalYear, startedBy: 'admin-1', correlationId });

    // Every third message is acknowledged without being handled: lost, as in a crash.
    let received = 0;
    const lost = await drainPayouts({
      handler: async (event, context) => {
        const kept = event.Records.filter(() => ++received % 3 !== 0);
        return workerHandler({ Records: kept }, context);
      },
    });
    expect(lost.records).toBeGreaterThan(0);
    const stalled = await readRun(tableName, runId);
    expect(stalled).toMatchObject({ status: 'RUNNING' });
    expect(stalled!.paid).toBeLessThan(records.length);

    // Sweeps after the threshold: the first records the progress seen, the second finds none and resumes.
    sweepLater(15);
    expect(await sweeper({ source: 'schedule' })).toMatchObject({ resumedRuns: 0 });
    expect(await sweeper({ source: 'schedule' })).toMatchObject({ resumedRuns: 1 });
    clock.now = realNow;
    await drainPayouts();

    const total = sumYuan(records.map((record) => record.decision!.amount));
    expect(await readRun(tableName, runId)).toMatchObject({
      status: 'COMPLETED',
      found: 48,
      paid: 48,
      alreadyPaid: 0,
      failed: 0,
      amount: total,
    });
    expect(await ledgerOf(fiscalYear)).toHaveLength(48);
    const issued = await eventsWhere('PayoutIssued', (detail) => detail.runId === runId);
    expect(issued).toHaveLength(48);
    // Resumed messages carry the run's correlation id, as the lost ones did.
    expect(new Set(issued.map((event) => event.detail.correlationId))).toEqual(new Set([correlationId]));
    const completed = await eventsWhere('PayoutRunCompleted', (detail) => detail.runId === runId);
    expect(completed).toHaveLength(1);
    expect(completed[0]!.detail).toMatchObject({ found: 48, paid: 48, amount: total });
    // A completed run is left alone by later sweeps.
    sweepLater(30);
    expect(await sweeper({ source: 'schedule' })).toMatchObject({ resumedRuns: 0 });
  });
});

it('leaves the statistics equal to a recount of the records (SPEC §12)', () =>
  expectStatisticsReconciled(localAws().resources));
