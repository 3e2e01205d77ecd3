/**
 * Sending many small JSON messages to a queue: SendMessageBatch, ten entries per call (the SQS
 * limit). Entries SQS refuses are sent again a few times; then the send throws, so the caller's
 * own work is retried (every message sent here is safe to receive twice).
 */
import { SendMessageBatchCommand, type SendMessageBatchRequestEntry } from '@aws-sdk/client-sqs';
import { sqs } from '../clients/sqs.js';

const MAX_BATCH = 10;
const MAX_ROUNDS = 4;

export class SendFailed extends Error {
  constructor(readonly codes: string[]) {
    super(`SQS refused ${codes.length} message(s): ${[...new Set(codes)].join(', ')}`);
    this.name = 'SendFailed';
  }
}

async function sendBatch(queueUrl: string, entries: SendMessageBatchRequestEntry[]): Promise<void> {
  let pending = entries;
  for (let round = 1; pending.length > 0; round++) {
    const result = await sqs.send(new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: pending }));
    const failed = result.Failed ?? [];
    if (failed.length === 0) return;
    if (round >= MAX_ROUNDS || failed.some((failure) => failure.SenderFault)) {
      throw new SendFailed(failed.map((failure) => failure.Code ?? 'unknown'));
    }
    const retry = new Set(failed.map((failure) => failure.Id));
    pending = pending.filter((entry) => retry.has(entry.Id));
  }
}

/** String message attributes, as SQS takes them (none: no attribute map at all, which SQS refuses empty). */
const withAttributes = (
  attributes: Record<string, string> = {},
): Pick<SendMessageBatchRequestEntry, 'MessageAttributes'> =>
  Object.keys(attributes).length === 0
    ? {}
    : {
        MessageAttributes: Object.fromEntries(
          Object.entries(attributes).map(([name, value]) => [name, { DataType: 'String', StringValue: value }]),
        ),
      };

/** Sends each body as one message (JSON), with the string attributes `attributesOf` gives it; batches in parallel. */
export async function sendMessages<T>(
  queueUrl: string,
  bodies: readonly T[],
  attributesOf?: (body: T) => Record<string, string>,
): Promise<void> {
  const batches: SendMessageBatchRequestEntry[][] = [];
  for (let start = 0; start < bodies.length; start += MAX_BATCH) {
    batches.push(
      bodies.slice(start, start + MAX_BATCH).map((body, i) => ({
        Id: String(i),
        MessageBody: JSON.stringify(body),
        ...withAttributes(attributesOf?.(body)),
      })),
    );
  }
  await Promise.all(batches.map((entries) => sendBatch(queueUrl, entries)));
}
