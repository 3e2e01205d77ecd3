/**
 * OSP_OPERATING — certified platforms "will have ... 10 percent of their annual operating
 * costs subsidized up to a total amount of 1 million yuan per year" (seed, line 11).
 * Awarded on decision, paid by the annual payout run.
 */
import { firstDayOf, lastDayOf } from '../dates.js';
import { Assessment, type AwardTerms, type Context, type Decision } from '../decision.js';
import { formatYuan } from '../money.js';
import type { DetailsOf } from '../schemas.js';
import { awardsOf, fiscalYearEnded, rateUpToRemainingCap, requireSomethingToAward } from './common.js';

/** An award records its fiscal year: the annual cap counts the awards of one fiscal year. */
export const ospOperatingAwardTerms = ({ fiscalYear }: DetailsOf<'OSP_OPERATING'>): AwardTerms => ({ fiscalYear });

export function assessOspOperating(context: Context<DetailsOf<'OSP_OPERATING'>>): Decision {
  const { details, history, policy, submittedOn } = context;
  const { ospOperatingRate, ospOperatingAnnualCap, ospOperatingFirstFiscalYear } = policy.parameters;
  const { fiscalYear, operatingCosts } = details;
  const assessment = new Assessment(context);

  const yearStart = firstDayOf(fiscalYear);
  const yearEnd = lastDayOf(fiscalYear);
  assessment.require(
    'OSP_OPERATING.certification',
    history.certifications.some((c) => c.certifiedFrom <= yearEnd && c.certifiedUntil >= yearStart),
    { fiscalYear },
  );
  const firstFiscalYear = ospOperatingFirstFiscalYear.value;
  assessment.require(
    'OSP_OPERATING.fiscalYear',
    fiscalYear >= firstFiscalYear && fiscalYearEnded(fiscalYear, submittedOn),
    {
      fiscalYear,
      firstFiscalYear,
      submittedOn,
    },
  );
  assessment.require('OSP_OPERATING.costs', operatingCosts > 0n, { costs: formatYuan(operatingCosts) });
  if (assessment.hasFailed) return assessment.ineligible();

  const sameYear = awardsOf(history, 'OSP_OPERATING').filter((award) => award.fiscalYear === fiscalYear);
  const amount = rateUpToRemainingCap(operatingCosts, ospOperatingRate.value, ospOperatingAnnualCap.value, sameYear);
  assessment.explain('OSP_OPERATING.rate', amount.rateParams);
  if (!requireSomethingToAward(assessment, 'OSP_OPERATING', amount.subsidy)) return assessment.ineligible();
  const capParams = { ...amount.capParams, fiscalYear };
  if (capParams.state === 'exhausted') return assessment.capExhausted('OSP_OPERATING.cap', capParams);
  assessment.explain('OSP_OPERATING.cap', capParams);
  return assessment.eligible(amount.award, amount.capApplied);
}
