/** The committed stage configuration (and prod's identity across syntheses), and the shared route table's invariants. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RemovalPolicy } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { CN } from '../../infra/stages/cn.js';
import { COMMITTED_SETTINGS, parseStageSettings, stageConfig, stageConfigFromContext } from '../../infra/config.js';
import { FUNCTION_NAMES, ROUTES, SCHEDULES } from '../../shared/contract/resources.js';
import { PUBLIC_ROUTES } from '../support/routes.js';
import { PROJECT_ROOT } from '../../infra/constructs/subsidy-function.js';
import { cleanUpSyntheses, synthStage } from './synth.js';

/** A bare construct tree root with the given context (an App would create a temporary outdir). */
const configFor = (context: Record<string, unknown>) => {
  const root = new Construct(undefined as never, '');
  for (const [key, value] of Object.entries(context)) root.node.setContext(key, value);
  return stageConfigFromContext(root.node);
};

const without = (settings: object, key: string) =>
  Object.fromEntries(Object.entries(settings).filter(([name]) => name !== key));

describe('stage configuration (infra/stages/*.ts)', () => {
  it('defaults to dev, which lets data go and has its own user pool', () => {
    const config = configFor({});
    expect(config).toEqual(stageConfig('dev'));
    expect(config).toMatchObject({
      stage: 'dev',
      removalPolicy: RemovalPolicy.DESTROY,
      deletionProtection: false,
      identity: { kind: 'cognito' },
    });
  });

  it('prod names its account, region and alarm address, retains data and requires MFA', () => {
    const config = configFor({ stage: 'prod' });
    expect(config).toEqual(stageConfig('prod'));
    expect(config).toMatchObject({
      stage: 'prod',
      prefix: 'lingang-ai-subsidy-prod',
      env: COMMITTED_SETTINGS.prod.env,
      alarmEmail: COMMITTED_SETTINGS.prod.alarmEmail,
      removalPolicy: RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
      deletionProtection: true,
      identity: { kind: 'cognito', mfa: 'REQUIRED', featurePlan: 'PLUS' },
      deployment: 'CANARY_10PERCENT_5MINUTES',
    });
  });

  it("prod sends its users' mail through SES and never deploys all at once; dev may do both", () => {
    const identity = COMMITTED_SETTINGS.prod.identity as Record<string, unknown>;
    expect(() =>
      parseStageSettings({ ...COMMITTED_SETTINGS.prod, identity: without(identity, 'mail') }, 'infra/stages/prod.ts'),
    ).toThrow(/identity\.mail/);
    expect(() =>
      parseStageSettings({ ...COMMITTED_SETTINGS.prod, deployment: 'ALL_AT_ONCE' }, 'infra/stages/prod.ts'),
    ).toThrow(/deployment/);
    expect(parseStageSettings(COMMITTED_SETTINGS.dev, 'infra/stages/dev.ts')).toMatchObject({
      deployment: 'ALL_AT_ONCE',
      tracing: true,
    });
  });

  it.each(['prod', 'cn'] as const)('%s without a required value fails, naming it', (stage) => {
    for (const key of [
      'env',
      'alarmEmail',
      'identity',
      'publicRoutes',
      'deployment',
      'backupRetentionDays',
      'throttling',
    ]) {
      expect(
        () => parseStageSettings(without(COMMITTED_SETTINGS[stage], key), `infra/stages/${stage}.ts`),
        key,
      ).toThrow(new RegExp(`infra/stages/${stage}\\.ts[\\s\\S]*at ${key}`));
    }
  });

  it("cn deploys to Ningxia with the administration's OIDC issuer, no tracing and its public routes on its domain", () => {
    const config = configFor({ stage: 'cn' });
    expect(config).toMatchObject({
      stage: 'cn',
      env: { region: 'cn-northwest-1' },
      identity: { kind: 'oidc', issuer: CN.identity.issuer },
      tracing: false,
      domain: CN.domain,
      publicRoutes: 'public',
      capabilities: { partition: 'aws-cn', userPools: false, lambdaTracing: false, asyncInvocationMetrics: false },
      removalPolicy: RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
    });
  });

  it('refuses what a China region lacks, naming the setting and the region', () => {
    const cn = CN;
    const prod = COMMITTED_SETTINGS.prod;
    const cases: Array<[object, RegExp]> = [
      [
        { ...cn, identity: prod.identity },
        /Cognito user pools do not exist[\s\S]*cn-northwest-1[\s\S]*at identity\.kind/,
      ],
      [{ ...prod, env: { ...prod.env, region: 'cn-north-1' } }, /Cognito user pools do not exist[\s\S]*cn-north-1/],
      [{ ...cn, tracing: true }, /X-Ray[\s\S]*at tracing/],
      [without(cn, 'domain'), /ICP-filed custom domain[\s\S]*at publicRoutes/],
      [
        { ...cn, env: { ...cn.env, region: 'cn-north-1' } },
        /certificate must be in the stage's region[\s\S]*at domain\.certificateArn/,
      ],
      [
        { ...cn, domain: { ...cn.domain, certificateArn: cn.domain.certificateArn.replace('aws-cn', 'aws') } },
        /certificate must be in the stage's partition/,
      ],
      [
        { ...cn, identity: { ...cn.identity, admin: { by: 'claim', claim: 'groups', value: '[admin]' } } },
        /at identity\.admin\.value/,
      ],
      [{ ...cn, identity: { ...cn.identity, admin: { by: 'scope', scope: 'x admin' } } }, /at identity\.admin\.scope/],
    ];
    for (const [settings, message] of cases)
      expect(() => parseStageSettings(settings, 'test'), String(message)).toThrow(message);
    // Without a domain, cn's public routes may still be authenticated or absent.
    for (const publicRoutes of ['authenticated', 'absent'])
      expect(parseStageSettings({ ...without(cn, 'domain'), publicRoutes }, 'test').publicRoutes).toBe(publicRoutes);
  });

  it('refuses malformed values, naming them', () => {
    const prod = COMMITTED_SETTINGS.prod;
    const oidc = {
      kind: 'oidc',
      issuer: 'https://issuer.example',
      audiences: ['a'],
      admin: { by: 'scope', scope: 'subsidy.admin' },
    };
    const cases: Array<[object, RegExp]> = [
      [{ ...prod, env: { ...prod.env, account: '1234' } }, /at env\.account/],
      [{ ...prod, identity: { ...oidc, issuer: 'http://issuer.example' } }, /at identity\.issuer/],
      [{ ...prod, identity: { ...oidc, audiences: [] } }, /at identity\.audiences/],
      [{ ...prod, identity: { ...oidc, admin: undefined } }, /at identity\.admin/],
      [{ ...prod, identity: { kind: 'cognito', mfa: 'OPTIONAL', featurePlan: 'PLUS' } }, /at identity\.mfa/],
      [{ ...prod, retainData: false }, /at retainData/],
      [{ ...prod, logRetentionDays: 10 }, /at logRetentionDays/],
      [{ ...prod, allowedOrigins: ['http://portal.example'] }, /at allowedOrigins\[0\]/],
      [{ ...COMMITTED_SETTINGS.dev, alarmEmail: 'not-an-address' }, /at alarmEmail/],
    ];
    for (const [settings, message] of cases)
      expect(() => parseStageSettings(settings, 'test'), String(message)).toThrow(message);
    expect(parseStageSettings({ ...prod, identity: oidc }, 'test').identity).toEqual(oidc);
  });

  it('reads only the stage from context: the old identity-bearing flags are refused, an unknown stage too', () => {
    expect(() => configFor({ stage: 'test' })).toThrow(/unknown stage/);
    for (const key of ['jwtIssuer', 'jwtAudience', 'alarmEmail']) {
      expect(() => configFor({ stage: 'prod', [key]: 'x' })).toThrow(new RegExp(`-c ${key} .*infra/stages/prod\\.ts`));
    }
  });
});

