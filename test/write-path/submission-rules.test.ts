/** Application ids and the application window: the pure parts of submitting. */
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { ID_RANDOM_BYTES, idAt } from '../../shared/domain/ids.js';

import { assertWindowOpen } from '../../shared/domain/submission.js';
import { Refusal } from '../../shared/domain/refusal.js';
import { refusalProblem } from '../../functions/commons/edge/problems.js';

const newApplicationId = (at: Date) => idAt(at, randomBytes(ID_RANDOM_BYTES));

describe('application ids', () => {
  it('is a 26-character Crockford base32 ULID', () => {
    expect(newApplicationId(new Date())).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
  });

  it('sorts by creation time and differs within the same millisecond', () => {
    const earlier = newApplicationId(new Date('2021-05-01T00:00:00.000Z'));
    const later = newApplicationId(new Date('2021-05-01T00:00:00.001Z'));
    expect(earlier < later).toBe(true);
    const at = new Date();
    expect(new Set(Array.from({ length: 1000 }, () => newApplicationId(at))).size).toBe(1000);
  });

  it('encodes the millisecond timestamp in its first ten characters', () => {
    expect(newApplicationId(new Date(0)).slice(0, 10)).toBe('0000000000');
    expect(newApplicationId(new Date(1)).slice(0, 10)).toBe('0000000001');
  });

  it('are made of exactly ten random bytes', () => {
    expect(() => idAt(new Date(), randomBytes(ID_RANDOM_BYTES - 1))).toThrow(RangeError);
    expect(idAt(new Date(0), new Uint8Array(ID_RANDOM_BYTES).fill(255)).slice(10)).toBe('Z'.repeat(16));
  });
});

describe('assertWindowOpen', () => {
  it('refuses the last second before 2021-01-01 in Shanghai, naming the window', () => {
    expect(() => assertWindowOpen('2020-12-31T15:59:59.999Z')).toThrow(Refusal);
    try {
      assertWindowOpen('2020-12-31T15:59:59.999Z');
    } catch (error) {
      expect(error).toMatchObject({
        kind: 'application-window-closed',
        facts: { opensOn: '2021-01-01', today: '2020-12-31' },
      });
      // The edge words it in the request's language.
      expect(refusalProblem(error as Refusal).document(undefined, 'en').detail).toMatch(/accepted from 2021-01-01/);
    }
  });

  it('accepts from midnight in Shanghai (still 31 December in UTC)', () => {
    expect(() => assertWindowOpen('2020-12-31T16:00:00.000Z')).not.toThrow();
    expect(() => assertWindowOpen('2026-11-24T18:00:00.000Z')).not.toThrow();
  });

  it('refuses dates before the first policy version too', () => {
    expect(() => assertWindowOpen('2019-06-01T00:00:00.000Z')).toThrow(/LG-AI-2020/);
  });
});
