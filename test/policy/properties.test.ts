/**
 * Properties of the policy over generated cases (fast-check). Amounts are generated as
 * integer fen (bigint) and written with formatYuan: no floating point touches money.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_TYPES,
  evaluate,
  formatYuan,
  parseYuan,
  readsHistory,
  type Decision,
  type ProgrammeCode,
} from '../../shared/policy/index.js';
import {
  aiActivityCase,
  award,
  certification,
  expectWellFormed,
  LONG_CERTIFICATION,
  nationalPlatformCase,
  operatingCase,
  revenueCase,
  rndCase,
  rulesOf,
  settlementCase,
  shanghai,
  type AwardInput,
  type CertificationInput,
} from './cases.js';

const RUNS = { numRuns: 150 };

// ── Figures of the policy (seed / SPEC §3), in fen ──
const RND_CAP = 30_000_000_00n;
const OPERATING_CAP = 1_000_000_00n;
const CAP_OF: Record<ProgrammeCode, bigint> = {
  OSP_RND: RND_CAP,
  OSP_OPERATING: OPERATING_CAP,
  AI_ACTIVITY: 5_000_000_00n,
  REVENUE_MILESTONE: 12_000_000_00n, // the top tier
  ENTERPRISE_SETTLEMENT: 8_000_000_00n,
  NATIONAL_PLATFORM: 100_000_000_00n,
};
/** Half, rounded down to the fen. */
const half = (fen: bigint) => fen / 2n;
/** A tenth, rounded down to the fen. */
const tenth = (fen: bigint) => fen / 10n;
const min = (a: bigint, b: bigint) => (a < b ? a : b);

// ── Generators ──
const fen = (max: bigint, minimum = 0n) => fc.bigInt({ min: minimum, max });
const yuanString = (max: bigint, minimum = 0n) => fen(max, minimum).map(formatYuan);
/** Amounts spread over every order of magnitude, up to the largest the API accepts. */
const anyAmount = fc.oneof(
  { weight: 1, arbitrary: fc.constant('0.00') },
  { weight: 2, arbitrary: yuanString(1_000n, 1n) },
  { weight: 4, arbitrary: yuanString(100_000_000_00n, 1n) },
  { weight: 2, arbitrary: yuanString(99_999_999_999_999_999n, 1n) },
);

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const isoDate = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const date = (from: string, to: string) => fc.integer({ min: dayNumber(from), max: dayNumber(to) }).map(isoDate);

/** An instant between two dates, written with one of several offsets (the Shanghai date is what counts). */
const instant = (from: string, to: string) =>
  fc
    .tuple(
      fc.integer({ min: Date.parse(`${from}T00:00:00Z`), max: Date.parse(`${to}T23:59:59Z`) }),
      fc.constantFrom(480, 0, 540, -420, 330),
    )
    .map(([ms, offsetMinutes]) => {
      const local = new Date(Math.floor(ms / 1000) * 1000 + offsetMinutes * 60_000).toISOString().slice(0, 19);
      if (offsetMinutes === 0) return `${local}Z`;
      const sign = offsetMinutes < 0 ? '-' : '+';
      const abs = Math.abs(offsetMinutes);
      return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    });

const registered = fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) });
/** Mostly inside the application window, sometimes before it opens. */
const submittedAt = fc.oneof(
  { weight: 9, arbitrary: instant('2021-01-01', '2027-12-31') },
  { weight: 1, arbitrary: instant('2020-11-01', '2021-01-01') },
);
/** Mostly a long certification, sometimes none or arbitrary ones. */
const certifications = fc.oneof(
  { weight: 3, arbitrary: fc.constant<CertificationInput[]>([LONG_CERTIFICATION]) },
  {
    weight: 1,
    arbitrary: fc.array(
      fc
        .tuple(date('2019-01-01', '2026-12-31'), fc.integer({ min: 0, max: 2000 }))
        .map(([from, days]): CertificationInput => certification(from, isoDate(dayNumber(from) + days))),
      { maxLength: 2 },
    ),
  },
);
/** Mostly no earlier award of the programme, sometimes a few. */
const awardsOf = (programme: ProgrammeCode, max: bigint) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant<AwardInput[]>([]) },
    {
      weight: 1,
      arbitrary: fc.array(
        fc
          .tuple(yuanString(max), fc.integer({ min: 2019, max: 2026 }), fc.constantFrom('NKL-1', 'NKL-2', 'NETC-1'))
          .map(([amount, fiscalYear, recognitionReference]): AwardInput =>
            award(programme, amount, { fiscalYear, recognitionReference }),
          ),
        { minLength: 1, maxLength: 3 },
      ),
    },
  );

