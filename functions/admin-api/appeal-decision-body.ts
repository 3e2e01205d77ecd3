/**
 * The body of POST /v1/admin/applications/{id}/appeal-decision (SPEC §11). Kept apart from the
 * route so that the JSON Schema generator can import it without AWS clients.
 */
import type * as z from '../../shared/zod.js';
import { decisionBodySchema } from './review-body.js';

export const appealDecisionBodySchema = decisionBodySchema('GRANT', 'UPHOLD', {
  amountMissing: 'grantAmount',
  amountRefused: 'upholdAmount',
});
export type AppealDecisionBody = z.output<typeof appealDecisionBodySchema>;
