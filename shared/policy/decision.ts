import { applicationWindow } from './application-window.js';
import { formatYuan, type Fen } from './money.js';
import type { IsoDate } from './dates.js';
import type { PolicyVersion } from './parameters.js';
import type { EligibilityRule, Reason, ReasonParams, RuleName } from './reasons.js';
import type { Case, History } from './schemas.js';

export type { Reason } from './reasons.js';

/** An eligibility rule's params without `held`, which the assessment adds. */
type Cited<R extends RuleName> = ReasonParams[R] extends infer P
  ? P extends unknown
    ? Omit<P, 'held'>
    : never
  : never;

export const OUTCOMES = ['ELIGIBLE', 'INELIGIBLE', 'NEEDS_REVIEW'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * The result of evaluating one case. `amount` is the award (ELIGIBLE), the most a
 * reviewer may approve (NEEDS_REVIEW), or "0.00" (INELIGIBLE).
 */
export interface Decision {
  outcome: Outcome;
  amount: string;
  capApplied: boolean;
  policyVersion: string;
  reasons: Reason[];
}

/**
 * What an award records besides its amount: the figures its programme's caps and once-only rules
 * count awards by (an operating-cost award's fiscal year, the recognition rewarded as the rules
 * compare it, the threshold of the revenue tier rewarded); nothing for the other programmes.
 */
export interface AwardTerms {
  fiscalYear?: number;
  recognitionReference?: string;
  /** The lower bound (yuan) of the revenue tier rewarded. */
  threshold?: string;
}

/** A decision with the terms of the award it makes (an ELIGIBLE one, or a reviewer's approval of it). */
export interface Judgement {
  decision: Decision;
  award: AwardTerms;
}

/** What a programme's rules see: the application's details and everything they depend on. */
export interface Context<Details> {
  details: Details;
  organisation: Case['organisation'];
  submittedOn: IsoDate;
  history: History;
  /** The version whose rules and figures decide the case. */
  policy: PolicyVersion;
  /**
   * The version in force on the submission date, whose application window the case had to
   * meet. It differs from `policy` only in what-if runs under another version.
   */
  inForce: PolicyVersion;
}

/** What the rules of a programme that never reads the applicant's history see: no history at all. */
export type HistoryFreeContext<Details> = Omit<Context<Details>, 'history'>;

/**
 * Collects the outcome of each named rule for one case. Every assessment starts with the
 * rules common to all programmes; a programme adds its own, then settles the outcome.
 */
export class Assessment {
  private readonly passed: Reason[] = [];
  private readonly failed: Reason[] = [];

  constructor(private readonly context: HistoryFreeContext<unknown>) {
    const { inForce, submittedOn, organisation } = context;
    const { held, ...window } = applicationWindow(submittedOn, inForce);
    this.require('policy.window', held, window);
    this.require('organisation.registeredInLingang', organisation.registeredInLingang, {});
  }

  /** Records an eligibility rule, held or failed, with what its reason cites. */
  require<R extends EligibilityRule>(rule: R, holds: boolean, params: Cited<R>): boolean {
    // `held` first, so that a stored reason reads "held, then the figures".
    const reason = { rule, params: { held: holds, ...params } } as Reason;
    (holds ? this.passed : this.failed).push(reason);
    return holds;
  }

  /** Records an eligibility reason worked out elsewhere (a rule appeals share): held or failed by its `held`. */
  record(reason: Reason): void {
    ((reason.params as { held?: boolean }).held === false ? this.failed : this.passed).push(reason);
  }

  /** Records how the amount was computed. */
  explain<R extends RuleName>(rule: R, params: ReasonParams[R]): void {
    this.passed.push({ rule, params } as Reason);
  }

  get hasFailed(): boolean {
    return this.failed.length > 0;
  }

  /** Ineligible for the failed rules recorded so far. */
  ineligible(): Decision {
    return this.settle('INELIGIBLE', 0n, false, this.failed);
  }

  /** Ineligible because a cap leaves nothing to award: the cap is what applied. */
  capExhausted<R extends 'OSP_RND.cap' | 'OSP_OPERATING.cap'>(rule: R, params: ReasonParams[R]): Decision {
    this.failed.push({ rule, params } as Reason);
    return this.settle('INELIGIBLE', 0n, true, this.failed);
  }

  eligible(amount: Fen, capApplied: boolean): Decision {
    return this.settle('ELIGIBLE', amount, capApplied, this.passed);
  }

  /** A human decides; `ceiling` is the most the reviewer may approve. */
  needsReview(ceiling: Fen, capApplied: boolean): Decision {
    return this.settle('NEEDS_REVIEW', ceiling, capApplied, this.passed);
  }

  private settle(outcome: Outcome, amount: Fen, capApplied: boolean, reasons: Reason[]): Decision {
    return { outcome, amount: formatYuan(amount), capApplied, policyVersion: this.context.policy.id, reasons };
  }
}

/** "50%" from basis points. */
export const percent = (basisPoints: number): string =>
  basisPoints % 100 === 0 ? `${basisPoints / 100}%` : `${(basisPoints / 100).toFixed(2)}%`;
