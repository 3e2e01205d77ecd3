/**
 * Step-up revenue milestone awards (LG-AI-2020-R1, in force today) through the real queue and
 * DynamoDB Local: 8M then 60M pays 800,000.00 more; claims of one applicant racing never pay
 * more than the top tier's 12,000,000.00 in all; and each threshold's marker refuses a second
 * award for it even when the award lock would let it through.
 */
import { describe, expect, it } from 'vitest';
import { awardLockVersion, awardWrites } from '../../functions/commons/store/put-item/history.js';
import type { NewAward } from '../../shared/domain/award.js';
import { TransactionConflict } from '../../functions/commons/store/items/conflicts.js';
import { runTransaction } from '../../functions/commons/store/transact-write-items/transactions.js';
import {
  applicantItems,
  awardedFen,
  body,
  evaluate,
  newApplicantId,
  receiveAll,
  seedAward,
  storedApplication,
  tableName,
  submit,
  submitAndEvaluate,
} from './write-path.js';

const revenue = (
  fiscalYear: number,
  mainBusinessIncome: string,
  priorYears: { fiscalYear: number; mainBusinessIncome: string }[] = [],
) => body('REVENUE_MILESTONE', { fiscalYear, mainBusinessIncome, priorYears });

const itemsUnder = async (applicantId: string, prefix: string) =>
  (await applicantItems(applicantId)).filter((item) => String(item.sk).startsWith(prefix));

describe('step-up revenue milestone awards', () => {
  it('8,000,000.00 earns 200,000.00; 60,000,000.00 the next year 800,000.00 more; the 50M tier again nothing', async () => {
    const applicantId = newApplicantId();
    const first = await submitAndEvaluate(applicantId, revenue(2023, '8000000.00'));
    expect(first.decision).toMatchObject({ outcome: 'ELIGIBLE', amount: '200000.00', policyVersion: 'LG-AI-2020-R1' });

    const second = await submitAndEvaluate(
      applicantId,
      revenue(2024, '60000000.00', [{ fiscalYear: 2023, mainBusinessIncome: '8000000.00' }]),
    );
    expect(second.decision).toMatchObject({ outcome: 'ELIGIBLE', amount: '800000.00' });
    expect(second.decision!.reasons).toContainEqual({
      rule: 'REVENUE_MILESTONE.stepUp',
      params: {
        held: true,
        threshold: '50000000.00',
        award: '1000000.00',
        received: '200000.00',
        difference: '800000.00',
      },
    });

    const third = await submitAndEvaluate(applicantId, revenue(2025, '70000000.00'));
    expect(third.decision).toMatchObject({ outcome: 'INELIGIBLE', amount: '0.00' });
    expect(third.decision!.reasons.map((reason) => reason.rule)).toEqual(['REVENUE_MILESTONE.higherTier']);

    expect(await awardedFen(applicantId, 'REVENUE_MILESTONE')).toBe(1_000_000_00n);
    const thresholds = (await itemsUnder(applicantId, 'AWARD#')).map((award) => award.threshold).sort();
    expect(thresholds).toEqual(['5000000.00', '50000000.00']);
    expect((await itemsUnder(applicantId, 'REVENUE_THRESHOLD#')).map((marker) => marker.applicationId).sort()).toEqual(
      [first.applicationId, second.applicationId].sort(),
    );
  });

  it('claims of one applicant racing (two at the top tier) pay 12,000,000.00 in all, never more, each threshold once', async () => {
    const applicantId = newApplicantId();
    // 200,000.00 received under LG-AI-2020, recorded without its threshold.
    await seedAward(applicantId, 'REVENUE_MILESTONE', '200000.00');
    const claims = [
      revenue(2021, '60000000.00'),
      revenue(2022, '6000000000.00'),
      revenue(2023, '7000000000.00'),
      revenue(2024, '150000000.00'),
    ];
    for (const claim of claims) expect((await submit(applicantId, claim)).status).toBe(202);
    const messages = await receiveAll(claims.length);

    // Each message in its own invocation, all at once, like concurrent Lambdas.
    const responses = await Promise.all(messages.map((message) => evaluate([message])));
    expect(responses.flatMap((response) => response.batchItemFailures)).toEqual([]);

    expect(await awardedFen(applicantId, 'REVENUE_MILESTONE')).toBe(12_000_000_00n);
    const decided = await Promise.all(
      messages.map((message) => storedApplication(JSON.parse(message.Body!).applicationId)),
    );
    const topTier = decided.filter(
      (application) => application!.status === 'ELIGIBLE' && Number(application!.details.mainBusinessIncome) > 5e9,
    );
    expect(topTier).toHaveLength(1);
    const thresholds = (await itemsUnder(applicantId, 'AWARD#')).flatMap((award) =>
      award.threshold === undefined ? [] : [award.threshold],
    );
    expect(new Set(thresholds).size).toBe(thresholds.length);
    expect(thresholds).toContain('5000000000.00');
  });

  it('a threshold already rewarded refuses a second award for it, whatever the lock version', async () => {
    const applicantId = newApplicantId();
    const award = (applicationId: string): NewAward => ({
      applicantId,
      applicationId,
      programme: 'REVENUE_MILESTONE',
      amount: '1000000.00',
      threshold: '50000000.00',
      awardedAt: '2026-12-06T00:00:00.000Z',
    });
    await runTransaction(awardWrites(tableName, award('first'), 0));
    const second = runTransaction(awardWrites(tableName, award('second'), 1));
    await expect(second).rejects.toThrow(TransactionConflict);
    await expect(second).rejects.toMatchObject({ failed: new Set(['threshold']) });
    expect(await awardedFen(applicantId, 'REVENUE_MILESTONE')).toBe(1_000_000_00n);
  });

  it('an award judged on no history is written at the lock version read then: 0 before any award, then one more per award', async () => {
    const applicantId = newApplicantId();
    const award = (applicationId: string, threshold: string): NewAward => ({
      applicantId,
      applicationId,
      programme: 'REVENUE_MILESTONE',
      amount: '1000000.00',
      threshold,
      awardedAt: '2026-12-06T00:00:00.000Z',
    });
    expect(await awardLockVersion(tableName, applicantId)).toBe(0);
    await runTransaction(
      awardWrites(tableName, award('first', '50000000.00'), await awardLockVersion(tableName, applicantId)),
    );
    expect(await awardLockVersion(tableName, applicantId)).toBe(1);
    await runTransaction(
      awardWrites(tableName, award('second', '100000000.00'), await awardLockVersion(tableName, applicantId)),
    );
    expect(await awardLockVersion(tableName, applicantId)).toBe(2);
  });
});
