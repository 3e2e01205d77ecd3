/**
 * SQS-triggered export worker (ExportQueue, one message per export): writes the export's CSV into
 * the report bucket (functions/commons/exports/job.ts). A failing export is received again; on the
 * queue's last allowed receive it is recorded FAILED, which GET /v1/admin/exports/{id} shows, and
 * the message is let go (a malformed message goes to the DLQ).
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { EXPORT_QUEUE } from '../../shared/contract/resources.js';
import { concludeExport } from '../commons/exports/conclusion.js';
import { runExport } from '../commons/exports/job.js';
import { exportMessageSchema } from '../commons/exports/model.js';
import { nowIso } from '../commons/runtime/clock.js';

const logger = new Logger();

async function handleRecord(record: SQSRecord): Promise<void> {
  const { exportId } = exportMessageSchema.parse(JSON.parse(record.body));
  const receives = Number(record.attributes.ApproximateReceiveCount ?? '1');
  try {
    const outcome = await runExport(exportId);
    logger.info('export handled', { exportId, outcome, receives });
  } catch (error) {
    // Ids and counts only: no personal data in logs.
    logger.error('export failed', { exportId, messageId: record.messageId, receives, error: error as Error });
    if (receives < EXPORT_QUEUE.maxReceiveCount) throw error;
    await concludeExport(exportId, { status: 'FAILED', completedAt: nowIso() });
  }
}

/** A processor per invocation (see functions/payout-worker/handler.ts). */
export const handler = async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> =>
  processPartialResponse(event, handleRecord, new BatchProcessor(EventType.SQS), { context });
