/**
 * ENTERPRISE_SETTLEMENT — "domestic and foreign high-quality AI enterprises that set up
 * operations in Lin-gang will receive a one-time award of up to 8 million yuan" (seed, line 17).
 * The origin is checked by the input schema; a reviewer sets the amount.
 */
import { Assessment, type Context, type Decision } from '../decision.js';
import type { DetailsOf } from '../schemas.js';
import { awardsOf, requirePositiveRequest, reviewUpTo } from './common.js';

export function assessEnterpriseSettlement(context: Context<DetailsOf<'ENTERPRISE_SETTLEMENT'>>): Decision {
  const { details, history, policy, submittedOn } = context;
  const { settlementEstablishedFrom, settlementMax } = policy.parameters;
  const assessment = new Assessment(context);

  assessment.require(
    'ENTERPRISE_SETTLEMENT.establishedOn',
    details.establishedOn >= settlementEstablishedFrom.value && details.establishedOn <= submittedOn,
    () => `Established in Lin-gang on ${details.establishedOn} (${details.origin.toLowerCase()} enterprise).`,
    () =>
      details.establishedOn > submittedOn
        ? `Established on ${details.establishedOn}, after the submission on ${submittedOn}: only an enterprise already set up qualifies.`
        : `Established on ${details.establishedOn}, before ${settlementEstablishedFrom.value}: only enterprises setting up from then on qualify.`,
  );
  assessment.require(
    'ENTERPRISE_SETTLEMENT.oncePerApplicant',
    awardsOf(history, 'ENTERPRISE_SETTLEMENT').length === 0,
    () => 'The applicant has no earlier settlement award.',
    () => 'The applicant already received the one-time settlement award.',
  );
  requirePositiveRequest(assessment, 'ENTERPRISE_SETTLEMENT', details.requestedAmount);
  if (assessment.hasFailed) return assessment.ineligible();
  return reviewUpTo(assessment, 'ENTERPRISE_SETTLEMENT', details.requestedAmount, settlementMax.value);
}
