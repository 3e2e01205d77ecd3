import { yuan } from '../money.js';
import type { PolicyVersion, Reference } from '../parameters.js';

/** Clauses cite line numbers of the source text in ../shared/seed/. */
const SEED = 'seed/lingang-ai-policy-2020.txt';
const seed = (clause: string, text: string): Reference => ({ source: SEED, clause, text });
const specDefault = (clause: string, text: string, source = 'SPEC §3'): Reference => ({ source, clause, text });

const PUBLISHED = '2020-12-26';

/** The Lin-gang Special Area AI support policy released on 26 December 2020. */
export const LG_AI_2020: PolicyVersion = {
  id: 'LG-AI-2020',
  title: 'Lin-gang Special Area AI industry support policy (2020)',
  publishedOn: PUBLISHED,
  inForceFrom: PUBLISHED,
  applicationsFrom: '2021-01-01',
  firstPayoutOn: '2021-03-01',
  validFrom: PUBLISHED,
  validUntil: null,
  parameters: {
    ospRndRate: {
      value: 5000,
      unit: 'basis-points',
      since: PUBLISHED,
      reference: seed(
        'line 11',
        'certified open-source platforms for deep learning will have half of their research and development costs subsidized',
      ),
    },
    ospRndCumulativeCap: {
      value: yuan(30_000_000),
      unit: 'fen',
      since: PUBLISHED,
      reference: seed('line 11', 'up to a total amount of 30 million yuan'),
    },
    ospOperatingRate: {
      value: 1000,
      unit: 'basis-points',
      since: PUBLISHED,
      reference: seed('line 11', '10 percent of their annual operating costs subsidized'),
    },
    ospOperatingAnnualCap: {
      value: yuan(1_000_000),
      unit: 'fen',
      since: PUBLISHED,
      reference: seed('line 11', 'up to a total amount of 1 million yuan per year'),
    },
    ospOperatingFirstFiscalYear: {
      value: 2020,
      unit: 'fiscal-year',
      since: PUBLISHED,
      reference: specDefault('OSP_OPERATING', 'fiscal year ≥ 2020 and ended before submission'),
    },
    ospOperatingPayoutFrom: {
      value: '03-01',
      unit: 'month-day',
      since: PUBLISHED,
      reference: seed(
        'line 23',
        'the first group of applicants will begin receiving subsidies and rewards in March of next year',
      ),
    },
    aiActivityMax: {
      value: yuan(5_000_000),
      unit: 'fen',
      since: PUBLISHED,
      configurable: true,
      reference: specDefault(
        'AI_ACTIVITY',
        'a reviewer approves an amount ≤ aiActivityMax (configurable default 5,000,000 yuan); the seed says "The subsidy will vary in amount" (line 13)',
      ),
    },
    revenueThreshold: {
      value: yuan(5_000_000),
      unit: 'fen',
      since: PUBLISHED,
      reference: seed('line 17', 'AI companies whose main business income exceeds 5 million yuan for the first time'),
    },
    revenueTiers: {
      value: [
        { above: yuan(5_000_000), upTo: yuan(10_000_000), award: yuan(200_000) },
        { above: yuan(10_000_000), upTo: yuan(50_000_000), award: yuan(500_000) },
        { above: yuan(50_000_000), upTo: yuan(100_000_000), award: yuan(1_000_000) },
        { above: yuan(100_000_000), upTo: yuan(500_000_000), award: yuan(3_000_000) },
        { above: yuan(500_000_000), upTo: yuan(1_000_000_000), award: yuan(6_000_000) },
        { above: yuan(1_000_000_000), upTo: null, award: yuan(12_000_000) },
      ],
      unit: 'fen-tiers',
      since: PUBLISHED,
      configurable: true,
      reference: seed(
        'line 17',
        'will receive a reward of between 200,000 and 12 million yuan (tiers: configurable default, SPEC §3)',
      ),
    },
    revenueAwardRule: {
      value: 'ONCE_PER_APPLICANT',
      unit: 'award-rule',
      since: PUBLISHED,
      configurable: true,
      reference: seed(
        'line 17',
        'AI companies whose main business income exceeds 5 million yuan for the first time (read as one award per applicant; LG-AI-2020-R1 pays step-up awards)',
      ),
    },
    settlementEstablishedFrom: {
      value: PUBLISHED,
      unit: 'date',
      since: PUBLISHED,
      configurable: true,
      reference: specDefault(
        'ENTERPRISE_SETTLEMENT',
        'established in Lin-gang on or after 2020-12-26 (configurable default)',
      ),
    },
    settlementMax: {
      value: yuan(8_000_000),
      unit: 'fen',
      since: PUBLISHED,
      reference: seed(
        'line 17',
        'domestic and foreign high-quality AI enterprises that set up operations in Lin-gang will receive a one-time award of up to 8 million yuan',
      ),
    },
    nationalPlatformMax: {
      value: yuan(100_000_000),
      unit: 'fen',
      since: PUBLISHED,
      reference: seed(
        'line 19',
        'A maximum of 100 million yuan will be rewarded to those recognized as national key laboratories and national enterprise technology centers',
      ),
    },
    appealWindowDays: {
      value: 60,
      unit: 'days',
      since: PUBLISHED,
      configurable: true,
      // The seed is silent; 60 days is the PRC Administrative Reconsideration Law's period for contesting a decision.
      reference: specDefault(
        'Appeals',
        'within appealWindowDays (configurable default 60) Shanghai calendar days after the decision or review',
        'SPEC §11',
      ),
    },
  },
};
