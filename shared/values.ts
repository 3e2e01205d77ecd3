/**
 * The value types for what people type and the days they name (SPEC §7). Every request schema,
 * the policy's and the API's, builds its free text and calendar dates from these, so every route
 * refuses the same input with a 400 naming the field, and nothing of it is stored. They stand
 * beside zod and the field messages, below both the policy and the domain, so the policy does not
 * depend on the domain that depends on it.
 */
import * as z from './zod.js';
import { fieldMessage } from './field-messages.js';

/**
 * What free text may hold, as a pattern (so the JSON Schemas and the OpenAPI document state it
 * too): no C0 controls or DEL (a multi-line field keeps `\n` and `\r\n`), no C1 controls, no
 * unpaired surrogates (a `u` pattern sees a pair as one code point above U+FFFF, so a surrogate
 * left in the class is one without its pair) and none of the bidirectional embeddings, overrides
 * and isolates that make text read otherwise than it is stored.
 */
const NEVER = '\\u007F-\\u009F\\uD800-\\uDFFF\\u202A-\\u202E\\u2066-\\u2069';
/** The characters a single-line text refuses, as the inside of a `u` pattern's class (a file name adds its separators). */
export const SINGLE_LINE_REFUSED = `\\u0000-\\u001F${NEVER}`;
const SINGLE_LINE = new RegExp(`^[^${SINGLE_LINE_REFUSED}]*$`, 'u');
const MULTI_LINE = new RegExp(`^(?:[^\\u0000-\\u0009\\u000B-\\u001F${NEVER}]|\\r\\n)*$`, 'u');

/**
 * Text a person writes (a name, a reference, grounds, a note): allowed characters only, checked
 * as sent, then trimmed, not blank and at most `max` characters.
 */
export const freeText = ({ max, multiline = false }: { max: number; multiline?: boolean }) =>
  z
    .string()
    .check(
      multiline
        ? z.regex(MULTI_LINE, fieldMessage('multiLineText'))
        : z.regex(SINGLE_LINE, fieldMessage('singleLineText')),
      z.trim(),
      z.minLength(1),
      z.maxLength(max),
    );

/** The first day a date may name: nothing the platform judges happened before 1900. */
export const EARLIEST_DATE = '1900-01-01';

/** A calendar date `YYYY-MM-DD` (Asia/Shanghai, as every date of the platform), from 1900 on. */
export const calendarDate = z.iso
  .date({ error: fieldMessage('date') })
  // ISO dates of four-digit years compare as text in calendar order; a text that is no date is refused as such alone.
  .check(
    z.refine((date) => date >= EARLIEST_DATE, {
      message: fieldMessage('dateFrom1900'),
      when: (payload) => payload.issues.length === 0,
    }),
  );
