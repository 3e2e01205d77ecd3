import type { core } from 'zod/mini';

/** zod's message for an issue from one of its locales (a locale may answer a string or `{message}`). */
export const zodMessageIn =
  (locale: { localeError: core.$ZodErrorMap }) =>
  (issue: core.$ZodIssue): string => {
    const message = locale.localeError(issue as unknown as core.$ZodRawIssue);
    return (typeof message === 'string' ? message : message?.message) ?? issue.message;
  };
