/**
 * OSP_OPERATING — certified platforms "will have ... 10 percent of their annual operating
 * costs subsidized up to a total amount of 1 million yuan per year" (seed, line 11).
 * Awarded on decision, paid by the annual payout run.
 */
import { firstDayOf, lastDayOf } from '../dates.js';
import { Assessment, percent, type Context, type Decision } from '../decision.js';
import { formatYuan, minFen, percentOf } from '../money.js';
import type { DetailsOf } from '../schemas.js';
import { awardsOf, capRemainder, fiscalYearEnded, requireSomethingToAward } from './common.js';

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
  assessment.require('OSP_OPERATING.fiscalYear', fiscalYear >= firstFiscalYear && fiscalYearEnded(fiscalYear, submittedOn), {
    fiscalYear,
    firstFiscalYear,
    submittedOn,
  });
  assessment.require('OSP_OPERATING.costs', operatingCosts > 0n, { costs: formatYuan(operatingCosts) });
  if (assessment.hasFailed) return assessment.ineligible();

  const subsidy = percentOf(operatingCosts, ospOperatingRate.value);
  assessment.explain('OSP_OPERATING.rate', {
    rate: percent(ospOperatingRate.value),
    costs: formatYuan(operatingCosts),
    subsidy: formatYuan(subsidy),
  });
  if (!requireSomethingToAward(assessment, 'OSP_OPERATING', subsidy)) return assessment.ineligible();

  const sameYear = awardsOf(history, 'OSP_OPERATING').filter((award) => award.fiscalYear === fiscalYear);
  const capped = capRemainder(ospOperatingAnnualCap.value, sameYear);
  const { remaining } = capped;
  const cited = { ...capped.cited, fiscalYear };
  if (remaining <= 0n) return assessment.capExhausted('OSP_OPERATING.cap', { state: 'exhausted', ...cited });
  const award = minFen(subsidy, remaining);
  const capApplied = award < subsidy;
  assessment.explain('OSP_OPERATING.cap', { state: capApplied ? 'limited' : 'within', ...cited });
  return assessment.eligible(award, capApplied);
}
