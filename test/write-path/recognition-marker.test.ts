/**
 * SPEC §3: spellings of one recognition are one recognition. The marker item that makes a
 * recognition rewarded once across all applicants is keyed by the normalised reference, so
 * concurrent approvals of two spellings collide on the same key.
 */
import { describe, expect, it } from 'vitest';
import { recognitionOf } from '../../shared/domain/award.js';
import { recognitionKey } from '../../functions/commons/store/items/keys.js';

const markerOf = (recognitionReference: string) =>
  recognitionKey(recognitionOf({ programme: 'NATIONAL_PLATFORM', details: { recognitionReference } })!);

describe('the recognition marker', () => {
  it.each(['nkl 2021-001', 'ＮＫＬ２０２１－００１', ' NKL2021-001 ', 'nkl\u30002021\t-001'])(
    '"%s" has the marker of "NKL2021-001"',
    (spelling) => {
      expect(markerOf(spelling)).toEqual(markerOf('NKL2021-001'));
    },
  );

  it('keeps different recognitions apart', () => {
    expect(markerOf('NKL2021-002')).not.toEqual(markerOf('NKL2021-001'));
    expect(markerOf('NKL-2021-001')).not.toEqual(markerOf('NKL2021-001'));
  });

  it('is absent for other programmes', () => {
    expect(recognitionOf({ programme: 'OSP_RND', details: { recognitionReference: 'NKL2021-001' } })).toBeUndefined();
  });
});
