/**
 * The body of POST /v1/admin/applications/{id}/review (and the shape of the appeal decision's). Kept apart from the route so that the
 * JSON Schema generator can import it without AWS clients.
 */
import * as z from '../../shared/zod.js';
import { moneySchema } from '../../shared/policy/index.js';
import { fieldMessage, type FieldMessage } from '../../shared/field-messages.js';
import { freeText } from '../../shared/values.js';

/**
 * A human decision's body: one of two decisions, an amount (yuan) exactly with the one that
 * awards, and a note. Shared by the review and the appeal decision.
 */
export function decisionBodySchema<A extends string, R extends string>(
  awards: A,
  refuses: R,
  messages: { amountMissing: FieldMessage; amountRefused: FieldMessage },
) {
  return z
    .strictObject({
      decision: z.enum([awards, refuses]),
      amount: z.optional(moneySchema).check(z.describe(`yuan; required with ${awards}, refused with ${refuses}`)),
      note: freeText({ max: 2000, multiline: true }),
    })
    .check(
      z.superRefine((body, ctx) => {
        if (body.decision === awards && body.amount === undefined) {
          ctx.addIssue({ code: 'custom', path: ['amount'], message: fieldMessage(messages.amountMissing) });
        }
        if (body.decision === refuses && body.amount !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['amount'], message: fieldMessage(messages.amountRefused) });
        }
      }),
    );
}

export const reviewBodySchema = decisionBodySchema('APPROVE', 'REJECT', {
  amountMissing: 'approvalAmount',
  amountRefused: 'rejectionAmount',
});
export type ReviewBody = z.output<typeof reviewBodySchema>;
