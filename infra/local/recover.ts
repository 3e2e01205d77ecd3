/**
 * What a killed local system lost, recovered on start. The local SQS server keeps its queues in
 * memory, so after a crash nothing queued survives: every application still SUBMITTED (and not
 * needing attention: the DLQ's redrive owns those) is queued for evaluation again, every
 * payout run still RUNNING is resumed from what it recorded, and every export still PENDING and
 * simulation still RUNNING gets its messages again. The local S3 server delivers its
 * object-created events in this process, so a verification in flight dies with it: every stored
 * object whose document is still PENDING is verified again. On AWS queues are durable and the
 * sweeper is the safety net; locally there is no reason to wait for it. Evaluation, payment and
 * verification are idempotent, so recovering work that was not lost costs only a repeat.
 * Import after the functions' environment is set (it loads function modules).
 */
import { paginateListObjectsV2 } from '@aws-sdk/client-s3';
import { DOCUMENT_BUCKET, ENV } from '../../shared/contract/resources.js';
import { s3 } from '../../functions/commons/clients/s3.js';
import { requestEvaluations } from '../../functions/commons/messaging/evaluation-queue.js';
import { resumeRun, runningRuns } from '../../functions/commons/payouts/resume.js';
import { env } from '../../functions/commons/runtime/env.js';
import { awaitingEvaluation } from '../../functions/commons/store/awaiting-evaluation.js';
import { getDocument, parseObjectKey } from '../../functions/commons/store/update-item/documents.js';
import { resendWaitingJobs } from '../../functions/sweeper/stopped-jobs.js';
import { verifyUpload, type VerifyDeps } from '../../functions/verify-document/handler.js';

/** Stored objects whose document is still PENDING, verified as their lost object-created event would have; how many. */
export async function reverifyDocuments({ table, documentBucket }: VerifyDeps): Promise<number> {
  let reverified = 0;
  const pages = paginateListObjectsV2({ client: s3 }, { Bucket: documentBucket, Prefix: DOCUMENT_BUCKET.objectPrefix });
  for await (const page of pages) {
    for (const { Key: key } of page.Contents ?? []) {
      const ids = key === undefined ? undefined : parseObjectKey(key);
      if (!key || !ids || (await getDocument(table, ids.applicationId, ids.documentId))?.status !== 'PENDING') continue;
      await verifyUpload({ table, documentBucket }, { key, ids });
      reverified += 1;
    }
  }
  return reverified;
}

export interface RecoveredWork {
  requeued: number;
  resumedRuns: number;
  /** Exports and simulations whose messages were sent again. */
  resentJobs: number;
  reverifiedDocuments: number;
}

export async function recoverLostWork(): Promise<RecoveredWork> {
  const table = env(ENV.tableName);
  let requeued = 0;
  for await (const items of awaitingEvaluation(table)) {
    const messages = items.map((item) => ({ applicationId: String(item.applicationId) }));
    await requestEvaluations(messages, env(ENV.evaluationQueueUrl));
    requeued += messages.length;
  }
  let resumedRuns = 0;
  const payoutQueue = env(ENV.payoutQueueUrl);
  for await (const runs of runningRuns(table)) {
    for (const run of runs) {
      await resumeRun({ table, payoutQueue }, String(run.runId));
      resumedRuns += 1;
    }
  }
  const resentJobs = await resendWaitingJobs({
    table,
    exportQueue: env(ENV.exportQueueUrl),
    simulationQueue: env(ENV.simulationQueueUrl),
  });
  return {
    requeued,
    resumedRuns,
    resentJobs,
    reverifiedDocuments: await reverifyDocuments({ table, documentBucket: env(ENV.documentBucketName) }),
  };
}
