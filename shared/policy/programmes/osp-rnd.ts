/**
 * OSP_RND — "certified open-source platforms for deep learning will have half of their
 * research and development costs subsidized up to a total amount of 30 million yuan"
 * (seed, line 11).
 */
import { Assessment, percent, type Context, type Decision } from '../decision.js';
import { formatYuan, minFen, percentOf } from '../money.js';
import type { DetailsOf } from '../schemas.js';
import { awardsOf, requireSomethingToAward, totalAwarded } from './common.js';

export function assessOspRnd(context: Context<DetailsOf<'OSP_RND'>>): Decision {
  const { details, history, policy, submittedOn } = context;
  const { ospRndRate, ospRndCumulativeCap } = policy.parameters;
  const { periodStart, periodEnd, rndCosts } = details;
  const assessment = new Assessment(context);

  assessment.require(
    'OSP_RND.certification',
    history.certifications.some((c) => c.certifiedFrom <= periodStart && c.certifiedUntil >= periodEnd),
    () => `A platform certification covers the whole period ${periodStart} to ${periodEnd}.`,
    () => `No open-source platform certification covers the whole period ${periodStart} to ${periodEnd}.`,
  );
  const validUntil = policy.validUntil ?? periodEnd;
  const withinValidity = periodStart >= policy.validFrom && periodEnd <= validUntil;
  assessment.require(
    'OSP_RND.period',
    withinValidity && periodEnd <= submittedOn,
    () => `The period ${periodStart} to ${periodEnd} lies within the validity of ${policy.id} and ended by the submission on ${submittedOn}.`,
    () =>
      withinValidity
        ? `The period ${periodStart} to ${periodEnd} had not ended when the claim was submitted on ${submittedOn}: only costs already incurred qualify.`
        : `The period ${periodStart} to ${periodEnd} is not within the validity of ${policy.id} (from ${policy.validFrom}${policy.validUntil ? ` to ${policy.validUntil}` : ''}).`,
  );
  assessment.require(
    'OSP_RND.costs',
    rndCosts > 0n,
    () => `Claimed R&D costs: ${formatYuan(rndCosts)} yuan.`,
    () => 'The claimed R&D costs must be more than 0.00 yuan.',
  );
  if (assessment.hasFailed) return assessment.ineligible();

  const subsidy = percentOf(rndCosts, ospRndRate.value);
  assessment.explain('OSP_RND.rate', `${percent(ospRndRate.value)} of ${formatYuan(rndCosts)} yuan is ${formatYuan(subsidy)} yuan.`);
  if (!requireSomethingToAward(assessment, 'OSP_RND', subsidy)) return assessment.ineligible();

  const cap = ospRndCumulativeCap.value;
  const remaining = cap - totalAwarded(awardsOf(history, 'OSP_RND'));
  if (remaining <= 0n) {
    return assessment.capExhausted(
      'OSP_RND.cap',
      `The cumulative cap of ${formatYuan(cap)} yuan per platform is exhausted by earlier R&D awards.`,
    );
  }
  const award = minFen(subsidy, remaining);
  const capApplied = award < subsidy;
  assessment.explain(
    'OSP_RND.cap',
    capApplied
      ? `Only ${formatYuan(remaining)} yuan remains of the cumulative cap of ${formatYuan(cap)} yuan; the award is limited to it.`
      : `${formatYuan(remaining)} yuan remains of the cumulative cap of ${formatYuan(cap)} yuan.`,
  );
  return assessment.eligible(award, capApplied);
}
