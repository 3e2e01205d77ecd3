/**
 * How evidence documents are stored (README "Data model"): one item per document in the
 * application's own partition (`APP#<applicationId>`, sort key `DOC#<documentId>`), so the
 * documents of an application are one Query and never an index; the object in the document
 * bucket is keyed by application and document id, never by the client's file name.
 */
import { DOCUMENT_BUCKET } from '../../../../shared/contract/resources.js';
import type {
  DocumentContentType,
  DocumentKind,
  DocumentStatus,
  RejectReason,
} from '../../../../shared/domain/documents.js';
import type { DomainEvent } from '../../../../shared/domain/events/index.js';
import { TransactionConflict } from '../items/conflicts.js';
import { documentKey } from '../items/keys.js';
import { OUTBOX_ATTRIBUTE } from '../items/outbox.js';
import { getItem } from '../get-item/get-item.js';
import { stepFromStatus } from './status-step.js';

export interface DocumentRecord {
  documentId: string;
  applicationId: string;
  applicantId: string;
  kind: DocumentKind;
  fileName: string;
  contentType: DocumentContentType;
  size: number;
  /** 64 lowercase hex digits, as declared. */
  sha256: string;
  status: DocumentStatus;
  createdAt: string;
  uploadedAt?: string;
  rejectReason?: RejectReason;
  /** The verified object version (a versioned bucket); downloads are pinned to it. */
  versionId?: string;
  /** The API request that declared it (SPEC §10.2), never shown by the API. */
  correlationId?: string;
}

/** The application item's attribute counting its documents (the 20-document limit, kept atomically). */
export const DOCUMENT_COUNT = 'documentCount';

const OBJECT_KEY = new RegExp(`^${DOCUMENT_BUCKET.objectPrefix}([A-Za-z0-9_-]{1,64})/documents/([A-Za-z0-9_-]{1,64})$`);

export const objectKey = (applicationId: string, documentId: string) =>
  `${DOCUMENT_BUCKET.objectPrefix}${applicationId}/documents/${documentId}`;

/** The ids an object key names, or undefined for a key no document upload produces. */
export function parseObjectKey(key: string): { applicationId: string; documentId: string } | undefined {
  const found = OBJECT_KEY.exec(key);
  return found ? { applicationId: found[1]!, documentId: found[2]! } : undefined;
}

/** The full item of a new document, PENDING until its object arrives and is verified. */
export const documentItem = (record: DocumentRecord, events: readonly DomainEvent[] = []) => ({
  ...documentKey(record.applicationId, record.documentId),
  entity: 'DOCUMENT',
  ...record,
  [OUTBOX_ATTRIBUTE]: events,
});

const RECORD_FIELDS = [
  'documentId',
  'applicationId',
  'applicantId',
  'kind',
  'fileName',
  'contentType',
  'size',
  'sha256',
  'status',
  'createdAt',
  'uploadedAt',
  'rejectReason',
  'versionId',
  'correlationId',
] as const;

export const documentFromItem = (item: Record<string, unknown>): DocumentRecord =>
  Object.fromEntries(
    RECORD_FIELDS.filter((field) => item[field] !== undefined).map((field) => [field, item[field]]),
  ) as unknown as DocumentRecord;

/** One document as stored now, or undefined. */
export async function getDocument(
  table: string,
  applicationId: string,
  documentId: string,
): Promise<DocumentRecord | undefined> {
  const item = await getItem(table, documentKey(applicationId, documentId));
  return item ? documentFromItem(item) : undefined;
}

/**
 * Concludes a PENDING document: sets these fields with the conclusion's event in its outbox. A
 * TransactionConflict when it is no longer PENDING (another delivery concluded first).
 */
export async function concludeDocument(
  table: string,
  document: DocumentRecord,
  fields: Partial<DocumentRecord>,
  event: DomainEvent,
): Promise<void> {
  const key = documentKey(document.applicationId, document.documentId);
  const concluded = await stepFromStatus(table, key, 'PENDING', { ...fields, [OUTBOX_ATTRIBUTE]: [event] });
  if (!concluded) throw new TransactionConflict(new Set(['document']));
}
