/**
 * Verifies an uploaded evidence document (SPEC §11), on the document bucket's object-created
 * event (locally: the local S3 server's, delivered to this same handler). The object's size,
 * SHA-256 and leading bytes must be what the applicant declared: then the document is VERIFIED
 * (pinned to this object version); otherwise REJECTED with its reason and the object version is
 * deleted. Each conclusion is one conditional write from PENDING carrying its event in the
 * document's outbox, so a repeated event changes and publishes nothing. Every version has its own
 * event: a version arriving for a REJECTED document is deleted too, so none survives, and so is
 * one arriving for a VERIFIED document other than the verified version. A key that
 * names no document is logged and skipped (a throw would only make S3 retry it).
 */
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey } from '@aws-sdk/client-s3';
import { Logger } from '@aws-lambda-powertools/logger';
import type { S3Event, S3EventRecord } from 'aws-lambda';
import { ENV } from '../../shared/contract/resources.js';
import type { RejectReason } from '../../shared/domain/documents.js';
import { documentRejected, documentVerified } from '../../shared/domain/events/document.js';
import { s3 } from '../commons/clients/s3.js';
import { nowIso } from '../commons/runtime/clock.js';
import { env } from '../commons/runtime/env.js';
import { observe, verdict } from './inspect.js';
import {
  concludeDocument,
  getDocument,
  parseObjectKey,
  type DocumentRecord,
} from '../commons/store/update-item/documents.js';
import { retryOnConflict } from '../commons/use-cases/retry.js';

const logger = new Logger();

interface Upload {
  key: string;
  ids: { applicationId: string; documentId: string };
  /** Absent where the bucket keeps no versions. */
  versionId?: string;
}

const version = (upload: Upload) => (upload.versionId ? { VersionId: upload.versionId } : {});

const removeObject = (bucket: string, upload: Upload) =>
  s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: upload.key, ...version(upload) }));

/** The object as stored, or undefined when it is gone already (removed after an earlier event). */
async function inspect(bucket: string, upload: Upload, declaredSize: number) {
  try {
    const { Body } = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: upload.key, ...version(upload) }));
    return await observe(Body as AsyncIterable<Uint8Array>, declaredSize);
  } catch (error) {
    if (error instanceof NoSuchKey) return undefined;
    throw error;
  }
}

/** PENDING → VERIFIED or REJECTED with its event; a TransactionConflict when another delivery concluded first. */
function conclude(
  table: string,
  document: DocumentRecord,
  upload: Upload,
  reason: RejectReason | undefined,
): Promise<void> {
  const at = nowIso();
  return reason
    ? concludeDocument(
        table,
        document,
        { status: 'REJECTED', rejectReason: reason },
        documentRejected(document, reason, at),
      )
    : concludeDocument(
        table,
        document,
        { status: 'VERIFIED', uploadedAt: at, ...(upload.versionId ? { versionId: upload.versionId } : {}) },
        documentVerified(document, at),
      );
}

/**
 * Another version of a verified document's object (a second PUT while the upload URL was still
 * valid) is deleted: it would otherwise become the current version, unverified, and the verified
 * one noncurrent, which the bucket's lifecycle rule deletes after 30 days. Without versions there
 * is only the verified object.
 */
async function keepVerifiedVersion(bucket: string, document: DocumentRecord, upload: Upload): Promise<void> {
  if (upload.versionId === undefined || upload.versionId === document.versionId)
    return logger.info('document already verified', { key: upload.key });
  await removeObject(bucket, upload);
  logger.warn('a version other than the verified one removed', { key: upload.key, versionId: upload.versionId });
}

/** One object-created record of `documentBucket`, to its conclusion in `table`; a lost race re-reads and finds the document concluded. */
export const verifyUpload = ({ table, documentBucket }: VerifyDeps, upload: Upload): Promise<void> =>
  retryOnConflict(async () => {
    const document = await getDocument(table, upload.ids.applicationId, upload.ids.documentId);
    if (!document) return logger.warn('object of no document: skipped', { key: upload.key });
    if (document.status === 'REJECTED') return void (await removeObject(documentBucket, upload));
    if (document.status === 'VERIFIED') return keepVerifiedVersion(documentBucket, document, upload);
    const observed = await inspect(documentBucket, upload, document.size);
    if (!observed) return logger.warn('object gone before it was verified: skipped', { key: upload.key });
    const reason = verdict(document, observed);
    await conclude(table, document, upload, reason);
    if (reason) await removeObject(documentBucket, upload);
    logger.info(reason ? 'document rejected' : 'document verified', { key: upload.key, ...(reason ? { reason } : {}) });
  });

/** The upload an event record names, or undefined for a bucket other than `documentBucket` or a key of no document. */
export function uploadOf(documentBucket: string, record: S3EventRecord): Upload | undefined {
  let key: string;
  try {
    // Keys in S3 events are URL-encoded, spaces as "+".
    key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
  const ids = parseObjectKey(key);
  if (record.s3.bucket.name !== documentBucket || !ids) return undefined;
  return { key, ids, ...(record.s3.object.versionId ? { versionId: record.s3.object.versionId } : {}) };
}

/** What verifying needs beside the event: the table the documents are stored in and the bucket of their files. */
export interface VerifyDeps {
  table: string;
  documentBucket: string;
}

/** The function on these dependencies (tests build it on their own table and bucket). */
export const verifyWith =
  (deps: VerifyDeps) =>
  async (event: S3Event): Promise<void> => {
    for (const record of event.Records) {
      const upload = uploadOf(deps.documentBucket, record);
      if (!upload)
        logger.warn('object-created event for no document: skipped', {
          bucket: record.s3.bucket.name,
          key: record.s3.object.key,
        });
      else await verifyUpload(deps, upload);
    }
  };

/** Composed once per container: the table and the bucket its environment names. */
export const handler = verifyWith({ table: env(ENV.tableName), documentBucket: env(ENV.documentBucketName) });
