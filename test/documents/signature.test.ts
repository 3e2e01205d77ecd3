/** The verifier's judgement of an uploaded object: leading-byte signatures, size and SHA-256 against the declaration. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  checksumHeader,
  DOCUMENT_CONTENT_TYPES,
  matchesSignature,
  SIGNATURE_LENGTH,
  type DocumentContentType,
} from '../../shared/domain/documents.js';
import { observe, verdict } from '../../functions/verify-document/inspect.js';
import { JPEG, PDF, PNG, sha256Of } from '../support/documents.js';

const SAMPLES: Record<DocumentContentType, Buffer> = { 'application/pdf': PDF, 'image/png': PNG, 'image/jpeg': JPEG };

describe('leading-byte signatures', () => {
  it.each(DOCUMENT_CONTENT_TYPES)('%s: its own signature matches, the others do not', (type) => {
    for (const [other, bytes] of Object.entries(SAMPLES))
      expect(matchesSignature(type, bytes.subarray(0, SIGNATURE_LENGTH)), other).toBe(other === type);
  });

  it('refuses near misses: a truncated or altered signature, text that merely mentions PDF, an empty file', () => {
    expect(matchesSignature('application/pdf', Buffer.from('%PDF'))).toBe(false);
    expect(matchesSignature('application/pdf', Buffer.from(' %PDF-1.7'))).toBe(false);
    expect(matchesSignature('application/pdf', Buffer.from('%pdf-1.7'))).toBe(false);
    expect(matchesSignature('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x00]))).toBe(false);
    expect(matchesSignature('image/png', PNG.subarray(0, 7))).toBe(false);
    expect(matchesSignature('image/jpeg', Buffer.from([0xff, 0xd8, 0xfe]))).toBe(false);
    for (const type of DOCUMENT_CONTENT_TYPES) expect(matchesSignature(type, new Uint8Array())).toBe(false);
  });

  it('the checksum header is the base64 of the digest the hex names', () => {
    expect(checksumHeader('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')).toBe(
      '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
    );
  });
});

/** A stream of the bytes in chunks of `size` (signatures and hashes must survive any chunking). */
const chunked = (bytes: Buffer, size: number) =>
  Readable.from(
    Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size)),
  );

describe('verdict', () => {
  const declared = { size: PDF.length, sha256: sha256Of(PDF), contentType: 'application/pdf' as const };

  it.each([1, 3, 7, 64, 4096])('the declared PDF read in chunks of %i bytes: no objection', async (size) => {
    expect(verdict(declared, await observe(chunked(PDF, size), PDF.length))).toBeUndefined();
  });

  it('another length, another digest, another type: each named, size first', async () => {
    const longer = Buffer.concat([PDF, Buffer.from('x')]);
    expect(verdict(declared, await observe(chunked(longer, 5), PDF.length))).toBe('SIZE_MISMATCH');
    expect(verdict(declared, await observe(chunked(PDF.subarray(1), 5), PDF.length))).toBe('SIZE_MISMATCH');
    const altered = Buffer.from(PDF);
    altered[20] = altered[20]! ^ 1;
    expect(verdict(declared, await observe(chunked(altered, 5), PDF.length))).toBe('CHECKSUM_MISMATCH');
    expect(
      verdict(
        { size: PNG.length, sha256: sha256Of(PNG), contentType: 'application/pdf' },
        await observe(chunked(PNG, 2), PNG.length),
      ),
    ).toBe('TYPE_MISMATCH');
  });

  it('stops reading once an object is longer than declared', async () => {
    let served = 0;
    async function* endless() {
      for (;;) {
        served++;
        yield Buffer.alloc(1024, 0x25);
      }
    }
    const observed = await observe(endless(), 4096);
    expect(observed.size).toBe(5 * 1024);
    expect(served).toBe(5);
  });
});
