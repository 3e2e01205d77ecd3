import type { AwardTerms, Context, Decision, HistoryFreeContext } from '../decision.js';
import type { Reason } from '../reasons.js';
import type { Case, ProgrammeCode } from '../schemas.js';
import { assessAiActivity } from './ai-activity.js';
import { assessEnterpriseSettlement } from './enterprise-settlement.js';
import { assessNationalPlatform, nationalPlatformAwardTerms, recognitionClaimed } from './national-platform.js';
import { assessOspOperating, ospOperatingAwardTerms } from './osp-operating.js';
import { assessOspRnd } from './osp-rnd.js';
import { assessRevenueMilestone, revenueMilestoneAwardTerms } from './revenue-milestone.js';

type DetailsOf<P extends ProgrammeCode> = Extract<Case, { programme: P }>['details'];

/**
 * A programme's rules, and whether they read the applicant's history. Rules that do not are typed
 * to see none (HistoryFreeContext) and are given an empty one, so their decision is the same
 * whatever the history: a caller may leave it unread. A once-per-recognition rule also reads the
 * awards of the recognition claimed, whoever holds them; an award records its AwardTerms.
 */
type ProgrammeRules<P extends ProgrammeCode> = (
  | { readsHistory: true; assess: (context: Context<DetailsOf<P>>) => Decision }
  | { readsHistory: false; assess: (context: HistoryFreeContext<DetailsOf<P>>) => Decision }
) & {
  readsRecognition?: (details: DetailsOf<P>) => string;
  awardTerms?: (details: DetailsOf<P>, reasons: readonly Reason[]) => AwardTerms;
};

/** One module per programme of the policy. */
export const PROGRAMME_RULES: { [P in ProgrammeCode]: ProgrammeRules<P> } = {
  OSP_RND: { readsHistory: true, assess: assessOspRnd },
  OSP_OPERATING: { readsHistory: true, assess: assessOspOperating, awardTerms: ospOperatingAwardTerms },
  AI_ACTIVITY: { readsHistory: false, assess: assessAiActivity },
  REVENUE_MILESTONE: { readsHistory: true, assess: assessRevenueMilestone, awardTerms: revenueMilestoneAwardTerms },
  ENTERPRISE_SETTLEMENT: { readsHistory: true, assess: assessEnterpriseSettlement },
  NATIONAL_PLATFORM: {
    readsHistory: true,
    assess: assessNationalPlatform,
    readsRecognition: recognitionClaimed,
    awardTerms: nationalPlatformAwardTerms,
  },
};

/** Any programme's rules, for callers that hold a case's details apart from its programme. */
type AnyRules = {
  readsHistory: boolean;
  readsRecognition?: (details: never) => string;
  awardTerms?: (details: never, reasons: readonly Reason[]) => AwardTerms;
};

/** Whether the programme's rules read the applicant's history (when not, any history decides alike). */
export const readsHistory = (programme: ProgrammeCode): boolean => PROGRAMME_RULES[programme].readsHistory;

/** What the rules deciding a claim read of the applicant's records besides its history. */
export interface HistoryRead {
  /** The recognition claimed (normalised): its awards count whoever holds them. */
  recognitionReference?: string;
}

/** What the rules deciding a claim (details as submitted) read: nothing (undefined), or the history and what HistoryRead names. */
export function historyRead(programme: ProgrammeCode, details: unknown): HistoryRead | undefined {
  const rules: AnyRules = PROGRAMME_RULES[programme];
  if (!rules.readsHistory) return undefined;
  return rules.readsRecognition ? { recognitionReference: rules.readsRecognition(details as never) } : {};
}

/** What the award a decision on the case (or a grant) with these reasons makes records besides its amount. */
export const awardTermsOf = (validCase: Case, reasons: readonly Reason[]): AwardTerms =>
  (PROGRAMME_RULES[validCase.programme] as AnyRules).awardTerms?.(validCase.details as never, reasons) ?? {};

/** Programmes whose outcome is always a human decision; for them the decision's amount is the review ceiling. */
export const REVIEWED_PROGRAMMES: readonly ProgrammeCode[] = [
  'AI_ACTIVITY',
  'ENTERPRISE_SETTLEMENT',
  'NATIONAL_PLATFORM',
];
