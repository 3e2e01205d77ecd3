/** An evidence document's events: the verifier's verdict on an uploaded object. */
import * as z from '../../zod.js';
import {
  DOCUMENT_CONTENT_TYPES,
  DOCUMENT_KINDS,
  REJECT_REASONS,
  type DocumentContentType,
  type DocumentKind,
  type RejectReason,
} from '../documents.js';
import { defineEvent } from './envelope.js';

/** The document an event is about. */
export interface DocumentRef {
  documentId: string;
  applicationId: string;
  applicantId: string;
  kind: DocumentKind;
  /** The API request that declared it (its upload request): the verifier's events carry it. */
  correlationId?: string;
}

const documentIds = {
  documentId: z.string().check(z.minLength(1)),
  applicationId: z.string().check(z.minLength(1)),
  applicantId: z.string().check(z.minLength(1)),
  kind: z.enum(DOCUMENT_KINDS),
};

/** Only the ids and the correlation id: callers pass whole records, and the details are strict objects. */
const documentFields = ({ documentId, applicationId, applicantId, kind, correlationId }: DocumentRef): DocumentRef => ({
  ...(correlationId ? { correlationId } : {}),
  documentId,
  applicationId,
  applicantId,
  kind,
});

export const DocumentVerified = defineEvent('DocumentVerified', '1.1', (envelope) =>
  z.strictObject({
    ...envelope,
    ...documentIds,
    contentType: z.enum(DOCUMENT_CONTENT_TYPES),
    size: z.int().check(z.gte(1)),
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    uploadedAt: z.iso.datetime({ offset: true }),
  }),
);

/** Identified by the document (it is concluded once); `uploadedAt` is when the verifier accepted it. */
export const documentVerified = (
  document: DocumentRef & { contentType: DocumentContentType; size: number; sha256: string },
  uploadedAt: string,
) =>
  DocumentVerified.build([document.documentId, 'verified'], uploadedAt, {
    ...documentFields(document),
    contentType: document.contentType,
    size: document.size,
    sha256: document.sha256,
    uploadedAt,
  });

export const DocumentRejected = defineEvent('DocumentRejected', '1.1', (envelope) =>
  z.strictObject({
    ...envelope,
    ...documentIds,
    rejectReason: z.enum(REJECT_REASONS).check(z.describe('the object was removed')),
  }),
);

/** Identified by the document (it is concluded once). */
export const documentRejected = (document: DocumentRef, rejectReason: RejectReason, at: string) =>
  DocumentRejected.build([document.documentId, 'rejected'], at, { ...documentFields(document), rejectReason });
