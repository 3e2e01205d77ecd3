import type { Context, Decision } from '../decision.js';
import type { Case, ProgrammeCode } from '../schemas.js';
import { assessAiActivity } from './ai-activity.js';
import { assessEnterpriseSettlement } from './enterprise-settlement.js';
import { assessNationalPlatform } from './national-platform.js';
import { assessOspOperating } from './osp-operating.js';
import { assessOspRnd } from './osp-rnd.js';
import { assessRevenueMilestone } from './revenue-milestone.js';

type Assess<P extends ProgrammeCode> = (context: Context<Extract<Case, { programme: P }>['details']>) => Decision;

/** One module per programme of the policy. */
export const PROGRAMME_RULES: { [P in ProgrammeCode]: Assess<P> } = {
  OSP_RND: assessOspRnd,
  OSP_OPERATING: assessOspOperating,
  AI_ACTIVITY: assessAiActivity,
  REVENUE_MILESTONE: assessRevenueMilestone,
  ENTERPRISE_SETTLEMENT: assessEnterpriseSettlement,
  NATIONAL_PLATFORM: assessNationalPlatform,
};

/** Programmes whose outcome is always a human decision; for them the decision's amount is the review ceiling. */
export const REVIEWED_PROGRAMMES: readonly ProgrammeCode[] = [
  'AI_ACTIVITY',
  'ENTERPRISE_SETTLEMENT',
  'NATIONAL_PLATFORM',
];
