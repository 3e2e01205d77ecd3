/**
 * Requests evaluations: messages (./evaluation-message.ts) on the evaluation queue (its URL given
 * by the caller's handler), ten per call, each with the application's correlation id as the
 * `correlationId` attribute when it has one.
 */
import type { EvaluationMessage } from './evaluation-message.js';
import { correlationAttributes } from './correlation.js';
import { sendMessages } from './send.js';

export async function requestEvaluations(messages: readonly EvaluationMessage[], queueUrl: string): Promise<void> {
  await sendMessages(queueUrl, messages, ({ application }) => correlationAttributes(application?.correlationId));
}
