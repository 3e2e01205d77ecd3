/**
 * Re-queueing applications left SUBMITTED (the sweeper's first duty): each at most MAX_SWEEPS
 * times, counted on the application by a write conditional on it still being SUBMITTED and not
 * needing attention; after that it is marked as needing attention instead.
 */
import { countSweep, markNeedsAttention } from '../commons/store/update-item/attention.js';
import type { EvaluationMessage } from '../commons/messaging/evaluation-message.js';
import { requestEvaluations } from '../commons/messaging/evaluation-queue.js';
import { awaitingEvaluation } from '../commons/store/awaiting-evaluation.js';

/** Re-queues per application before it needs a person. */
export const MAX_SWEEPS = 3;
const PAGE_SIZE = 100;

export async function requeueSubmitted(
  table: string,
  cutoff: string,
  timeLeft: () => boolean,
  evaluationQueueUrl: string,
): Promise<{ requeued: number; markedForAttention: number }> {
  let requeued = 0;
  let markedForAttention = 0;
  for await (const items of awaitingEvaluation(table, { before: cutoff, pageSize: PAGE_SIZE, while: timeLeft })) {
    const exhausted = items.filter((item) => Number(item.sweeps ?? 0) >= MAX_SWEEPS);
    await Promise.all(
      exhausted.map((item) =>
        markNeedsAttention(table, String(item.applicationId), Number(item.sweeps), { name: 'NotEvaluatedAfterSweeps' }),
      ),
    );
    markedForAttention += exhausted.length;
    const retried = items
      .filter((item) => Number(item.sweeps ?? 0) < MAX_SWEEPS)
      .map((item) => String(item.applicationId));
    const counted = await Promise.all(retried.map((applicationId) => countSweep(table, applicationId)));
    const messages: EvaluationMessage[] = retried
      .filter((_, i) => counted[i])
      .map((applicationId) => ({ applicationId }));
    await requestEvaluations(messages, evaluationQueueUrl);
    requeued += messages.length;
  }
  return { requeued, markedForAttention };
}
