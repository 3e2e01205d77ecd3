/** Requests evaluations: messages (./evaluation-message.ts) on the evaluation queue, ten per call. */
import { ENV } from '../../../shared/contract/resources.js';
import { env } from '../runtime/env.js';
import type { EvaluationMessage } from './evaluation-message.js';
import { sendMessages } from './send.js';

export async function requestEvaluations(messages: readonly EvaluationMessage[]): Promise<void> {
  await sendMessages(env(ENV.evaluationQueueUrl), messages);
}
