/**
 * Opaque paging cursors: base64url JSON of a DynamoDB start key plus the listing it belongs
 * to. The listing binding carries the caller's partition (e.g. `APPLICANT#<sub>`) and the
 * filters, so a cursor replayed by another applicant, or on another listing, is refused
 * with a 400 instead of silently paging someone else's query. Every key attribute is checked
 * before it reaches DynamoDB: a malformed start key must be a 400, never a 500.
 */
import { createHash } from 'node:crypto';
import * as z from '../../shared/zod.js';
import type { Catalogue } from '../../shared/i18n/index.js';
import { invalidField } from './problems.js';

/** Cursors longer than this are refused unread. */
export const MAX_CURSOR_LENGTH = 2048;

export type StartKey = Record<string, string>;

/** What a cursor must match to be accepted: the listing and the key attributes of its index. */
export interface CursorBinding {
  /** Identifies the listing: index, partition (with the caller's id) and filters. */
  listing: string;
  /** The attributes of a start key on this index, e.g. pk, sk, gsi1pk, gsi1sk. */
  keyNames: readonly string[];
  /** The index partition attribute and the value every start key must carry in it. */
  partition: { name: string; value: string };
}

const CURSOR_VERSION = 1;

const payloadSchema = z.strictObject({
  v: z.literal(CURSOR_VERSION),
  l: z.string(),
  k: z.record(z.string(), z.string().check(z.minLength(1), z.maxLength(1024))),
});

/** A short fingerprint of the listing: enough to tell listings apart, without repeating them in every cursor. */
const fingerprint = (listing: string) => createHash('sha256').update(listing).digest('base64url').slice(0, 22);

export function encodeCursor(key: StartKey, binding: CursorBinding): string {
  const payload = { v: CURSOR_VERSION, l: fingerprint(binding.listing), k: key };
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

const invalidCursor = (message: keyof Pick<Catalogue['fields'], 'cursorNotIssued' | 'cursorOtherListing'>) =>
  invalidField('cursor', ({ fields }) => fields[message]);

/** The start key in a cursor this listing issued; anything else is a 400 naming `cursor`. */
export function decodeCursor(cursor: string, binding: CursorBinding): StartKey {
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) {
    throw invalidCursor('cursorNotIssued');
  }
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor('cursorNotIssued');
  }
  const payload = payloadSchema.safeParse(decoded);
  if (!payload.success) throw invalidCursor('cursorNotIssued');
  const { l: listing, k: key } = payload.data;
  if (listing !== fingerprint(binding.listing)) {
    throw invalidCursor('cursorOtherListing');
  }
  const names = Object.keys(key).sort();
  const expected = [...binding.keyNames].sort();
  const sameNames = names.length === expected.length && names.every((name, i) => name === expected[i]);
  if (!sameNames || key[binding.partition.name] !== binding.partition.value) {
    throw invalidCursor('cursorNotIssued');
  }
  return key;
}
