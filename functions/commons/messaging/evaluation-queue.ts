/** Requests evaluations: messages (./evaluation-message.ts) on the evaluation queue, ten per call. */
import { ENV } from '../../../shared/contract/resources.js';
import { env } from '../runtime/env.js';
import type { EvaluationMessage } from './evaluation-message.js';
import { sendMessages } from './send.js';

// Read on first send, not at load: a function may import this module before it sends anything.
let queueUrl: string | undefined;

export async function requestEvaluations(messages: readonly EvaluationMessage[]): Promise<void> {
  queueUrl ??= env(ENV.evaluationQueueUrl);
  await sendMessages(queueUrl, messages);
}
