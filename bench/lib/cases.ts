/**
 * A deterministic generator of mixed-programme cases in the batch format (SPEC §3.1):
 * all six programmes, eligible and ineligible ones, histories with certifications and
 * earlier awards, valid USCCs. Same seed, same cases.
 */
import { ACTIVITY_TYPES, PROGRAMMES, type CaseInput, type ProgrammeCode } from '../../shared/policy/schemas.js';
import { usccCheckCharacter } from '../../shared/policy/uscc.js';

type AwardInput = NonNullable<NonNullable<CaseInput['history']>['awards']>[number];

const USCC_ALPHABET = [...'0123456789ABCDEFGHJKLMNPQRTUWXY'];

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function caseGenerator(seed: number): () => CaseInput {
  const random = rng(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = (fromYear: number, toYear: number) => `${int(fromYear, toYear)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
  /** A yuan string between the bounds (whole yuan), sometimes with fen. */
  const money = (min: number, max: number) => {
    const whole = int(min, max);
    return chance(0.3) ? `${whole}.${pad(int(0, 99))}` : chance(0.5) ? `${whole}.00` : String(whole);
  };
  /** A claimed amount: one in twenty claims nothing, which the rules refuse. */
  const claim = (max: number) => (chance(0.05) ? '0.00' : money(1, max));
  const uscc = () => {
    let first17 = '91310115';
    while (first17.length < 17) first17 += pick(USCC_ALPHABET);
    return first17 + usccCheckCharacter(first17);
  };

  const details: { [P in ProgrammeCode]: () => Extract<CaseInput, { programme: P }>['details'] } = {
    OSP_RND: () => {
      const start = date(2020, 2024);
      const year = Number(start.slice(0, 4));
      return { periodStart: start, periodEnd: `${year + int(0, 1)}-12-31`, rndCosts: claim(80_000_000) };
    },
    OSP_OPERATING: () => ({ fiscalYear: int(2019, 2025), operatingCosts: claim(15_000_000) }),
    AI_ACTIVITY: () => ({
      activityType: pick(ACTIVITY_TYPES),
      description: 'Open benchmark and data-set release for industrial vision models.',
      requestedAmount: claim(8_000_000),
    }),
    REVENUE_MILESTONE: () => {
      const fiscalYear = int(2020, 2025);
      const priorYears = Array.from({ length: int(0, 3) }, (_, i) => ({
        fiscalYear: fiscalYear - 1 - i,
        mainBusinessIncome: money(0, chance(0.8) ? 5_000_000 : 9_000_000),
      }));
      return {
        fiscalYear,
        mainBusinessIncome: money(1_000_000, pick([6_000_000, 60_000_000, 2_000_000_000])),
        priorYears,
      };
    },
    ENTERPRISE_SETTLEMENT: () => ({
      establishedOn: date(2020, 2024),
      origin: pick(['DOMESTIC', 'FOREIGN'] as const),
      requestedAmount: claim(12_000_000),
    }),
    NATIONAL_PLATFORM: () => ({
      recognition: pick(['NATIONAL_KEY_LABORATORY', 'NATIONAL_ENTERPRISE_TECHNOLOGY_CENTER'] as const),
      recognitionReference: `NKL-${int(1, 6)}`,
      recognizedOn: date(2018, 2024),
      requestedAmount: claim(150_000_000),
    }),
  };

  const history = () => ({
    certifications: Array.from({ length: pick([0, 1, 1, 2]) }, () => {
      const from = int(2019, 2023);
      return { certifiedFrom: `${from}-01-01`, certifiedUntil: `${from + int(1, 4)}-12-31` };
    }),
    awards: Array.from({ length: pick([0, 0, 1, 2, 3]) }, () => {
      const programme = pick(PROGRAMMES);
      const amount =
        programme === 'OSP_RND'
          ? money(1_000_000, 30_000_000)
          : programme === 'OSP_OPERATING'
            ? chance(0.3)
              ? '1000000.00'
              : money(100_000, 1_000_000)
            : money(100_000, 5_000_000);
      const award: AwardInput = { programme, amount };
      if (programme === 'OSP_OPERATING') award.fiscalYear = int(2020, 2024);
      if (programme === 'NATIONAL_PLATFORM') award.recognitionReference = `NKL-${int(1, 6)}`;
      return award;
    }),
  });

  return () => {
    const programme = pick(PROGRAMMES);
    // Mostly within the window (from 2021-01-01 Shanghai), a few before it opened.
    const submittedAt = chance(0.03)
      ? `2020-12-${pad(int(26, 31))}T${pad(int(0, 23))}:30:00+08:00`
      : `${date(2021, 2026)}T${pad(int(0, 23))}:${pad(int(0, 59))}:00+08:00`;
    return {
      submittedAt,
      programme,
      organisation: {
        name: `Lingang AI Co. ${int(1, 9999)}`,
        unifiedSocialCreditCode: uscc(),
        registeredInLingang: chance(0.95),
      },
      details: details[programme](),
      history: history(),
    } as CaseInput;
  };
}

/** `count` cases from `seed`. */
export function generateCases(count: number, seed = 20201226): CaseInput[] {
  const next = caseGenerator(seed);
  return Array.from({ length: count }, next);
}
