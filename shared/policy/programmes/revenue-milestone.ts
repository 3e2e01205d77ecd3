/**
 * REVENUE_MILESTONE — "AI companies whose main business income exceeds 5 million yuan for
 * the first time will receive a reward of between 200,000 and 12 million yuan" (seed, line 17).
 * One award per applicant, ever; the amount follows the revenue tiers.
 */
import { Assessment, type Context, type Decision } from '../decision.js';
import { formatYuan, type Fen } from '../money.js';
import type { RevenueTier } from '../parameters.js';
import type { DetailsOf } from '../schemas.js';
import { awardsOf, fiscalYearEnded } from './common.js';

/** The tier whose band holds the income (lower bounds exclusive, upper bounds inclusive). */
export const tierFor = (tiers: readonly RevenueTier[], income: Fen): RevenueTier | undefined =>
  tiers.find((tier) => income > tier.above && (tier.upTo === null || income <= tier.upTo));

export function assessRevenueMilestone(context: Context<DetailsOf<'REVENUE_MILESTONE'>>): Decision {
  const { details, history, policy, submittedOn } = context;
  const { revenueThreshold, revenueTiers } = policy.parameters;
  const { fiscalYear, mainBusinessIncome, priorYears } = details;
  const threshold = revenueThreshold.value;
  const assessment = new Assessment(context);

  assessment.require(
    'REVENUE_MILESTONE.fiscalYear',
    fiscalYearEnded(fiscalYear, submittedOn),
    () => `Fiscal year ${fiscalYear} has ended.`,
    () => `Fiscal year ${fiscalYear} had not ended when the claim was submitted on ${submittedOn}.`,
  );
  assessment.require(
    'REVENUE_MILESTONE.threshold',
    mainBusinessIncome > threshold,
    () => `Main business income of ${formatYuan(mainBusinessIncome)} yuan exceeds ${formatYuan(threshold)} yuan.`,
    () => `Main business income of ${formatYuan(mainBusinessIncome)} yuan does not exceed ${formatYuan(threshold)} yuan.`,
  );
  const earlierAbove = priorYears.filter((prior) => prior.mainBusinessIncome > threshold).map((prior) => prior.fiscalYear);
  assessment.require(
    'REVENUE_MILESTONE.firstTime',
    earlierAbove.length === 0,
    () => `No earlier declared year exceeded ${formatYuan(threshold)} yuan: this is the first time.`,
    () => `Income already exceeded ${formatYuan(threshold)} yuan in ${earlierAbove.join(', ')}: the reward is for the first time only.`,
  );
  assessment.require(
    'REVENUE_MILESTONE.oncePerApplicant',
    awardsOf(history, 'REVENUE_MILESTONE').length === 0,
    () => 'The applicant has no earlier revenue milestone award.',
    () => 'The applicant already received the revenue milestone award, which is granted once per applicant.',
  );
  if (assessment.hasFailed) return assessment.ineligible();

  const tier = tierFor(revenueTiers.value, mainBusinessIncome);
  if (!tier) {
    assessment.require('REVENUE_MILESTONE.tier', false, () => '', () => `No reward tier of ${policy.id} covers ${formatYuan(mainBusinessIncome)} yuan.`);
    return assessment.ineligible();
  }
  assessment.explain(
    'REVENUE_MILESTONE.tier',
    `Income above ${formatYuan(tier.above)}${tier.upTo === null ? '' : ` up to ${formatYuan(tier.upTo)}`} yuan earns ${formatYuan(tier.award)} yuan.`,
  );
  return assessment.eligible(tier.award, false);
}
