/**
 * The batch format (SPEC §3.1), line by line: one JSON case in, one JSON line out — the
 * decision (`{"outcome","amount","capApplied","policyVersion","reasons"}`) or
 * `{"error": {...}}`. Pure; reading stdin, worker threads and exit status are the runner's
 * (scripts/evaluate.ts).
 */
import { evaluateFast } from './fast.js';
import { CATALOGUES, DEFAULT_LANGUAGE, renderReason, type Language } from '../i18n/index.js';
import { PolicyValidationError, type EvaluateOptions, type FieldIssue } from './index.js';

/** A longer line is an error; streaming skips it without holding more of it in memory. */
export const MAX_LINE_CHARS = 1024 * 1024;
/** An error line lists at most this many field-level issues. */
export const MAX_ISSUES = 100;

export interface LineResult {
  /** The JSON output line, without its newline. */
  output: string;
  /** False when the line was not a valid case. */
  ok: boolean;
}

const failure = (line: number, error: Record<string, unknown>): LineResult => ({
  output: JSON.stringify({ error: { line, ...error } }),
  ok: false,
});

/** The answer to line `line` when it is longer than MAX_LINE_CHARS, whether seen whole or streamed. */
export const lineTooLong = (line: number, language: Language = DEFAULT_LANGUAGE): LineResult =>
  failure(line, { title: CATALOGUES[language].batch.lineTooLong(MAX_LINE_CHARS) });

/** The runtime's own explanation (English), where the language takes it. */
const runtimeDetail = (language: Language, error: unknown) =>
  CATALOGUES[language].batch.runtimeDetails ? { detail: error instanceof Error ? error.message : String(error) } : {};

/** How to evaluate and in which language to write the reasons. */
export interface LineOptions extends EvaluateOptions {
  language?: Language;
}

/** Evaluates one input line (`line` is its 1-based number) into its output line. Pure. */
export function evaluateLine(text: string, line: number, options: LineOptions = {}): LineResult {
  const { language = DEFAULT_LANGUAGE, ...evaluateOptions } = options;
  const texts = CATALOGUES[language].batch;
  if (text.length > MAX_LINE_CHARS) return lineTooLong(line, language);
  if (text.trim() === '') return failure(line, { title: texts.blankLine });
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return failure(line, { title: texts.notJson, ...runtimeDetail(language, error) });
  }
  try {
    const { outcome, amount, capApplied, policyVersion, reasons } = evaluateFast(input, evaluateOptions);
    const rendered = reasons.map((reason) => renderReason(reason, language));
    // Fixed key order, so that the same case always gives the same bytes.
    return { output: JSON.stringify({ outcome, amount, capApplied, policyVersion, reasons: rendered }), ok: true };
  } catch (error) {
    if (error instanceof PolicyValidationError) {
      const issues: FieldIssue[] = error.issuesIn(language).slice(0, MAX_ISSUES);
      const more = error.issues.length - issues.length;
      return failure(line, { title: texts.notACase, issues, ...(more > 0 && { moreIssues: more }) });
    }
    // A defect rather than bad input: still one line, so the run and the numbering go on.
    return failure(line, { title: texts.evaluationFailed, ...runtimeDetail(language, error) });
  }
}

export interface BatchResult {
  /** The output lines, each ending with a newline. */
  output: string;
  lines: number;
  invalid: number;
}

/** Evaluates the newline-separated lines of `text`, the first being line `firstLine`. Pure. */
export function evaluateBatch(text: string, firstLine: number, options: LineOptions = {}): BatchResult {
  let output = '';
  let lines = 0;
  let invalid = 0;
  for (const line of text.split('\n')) {
    const result = evaluateLine(line.endsWith('\r') ? line.slice(0, -1) : line, firstLine + lines++, options);
    if (!result.ok) invalid++;
    output += `${result.output}\n`;
  }
  return { output, lines, invalid };
}
