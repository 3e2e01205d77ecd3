/**
 * The administration's statistics (SPEC §12) as arithmetic on stored records: what one stored
 * item (an application or a ledger entry) contributes to the counters of its fiscal year and
 * programme, and what a write changed. Pure: the stream consumer adds a write's change to the
 * aggregates, the reconciliation sums the contributions of every record, and both must agree.
 *
 * Which fiscal year an amount belongs to:
 * - an operating-cost claim (OSP_OPERATING): the year whose operating costs it covers
 *   (`details.fiscalYear`), which is also the year whose payout run pays it;
 * - every other application: the Shanghai calendar year of its submission;
 * - a ledger entry: the fiscal year of the entitlement it pays (its `fiscalYear`).
 * An application stays in one year and programme for its whole life, whatever its status.
 */
import { parseYuan, shanghaiDate } from '../policy/index.js';
import { APPLICATION_STATUSES, type ApplicationStatus } from './application.js';

/** The programme of every ledger entry: only operating-cost entitlements are paid through the ledger. */
export const LEDGER_PROGRAMME = 'OSP_OPERATING';

/** How an award was given: the evaluation's decision, a reviewer's approval, or an appeal's grant. */
export const AWARD_SOURCES = ['decided', 'approved', 'granted'] as const;
export type AwardSource = (typeof AWARD_SOURCES)[number];

/** The counters of one fiscal year and programme: applications by status, awarded fen by source, paid fen and payments. */
export const COUNTERS = [
  ...APPLICATION_STATUSES,
  ...AWARD_SOURCES.map((source) => `${source}Fen` as const),
  'paidFen',
  'payments',
] as const;
export type Counter = (typeof COUNTERS)[number];
export type Counters = Partial<Record<Counter, number>>;

export interface Cell {
  fiscalYear: number;
  programme: string;
}

export interface Contribution {
  cell: Cell;
  counters: Counters;
}

type Image = Record<string, unknown>;

export const cellKey = ({ fiscalYear, programme }: Cell): string => `${fiscalYear}#${programme}`;

/** The fiscal year an application and its amounts belong to (see above). */
export function fiscalYearOf(application: {
  programme: string;
  submittedAt: string;
  details?: Record<string, unknown>;
}): number {
  const claimed = application.details?.fiscalYear;
  if (application.programme === LEDGER_PROGRAMME && typeof claimed === 'number') return claimed;
  return Number(shanghaiDate(application.submittedAt).slice(0, 4));
}

const fen = (amount: unknown): number => (typeof amount === 'string' ? Number(parseYuan(amount)) : 0);

/** What the application has been awarded, and how; nothing while it is not (yet) awarded. */
export function awardOf(image: Image): { source: AwardSource; fen: number } | undefined {
  const decision = image.decision as { amount?: string } | undefined;
  const review = image.review as { amount?: string } | undefined;
  const appeal = image.appeal as { decision?: string; amount?: string } | undefined;
  const granted = appeal?.decision === 'GRANT';
  switch (image.status as ApplicationStatus) {
    // An operating-cost grant re-issues the decision at the granted amount: the amount the run pays.
    case 'ELIGIBLE':
    case 'PAID':
      return { source: granted ? 'granted' : 'decided', fen: fen(decision?.amount) };
    case 'APPROVED':
      return granted
        ? { source: 'granted', fen: fen(appeal?.amount) }
        : { source: 'approved', fen: fen(review?.amount) };
    default:
      return undefined;
  }
}

/** What one stored item counts for (applications and ledger entries; every other item nothing). */
export function contributionOf(image: Image | undefined): Contribution | undefined {
  if (image?.entity === 'APPLICATION') {
    const cell = { fiscalYear: fiscalYearOf(image as never), programme: image.programme as string };
    const award = awardOf(image);
    return {
      cell,
      counters: { [image.status as ApplicationStatus]: 1, ...(award ? { [`${award.source}Fen`]: award.fen } : {}) },
    };
  }
  if (image?.entity === 'PAYOUT') {
    return {
      cell: { fiscalYear: image.fiscalYear as number, programme: LEDGER_PROGRAMME },
      counters: { paidFen: image.amountFen as number, payments: 1 },
    };
  }
  return undefined;
}

/** Adds `counters` times `sign` into the sums by cell. */
export function addInto(sums: Map<string, Contribution>, { cell, counters }: Contribution, sign = 1): void {
  const key = cellKey(cell);
  const sum = sums.get(key) ?? { cell, counters: {} };
  for (const [counter, value] of Object.entries(counters) as Array<[Counter, number]>)
    sum.counters[counter] = (sum.counters[counter] ?? 0) + sign * value;
  sums.set(key, sum);
}

/** What a write changed in the counters (new contribution minus old), without the counters it left alone. */
export function changeOf(oldImage: Image | undefined, newImage: Image | undefined): Contribution[] {
  const sums = new Map<string, Contribution>();
  const before = contributionOf(oldImage);
  const after = contributionOf(newImage);
  if (before) addInto(sums, before, -1);
  if (after) addInto(sums, after);
  return [...sums.values()]
    .map(({ cell, counters }) => ({
      cell,
      counters: Object.fromEntries(Object.entries(counters).filter(([, value]) => value !== 0)) as Counters,
    }))
    .filter((change) => Object.keys(change.counters).length > 0);
}

/** A counter on which the recount of the records and the aggregates disagree. */
export interface Difference extends Cell {
  counter: Counter;
  recounted: number;
  aggregated: number;
}

/** Every counter, of every cell either side knows, whose values differ (an absent counter is 0). */
export function differencesBetween(
  recounted: ReadonlyMap<string, Contribution>,
  aggregated: ReadonlyMap<string, Contribution>,
): Difference[] {
  const found: Difference[] = [];
  for (const key of [...new Set([...recounted.keys(), ...aggregated.keys()])].sort()) {
    const cell = (recounted.get(key) ?? aggregated.get(key))!.cell;
    for (const counter of COUNTERS) {
      const [expected, actual] = [
        recounted.get(key)?.counters[counter] ?? 0,
        aggregated.get(key)?.counters[counter] ?? 0,
      ];
      if (expected !== actual) found.push({ ...cell, counter, recounted: expected, aggregated: actual });
    }
  }
  return found;
}
