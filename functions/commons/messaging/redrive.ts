/**
 * Redriving the evaluation DLQ (runbook): once the cause of repeated evaluation failures is
 * fixed, every message in the dead-letter queue is sent back to the evaluation queue and only
 * then deleted from the DLQ, ten at a time, so a crash midway loses none (a message may be sent
 * twice: evaluation is idempotent). The applications keep their needs-attention mark until
 * their evaluation succeeds. On AWS an SQS message-move task does the same from the console or
 * CLI; this works against any SQS, so the admin route and `npm run redrive` serve both.
 */
import { DeleteMessageBatchCommand, ReceiveMessageCommand, SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { ENV } from '../../../shared/contract/resources.js';
import { sqs } from '../clients/sqs.js';
import { env } from '../runtime/env.js';

/** Stop with this much time left; the caller may redrive again for the rest. */
const SAFETY_MS = 5_000;

export async function redriveEvaluations(timeLeftMs: () => number): Promise<{ moved: number }> {
  const deadLetterQueueUrl = env(ENV.evaluationDlqUrl);
  const queueUrl = env(ENV.evaluationQueueUrl);
  let moved = 0;
  while (timeLeftMs() > SAFETY_MS) {
    const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: deadLetterQueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0, VisibilityTimeout: 60 }));
    if (Messages.length === 0) break;
    const sent = await sqs.send(new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: Messages.map((message, i) => ({ Id: String(i), MessageBody: message.Body ?? '' })) }));
    // What SQS refused stays in the DLQ (visible again after the timeout) for the next redrive.
    const delivered = (sent.Successful ?? []).map((entry) => Messages[Number(entry.Id)]!);
    if (delivered.length === 0) break;
    await sqs.send(new DeleteMessageBatchCommand({ QueueUrl: deadLetterQueueUrl, Entries: delivered.map((message, i) => ({ Id: String(i), ReceiptHandle: message.ReceiptHandle! })) }));
    moved += delivered.length;
  }
  return { moved };
}
