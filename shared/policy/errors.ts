import type * as z from '../zod.js';

/** One invalid field: its dotted path in the input ("details.rndCosts") and what is wrong. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** The input is not a valid case or application; `issues` name each offending field. */
export class PolicyValidationError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(`invalid input: ${issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ')}`);
    this.name = 'PolicyValidationError';
  }

  static fromZod(error: z.core.$ZodError): PolicyValidationError {
    return new PolicyValidationError(fieldIssues(error));
  }
}

export class UnknownPolicyVersionError extends Error {
  constructor(readonly versionId: string) {
    super(`unknown policy version: ${versionId}`);
    this.name = 'UnknownPolicyVersionError';
  }
}

/** zod's issues as field-level issues; an unknown key is reported at its own path. */
export function fieldIssues(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key].join('.'), message: 'unknown field' }));
    }
    return [{ path: path.join('.'), message: issue.message }];
  });
}
