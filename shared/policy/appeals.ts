/**
 * Appeals (SPEC §11) as pure rules: the window within which a decision or review may be
 * appealed, and the most an appeal may grant. That is the programme's own limit for the claim
 * as declared (its percentage of the costs, its maximum, the revenue tier) and what remains of
 * its caps and once-only awards in the applicant's history now. The eligibility rules that
 * failed (a certification, a date, a threshold) are not applied again: overturning them is
 * what an appeal is for.
 */
import { daysAfter, shanghaiDate } from './dates.js';
import type { AwardTerms } from './decision.js';
import { formatYuan, minFen, type BasisPoints, type Fen } from './money.js';
import type { PolicyVersion } from './parameters.js';
import { awardsOf, rateUpToRemainingCap } from './programmes/common.js';
import { awardTermsOf } from './programmes/index.js';
import { stepUp, tierFor, tierParams } from './programmes/revenue-milestone.js';
import { normalisedRecognitionReference } from './recognition.js';
import type { Reason, ReasonParams } from './reasons.js';
import { parseCase, versionFor } from './index.js';
import type { Case, History, ProgrammeCode } from './schemas.js';
import { POLICY_REGISTRY, type PolicyRegistry } from './versions/index.js';

type AppealWindow = { rule: 'appeal.window'; params: ReasonParams['appeal.window'] };

/**
 * Rule `appeal.window`: an appeal is in time through the `appealWindowDays`-th Shanghai calendar
 * day after the decision (or review) appealed, by the version in force on the day it was taken.
 */
export function appealWindow(
  decidedAt: string,
  appealedAt: string,
  registry: PolicyRegistry = POLICY_REGISTRY,
): AppealWindow {
  const decidedOn = shanghaiDate(decidedAt);
  const appealedOn = shanghaiDate(appealedAt);
  const windowDays = registry.inForceOn(decidedOn).parameters.appealWindowDays.value;
  const lastDay = daysAfter(decidedOn, windowDays);
  return { rule: 'appeal.window', params: { held: appealedOn <= lastDay, decidedOn, appealedOn, windowDays, lastDay } };
}

/** The most a programme's rules let an appeal grant and why. */
interface Grantable {
  ceiling: Fen;
  capApplied: boolean;
  reasons: Reason[];
}
type Limit = Grantable | { refused: Reason[] };
/** The most an appeal may grant, why and what its award records besides its amount; or the reasons nothing can be granted. */
export type GrantLimit = (Grantable & { award: AwardTerms }) | { refused: Reason[] };

const reason = <R extends keyof ReasonParams>(rule: R, params: ReasonParams[R]) => ({ rule, params }) as Reason;

/** A percentage of costs, limited by what remains of a cap (R&D: cumulative; operating: the fiscal year's). */
function percentageLimit(
  programme: 'OSP_RND' | 'OSP_OPERATING',
  costs: Fen,
  rate: BasisPoints,
  cap: Fen,
  earlier: History['awards'],
  fiscalYear?: number,
): Limit {
  const amount = rateUpToRemainingCap(costs, rate, cap, earlier);
  const rated = reason(`${programme}.rate`, amount.rateParams);
  if (amount.subsidy <= 0n)
    return { refused: [rated, reason(`${programme}.amount`, { held: false, subsidy: formatYuan(amount.subsidy) })] };
  const capped = {
    rule: `${programme}.cap`,
    params: { ...amount.capParams, ...(fiscalYear === undefined ? {} : { fiscalYear }) },
  } as Reason;
  if (amount.capParams.state === 'exhausted') return { refused: [capped] };
  return { ceiling: amount.award, capApplied: amount.capApplied, reasons: [rated, capped] };
}

type Reviewed = 'AI_ACTIVITY' | 'ENTERPRISE_SETTLEMENT' | 'NATIONAL_PLATFORM';

/** The requested amount limited by the programme's maximum, unless a once-only award was already given. */
function reviewedLimit(programme: Reviewed, requested: Fen, maximum: Fen, onceOnly?: Reason): Limit {
  if (onceOnly && (onceOnly.params as { held: boolean }).held === false) return { refused: [onceOnly] };
  const ceiling = minFen(requested, maximum);
  const cited = {
    limited: requested > maximum,
    requested: formatYuan(requested),
    maximum: formatYuan(maximum),
    ceiling: formatYuan(ceiling),
  };
  return {
    ceiling,
    capApplied: requested > maximum,
    reasons: [...(onceOnly ? [onceOnly] : []), reason(`${programme}.cap`, cited)],
  };
}

