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

/**
 * A figure of the policy: its value, the date from which that value applies, and its
 * reference. `configurable` marks the administration's defaults that the policy text
 * does not fix and a later version may change.
 */
export interface Parameter<T> {
  value: T;
  since: IsoDate;
  reference: Reference;
  configurable?: true;
}

/** A revenue band: income above `above` (exclusive) up to `upTo` (inclusive) earns `award`. */
export interface RevenueTier {
  above: Fen;
  upTo: Fen | null;
  award: Fen;
}

export interface PolicyParameters {
  ospRndRate: Parameter<BasisPoints>;
  ospRndCumulativeCap: Parameter<Fen>;
  ospOperatingRate: Parameter<BasisPoints>;
  ospOperatingAnnualCap: Parameter<Fen>;
  ospOperatingFirstFiscalYear: Parameter<number>;
  /** Month and day ("03-01") from which a fiscal year's operating subsidy may be paid in the next year. */
  ospOperatingPayoutFrom: Parameter<string>;
  aiActivityMax: Parameter<Fen>;
  revenueThreshold: Parameter<Fen>;
  revenueTiers: Parameter<readonly RevenueTier[]>;
  settlementEstablishedFrom: Parameter<IsoDate>;
  settlementMax: Parameter<Fen>;
  nationalPlatformMax: Parameter<Fen>;
  /** Shanghai calendar days after a decision or review within which it may be appealed (SPEC §11). */
  appealWindowDays: Parameter<number>;
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
