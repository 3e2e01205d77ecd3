/**
 * SQS-triggered simulation worker (SimulationQueue): each message judges one page of stored
 * applications again under a simulation's draft and sends the next page's message (SPEC §12).
 * Records fail one by one (ReportBatchItemFailures); every message is safe to receive twice (its
 * page is recorded once). A message that keeps failing goes to the DLQ for redrive.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { publishingCounts } from '../commons/runtime/metrics.js';
import { simulationMessageSchema } from '../commons/simulations/model.js';
import { simulatePage } from '../commons/simulations/simulate.js';

const logger = new Logger();

async function handleRecord(record: SQSRecord): Promise<void> {
  const message = simulationMessageSchema.parse(JSON.parse(record.body));
  try {
    await simulatePage(message);
  } catch (error) {
    // Ids and counts only: no personal data in logs.
    const { simulationId, programme, shard, page } = message;
    logger.error('simulation message failed', { simulationId, programme, shard, page, error: error as Error });
    throw error;
  }
}

/** A processor per invocation: the local runtime runs several batches of one module at once. */
export const handler = publishingCounts(async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> =>
  processPartialResponse(event, handleRecord, new BatchProcessor(EventType.SQS), { context }),
);
