/**
 * Every figure and boundary of the seed text and the SPEC §3 table, as one table.
 * Expected amounts are worked out by hand from the policy figures (noted in each row),
 * never copied from the library's output.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUES, renderReason } from '../../shared/i18n/index.js';
import { evaluate, LG_AI_2020, LG_AI_2020_R1, type CaseInput, type Outcome } from '../../shared/policy/index.js';
import { citedFigures, HAN } from './bilingual.js';
import {
  aiActivityCase,
  award,
  CASE_BUILDERS,
  certification,
  expectWellFormed,
  nationalPlatformCase,
  operatingCase,
  revenueCase,
  rndCase,
  stepUpCase,
  rulesOf,
  settlementCase,
  shanghai,
} from './cases.js';

/** The figures of seed/lingang-ai-policy-2020.txt and SPEC §3, typed from the texts (fen = yuan × 100). */
const FIGURES = {
  ospRndRate: 5000, // "half of their research and development costs" = 50% in basis points
  ospRndCumulativeCap: 30_000_000_00n, // "up to a total amount of 30 million yuan"
  ospOperatingRate: 1000, // "10 percent of their annual operating costs"
  ospOperatingAnnualCap: 1_000_000_00n, // "up to a total amount of 1 million yuan per year"
  ospOperatingFirstFiscalYear: 2020, // SPEC: fiscal year ≥ 2020
  revenueThreshold: 5_000_000_00n, // "main business income exceeds 5 million yuan for the first time"
  aiActivityMax: 5_000_000_00n, // SPEC configurable default
  settlementEstablishedFrom: '2020-12-26', // SPEC configurable default: published on Dec 26
  settlementMax: 8_000_000_00n, // "a one-time award of up to 8 million yuan"
  nationalPlatformMax: 100_000_000_00n, // "A maximum of 100 million yuan"
  revenueTiers: [
    // "between 200,000 and 12 million yuan", SPEC default tiers, lower bounds exclusive
    { above: 5_000_000_00n, upTo: 10_000_000_00n, award: 200_000_00n },
    { above: 10_000_000_00n, upTo: 50_000_000_00n, award: 500_000_00n },
    { above: 50_000_000_00n, upTo: 100_000_000_00n, award: 1_000_000_00n },
    { above: 100_000_000_00n, upTo: 500_000_000_00n, award: 3_000_000_00n },
    { above: 500_000_000_00n, upTo: 1_000_000_000_00n, award: 6_000_000_00n },
    { above: 1_000_000_000_00n, upTo: null, award: 12_000_000_00n },
  ],
} as const;

interface Row {
  /** The figure or boundary of the policy the row proves. */
  figure: string;
  behaviour: string;
  input: CaseInput;
  outcome: Outcome;
  amount: string;
  /** Asserted when given (left open for ineligible rows, where the spec does not say). */
  capApplied?: boolean;
  /** A rule the decision's reasons must name. */
  rule: string;
  /** The version the case is judged under (LG-AI-2020 unless given). */
  version?: string;
}

const eligible = (amount: string, capApplied: boolean, rule: string) =>
  ({ outcome: 'ELIGIBLE', amount, capApplied, rule }) as const;
const review = (amount: string, capApplied: boolean, rule: string) =>
  ({ outcome: 'NEEDS_REVIEW', amount, capApplied, rule }) as const;
const ineligible = (rule: string) => ({ outcome: 'INELIGIBLE', amount: '0.00', rule }) as const;
const R1 = 'LG-AI-2020-R1';

/** LG-AI-2020-R1: the tiers as the official text sets them (SPEC §3), lower bounds exclusive. */
const R1_TIERS = [
  { above: 5_000_000_00n, upTo: 10_000_000_00n, award: 200_000_00n },
  { above: 10_000_000_00n, upTo: 20_000_000_00n, award: 300_000_00n },
  { above: 20_000_000_00n, upTo: 50_000_000_00n, award: 500_000_00n },
  { above: 50_000_000_00n, upTo: 100_000_000_00n, award: 1_000_000_00n },
  { above: 100_000_000_00n, upTo: 500_000_000_00n, award: 2_000_000_00n },
  { above: 500_000_000_00n, upTo: 1_000_000_000_00n, award: 5_000_000_00n },
  { above: 1_000_000_000_00n, upTo: 5_000_000_000_00n, award: 8_000_000_00n },
  { above: 5_000_000_000_00n, upTo: null, award: 12_000_000_00n },
];

/** LG-AI-2020-R1 tier edges, no earlier award: [income, award]. */
const R1_TIER_EDGES: ReadonlyArray<readonly [string, string]> = [
  ['5000000.01', '200000.00'],
  ['10000000.00', '200000.00'],
  ['10000000.01', '300000.00'],
  ['20000000.00', '300000.00'],
  ['20000000.01', '500000.00'],
  ['50000000.00', '500000.00'],
  ['50000000.01', '1000000.00'],
  ['100000000.00', '1000000.00'],
  ['100000000.01', '2000000.00'],
  ['500000000.00', '2000000.00'],
  ['500000000.01', '5000000.00'],
  ['1000000000.00', '5000000.00'],
  ['1000000000.01', '8000000.00'],
  ['5000000000.00', '8000000.00'],
  ['5000000000.01', '12000000.00'],
  ['999999999999999.99', '12000000.00'],
];
const revenueAward = (amount: string, threshold?: string) =>
  award('REVENUE_MILESTONE', amount, threshold === undefined ? {} : { threshold });

