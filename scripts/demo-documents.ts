/**
 * The demo's evidence document (scripts/demo/steps/evidence.ts): a real one-page PDF made here, sent to
 * the presigned PUT the API answered with exactly the headers it named, and read back through the
 * presigned GET. Plain fetch for the two S3 calls: they go to the bucket, not to the API.
 */
import { createHash } from 'node:crypto';

/** A valid one-page PDF showing `title` (Helvetica, A4), with a correct cross-reference table. */
export function demoPdf(title: string): Buffer {
  const text = title.replace(/[()\\]/g, '\\$&');
  const stream = `BT /F1 18 Tf 72 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** PUTs the file as the upload answer says (fetch sets Content-Length from the body itself). */
export async function putToPresignedUrl(
  upload: { url: string; method: 'PUT'; headers: Record<string, string> },
  bytes: Buffer,
): Promise<number> {
  const { 'content-length': _length, ...headers } = upload.headers;
  const response = await fetch(upload.url, {
    method: upload.method,
    headers,
    body: new Uint8Array(bytes),
    signal: AbortSignal.timeout(30_000),
  });
  return response.status;
}

/** True when the presigned GET serves exactly these bytes. */
export async function downloadsSame(url: string, bytes: Buffer): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  return response.ok && Buffer.from(await response.arrayBuffer()).equals(bytes);
}
