/**
 * What an uploaded object really is: its size, its SHA-256 and its first bytes, read as a stream
 * (never more than the declared size plus one chunk), and the verdict against what was declared.
 */
import { createHash } from 'node:crypto';
import { matchesSignature, SIGNATURE_LENGTH, type RejectReason } from '../../shared/domain/documents.js';
import type { DocumentRecord } from '../commons/store/update-item/documents.js';

export interface Observed {
  /** Bytes read; more than declared means the object is larger (reading stopped there). */
  size: number;
  sha256: string;
  leading: Uint8Array;
}

export async function observe(body: AsyncIterable<Uint8Array>, declaredSize: number): Promise<Observed> {
  const hash = createHash('sha256');
  const leading: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    if (size < SIGNATURE_LENGTH) leading.push(chunk.subarray(0, SIGNATURE_LENGTH - size));
    size += chunk.length;
    if (size > declaredSize) break;
    hash.update(chunk);
  }
  return { size, sha256: hash.digest('hex'), leading: Buffer.concat(leading) };
}

/** Why the object is not the declared document, or undefined when it is. */
export function verdict(
  declared: Pick<DocumentRecord, 'size' | 'sha256' | 'contentType'>,
  observed: Observed,
): RejectReason | undefined {
  if (observed.size !== declared.size) return 'SIZE_MISMATCH';
  if (observed.sha256 !== declared.sha256) return 'CHECKSUM_MISMATCH';
  if (!matchesSignature(declared.contentType, observed.leading)) return 'TYPE_MISMATCH';
  return undefined;
}
