/**
 * The batch format's lines as the CLI writes them (SPEC §3.1): each line judged by the policy
 * (shared/policy/batch.ts) and put into words in the run's language (shared/i18n): the decision
 * (`{"outcome","amount","capApplied","policyVersion","reasons"}`) or `{"error": {...}}`. Pure;
 * reading stdin, worker threads and exit status are the runner's (./evaluate.ts).
 */
import { CATALOGUES, DEFAULT_LANGUAGE, renderFieldIssue, renderReason, type Language } from '../shared/i18n/index.js';
import { LINE_TOO_LONG, MAX_ISSUES, judgeLine, type LineError } from '../shared/policy/batch.js';
import type { EvaluateOptions } from '../shared/policy/index.js';

export interface LineResult {
  /** The JSON output line, without its newline. */
  output: string;
  /** False when the line was not a valid case. */
  ok: boolean;
}

/** How to evaluate and in which language to write the reasons. */
export interface LineOptions extends EvaluateOptions {
  language?: Language;
}

/** The runtime's own explanation (English), where the language takes it. */
const runtimeDetail = (language: Language, error: unknown) =>
  CATALOGUES[language].batch.runtimeDetails ? { detail: error instanceof Error ? error.message : String(error) } : {};

/** An error line's fields after its number, in a language. */
function errorFields(error: LineError, language: Language): Record<string, unknown> {
  const texts = CATALOGUES[language].batch;
  switch (error.key) {
    case 'lineTooLong':
      return { title: texts.lineTooLong(error.params.maxChars) };
    case 'blankLine':
      return { title: texts.blankLine };
    case 'notJson':
    case 'evaluationFailed':
      return { title: texts[error.key], ...runtimeDetail(language, error.cause) };
    case 'notACase': {
      const issues = error.issues.slice(0, MAX_ISSUES).map((issue) => renderFieldIssue(issue, language));
      const more = error.issues.length - issues.length;
      return { title: texts.notACase, issues, ...(more > 0 && { moreIssues: more }) };
    }
  }
}

const failure = (line: number, error: LineError, language: Language): LineResult => ({
  output: JSON.stringify({ error: { line, ...errorFields(error, language) } }),
  ok: false,
});

/** The answer to line `line` when it is longer than MAX_LINE_CHARS, whether seen whole or streamed. */
export const lineTooLong = (line: number, language: Language = DEFAULT_LANGUAGE): LineResult =>
  failure(line, LINE_TOO_LONG, language);

/** Evaluates one input line (`line` is its 1-based number) into its output line. Pure. */
export function evaluateLine(text: string, line: number, options: LineOptions = {}): LineResult {
  const { language = DEFAULT_LANGUAGE, ...evaluateOptions } = options;
  const judged = judgeLine(text, evaluateOptions);
  if ('error' in judged) return failure(line, judged.error, language);
  const { outcome, amount, capApplied, policyVersion, reasons } = judged.decision;
  const rendered = reasons.map((reason) => renderReason(reason, language));
  // Fixed key order, so that the same case always gives the same bytes.
  return { output: JSON.stringify({ outcome, amount, capApplied, policyVersion, reasons: rendered }), ok: true };
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
