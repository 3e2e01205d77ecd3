/**
 * What a stage's settings may say (infra/stages/<stage>.ts), as a zod schema: the stage files
 * are checked against it as they are written, and infra/config.ts validates them with it when
 * the app is built, including what the stage's region lacks (infra/stages/regions.ts).
 */
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { z } from 'zod';
import { adminRecognitionSchema } from '../../shared/contract/admin-recognition.js';
import { PUBLIC_ROUTE_MODES } from '../../shared/contract/route-paths.js';
import { partitionOf, regionCapabilities } from './regions.js';

export const STAGES = ['dev', 'prod', 'cn'] as const;
export type StageName = (typeof STAGES)[number];

/** CodeDeploy's predefined Lambda deployment configurations a stage may choose. */
export const DEPLOYMENT_STYLES = [
  'ALL_AT_ONCE',
  'CANARY_10PERCENT_5MINUTES',
  'CANARY_10PERCENT_10MINUTES',
  'LINEAR_10PERCENT_EVERY_1MINUTE',
] as const;
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

const cognitoIdentity = z.object({
  /** The stage's own Cognito user pool (global regions only); admins are its `admin` group. */
  kind: z.literal('cognito'),
  mfa: z.enum(['REQUIRED', 'OPTIONAL']),
  /** PLUS adds Cognito threat protection (full function). */
  featurePlan: z.enum(['ESSENTIALS', 'PLUS']),
  /** Sign-up and recovery mail through SES; without it, Cognito's default sender (test stages only). */
  mail: sesMail.optional(),
});
const oidcIdentity = z.object({
  /** An external OpenID Connect issuer (e.g. the administration's); the stage then creates no user pool. */
  kind: z.literal('oidc'),
  /** The `iss` of its tokens; its discovery document is at `<issuer>/.well-known/openid-configuration`. */
  issuer: https,
  /** Accepted `aud` (or `client_id`) values: the API's registration(s) with the issuer. */
  audiences: z.array(z.string().min(1)).min(1),
  /** How an administrator is recognised: a scope, or a scalar claim with a value (never an array claim). */
  admin: adminRecognitionSchema,
});
const identitySettings = z.discriminatedUnion('kind', [cognitoIdentity, oidcIdentity]);

const region = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be a region name');
const domainSettings = z.object({
  /** The API's host name (in China: ICP-filed). */
  name: z.string().regex(/^(?!-)[a-z0-9-]{1,63}(\.(?!-)[a-z0-9-]{1,63})+$/, 'must be a lower-case host name'),
  /** An ACM certificate for that name, in the stage's region (a regional endpoint). */
  certificateArn: z
    .string()
    .regex(/^arn:aws(-cn)?:acm:[a-z0-9-]+:\d{12}:certificate\/[\w-]+$/, 'must be an ACM certificate ARN'),
});

const settingsShape = {
  stage: z.enum(STAGES),
  /** Where the stage deploys; a deploy with credentials of another account fails instead of landing there. */
  env: z.object({ account: z.string().regex(/^\d{12}$/, 'must be 12 digits'), region }).optional(),
  /** Who issues the tokens the API accepts, and how an administrator is recognised. */
  identity: identitySettings,
  /** X-Ray tracing of the functions (Lambda active tracing, Powertools Tracer), where the region has it. */
  tracing: z.boolean().default(true),
  /**
   * How a deploy moves each function's `live` alias to the new version (CodeDeploy): at once, or
   * a canary share first, rolled back by itself when the function's error alarm or the API's 5xx alarm fires.
   */
  deployment: z.enum(DEPLOYMENT_STYLES),
  /** A custom domain the HTTP API is mapped on; the outputs then give its URL. */
  domain: domainSettings.optional(),
  /** GET /v1/policy, /v1/openapi.json and /docs: open to anyone, behind the JWT authorizer, or not routed at all. */
  publicRoutes: z.enum(PUBLIC_ROUTE_MODES),
  /** Subscribed to the stage's alarm topic (confirm the subscription e-mail once). */
  alarmEmail: z.email().optional(),
  /** HTTP API stage default route throttling. */
  throttling: z.object({ rateLimit: z.number().positive(), burstLimit: z.number().int().positive() }),
  /** Retention of Lambda and API access log groups; one of CloudWatch Logs' allowed values. */
  logRetentionDays: z
    .number()
    .refine(
      (days) => Object.values(RetentionDays).includes(days),
      'must be a CloudWatch Logs retention value (e.g. 14, 365)',
    ),
  /** How long the event bus archive keeps events (for replay). */
  eventArchiveRetentionDays: z.number().int().positive(),
  /** Browser origins allowed by CORS; none means no CORS headers at all. */
  allowedOrigins: z.array(https),
  /** Keep data on stack deletion (RETAIN, deletion and termination protection) or let it go. */
  retainData: z.boolean(),
  /** Daily AWS Backup of the main table, kept this many days (PITR is on in every stage). */
  backupRetentionDays: z.number().int().positive().optional(),
};