/** Revenue tier edges: [income, award] from the SPEC default tiers (lower bounds exclusive, upper inclusive). */
const TIER_EDGES: ReadonlyArray<readonly [string, string]> = [
  ['5000000.01', '200000.00'],
  ['10000000.00', '200000.00'],
  ['10000000.01', '500000.00'],
  ['50000000.00', '500000.00'],
  ['50000000.01', '1000000.00'],
  ['100000000.00', '1000000.00'],
  ['100000000.01', '3000000.00'],
  ['500000000.00', '3000000.00'],
  ['500000000.01', '6000000.00'],
  ['1000000000.00', '6000000.00'],
  ['1000000000.01', '12000000.00'],
  ['999999999999999.99', '12000000.00'],
];

/** R&D costs incurred between the policy's publication and the window's opening, so a claim on the opening day has them all behind it. */
const PERIOD_BEFORE_THE_WINDOW = { periodStart: '2020-12-26', periodEnd: '2020-12-31' };

const SEED_FIGURE_TABLE: Row[] = [
  // ── OSP_RND: 50% of R&D costs, cumulative cap 30,000,000 per platform ──
  {
    figure: 'R&D 50%',
    behaviour: '50% of 1,000,000.00 is 500,000.00',
    input: rndCase({ details: { rndCosts: '1000000.00' } }),
    ...eligible('500000.00', false, 'OSP_RND.rate'),
  },
  {
    figure: 'R&D 50%',
    behaviour: '50% of 1,000,000.01 (500,000.005) rounds down to 500,000.00',
    input: rndCase({ details: { rndCosts: '1000000.01' } }),
    ...eligible('500000.00', false, 'OSP_RND.rate'),
  },
  {
    figure: 'R&D 50%',
    behaviour: '50% of 0.03 (0.015) rounds down to 0.01',
    input: rndCase({ details: { rndCosts: '0.03' } }),
    ...eligible('0.01', false, 'OSP_RND.rate'),
  },
  {
    figure: 'R&D 50%',
    behaviour: '50% of 0.02 is 0.01, the smallest award',
    input: rndCase({ details: { rndCosts: '0.02' } }),
    ...eligible('0.01', false, 'OSP_RND.amount'),
  },
  {
    figure: 'nothing for nothing (SPEC §3)',
    behaviour: '50% of 0.01 rounds down to 0.00: ineligible',
    input: rndCase({ details: { rndCosts: '0.01' } }),
    ...ineligible('OSP_RND.amount'),
  },
  {
    figure: 'R&D 50%',
    behaviour: 'R&D costs of 0.00 are ineligible',
    input: rndCase({ details: { rndCosts: '0.00' } }),
    ...ineligible('OSP_RND.costs'),
  },
  {
    figure: 'R&D cap 30M',
    behaviour: '50% of 60,000,000.00 is exactly the 30,000,000.00 cap, not limited',
    input: rndCase({ details: { rndCosts: '60000000.00' } }),
    ...eligible('30000000.00', false, 'OSP_RND.cap'),
  },
  {
    figure: 'R&D cap 30M',
    behaviour: '50% of 60,000,000.02 (30,000,000.01) is limited to the 30,000,000.00 cap',
    input: rndCase({ details: { rndCosts: '60000000.02' } }),
    ...eligible('30000000.00', true, 'OSP_RND.cap'),
  },
  {
    figure: 'R&D cap 30M',
    behaviour: 'the largest amount (999,999,999,999,999.99) is limited to 30,000,000.00',
    input: rndCase({ details: { rndCosts: '999999999999999.99' } }),
    ...eligible('30000000.00', true, 'OSP_RND.cap'),
  },
  {
    figure: 'R&D cap 30M',
    behaviour: 'with 29,999,000.00 awarded, 50% of 10,000.00 (5,000.00) is limited to the 1,000.00 remainder',
    input: rndCase({
      details: { rndCosts: '10000.00' },
      awards: [award('OSP_RND', '20000000.00'), award('OSP_RND', '9999000.00')],
    }),
    ...eligible('1000.00', true, 'OSP_RND.cap'),
  },
  {
    figure: 'R&D cap 30M',
    behaviour: 'with 29,995,000.00 awarded, 50% of 10,000.00 exactly fills the 5,000.00 remainder, not limited',
    input: rndCase({ details: { rndCosts: '10000.00' }, awards: [award('OSP_RND', '29995000.00')] }),
    ...eligible('5000.00', false, 'OSP_RND.cap'),
  },
  {
    figure: 'R&D cap 30M',
    behaviour: 'with 20,000,000.00 + 10,000,000.00 awarded the cap is exhausted: ineligible',
    input: rndCase({ awards: [award('OSP_RND', '20000000.00'), award('OSP_RND', '10000000.00')] }),
    ...ineligible('OSP_RND.cap'),
  },
  {
    figure: 'R&D cap 30M',
    behaviour: 'with 30,000,000.01 already awarded (history over the cap) the claim is ineligible',
    input: rndCase({ awards: [award('OSP_RND', '30000000.01')] }),
    ...ineligible('OSP_RND.cap'),
  },
  {
    figure: 'R&D cap 30M',
    behaviour: 'awards of other programmes do not count against the R&D cap (29,000,000.00 R&D: 1,000,000.00 remains)',
    input: rndCase({
      details: { rndCosts: '2000000.00' },
      awards: [
        award('OSP_RND', '29000000.00'),
        award('OSP_OPERATING', '1000000.00', { fiscalYear: 2021 }),
        award('REVENUE_MILESTONE', '12000000.00'),
      ],
    }),
    ...eligible('1000000.00', false, 'OSP_RND.cap'),
  },
  {
    figure: 'R&D certification',
    behaviour: 'a certification covering exactly the R&D period suffices',
    input: rndCase({ certifications: [certification('2021-01-01', '2021-03-31')] }),
    ...eligible('500000.00', false, 'OSP_RND.certification'),
  },
  {
    figure: 'R&D certification',
    behaviour: 'a certification ending one day before the period ends is not enough',
    input: rndCase({ certifications: [certification('2021-01-01', '2021-03-30')] }),
    ...ineligible('OSP_RND.certification'),
  },
  {
    figure: 'R&D certification',
    behaviour: 'a certification starting one day after the period starts is not enough',
    input: rndCase({ certifications: [certification('2021-01-02', '2030-12-31')] }),
    ...ineligible('OSP_RND.certification'),
  },
  {
    figure: 'R&D certification',
    behaviour: 'an uncertified platform is ineligible',
    input: rndCase({ certifications: [] }),
    ...ineligible('OSP_RND.certification'),
  },
  {
    figure: 'R&D policy validity',
    behaviour: 'an R&D period starting 2020-12-25, before the policy of 2020-12-26, is ineligible',
    input: rndCase({
      details: { periodStart: '2020-12-25' },
      certifications: [certification('2020-01-01', '2030-12-31')],
    }),
    ...ineligible('OSP_RND.period'),
  },
  {
    figure: 'R&D policy validity',
    behaviour: 'an R&D period starting on the publication date 2020-12-26 is eligible',
    input: rndCase({
      details: { periodStart: '2020-12-26' },
      certifications: [certification('2020-01-01', '2030-12-31')],
    }),
    ...eligible('500000.00', false, 'OSP_RND.period'),
  },
  {
    figure: 'costs lie in the past (SPEC §3)',
    behaviour: 'an R&D period ending 2021-05-02, after the submission on 2021-05-01, is ineligible',
    input: rndCase({ details: { periodEnd: '2021-05-02' } }),
    ...ineligible('OSP_RND.period'),
  },
  {
    figure: 'costs lie in the past (SPEC §3)',
    behaviour: 'an R&D period ending on the submission date 2021-05-01 is eligible',
    input: rndCase({ details: { periodEnd: '2021-05-01' } }),
    ...eligible('500000.00', false, 'OSP_RND.period'),
  },

  // ── OSP_OPERATING: 10% of the year's operating costs, cap 1,000,000 per platform per fiscal year ──
  {
    figure: 'operating 10%',
    behaviour: '10% of 5,000,000.00 is 500,000.00',
    input: operatingCase({ details: { operatingCosts: '5000000.00' } }),
    ...eligible('500000.00', false, 'OSP_OPERATING.rate'),
  },
  {
    figure: 'operating 10%',
    behaviour: '10% of 123.45 (12.345) rounds down to 12.34',
    input: operatingCase({ details: { operatingCosts: '123.45' } }),
    ...eligible('12.34', false, 'OSP_OPERATING.rate'),
  },
  {
    figure: 'operating 10%',
    behaviour: '10% of 0.10 is 0.01, the smallest award',
    input: operatingCase({ details: { operatingCosts: '0.10' } }),
    ...eligible('0.01', false, 'OSP_OPERATING.amount'),
  },
  {
    figure: 'nothing for nothing (SPEC §3)',
    behaviour: '10% of 0.09 rounds down to 0.00: ineligible',
    input: operatingCase({ details: { operatingCosts: '0.09' } }),
    ...ineligible('OSP_OPERATING.amount'),
  },
  {
    figure: 'operating 10%',
    behaviour: 'operating costs of 0.00 are ineligible',
    input: operatingCase({ details: { operatingCosts: '0.00' } }),
    ...ineligible('OSP_OPERATING.costs'),
  },
  {
    figure: 'operating cap 1M/year',
    behaviour: '10% of 10,000,000.00 is exactly the 1,000,000.00 cap, not limited',
    input: operatingCase({ details: { operatingCosts: '10000000.00' } }),
    ...eligible('1000000.00', false, 'OSP_OPERATING.cap'),
  },
  {
    figure: 'operating cap 1M/year',
    behaviour: '10% of 10,000,000.10 (1,000,000.01) is limited to 1,000,000.00',
    input: operatingCase({ details: { operatingCosts: '10000000.10' } }),
    ...eligible('1000000.00', true, 'OSP_OPERATING.cap'),
  },
  {
    figure: 'operating cap 1M/year',
    behaviour:
      'claims of the same year are summed: after 600,000.00 + 300,000.00, 10% of 2,000,000.00 is limited to 100,000.00',
    input: operatingCase({
      details: { operatingCosts: '2000000.00' },
      awards: [
        award('OSP_OPERATING', '600000.00', { fiscalYear: 2021 }),
        award('OSP_OPERATING', '300000.00', { fiscalYear: 2021 }),
      ],
    }),
    ...eligible('100000.00', true, 'OSP_OPERATING.cap'),
  },
  {
    figure: 'operating cap 1M/year',
    behaviour: 'after 400,000.00 + 600,000.00 for the same year the cap is exhausted: ineligible',
    input: operatingCase({
      awards: [
        award('OSP_OPERATING', '400000.00', { fiscalYear: 2021 }),
        award('OSP_OPERATING', '600000.00', { fiscalYear: 2021 }),
      ],
    }),
    ...ineligible('OSP_OPERATING.cap'),
  },
  {
    figure: 'operating cap 1M/year',
    behaviour: 'full caps of other fiscal years (2020, 2022) do not count: 10% of 5,000,000.00 is 500,000.00',
    input: operatingCase({
      details: { operatingCosts: '5000000.00' },
      awards: [
        award('OSP_OPERATING', '1000000.00', { fiscalYear: 2020 }),
        award('OSP_OPERATING', '1000000.00', { fiscalYear: 2022 }),
      ],
    }),
    ...eligible('500000.00', false, 'OSP_OPERATING.cap'),
  },
  {
    figure: 'operating fiscal year ended',
    behaviour: 'FY2021 claimed on 2021-12-31 23:59:59 Shanghai has not ended: ineligible',
    input: operatingCase({ submittedAt: shanghai('2021-12-31', '23:59:59') }),
    ...ineligible('OSP_OPERATING.fiscalYear'),
  },
  {
    figure: 'operating fiscal year ended',
    behaviour: 'FY2021 claimed on 2022-01-01 00:00:00 Shanghai has ended: 10% of 1,000,000.00',
    input: operatingCase({ submittedAt: shanghai('2022-01-01', '00:00:00') }),
    ...eligible('100000.00', false, 'OSP_OPERATING.fiscalYear'),
  },
  {
    figure: 'operating fiscal year ended',
    behaviour: 'FY2021 claimed at 2021-12-31T15:59:59Z (still 31 Dec in Shanghai) is ineligible',
    input: operatingCase({ submittedAt: '2021-12-31T15:59:59Z' }),
    ...ineligible('OSP_OPERATING.fiscalYear'),
  },
  {
    figure: 'operating fiscal year ended',
    behaviour: 'FY2021 claimed at 2021-12-31T16:00:00Z (1 Jan in Shanghai) is eligible',
    input: operatingCase({ submittedAt: '2021-12-31T16:00:00Z' }),
    ...eligible('100000.00', false, 'OSP_OPERATING.fiscalYear'),
  },
  {
    figure: 'operating fiscal year ≥ 2020',
    behaviour: 'fiscal year 2019 is before the first subsidised year: ineligible',
    input: operatingCase({
      submittedAt: shanghai('2021-05-01'),
      details: { fiscalYear: 2019 },
      certifications: [certification('2019-01-01', '2030-12-31')],
    }),
    ...ineligible('OSP_OPERATING.fiscalYear'),
  },
  {
    figure: 'operating fiscal year ≥ 2020',
    behaviour: 'fiscal year 2020 with a certification valid only on its last day (2020-12-31) is eligible',
    input: operatingCase({
      submittedAt: shanghai('2021-05-01'),
      details: { fiscalYear: 2020 },
      certifications: [certification('2020-12-31', '2030-12-31')],
    }),
    ...eligible('100000.00', false, 'OSP_OPERATING.certification'),
  },
  {
    figure: 'operating certification',
    behaviour: 'a certification valid on one day of FY2021 (31 Dec) suffices',
    input: operatingCase({ certifications: [certification('2021-12-31', '2022-12-31')] }),
    ...eligible('100000.00', false, 'OSP_OPERATING.certification'),
  },
  {
    figure: 'operating certification',
    behaviour: 'a certification valid on one day of FY2021 (1 Jan) suffices',
    input: operatingCase({ certifications: [certification('2020-06-01', '2021-01-01')] }),
    ...eligible('100000.00', false, 'OSP_OPERATING.certification'),
  },
  {
    figure: 'operating certification',
    behaviour: 'a certification starting the day after FY2021 ends is ineligible',
    input: operatingCase({ certifications: [certification('2022-01-01', '2030-12-31')] }),
    ...ineligible('OSP_OPERATING.certification'),
  },
  {
    figure: 'operating certification',
    behaviour: 'a certification ending the day before FY2021 starts is ineligible',
    input: operatingCase({ certifications: [certification('2020-01-01', '2020-12-31')] }),
    ...ineligible('OSP_OPERATING.certification'),
  },

  // ── REVENUE_MILESTONE: income above 5,000,000 for the first time, tiers 200,000 … 12,000,000 ──
  {
    figure: 'revenue threshold 5M',
    behaviour: 'income of exactly 5,000,000.00 does not exceed 5 million: ineligible',
    input: revenueCase({ details: { mainBusinessIncome: '5000000.00' } }),
    ...ineligible('REVENUE_MILESTONE.threshold'),
  },
  ...TIER_EDGES.map(([income, tierAward]): Row => ({
    figure: 'revenue tiers',
    behaviour: `income of ${income} earns ${tierAward}`,
    input: revenueCase({ details: { mainBusinessIncome: income } }),
    ...eligible(tierAward, false, 'REVENUE_MILESTONE.tier'),
  })),
  {
    figure: 'revenue first time',
    behaviour: 'a prior year with 5,000,000.01 means this is not the first time: ineligible',
    input: revenueCase({ details: { priorYears: [{ fiscalYear: 2020, mainBusinessIncome: '5000000.01' }] } }),
    ...ineligible('REVENUE_MILESTONE.firstTime'),
  },
  {
    figure: 'revenue first time',
    behaviour: 'any earlier year above 5M counts, not only the latest (2019: 6,000,000.00, 2020: 3,000,000.00)',
    input: revenueCase({
      details: {
        priorYears: [
          { fiscalYear: 2019, mainBusinessIncome: '6000000.00' },
          { fiscalYear: 2020, mainBusinessIncome: '3000000.00' },
        ],
      },
    }),
    ...ineligible('REVENUE_MILESTONE.firstTime'),
  },
  {
    figure: 'revenue first time',
    behaviour: 'a prior year of exactly 5,000,000.00 did not exceed 5M: 20,000,000.00 earns 500,000.00',
    input: revenueCase({ details: { priorYears: [{ fiscalYear: 2020, mainBusinessIncome: '5000000.00' }] } }),
    ...eligible('500000.00', false, 'REVENUE_MILESTONE.firstTime'),
  },
  {
    figure: 'revenue first time',
    behaviour: 'no prior years declared: 20,000,000.00 earns 500,000.00',
    input: revenueCase({ details: { priorYears: [] } }),
    ...eligible('500000.00', false, 'REVENUE_MILESTONE.firstTime'),
  },
  {
    figure: 'revenue once per applicant',
    behaviour: 'an earlier revenue milestone award makes the applicant ineligible',
    input: revenueCase({ awards: [award('REVENUE_MILESTONE', '200000.00')] }),
    ...ineligible('REVENUE_MILESTONE.oncePerApplicant'),
  },
  {
    figure: 'revenue once per applicant',
    behaviour: 'awards of other programmes do not block the revenue milestone',
    input: revenueCase({ awards: [award('OSP_RND', '1000000.00'), award('ENTERPRISE_SETTLEMENT', '8000000.00')] }),
    ...eligible('500000.00', false, 'REVENUE_MILESTONE.oncePerApplicant'),
  },
  {
    figure: 'revenue fiscal year ended',
    behaviour: 'FY2021 income claimed on 2021-12-31 23:59:59 Shanghai: the year has not ended',
    input: revenueCase({ submittedAt: shanghai('2021-12-31', '23:59:59') }),
    ...ineligible('REVENUE_MILESTONE.fiscalYear'),
  },
  {
    figure: 'revenue fiscal year ended',
    behaviour: 'FY2021 income claimed on 2022-01-01 00:00:00 Shanghai: the year has ended',
    input: revenueCase({ submittedAt: shanghai('2022-01-01', '00:00:00') }),
    ...eligible('500000.00', false, 'REVENUE_MILESTONE.fiscalYear'),
  },

  // ── REVENUE_MILESTONE under LG-AI-2020-R1: eight tiers, step-up awards (升级差额补足) ──
  ...R1_TIER_EDGES.map(([income, tierAward]): Row => ({
    figure: 'step-up tiers (R1)',
    behaviour: `no earlier award: income of ${income} earns ${tierAward}`,
    input: stepUpCase({ details: { mainBusinessIncome: income, priorYears: [] } }),
    ...eligible(tierAward, false, 'REVENUE_MILESTONE.stepUp'),
    version: R1,
  })),
  {
    figure: 'step-up (R1)',
    behaviour:
      '8,000,000.00 rewarded 200,000.00 at the 5M threshold, then 60,000,000.00: 1,000,000.00 − 200,000.00 = 800,000.00 more',
    input: stepUpCase({ awards: [revenueAward('200000.00', '5000000.00')] }),
    ...eligible('800000.00', false, 'REVENUE_MILESTONE.stepUp'),
    version: R1,
  },
  {
    figure: 'step-up (R1)',
    behaviour:
      'an award recorded without its threshold (LG-AI-2020) counts by its amount: 200,000.00 received, 60M pays 800,000.00 more',
    input: stepUpCase({ awards: [revenueAward('200000.00')] }),
    ...eligible('800000.00', false, 'REVENUE_MILESTONE.stepUp'),
    version: R1,
  },
  {
    figure: 'step-up (R1)',
    behaviour:
      '200,000.00 + 100,000.00 + 200,000.00 received (5M, 10M, 20M), then 5,000,000,000.01: 12,000,000.00 − 500,000.00 = 11,500,000.00',
    input: stepUpCase({
      details: { mainBusinessIncome: '5000000000.01', priorYears: [] },
      awards: [
        revenueAward('200000.00', '5000000.00'),
        revenueAward('100000.00', '10000000.00'),
        revenueAward('200000.00', '20000000.00'),
      ],
    }),
    ...eligible('11500000.00', false, 'REVENUE_MILESTONE.stepUp'),
    version: R1,
  },
  {
    figure: 'step-up: each threshold once (R1)',
    behaviour:
      'a second claim at the 50M tier already rewarded (70,000,000.00 after 1,000,000.00 at 50M) is ineligible',
    input: stepUpCase({
      details: { mainBusinessIncome: '70000000.00', priorYears: [] },
      awards: [revenueAward('1000000.00', '50000000.00')],
    }),
    ...ineligible('REVENUE_MILESTONE.higherTier'),
    version: R1,
  },
  {
    figure: 'step-up: each threshold once (R1)',
    behaviour: 'a lower tier after a higher one was rewarded (15,000,000.00 after 50M) is ineligible',
    input: stepUpCase({
      details: { mainBusinessIncome: '15000000.00', priorYears: [] },
      awards: [revenueAward('1000000.00', '50000000.00')],
    }),
    ...ineligible('REVENUE_MILESTONE.higherTier'),
    version: R1,
  },
  {
    figure: 'step-up: 12,000,000 at most (R1)',
    behaviour:
      '12,000,000.00 already received (no threshold recorded): the top tier is rewarded, 6,000,000,000.00 is ineligible',
    input: stepUpCase({
      details: { mainBusinessIncome: '6000000000.00', priorYears: [] },
      awards: [revenueAward('12000000.00')],
    }),
    ...ineligible('REVENUE_MILESTONE.higherTier'),
    version: R1,
  },
  {
    figure: 'step-up: each threshold once (R1)',
    behaviour: 'a partial grant of 100,000.00 at the 20M threshold: 30,000,000.00 (same tier) is ineligible',
    input: stepUpCase({
      details: { mainBusinessIncome: '30000000.00', priorYears: [] },
      awards: [revenueAward('100000.00', '20000000.00')],
    }),
    ...ineligible('REVENUE_MILESTONE.higherTier'),
    version: R1,
  },
  {
    figure: 'step-up (R1)',
    behaviour:
      'a partial grant of 100,000.00 at the 20M threshold, then 60,000,000.00: 1,000,000.00 − 100,000.00 = 900,000.00',
    input: stepUpCase({ awards: [revenueAward('100000.00', '20000000.00')] }),
    ...eligible('900000.00', false, 'REVENUE_MILESTONE.higherTier'),
    version: R1,
  },
  {
    figure: 'step-up: first time per threshold (R1)',
    behaviour:
      '2025 declared 55,000,000.00, above the 50M threshold: 60,000,000.00 in 2026 does not cross it for the first time',
    input: stepUpCase({ details: { priorYears: [{ fiscalYear: 2025, mainBusinessIncome: '55000000.00' }] } }),
    ...ineligible('REVENUE_MILESTONE.firstTime'),
    version: R1,
  },
  {
    figure: 'step-up: first time per threshold (R1)',
    behaviour:
      '2025 declared 45,000,000.00 (20M tier, never claimed): 60,000,000.00 crosses 50M for the first time and earns 1,000,000.00',
    input: stepUpCase({ details: { priorYears: [{ fiscalYear: 2025, mainBusinessIncome: '45000000.00' }] } }),
    ...eligible('1000000.00', false, 'REVENUE_MILESTONE.firstTime'),
    version: R1,
  },
  {
    figure: 'step-up threshold 5M (R1)',
    behaviour: 'income of exactly 5,000,000.00 does not exceed 5 million: ineligible',
    input: stepUpCase({ details: { mainBusinessIncome: '5000000.00', priorYears: [] } }),
    ...ineligible('REVENUE_MILESTONE.threshold'),
    version: R1,
  },
  {
    figure: 'LG-AI-2020 until 2026-12-05',
    behaviour: 'a claim submitted on 2026-12-05 is judged under LG-AI-2020: one award per applicant',
    input: stepUpCase({
      submittedAt: shanghai('2026-12-05', '23:59:59'),
      details: { fiscalYear: 2025, priorYears: [] },
      awards: [revenueAward('200000.00')],
    }),
    ...ineligible('REVENUE_MILESTONE.oncePerApplicant'),
  },

  // ── AI_ACTIVITY: amount varies, reviewer approves ≤ requested and ≤ 5,000,000 ──
  {
    figure: 'AI activity max 5M',
    behaviour: 'a request of 4,999,999.99 goes to review for the full request',
    input: aiActivityCase({ details: { requestedAmount: '4999999.99' } }),
    ...review('4999999.99', false, 'AI_ACTIVITY.cap'),
  },
  {
    figure: 'AI activity max 5M',
    behaviour: 'a request of exactly 5,000,000.00 goes to review unlimited',
    input: aiActivityCase({ details: { requestedAmount: '5000000.00' } }),
    ...review('5000000.00', false, 'AI_ACTIVITY.cap'),
  },
  {
    figure: 'AI activity max 5M',
    behaviour: 'a request of 5,000,000.01 goes to review limited to 5,000,000.00',
    input: aiActivityCase({ details: { requestedAmount: '5000000.01' } }),
    ...review('5000000.00', true, 'AI_ACTIVITY.cap'),
  },
  {
    figure: 'AI activity request > 0',
    behaviour: 'an AI activity request of 0.00 is ineligible',
    input: aiActivityCase({ details: { requestedAmount: '0.00' } }),
    ...ineligible('AI_ACTIVITY.requestedAmount'),
  },

  // ── ENTERPRISE_SETTLEMENT: one-time, up to 8,000,000, established on/after 2020-12-26 ──
  {
    figure: 'settlement max 8M',
    behaviour: 'a settlement request of exactly 8,000,000.00 goes to review unlimited',
    input: settlementCase({ details: { requestedAmount: '8000000.00' } }),
    ...review('8000000.00', false, 'ENTERPRISE_SETTLEMENT.cap'),
  },
  {
    figure: 'settlement max 8M',
    behaviour: 'a settlement request of 8,000,000.01 goes to review limited to 8,000,000.00',
    input: settlementCase({ details: { requestedAmount: '8000000.01' } }),
    ...review('8000000.00', true, 'ENTERPRISE_SETTLEMENT.cap'),
  },
  {
    figure: 'settlement request > 0',
    behaviour: 'a settlement request of 0.00 is ineligible',
    input: settlementCase({ details: { requestedAmount: '0.00' } }),
    ...ineligible('ENTERPRISE_SETTLEMENT.requestedAmount'),
  },
  {
    figure: 'settlement from 2020-12-26',
    behaviour: 'an enterprise established on 2020-12-25 is ineligible',
    input: settlementCase({ details: { establishedOn: '2020-12-25' } }),
    ...ineligible('ENTERPRISE_SETTLEMENT.establishedOn'),
  },
  {
    figure: 'settlement from 2020-12-26',
    behaviour: 'an enterprise established on 2020-12-26 goes to review',
    input: settlementCase({ details: { establishedOn: '2020-12-26' } }),
    ...review('3000000.00', false, 'ENTERPRISE_SETTLEMENT.establishedOn'),
  },
  {
    figure: 'settlement domestic or foreign',
    behaviour: 'a domestic enterprise goes to review like a foreign one',
    input: settlementCase({ details: { origin: 'DOMESTIC' } }),
    ...review('3000000.00', false, 'ENTERPRISE_SETTLEMENT.establishedOn'),
  },
  {
    figure: 'facts lie in the past (SPEC §3)',
    behaviour: 'an enterprise established on 2021-05-02, after the submission on 2021-05-01, is ineligible',
    input: settlementCase({ details: { establishedOn: '2021-05-02' } }),
    ...ineligible('ENTERPRISE_SETTLEMENT.establishedOn'),
  },
  {
    figure: 'facts lie in the past (SPEC §3)',
    behaviour: 'an enterprise established on the submission date 2021-05-01 goes to review',
    input: settlementCase({ details: { establishedOn: '2021-05-01' } }),
    ...review('3000000.00', false, 'ENTERPRISE_SETTLEMENT.establishedOn'),
  },
  {
    figure: 'settlement one-time',
    behaviour: 'an earlier settlement award makes the applicant ineligible',
    input: settlementCase({ awards: [award('ENTERPRISE_SETTLEMENT', '1.00')] }),
    ...ineligible('ENTERPRISE_SETTLEMENT.oncePerApplicant'),
  },

  // ── NATIONAL_PLATFORM: up to 100,000,000, one award per recognition reference ──
  {
    figure: 'national platform max 100M',
    behaviour: 'a request of exactly 100,000,000.00 goes to review unlimited',
    input: nationalPlatformCase({ details: { requestedAmount: '100000000.00' } }),
    ...review('100000000.00', false, 'NATIONAL_PLATFORM.cap'),
  },
  {
    figure: 'national platform max 100M',
    behaviour: 'a request of 100,000,000.01 goes to review limited to 100,000,000.00',
    input: nationalPlatformCase({ details: { requestedAmount: '100000000.01' } }),
    ...review('100000000.00', true, 'NATIONAL_PLATFORM.cap'),
  },
  {
    figure: 'national platform request > 0',
    behaviour: 'a national platform request of 0.00 is ineligible',
    input: nationalPlatformCase({ details: { requestedAmount: '0.00' } }),
    ...ineligible('NATIONAL_PLATFORM.requestedAmount'),
  },
  {
    figure: 'national platform once per recognition',
    behaviour: 'a recognition reference already rewarded is ineligible',
    input: nationalPlatformCase({
      awards: [award('NATIONAL_PLATFORM', '10000000.00', { recognitionReference: 'NKL-2021-017' })],
    }),
    ...ineligible('NATIONAL_PLATFORM.oncePerRecognition'),
  },
  {
    figure: 'national platform once per recognition',
    behaviour: 'an award for a different recognition reference does not block this one',
    input: nationalPlatformCase({
      awards: [award('NATIONAL_PLATFORM', '100000000.00', { recognitionReference: 'NETC-2019-003' })],
    }),
    ...review('50000000.00', false, 'NATIONAL_PLATFORM.oncePerRecognition'),
  },
  {
    figure: 'national platform once per recognition',
    behaviour: 'a national enterprise technology centre goes to review like a key laboratory',
    input: nationalPlatformCase({
      details: { recognition: 'NATIONAL_ENTERPRISE_TECHNOLOGY_CENTER', recognitionReference: 'NETC-2021-002' },
    }),
    ...review('50000000.00', false, 'NATIONAL_PLATFORM.recognition'),
  },
  {
    figure: 'facts lie in the past (SPEC §3)',
    behaviour: 'a recognition dated 2021-07-02, after the submission on 2021-07-01, is ineligible',
    input: nationalPlatformCase({ details: { recognizedOn: '2021-07-02' } }),
    ...ineligible('NATIONAL_PLATFORM.recognizedOn'),
  },
  {
    figure: 'facts lie in the past (SPEC §3)',
    behaviour: 'a recognition dated on the submission date 2021-07-01 goes to review',
    input: nationalPlatformCase({ details: { recognizedOn: '2021-07-01' } }),
    ...review('50000000.00', false, 'NATIONAL_PLATFORM.recognizedOn'),
  },
  ...[
    ['nkl 2021-001', 'NKL2021-001'],
    ['ＮＫＬ２０２１－００１', 'NKL2021-001'],
    ['NKL2021-001', ' nkl\u30002021-001 '],
  ].map(([claimed, rewarded]): Row => ({
    figure: 'recognition compared normalised (SPEC §3)',
    behaviour: `"${claimed}" is the recognition "${rewarded}" already rewarded: ineligible`,
    input: nationalPlatformCase({
      details: { recognitionReference: claimed },
      awards: [award('NATIONAL_PLATFORM', '10000000.00', { recognitionReference: rewarded })],
    }),
    ...ineligible('NATIONAL_PLATFORM.oncePerRecognition'),
  })),
  {
    figure: 'recognition compared normalised (SPEC §3)',
    behaviour: '"NKL2021-002" is not the rewarded "NKL2021-001": goes to review',
    input: nationalPlatformCase({
      details: { recognitionReference: 'NKL2021-002' },
      awards: [award('NATIONAL_PLATFORM', '10000000.00', { recognitionReference: 'NKL2021-001' })],
    }),
    ...review('50000000.00', false, 'NATIONAL_PLATFORM.oncePerRecognition'),
  },

  // ── Application window: from 2021-01-01T00:00 Asia/Shanghai ──
  {
    figure: 'window 2021-01-01 Shanghai',
    behaviour: 'submitted at 2020-12-31T15:59:59Z (23:59:59 Shanghai) the window is closed',
    input: rndCase({ submittedAt: '2020-12-31T15:59:59Z', details: PERIOD_BEFORE_THE_WINDOW }),
    ...ineligible('policy.window'),
  },
  {
    figure: 'window 2021-01-01 Shanghai',
    behaviour: 'submitted at 2020-12-31T16:00:00Z (00:00 Shanghai) the window is open',
    input: rndCase({ submittedAt: '2020-12-31T16:00:00Z', details: PERIOD_BEFORE_THE_WINDOW }),
    ...eligible('500000.00', false, 'policy.window'),
  },
  {
    figure: 'window 2021-01-01 Shanghai',
    behaviour: 'submitted at 2020-12-31T23:59:59+08:00 the window is closed',
    input: rndCase({ submittedAt: shanghai('2020-12-31', '23:59:59'), details: PERIOD_BEFORE_THE_WINDOW }),
    ...ineligible('policy.window'),
  },
  {
    figure: 'window 2021-01-01 Shanghai',
    behaviour: 'submitted at 2021-01-01T00:00:00+08:00 the window is open',
    input: rndCase({ submittedAt: shanghai('2021-01-01', '00:00:00'), details: PERIOD_BEFORE_THE_WINDOW }),
    ...eligible('500000.00', false, 'policy.window'),
  },
  {
    figure: 'window 2021-01-01 Shanghai',
    behaviour: 'submitted at 2021-01-01T00:30:00+09:00 (23:30 on 31 Dec in Shanghai) the window is closed',
    input: rndCase({ submittedAt: '2021-01-01T00:30:00+09:00', details: PERIOD_BEFORE_THE_WINDOW }),
    ...ineligible('policy.window'),
  },
  {
    figure: 'window 2021-01-01 Shanghai',
    behaviour: 'submitted at 2020-12-31T17:00:00-07:00 (08:00 on 1 Jan in Shanghai) the window is open',
    input: rndCase({ submittedAt: '2020-12-31T17:00:00-07:00', details: PERIOD_BEFORE_THE_WINDOW }),
    ...eligible('500000.00', false, 'policy.window'),
  },
  {
    figure: 'window 2021-01-01 Shanghai',
    behaviour: 'submitted before the policy was published (2020-12-01) the window is closed',
    input: rndCase({ submittedAt: shanghai('2020-12-01'), details: PERIOD_BEFORE_THE_WINDOW }),
    ...ineligible('policy.window'),
  },

  // ── Registration in Lin-gang, every programme ──
  ...Object.entries(CASE_BUILDERS).map(([programme, build]): Row => ({
    figure: 'registered in Lin-gang',
    behaviour: `${programme}: an applicant not registered in Lin-gang is ineligible`,
    input: build({ organisation: { registeredInLingang: false } }),
    ...ineligible('organisation.registeredInLingang'),
  })),
];

