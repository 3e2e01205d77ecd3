/**
 * SQS-triggered evaluation (EvaluationQueue): each record is an evaluation message, handed to the
 * use case (./evaluation.ts) with its receive count. Records fail one by one
 * (ReportBatchItemFailures); a malformed body or an unknown application fails every time and so
 * reaches the DLQ after the queue's maxReceiveCount.
 */
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { ENV, EVALUATION_QUEUE } from '../../shared/contract/resources.js';
import type { ApplicationRecord } from '../../shared/domain/application.js';
import { evaluationMessageSchema } from '../commons/messaging/evaluation-message.js';
import type { CorrelatedLogger, MessageContext } from '../commons/messaging/correlation.js';
import { env } from '../commons/runtime/env.js';
import type { Counts } from '../commons/runtime/metrics.js';
import { answeringCounts, eachRecord } from '../commons/edge/queue.js';
import { evaluateMessage, type EvaluatedEvent } from './evaluation.js';

/** Evaluates a record's message; `log` names the request that submitted the application in every line (SPEC §10.2). */
async function evaluateRecord(
  table: string,
  record: SQSRecord,
  log: CorrelatedLogger,
): Promise<EvaluatedEvent | undefined> {
  let body: unknown;
  try {
    body = JSON.parse(record.body);
  } catch {
    throw new Error(`message ${record.messageId} is not JSON`);
  }
  const { applicationId, application } = evaluationMessageSchema.parse(body);
  const receives = Number(record.attributes.ApproximateReceiveCount ?? '1');
  const message = { applicationId, application: application as ApplicationRecord | undefined };
  try {
    const evaluated = await evaluateMessage(table, message, receives, EVALUATION_QUEUE.maxReceiveCount);
    log.info('application evaluated', {
      applicationId,
      messageId: record.messageId,
      eventId: evaluated?.detail.eventId,
    });
    return evaluated;
  } catch (error) {
    // Ids only: no personal data in logs.
    log.error('evaluation failed', { applicationId, messageId: record.messageId, receives, error: error as Error });
    throw error;
  }
}

/** The batch's evaluations, counted in all and by outcome. */
function evaluationCounts(evaluated: readonly EvaluatedEvent[]): Counts {
  const counts: Record<string, number> = { ApplicationsEvaluated: evaluated.length };
  for (const { detail } of evaluated)
    counts[`Outcome${detail.outcome}`] = (counts[`Outcome${detail.outcome}`] ?? 0) + 1;
  return counts;
}

/** What evaluating needs beside the message: the table the applications are stored in. */
export interface EvaluateDeps {
  table: string;
}

/**
 * The function on these dependencies (tests build it on their own table). A processor per
 * invocation: its state is per batch, and one process may run batches concurrently (local pollers).
 */
export const evaluateWith = ({ table }: EvaluateDeps) =>
  answeringCounts(async (event: SQSEvent, context: Context) => {
    const evaluated: EvaluatedEvent[] = [];
    const evaluateAndKeep = async (record: SQSRecord, { log }: MessageContext) => {
      const event = await evaluateRecord(table, record, log);
      if (event) evaluated.push(event);
    };
    const response: SQSBatchResponse = await eachRecord(evaluateAndKeep)(event, context);
    return { response, counts: evaluationCounts(evaluated) };
  });

/** Composed once per container: the table its environment names. */
export const handler = evaluateWith({ table: env(ENV.tableName) });
