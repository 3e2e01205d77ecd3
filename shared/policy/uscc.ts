/**
 * Unified Social Credit Code (统一社会信用代码), GB 32100-2015: 18 characters from a
 * 31-character alphabet (no I, O, Z, S, V); the last is a check character computed
 * modulo 31 over the first 17 with fixed weights.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9ABCDEFGHJKLMNPQRTUWXY]{18}$/;

/** Each character's value (its index in ALPHABET) by character code, -1 for the others, as indexOf answers. */
const VALUE_BY_CODE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE_BY_CODE[ALPHABET.charCodeAt(i)] = i;

/** The check character for the first 17 characters of a code (later characters are ignored). */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  // A table lookup instead of ALPHABET.indexOf: every case's code is checked.
  for (let i = 0; i < 17; i++) sum += (VALUE_BY_CODE[first17.charCodeAt(i)] ?? -1) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

export function isValidUscc(code: string): boolean {
  return SHAPE.test(code) && usccCheckCharacter(code) === code[17];
}
