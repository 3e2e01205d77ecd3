/** Rule pieces that several programmes state the same way. */
import { lastDayOf, type IsoDate } from '../dates.js';
import { percent, type Assessment, type Decision } from '../decision.js';
import { formatYuan, minFen, percentOf, sumFen, type BasisPoints, type Fen } from '../money.js';
import type { ReasonParams } from '../reasons.js';
import type { ProgrammeCode, History } from '../schemas.js';

export const fiscalYearEnded = (fiscalYear: number, submittedOn: IsoDate): boolean =>
  submittedOn > lastDayOf(fiscalYear);

export const awardsOf = (history: History, programme: ProgrammeCode) =>
  history.awards.filter((award) => award.programme === programme);

export const totalAwarded = (awards: History['awards']): Fen => sumFen(awards.map((award) => award.amount));

/** "`rate` of the costs, up to `cap`", where earlier awards already used part of the cap. */
export interface RateUpToCap {
  /** The rate of the costs, rounded down to the fen, before the cap. */
  subsidy: Fen;
  /** The subsidy limited by what remains of the cap; 0 when nothing remains. */
  award: Fen;
  capApplied: boolean;
  /** What the rule `<programme>.rate` cites. */
  rateParams: ReasonParams['OSP_RND.rate'];
  /** What the rule `<programme>.cap` cites: how the remainder met the subsidy, and the figures (never below 0.00). */
  capParams: ReasonParams['OSP_RND.cap'];
}

/** The percentage programmes' amount: a rate of the costs, capped by what remains of a cap after `earlier` awards. */
export function rateUpToRemainingCap(costs: Fen, rate: BasisPoints, cap: Fen, earlier: History['awards']): RateUpToCap {
  const subsidy = percentOf(costs, rate);
  const remaining = cap - totalAwarded(earlier);
  const award = remaining > 0n ? minFen(subsidy, remaining) : 0n;
  const capApplied = award < subsidy;
  const state = remaining <= 0n ? 'exhausted' : capApplied ? 'limited' : 'within';
  return {
    subsidy,
    award,
    capApplied,
    rateParams: { rate: percent(rate), costs: formatYuan(costs), subsidy: formatYuan(subsidy) },
    capParams: { state, cap: formatYuan(cap), remaining: formatYuan(remaining > 0n ? remaining : 0n) },
  };
}

type Reviewed = 'AI_ACTIVITY' | 'ENTERPRISE_SETTLEMENT' | 'NATIONAL_PLATFORM';

/** Rule `<programme>.requestedAmount`: a claim must ask for something. */
export function requirePositiveRequest(assessment: Assessment, programme: Reviewed, requested: Fen): void {
  assessment.require(`${programme}.requestedAmount`, requested > 0n, { requested: formatYuan(requested) });
}

/**
 * Rule `<programme>.amount` (SPEC §3, where the seed is silent): nothing is awarded for nothing,
 * so a percentage that rounds down to 0.00 is ineligible.
 */
export function requireSomethingToAward(
  assessment: Assessment,
  programme: 'OSP_RND' | 'OSP_OPERATING',
  subsidy: Fen,
): boolean {
  return assessment.require(`${programme}.amount`, subsidy > 0n, { subsidy: formatYuan(subsidy) });
}

/**
 * Programmes whose amount "varies" or is "up to" a figure: a reviewer decides, and may
 * approve at most the requested amount limited by the programme's maximum (rule `<programme>.cap`).
 */
export function reviewUpTo(assessment: Assessment, programme: Reviewed, requested: Fen, maximum: Fen): Decision {
  const ceiling = minFen(requested, maximum);
  const capApplied = requested > maximum;
  assessment.explain(`${programme}.cap`, {
    limited: capApplied,
    requested: formatYuan(requested),
    maximum: formatYuan(maximum),
    ceiling: formatYuan(ceiling),
  });
  return assessment.needsReview(ceiling, capApplied);
}