describe('LG-AI-2020 holds the figures of the seed text and SPEC §3', () => {
  const parameters = LG_AI_2020.parameters;

  it.each(Object.entries(FIGURES).filter(([name]) => name !== 'revenueTiers'))(
    '%s is the figure of the texts',
    (name, value) => {
      expect(parameters[name as keyof typeof parameters].value).toEqual(value);
    },
  );

  it('the revenue tiers are the SPEC default tiers, from 200,000 to 12,000,000', () => {
    expect(parameters.revenueTiers.value).toEqual(FIGURES.revenueTiers);
  });

  it('is published 2020-12-26, takes applications from 2021-01-01 and pays from 2021-03-01', () => {
    expect(LG_AI_2020).toMatchObject({
      id: 'LG-AI-2020',
      publishedOn: '2020-12-26',
      applicationsFrom: '2021-01-01',
      firstPayoutOn: '2021-03-01',
    });
  });
});

describe('LG-AI-2020-R1 holds the revenue milestone of the official text (SPEC §3)', () => {
  it("has the eight tiers from 200,000 to 12,000,000, paid step-up, and LG-AI-2020's other figures", () => {
    expect(LG_AI_2020_R1.parameters.revenueTiers.value).toEqual(R1_TIERS);
    expect(LG_AI_2020_R1.parameters.revenueAwardRule.value).toBe('STEP_UP');
    expect(LG_AI_2020.parameters.revenueAwardRule.value).toBe('ONCE_PER_APPLICANT');
    const { revenueTiers, revenueAwardRule, ...others } = LG_AI_2020_R1.parameters;
    expect(others).toEqual(
      Object.fromEntries(Object.keys(others).map((name) => [name, LG_AI_2020.parameters[name as keyof typeof others]])),
    );
  });

  it("is in force from 2026-12-06 and keeps LG-AI-2020's application window, validity and first payout", () => {
    expect(LG_AI_2020_R1).toMatchObject({
      id: 'LG-AI-2020-R1',
      inForceFrom: '2026-12-06',
      applicationsFrom: '2021-01-01',
      validFrom: '2020-12-26',
      firstPayoutOn: '2021-03-01',
    });
  });
});

