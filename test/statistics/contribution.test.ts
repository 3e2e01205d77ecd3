/**
 * The statistics' arithmetic (shared/domain/statistics.ts), pure: what a record counts for, in
 * which fiscal year, what a write changed, and that the changes of an item's whole life add up to
 * what its last state counts for (so counting changes from the stream equals recounting records).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRANSITIONS, type ApplicationStatus } from '../../shared/domain/application.js';
import {
  addInto,
  changeOf,
  contributionOf,
  differencesBetween,
  fiscalYearOf,
  type Contribution,
} from '../../shared/domain/statistics.js';

const application = (fields: Record<string, unknown>) => ({
  entity: 'APPLICATION',
  applicationId: 'a-1',
  programme: 'OSP_RND',
  submittedAt: '2021-05-01T02:00:00.000Z',
  status: 'SUBMITTED',
  details: {},
  audit: [],
  ...fields,
});

describe('which fiscal year', () => {
  it('an operating-cost claim: the year of its costs; any other: the Shanghai year of its submission', () => {
    expect(
      fiscalYearOf({ programme: 'OSP_OPERATING', submittedAt: '2023-01-15T00:00:00Z', details: { fiscalYear: 2021 } }),
    ).toBe(2021);
    // 16:00 UTC on 31 December is already 1 January in Shanghai.
    expect(fiscalYearOf({ programme: 'OSP_RND', submittedAt: '2021-12-31T16:00:00Z' })).toBe(2022);
    expect(fiscalYearOf({ programme: 'OSP_RND', submittedAt: '2021-12-31T15:59:59Z' })).toBe(2021);
    expect(
      fiscalYearOf({
        programme: 'REVENUE_MILESTONE',
        submittedAt: '2022-03-01T00:00:00Z',
        details: { fiscalYear: 2021 },
      }),
    ).toBe(2022);
  });
});

describe('what a record counts for', () => {
  it('its status once, and its award by how it was given', () => {
    const decision = { amount: '6250000.00' };
    expect(contributionOf(application({ status: 'ELIGIBLE', decision }))!.counters).toEqual({
      ELIGIBLE: 1,
      decidedFen: 625000000,
    });
    expect(contributionOf(application({ status: 'PAID', decision }))!.counters).toEqual({
      PAID: 1,
      decidedFen: 625000000,
    });
    expect(contributionOf(application({ status: 'NEEDS_REVIEW', decision }))!.counters).toEqual({ NEEDS_REVIEW: 1 });
    expect(contributionOf(application({ status: 'APPROVED', decision, review: { amount: '0.01' } }))!.counters).toEqual(
      { APPROVED: 1, approvedFen: 1 },
    );
    expect(
      contributionOf(
        application({ status: 'APPROVED', review: { amount: '5.00' }, appeal: { decision: 'GRANT', amount: '7.00' } }),
      )!.counters,
    ).toEqual({
      APPROVED: 1,
      grantedFen: 700,
    });
    expect(
      contributionOf(
        application({
          status: 'ELIGIBLE',
          decision: { amount: '9.99' },
          appeal: { decision: 'GRANT', amount: '9.99' },
        }),
      )!.counters,
    ).toEqual({
      ELIGIBLE: 1,
      grantedFen: 999,
    });
    expect(
      contributionOf(
        application({ status: 'INELIGIBLE', decision: { amount: '0.00' }, appeal: { decision: 'UPHOLD' } }),
      )!.counters,
    ).toEqual({ INELIGIBLE: 1 });
  });

  it('a ledger entry: its payment in the entitlement’s year; anything else nothing', () => {
    expect(contributionOf({ entity: 'PAYOUT', fiscalYear: 2021, amountFen: 123 })).toEqual({
      cell: { fiscalYear: 2021, programme: 'OSP_OPERATING' },
      counters: { paidFen: 123, payments: 1 },
    });
    expect(contributionOf({ entity: 'DOCUMENT' })).toBeUndefined();
    expect(contributionOf(undefined)).toBeUndefined();
  });
});

describe('what a write changed', () => {
  it('moves one count between statuses and adds the award; a write that changes neither changes nothing', () => {
    const submitted = application({});
    const eligible = application({ status: 'ELIGIBLE', decision: { amount: '1.00' } });
    expect(changeOf(submitted, eligible)).toEqual([
      { cell: { fiscalYear: 2021, programme: 'OSP_RND' }, counters: { SUBMITTED: -1, ELIGIBLE: 1, decidedFen: 100 } },
    ]);
    expect(changeOf(eligible, { ...eligible, documentCount: 3 })).toEqual([]);
    expect(changeOf(undefined, submitted)).toEqual([
      { cell: { fiscalYear: 2021, programme: 'OSP_RND' }, counters: { SUBMITTED: 1 } },
    ]);
  });

  const SEED = Number(process.env.STATISTICS_SEED ?? 20261206);
  it(`the changes of a whole life add up to its last state (seed ${SEED})`, () => {
    const amount = fc
      .integer({ min: 0, max: 10_000_000_00 })
      .map((fen) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`);
    const life = fc.tuple(fc.array(fc.nat(), { maxLength: 6 }), amount, amount, fc.boolean());
    fc.assert(
      fc.property(life, ([choices, decided, approved, granted]) => {
        let status: ApplicationStatus = 'SUBMITTED';
        const images = [application({})];
        for (const choice of choices) {
          const next: readonly ApplicationStatus[] = TRANSITIONS[status];
          if (next.length === 0) break;
          status = next[choice % next.length]!;
          const appeal =
            granted && status !== 'APPEALED' && images.some((image) => image.status === 'APPEALED')
              ? { decision: 'GRANT', amount: approved }
              : undefined;
          images.push(
            application({
              status,
              decision: { amount: decided },
              review: { amount: approved },
              ...(appeal ? { appeal } : {}),
            }),
          );
        }
        const sums = new Map<string, Contribution>();
        images.forEach((image, i) => changeOf(images[i - 1], image).forEach((change) => addInto(sums, change)));
        const last = new Map<string, Contribution>();
        addInto(last, contributionOf(images.at(-1))!);
        expect(differencesBetween(last, sums)).toEqual([]);
      }),
      { seed: SEED },
    );
  });
});

describe('differences', () => {
  it('names every counter that differs, of a cell either side knows, an absent counter counting 0', () => {
    const cell = { fiscalYear: 2021, programme: 'OSP_RND' };
    const recounted = new Map([['2021#OSP_RND', { cell, counters: { ELIGIBLE: 2, decidedFen: 300 } }]]);
    const aggregated = new Map([
      ['2021#OSP_RND', { cell, counters: { ELIGIBLE: 2, decidedFen: 301 } }],
      ['2022#AI_ACTIVITY', { cell: { fiscalYear: 2022, programme: 'AI_ACTIVITY' }, counters: { SUBMITTED: 1 } }],
    ]);
    expect(differencesBetween(recounted, aggregated)).toEqual([
      { fiscalYear: 2021, programme: 'OSP_RND', counter: 'decidedFen', recounted: 300, aggregated: 301 },
      { fiscalYear: 2022, programme: 'AI_ACTIVITY', counter: 'SUBMITTED', recounted: 0, aggregated: 1 },
    ]);
  });
});
