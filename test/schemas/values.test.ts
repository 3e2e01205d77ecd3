/**
 * The domain's free-text and calendar-date value types (SPEC §7), code point by code point: what
 * free text refuses is exactly the C0 and C1 controls (a multi-line field keeps `\n` and `\r\n`),
 * unpaired surrogates and the bidirectional embeddings, overrides and isolates; everything else
 * people write (Chinese, accents, emoji, right-to-left letters) passes.
 */
import { describe, expect, it } from 'vitest';
import { calendarDate, freeText } from '../../shared/values.js';
import type * as z from '../../shared/zod.js';

const singleLine = freeText({ max: 100 });
const multiLine = freeText({ max: 100, multiline: true });
const messages = (schema: z.ZodMiniType, text: string) =>
  schema.safeParse(text).error?.issues.map((issue) => issue.message) ?? [];

const BIDI_CONTROLS = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
const isControl = (code: number) => code <= 0x1f || (code >= 0x7f && code <= 0x9f);
const codePoints = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('free text', () => {
  it('refuses every C0 and C1 control and every bidi control inside a single-line text, and nothing else of U+0000–U+00FF and U+2000–U+206F', () => {
    for (const code of [...codePoints(0, 0xff), ...codePoints(0x2000, 0x206f)]) {
      const refused = isControl(code) || BIDI_CONTROLS.includes(code);
      expect(
        messages(singleLine, `a${String.fromCodePoint(code)}b`),
        `U+${code.toString(16).padStart(4, '0')}`,
      ).toEqual(refused ? ['singleLineText'] : []);
    }
  });

  it('a multi-line text keeps LF and CR LF, and refuses the same controls otherwise (a CR alone, a tab included)', () => {
    for (const code of codePoints(0, 0xff)) {
      const refused = (isControl(code) && code !== 0x0a) || BIDI_CONTROLS.includes(code);
      expect(messages(multiLine, `a${String.fromCodePoint(code)}b`), `U+${code.toString(16).padStart(4, '0')}`).toEqual(
        refused ? ['multiLineText'] : [],
      );
    }
    expect(multiLine.parse('first line\nsecond\r\nthird')).toBe('first line\nsecond\r\nthird');
    expect(messages(multiLine, 'a\rb')).toEqual(['multiLineText']);
    expect(messages(multiLine, 'a\n\rb')).toEqual(['multiLineText']);
    for (const bidi of BIDI_CONTROLS)
      expect(messages(multiLine, `a${String.fromCodePoint(bidi)}b`)).toEqual(['multiLineText']);
  });

  it('refuses unpaired surrogates, high or low, anywhere; keeps pairs', () => {
    for (const text of ['\ud800', 'a\ud83db', 'a\ude00', '\udbff\ud800', 'x\ud83d']) {
      expect(messages(singleLine, text), JSON.stringify(text)).toEqual(['singleLineText']);
      expect(messages(multiLine, text), JSON.stringify(text)).toEqual(['multiLineText']);
    }
    expect(singleLine.parse('临港 😀 Ünïcödé עברית العربية')).toBe('临港 😀 Ünïcödé עברית العربية');
  });

  it('checks the text as sent, then trims it: a trailing line break is refused in a single-line text, trimmed from a multi-line one', () => {
    expect(messages(singleLine, 'Lin-gang Co.\n')).toEqual(['singleLineText']);
    expect(multiLine.parse('  grounds\n')).toBe('grounds');
    expect(singleLine.safeParse('   ').success).toBe(false);
  });
});

describe('calendar dates', () => {
  it('refuses dates before 1900, year 0000 included, and keeps the calendar check', () => {
    for (const date of ['0000-01-01', '0001-01-01', '1000-06-15', '1899-12-31'])
      expect(messages(calendarDate, date), date).toEqual(['dateFrom1900']);
    for (const date of ['1900-01-01', '2021-02-28', '2024-02-29', '9999-12-31'])
      expect(calendarDate.parse(date)).toBe(date);
    for (const notADate of ['2021-02-29', '0000-00-00', '01/01/2021'])
      expect(messages(calendarDate, notADate), notADate).toEqual(['date']);
  });
});
