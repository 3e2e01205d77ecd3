/**
 * How an export ended, recorded once (a module of its own: the admin API records an export it could
 * not queue FAILED with it, and must not carry the job's file-writing grants); and that its job
 * started, which tells the sweeper its message was sent.
 */
import { exportKey, RUNNING_INDEX_ATTRIBUTES } from '../store/items/keys.js';
import { stepFromStatus } from '../store/update-item/status-step.js';
import type { ExportRecord } from './model.js';

/** Records how the export ended, once: a later attempt finds it no longer PENDING and changes nothing. */
export async function concludeExport(table: string, exportId: string, fields: Partial<ExportRecord>): Promise<void> {
  await stepFromStatus(table, exportKey(exportId), 'PENDING', fields, RUNNING_INDEX_ATTRIBUTES);
}

/** The job received its message: the sweeper leaves it to the job (which concludes it, FAILED on its last receive). */
export async function markExportStarted(table: string, exportId: string, at: string): Promise<void> {
  await stepFromStatus(table, exportKey(exportId), 'PENDING', { jobStartedAt: at });
}
