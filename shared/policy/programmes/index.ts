import type { Context, Decision, HistoryFreeContext } from '../decision.js';
import type { Case, ProgrammeCode } from '../schemas.js';
import { assessAiActivity } from './ai-activity.js';
import { assessEnterpriseSettlement } from './enterprise-settlement.js';
import { assessNationalPlatform } from './national-platform.js';
import { assessOspOperating } from './osp-operating.js';
import { assessOspRnd } from './osp-rnd.js';
import { assessRevenueMilestone } from './revenue-milestone.js';

type DetailsOf<P extends ProgrammeCode> = Extract<Case, { programme: P }>['details'];

/**
 * A programme's rules, and whether they read the applicant's history. Rules that do not are typed
 * to see none (HistoryFreeContext) and are given an empty one, so their decision is the same
 * whatever the history: a caller may leave it unread.
 */
type ProgrammeRules<P extends ProgrammeCode> =
  | { readsHistory: true; assess: (context: Context<DetailsOf<P>>) => Decision }
  | { readsHistory: false; assess: (context: HistoryFreeContext<DetailsOf<P>>) => Decision };

/** One module per programme of the policy. */
export const PROGRAMME_RULES: { [P in ProgrammeCode]: ProgrammeRules<P> } = {
  OSP_RND: { readsHistory: true, assess: assessOspRnd },
  OSP_OPERATING: { readsHistory: true, assess: assessOspOperating },
  AI_ACTIVITY: { readsHistory: false, assess: assessAiActivity },
  REVENUE_MILESTONE: { readsHistory: true, assess: assessRevenueMilestone },
  ENTERPRISE_SETTLEMENT: { readsHistory: true, assess: assessEnterpriseSettlement },
  NATIONAL_PLATFORM: { readsHistory: true, assess: assessNationalPlatform },
};

/** Whether the programme's rules read the applicant's history (when not, any history decides alike). */
export const readsHistory = (programme: ProgrammeCode): boolean => PROGRAMME_RULES[programme].readsHistory;

/** Programmes whose outcome is always a human decision; for them the decision's amount is the review ceiling. */
export const REVIEWED_PROGRAMMES: readonly ProgrammeCode[] = [
  'AI_ACTIVITY',
  'ENTERPRISE_SETTLEMENT',
  'NATIONAL_PLATFORM',
];
