/**
 * SQS-triggered evaluation (EvaluationQueue): each record is an evaluation message, handed to the
 * use case (./evaluation.ts) with its receive count. Records fail one by one
 * (ReportBatchItemFailures); a malformed body or an unknown application fails every time and so
 * reaches the DLQ after the queue's maxReceiveCount.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { EVALUATION_QUEUE } from '../../shared/contract/resources.js';
import type { ApplicationRecord } from '../../shared/domain/application.js';
import { evaluationMessageSchema } from '../commons/messaging/evaluation-message.js';
import { correlationOf } from '../commons/messaging/correlation.js';
import { correlatedLogger } from '../commons/runtime/logging.js';
import { count, publishingCounts } from '../commons/runtime/metrics.js';
import { evaluateMessage } from './evaluation.js';

const logger = new Logger();

async function evaluateRecord(record: SQSRecord): Promise<void> {
  let body: unknown;
  try {
    body = JSON.parse(record.body);
  } catch {
    throw new Error(`message ${record.messageId} is not JSON`);
  }
  const { applicationId, application } = evaluationMessageSchema.parse(body);
  // Every line about this message names the request that submitted the application (SPEC §10.2).
  const log = correlatedLogger(logger, correlationOf(record));
  const receives = Number(record.attributes.ApproximateReceiveCount ?? '1');
  const message = { applicationId, application: application as ApplicationRecord | undefined };
  try {
    const evaluated = await evaluateMessage(message, receives, EVALUATION_QUEUE.maxReceiveCount);
    if (evaluated) count({ ApplicationsEvaluated: 1, [`Outcome${evaluated.detail.outcome}`]: 1 });
    log.info('application evaluated', {
      applicationId,
      messageId: record.messageId,
      eventId: evaluated?.detail.eventId,
    });
  } catch (error) {
    // Ids only: no personal data in logs.
    log.error('evaluation failed', { applicationId, messageId: record.messageId, receives, error: error as Error });
    throw error;
  }
}

/** A processor per invocation: its state is per batch, and one process may run batches concurrently (local pollers). */
export const handler = publishingCounts(async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> =>
  processPartialResponse(event, evaluateRecord, new BatchProcessor(EventType.SQS), { context }),
);
