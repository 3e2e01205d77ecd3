/**
 * Calendar dates are ISO strings "YYYY-MM-DD" in Asia/Shanghai, so they compare as strings.
 * Shanghai has kept UTC+08:00 without daylight saving since 1991.
 */
export type IsoDate = string;

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The Asia/Shanghai calendar date of an instant written with an offset ("2021-01-01T00:00:00+08:00"). */
export function shanghaiDate(instant: string): IsoDate {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${instant}`);
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

export const firstDayOf = (year: number): IsoDate => `${year}-01-01`;
export const lastDayOf = (year: number): IsoDate => `${year}-12-31`;

/** The day before a date, for closing a period where the next one opens. */
export function dayBefore(date: IsoDate): IsoDate {
  const ms = Date.parse(`${date}T00:00:00Z`) - 24 * 60 * 60 * 1000;
  return new Date(ms).toISOString().slice(0, 10);
}
