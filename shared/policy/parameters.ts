import type { BasisPoints, Fen } from './money.js';
import type { IsoDate } from './dates.js';

/** Where a figure comes from: the clause of the source text, or the administration's default. */
export interface Reference {
  /** The document, e.g. "seed/lingang-ai-policy-2020.txt" or "SPEC §3". */
  source: string;
  /** The passage: paragraph number in the source text, or the table row. */
  clause: string;
  /** The words of the source that the figure implements. */
  text: string;
}

/** A revenue band: income above `above` (exclusive) up to `upTo` (inclusive) earns `award`. */
export interface RevenueTier {
  above: Fen;
  upTo: Fen | null;
  award: Fen;
}

/**
 * How revenue milestone awards add up: `ONCE_PER_APPLICANT`, one award ever at the tier of the
 * income (the platform's first reading of the seed); `STEP_UP` (升级差额补足), each higher
 * threshold crossed for the first time pays its tier's reward less what was already received.
 */
export type RevenueAwardRule = 'ONCE_PER_APPLICANT' | 'STEP_UP';

/** Each unit a figure is written in, with the type of a value in that unit. */
export interface ValueIn {
  fen: Fen;
  'basis-points': BasisPoints;
  /** A calendar year, e.g. 2020. */
  'fiscal-year': number;
  /** A day of every year, "MM-DD". */
  'month-day': string;
  date: IsoDate;
  /** A number of Shanghai calendar days. */
  days: number;
  /** Revenue bands whose bounds and awards are fen. */
  'fen-tiers': readonly RevenueTier[];
  /** Which rule a programme applies, by name. */
  'award-rule': RevenueAwardRule;
}

export type ParameterUnit = keyof ValueIn;

/**
 * A figure of the policy: its value in its unit, the date from which that value applies,
 * and its reference. The unit is stated so that a figure can be read (and shown) without
 * knowing which parameter it is; it fixes the value's type. `configurable` marks the
 * administration's defaults that the policy text does not fix and a later version may change.
 */
export interface Parameter<U extends ParameterUnit> {
  value: ValueIn[U];
  unit: U;
  since: IsoDate;
  reference: Reference;
  configurable?: true;
}

export interface PolicyParameters {
  ospRndRate: Parameter<'basis-points'>;
  ospRndCumulativeCap: Parameter<'fen'>;
  ospOperatingRate: Parameter<'basis-points'>;
  ospOperatingAnnualCap: Parameter<'fen'>;
  ospOperatingFirstFiscalYear: Parameter<'fiscal-year'>;
  /** The day from which a fiscal year's operating subsidy may be paid in the next year. */
  ospOperatingPayoutFrom: Parameter<'month-day'>;
  aiActivityMax: Parameter<'fen'>;
  revenueThreshold: Parameter<'fen'>;
  revenueTiers: Parameter<'fen-tiers'>;
  revenueAwardRule: Parameter<'award-rule'>;
  settlementEstablishedFrom: Parameter<'date'>;
  settlementMax: Parameter<'fen'>;
  nationalPlatformMax: Parameter<'fen'>;
  /** Days after a decision or review within which it may be appealed (SPEC §11). */
  appealWindowDays: Parameter<'days'>;
}

/**
 * One version of the policy. It is in force for submissions from `inForceFrom` until the
 * next version's `inForceFrom`; applications are accepted from `applicationsFrom`; costs
 * it subsidises must fall within `validFrom`…`validUntil` (null: open-ended).
 */
export interface PolicyVersion {
  id: string;
  title: string;
  publishedOn: IsoDate;
  inForceFrom: IsoDate;
  applicationsFrom: IsoDate;
  firstPayoutOn: IsoDate;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
  parameters: PolicyParameters;
}
