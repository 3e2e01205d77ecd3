/**
 * What each rule's reason cites (SPEC §3.2): a decision is stored language-neutral, each reason
 * `{rule, params}`, and rendered in a language only when shown (shared/i18n/). Amounts are yuan
 * strings with two decimals, dates ISO calendar dates in Asia/Shanghai. `held` says whether an
 * eligibility rule held; rules that only explain the amount have no `held`.
 */
import type { IsoDate } from './dates.js';
import type { ACTIVITY_TYPES } from './schemas.js';

type Yuan = string;
type ActivityType = (typeof ACTIVITY_TYPES)[number];
export type Recognition = 'NATIONAL_KEY_LABORATORY' | 'NATIONAL_ENTERPRISE_TECHNOLOGY_CENTER';
export type Origin = 'DOMESTIC' | 'FOREIGN';

/** Programmes whose amount a reviewer sets, and those computed as a percentage of costs. */
type Reviewed = 'AI_ACTIVITY' | 'ENTERPRISE_SETTLEMENT' | 'NATIONAL_PLATFORM';
type Percentage = 'OSP_RND' | 'OSP_OPERATING';

/** How a remaining cap met the computed subsidy. */
export type CapState = 'within' | 'limited' | 'exhausted';

interface RuleParams {
  'policy.window': { held: boolean; submittedOn: IsoDate; version: string; opensOn: IsoDate };
  'organisation.registeredInLingang': { held: boolean };

  'OSP_RND.certification': { held: boolean; periodStart: IsoDate; periodEnd: IsoDate };
  'OSP_RND.period': {
    held: boolean;
    periodStart: IsoDate;
    periodEnd: IsoDate;
    submittedOn: IsoDate;
    version: string;
    validFrom: IsoDate;
    validUntil: IsoDate | null;
    withinValidity: boolean;
  };
  'OSP_RND.costs': { held: boolean; costs: Yuan };
  'OSP_RND.rate': { rate: string; costs: Yuan; subsidy: Yuan };
  'OSP_RND.cap': { state: CapState; cap: Yuan; remaining: Yuan };

  'OSP_OPERATING.certification': { held: boolean; fiscalYear: number };
  'OSP_OPERATING.fiscalYear': { held: boolean; fiscalYear: number; firstFiscalYear: number; submittedOn: IsoDate };
  'OSP_OPERATING.costs': { held: boolean; costs: Yuan };
  'OSP_OPERATING.rate': { rate: string; costs: Yuan; subsidy: Yuan };
  'OSP_OPERATING.cap': { state: CapState; cap: Yuan; remaining: Yuan; fiscalYear: number };

  'AI_ACTIVITY.activityType': { activityType: ActivityType };

  'REVENUE_MILESTONE.fiscalYear': { held: boolean; fiscalYear: number; submittedOn: IsoDate };
  'REVENUE_MILESTONE.threshold': { held: boolean; income: Yuan; threshold: Yuan };
  'REVENUE_MILESTONE.firstTime': { held: boolean; threshold: Yuan; yearsAbove: number[] };
  'REVENUE_MILESTONE.oncePerApplicant': { held: boolean };
  /** Step-up (LG-AI-2020-R1): the claimed tier's threshold against the highest tier already rewarded (null: none). */
  'REVENUE_MILESTONE.higherTier': { held: boolean; threshold: Yuan; rewardedThreshold: Yuan | null };
  /** Step-up: the tier's reward less what was already received under the programme. */
  'REVENUE_MILESTONE.stepUp': { held: boolean; threshold: Yuan; award: Yuan; received: Yuan; difference: Yuan };
  'REVENUE_MILESTONE.tier':
    { held: true; above: Yuan; upTo: Yuan | null; award: Yuan } | { held: false; version: string; income: Yuan };

  'ENTERPRISE_SETTLEMENT.establishedOn': {
    held: boolean;
    establishedOn: IsoDate;
    origin: Origin;
    establishedFrom: IsoDate;
    submittedOn: IsoDate;
  };
  'ENTERPRISE_SETTLEMENT.oncePerApplicant': { held: boolean };

  'NATIONAL_PLATFORM.recognition': { recognition: Recognition; recognizedOn: IsoDate; reference: string };
  'NATIONAL_PLATFORM.recognizedOn': { held: boolean; recognizedOn: IsoDate; submittedOn: IsoDate };
  'NATIONAL_PLATFORM.oncePerRecognition': { held: boolean; reference: string };

  /** Appeals (SPEC §11): the window after the decision or review, and how an appeal was decided. */
  'appeal.window': { held: boolean; decidedOn: IsoDate; appealedOn: IsoDate; windowDays: number; lastDay: IsoDate };
  'appeal.upheld': { outcome: 'INELIGIBLE' | 'REJECTED' };
  'appeal.granted': { amount: Yuan; ceiling: Yuan };
}

type ReviewedRuleParams = { [P in Reviewed as `${P}.requestedAmount`]: { held: boolean; requested: Yuan } } & {
  [P in Reviewed as `${P}.cap`]: { limited: boolean; requested: Yuan; maximum: Yuan; ceiling: Yuan };
};
type PercentageRuleParams = { [P in Percentage as `${P}.amount`]: { held: boolean; subsidy: Yuan } };

/** Every rule of the policy and the figures its reason cites. */
export type ReasonParams = RuleParams & ReviewedRuleParams & PercentageRuleParams;
export type RuleName = keyof ReasonParams;
/** Rules that hold or fail (as opposed to those explaining the amount). */
export type EligibilityRule = { [R in RuleName]: ReasonParams[R] extends { held: boolean } ? R : never }[RuleName];

/** Why: the rule (e.g. "OSP_RND.cap") and the figures and dates it cites, in no language. */
export type Reason = { [R in RuleName]: { rule: R; params: ReasonParams[R] } }[RuleName];
