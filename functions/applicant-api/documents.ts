/**
 * Evidence documents of an application (SPEC §11). The owner declares a file and gets a
 * presigned PUT; the document item and the application's document count are written in one
 * transaction, conditional on the owner, an accepting status and fewer than 20 documents, so
 * concurrent requests never pass the limit and a refused one stores nothing. The owner and
 * admins list and read them; another applicant's ids answer 404.
 */
import { randomBytes } from 'node:crypto';
import type { ApplicationStatus } from '../../shared/domain/application.js';
import { DOCUMENT_UPLOAD_STATUSES, MAX_DOCUMENTS_PER_APPLICATION } from '../../shared/domain/documents.js';
import { principalOf, type Principal, type TableAndAdmins } from '../commons/edge/auth.js';
import { clock, nowIso } from '../commons/runtime/clock.js';
import { DOCUMENT_COUNT, getDocument, type DocumentRecord } from '../commons/store/update-item/documents.js';
import {
  correlationIdOf,
  json,
  parseBody,
  pathParameter,
  type HttpEvent,
  type HttpResult,
} from '../commons/edge/http.js';
import { judgedUntilStored, notFound, problem } from '../commons/edge/problems.js';
import type { DocumentResponse } from '../commons/edge/responses.js';
import { ID_RANDOM_BYTES, idAt } from '../../shared/domain/ids.js';
import { documentBodySchema, type DocumentBody } from './document-body.js';
import { downloadUrl, uploadUrl } from './document-urls.js';
import { applicationKey } from '../commons/store/items/keys.js';
import { getItem } from '../commons/store/get-item/get-item.js';
import { documentsOf, recordNewDocument } from '../commons/store/application-documents.js';

const notAccepted = (status: ApplicationStatus) =>
  problem('documents-not-accepted', { allowed: DOCUMENT_UPLOAD_STATUSES, status });
const limitReached = () => problem('document-limit-reached', { max: MAX_DOCUMENTS_PER_APPLICATION });

/** The application, if this caller may see it (its owner, or an admin where `admins`); else 404. */
async function visibleApplication(table: string, applicationId: string, principal: Principal, admins: boolean) {
  const item = await getItem(table, applicationKey(applicationId));
  if (!item || (item.applicantId !== principal.id && !(admins && principal.isAdmin))) throw notFound('application');
  return item;
}

/**
 * Reads the application, judges it, and writes the document with its count: retried while the
 * transaction loses a race, so the retry judges what won (the limit, a status change) instead
 * of guessing why it was cancelled.
 */
async function declareOnce(
  table: string,
  applicationId: string,
  principal: Principal,
  body: DocumentBody,
  correlationId: string,
): Promise<DocumentRecord> {
  const application = await visibleApplication(table, applicationId, principal, false);
  const status = application.status as ApplicationStatus;
  if (!DOCUMENT_UPLOAD_STATUSES.includes(status)) throw notAccepted(status);
  if (Number(application[DOCUMENT_COUNT] ?? 0) >= MAX_DOCUMENTS_PER_APPLICATION) throw limitReached();
  const record: DocumentRecord = {
    documentId: idAt(clock.now(), randomBytes(ID_RANDOM_BYTES)),
    applicationId,
    applicantId: principal.id,
    ...body,
    status: 'PENDING',
    createdAt: nowIso(),
    correlationId,
  };
  await recordNewDocument(table, record);
  return record;
}

/** The table the documents are recorded in, the bucket their files are in and the stage's rule for administrators. */
export interface DocumentResources extends TableAndAdmins {
  documentBucket: string;
}

/** POST /v1/applications/{id}/documents (owner only; to anyone else the application does not exist). */
export async function addDocument(
  { table, documentBucket, admins }: DocumentResources,
  event: HttpEvent,
): Promise<HttpResult> {
  const principal = principalOf(event, admins);
  const applicationId = pathParameter(event, 'id');
  const body = parseBody(event, documentBodySchema);
  const record = await judgedUntilStored(() =>
    declareOnce(table, applicationId, principal, body, correlationIdOf(event)),
  );
  const { upload, expiresAt } = await uploadUrl(documentBucket, record);
  return json(
    201,
    { documentId: record.documentId, status: record.status, upload, expiresAt },
    { location: `/v1/applications/${applicationId}/documents/${record.documentId}` },
  );
}

/** What the API shows of a document (SPEC §11); the object version and owner stay internal. */
export const documentView = (record: DocumentRecord): DocumentResponse => ({
  documentId: record.documentId,
  kind: record.kind,
  fileName: record.fileName,
  contentType: record.contentType,
  size: record.size,
  sha256: record.sha256,
  status: record.status,
  ...(record.uploadedAt ? { uploadedAt: record.uploadedAt } : {}),
  ...(record.rejectReason ? { rejectReason: record.rejectReason } : {}),
});

/** GET /v1/applications/{id}/documents (owner or admin). */
export async function listDocuments({ table, admins }: TableAndAdmins, event: HttpEvent): Promise<HttpResult> {
  const principal = principalOf(event, admins);
  const applicationId = pathParameter(event, 'id');
  await visibleApplication(table, applicationId, principal, true);
  return json(200, { items: (await documentsOf(table, applicationId)).map(documentView) });
}

/** GET /v1/applications/{id}/documents/{documentId} (owner or admin): with a download once VERIFIED. */
export async function showDocument(
  { table, documentBucket, admins }: DocumentResources,
  event: HttpEvent,
): Promise<HttpResult> {
  const principal = principalOf(event, admins);
  const applicationId = pathParameter(event, 'id');
  const documentId = pathParameter(event, 'documentId');
  const [, record] = await Promise.all([
    visibleApplication(table, applicationId, principal, true),
    getDocument(table, applicationId, documentId),
  ]);
  if (!record) throw notFound('document', documentId);
  return json(200, {
    ...documentView(record),
    ...(record.status === 'VERIFIED' ? { download: await downloadUrl(documentBucket, record) } : {}),
  });
}
