/** The download of a file in the report bucket (./report-files.ts): a presigned GET valid five minutes. */
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { s3 } from '../clients/s3.js';

/** How long a download URL works: long enough to start the download, short enough not to be passed around. */
export const REPORT_URL_SECONDS = 300;

/** A GET of the file `key` in `bucket`, saved as `fileName` (ASCII), valid REPORT_URL_SECONDS. */
export async function reportDownload(
  bucket: string,
  key: string,
  fileName: string,
): Promise<{ url: string; expiresAt: string }> {
  const command = new GetObjectCommand({
    Bucket: bucket,
    Key: key,
    ResponseContentDisposition: `attachment; filename="${fileName}"`,
  });
  const signedAt = new Date();
  const url = await getSignedUrl(s3, command, { expiresIn: REPORT_URL_SECONDS, signingDate: signedAt });
  return { url, expiresAt: new Date(signedAt.getTime() + REPORT_URL_SECONDS * 1000).toISOString() };
}
