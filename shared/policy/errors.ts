import type * as z from '../zod.js';
import { CATALOGUES, DEFAULT_LANGUAGE, zodIssueMessage, type Language } from '../i18n/index.js';

/** One invalid field: its dotted path in the input ("details.rndCosts") and what is wrong. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** The input is not a valid case or application; `issues` name each offending field (in English; `issuesIn` for another language). */
export class PolicyValidationError extends Error {
  readonly issues: FieldIssue[];

  constructor(private readonly error: z.core.$ZodError) {
    const issues = fieldIssues(error);
    super(`invalid input: ${issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ')}`);
    this.name = 'PolicyValidationError';
    this.issues = issues;
  }

  issuesIn(language: Language): FieldIssue[] {
    return fieldIssues(this.error, language);
  }

  static fromZod(error: z.core.$ZodError): PolicyValidationError {
    return new PolicyValidationError(error);
  }
}

export class UnknownPolicyVersionError extends Error {
  constructor(readonly versionId: string) {
    super(`unknown policy version: ${versionId}`);
    this.name = 'UnknownPolicyVersionError';
  }
}

/**
 * zod's issues as field-level issues in a language; an unknown key is reported at its own path.
 * zod's own messages are re-rendered from the issue, which needs the parse's `reportInput`.
 */
export function fieldIssues(error: z.core.$ZodError, language: Language = DEFAULT_LANGUAGE): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      const message = CATALOGUES[language].fields.unknownField;
      return issue.keys.map((key) => ({ path: [...path, key].join('.'), message }));
    }
    return [{ path: path.join('.'), message: zodIssueMessage(issue, language) }];
  });
}
