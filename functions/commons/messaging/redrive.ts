/**
 * Moving a failure queue's messages on once the cause of the failures is fixed: ten at a time,
 * each batch handed on first and only then deleted, so a crash midway loses none (a message may
 * be handed on twice: what receives it dedupes). Two uses: the evaluation DLQ back to the
 * evaluation queue (evaluation is idempotent; the applications keep their needs-attention mark
 * until their evaluation succeeds), and the relay's failure store back to the relay
 * (./republish.ts). On AWS an SQS message-move task does the first from the console or CLI; this
 * works against any SQS, so the admin routes and `npm run redrive|republish` serve both.
 */
import {
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  type Message,
} from '@aws-sdk/client-sqs';
import { sqs } from '../clients/sqs.js';

/** Stop with this much time left; the caller may call again for the rest. */
const SAFETY_MS = 5_000;

/** Receives `queueUrl`'s messages and deletes those `handOn` answers as handed on; stops when the queue is empty, nothing was handed on, or time runs short. */
export async function moveMessages(
  queueUrl: string,
  timeLeftMs: () => number,
  handOn: (messages: Message[]) => Promise<Message[]>,
): Promise<{ moved: number }> {
  let moved = 0;
  while (timeLeftMs() > SAFETY_MS) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 0,
        VisibilityTimeout: 60,
        MessageAttributeNames: ['All'],
      }),
    );
    if (Messages.length === 0) break;
    // What was not handed on stays in the queue (visible again after the timeout) for the next call.
    const delivered = await handOn(Messages);
    if (delivered.length === 0) break;
    await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: delivered.map((message, i) => ({ Id: String(i), ReceiptHandle: message.ReceiptHandle! })),
      }),
    );
    moved += delivered.length;
  }
  return { moved };
}

/** A received message's string attributes, as a send takes them (a redriven message keeps its correlation id). */
const stringAttributes = (message: Message) =>
  Object.fromEntries(
    Object.entries(message.MessageAttributes ?? {}).flatMap(([name, value]) =>
      value.StringValue === undefined ? [] : [[name, { DataType: 'String', StringValue: value.StringValue }]],
    ),
  );

/** The evaluation queue and its dead-letter queue. */
export interface EvaluationQueues {
  evaluationQueue: string;
  evaluationDlq: string;
}

export async function redriveEvaluations(
  { evaluationQueue, evaluationDlq }: EvaluationQueues,
  timeLeftMs: () => number,
): Promise<{ moved: number }> {
  return moveMessages(evaluationDlq, timeLeftMs, async (messages) => {
    const sent = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: evaluationQueue,
        Entries: messages.map((message, i) => ({
          Id: String(i),
          MessageBody: message.Body ?? '',
          MessageAttributes: stringAttributes(message),
        })),
      }),
    );
    return (sent.Successful ?? []).map((entry) => messages[Number(entry.Id)]!);
  });
}
