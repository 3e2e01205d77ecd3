/**
 * SQS-triggered evaluation (EvaluationQueue): each record is `{applicationId}`. Records fail
 * one by one (ReportBatchItemFailures); a malformed body or an unknown application fails
 * every time and so reaches the DLQ after the queue's maxReceiveCount.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { withCounts } from '../commons/metrics.js';
import { evaluationMessageSchema } from '../commons/evaluation-message.js';
import { evaluateApplication } from './evaluation.js';

const logger = new Logger();

async function evaluateRecord(record: SQSRecord): Promise<void> {
  let body: unknown;
  try {
    body = JSON.parse(record.body);
  } catch {
    throw new Error(`message ${record.messageId} is not JSON`);
  }
  const { applicationId } = evaluationMessageSchema.parse(body);
  try {
    await evaluateApplication(applicationId);
  } catch (error) {
    // Ids only: no personal data in logs.
    logger.error('evaluation failed', { applicationId, messageId: record.messageId, error: error as Error });
    throw error;
  }
}

/** A processor per invocation: its state is per batch, and one process may run batches concurrently (local pollers). */
export const handler = async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> =>
  withCounts(() => processPartialResponse(event, evaluateRecord, new BatchProcessor(EventType.SQS), { context }));
