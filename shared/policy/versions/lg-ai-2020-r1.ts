import { yuan } from '../money.js';
import type { PolicyVersion, Reference } from '../parameters.js';
import { LG_AI_2020 } from './lg-ai-2020.js';

/** The day the platform adopted the revenue milestone as the official text sets it. */
const AMENDED = '2026-12-06';

const official = (text: string): Reference => ({ source: 'SPEC §3', clause: 'REVENUE_MILESTONE', text });

/**
 * LG-AI-2020 with the revenue milestone as a summary of the official policy text gives it: a
 * reward each time main business income first exceeds one of eight thresholds, paid on the
 * step-up principle (升级差额补足). Every other figure is LG-AI-2020's. Applications submitted
 * before AMENDED stay judged under LG-AI-2020 (a decision is never re-judged).
 */
export const LG_AI_2020_R1: PolicyVersion = {
  ...LG_AI_2020,
  id: 'LG-AI-2020-R1',
  title: 'Lin-gang Special Area AI industry support policy (2020), revision 1: step-up revenue milestone awards',
  publishedOn: AMENDED,
  inForceFrom: AMENDED,
  parameters: {
    ...LG_AI_2020.parameters,
    revenueTiers: {
      value: [
        { above: yuan(5_000_000), upTo: yuan(10_000_000), award: yuan(200_000) },
        { above: yuan(10_000_000), upTo: yuan(20_000_000), award: yuan(300_000) },
        { above: yuan(20_000_000), upTo: yuan(50_000_000), award: yuan(500_000) },
        { above: yuan(50_000_000), upTo: yuan(100_000_000), award: yuan(1_000_000) },
        { above: yuan(100_000_000), upTo: yuan(500_000_000), award: yuan(2_000_000) },
        { above: yuan(500_000_000), upTo: yuan(1_000_000_000), award: yuan(5_000_000) },
        { above: yuan(1_000_000_000), upTo: yuan(5_000_000_000), award: yuan(8_000_000) },
        { above: yuan(5_000_000_000), upTo: null, award: yuan(12_000_000) },
      ],
      unit: 'fen-tiers',
      since: AMENDED,
      configurable: true,
      reference: official(
        'Tiers as the official policy text sets them (configurable): >5M: 200,000; >10M: 300,000; >20M: 500,000; >50M: 1,000,000; >100M: 2,000,000; >500M: 5,000,000; >1,000M: 8,000,000; >5,000M: 12,000,000',
      ),
    },
    revenueAwardRule: {
      value: 'STEP_UP',
      unit: 'award-rule',
      since: AMENDED,
      configurable: true,
      reference: official(
        "step-up award (升级差额补足): the reward of the income's tier minus what this applicant has already been awarded under REVENUE_MILESTONE",
      ),
    },
  },
};