type Settings = z.output<z.ZodObject<typeof settingsShape>>;

/** Refuses what the stage's region lacks, naming the setting. */
function fitsRegion(settings: Settings, context: z.RefinementCtx): void {
  const where = settings.env?.region;
  const capabilities = regionCapabilities(where);
  const refuse = (path: string[], message: string) =>
    context.addIssue({ code: 'custom', path, message: `${message} (${where})` });
  if (settings.identity.kind === 'cognito' && !capabilities.userPools)
    refuse(['identity', 'kind'], 'Cognito user pools do not exist in this region: use an oidc issuer');
  if (settings.tracing && !capabilities.lambdaTracing)
    refuse(['tracing'], "Lambda's X-Ray integration does not exist in this region");
  if (settings.publicRoutes === 'public' && capabilities.publicRoutesNeedDomain && !settings.domain) {
    refuse(
      ['publicRoutes'],
      'public routes need an ICP-filed custom domain in this region: name a domain, or make them authenticated or absent',
    );
  }
  const certificateRegion = settings.domain?.certificateArn.split(':')[3];
  if (where && certificateRegion && certificateRegion !== where)
    refuse(['domain', 'certificateArn'], "the certificate must be in the stage's region");
  const certificatePartition = settings.domain?.certificateArn.split(':')[1];
  if (where && certificatePartition && certificatePartition !== partitionOf(where))
    refuse(['domain', 'certificateArn'], "the certificate must be in the stage's partition");
}

/**
 * A stage that serves real applicants (prod, cn) must say where it deploys and whom it alarms,
 * keeps its data, protects applicants' accounts and sends their mail through SES where it holds
 * them, and shifts traffic gradually.
 */
const production = <Stage extends StageName>(stage: Stage) =>
  z.object({
    ...settingsShape,
    stage: z.literal(stage),
    identity: z.discriminatedUnion('kind', [
      cognitoIdentity.extend({ mfa: z.literal('REQUIRED'), featurePlan: z.literal('PLUS'), mail: sesMail }),
      oidcIdentity,
    ]),
    deployment: z.enum(
      DEPLOYMENT_STYLES.filter((style) => style !== 'ALL_AT_ONCE') as [DeploymentStyle, ...DeploymentStyle[]],
    ),
    env: settingsShape.env.unwrap(),
    alarmEmail: z.email(),
    retainData: z.literal(true),
    backupRetentionDays: settingsShape.backupRetentionDays.unwrap(),
  });

export const stageSettingsSchema = z
  .discriminatedUnion('stage', [
    z.object(settingsShape).extend({ stage: z.literal('dev') }),
    production('prod'),
    production('cn'),
  ])
  .superRefine(fitsRegion);
export type StageSettings = z.input<typeof stageSettingsSchema>;

/** The stage's own Cognito user pool, or an external OpenID Connect issuer. */
export type IdentityConfig = z.output<typeof identitySettings>;
export type DomainConfig = z.output<typeof domainSettings>;
