/** Helpers to compare an English and a Chinese text of the same thing. */

/** Any Han character: a Chinese text has some, an English one none. */
export const HAN = /\p{Script=Han}/u;

const UNITS: Record<string, bigint> = { '': 1n, 万: 10_000n, 亿: 100_000_000n };

/** A number as its value in hundredths, whatever its format: "1,000,000.00", "3000万", "1亿", "50". */
function hundredths(figure: string): string {
  const unit = UNITS[figure.slice(-1)] === undefined ? '' : figure.slice(-1);
  const [whole = '0', decimals = ''] = figure
    .slice(0, figure.length - unit.length)
    .replaceAll(',', '')
    .split('.');
  return String((BigInt(whole) * 100n + BigInt(decimals.padEnd(2, '0').slice(0, 2) || '0')) * UNITS[unit]!);
}

/**
 * The dates, amounts and other numbers a text cites, as values in order of value (the two
 * languages may cite them in another order and format): the same figures in both languages
 * (SPEC §3.2) once `2021年1月1日` is read as 2021-01-01, `1,000,000.00` as 1000000, `3000万` as
 * 30000000 and `1亿` as 100000000. A policy version's id is not a figure: Chinese names the
 * policy (本政策), never its code.
 */
export const citedFigures = (text: string): string[] => {
  const isoDates = text
    .replace(/\bLG-AI-\d{4}(?:-R\d+)?\b/g, '')
    .replace(
      /(\d{4})年(\d{1,2})月(\d{1,2})日/g,
      (_, y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`,
    );
  const figures = isoDates.match(/\d{4}-\d{2}-\d{2}|\d[\d,]*(?:\.\d+)?[万亿]?/g) ?? [];
  return figures
    .map((figure) => (/^\d{4}-\d{2}-\d{2}$/.test(figure) ? figure : hundredths(figure.replace(/,$/, ''))))
    .sort();
};
