/**
 * The evaluation queue's message: `{applicationId, application?}`. The outbox relay sends it with
 * the application as stored when it became SUBMITTED (the evaluator then needs no read: its write
 * is conditional on the status, so a stale copy only costs a retry with a fresh read); the sweeper
 * and a redrive send the id alone. Kept apart from the sending code (./evaluation-queue.ts) so that the
 * evaluate function bundles no SQS client.
 */
import * as z from '../../../shared/zod.js';
import type { ApplicationRecord } from '../../../shared/domain/application.js';

const idSchema = z.string().check(z.minLength(1), z.maxLength(200));

export const evaluationMessageSchema = z.strictObject({
  applicationId: idSchema,
  /** The stored record, checked only for what identifies it: the table's item is the authority. */
  application: z.optional(z.looseObject({ applicationId: idSchema, status: z.string(), submittedAt: z.string() })),
});
export type EvaluationMessage = { applicationId: string; application?: ApplicationRecord };
