/**
 * How an export ended, recorded once (a module of its own: the admin API records an export it could
 * not queue FAILED with it, and must not carry the job's file-writing grants).
 */
import { exportKey } from '../store/items/keys.js';
import { stepFromStatus } from '../store/update-item/status-step.js';
import type { ExportRecord } from './model.js';

/** Records how the export ended, once: a later attempt finds it no longer PENDING and changes nothing. */
export async function concludeExport(exportId: string, fields: Partial<ExportRecord>): Promise<void> {
  await stepFromStatus(exportKey(exportId), 'PENDING', fields);
}
