/**
 * What a killed local system lost, recovered on start. The local SQS server keeps its queues in
 * memory, so after a crash nothing queued survives: every application still SUBMITTED (and not
 * needing attention: the DLQ's redrive owns those) is queued for evaluation again, and every
 * payout run still RUNNING is resumed from what it recorded. On AWS queues are durable and the
 * sweeper is the safety net; locally there is no reason to wait for it. Evaluation and payment
 * are idempotent, so recovering work that was not lost costs only a repeat.
 * Import after the functions' environment is set (it loads function modules).
 */
import { requestEvaluations } from '../../functions/commons/messaging/evaluation-queue.js';
import { resumeRun, runningRuns } from '../../functions/commons/payouts/resume.js';
import { awaitingEvaluation } from '../../functions/commons/store/awaiting-evaluation.js';

export async function recoverLostWork(): Promise<{ requeued: number; resumedRuns: number }> {
  let requeued = 0;
  for await (const items of awaitingEvaluation()) {
    const messages = items.map((item) => ({ applicationId: String(item.applicationId) }));
    await requestEvaluations(messages);
    requeued += messages.length;
  }
  let resumedRuns = 0;
  for await (const runs of runningRuns()) {
    for (const run of runs) {
      await resumeRun(String(run.runId));
      resumedRuns += 1;
    }
  }
  return { requeued, resumedRuns };
}
