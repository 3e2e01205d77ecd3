/**
 * Per-stage configuration as code: each stage's settings are committed in `infra/stages/<stage>.ts`
 * and validated here with zod when the app is built, so a missing or malformed value fails
 * synth with a message naming it. The CDK context chooses only the stage (`-c stage=dev|prod`,
 * default `dev`); nothing identity-bearing (issuer, user pool, account, alarm address) can come
 * from a flag, so a redeploy without flags cannot replace the user pool or drop the alarm
 * subscription.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Node } from 'constructs';
import { z } from 'zod';
import { DEV } from './stages/dev.js';
import { PROD } from './stages/prod.js';

export const STAGES = ['dev', 'prod'] as const;
export type StageName = (typeof STAGES)[number];

const https = z.url({ protocol: /^https$/, error: 'must be an https URL' });

const userPoolAuth = z.object({
  /** The stage's own Cognito user pool. */
  kind: z.literal('userPool'),
  mfa: z.enum(['REQUIRED', 'OPTIONAL']),
  /** PLUS adds Cognito threat protection (full function). */
  featurePlan: z.enum(['ESSENTIALS', 'PLUS']),
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
};

/** Prod must say where it deploys and whom it alarms, keeps its data, and protects real applicants' accounts. */
const prodSettings = z.object({
  ...settingsShape,
  stage: z.literal('prod'),
  auth: z.discriminatedUnion('kind', [userPoolAuth.extend({ mfa: z.literal('REQUIRED'), featurePlan: z.literal('PLUS') }), externalIssuerAuth]),
  env: settingsShape.env.unwrap(),
  alarmEmail: z.email(),
  retainData: z.literal(true),
  backupRetentionDays: settingsShape.backupRetentionDays.unwrap(),
});

export const stageSettingsSchema = z.discriminatedUnion('stage', [z.object(settingsShape).extend({ stage: z.literal('dev') }), prodSettings]);
export type StageSettings = z.input<typeof stageSettingsSchema>;

export const COMMITTED_SETTINGS: Record<StageName, StageSettings> = { dev: DEV, prod: PROD };

/** The stage's own Cognito user pool, or an external OpenID Connect issuer. */
export type AuthConfig = z.output<typeof authSettings>;

export interface StageConfig {
  stage: StageName;
  /** `lingang-ai-subsidy-<stage>`: the prefix of named resources (event bus, API). */
  prefix: string;
  env?: { account: string; region: string };
  /** What happens to stateful resources (tables, queues, archive, keys) when a stack is deleted. */
  removalPolicy: RemovalPolicy;
  /** DynamoDB and Cognito deletion protection, and termination protection of the stateful stack. */
  deletionProtection: boolean;
  logRetention: RetentionDays;
  eventArchiveRetention: Duration;
  throttling: { rateLimit: number; burstLimit: number };
  auth: AuthConfig;
  alarmEmail?: string;
  allowedOrigins: string[];
  backupRetention?: Duration;
}

/** Validates a stage's settings; the error names the file and every offending value. */
export function parseStageSettings(settings: unknown, source: string): StageConfig {
  const parsed = stageSettingsSchema.safeParse(settings);
  if (!parsed.success) throw new Error(`invalid stage configuration in ${source}:\n${z.prettifyError(parsed.error)}`);
  const s = parsed.data;
  return {
    stage: s.stage,
    prefix: `lingang-ai-subsidy-${s.stage}`,
    ...(s.env ? { env: s.env } : {}),
    removalPolicy: s.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    deletionProtection: s.retainData,
    logRetention: s.logRetentionDays as RetentionDays,
    eventArchiveRetention: Duration.days(s.eventArchiveRetentionDays),
    throttling: s.throttling,
    auth: s.auth,
    ...(s.alarmEmail ? { alarmEmail: s.alarmEmail } : {}),
    allowedOrigins: s.allowedOrigins,
    ...(s.backupRetentionDays ? { backupRetention: Duration.days(s.backupRetentionDays) } : {}),
  };
}

/** Context keys that once carried identity-bearing settings; now refused so that none is silently ignored. */
const RETIRED_CONTEXT = ['jwtIssuer', 'jwtAudience', 'alarmEmail'];

/** The committed configuration of the stage named by the `stage` context (default `dev`). */
export function stageConfigFromContext(node: Node): StageConfig {
  const stage: unknown = node.tryGetContext('stage') ?? 'dev';
  if (!(STAGES as readonly unknown[]).includes(stage)) throw new Error(`unknown stage ${JSON.stringify(stage)}: use -c stage=${STAGES.join('|')}`);
  for (const key of RETIRED_CONTEXT) {
    if (node.tryGetContext(key) !== undefined) throw new Error(`-c ${key} is no longer read: set it in infra/stages/${String(stage)}.ts`);
  }
  return stageConfig(stage as StageName);
}

/** The committed configuration of a stage, with test overrides of the derived values. */
export function stageConfig(stage: StageName, overrides: Partial<StageConfig> = {}): StageConfig {
  return { ...parseStageSettings(COMMITTED_SETTINGS[stage], `infra/stages/${stage}.ts`), ...overrides };
}
