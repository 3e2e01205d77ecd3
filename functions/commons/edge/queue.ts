/**
 * The queue and stream edge shared by the SQS- and stream-triggered handlers, as ./http.ts is the
 * HTTP one: middy with Powertools metrics, so what an invocation counted is published when it
 * ends, also when it fails (`logMetrics`); `answeringCounts` for handlers whose use cases answer
 * their counts as results; `eachRecord`, the SQS trigger adapter.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy, { type MiddlewareObj } from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { messageContext, type MessageContext } from '../messaging/correlation.js';
import { count, metrics, type Counted } from '../runtime/metrics.js';

/** The arguments Lambda (the local runtime, the tests) invokes a queue or stream handler with. */
type Invocation = [event: unknown, context?: Context];

/**
 * The handler on middy, its counts published when it ends (`logMetrics`). No early timeout
 * (middy's default aborts just before the context's deadline): Lambda ends an invocation that
 * outlives it, and the local runtime lets it finish, as before.
 */
const counting = <A extends Invocation, R>(handler: (...args: A) => Promise<R>) =>
  // middy's types ask for (event, context); middy calls the handler with both, whatever it declares.
  middy(handler as unknown as (event: A[0], context: Context) => Promise<R>, { timeoutEarlyInMillis: 0 }).use(
    logMetrics(metrics),
  );

/** A queue or stream handler whose counts are published when its invocation ends, also when it fails. */
export const queueHandler = <A extends Invocation, R>(handler: (...args: A) => Promise<R>) =>
  counting(handler) as unknown as (...args: A) => Promise<R>;

/** Adds the counts a handler answered to the invocation's and answers its response alone. */
const answeredCounts = <R>(): MiddlewareObj<unknown, Counted<R> | R> => ({
  after: async (request) => {
    const { response, counts } = request.response as Counted<R>;
    count(counts);
    request.response = response;
  },
});

/**
 * A queue or stream handler that answers what it counted beside its response (its use cases
 * answer counts as results): the counts are published with whatever else the invocation counted.
 */
export const answeringCounts = <A extends Invocation, R>(handler: (...args: A) => Promise<Counted<R>>) =>
  // Used after logMetrics, its `after` runs before logMetrics publishes.
  counting(handler).use(answeredCounts<R>()) as unknown as (...args: A) => Promise<R>;

/** The logger of the records' lines, each line under its own record's correlation id. */
const logger = new Logger();

/**
 * An SQS-triggered handler that hands each record of a batch to `handle` with its message's
 * context (../messaging/correlation.ts: the correlation id it carries and a logger whose lines
 * name it), reporting the records that failed (ReportBatchItemFailures). A processor per
 * invocation: a BatchProcessor keeps the batch's successes and failures as state, and the local
 * runtime (and the tests, and the benchmarks) run several invocations of one module at once.
 */
export const eachRecord =
  (handle: (record: SQSRecord, message: MessageContext) => Promise<void>) =>
  (event: SQSEvent, context: Context): Promise<SQSBatchResponse> =>
    processPartialResponse(
      event,
      (record: SQSRecord) => handle(record, messageContext(logger, record)),
      new BatchProcessor(EventType.SQS),
      { context },
    );
