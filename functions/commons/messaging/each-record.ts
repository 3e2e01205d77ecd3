/**
 * An SQS-triggered handler that hands each record of a batch to `handle`, reporting the records
 * that failed (ReportBatchItemFailures). A processor per invocation: a BatchProcessor keeps the
 * batch's successes and failures as state, and the local runtime (and the tests, and the
 * benchmarks) run several invocations of one module at once.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

export const eachRecord =
  (handle: (record: SQSRecord) => Promise<void>) =>
  (event: SQSEvent, context: Context): Promise<SQSBatchResponse> =>
    processPartialResponse(event, handle, new BatchProcessor(EventType.SQS), { context });
