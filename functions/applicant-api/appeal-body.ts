/**
 * The body of POST /v1/applications/{id}/appeal (SPEC §11). Kept apart from the route so that
 * the JSON Schema generator can import it without AWS clients.
 */
import * as z from '../../shared/zod.js';
import { MAX_DOCUMENTS_PER_APPLICATION } from '../../shared/domain/documents.js';
import { fieldMessage } from '../../shared/field-messages.js';
import { freeText } from '../../shared/values.js';

/** Document ids as the documents route issues them (and as its path parameter accepts them). */
const documentId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, fieldMessage('idSegment')));

export const appealBodySchema = z.strictObject({
  grounds: freeText({ max: 4000, multiline: true }).check(z.describe('why the decision or review should change')),
  documentIds: z.optional(
    z.array(documentId).check(
      z.maxLength(MAX_DOCUMENTS_PER_APPLICATION),
      z.describe('evidence documents of this application (POST /v1/applications/{id}/documents)'),
      z.superRefine((ids, ctx) => {
        ids.forEach((id, index) => {
          if (ids.indexOf(id) !== index)
            ctx.addIssue({ code: 'custom', path: [index], message: fieldMessage('documentIdsUnique') });
        });
      }),
    ),
  ),
});
export type AppealBody = z.output<typeof appealBodySchema>;
