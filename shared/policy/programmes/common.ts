/** Rule pieces that several programmes state the same way. */
import { lastDayOf, type IsoDate } from '../dates.js';
import type { Assessment, Decision } from '../decision.js';
import { formatYuan, minFen, sumFen, type Fen } from '../money.js';
import type { ProgrammeCode, History } from '../schemas.js';

export const fiscalYearEnded = (fiscalYear: number, submittedOn: IsoDate): boolean => submittedOn > lastDayOf(fiscalYear);

export const awardsOf = (history: History, programme: ProgrammeCode) =>
  history.awards.filter((award) => award.programme === programme);

export const totalAwarded = (awards: History['awards']): Fen => sumFen(awards.map((award) => award.amount));

/** What remains of a cap after earlier awards, and the figures its reason cites (never below 0.00). */
export function capRemainder(cap: Fen, earlier: History['awards']) {
  const remaining = cap - totalAwarded(earlier);
  return { remaining, cited: { cap: formatYuan(cap), remaining: formatYuan(remaining > 0n ? remaining : 0n) } };
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
export function requireSomethingToAward(assessment: Assessment, programme: 'OSP_RND' | 'OSP_OPERATING', subsidy: Fen): boolean {
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
