/**
 * OSP_OPERATING — certified platforms "will have ... 10 percent of their annual operating
 * costs subsidized up to a total amount of 1 million yuan per year" (seed, line 11).
 * Awarded on decision, paid by the annual payout run.
 */
import { firstDayOf, lastDayOf } from '../dates.js';
import { Assessment, percent, type Context, type Decision } from '../decision.js';
import { formatYuan, minFen, percentOf } from '../money.js';
import type { DetailsOf } from '../schemas.js';
import { awardsOf, fiscalYearEnded, requireSomethingToAward, totalAwarded } from './common.js';

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
    () => `A platform certification is valid during fiscal year ${fiscalYear}.`,
    () => `No open-source platform certification is valid on any day of fiscal year ${fiscalYear}.`,
  );
  assessment.require(
    'OSP_OPERATING.fiscalYear',
    fiscalYear >= ospOperatingFirstFiscalYear.value && fiscalYearEnded(fiscalYear, submittedOn),
    () => `Fiscal year ${fiscalYear} has ended.`,
    () =>
      fiscalYear < ospOperatingFirstFiscalYear.value
        ? `Fiscal year ${fiscalYear} is before ${ospOperatingFirstFiscalYear.value}, the first year the policy subsidises.`
        : `Fiscal year ${fiscalYear} had not ended when the claim was submitted on ${submittedOn}.`,
  );
  assessment.require(
    'OSP_OPERATING.costs',
    operatingCosts > 0n,
    () => `Claimed operating costs: ${formatYuan(operatingCosts)} yuan.`,
    () => 'The claimed operating costs must be more than 0.00 yuan.',
  );
  if (assessment.hasFailed) return assessment.ineligible();

  const subsidy = percentOf(operatingCosts, ospOperatingRate.value);
  assessment.explain(
    'OSP_OPERATING.rate',
    `${percent(ospOperatingRate.value)} of ${formatYuan(operatingCosts)} yuan is ${formatYuan(subsidy)} yuan.`,
  );
  if (!requireSomethingToAward(assessment, 'OSP_OPERATING', subsidy)) return assessment.ineligible();

  const cap = ospOperatingAnnualCap.value;
  const sameYear = awardsOf(history, 'OSP_OPERATING').filter((award) => award.fiscalYear === fiscalYear);
  const remaining = cap - totalAwarded(sameYear);
  if (remaining <= 0n) {
    return assessment.capExhausted(
      'OSP_OPERATING.cap',
      `The cap of ${formatYuan(cap)} yuan for fiscal year ${fiscalYear} is exhausted by earlier operating-cost awards.`,
    );
  }
  const award = minFen(subsidy, remaining);
  const capApplied = award < subsidy;
  assessment.explain(
    'OSP_OPERATING.cap',
    capApplied
      ? `Only ${formatYuan(remaining)} yuan remains of the ${formatYuan(cap)} yuan cap for fiscal year ${fiscalYear}; the award is limited to it.`
      : `${formatYuan(remaining)} yuan remains of the ${formatYuan(cap)} yuan cap for fiscal year ${fiscalYear}.`,
  );
  return assessment.eligible(award, capApplied);
}
