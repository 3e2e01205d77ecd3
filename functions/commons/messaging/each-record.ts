/**
 * An SQS-triggered handler that hands each record of a batch to `handle` with its message's
 * context (./correlation.ts: the correlation id it carries and a logger whose lines name it),
 * reporting the records that failed (ReportBatchItemFailures). A processor per invocation: a
 * BatchProcessor keeps the batch's successes and failures as state, and the local runtime (and
 * the tests, and the benchmarks) run several invocations of one module at once.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { messageContext, type MessageContext } from './correlation.js';

/** The logger of the records' lines, each line under its own record's correlation id. */
const logger = new Logger();

export const eachRecord =
  (handle: (record: SQSRecord, message: MessageContext) => Promise<void>) =>
  (event: SQSEvent, context: Context): Promise<SQSBatchResponse> =>
    processPartialResponse(
      event,
      (record: SQSRecord) => handle(record, messageContext(logger, record)),
      new BatchProcessor(EventType.SQS),
      { context },
    );
