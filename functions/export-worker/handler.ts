/**
 * SQS-triggered export worker (ExportQueue, one message per export): writes the export's CSV into
 * the report bucket (functions/commons/exports/job.ts). A failing export is received again; on the
 * queue's last allowed receive it is recorded FAILED, which GET /v1/admin/exports/{id} shows, and
 * the message is let go (a malformed message goes to the DLQ).
 */
import { Logger } from '@aws-lambda-powertools/logger';
import type { SQSRecord } from 'aws-lambda';
import { ENV, EXPORT_QUEUE } from '../../shared/contract/resources.js';
import { concludeExport } from '../commons/exports/conclusion.js';
import { runExport } from '../commons/exports/job.js';
import { exportMessageSchema } from '../commons/exports/model.js';
import type { ReportResources } from '../commons/files/report-files.js';
import { eachRecord, queueHandler } from '../commons/edge/queue.js';
import { nowIso } from '../commons/runtime/clock.js';
import { env } from '../commons/runtime/env.js';

const logger = new Logger();

async function handleRecord(resources: ReportResources, record: SQSRecord): Promise<void> {
  const { exportId } = exportMessageSchema.parse(JSON.parse(record.body));
  const receives = Number(record.attributes.ApproximateReceiveCount ?? '1');
  try {
    const outcome = await runExport(resources, exportId);
    logger.info('export handled', { exportId, outcome, receives });
  } catch (error) {
    // Ids and counts only: no personal data in logs.
    logger.error('export failed', { exportId, messageId: record.messageId, receives, error: error as Error });
    if (receives < EXPORT_QUEUE.maxReceiveCount) throw error;
    await concludeExport(resources.table, exportId, { status: 'FAILED', completedAt: nowIso() });
  }
}

/**
 * What the export job needs beside its messages: the table the exports and the year's records are
 * in, and the report bucket their files are written to.
 */
export type ExportWorkerDeps = ReportResources;

/** The function on these dependencies (tests build it on their own table and bucket). */
export const exportWorkerWith = (deps: ExportWorkerDeps) =>
  queueHandler(eachRecord((record: SQSRecord) => handleRecord(deps, record)));

/** Composed once per container: the table and the bucket its environment names. */
export const handler = exportWorkerWith({ table: env(ENV.tableName), reportBucket: env(ENV.reportBucketName) });
