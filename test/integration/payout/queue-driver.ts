/**
 * Drives an SQS-triggered handler from a real local queue, like Lambda's event source: receive
 * a batch, invoke the handler with the SQSEvent, delete what succeeded. Records that failed
 * (batchItemFailures, or all of them when the handler throws) are made visible again at once,
 * standing in for the visibility timeout; the queue's redrive policy still moves a message to
 * the DLQ at maxReceiveCount. Several pollers may run at once; draining ends when the queue
 * stays empty and no poller holds a batch.
 */
import { ChangeMessageVisibilityBatchCommand, DeleteMessageBatchCommand, ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { lambdaContext } from '../../../infra/local/lambda-context.js';
import { toRecord } from '../../../infra/local/queue-poller.js';

export { toRecord };

export type SqsHandler = (event: SQSEvent, context: ReturnType<typeof lambdaContext>) => Promise<SQSBatchResponse | void>;

export interface DriveOptions {
  sqs: SQSClient;
  queueUrl: string;
  handler: SqsHandler;
  batchSize?: number;
  /** Pollers running at once (Lambda's concurrency on the queue). */
  concurrency?: number;
  /** When false, a received batch is handled but never acknowledged: it comes back (a worker that died before the ack). */
  acknowledge?: (records: SQSRecord[]) => boolean;
}

export interface DriveResult {
  batches: number;
  records: number;
  failedRecords: number;
}

/** Receives one batch (or nothing); with `AttributeNames: ['All']`, local-aws-sqs reports the receive count. */
export async function receiveBatch(sqs: SQSClient, queueUrl: string, batchSize = 10): Promise<SQSRecord[]> {
  const received = await sqs.send(
    new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: batchSize, WaitTimeSeconds: 0, AttributeNames: ['All'] }),
  );
  return (received.Messages ?? []).map((message) => toRecord(message));
}

export async function deleteRecords(sqs: SQSClient, queueUrl: string, records: SQSRecord[]): Promise<void> {
  if (records.length === 0) return;
  await sqs.send(
    new DeleteMessageBatchCommand({ QueueUrl: queueUrl, Entries: records.map((record, i) => ({ Id: String(i), ReceiptHandle: record.receiptHandle })) }),
  );
}

/** Makes records visible again now, as if their visibility timeout had passed. */
export async function releaseRecords(sqs: SQSClient, queueUrl: string, records: SQSRecord[]): Promise<void> {
  if (records.length === 0) return;
  await sqs.send(
    new ChangeMessageVisibilityBatchCommand({
      QueueUrl: queueUrl,
      Entries: records.map((record, i) => ({ Id: String(i), ReceiptHandle: record.receiptHandle, VisibilityTimeout: 0 })),
    }),
  );
}

/** Invokes the handler with one batch; returns the records it reported as failed. */
export async function invokeWith(handler: SqsHandler, records: SQSRecord[]): Promise<SQSRecord[]> {
  try {
    const response = await handler({ Records: records }, lambdaContext('test-worker', 120_000));
    const failed = new Set((response?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier));
    return records.filter((record) => failed.has(record.messageId));
  } catch {
    return records;
  }
}

/** Runs pollers until the queue is drained. */
export async function drainQueue(options: DriveOptions): Promise<DriveResult> {
  const { sqs, queueUrl, handler, batchSize = 5, concurrency = 1 } = options;
  const result: DriveResult = { batches: 0, records: 0, failedRecords: 0 };
  let busy = 0;
  let idleRounds = 0;

  async function poller(): Promise<void> {
    for (;;) {
      busy += 1;
      const records = await receiveBatch(sqs, queueUrl, batchSize).catch((error) => {
        busy -= 1;
        throw error;
      });
      if (records.length === 0) {
        busy -= 1;
        // Done once nobody holds a batch (that could still send messages) and the queue stayed empty a few rounds.
        if (busy === 0 && ++idleRounds >= 3 * concurrency) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
        continue;
      }
      idleRounds = 0;
      try {
        const failed = await invokeWith(handler, records);
        result.batches += 1;
        result.records += records.length;
        result.failedRecords += failed.length;
        const acknowledged = options.acknowledge?.(records) ?? true;
        const failedIds = new Set(failed.map((record) => record.messageId));
        const kept = acknowledged ? failed : records;
        await deleteRecords(sqs, queueUrl, acknowledged ? records.filter((record) => !failedIds.has(record.messageId)) : []);
        await releaseRecords(sqs, queueUrl, kept);
      } finally {
        busy -= 1;
      }
    }
  }

  await Promise.all(Array.from({ length: concurrency }, poller));
  return result;
}
