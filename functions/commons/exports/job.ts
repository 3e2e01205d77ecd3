/**
 * An export's job (functions/export-worker): reads the year's rows page by page, writes them as
 * CSV into the report bucket as they come, and records the file with its row count and total.
 * Safe to receive twice: a finished export is left alone, and writing the file again gives the
 * same object; only the first completion is recorded.
 */
import { formatYuan, parseYuan } from '../../../shared/policy/index.js';
import { csvChunks, CSV_CONTENT_TYPE, type CsvColumn } from '../files/csv.js';
import { reportKey, writeReport, type ReportResources } from '../files/report-files.js';
import { nowIso } from '../runtime/clock.js';
import { exportKey } from '../store/items/keys.js';
import { getItem } from '../store/get-item/get-item.js';
import { AWARD_COLUMNS, LEDGER_COLUMNS } from './columns.js';
import { concludeExport, markExportStarted } from './conclusion.js';
import type { ExportRecord } from './model.js';
import { awardPages, ledgerPages } from './rows.js';

export type JobOutcome = 'written' | 'already-finished' | 'unknown';

/** The pages as they pass, counted and their amounts summed. */
async function* tallied<Row extends { amount: string }>(
  pages: AsyncIterable<Row[]>,
  totals: { rows: number; fen: bigint },
): AsyncGenerator<Row[]> {
  for await (const rows of pages) {
    totals.rows += rows.length;
    for (const row of rows) totals.fen += parseYuan(row.amount);
    yield rows;
  }
}

async function writeFile<Row extends { amount: string }>(
  reportBucket: string,
  record: ExportRecord,
  columns: readonly CsvColumn<Row>[],
  pages: AsyncIterable<Row[]>,
) {
  const totals = { rows: 0, fen: 0n };
  const objectKey = reportKey('exports', record.exportId);
  const chunks = csvChunks(columns, tallied(pages, totals), record.language);
  const bytes = await writeReport(reportBucket, objectKey, chunks, CSV_CONTENT_TYPE);
  return { objectKey, bytes, rows: totals.rows, amount: formatYuan(totals.fen) };
}

/** Runs the export `exportId` of `table`, its file written to `reportBucket`. */
export async function runExport({ table, reportBucket }: ReportResources, exportId: string): Promise<JobOutcome> {
  const record = (await getItem(table, exportKey(exportId))) as ExportRecord | undefined;
  if (!record) return 'unknown';
  if (record.status !== 'PENDING') return 'already-finished';
  if (record.jobStartedAt === undefined) await markExportStarted(table, exportId, nowIso());
  const file =
    record.kind === 'LEDGER'
      ? await writeFile(reportBucket, record, LEDGER_COLUMNS, ledgerPages(table, record.fiscalYear))
      : await writeFile(reportBucket, record, AWARD_COLUMNS, awardPages(table, record.fiscalYear));
  await concludeExport(table, exportId, { status: 'DONE', completedAt: nowIso(), ...file });
  return 'written';
}
