/**
 * SPEC §3 "Where the seed is silent": a once-only guard must not be side-stepped by spelling.
 * "nkl 2021-001", "ＮＫＬ２０２１－００１" and "NKL2021-001" name the same recognition.
 */
export const normalisedRecognitionReference = (reference: string): string =>
  reference.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();
