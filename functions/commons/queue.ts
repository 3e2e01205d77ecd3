/**
 * The evaluation queue's message: `{applicationId}`. The submit function and the sweeper
 * send it; the evaluate function parses it with the same schema.
 */
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import * as z from 'zod';
import { ENV } from '../../infra/resources.js';
import { env, sqs } from './clients.js';

export const evaluationMessageSchema = z.strictObject({ applicationId: z.string().min(1).max(200) });
export type EvaluationMessage = z.infer<typeof evaluationMessageSchema>;

// Read on first send, not at load: the evaluate function imports the schema without holding the queue URL.
let queueUrl: string | undefined;

export async function requestEvaluation(applicationId: string): Promise<void> {
  queueUrl ??= env(ENV.evaluationQueueUrl);
  const message: EvaluationMessage = { applicationId };
  await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(message) }));
}
