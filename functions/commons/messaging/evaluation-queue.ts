/**
 * Requests evaluations: messages (./evaluation-message.ts) on the evaluation queue, ten per call,
 * each with the application's correlation id as the `correlationId` attribute when it has one.
 */
import { ENV } from '../../../shared/contract/resources.js';
import { env } from '../runtime/env.js';
import type { EvaluationMessage } from './evaluation-message.js';
import { correlationAttributes } from './correlation.js';
import { sendMessages } from './send.js';

export async function requestEvaluations(messages: readonly EvaluationMessage[]): Promise<void> {
  await sendMessages(env(ENV.evaluationQueueUrl), messages, ({ application }) =>
    correlationAttributes(application?.correlationId),
  );
}
