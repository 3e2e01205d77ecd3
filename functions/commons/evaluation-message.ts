/**
 * The evaluation queue's message: `{applicationId}`. The submit function and the sweeper
 * send it; the evaluate function parses it with this schema. Kept apart from the sending
 * code (./queue.ts) so that the evaluate function bundles no SQS client.
 */
import * as z from '../../shared/zod.js';

export const evaluationMessageSchema = z.strictObject({ applicationId: z.string().check(z.minLength(1), z.maxLength(200)) });
export type EvaluationMessage = z.infer<typeof evaluationMessageSchema>;
