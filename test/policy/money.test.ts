/** Money in integer fen (bigint): strict parsing, formatting, percentages rounded down. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatYuan, parseYuan, percentOf, yuan } from '../../shared/policy/index.js';
import { MoneyFormatError } from '../../shared/policy/money.js';

const MAX_FEN = 99_999_999_999_999_999n; // "999999999999999.99", the largest amount the API accepts

describe('parseYuan', () => {
  it.each([
    ['0', 0n],
    ['0.00', 0n],
    ['0.01', 1n],
    ['0.1', 10n],
    ['0.5', 50n],
    ['1', 100n],
    ['12500000.00', 1_250_000_000n],
    ['12500000.5', 1_250_000_050n],
    ['30000000.00', 3_000_000_000n],
  ])('reads "%s" as %s fen', (input, fen) => {
    expect(parseYuan(input)).toBe(fen);
  });

  it('reads the largest amount "999999999999999.99" exactly, beyond Number.MAX_SAFE_INTEGER', () => {
    expect(parseYuan('999999999999999.99')).toBe(MAX_FEN);
    expect(MAX_FEN > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
  });

  it.each([
    100,
    1.5,
    '-1.00',
    '+1.00',
    '1e5',
    '1.001',
    '01.00',
    '1.',
    '.5',
    ' 1.00',
    '1,000.00',
    '',
    null,
    undefined,
    10n,
  ])('refuses %s with a MoneyFormatError', (input) => {
    expect(() => parseYuan(input)).toThrow(MoneyFormatError);
  });
});

describe('formatYuan', () => {
  it.each([
    [0n, '0.00'],
    [1n, '0.01'],
    [10n, '0.10'],
    [50n, '0.50'],
    [100n, '1.00'],
    [1_250_000_050n, '12500000.50'],
    [3_000_000_000n, '30000000.00'],
    [MAX_FEN, '999999999999999.99'],
    [-1n, '-0.01'],
    [-150n, '-1.50'],
  ])('writes %s fen as "%s" with exactly two decimals', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });

  it('round-trips every amount: parseYuan(formatYuan(fen)) = fen', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: MAX_FEN }), (fen) => {
        expect(parseYuan(formatYuan(fen))).toBe(fen);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips every canonical string: formatYuan(parseYuan(text)) = text', () => {
    const canonical = fc
      .tuple(fc.bigInt({ min: 0n, max: 999_999_999_999_999n }), fc.integer({ min: 0, max: 99 }))
      .map(([whole, cents]) => `${whole}.${String(cents).padStart(2, '0')}`);
    fc.assert(
      fc.property(canonical, (text) => {
        expect(formatYuan(parseYuan(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('yuan', () => {
  it('turns whole yuan into fen', () => {
    expect(yuan(30_000_000)).toBe(3_000_000_000n);
    expect(yuan(0)).toBe(0n);
    expect(yuan(1_000_000_000_000n)).toBe(100_000_000_000_000n);
  });
});

describe('percentOf rounds down to the fen', () => {
  it.each([
    // [amount in fen, basis points, expected fen, worked out by hand]
    [100_000_001n, 5000, 50_000_000n, '50% of 1,000,000.01 = 500,000.005 → 500,000.00'],
    [9n, 1000, 0n, '10% of 0.09 = 0.009 → 0.00'],
    [1n, 5000, 0n, '50% of 0.01 = 0.005 → 0.00'],
    [3n, 5000, 1n, '50% of 0.03 = 0.015 → 0.01'],
    [19n, 1000, 1n, '10% of 0.19 = 0.019 → 0.01'],
    [12_345n, 1000, 1_234n, '10% of 123.45 = 12.345 → 12.34'],
    [0n, 5000, 0n, '50% of 0.00 = 0.00'],
    [MAX_FEN, 5000, 49_999_999_999_999_999n, '50% of 999,999,999,999,999.99 → 499,999,999,999,999.99'],
    [MAX_FEN, 1000, 9_999_999_999_999_999n, '10% of 999,999,999,999,999.99 → 99,999,999,999,999.99'],
    [100n, 10_000, 100n, '100% of 1.00 = 1.00'],
  ])('percentOf(%s, %s) = %s (%s)', (amount, rate, expected) => {
    expect(percentOf(amount, rate)).toBe(expected);
  });

  it('never rounds up: result × 10,000 ≤ amount × rate < (result + 1) × 10,000', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: MAX_FEN }), fc.integer({ min: 0, max: 10_000 }), (amount, rate) => {
        const result = percentOf(amount, rate);
        const exact = amount * BigInt(rate);
        expect(result * 10_000n <= exact).toBe(true);
        expect(exact < (result + 1n) * 10_000n).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a negative amount', () => {
    expect(() => percentOf(-1n, 5000)).toThrow(RangeError);
  });
});
