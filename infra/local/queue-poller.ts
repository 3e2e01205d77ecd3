/**
 * Lambda's SQS event source, locally: long-polls a queue, hands batches to the handler as
 * an SQSEvent, deletes what succeeded, and leaves the records reported in
 * `batchItemFailures` (or the whole batch, if the handler throws) to reappear after the
 * visibility timeout — the queue's redrive policy moves them to the DLQ at maxReceiveCount.
 */
import { DeleteMessageBatchCommand, ReceiveMessageCommand, type Message, type SQSClient } from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { EVALUATION_QUEUE, PAYOUT_QUEUE, type FunctionName, type QueueDefinition } from '../../shared/contract/resources.js';
import { lambdaContext } from './lambda-context.js';

/**
 * The SQS event sources the local runtime polls: which function each queue invokes (the stack
 * wires the same pairs with SqsEventSource; test/local/drift.test.ts compares them).
 */
export const LOCAL_EVENT_SOURCES: ReadonlyArray<{ queue: QueueDefinition; functionName: FunctionName }> = [
  { queue: EVALUATION_QUEUE, functionName: 'evaluate-application' },
  { queue: PAYOUT_QUEUE, functionName: 'payout-worker' },
];

export type SqsLambda = (event: SQSEvent, context: unknown) => Promise<SQSBatchResponse | void>;

export interface PollerOptions {
  client: SQSClient;
  queueUrl: string;
  queueArn: string;
  functionName: string;
  batchSize: number;
  handler: () => Promise<SqsLambda>;
  /** Batches handled at once, like Lambda's concurrency on one queue. */
  concurrency?: number;
}

/** A received SQS message as the record Lambda's event source hands the function. */
export function toRecord(message: Message, queueArn = 'arn:aws:sqs:local:000000000000:queue'): SQSRecord {
  const attributes = message.Attributes ?? {};
  return {
    messageId: message.MessageId!,
    receiptHandle: message.ReceiptHandle!,
    body: message.Body ?? '',
    attributes: {
      ApproximateReceiveCount: attributes.ApproximateReceiveCount ?? '1',
      SentTimestamp: attributes.SentTimestamp ?? String(Date.now()),
      SenderId: attributes.SenderId ?? 'local',
      ApproximateFirstReceiveTimestamp: attributes.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
    },
    messageAttributes: {},
    md5OfBody: message.MD5OfBody ?? '',
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: process.env.AWS_REGION ?? 'local',
  };
}

/** Starts polling; the returned function stops it and waits for batches in hand to finish. */
export function startPoller(options: PollerOptions): () => Promise<void> {
  const { client, queueUrl, queueArn, functionName, batchSize, concurrency = 2 } = options;
  let running = true;
  const abort = new AbortController();

  async function pollOnce(): Promise<void> {
    const received = await client.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: batchSize,
        WaitTimeSeconds: 1,
        // local-aws-sqs ignores MessageSystemAttributeNames; AttributeNames brings ApproximateReceiveCount.
        AttributeNames: ['All'],
      }),
      { abortSignal: abort.signal },
    );
    const messages = received.Messages ?? [];
    if (messages.length === 0) return;
    const records = messages.map((message) => toRecord(message, queueArn));
    let failed: Set<string>;
    try {
      const response = await (await options.handler())({ Records: records }, lambdaContext(functionName));
      failed = new Set((response?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier));
    } catch (error) {
      console.error(`[${functionName}] batch failed:`, error);
      failed = new Set(records.map((record) => record.messageId));
    }
    const done = records.filter((record) => !failed.has(record.messageId));
    if (done.length > 0) {
      await client.send(
        new DeleteMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: done.map((record, i) => ({ Id: String(i), ReceiptHandle: record.receiptHandle })),
        }),
      );
    }
  }

  async function loop(): Promise<void> {
    while (running) {
      try {
        await pollOnce();
      } catch (error) {
        if (!running) return;
        console.error(`[${functionName}] poll failed:`, (error as Error).message);
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }

  const loops = Array.from({ length: concurrency }, loop);
  return async () => {
    running = false;
    abort.abort();
    await Promise.allSettled(loops);
  };
}