describe('every figure and boundary of the policy (one table)', () => {
  it.each(SEED_FIGURE_TABLE)('[$figure] $behaviour', (row) => {
    const decision = evaluate(row.input);

    expect(decision.outcome).toBe(row.outcome);
    expect(decision.amount).toBe(row.amount);
    if (row.capApplied !== undefined) expect(decision.capApplied).toBe(row.capApplied);
    expect(decision.policyVersion).toBe(row.version ?? 'LG-AI-2020');
    expect(rulesOf(decision)).toContain(row.rule);
    expectWellFormed(decision);
  });
});

describe('every seed-figure decision reads the same in English and Chinese (SPEC §3.2)', () => {
  it.each(SEED_FIGURE_TABLE)('[$figure] $behaviour', (row) => {
    for (const reason of evaluate(row.input).reasons) {
      const english = renderReason(reason, 'en').message;
      const chinese = renderReason(reason, 'zh-CN').message;
      expect(english, reason.rule).not.toMatch(HAN);
      expect(chinese, reason.rule).toMatch(HAN);
      expect(citedFigures(chinese), `${english} / ${chinese}`).toEqual(citedFigures(english));
    }
  });

  it('the table meets every rule of the catalogues (the appeal rules are met in ./appeals.test.ts)', () => {
    const met = new Set(SEED_FIGURE_TABLE.flatMap((row) => rulesOf(evaluate(row.input))));
    expect(Object.keys(CATALOGUES.en.reasons).filter((rule) => !met.has(rule) && !rule.startsWith('appeal.'))).toEqual(
      [],
    );
  });
});
