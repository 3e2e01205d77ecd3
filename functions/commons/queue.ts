/** Requests the evaluation of an application: one message (./evaluation-message.ts) on the evaluation queue. */
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { ENV } from '../../infra/resources.js';
import { sqs } from './clients/sqs.js';
import { env } from './env.js';
import type { EvaluationMessage } from './evaluation-message.js';

// Read on first send, not at load: a function may import this module before it sends anything.
let queueUrl: string | undefined;

export async function requestEvaluation(applicationId: string): Promise<void> {
  queueUrl ??= env(ENV.evaluationQueueUrl);
  const message: EvaluationMessage = { applicationId };
  await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(message) }));
}
