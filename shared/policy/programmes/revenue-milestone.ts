/**
 * REVENUE_MILESTONE — "AI companies whose main business income exceeds 5 million yuan for
 * the first time will receive a reward of between 200,000 and 12 million yuan" (seed, line 17).
 * The version's `revenueAwardRule` says how awards add up: once per applicant at the income's
 * tier (LG-AI-2020), or step-up (LG-AI-2020-R1, 升级差额补足): a tier higher than every earlier
 * declared year's and than the highest tier already rewarded pays its reward less what the
 * applicant has already received under this programme.
 */
import { Assessment, type AwardTerms, type Context, type Decision } from '../decision.js';
import { formatYuan, type Fen } from '../money.js';
import type { RevenueTier } from '../parameters.js';
import type { Reason, ReasonParams } from '../reasons.js';
import type { DetailsOf, History } from '../schemas.js';
import { awardsOf, fiscalYearEnded, totalAwarded } from './common.js';

/** The tier whose band holds the income (lower bounds exclusive, upper bounds inclusive). */
export const tierFor = (tiers: readonly RevenueTier[], income: Fen): RevenueTier | undefined =>
  tiers.find((tier) => income > tier.above && (tier.upTo === null || income <= tier.upTo));

/**
 * The highest tier already rewarded: the highest named by an award's `threshold`, or covered by
 * what awards recorded without their threshold (under LG-AI-2020) amount to.
 */
export function highestRewardedTier(tiers: readonly RevenueTier[], awards: History['awards']): RevenueTier | undefined {
  const unnamed = totalAwarded(awards.filter((award) => award.threshold === undefined));
  return tiers.filter((tier) => tier.award <= unnamed || awards.some((award) => award.threshold === tier.above)).at(-1);
}

/** The reasons of the step-up rule for a claim at `tier`, and the difference it pays (0 when none). */
export interface StepUp {
  higherTier: Reason;
  stepUp: Reason;
  difference: Fen;
}

/** Step-up: is `tier` above the highest tier rewarded, and what is its reward less what was received? */
export function stepUp(tiers: readonly RevenueTier[], tier: RevenueTier, history: History): StepUp & { held: boolean } {
  const awards = awardsOf(history, 'REVENUE_MILESTONE');
  const rewarded = highestRewardedTier(tiers, awards);
  const received = totalAwarded(awards);
  const higher = rewarded === undefined || tier.above > rewarded.above;
  const difference = tier.award > received ? tier.award - received : 0n;
  const threshold = formatYuan(tier.above);
  const higherTier: ReasonParams['REVENUE_MILESTONE.higherTier'] = {
    held: higher,
    threshold,
    rewardedThreshold: rewarded === undefined ? null : formatYuan(rewarded.above),
  };
  const paid: ReasonParams['REVENUE_MILESTONE.stepUp'] = {
    held: difference > 0n,
    threshold,
    award: formatYuan(tier.award),
    received: formatYuan(received),
    difference: formatYuan(difference),
  };
  return {
    held: higher && difference > 0n,
    higherTier: { rule: 'REVENUE_MILESTONE.higherTier', params: higherTier },
    stepUp: { rule: 'REVENUE_MILESTONE.stepUp', params: paid },
    difference,
  };
}

/**
 * What an award records: the threshold (the tier's lower bound, yuan) the decision's or grant's
 * reasons reward, if they cite a tier found; each threshold is rewarded once.
 */
export function revenueMilestoneAwardTerms(_details: unknown, reasons: readonly Reason[]): AwardTerms {
  const tier = reasons.find((reason) => reason.rule === 'REVENUE_MILESTONE.tier');
  return tier?.rule === 'REVENUE_MILESTONE.tier' && tier.params.held ? { threshold: tier.params.above } : {};
}

/** What the rule `REVENUE_MILESTONE.tier` cites for a tier found. */
export const tierParams = (tier: RevenueTier): ReasonParams['REVENUE_MILESTONE.tier'] => ({
  held: true,
  above: formatYuan(tier.above),
  upTo: tier.upTo === null ? null : formatYuan(tier.upTo),
  award: formatYuan(tier.award),
});

export function assessRevenueMilestone(context: Context<DetailsOf<'REVENUE_MILESTONE'>>): Decision {
  const { details, history, policy, submittedOn } = context;
  const { revenueThreshold, revenueTiers, revenueAwardRule } = policy.parameters;
  const { fiscalYear, mainBusinessIncome, priorYears } = details;
  const stepped = revenueAwardRule.value === 'STEP_UP';
  const tier = tierFor(revenueTiers.value, mainBusinessIncome);
  const assessment = new Assessment(context);

  assessment.require('REVENUE_MILESTONE.fiscalYear', fiscalYearEnded(fiscalYear, submittedOn), {
    fiscalYear,
    submittedOn,
  });
  const cited = { income: formatYuan(mainBusinessIncome), threshold: formatYuan(revenueThreshold.value) };
  assessment.require('REVENUE_MILESTONE.threshold', mainBusinessIncome > revenueThreshold.value, cited);
  // First time: step-up counts the threshold of the claimed tier, once per applicant the first threshold.
  const crossed = stepped && tier ? tier.above : revenueThreshold.value;
  const yearsAbove = priorYears.filter((prior) => prior.mainBusinessIncome > crossed).map((prior) => prior.fiscalYear);
  assessment.require('REVENUE_MILESTONE.firstTime', yearsAbove.length === 0, {
    threshold: formatYuan(crossed),
    yearsAbove,
  });
  const steps = stepped && tier ? stepUp(revenueTiers.value, tier, history) : undefined;
  if (steps) assessment.record(steps.higherTier);
  else if (!stepped)
    assessment.require('REVENUE_MILESTONE.oncePerApplicant', awardsOf(history, 'REVENUE_MILESTONE').length === 0, {});
  if (assessment.hasFailed) return assessment.ineligible();

  if (!tier) {
    assessment.require('REVENUE_MILESTONE.tier', false, { version: policy.id, income: cited.income });
    return assessment.ineligible();
  }
  assessment.explain('REVENUE_MILESTONE.tier', tierParams(tier));
  if (!steps) return assessment.eligible(tier.award, false);
  assessment.record(steps.stepUp);
  return assessment.hasFailed ? assessment.ineligible() : assessment.eligible(steps.difference, false);
}
