/**
 * POST /v1/admin/evaluation-redrive: after the cause of repeated evaluation failures is fixed,
 * sends the evaluation DLQ's messages back to the evaluation queue (200 `{moved}`; call again
 * while `moved` > 0 if the DLQ held more than one invocation could move). README runbook.
 */
import type { Context } from 'aws-lambda';
import { json, type HttpEvent, type HttpResult } from '../commons/edge/http.js';
import { redriveEvaluations, type EvaluationQueues } from '../commons/messaging/redrive.js';

export async function redriveEvaluationDlq(
  queues: EvaluationQueues,
  _event: HttpEvent,
  context: Context,
): Promise<HttpResult> {
  return json(200, await redriveEvaluations(queues, () => context.getRemainingTimeInMillis()));
}
