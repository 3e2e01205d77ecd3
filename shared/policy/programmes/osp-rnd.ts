/**
 * OSP_RND — "certified open-source platforms for deep learning will have half of their
 * research and development costs subsidized up to a total amount of 30 million yuan"
 * (seed, line 11).
 */
import { Assessment, type Context, type Decision } from '../decision.js';
import { formatYuan } from '../money.js';
import type { DetailsOf } from '../schemas.js';
import { awardsOf, rateUpToRemainingCap, requireSomethingToAward } from './common.js';

export function assessOspRnd(context: Context<DetailsOf<'OSP_RND'>>): Decision {
  const { details, history, policy, submittedOn } = context;
  const { ospRndRate, ospRndCumulativeCap } = policy.parameters;
  const { periodStart, periodEnd, rndCosts } = details;
  const assessment = new Assessment(context);

  assessment.require(
    'OSP_RND.certification',
    history.certifications.some((c) => c.certifiedFrom <= periodStart && c.certifiedUntil >= periodEnd),
    { periodStart, periodEnd },
  );
  const { validFrom, validUntil } = policy;
  const withinValidity = periodStart >= validFrom && periodEnd <= (validUntil ?? periodEnd);
  // Within the version's validity, and costs already incurred when claimed (SPEC §3).
  assessment.require('OSP_RND.period', withinValidity && periodEnd <= submittedOn, {
    periodStart,
    periodEnd,
    submittedOn,
    version: policy.id,
    validFrom,
    validUntil,
    withinValidity,
  });
  assessment.require('OSP_RND.costs', rndCosts > 0n, { costs: formatYuan(rndCosts) });
  if (assessment.hasFailed) return assessment.ineligible();

  const amount = rateUpToRemainingCap(
    rndCosts,
    ospRndRate.value,
    ospRndCumulativeCap.value,
    awardsOf(history, 'OSP_RND'),
  );
  assessment.explain('OSP_RND.rate', amount.rateParams);
  if (!requireSomethingToAward(assessment, 'OSP_RND', amount.subsidy)) return assessment.ineligible();
  if (amount.capParams.state === 'exhausted') return assessment.capExhausted('OSP_RND.cap', amount.capParams);
  assessment.explain('OSP_RND.cap', amount.capParams);
  return assessment.eligible(amount.award, amount.capApplied);
}
