/**
 * The schemas use zod/mini, which, unlike zod, does not register zod's English error messages
 * by itself (it would answer "Invalid input" for everything). shared/zod.ts registers them; the
 * field-level problems of the API depend on it.
 */
import { describe, expect, it } from 'vitest';
import { fieldIssues } from '../../shared/i18n/index.js';
import { applicationSchema } from '../../shared/policy/index.js';

describe('validation messages', () => {
  it("are zod's English messages", () => {
    const result = applicationSchema.safeParse({
      programme: 'AI_ACTIVITY',
      organisation: { name: '', unifiedSocialCreditCode: 1, registeredInLingang: true },
      details: { activityType: 'COMPETITION', description: 'd', requestedAmount: '1.00' },
    });
    expect(result.success).toBe(false);
    expect(fieldIssues(result.error!)).toEqual([
      { path: 'organisation.name', message: 'Too small: expected string to have >=1 characters' },
      { path: 'organisation.unifiedSocialCreditCode', message: 'Invalid input: expected string, received number' },
    ]);
  });
});
