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
  const { establishedOn, origin } = details;
  const assessment = new Assessment(context);

  // Set up from the configured date on, and already set up when applying (SPEC §3).
  assessment.require(
    'ENTERPRISE_SETTLEMENT.establishedOn',
    establishedOn >= settlementEstablishedFrom.value && establishedOn <= submittedOn,
    { establishedOn, origin, establishedFrom: settlementEstablishedFrom.value, submittedOn },
  );
  assessment.require(
    'ENTERPRISE_SETTLEMENT.oncePerApplicant',
    awardsOf(history, 'ENTERPRISE_SETTLEMENT').length === 0,
    {},
  );
  requirePositiveRequest(assessment, 'ENTERPRISE_SETTLEMENT', details.requestedAmount);
  if (assessment.hasFailed) return assessment.ineligible();
  return reviewUpTo(assessment, 'ENTERPRISE_SETTLEMENT', details.requestedAmount, settlementMax.value);
}
