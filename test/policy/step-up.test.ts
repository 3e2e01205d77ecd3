/**
 * The step-up revenue milestone of LG-AI-2020-R1 (SPEC §3, 升级差额补足) over an applicant's
 * years: whatever incomes it declares, claiming every year, it receives in all exactly the
 * reward of the highest tier its income ever reached (never more than 12,000,000.00), each
 * threshold rewarded once; and an appeal may grant at most the difference that remains.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grantLimit } from '../../shared/policy/appeals.js';
import {
  evaluate,
  formatYuan,
  judge,
  LG_AI_2020_R1,
  parseYuan,
  PolicyRegistry,
  yuan,
  type Fen,
  type PolicyVersion,
} from '../../shared/policy/index.js';
import { award, rulesOf, shanghai, stepUpCase, type AwardInput } from './cases.js';

const SEED = Number(process.env.STEP_UP_SEED ?? 20261206);

/** The official tiers, written out here (fen): [threshold, reward]. */
const TIERS: ReadonlyArray<readonly [Fen, Fen]> = [
  [5_000_000_00n, 200_000_00n],
  [10_000_000_00n, 300_000_00n],
  [20_000_000_00n, 500_000_00n],
  [50_000_000_00n, 1_000_000_00n],
  [100_000_000_00n, 2_000_000_00n],
  [500_000_000_00n, 5_000_000_00n],
  [1_000_000_000_00n, 8_000_000_00n],
  [5_000_000_000_00n, 12_000_000_00n],
];
const rewardFor = (income: Fen): Fen => TIERS.filter(([threshold]) => income > threshold).at(-1)?.[1] ?? 0n;

/** Incomes around every threshold, and anywhere up to 10,000,000,000.00. */
const income = fc.oneof(
  fc.constantFrom(...TIERS.flatMap(([threshold]) => [threshold, threshold + 1n])),
  fc.bigInt({ min: 0n, max: 10_000_000_000_00n }),
);

interface Claimed {
  total: Fen;
  thresholds: string[];
}

/** Claims every year in turn, each with every earlier year declared and the awards so far. */
function claimEveryYear(incomes: readonly Fen[]): Claimed {
  const awards: AwardInput[] = [];
  incomes.forEach((mainBusinessIncome, i) => {
    const priorYears = incomes
      .slice(0, i)
      .map((earlier, j) => ({ fiscalYear: 2026 + j, mainBusinessIncome: formatYuan(earlier) }));
    const { decision, award: terms } = judge(
      stepUpCase({
        submittedAt: shanghai(`${2027 + i}-03-01`),
        details: { fiscalYear: 2026 + i, mainBusinessIncome: formatYuan(mainBusinessIncome), priorYears },
        awards,
      }),
    );
    expect(decision.policyVersion).toBe('LG-AI-2020-R1');
    if (decision.outcome === 'ELIGIBLE')
      awards.push(award('REVENUE_MILESTONE', decision.amount, { threshold: terms.threshold! }));
  });
  return {
    total: awards.reduce((sum, { amount }) => sum + parseYuan(amount), 0n),
    thresholds: awards.map((a) => a.threshold!),
  };
}

describe('step-up over the years (seeded)', () => {
  it('pays in all the reward of the highest tier ever reached, each threshold once, never above 12,000,000.00', () => {
    fc.assert(
      fc.property(fc.array(income, { minLength: 1, maxLength: 8 }), (incomes) => {
        const { total, thresholds } = claimEveryYear(incomes);
        const highest = incomes.reduce((a, b) => (a > b ? a : b));
        expect(total).toBe(rewardFor(highest));
        expect(total <= yuan(12_000_000)).toBe(true);
        expect(new Set(thresholds).size).toBe(thresholds.length);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('8,000,000.00 then 60,000,000.00: 200,000.00, then 800,000.00 more, then nothing for 70,000,000.00', () => {
    const { total, thresholds } = claimEveryYear([8_000_000_00n, 60_000_000_00n, 70_000_000_00n]);
    expect(total).toBe(yuan(1_000_000));
    expect(thresholds).toEqual(['5000000.00', '50000000.00']);
  });
});

describe('an appeal grants at most the step-up difference', () => {
  const claim = (awards: AwardInput[]) => stepUpCase({ awards });

  it('60,000,000.00 with 200,000.00 received: at most 800,000.00', () => {
    expect(grantLimit(claim([award('REVENUE_MILESTONE', '200000.00', { threshold: '5000000.00' })]))).toMatchObject({
      ceiling: yuan(800_000),
      capApplied: false,
    });
  });

  it('the 50M tier already rewarded: nothing, naming the tier rule', () => {
    const limit = grantLimit(claim([award('REVENUE_MILESTONE', '1000000.00', { threshold: '50000000.00' })]));
    expect(limit).toEqual({
      refused: [
        {
          rule: 'REVENUE_MILESTONE.higherTier',
          params: { held: false, threshold: '50000000.00', rewardedThreshold: '50000000.00' },
        },
      ],
    });
  });
});

describe('step-up with tiers whose rewards do not rise (a configurable parameter)', () => {
  // A draft whose 10M tier rewards less than its 5M tier: crossing 10M leaves nothing to add.
  const draft: PolicyVersion = {
    ...LG_AI_2020_R1,
    id: 'DRAFT',
    inForceFrom: '2027-01-01',
    parameters: {
      ...LG_AI_2020_R1.parameters,
      revenueTiers: {
        ...LG_AI_2020_R1.parameters.revenueTiers,
        value: [
          { above: yuan(5_000_000), upTo: yuan(10_000_000), award: yuan(300_000) },
          { above: yuan(10_000_000), upTo: null, award: yuan(200_000) },
        ],
      },
    },
  };
  const registry = new PolicyRegistry([LG_AI_2020_R1, draft]);

  it('a higher tier whose reward is not above what was received is INELIGIBLE under REVENUE_MILESTONE.stepUp', () => {
    const input = stepUpCase({ awards: [award('REVENUE_MILESTONE', '250000.00', { threshold: '5000000.00' })] });
    const decision = evaluate(input, { registry });
    expect(decision).toMatchObject({ policyVersion: 'DRAFT', outcome: 'INELIGIBLE', amount: '0.00' });
    expect(rulesOf(decision)).toEqual(['REVENUE_MILESTONE.stepUp']);
    expect(decision.reasons[0]!.params).toEqual({
      held: false,
      threshold: '10000000.00',
      award: '200000.00',
      received: '250000.00',
      difference: '0.00',
    });
  });
});
