/**
 * Per-stage configuration as code: each stage's settings are committed in `infra/stages/<stage>.ts`
 * and validated here with zod when the app is built, so a missing or malformed value fails
 * synth with a message naming it. The CDK context chooses only the stage (`-c stage=dev|prod|cn`,
 * default `dev`); nothing identity-bearing (issuer, user pool, account, alarm address) can come
 * from a flag, so a redeploy without flags cannot replace the user pool or drop the alarm
 * subscription.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Node } from 'constructs';
import { z } from 'zod';
import { CN } from './stages/cn.js';
import { DEV } from './stages/dev.js';
import { PROD } from './stages/prod.js';
import type { PublicRoutes } from '../shared/contract/route-paths.js';
import { regionCapabilities, type RegionCapabilities } from './stages/regions.js';
import {
  STAGES,
  stageSettingsSchema,
  type DeploymentStyle,
  type DomainConfig,
  type IdentityConfig,
  type StageName,
  type StageSettings,
} from './stages/settings.js';

export const COMMITTED_SETTINGS: Record<StageName, StageSettings> = { dev: DEV, prod: PROD, cn: CN };

export interface StageConfig {
  stage: StageName;
  /** `lingang-ai-subsidy-<stage>`: the prefix of named resources (event bus, API). */
  prefix: string;
  env?: { account: string; region: string };
  /** What happens to stateful resources (tables, queues, bus, archive, keys) when a stack is deleted or they are replaced. */
  removalPolicy: RemovalPolicy;
  /** DynamoDB and Cognito deletion protection, and termination protection of the stateful stack. */
  deletionProtection: boolean;
  logRetention: RetentionDays;
  eventArchiveRetention: Duration;
  throttling: { rateLimit: number; burstLimit: number };
  identity: IdentityConfig;
  /** X-Ray tracing of the functions (Lambda active tracing, Powertools Tracer; never where the region lacks it). */
  tracing: boolean;
  /** How each function's `live` alias moves to a new version (CodeDeploy). */
  deployment: DeploymentStyle;
  domain?: DomainConfig;
  publicRoutes: PublicRoutes;
  /** What the stage's region offers (a stage without a region deploys to a global one). */
  capabilities: RegionCapabilities;
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
    // Retained on update or delete, but not after a failed first create: a retry then finds no fixed name taken.
    removalPolicy: s.retainData ? RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE : RemovalPolicy.DESTROY,
    deletionProtection: s.retainData,
    logRetention: s.logRetentionDays as RetentionDays,
    eventArchiveRetention: Duration.days(s.eventArchiveRetentionDays),
    throttling: s.throttling,
    identity: s.identity,
    tracing: s.tracing,
    deployment: s.deployment,
    ...(s.domain ? { domain: s.domain } : {}),
    publicRoutes: s.publicRoutes,
    capabilities: regionCapabilities(s.env?.region),
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
  if (!(STAGES as readonly unknown[]).includes(stage))
    throw new Error(`unknown stage ${JSON.stringify(stage)}: use -c stage=${STAGES.join('|')}`);
  for (const key of RETIRED_CONTEXT) {
    if (node.tryGetContext(key) !== undefined)
      throw new Error(`-c ${key} is no longer read: set it in infra/stages/${String(stage)}.ts`);
  }
  return stageConfig(stage as StageName);
}

/** The committed configuration of a stage, with test overrides of the derived values. */
export function stageConfig(stage: StageName, overrides: Partial<StageConfig> = {}): StageConfig {
  return { ...parseStageSettings(COMMITTED_SETTINGS[stage], `infra/stages/${stage}.ts`), ...overrides };
}
