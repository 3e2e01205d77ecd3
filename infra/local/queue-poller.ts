/**
 * Lambda's SQS event source, locally: long-polls a queue, hands batches to the handler as
 * an SQSEvent, deletes what succeeded, and leaves the records reported in
 * `batchItemFailures` (or the whole batch, if the handler throws) to reappear after the
 * visibility timeout — the queue's redrive policy moves them to the DLQ at maxReceiveCount.
 * The runtime's poller and the tests' queue drivers share `deliverBatch`, so tests exercise
 * the delivery `npm start` runs.
 */
import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  type Message,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import {
  EVALUATION_QUEUE,
  EXPORT_QUEUE,
  PAYOUT_QUEUE,
  SIMULATION_QUEUE,
  type FunctionName,
  type QueueDefinition,
} from '../../shared/contract/resources.js';
import { lambdaContext } from './lambda-context.js';

/**
 * The SQS event sources the local runtime polls: which function each queue invokes (the stack
 * wires the same pairs with SqsEventSource; test/local/drift.test.ts compares them).
 */
export const LOCAL_EVENT_SOURCES: ReadonlyArray<{ queue: QueueDefinition; functionName: FunctionName }> = [
  { queue: EVALUATION_QUEUE, functionName: 'evaluate-application' },
  { queue: PAYOUT_QUEUE, functionName: 'payout-worker' },
  { queue: SIMULATION_QUEUE, functionName: 'simulation-worker' },
  { queue: EXPORT_QUEUE, functionName: 'export-worker' },
];

export type SqsLambda = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | void>;

interface QueueRef {
  client: SQSClient;
  queueUrl: string;
  queueArn?: string;
}

/** One queue wired to one function, as an event source mapping wires them. */
export interface EventSource extends QueueRef {
  functionName: string;
  handler: SqsLambda;
  batchSize?: number;
  /** The function's timeout, as its context reports it. */
  timeoutMs?: number;
  /** Long polling: the runtime waits for messages; a test draining a queue does not. */
  waitSeconds?: number;
  /** How long a receive hides its messages; the queue's visibility timeout if not given. */
  visibilityTimeoutSeconds?: number;
  /** What a delivery leaves on the queue is visible again at once: tests do not wait out the visibility timeout. */
  redeliverAtOnce?: boolean;
  /** A fault seam for tests: false leaves a handled batch undeleted, as a worker that died before acknowledging it. */
  acknowledge?: (records: SQSRecord[]) => boolean;
}

interface Delivered {
  records: SQSRecord[];
  /** Reported in batchItemFailures, or the whole batch when the handler threw (`error`). */
  failed: SQSRecord[];
  error?: unknown;
}

export interface PollerOptions extends QueueRef {
  queueArn: string;
  functionName: string;
  batchSize: number;
  /** Resolved per batch: the runtime imports handlers only once their environment is set. */
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
    // As Lambda hands them over: string attributes only (what this project sends).
    messageAttributes: Object.fromEntries(
      Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [
        name,
        {
          stringValue: value.StringValue,
          dataType: value.DataType ?? 'String',
          stringListValues: [],
          binaryListValues: [],
        },
      ]),
    ),
    md5OfBody: message.MD5OfBody ?? '',
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: process.env.AWS_REGION ?? 'local',
  };
}

/** Requests sent so far by operation, an empty receive apart: bench:api reports the event sources' share of the queues' requests. */
export const eventSourceRequests: Record<string, number> = {};
const counted = (operation: string) => (eventSourceRequests[operation] = (eventSourceRequests[operation] ?? 0) + 1);

interface ReceiveOptions {
  batchSize?: number;
  waitSeconds?: number;
  visibilityTimeoutSeconds?: number;
  abortSignal?: AbortSignal;
}

export async function receiveMessages(
  { client, queueUrl }: QueueRef,
  { batchSize = 10, waitSeconds = 0, visibilityTimeoutSeconds, abortSignal }: ReceiveOptions = {},
): Promise<Message[]> {
  const received = await client.send(
    new ReceiveMessageCommand({
      QueueUrl: queueUrl,
      MaxNumberOfMessages: batchSize,
      MessageAttributeNames: ['All'],
      WaitTimeSeconds: waitSeconds,
      VisibilityTimeout: visibilityTimeoutSeconds,
      // local-aws-sqs ignores MessageSystemAttributeNames; AttributeNames brings ApproximateReceiveCount.
      AttributeNames: ['All'],
    }),
    { abortSignal },
  );
  counted(received.Messages?.length ? 'ReceiveMessage' : 'ReceiveMessage (empty)');
  return received.Messages ?? [];
}

