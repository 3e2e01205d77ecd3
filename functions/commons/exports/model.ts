/**
 * Finance exports (SPEC §12): what an export is, as stored (`EXPORT#<exportId>` / `EXPORT`) and
 * as its job's message. Pure.
 *
 * | field | what |
 * |---|---|
 * | kind, fiscalYear, language | what was asked for: the ledger or the awards of a year, headers in the asker's language |
 * | status | `PENDING` until the job wrote the file (`DONE`), or gave up on its last receive (`FAILED`) |
 * | jobStartedAt | when the job first received its message; without it, or longer ago than its message can live, the sweeper re-sends the message |
 * | sweeps, sweptAt | how many times the sweeper re-sent it (FAILED after MAX_SWEEPS), and when last |
 * | rows, amount, bytes, objectKey, completedAt | the file, once `DONE` |
 */
import * as z from '../../../shared/zod.js';
import type { Language } from '../../../shared/i18n/index.js';

export const EXPORT_KINDS = ['LEDGER', 'AWARDS'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_STATUSES = ['PENDING', 'DONE', 'FAILED'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

export const exportIdSchema = z.uuid();
export const exportMessageSchema = z.strictObject({ exportId: exportIdSchema });
export type ExportMessage = z.infer<typeof exportMessageSchema>;

export interface ExportRecord {
  exportId: string;
  kind: ExportKind;
  fiscalYear: number;
  language: Language;
  status: ExportStatus;
  requestedBy: string;
  requestedAt: string;
  /** When its job first received its message (not shown by the API). */
  jobStartedAt?: string;
  completedAt?: string;
  rows?: number;
  /** The sum of the file's amounts, yuan. */
  amount?: string;
  bytes?: number;
  objectKey?: string;
}

/** The file's name when downloaded: `ledger-2021.csv`, `awards-2021.csv`. */
export const exportFileName = ({ kind, fiscalYear }: Pick<ExportRecord, 'kind' | 'fiscalYear'>) =>
  `${kind.toLowerCase()}-${fiscalYear}.csv`;
