import { describe, expect, it } from 'vitest';
import {
  decodeCursor,
  encodeCursor,
  MAX_CURSOR_LENGTH,
  type CursorBinding,
} from '../../functions/commons/edge/cursor.js';
import { Problem, type ProblemDocument } from '../../functions/commons/edge/problems.js';

const bindingFor = (sub: string, filters = ''): CursorBinding => ({
  listing: JSON.stringify(['GSI1', [`APPLICANT#${sub}`], filters]),
  sortKey: 'gsi1sk',
});

const aliceLast = '2021-05-01T02:00:00.000Z#1';

/** The 400 problem a bad cursor raises, naming the `cursor` parameter (in English). */
function refusal(run: () => unknown): ProblemDocument {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(Problem);
    const problem = (error as Problem).document(undefined, 'en');
    expect(problem.status).toBe(400);
    expect(problem.errors?.map((issue) => issue.path)).toEqual(['cursor']);
    return problem;
  }
  throw new Error('the cursor was accepted');
}

const reencode = (payload: unknown) => Buffer.from(JSON.stringify(payload)).toString('base64url');
const payloadOf = (cursor: string) =>
  JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;

describe('paging cursors', () => {
  it('round-trips the last sort key for the listing that issued it', () => {
    const cursor = encodeCursor(aliceLast, bindingFor('alice'));
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, bindingFor('alice'))).toBe(aliceLast);
  });

  it("refuses another applicant's cursor", () => {
    const cursor = encodeCursor(aliceLast, bindingFor('alice'));
    expect(refusal(() => decodeCursor(cursor, bindingFor('mallory'))).detail).toMatch(/another listing/);
  });

  it('refuses a cursor from the same applicant with other filters', () => {
    const cursor = encodeCursor(aliceLast, bindingFor('alice', 'status=SUBMITTED'));
    refusal(() => decodeCursor(cursor, bindingFor('alice')));
  });

  it('refuses a forged cursor that names a partition', () => {
    const forged = payloadOf(encodeCursor(aliceLast, bindingFor('mallory')));
    // Mallory keeps her own listing fingerprint but adds Alice's partition key to the position.
    forged.k = { gsi1pk: 'APPLICANT#alice', gsi1sk: aliceLast };
    refusal(() => decodeCursor(reencode(forged), bindingFor('mallory')));
  });

  it('refuses keys with missing, extra or empty attributes', () => {
    const binding = bindingFor('alice');
    const withKey = (k: unknown) => reencode({ ...payloadOf(encodeCursor(aliceLast, binding)), k });
    refusal(() => decodeCursor(withKey({}), binding));
    refusal(() => decodeCursor(withKey({ gsi2sk: aliceLast }), binding));
    refusal(() => decodeCursor(withKey({ gsi1sk: aliceLast, status: 'SUBMITTED' }), binding));
    refusal(() => decodeCursor(withKey({ gsi1sk: '' }), binding));
    refusal(() => decodeCursor(withKey({ gsi1sk: 42 }), binding));
  });

  it.each([
    ['not base64url', 'abc+/='],
    ['not JSON', Buffer.from('not json').toString('base64url')],
    ['JSON of another shape', reencode({ hello: 'world' })],
    ['an unknown version', reencode({ v: 1, l: 'x', k: {} })],
    ['too long', 'A'.repeat(MAX_CURSOR_LENGTH + 1)],
  ])('refuses a cursor that is %s', (_, cursor) => {
    refusal(() => decodeCursor(cursor, bindingFor('alice')));
  });
});
