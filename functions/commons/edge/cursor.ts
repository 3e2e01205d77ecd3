/**
 * Opaque paging cursors: base64url JSON of the last sort key a page showed plus the listing it
 * belongs to. The listing binding carries the caller's partitions (e.g. `APPLICANT#<sub>`) and
 * the filters, so a cursor replayed by another applicant, or on another listing, is refused
 * with a 400. (It could not page someone else's query anyway: the partitions always come from
 * the caller's listing, the cursor only says where to continue.) The key is checked before it
 * reaches DynamoDB: a malformed one must be a 400, never a 500.
 */
import { createHash } from 'node:crypto';
import * as z from '../../../shared/zod.js';
import type { Catalogue } from '../../../shared/i18n/index.js';
import { invalidField } from './problems.js';

/** Cursors longer than this are refused unread. */
export const MAX_CURSOR_LENGTH = 2048;

/** What a cursor must match to be accepted: the listing and the sort key attribute of its index. */
export interface CursorBinding {
  /** Identifies the listing: index, partitions (with the caller's id) and filters. */
  listing: string;
  /** The index's sort key attribute, e.g. gsi1sk. */
  sortKey: string;
}

/** 2: the last sort key of a scatter-gather page (1 held a single partition's start key). */
const CURSOR_VERSION = 2;

const payloadSchema = z.strictObject({
  v: z.literal(CURSOR_VERSION),
  l: z.string(),
  k: z.record(z.string(), z.string().check(z.minLength(1), z.maxLength(1024))),
});

/** A short fingerprint of the listing: enough to tell listings apart, without repeating them in every cursor. */
const fingerprint = (listing: string) => createHash('sha256').update(listing).digest('base64url').slice(0, 22);

export function encodeCursor(lastSortKey: string, binding: CursorBinding): string {
  const payload = { v: CURSOR_VERSION, l: fingerprint(binding.listing), k: { [binding.sortKey]: lastSortKey } };
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

const invalidCursor = (message: keyof Pick<Catalogue['fields'], 'cursorNotIssued' | 'cursorOtherListing'>) =>
  invalidField('cursor', ({ fields }) => fields[message]);

/** The sort key a cursor this listing issued continues below; anything else is a 400 naming `cursor`. */
export function decodeCursor(cursor: string, binding: CursorBinding): string {
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
  const names = Object.keys(key);
  const lastSortKey = key[binding.sortKey];
  if (names.length !== 1 || lastSortKey === undefined) throw invalidCursor('cursorNotIssued');
  return lastSortKey;
}
