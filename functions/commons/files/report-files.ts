/**
 * Files for the administration to download (SPEC §12: finance exports, simulation results), in the
 * private report bucket (shared/contract/resources.ts REPORT_BUCKET): written as their text comes,
 * in parts of 5 MiB (S3's smallest part but the last), so a file of any size costs one part of
 * memory; fetched only through a presigned GET valid a few minutes (./report-downloads.ts, a
 * module of its own: a function's grants follow the commands its modules send).
 */
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  PutObjectCommand,
  UploadPartCommand,
  type CompletedPart,
} from '@aws-sdk/client-s3';
import { REPORT_BUCKET } from '../../../shared/contract/resources.js';
import { s3 } from '../clients/s3.js';

export const PART_BYTES = 5 * 1024 * 1024;

/** The table whose records name their files, and the report bucket the files are in. */
export interface ReportResources {
  table: string;
  reportBucket: string;
}

/** `reports/<kind>/<id>.csv`: never a name a user chose. */
export const reportKey = (kind: string, id: string) => `${REPORT_BUCKET.objectPrefix}${kind}/${id}.csv`;

/**
 * Writes the chunks to `key` in `bucket` as they come: a file under one part in one PUT, a larger one as a
 * multipart upload (aborted if anything fails, so no part is left behind). Returns its size in bytes.
 */
export async function writeReport(
  bucket: string,
  key: string,
  chunks: AsyncIterable<string>,
  contentType: string,
): Promise<number> {
  const target = { Bucket: bucket, Key: key };
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let bytes = 0;
  let uploadId: string | undefined;
  const parts: CompletedPart[] = [];
  const uploadPart = async () => {
    uploadId ??= (await s3.send(new CreateMultipartUploadCommand({ ...target, ContentType: contentType }))).UploadId!;
    const PartNumber = parts.length + 1;
    const body = Buffer.concat(pending);
    [pending, pendingBytes] = [[], 0];
    const { ETag } = await s3.send(new UploadPartCommand({ ...target, UploadId: uploadId, PartNumber, Body: body }));
    parts.push({ ETag, PartNumber });
  };
  try {
    for await (const chunk of chunks) {
      const encoded = Buffer.from(chunk, 'utf8');
      pending.push(encoded);
      pendingBytes += encoded.length;
      bytes += encoded.length;
      if (pendingBytes >= PART_BYTES) await uploadPart();
    }
    if (uploadId === undefined) {
      await s3.send(new PutObjectCommand({ ...target, Body: Buffer.concat(pending), ContentType: contentType }));
      return bytes;
    }
    if (pendingBytes > 0) await uploadPart();
    await s3.send(
      new CompleteMultipartUploadCommand({ ...target, UploadId: uploadId, MultipartUpload: { Parts: parts } }),
    );
    return bytes;
  } catch (error) {
    if (uploadId !== undefined)
      await s3.send(new AbortMultipartUploadCommand({ ...target, UploadId: uploadId })).catch(() => undefined);
    throw error;
  }
}
