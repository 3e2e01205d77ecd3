/** Helpers to compare an English and a Chinese text of the same thing. */

/** Any Han character: a Chinese text has some, an English one none. */
export const HAN = /\p{Script=Han}/u;

/**
 * The dates, amounts and other numbers a text cites, in order of value (the two languages
 * may cite them in another order): the same digits in both languages (SPEC §3.2).
 */
export const citedFigures = (text: string): string[] => (text.match(/\d{4}-\d{2}-\d{2}|\d+(?:\.\d+)?/g) ?? []).sort();
