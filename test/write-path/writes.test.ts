/** The conditional writes of the write path, as data: transitions, award parts and the retry on conflict. */
import { describe, expect, it, vi } from 'vitest';
import { transitionUpdate } from '../../functions/commons/store/update-item/applications.js';
import { statusChange } from '../../shared/domain/application.js';
import { awardWrites } from '../../functions/commons/store/put-item/history.js';
import { awardFor, recognitionOf } from '../../shared/domain/award.js';
import { TransactionConflict } from '../../functions/commons/store/items/conflicts.js';
import { MAX_ATTEMPTS, retryOnConflict } from '../../functions/commons/use-cases/retry.js';
import { judgedUntilStored, Problem, problem } from '../../functions/commons/edge/problems.js';
import { submittedRecord } from '../support/records.js';

// The table the requests name.
const TABLE = 'unit-SubsidyTable';

const record = submittedRecord;

const operating = record('OSP_OPERATING', { fiscalYear: 2021, operatingCosts: '100.00' });
const national = record('NATIONAL_PLATFORM', {
  recognition: 'NATIONAL_KEY_LABORATORY',
  recognitionReference: ' NKL-1 ',
  recognizedOn: '2021-01-01',
  requestedAmount: '1.00',
});

describe('transitionUpdate', () => {
  it('is conditional on the old status, appends the audit entry and sets the new status with its index keys', () => {
    const update = transitionUpdate(TABLE, {
      record: operating,
      ...statusChange({
        from: 'SUBMITTED',
        to: 'ELIGIBLE',
        by: 'system:evaluator',
        at: 'T',
        set: { decision: { outcome: 'ELIGIBLE' } as never },
        events: [],
      }),
    });
    expect(update.ConditionExpression).toBe('#status = :from');
    expect(update.ExpressionAttributeValues![':from']).toBe('SUBMITTED');
    expect(update.ExpressionAttributeValues![':audit']).toEqual([
      { at: 'T', by: 'system:evaluator', from: 'SUBMITTED', to: 'ELIGIBLE' },
    ]);
    expect(update.UpdateExpression).toContain('#audit = list_append(#audit, :audit)');
    const set = Object.fromEntries(
      Object.entries(update.ExpressionAttributeNames!)
        .filter(([placeholder]) => placeholder.startsWith('#f'))
        .map(([placeholder, name]) => [name, update.ExpressionAttributeValues![placeholder.replace('#', ':')]]),
    );
    // The outbox holds this change's events only (none here); a needs-attention mark ends.
    expect(set).toMatchObject({
      status: 'ELIGIBLE',
      gsi2pk: expect.stringMatching(/^STATUS#ELIGIBLE#\d+$/),
      decision: { outcome: 'ELIGIBLE' },
      outbox: [],
    });
    expect(set.gsi4pk).toMatch(/^ENTITLEMENT#2021#\d+$/);
    expect(update.UpdateExpression).toMatch(/ REMOVE needsAttention$/);
  });

  it("writes the events of the change to the item's outbox", () => {
    const event = { type: 'ApplicationWithdrawn', detail: { eventId: 'e-1' } } as never;
    const update = transitionUpdate(TABLE, {
      record: operating,
      ...statusChange({ from: 'SUBMITTED', to: 'WITHDRAWN', by: 'a', at: 'T', events: [event] }),
    });
    const placeholder = Object.entries(update.ExpressionAttributeNames!).find(([, name]) => name === 'outbox')![0];
    expect(update.ExpressionAttributeValues![placeholder.replace('#', ':')]).toEqual([event]);
  });

  it('removes the entitlement index keys when the new status has none', () => {
    const update = transitionUpdate(TABLE, {
      record: operating,
      ...statusChange({ from: 'ELIGIBLE', to: 'PAID', by: 'system', at: 'T', events: [] }),
    });
    expect(update.UpdateExpression).toMatch(/REMOVE gsi4pk, gsi4sk, needsAttention$/);
  });
});

describe('awardWrites', () => {
  it('creates the lock at version 1 only if absent, and moves it from v to v + 1 only if unchanged', () => {
    const [, first] = awardWrites(TABLE, awardFor(operating, '10.00', 'T', { fiscalYear: 2021 }), 0);
    expect(first!.item.Update).toMatchObject({
      ConditionExpression: 'attribute_not_exists(pk)',
      ExpressionAttributeValues: { ':next': 1 },
    });
    const [award, later] = awardWrites(TABLE, awardFor(operating, '10.00', 'T', { fiscalYear: 2021 }), 4);
    expect(later!.item.Update).toMatchObject({
      ConditionExpression: '#version = :current',
      ExpressionAttributeValues: { ':current': 4, ':next': 5 },
    });
    expect(award!.item.Put!.Item).toMatchObject({
      pk: 'APPLICANT#applicant-1',
      sk: `AWARD#${operating.applicationId}`,
      amount: '10.00',
      fiscalYear: 2021,
    });
  });

  it('adds the recognition marker, absent-only, for a national platform (reference trimmed as the policy compares it)', () => {
    const writes = awardWrites(
      TABLE,
      awardFor(national, '1.00', 'T', { recognitionReference: recognitionOf(national)! }),
      0,
    );
    expect(writes.map((write) => write.name)).toEqual(['award', 'lock', 'recognition']);
    expect(writes[2]!.item.Put).toMatchObject({
      Item: { pk: 'RECOGNITION#NKL-1', sk: 'RECOGNITION' },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });
});

describe('retryOnConflict', () => {
  it('runs again after a lost race and returns the first success', async () => {
    const attempt = vi
      .fn()
      .mockRejectedValueOnce(new TransactionConflict(new Set(['lock'])))
      .mockResolvedValueOnce('done');
    await expect(retryOnConflict(attempt)).resolves.toBe('done');
    expect(attempt).toHaveBeenCalledTimes(2);
  });

  it('gives up after MAX_ATTEMPTS and does not retry other errors', async () => {
    const always = vi.fn().mockRejectedValue(new TransactionConflict(new Set(['lock'])));
    await expect(retryOnConflict(always)).rejects.toBeInstanceOf(TransactionConflict);
    expect(always).toHaveBeenCalledTimes(MAX_ATTEMPTS);
    const broken = vi.fn().mockRejectedValue(new Error('boom'));
    await expect(retryOnConflict(broken)).rejects.toThrow('boom');
    expect(broken).toHaveBeenCalledTimes(1);
  }, 20_000);
});

describe('judgedUntilStored (a route’s read-judge-write)', () => {
  it('answers what the first run that is not refused answers; a refusal judged on the winner ends the retries', async () => {
    const stored = vi
      .fn()
      .mockRejectedValueOnce(new TransactionConflict(new Set(['application'])))
      .mockResolvedValueOnce('stored');
    await expect(judgedUntilStored(stored)).resolves.toBe('stored');
    const refused = vi
      .fn()
      .mockRejectedValueOnce(new TransactionConflict(new Set(['application'])))
      .mockRejectedValueOnce(problem('not-withdrawable', { allowed: [], status: 'WITHDRAWN' }));
    await expect(judgedUntilStored(refused)).rejects.toMatchObject({ slug: 'not-withdrawable', status: 409 });
    expect(refused).toHaveBeenCalledTimes(2);
  });

  it('answers 409 concurrent-update, not a 500, when every run loses its race', async () => {
    const always = vi.fn().mockRejectedValue(new TransactionConflict(new Set(['application'])));
    const error = await judgedUntilStored(always).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Problem);
    expect(error).toMatchObject({ slug: 'concurrent-update', status: 409 });
    expect(always).toHaveBeenCalledTimes(MAX_ATTEMPTS);
  }, 20_000);
});