const rndCases = fc
  .record({
    submittedAt,
    registeredInLingang: registered,
    periodStart: date('2020-12-01', '2025-12-31'),
    periodDays: fc.integer({ min: 0, max: 400 }),
    rndCosts: anyAmount,
    certifications,
    awards: awardsOf('OSP_RND', 20_000_000_00n),
  })
  .map((r) =>
    rndCase({
      submittedAt: r.submittedAt,
      organisation: { registeredInLingang: r.registeredInLingang },
      details: {
        periodStart: r.periodStart,
        periodEnd: isoDate(dayNumber(r.periodStart) + r.periodDays),
        rndCosts: r.rndCosts,
      },
      certifications: r.certifications,
      awards: r.awards,
    }),
  );

const operatingCases = fc
  .record({
    submittedAt,
    registeredInLingang: registered,
    fiscalYear: fc.integer({ min: 2018, max: 2025 }),
    operatingCosts: anyAmount,
    certifications,
    awards: awardsOf('OSP_OPERATING', 800_000_00n),
  })
  .map((r) =>
    operatingCase({
      submittedAt: r.submittedAt,
      organisation: { registeredInLingang: r.registeredInLingang },
      details: { fiscalYear: r.fiscalYear, operatingCosts: r.operatingCosts },
      certifications: r.certifications,
      awards: r.awards,
    }),
  );

const aiActivityCases = fc
  .record({
    submittedAt,
    registeredInLingang: registered,
    activityType: fc.constantFrom(...ACTIVITY_TYPES),
    requestedAmount: anyAmount,
  })
  .map((r) =>
    aiActivityCase({
      submittedAt: r.submittedAt,
      organisation: { registeredInLingang: r.registeredInLingang },
      details: { activityType: r.activityType, requestedAmount: r.requestedAmount },
    }),
  );

const revenueCases = fc
  .record({
    submittedAt,
    registeredInLingang: registered,
    fiscalYear: fc.integer({ min: 2019, max: 2025 }),
    mainBusinessIncome: anyAmount,
    priorIncomes: fc.array(yuanString(6_000_000_00n), { maxLength: 3 }),
    awards: awardsOf('REVENUE_MILESTONE', 12_000_000_00n).map((awards) => awards.slice(0, 1)),
  })
  .map((r) =>
    revenueCase({
      submittedAt: r.submittedAt,
      organisation: { registeredInLingang: r.registeredInLingang },
      details: {
        fiscalYear: r.fiscalYear,
        mainBusinessIncome: r.mainBusinessIncome,
        priorYears: r.priorIncomes.map((mainBusinessIncome, i) => ({
          fiscalYear: r.fiscalYear - 1 - i,
          mainBusinessIncome,
        })),
      },
      awards: r.awards,
    }),
  );

const settlementCases = fc
  .record({
    submittedAt,
    registeredInLingang: registered,
    establishedOn: date('2020-12-01', '2026-12-31'),
    origin: fc.constantFrom('DOMESTIC', 'FOREIGN' as const),
    requestedAmount: anyAmount,
    awards: awardsOf('ENTERPRISE_SETTLEMENT', 8_000_000_00n).map((awards) => awards.slice(0, 1)),
  })
  .map((r) =>
    settlementCase({
      submittedAt: r.submittedAt,
      organisation: { registeredInLingang: r.registeredInLingang },
      details: { establishedOn: r.establishedOn, origin: r.origin, requestedAmount: r.requestedAmount },
      awards: r.awards,
    }),
  );

const nationalPlatformCases = fc
  .record({
    submittedAt,
    registeredInLingang: registered,
    recognitionReference: fc.constantFrom('NKL-1', 'NKL-2', 'NETC-1', 'NETC-2'),
    requestedAmount: anyAmount,
    awards: awardsOf('NATIONAL_PLATFORM', 100_000_000_00n),
  })
  .map((r) =>
    nationalPlatformCase({
      submittedAt: r.submittedAt,
      organisation: { registeredInLingang: r.registeredInLingang },
      details: { recognitionReference: r.recognitionReference, requestedAmount: r.requestedAmount },
      awards: r.awards,
    }),
  );

const anyCase = fc.oneof(
  rndCases,
  operatingCases,
  aiActivityCases,
  revenueCases,
  settlementCases,
  nationalPlatformCases,
);

const amountOf = (decision: Decision) => parseYuan(decision.amount);

