/**
 * The body of POST /v1/applications/{id}/documents: what the applicant declares about the file
 * before uploading it; the presigned PUT and the verifier hold the upload to exactly this.
 * Kept apart from the route so that the JSON Schema generator can import it without AWS clients.
 */
import * as z from '../../shared/zod.js';
import { DOCUMENT_CONTENT_TYPES, DOCUMENT_KINDS, MAX_DOCUMENT_BYTES } from '../../shared/domain/documents.js';
import { fieldMessage } from '../../shared/field-messages.js';
import { SINGLE_LINE_REFUSED } from '../../shared/values.js';

/** Shown to people only (the object key never uses it): one line of free text (SPEC §7), no path separators, not blank. */
const FILE_NAME = new RegExp(`^(?=.*\\S)[^${SINGLE_LINE_REFUSED}/\\\\]{1,255}$`, 'u');

export const documentBodySchema = z.strictObject({
  kind: z.enum(DOCUMENT_KINDS),
  fileName: z.string().check(z.regex(FILE_NAME, fieldMessage('fileName'))),
  contentType: z.enum(DOCUMENT_CONTENT_TYPES),
  size: z
    .int()
    .check(
      z.gte(1, fieldMessage('documentSize')),
      z.lte(MAX_DOCUMENT_BYTES, fieldMessage('documentSize')),
      z.describe('bytes, at most 20 MiB'),
    ),
  sha256: z
    .string()
    .check(
      z.regex(/^[0-9A-Fa-f]{64}$/, fieldMessage('sha256Hex')),
      z.toLowerCase(),
      z.describe('SHA-256 of the file, 64 hex digits'),
    ),
});
export type DocumentBody = z.output<typeof documentBodySchema>;
