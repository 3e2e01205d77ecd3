/**
 * The body of POST /v1/admin/applications/{id}/review. Kept apart from the route so that the
 * JSON Schema generator can import it without AWS clients.
 */
import * as z from '../../shared/zod.js';
import { fieldMessage } from '../../shared/i18n/index.js';
import { moneySchema } from '../../shared/policy/index.js';

export const reviewBodySchema = z
  .strictObject({
    decision: z.enum(['APPROVE', 'REJECT']),
    amount: z.optional(moneySchema).check(z.describe('yuan; required to approve, refused with a rejection')),
    note: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
  })
  .check(
    z.superRefine((body, ctx) => {
      if (body.decision === 'APPROVE' && body.amount === undefined) {
        ctx.addIssue({ code: 'custom', path: ['amount'], message: fieldMessage('approvalAmount') });
      }
      if (body.decision === 'REJECT' && body.amount !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['amount'], message: fieldMessage('rejectionAmount') });
      }
    }),
  );
export type ReviewBody = z.output<typeof reviewBodySchema>;