export async function receiveRecords(queue: QueueRef, options?: ReceiveOptions): Promise<SQSRecord[]> {
  return (await receiveMessages(queue, options)).map((message) => toRecord(message, queue.queueArn));
}

/** Hands the records to the handler as one SQSEvent; a handler that throws fails the whole batch, as with Lambda. */
export async function invoke(
  handler: SqsLambda,
  records: SQSRecord[],
  context: Context,
): Promise<Omit<Delivered, 'records'>> {
  try {
    const response = await handler({ Records: records }, context);
    const failed = new Set((response?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier));
    return { failed: records.filter((record) => failed.has(record.messageId)) };
  } catch (error) {
    return { failed: records, error };
  }
}

async function deleteRecords({ client, queueUrl }: QueueRef, records: SQSRecord[]): Promise<void> {
  if (records.length === 0) return;
  counted('DeleteMessageBatch');
  await client.send(
    new DeleteMessageBatchCommand({
      QueueUrl: queueUrl,
      Entries: records.map((record, i) => ({ Id: String(i), ReceiptHandle: record.receiptHandle })),
    }),
  );
}

/** Makes records visible again now, as if their visibility timeout had passed. */
export async function releaseRecords({ client, queueUrl }: QueueRef, records: SQSRecord[]): Promise<void> {
  if (records.length === 0) return;
  counted('ChangeMessageVisibilityBatch');
  await client.send(
    new ChangeMessageVisibilityBatchCommand({
      QueueUrl: queueUrl,
      Entries: records.map((record, i) => ({
        Id: String(i),
        ReceiptHandle: record.receiptHandle,
        VisibilityTimeout: 0,
      })),
    }),
  );
}

/** Invokes the function with records already received, deletes what succeeded and leaves the rest for redelivery. */
export async function deliverRecords(records: SQSRecord[], source: EventSource): Promise<Delivered> {
  const { failed, error } = await invoke(source.handler, records, lambdaContext(source.functionName, source.timeoutMs));
  const acknowledged = source.acknowledge?.(records) ?? true;
  const done = acknowledged ? records.filter((record) => !failed.includes(record)) : [];
  await deleteRecords(source, done);
  if (source.redeliverAtOnce)
    await releaseRecords(
      source,
      records.filter((record) => !done.includes(record)),
    );
  return { records, failed, error };
}

/** One receive and, if it brought anything, its delivery: the step the runtime's poller repeats and tests drain with. */
export async function deliverBatch(source: EventSource, abortSignal?: AbortSignal): Promise<Delivered> {
  const records = await receiveRecords(source, {
    batchSize: source.batchSize,
    waitSeconds: source.waitSeconds,
    visibilityTimeoutSeconds: source.visibilityTimeoutSeconds,
    abortSignal,
  });
  return records.length === 0 ? { records, failed: [] } : deliverRecords(records, source);
}

/** Starts polling; the returned function stops it and waits for batches in hand to finish. */
export function startPoller(options: PollerOptions): () => Promise<void> {
  const { handler, concurrency = 2, ...queue } = options;
  const source: EventSource = {
    ...queue,
    // As Lambda's pollers: long polls of 20 s (the local queue answers as soon as a message is there; stop aborts them).
    waitSeconds: 20,
    handler: async (event, context) => (await handler())(event, context),
  };
  let running = true;
  // A controller per loop: one signal shared by many concurrent long polls trips Node's listener-leak warning.
  const aborts = Array.from({ length: concurrency }, () => new AbortController());

  async function loop(abort: AbortController): Promise<void> {
    while (running) {
      try {
        const { error } = await deliverBatch(source, abort.signal);
        if (error) console.error(`[${source.functionName}] batch failed:`, error);
      } catch (error) {
        if (!running) return;
        console.error(`[${source.functionName}] poll failed:`, (error as Error).message);
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }

  const loops = aborts.map(loop);
  return async () => {
    running = false;
    aborts.forEach((abort) => abort.abort());
    await Promise.allSettled(loops);
  };
}
