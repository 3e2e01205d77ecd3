/**
 * The S3 client, created once per container (see ./dynamodb.ts). With an endpoint override
 * (AWS_ENDPOINT_URL_S3, the local S3 server) buckets are addressed by path, as a local server
 * on 127.0.0.1 cannot answer virtual-hosted names; on AWS the default (virtual-hosted) applies.
 * Checksums only when an operation requires one: the presigned PUT carries the applicant's own
 * SHA-256, and the SDK must not add a checksum header of its own to what the client has to send.
 * Not traced (unlike the other clients): a trace header must not become part of a presigned URL's
 * signed headers, which the applicant's browser would then have to send.
 */
import { S3Client } from '@aws-sdk/client-s3';

export const s3 = new S3Client({
  forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL_S3),
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED',
});
