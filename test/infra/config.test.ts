/** Stage configuration from CDK context, and the shared route table's invariants (no synthesis). */
import { describe, expect, it } from 'vitest';
import { RemovalPolicy } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { stageConfigFromContext } from '../../infra/config.js';
import { FUNCTION_NAMES, ROUTES, SCHEDULES } from '../../infra/resources.js';

/** A bare construct tree root with the given context (an App would create a temporary outdir). */
const configFor = (context: Record<string, unknown>) => {
  const root = new Construct(undefined as never, '');
  for (const [key, value] of Object.entries(context)) root.node.setContext(key, value);
  return stageConfigFromContext(root.node);
};

describe('stage configuration', () => {
  it('defaults to dev, which lets data go', () => {
    const config = configFor({});
    expect(config.stage).toBe('dev');
    expect(config.removalPolicy).toBe(RemovalPolicy.DESTROY);
    expect(config.deletionProtection).toBe(false);
    expect(config.jwt).toBeUndefined();
  });

  it('prod retains data, protects it from deletion and requires MFA', () => {
    const config = configFor({ stage: 'prod' });
    expect(config).toMatchObject({ stage: 'prod', prefix: 'lingang-ai-subsidy-prod', removalPolicy: RemovalPolicy.RETAIN, deletionProtection: true, mfa: 'REQUIRED' });
  });

  it('takes an external JWT issuer and audience and an alarm e-mail from context', () => {
    const config = configFor({ stage: 'prod', jwtIssuer: 'https://login.example.gov.cn/realms/lingang', jwtAudience: 'a, b', alarmEmail: 'ops@example.gov.cn' });
    expect(config.jwt).toEqual({ issuer: 'https://login.example.gov.cn/realms/lingang', audience: ['a', 'b'] });
    expect(config.alarmEmail).toBe('ops@example.gov.cn');
  });

  it('refuses an unknown stage, an issuer without audience and a non-https issuer', () => {
    expect(() => configFor({ stage: 'test' })).toThrow(/unknown stage/);
    expect(() => configFor({ jwtIssuer: 'https://issuer.example' })).toThrow(/together/);
    expect(() => configFor({ jwtIssuer: 'http://issuer.example', jwtAudience: 'a' })).toThrow(/https/);
  });
});

describe('route table (infra/resources.ts)', () => {
  it('has one route per method and path, served by a defined function', () => {
    const keys = ROUTES.map((route) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const route of ROUTES) expect(FUNCTION_NAMES).toContain(route.function);
  });

  it('sends exactly the /v1/admin routes to admin-api, and only GET /v1/policy is public', () => {
    for (const route of ROUTES) {
      expect(route.access === 'admin', `${route.method} ${route.path}`).toBe(route.path.startsWith('/v1/admin/'));
      expect(route.function === 'admin-api', `${route.method} ${route.path}`).toBe(route.access === 'admin');
    }
    expect(ROUTES.filter((route) => route.access === 'public').map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/policy']);
  });

  it('schedules in Asia/Shanghai', () => {
    expect(SCHEDULES.payoutRun).toMatchObject({ expression: 'cron(0 2 1 3 ? *)', timeZone: 'Asia/Shanghai' });
    expect(SCHEDULES.sweeper).toMatchObject({ expression: 'rate(5 minutes)', timeZone: 'Asia/Shanghai' });
  });
});
