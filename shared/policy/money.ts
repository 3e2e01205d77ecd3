/**
 * Money as an integer number of fen (1 yuan = 100 fen), held in a bigint so that no
 * amount, however large, ever passes through floating point.
 */
export type Fen = bigint;

/** The API's money form: yuan as a decimal string, no sign, no exponent, at most two decimals. */
export const YUAN_PATTERN = /^(0|[1-9][0-9]{0,14})(\.[0-9]{1,2})?$/;
/** Yuan as `formatYuan` writes it, exactly two decimals: what answers, events and messages carry. */
export const FORMATTED_YUAN_PATTERN = /^(0|[1-9][0-9]*)\.[0-9]{2}$/;
/** A difference as `formatYuan` writes it: signed when negative. */
export const SIGNED_YUAN_PATTERN = /^-?(0|[1-9][0-9]*)\.[0-9]{2}$/;

export class MoneyFormatError extends Error {
  constructor(readonly input: unknown) {
    super('expected a yuan amount as a string with at most two decimals, e.g. "12500000.00"');
    this.name = 'MoneyFormatError';
  }
}

/** Parses "12500000.5" into 1250000050n fen; anything but the strict string form is refused. */
export function parseYuan(input: unknown): Fen {
  if (typeof input !== 'string' || !YUAN_PATTERN.test(input)) throw new MoneyFormatError(input);
  return fenOfYuanString(input);
}

/** Fen of a string already known to match YUAN_PATTERN (the input schema checks it first). */
export function fenOfYuanString(valid: string): Fen {
  const dot = valid.indexOf('.');
  if (dot < 0) return BigInt(valid) * 100n;
  return BigInt(valid.slice(0, dot) + valid.slice(dot + 1).padEnd(2, '0'));
}

/** Formats fen as yuan with exactly two decimals: 50n → "0.50". */
export function formatYuan(fen: Fen): string {
  const sign = fen < 0n ? '-' : '';
  // One bigint → decimal conversion, then a dot before the last two digits: cheaper than
  // dividing by 100n and converting quotient and remainder separately.
  const digits = (fen < 0n ? -fen : fen).toString().padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Whole yuan to fen, for parameters written in yuan. */
export const yuan = (whole: number | bigint): Fen => BigInt(whole) * 100n;

/** A rate in basis points (1/100 of a percent): 5000 is 50%. */
export type BasisPoints = number;

/** `rate` of `amount`, rounded down to the fen (the policy's rounding rule). */
export function percentOf(amount: Fen, rate: BasisPoints): Fen {
  if (amount < 0n) throw new RangeError('percentOf takes a non-negative amount');
  return (amount * BigInt(rate)) / 10_000n;
}

export const minFen = (a: Fen, b: Fen): Fen => (a < b ? a : b);
export const sumFen = (amounts: Iterable<Fen>): Fen => {
  let total = 0n;
  for (const amount of amounts) total += amount;
  return total;
};
