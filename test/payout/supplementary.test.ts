/**
 * A claim evaluated after its year's run is paid by the next run for that year, and the
 * platform-year cap (1,000,000 yuan) holds in the ledger. Claims go through the real submit
 * and evaluate handlers; payouts through the real worker on the local payout queue.
 */
import { describe, expect, it } from 'vitest';
import { readRun, startRun } from '../../functions/commons/payouts/runs.js';
import { body, certify, newApplicantId, submitAndEvaluate } from '../write-path/write-path.js';
import { drainPayouts, ledgerOf, payoutResources, sumYuan, tableName } from './payout-support.js';
import { localAws } from '../support/emulators/env.js';
import { expectStatisticsReconciled } from '../support/statistics.js';

describe('a supplementary run', () => {
  it('pays a claim evaluated after the first run, within the cap of its platform-year', async () => {
    const platform = newApplicantId();
    const other = newApplicantId();
    await certify(platform);
    await certify(other);

    const first = await submitAndEvaluate(
      platform,
      body('OSP_OPERATING', { fiscalYear: 2022, operatingCosts: '6000000.00' }),
    );
    const neighbour = await submitAndEvaluate(
      other,
      body('OSP_OPERATING', { fiscalYear: 2022, operatingCosts: '3000000.00' }),
    );
    expect(first.decision).toMatchObject({ outcome: 'ELIGIBLE', amount: '600000.00' });

    const firstRun = await startRun(payoutResources, { fiscalYear: 2022, startedBy: 'admin-1' });
    await drainPayouts();
    expect(await readRun(tableName, firstRun.runId)).toMatchObject({
      status: 'COMPLETED',
      found: 2,
      paid: 2,
      amount: '900000.00',
    });

    // Evaluated after the run: only what remains of the platform's 1,000,000 for 2022 is awarded.
    const late = await submitAndEvaluate(
      platform,
      body('OSP_OPERATING', { fiscalYear: 2022, operatingCosts: '7000000.00' }),
    );
    expect(late.decision).toMatchObject({ outcome: 'ELIGIBLE', amount: '400000.00', capApplied: true });
    const exhausted = await submitAndEvaluate(
      platform,
      body('OSP_OPERATING', { fiscalYear: 2022, operatingCosts: '1000000.00' }),
    );
    expect(exhausted.decision).toMatchObject({ outcome: 'INELIGIBLE', amount: '0.00' });

    const secondRun = await startRun(payoutResources, { fiscalYear: 2022, startedBy: 'admin-1' });
    await drainPayouts();
    expect(await readRun(tableName, secondRun.runId)).toMatchObject({
      status: 'COMPLETED',
      found: 1,
      paid: 1,
      alreadyPaid: 0,
      amount: '400000.00',
    });

    const ledger = await ledgerOf(2022);
    const platformEntries = ledger.filter((entry) => entry.applicantId === platform);
    expect(platformEntries.map((entry) => entry.applicationId).sort()).toEqual(
      [first.applicationId, late.applicationId].sort(),
    );
    expect(sumYuan(platformEntries.map((entry) => entry.amount as string))).toBe('1000000.00');
    expect(ledger.filter((entry) => entry.applicantId === other).map((entry) => entry.applicationId)).toEqual([
      neighbour.applicationId,
    ]);
  });
});

it('leaves the statistics equal to a recount of the records (SPEC §12)', () =>
  expectStatisticsReconciled(localAws().resources));
