/**
 * Presigned URLs of the document bucket. The PUT signs Content-Type, Content-Length and
 * x-amz-checksum-sha256 as headers (not query parameters), so S3 refuses an upload of another
 * type, length or content; the GET is pinned to the verified object version. URLs are signed with
 * the real time, not the seam tests move (functions/commons/runtime/clock.ts): their expiry is S3's.
 */
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { checksumHeader, DOWNLOAD_URL_SECONDS, UPLOAD_URL_SECONDS } from '../../shared/domain/documents.js';
import { s3 } from '../commons/clients/s3.js';
import { objectKey, type DocumentRecord } from '../commons/store/update-item/documents.js';

const CHECKSUM_HEADER = 'x-amz-checksum-sha256';

const expiry = (signedAt: Date, seconds: number) => new Date(signedAt.getTime() + seconds * 1000).toISOString();

/** The PUT the applicant sends the file to `bucket` with: these headers exactly, the file as the body. */
export async function uploadUrl(bucket: string, record: DocumentRecord) {
  const headers = {
    'content-type': record.contentType,
    'content-length': String(record.size),
    [CHECKSUM_HEADER]: checksumHeader(record.sha256),
  };
  const command = new PutObjectCommand({
    Bucket: bucket,
    Key: objectKey(record.applicationId, record.documentId),
    ContentType: record.contentType,
    ContentLength: record.size,
    ChecksumSHA256: headers[CHECKSUM_HEADER],
  });
  const signedAt = new Date();
  const url = await getSignedUrl(s3, command, {
    expiresIn: UPLOAD_URL_SECONDS,
    signingDate: signedAt,
    signableHeaders: new Set(Object.keys(headers)),
    unhoistableHeaders: new Set([CHECKSUM_HEADER]),
  });
  return { upload: { url, method: 'PUT' as const, headers }, expiresAt: expiry(signedAt, UPLOAD_URL_SECONDS) };
}

/** `attachment` with the applicant's file name: ASCII fallback plus the UTF-8 form (RFC 6266). */
const disposition = (fileName: string) =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;

/** A GET of the verified object in `bucket`, valid 5 minutes. */
export async function downloadUrl(bucket: string, record: DocumentRecord) {
  const command = new GetObjectCommand({
    Bucket: bucket,
    Key: objectKey(record.applicationId, record.documentId),
    ...(record.versionId ? { VersionId: record.versionId } : {}),
    ResponseContentType: record.contentType,
    ResponseContentDisposition: disposition(record.fileName),
  });
  const signedAt = new Date();
  const url = await getSignedUrl(s3, command, { expiresIn: DOWNLOAD_URL_SECONDS, signingDate: signedAt });
  return { url, expiresAt: expiry(signedAt, DOWNLOAD_URL_SECONDS) };
}
