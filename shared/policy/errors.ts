/**
 * The library's errors, language-neutral as its reasons are: what is wrong is a key with its
 * parameters, put into words only where it is shown (shared/i18n `renderFieldIssue`: the CLI
 * runner, the HTTP edge).
 */
import type * as z from '../zod.js';
import { isFieldMessage, type FieldMessage } from '../field-messages.js';

/**
 * One invalid field: its dotted path in the input ("details.rndCosts") and what is wrong: a
 * field message by its key (shared/field-messages.ts: a schema's own message, or `unknownField`),
 * or one of zod's own checks, `zod`, with zod's issue (its code and parameters) as parameters.
 */
export type FieldIssue = { path: string; key: FieldMessage } | { path: string; key: 'zod'; params: z.core.$ZodIssue };

/** The input is not a valid case or application; `issues` name each offending field. */
export class PolicyValidationError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(`invalid input: ${issues.map(({ path, key }) => `${path || '(root)'}: ${key}`).join('; ')}`);
    this.name = 'PolicyValidationError';
  }

  static fromZod(error: z.core.$ZodError): PolicyValidationError {
    return new PolicyValidationError(fieldIssuesOf(error));
  }
}

export class UnknownPolicyVersionError extends Error {
  constructor(readonly versionId: string) {
    super(`unknown policy version: ${versionId}`);
    this.name = 'UnknownPolicyVersionError';
  }
}

/**
 * zod's issues as field-level issues; an unknown key is reported at its own path. zod's own
 * messages are rendered from the issue, which needs the parse's `reportInput`.
 */
export function fieldIssuesOf(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.flatMap((issue): FieldIssue[] => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({ path: [...path, key].join('.'), key: 'unknownField' }));
    if (isFieldMessage(issue.message)) return [{ path: path.join('.'), key: issue.message }];
    return [{ path: path.join('.'), key: 'zod', params: issue }];
  });
}
