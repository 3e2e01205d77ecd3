/**
 * Drains a real local queue into an SQS-triggered handler with the local runtime's delivery
 * (infra/local/queue-poller.ts `deliverBatch`): receive a batch, invoke the handler with the
 * SQSEvent, delete what succeeded. Records left on the queue are made visible again at once,
 * standing in for the visibility timeout; the queue's redrive policy still moves a message to
 * the DLQ at maxReceiveCount. Several pollers may run at once; draining ends when the queue
 * stays empty and no poller holds a batch.
 */
import type { SQSClient } from '@aws-sdk/client-sqs';
import { deliverBatch, type EventSource, type SqsLambda } from '../../infra/local/queue-poller.js';

export interface DriveOptions {
  sqs: SQSClient;
  queueUrl: string;
  handler: SqsLambda;
  batchSize?: number;
  /** Pollers running at once (Lambda's concurrency on the queue). */
  concurrency?: number;
  acknowledge?: EventSource['acknowledge'];
}

export interface DriveResult {
  batches: number;
  records: number;
  failedRecords: number;
}

/** A handler on a real local queue, as the tests deliver to it: what a delivery leaves there comes back at once. */
export const testEventSource = ({
  sqs,
  queueUrl,
  handler,
  batchSize,
  acknowledge,
}: Omit<DriveOptions, 'concurrency'>): EventSource => ({
  client: sqs,
  queueUrl,
  functionName: 'test-worker',
  timeoutMs: 120_000,
  handler,
  batchSize,
  acknowledge,
  redeliverAtOnce: true,
});

/** Runs pollers until the queue is drained. */
export async function drainQueue(options: DriveOptions): Promise<DriveResult> {
  const { batchSize = 5, concurrency = 1 } = options;
  const source = testEventSource({ ...options, batchSize });
  const result: DriveResult = { batches: 0, records: 0, failedRecords: 0 };
  let busy = 0;
  let idleRounds = 0;

  async function poller(): Promise<void> {
    for (;;) {
      busy += 1;
      const { records, failed } = await deliverBatch(source).finally(() => (busy -= 1));
      if (records.length === 0) {
        // Done once nobody holds a batch (that could still send messages) and the queue stayed empty a few rounds.
        if (busy === 0 && ++idleRounds >= 3 * concurrency) return;
        await new Promise((resolve) => setTimeout(resolve, 5));
        continue;
      }
      idleRounds = 0;
      result.batches += 1;
      result.records += records.length;
      result.failedRecords += failed.length;
    }
  }

  await Promise.all(Array.from({ length: concurrency }, poller));
  return result;
}
