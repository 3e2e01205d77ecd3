/**
 * Calendar dates are ISO strings "YYYY-MM-DD" in Asia/Shanghai, so they compare as strings.
 * Shanghai has kept UTC+08:00 without daylight saving since 1991.
 */
export type IsoDate = string;

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Asia/Shanghai calendar date of an instant written with an offset ("2021-01-01T00:00:00+08:00"). */
export function shanghaiDate(instant: string): IsoDate {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${instant}`);
  return isoDateOfEpochDay(Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS));
}

/**
 * shanghaiDate of an instant the case schema has already accepted (z.iso.datetime: a real
 * calendar date, a time, an offset). Written at +08:00, as cases from Shanghai are, the
 * instant states its Shanghai date in its first ten characters; other offsets go the general way.
 */
export function shanghaiDateOfValidInstant(validInstant: string): IsoDate {
  return validInstant.endsWith('+08:00') ? validInstant.slice(0, 10) : shanghaiDate(validInstant);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * "YYYY-MM-DD" of a day counted from 1970-01-01, the same string as
 * `new Date(day * DAY_MS).toISOString().slice(0, 10)` without building a Date and its full ISO
 * string, which cost several times more and ran once per evaluated case. The arithmetic is
 * the proleptic Gregorian calendar in 400-year eras (H. Hinnant, "civil_from_days").
 */
export function isoDateOfEpochDay(day: number): IsoDate {
  const shifted = day + 719_468; // days since 0000-03-01: years start in March, so leap days come last
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  // Years outside 0000–9999 are written in ISO's extended form: leave those to Date.
  if (year < 0 || year > 9999) return new Date(day * DAY_MS).toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(dayOfMonth)}`;
}

export const firstDayOf = (year: number): IsoDate => `${year}-01-01`;
export const lastDayOf = (year: number): IsoDate => `${year}-12-31`;

/** The date `days` calendar days after a date (before it, for a negative count). */
export const daysAfter = (date: IsoDate, days: number): IsoDate =>
  isoDateOfEpochDay(Date.parse(`${date}T00:00:00Z`) / DAY_MS + days);

/** The day before a date, for closing a period where the next one opens. */
export const dayBefore = (date: IsoDate): IsoDate => daysAfter(date, -1);
