/**
 * The dev stage: deploys into whatever account and region the CLI's credentials name, lets its
 * data go with the stack, and has its own user pool with optional MFA for test users.
 */
import type { StageSettings } from './settings.js';

export const DEV = {
  stage: 'dev',
  identity: { kind: 'cognito', mfa: 'OPTIONAL', featurePlan: 'ESSENTIALS' },
  tracing: true,
  publicRoutes: 'public',
  throttling: { rateLimit: 50, burstLimit: 100 },
  logRetentionDays: 14,
  eventArchiveRetentionDays: 30,
  allowedOrigins: [],
  retainData: false,
  // A test stage: each deploy moves every function's alias at once.
  deployment: 'ALL_AT_ONCE',
} satisfies StageSettings;
