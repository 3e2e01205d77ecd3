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

  assessment.require('REVENUE_MILESTONE.fiscalYear', fiscalYearEnded(fiscalYear, submittedOn), { fiscalYear, submittedOn });
  const cited = { income: formatYuan(mainBusinessIncome), threshold: formatYuan(threshold) };
  assessment.require('REVENUE_MILESTONE.threshold', mainBusinessIncome > threshold, cited);
  const yearsAbove = priorYears.filter((prior) => prior.mainBusinessIncome > threshold).map((prior) => prior.fiscalYear);
  assessment.require('REVENUE_MILESTONE.firstTime', yearsAbove.length === 0, { threshold: cited.threshold, yearsAbove });
  assessment.require('REVENUE_MILESTONE.oncePerApplicant', awardsOf(history, 'REVENUE_MILESTONE').length === 0, {});
  if (assessment.hasFailed) return assessment.ineligible();

  const tier = tierFor(revenueTiers.value, mainBusinessIncome);
  if (!tier) {
    assessment.require('REVENUE_MILESTONE.tier', false, { version: policy.id, income: cited.income });
    return assessment.ineligible();
  }
  assessment.explain('REVENUE_MILESTONE.tier', {
    held: true,
    above: formatYuan(tier.above),
    upTo: tier.upTo === null ? null : formatYuan(tier.upTo),
    award: formatYuan(tier.award),
  });
  return assessment.eligible(tier.award, false);
}
