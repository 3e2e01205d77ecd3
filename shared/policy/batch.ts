/**
 * The batch format (SPEC §3.1), line by line: one JSON case in, its judgement out — the
 * decision, or why the line is not one, by key with what it cites. Pure and language-neutral:
 * the CLI runner puts it into words and writes the lines (scripts/evaluate-lines.ts), and reads
 * stdin, runs the worker threads and sets the exit status (scripts/evaluate.ts).
 */
import type { Decision } from './decision.js';
import { evaluateFast } from './fast.js';
import { PolicyValidationError, type EvaluateOptions, type FieldIssue } from './index.js';

/** A longer line is an error; streaming skips it without holding more of it in memory. */
export const MAX_LINE_CHARS = 1024 * 1024;
/** An error line lists at most this many field-level issues. */
export const MAX_ISSUES = 100;

/**
 * Why a line is not a decision: the key of its title among the batch texts, with what the title
 * cites; `cause` is the runtime's own error, shown as the detail where the language takes it.
 */
export type LineError =
  | { key: 'lineTooLong'; params: { maxChars: number } }
  | { key: 'blankLine' }
  | { key: 'notJson'; cause: unknown }
  | { key: 'notACase'; issues: FieldIssue[] }
  | { key: 'evaluationFailed'; cause: unknown };

export type LineJudgement = { decision: Decision } | { error: LineError };

/** A line longer than MAX_LINE_CHARS, whether seen whole or streamed. */
export const LINE_TOO_LONG: LineError = { key: 'lineTooLong', params: { maxChars: MAX_LINE_CHARS } };

/** Judges one input line. Pure. */
export function judgeLine(text: string, options: EvaluateOptions = {}): LineJudgement {
  if (text.length > MAX_LINE_CHARS) return { error: LINE_TOO_LONG };
  if (text.trim() === '') return { error: { key: 'blankLine' } };
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (cause) {
    return { error: { key: 'notJson', cause } };
  }
  try {
    return { decision: evaluateFast(input, options) };
  } catch (cause) {
    if (cause instanceof PolicyValidationError) return { error: { key: 'notACase', issues: cause.issues } };
    // A defect rather than bad input: still one line, so the run and the numbering go on.
    return { error: { key: 'evaluationFailed', cause } };
  }
}
