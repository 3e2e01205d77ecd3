/**
 * Per-stage configuration of the CDK app. A stage is chosen with `-c stage=dev|prod`
 * (default `dev`); a few values can be overridden by context:
 *
 * - `-c jwtIssuer=https://issuer.example -c jwtAudience=client-a,client-b` — use an external
 *   OpenID Connect issuer instead of the stage's Cognito user pool (both are required together);
 * - `-c alarmEmail=ops@example.gov.cn` — subscribe an address to the stage's alarm topic.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Node } from 'constructs';

export const STAGES = ['dev', 'prod'] as const;
export type StageName = (typeof STAGES)[number];

export interface JwtIssuerConfig {
  /** The `iss` of the tokens, e.g. `https://login.example.gov.cn/realms/lingang`. */
  issuer: string;
  /** Accepted `aud` (or, for Cognito access tokens, `client_id`) values. */
  audience: string[];
}

export interface StageConfig {
  stage: StageName;
  /** `lingang-ai-subsidy-<stage>`: the prefix of named resources (event bus, API). */
  prefix: string;
  /** What happens to stateful resources (tables, archive, keys) when the stack is deleted. */
  removalPolicy: RemovalPolicy;
  /** DynamoDB deletion protection and CloudFormation termination protection of the stateful stack. */
  deletionProtection: boolean;
  /** Retention of Lambda and API access log groups. */
  logRetention: RetentionDays;
  /** How long the event bus archive keeps events (for replay). */
  eventArchiveRetention: Duration;
  /** HTTP API stage default route throttling. */
  throttling: { rateLimit: number; burstLimit: number };
  /** External issuer; undefined means the stage creates its own Cognito user pool. */
  jwt?: JwtIssuerConfig;
  /** Cognito multi-factor authentication for the stage's own user pool. */
  mfa: 'REQUIRED' | 'OPTIONAL';
  /** Optional e-mail subscription of the alarm topic. */
  alarmEmail?: string;
}

const DEFAULTS: Record<StageName, Omit<StageConfig, 'jwt' | 'alarmEmail'>> = {
  dev: {
    stage: 'dev',
    prefix: 'lingang-ai-subsidy-dev',
    removalPolicy: RemovalPolicy.DESTROY,
    deletionProtection: false,
    logRetention: RetentionDays.TWO_WEEKS,
    eventArchiveRetention: Duration.days(30),
    throttling: { rateLimit: 50, burstLimit: 100 },
    mfa: 'OPTIONAL',
  },
  prod: {
    stage: 'prod',
    prefix: 'lingang-ai-subsidy-prod',
    removalPolicy: RemovalPolicy.RETAIN,
    deletionProtection: true,
    logRetention: RetentionDays.ONE_YEAR,
    eventArchiveRetention: Duration.days(365 * 3),
    throttling: { rateLimit: 200, burstLimit: 400 },
    mfa: 'REQUIRED',
  },
};

function isStage(value: unknown): value is StageName {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

function contextString(node: Node, key: string): string | undefined {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new Error(`context ${key} must be a string`);
  return value;
}

/** The configuration for the stage named by the `stage` context (default `dev`). */
export function stageConfigFromContext(node: Node): StageConfig {
  const stage: unknown = node.tryGetContext('stage') ?? 'dev';
  if (!isStage(stage)) throw new Error(`unknown stage ${JSON.stringify(stage)}: use -c stage=${STAGES.join('|')}`);
  const issuer = contextString(node, 'jwtIssuer');
  const audience = contextString(node, 'jwtAudience')
    ?.split(',')
    .map((value) => value.trim())
    .filter(Boolean);
  if (Boolean(issuer) !== Boolean(audience?.length)) {
    throw new Error('jwtIssuer and jwtAudience must be given together');
  }
  if (issuer && !/^https:\/\//.test(issuer)) throw new Error('jwtIssuer must be an https URL');
  const alarmEmail = contextString(node, 'alarmEmail');
  return {
    ...DEFAULTS[stage],
    ...(issuer && audience ? { jwt: { issuer, audience } } : {}),
    ...(alarmEmail ? { alarmEmail } : {}),
  };
}

/** The configuration for a stage without reading context (tests, bench). */
export function stageConfig(stage: StageName, overrides: Partial<StageConfig> = {}): StageConfig {
  return { ...DEFAULTS[stage], ...overrides };
}