type LimitOf<P extends ProgrammeCode> = (
  details: Extract<Case, { programme: P }>['details'],
  history: History,
  policy: PolicyVersion,
) => Limit;

const LIMITS: { [P in ProgrammeCode]: LimitOf<P> } = {
  OSP_RND: (details, history, { parameters }) =>
    percentageLimit(
      'OSP_RND',
      details.rndCosts,
      parameters.ospRndRate.value,
      parameters.ospRndCumulativeCap.value,
      awardsOf(history, 'OSP_RND'),
    ),
  OSP_OPERATING: (details, history, { parameters }) =>
    percentageLimit(
      'OSP_OPERATING',
      details.operatingCosts,
      parameters.ospOperatingRate.value,
      parameters.ospOperatingAnnualCap.value,
      awardsOf(history, 'OSP_OPERATING').filter((award) => award.fiscalYear === details.fiscalYear),
      details.fiscalYear,
    ),
  AI_ACTIVITY: (details, _history, { parameters }) =>
    reviewedLimit('AI_ACTIVITY', details.requestedAmount, parameters.aiActivityMax.value),
  ENTERPRISE_SETTLEMENT: (details, history, { parameters }) =>
    reviewedLimit(
      'ENTERPRISE_SETTLEMENT',
      details.requestedAmount,
      parameters.settlementMax.value,
      reason('ENTERPRISE_SETTLEMENT.oncePerApplicant', {
        held: awardsOf(history, 'ENTERPRISE_SETTLEMENT').length === 0,
      }),
    ),
  NATIONAL_PLATFORM: (details, history, { parameters }) => {
    const reference = normalisedRecognitionReference(details.recognitionReference);
    const rewarded = awardsOf(history, 'NATIONAL_PLATFORM').some(
      (award) => normalisedRecognitionReference(award.recognitionReference ?? '') === reference,
    );
    const once = reason('NATIONAL_PLATFORM.oncePerRecognition', {
      held: !rewarded,
      reference: details.recognitionReference,
    });
    return reviewedLimit('NATIONAL_PLATFORM', details.requestedAmount, parameters.nationalPlatformMax.value, once);
  },
  REVENUE_MILESTONE: (details, history, policy) => {
    const { revenueTiers, revenueAwardRule } = policy.parameters;
    const tier = tierFor(revenueTiers.value, details.mainBusinessIncome);
    if (revenueAwardRule.value === 'STEP_UP' && tier) {
      // Step-up: what remains is the tier's reward less what was received, if the tier is above every tier rewarded.
      const steps = stepUp(revenueTiers.value, tier, history);
      if (!steps.held)
        return { refused: [(steps.higherTier.params as { held: boolean }).held ? steps.stepUp : steps.higherTier] };
      return {
        ceiling: steps.difference,
        capApplied: false,
        reasons: [steps.higherTier, reason('REVENUE_MILESTONE.tier', tierParams(tier)), steps.stepUp],
      };
    }
    const once = reason('REVENUE_MILESTONE.oncePerApplicant', {
      held: awardsOf(history, 'REVENUE_MILESTONE').length === 0,
    });
    if (revenueAwardRule.value === 'ONCE_PER_APPLICANT' && !(once.params as { held: boolean }).held)
      return { refused: [once] };
    if (!tier)
      return {
        refused: [
          reason('REVENUE_MILESTONE.tier', {
            held: false,
            version: policy.id,
            income: formatYuan(details.mainBusinessIncome),
          }),
        ],
      };
    return {
      ceiling: tier.award,
      capApplied: false,
      reasons: [once, reason('REVENUE_MILESTONE.tier', tierParams(tier))],
    };
  },
};

/**
 * The most an appeal may grant on a stored application (a case in the batch format, history as
 * of now), under the version the application was judged by.
 */
export function grantLimit(input: unknown, registry: PolicyRegistry = POLICY_REGISTRY): GrantLimit {
  const validCase = parseCase(input);
  const policy = versionFor(validCase.submittedAt, { registry });
  const limit = LIMITS[validCase.programme] as (details: unknown, history: History, policy: PolicyVersion) => Limit;
  const granted = limit(validCase.details, validCase.history, policy);
  return 'refused' in granted ? granted : { ...granted, award: awardTermsOf(validCase, granted.reasons) };
}