describe('properties of every decision', () => {
  it("the amount is never negative and never above its programme's cap", () => {
    fc.assert(
      fc.property(anyCase, (input) => {
        const amount = amountOf(evaluate(input));
        expect(amount >= 0n).toBe(true);
        expect(amount <= CAP_OF[input.programme]).toBe(true);
      }),
      RUNS,
    );
  });

  it('an award never exceeds its rate of the claimed costs, nor a review ceiling the requested amount', () => {
    fc.assert(
      fc.property(anyCase, (input) => {
        const amount = amountOf(evaluate(input));
        switch (input.programme) {
          case 'OSP_RND':
            expect(amount <= half(parseYuan(input.details.rndCosts))).toBe(true);
            break;
          case 'OSP_OPERATING':
            expect(amount <= tenth(parseYuan(input.details.operatingCosts))).toBe(true);
            break;
          case 'REVENUE_MILESTONE':
            break;
          default:
            expect(amount <= parseYuan(input.details.requestedAmount)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('is well formed: two-decimal amount, named reasons, and "0.00" whenever INELIGIBLE', () => {
    fc.assert(
      fc.property(anyCase, (input) => {
        const decision = evaluate(input);
        expectWellFormed(decision);
        if (decision.outcome === 'INELIGIBLE') expect(decision.amount).toBe('0.00');
      }),
      RUNS,
    );
  });

  it('is deterministic: the same case twice gives byte-identical decisions', () => {
    fc.assert(
      fc.property(anyCase, (input) => {
        const first = JSON.stringify(evaluate(input));
        const second = JSON.stringify(evaluate(structuredClone(input)));
        expect(second).toBe(first);
      }),
      RUNS,
    );
  });

  it("a programme whose rules read no history decides alike whatever the applicant's history", () => {
    const anyHistory = fc.record({
      certifications,
      awards: fc
        .constantFrom(...(Object.keys(CAP_OF) as ProgrammeCode[]))
        .chain((programme) => awardsOf(programme, CAP_OF[programme])),
    });
    fc.assert(
      fc.property(anyCase, anyHistory, (input, history) => {
        fc.pre(!readsHistory(input.programme));
        const withHistory = JSON.stringify(evaluate({ ...input, history }));
        expect(withHistory).toBe(JSON.stringify(evaluate({ ...input, history: { certifications: [], awards: [] } })));
      }),
      RUNS,
    );
  });

  it('any case submitted before 2021-01-01 Shanghai is INELIGIBLE under policy.window', () => {
    const early = instant('2020-01-01', '2020-12-31').filter(
      (at) => Date.parse(at) < Date.parse('2020-12-31T16:00:00Z'),
    );
    fc.assert(
      fc.property(anyCase, early, (input, at) => {
        const decision = evaluate({ ...input, submittedAt: at });
        expect(decision.outcome).toBe('INELIGIBLE');
        expect(rulesOf(decision)).toContain('policy.window');
      }),
      RUNS,
    );
  });
});

describe('caps hold over a sequence of claims fed back as history', () => {
  it('R&D awards of one platform never sum above 30,000,000.00 and fill it exactly once claims reach it', () => {
    const claims = fc.array(fen(20_000_000_00n, 2n), { minLength: 1, maxLength: 12 }); // from 0.02, whose 50% is 0.01
    fc.assert(
      fc.property(claims, (costs) => {
        const awards: AwardInput[] = [];
        let awarded = 0n;
        let claimed = 0n; // Σ 50% of each claim, rounded down per claim
        for (const rndCosts of costs) {
          const decision = evaluate(rndCase({ details: { rndCosts: formatYuan(rndCosts) }, awards }));
          if (awarded === RND_CAP) {
            expect(decision.outcome).toBe('INELIGIBLE');
            expect(rulesOf(decision)).toContain('OSP_RND.cap');
            continue;
          }
          expect(decision.outcome).toBe('ELIGIBLE');
          awarded += amountOf(decision);
          claimed += half(rndCosts);
          awards.push(award('OSP_RND', decision.amount));
          expect(awarded <= RND_CAP).toBe(true);
          expect(awarded).toBe(min(claimed, RND_CAP));
        }
      }),
      RUNS,
    );
  });

  it('operating awards never sum above 1,000,000.00 per fiscal year, and other years do not count', () => {
    const claims = fc.array(
      fc.record({
        fiscalYear: fc.integer({ min: 2020, max: 2023 }),
        costs: fen(8_000_000_00n, 10n),
      }) /* from 0.10, whose 10% is 0.01 */,
      {
        minLength: 1,
        maxLength: 15,
      },
    );
    fc.assert(
      fc.property(claims, (sequence) => {
        const awards: AwardInput[] = [];
        const awarded = new Map<number, bigint>();
        const claimed = new Map<number, bigint>();
        for (const { fiscalYear, costs } of sequence) {
          const decision = evaluate(
            operatingCase({
              submittedAt: shanghai('2024-03-01'),
              details: { fiscalYear, operatingCosts: formatYuan(costs) },
              awards,
            }),
          );
          const before = awarded.get(fiscalYear) ?? 0n;
          if (before === OPERATING_CAP) {
            expect(decision.outcome).toBe('INELIGIBLE');
            expect(rulesOf(decision)).toContain('OSP_OPERATING.cap');
            continue;
          }
          expect(decision.outcome).toBe('ELIGIBLE');
          const total = before + amountOf(decision);
          const demanded = (claimed.get(fiscalYear) ?? 0n) + tenth(costs);
          awarded.set(fiscalYear, total);
          claimed.set(fiscalYear, demanded);
          awards.push(award('OSP_OPERATING', decision.amount, { fiscalYear }));
          expect(total <= OPERATING_CAP).toBe(true);
          expect(total).toBe(min(demanded, OPERATING_CAP));
        }
      }),
      RUNS,
    );
  });
});

describe('amounts are monotone in what is claimed', () => {
  const pair = (max: bigint) =>
    fc.tuple(fen(max), fen(max)).map(([a, b]): [bigint, bigint] => (a <= b ? [a, b] : [b, a]));

  it('more R&D costs never earn less, whatever was awarded before', () => {
    fc.assert(
      fc.property(pair(80_000_000_00n), fen(35_000_000_00n), ([less, more], prior) => {
        const awards = prior > 0n ? [award('OSP_RND', formatYuan(prior))] : [];
        const low = evaluate(rndCase({ details: { rndCosts: formatYuan(less) }, awards }));
        const high = evaluate(rndCase({ details: { rndCosts: formatYuan(more) }, awards }));
        expect(amountOf(low) <= amountOf(high)).toBe(true);
      }),
      RUNS,
    );
  });

  it('more operating costs never earn less, whatever was awarded for the year before', () => {
    fc.assert(
      fc.property(pair(15_000_000_00n), fen(1_200_000_00n), ([less, more], prior) => {
        const awards = prior > 0n ? [award('OSP_OPERATING', formatYuan(prior), { fiscalYear: 2021 })] : [];
        const low = evaluate(operatingCase({ details: { operatingCosts: formatYuan(less) }, awards }));
        const high = evaluate(operatingCase({ details: { operatingCosts: formatYuan(more) }, awards }));
        expect(amountOf(low) <= amountOf(high)).toBe(true);
      }),
      RUNS,
    );
  });

  it('more main business income never earns a smaller revenue milestone reward', () => {
    fc.assert(
      fc.property(pair(2_000_000_000_00n), ([less, more]) => {
        const low = evaluate(revenueCase({ details: { mainBusinessIncome: formatYuan(less) } }));
        const high = evaluate(revenueCase({ details: { mainBusinessIncome: formatYuan(more) } }));
        expect(amountOf(low) <= amountOf(high)).toBe(true);
      }),
      RUNS,
    );
  });

  it('a larger request never lowers a review ceiling', () => {
    fc.assert(
      fc.property(pair(200_000_000_00n), ([less, more]) => {
        for (const build of [aiActivityCase, settlementCase, nationalPlatformCase]) {
          const low = evaluate(build({ details: { requestedAmount: formatYuan(less) } }));
          const high = evaluate(build({ details: { requestedAmount: formatYuan(more) } }));
          expect(amountOf(low) <= amountOf(high)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('below the cap the R&D award is exactly 50% of the costs, rounded down to the fen', () => {
    fc.assert(
      fc.property(fen(60_000_000_00n, 1n), (costs) => {
        const decision = evaluate(rndCase({ details: { rndCosts: formatYuan(costs) } }));
        expect(amountOf(decision)).toBe(half(costs));
        expect(decision.capApplied).toBe(false);
      }),
      RUNS,
    );
  });

  it('below the cap the operating award is exactly 10% of the costs, rounded down to the fen', () => {
    fc.assert(
      fc.property(fen(10_000_000_00n, 1n), (costs) => {
        const decision = evaluate(operatingCase({ details: { operatingCosts: formatYuan(costs) } }));
        expect(amountOf(decision)).toBe(tenth(costs));
        expect(decision.capApplied).toBe(false);
      }),
      RUNS,
    );
  });
});
