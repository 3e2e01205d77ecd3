/**
 * What a stage's settings may say (infra/stages/<stage>.ts), as a zod schema: the stage files
 * are checked against it as they are written, and infra/config.ts validates them with it when
 * the app is built.
 */
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { z } from 'zod';

export const STAGES = ['dev', 'prod'] as const;
export type StageName = (typeof STAGES)[number];

/** CodeDeploy's predefined Lambda deployment configurations a stage may choose. */
export const DEPLOYMENT_STYLES = ['ALL_AT_ONCE', 'CANARY_10PERCENT_5MINUTES', 'CANARY_10PERCENT_10MINUTES', 'LINEAR_10PERCENT_EVERY_1MINUTE'] as const;
export type DeploymentStyle = (typeof DEPLOYMENT_STYLES)[number];

const https = z.url({ protocol: /^https$/, error: 'must be an https URL' });

/** Cognito's mail through SES (a verified identity in the stage's account): Cognito's own sender allows 50 mails a day. */
const sesMail = z.object({
  /** The sender: an SES-verified address, or an address of `sesVerifiedDomain`. */
  fromEmail: z.email(),
  fromName: z.string().min(1).optional(),
  replyTo: z.email().optional(),
  /** The SES-verified domain the sender belongs to, when the domain rather than the address is verified. */
  sesVerifiedDomain: z.string().min(3).optional(),
  /** Where the identity is verified, when not in the stage's region. */
  sesRegion: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be a region name')
    .optional(),
});

const userPoolAuth = z.object({
  /** The stage's own Cognito user pool. */
  kind: z.literal('userPool'),
  mfa: z.enum(['REQUIRED', 'OPTIONAL']),
  /** PLUS adds Cognito threat protection (full function). */
  featurePlan: z.enum(['ESSENTIALS', 'PLUS']),
  /** Sign-up and recovery mail through SES; without it, Cognito's default sender (test stages only). */
  mail: sesMail.optional(),
});
const externalIssuerAuth = z.object({
  /** An external OpenID Connect issuer; the stage then creates no user pool. */
  kind: z.literal('externalIssuer'),
  issuer: https,
  /** Accepted `aud` (or, for Cognito access tokens, `client_id`) values. */
  audience: z.array(z.string().min(1)).min(1),
});
const authSettings = z.discriminatedUnion('kind', [userPoolAuth, externalIssuerAuth]);

const settingsShape = {
  stage: z.enum(STAGES),
  /** Where the stage deploys; a deploy with credentials of another account fails instead of landing there. */
  env: z
    .object({ account: z.string().regex(/^\d{12}$/, 'must be 12 digits'), region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be a region name') })
    .optional(),
  auth: authSettings,
  /** Subscribed to the stage's alarm topic (confirm the subscription e-mail once). */
  alarmEmail: z.email().optional(),
  /** HTTP API stage default route throttling. */
  throttling: z.object({ rateLimit: z.number().positive(), burstLimit: z.number().int().positive() }),
  /** Retention of Lambda and API access log groups; one of CloudWatch Logs' allowed values. */
  logRetentionDays: z.number().refine((days) => Object.values(RetentionDays).includes(days), 'must be a CloudWatch Logs retention value (e.g. 14, 365)'),
  /** How long the event bus archive keeps events (for replay). */
  eventArchiveRetentionDays: z.number().int().positive(),
  /** Browser origins allowed by CORS; none means no CORS headers at all. */
  allowedOrigins: z.array(https),
  /** Keep data on stack deletion (RETAIN, deletion and termination protection) or let it go. */
  retainData: z.boolean(),
  /** Daily AWS Backup of the main table, kept this many days (PITR is on in every stage). */
  backupRetentionDays: z.number().int().positive().optional(),
  /** X-Ray tracing of the functions (Powertools Tracer); off where the region lacks X-Ray. */
  tracing: z.boolean().default(true),
  /**
   * How a deploy moves each function's `live` alias to the new version (CodeDeploy): at once, or
   * a canary share first, rolled back by itself when the function's error alarm or the API's 5xx alarm fires.
   */
  deployment: z.enum(DEPLOYMENT_STYLES),
};

/**
 * Prod must say where it deploys and whom it alarms, keeps its data, protects real applicants'
 * accounts, sends their mail through SES, and shifts traffic gradually.
 */
const prodSettings = z.object({
  ...settingsShape,
  stage: z.literal('prod'),
  auth: z.discriminatedUnion('kind', [userPoolAuth.extend({ mfa: z.literal('REQUIRED'), featurePlan: z.literal('PLUS'), mail: sesMail }), externalIssuerAuth]),
  deployment: z.enum(DEPLOYMENT_STYLES.filter((style) => style !== 'ALL_AT_ONCE') as [DeploymentStyle, ...DeploymentStyle[]]),
  env: settingsShape.env.unwrap(),
  alarmEmail: z.email(),
  retainData: z.literal(true),
  backupRetentionDays: settingsShape.backupRetentionDays.unwrap(),
});

export const stageSettingsSchema = z.discriminatedUnion('stage', [z.object(settingsShape).extend({ stage: z.literal('dev') }), prodSettings]);
export type StageSettings = z.input<typeof stageSettingsSchema>;

/** The stage's own Cognito user pool, or an external OpenID Connect issuer. */
export type AuthConfig = z.output<typeof authSettings>;