describe('prod synthesized twice', () => {
  afterAll(cleanUpSyntheses);
  /** Every identity-bearing resource (user pool, its client and group, the authorizer) by logical id, with its properties. */
  const identity = () => {
    const synthesized = synthStage('prod');
    if (synthesized.error) throw synthesized.error;
    const found: Record<string, unknown> = {};
    for (const template of [synthesized.templates.stateful, synthesized.templates.stateless]) {
      for (const type of [
        'AWS::Cognito::UserPool',
        'AWS::Cognito::UserPoolClient',
        'AWS::Cognito::UserPoolGroup',
        'AWS::ApiGatewayV2::Authorizer',
      ]) {
        Object.assign(found, template.findResources(type));
      }
    }
    return found;
  };

  it('gives the same user pool, app client, admin group and authorizer, logical ids and properties', () => {
    const first = identity();
    expect(
      Object.values(first)
        .map((resource) => (resource as { Type: string }).Type)
        .sort(),
    ).toEqual([
      'AWS::ApiGatewayV2::Authorizer',
      'AWS::Cognito::UserPool',
      'AWS::Cognito::UserPoolClient',
      'AWS::Cognito::UserPoolGroup',
    ]);
    expect(identity()).toEqual(first);
  }, 120_000);
});

describe('route table (shared/contract/resources.ts)', () => {
  it('has one route per method and path, served by a defined function', () => {
    const keys = ROUTES.map((route) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const route of ROUTES) expect(FUNCTION_NAMES).toContain(route.function);
  });

  it('sends exactly the /v1/admin routes to admin-api; public: the policy, the API document and its reference page', () => {
    for (const route of ROUTES) {
      expect(route.access === 'admin', `${route.method} ${route.path}`).toBe(route.path.startsWith('/v1/admin/'));
      expect(route.function === 'admin-api', `${route.method} ${route.path}`).toBe(route.access === 'admin');
    }
    expect(ROUTES.filter((route) => route.access === 'public').map((r) => `${r.method} ${r.path}`)).toEqual(
      PUBLIC_ROUTES,
    );
  });

  it('schedules in Asia/Shanghai', () => {
    expect(SCHEDULES.payoutRun).toMatchObject({ expression: 'cron(0 2 1 3 ? *)', timeZone: 'Asia/Shanghai' });
    expect(SCHEDULES.sweeper).toMatchObject({ expression: 'rate(5 minutes)', timeZone: 'Asia/Shanghai' });
  });
});

describe('cdk.json feature flags', () => {
  it('sets every flag aws-cdk-lib recommends for the installed version, to the recommended value', () => {
    const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const recommended = read(join(PROJECT_ROOT, 'node_modules', 'aws-cdk-lib', 'recommended-feature-flags.json'));
    const { context } = read(join(PROJECT_ROOT, 'cdk.json')) as { context: Record<string, unknown> };
    expect(Object.keys(recommended).length).toBeGreaterThan(0);
    for (const [flag, value] of Object.entries(recommended)) expect(context[flag], flag).toEqual(value);
  });
});
