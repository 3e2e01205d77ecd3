/**
 * The prod stage. The account, region and alarm address below are documented EXAMPLE values
 * (they let `npx cdk synth` and the tests run offline): a deployer replaces them with the real
 * ones and commits the change. With the example account a deploy fails before touching
 * anything, because the CLI's credentials belong to another account.
 *
 * To use an existing OpenID Connect issuer instead of the stage's user pool, replace `identity`
 * with an `oidc` one, as infra/stages/cn.ts does.
 */
import type { StageSettings } from './settings.js';

/** How a stage that serves real applicants is run: its throttles, retention, backups and canary deploys (cn runs the same way). */
export const PRODUCTION_OPERATIONS = {
  // EXAMPLE: the operations mailbox that receives alarms.
  alarmEmail: 'ops@example.gov.cn',
  throttling: { rateLimit: 200, burstLimit: 400 },
  logRetentionDays: 365,
  eventArchiveRetentionDays: 365 * 3,
  retainData: true,
  backupRetentionDays: 35,
  // 10% of invocations on the new version for 5 minutes, then all; back by itself on an alarm.
  deployment: 'CANARY_10PERCENT_5MINUTES',
} as const;

export const PROD = {
  ...PRODUCTION_OPERATIONS,
  stage: 'prod',
  // EXAMPLE: the account and region that hold prod.
  env: { account: '123456789012', region: 'us-east-1' },
  identity: {
    kind: 'cognito',
    mfa: 'REQUIRED',
    featurePlan: 'PLUS',
    // EXAMPLE: the SES identity (verified in this account and region) that sends sign-up and recovery mail.
    mail: {
      fromEmail: 'no-reply@example.gov.cn',
      fromName: 'Lin-gang AI Subsidy',
      sesVerifiedDomain: 'example.gov.cn',
    },
  },
  tracing: true,
  // The policy, the API document and its reference page are public by SPEC §4 and §9.
  publicRoutes: 'public',
  // No browser origin is allowed by default (SPEC §9); add the portal's origin here.
  allowedOrigins: [],
} satisfies StageSettings;
