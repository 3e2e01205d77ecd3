/**
 * AI_ACTIVITY — "AI-related competitions and activities involving public data collection,
 * optimization, improvement, and first utilization of infrastructure, application of
 * technologies, and construction of industry ecosystems. The subsidy will vary in amount."
 * (seed, line 13). The activity type is checked by the input schema; a reviewer sets the amount.
 */
import { Assessment, type Decision, type HistoryFreeContext } from '../decision.js';
import type { DetailsOf } from '../schemas.js';
import { requirePositiveRequest, reviewUpTo } from './common.js';

export function assessAiActivity(context: HistoryFreeContext<DetailsOf<'AI_ACTIVITY'>>): Decision {
  const { details, policy } = context;
  const assessment = new Assessment(context);
  assessment.explain('AI_ACTIVITY.activityType', { activityType: details.activityType });
  requirePositiveRequest(assessment, 'AI_ACTIVITY', details.requestedAmount);
  if (assessment.hasFailed) return assessment.ineligible();
  return reviewUpTo(assessment, 'AI_ACTIVITY', details.requestedAmount, policy.parameters.aiActivityMax.value);
}
