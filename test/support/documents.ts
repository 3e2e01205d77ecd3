/** Files and uploads for the evidence-document tests: small real PDF, PNG and JPEG bytes, and the declared body. */
import { sha256Hex } from '../../scripts/demo-documents.js';

/** The upload as the demo does it (scripts/demo-documents.ts). */
export { putToPresignedUrl } from '../../scripts/demo-documents.js';

/** A minimal one-page PDF. */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);
/** A 1×1 PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
/** The start of a JPEG (SOI, APP0). */
export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);

export const sha256Of = sha256Hex;

/** The body of POST /v1/applications/{id}/documents declaring these bytes. */
export const declare = (bytes: Uint8Array, overrides: Record<string, unknown> = {}) => ({
  kind: 'ACTIVITY_PLAN',
  fileName: 'activity plan 2021.pdf',
  contentType: 'application/pdf',
  size: bytes.length,
  sha256: sha256Of(bytes),
  ...overrides,
});

export interface UploadAnswer {
  documentId: string;
  upload: { url: string; method: 'PUT'; headers: Record<string, string> };
}
