/**
 * A what-if (reform) simulation's arithmetic (SPEC §12): each stored decision beside the one the
 * draft gives, tallied per programme — cases, changed outcomes and amounts, totals before and
 * after, the largest changes. Pure: the workers tally their pages, the completion merges the pages.
 *
 * A decision's amount is what the policy decides: the award of an ELIGIBLE decision, the most a
 * reviewer may approve for NEEDS_REVIEW, 0.00 for INELIGIBLE. The decision compared is the
 * evaluation's (an appeal grant that re-decided an entitlement keeps it as `originalDecision`).
 */
import { formatYuan, parseYuan, type Outcome, type ProgrammeCode } from '../policy/index.js';

/** Changes kept per programme, largest first. */
export const LARGEST_CHANGES = 20;

export interface Judgement {
  outcome: Outcome;
  /** Yuan, two decimals. */
  amount: string;
}

/** One stored application judged again. */
export interface SimulatedCase {
  applicationId: string;
  applicantId: string;
  programme: ProgrammeCode;
  before: Judgement;
  after: Judgement;
}

/** A case whose decision the draft changes, as the result lists it (amounts in yuan; the difference signed). */
export interface Change {
  applicationId: string;
  applicantId: string;
  outcomeBefore: Outcome;
  outcomeAfter: Outcome;
  amountBefore: string;
  amountAfter: string;
  difference: string;
}

/** A programme's tally: what a page or the whole run found. Totals in yuan, as stored. */
export interface ProgrammeTally {
  cases: number;
  changedOutcomes: number;
  changedAmounts: number;
  totalBefore: string;
  totalAfter: string;
  largestChanges: Change[];
}

export type Tallies = Partial<Record<ProgrammeCode, ProgrammeTally>>;

const emptyTally = (): ProgrammeTally => ({
  cases: 0,
  changedOutcomes: 0,
  changedAmounts: 0,
  totalBefore: '0.00',
  totalAfter: '0.00',
  largestChanges: [],
});

/** The size of a signed difference, in fen. */
const magnitude = (change: Change): bigint => parseYuan(change.difference.replace(/^-/, ''));

/** The `LARGEST_CHANGES` largest changes by size of the difference, ties by application id: the same list whatever the order of pages. */
export function largestOf(changes: readonly Change[]): Change[] {
  return [...changes]
    .sort((a, b) => {
      const [x, y] = [magnitude(a), magnitude(b)];
      if (x !== y) return x > y ? -1 : 1;
      return a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : 0;
    })
    .slice(0, LARGEST_CHANGES);
}

/** Totals are sums of decided amounts, never negative. */
const addYuan = (a: string, b: string) => formatYuan(parseYuan(a) + parseYuan(b));

/** Two tallies of one programme as one. */
export function mergeTally(a: ProgrammeTally, b: ProgrammeTally): ProgrammeTally {
  return {
    cases: a.cases + b.cases,
    changedOutcomes: a.changedOutcomes + b.changedOutcomes,
    changedAmounts: a.changedAmounts + b.changedAmounts,
    totalBefore: addYuan(a.totalBefore, b.totalBefore),
    totalAfter: addYuan(a.totalAfter, b.totalAfter),
    largestChanges: largestOf([...a.largestChanges, ...b.largestChanges]),
  };
}

/** Tallies of several pages (or a page's cases tallied one by one) as one, per programme. */
export function mergeTallies(all: readonly Tallies[]): Tallies {
  const merged: Tallies = {};
  for (const tallies of all)
    for (const [programme, tally] of Object.entries(tallies) as [ProgrammeCode, ProgrammeTally][])
      merged[programme] = mergeTally(merged[programme] ?? emptyTally(), tally);
  return merged;
}

/** What one case adds to its programme's tally. */
function tallyOf({ applicationId, applicantId, before, after }: SimulatedCase): ProgrammeTally {
  const difference = parseYuan(after.amount) - parseYuan(before.amount);
  const outcomeChanged = before.outcome !== after.outcome;
  const change: Change = {
    applicationId,
    applicantId,
    outcomeBefore: before.outcome,
    outcomeAfter: after.outcome,
    amountBefore: before.amount,
    amountAfter: after.amount,
    difference: formatYuan(difference),
  };
  return {
    cases: 1,
    changedOutcomes: outcomeChanged ? 1 : 0,
    changedAmounts: difference !== 0n ? 1 : 0,
    totalBefore: before.amount,
    totalAfter: after.amount,
    largestChanges: outcomeChanged || difference !== 0n ? [change] : [],
  };
}

/** A page's cases tallied per programme. */
export const tallyCases = (cases: readonly SimulatedCase[]): Tallies =>
  mergeTallies(cases.map((simulated) => ({ [simulated.programme]: tallyOf(simulated) })));

/** The result per programme, in the order asked for: every programme asked for appears, with 0 cases if none. */
export function simulationResult(tallies: Tallies, programmes: readonly ProgrammeCode[]) {
  return programmes.map((programme) => {
    const tally = tallies[programme] ?? emptyTally();
    const difference = formatYuan(parseYuan(tally.totalAfter) - parseYuan(tally.totalBefore));
    const { cases, changedOutcomes, changedAmounts, totalBefore, totalAfter, largestChanges } = tally;
    return { programme, cases, changedOutcomes, changedAmounts, totalBefore, totalAfter, difference, largestChanges };
  });
}
export type ProgrammeResult = ReturnType<typeof simulationResult>[number];
