/**
 * CSV for the administration's spreadsheets (SPEC §12): UTF-8 with a byte-order mark (without it,
 * spreadsheet software in China opens the file as GBK and garbles every Chinese cell), RFC 4180
 * quoting, CRLF line ends, headers in the reader's language, and no cell a spreadsheet would run
 * as a formula (OWASP "CSV injection"): a text beginning with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading `'`, which spreadsheets show as text. A plain number such as
 * `-120.50` (a negative amount) is data, not a formula, and stays as it is. Pure: the rows come in
 * page by page and the text goes out page by page, so a file of any size is never held whole.
 */
import type { Language } from '../../../shared/i18n/index.js';

export type CsvValue = string | number | bigint | boolean | null | undefined;

/** A column: its header in every language, and its cell of a row (in the file's language, where words are shown). */
export interface CsvColumn<Row> {
  header: Readonly<Record<Language, string>>;
  value: (row: Row, language: Language) => CsvValue;
}

export const BYTE_ORDER_MARK = '\uFEFF';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A cell as written: neutralised when a spreadsheet would read it as a formula, quoted when it must be. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line: the cells joined by commas, ended by CRLF. */
export const csvLine = (values: readonly CsvValue[]): string => `${values.map(csvCell).join(',')}\r\n`;

/** The file as text chunks: the byte-order mark and the header line, then one chunk per page of rows. */
export async function* csvChunks<Row>(
  columns: readonly CsvColumn<Row>[],
  pages: AsyncIterable<readonly Row[]>,
  language: Language,
): AsyncGenerator<string> {
  yield BYTE_ORDER_MARK + csvLine(columns.map((column) => column.header[language]));
  for await (const rows of pages) {
    if (rows.length > 0)
      yield rows.map((row) => csvLine(columns.map((column) => column.value(row, language)))).join('');
  }
}
