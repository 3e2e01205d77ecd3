/**
 * The cn stage: the administration's production system in AWS China (Ningxia, partition
 * `aws-cn`), where the applicants' data stays in China. The account, issuer, audience, admin
 * claim, domain, certificate and alarm address below are documented EXAMPLE values (they let
 * `npx cdk synth -c stage=cn` and the tests run offline): a deployer replaces them with the real
 * ones and commits the change (README, "Deploying in AWS China").
 *
 * What differs from prod, because the region lacks it (infra/stages/regions.ts): no Cognito user
 * pool (the administration's OpenID Connect issuer instead), no Lambda X-Ray tracing, and public
 * routes only on an ICP-filed domain. The region can also be cn-north-1 (Beijing): the tests
 * synthesize and validate both.
 */
import { PRODUCTION_OPERATIONS } from './prod.js';
import type { StageSettings } from './settings.js';

export const CN = {
  // Alarm address, throttles, retention and backups as prod's (replace the EXAMPLE alarm address there, or here).
  ...PRODUCTION_OPERATIONS,
  stage: 'cn',
  // EXAMPLE: the aws-cn account that holds the stage.
  env: { account: '123456789012', region: 'cn-northwest-1' },
  identity: {
    kind: 'oidc',
    // EXAMPLE: the administration's identity provider and the API's registration with it.
    issuer: 'https://login.example.gov.cn/realms/lingang',
    audiences: ['lingang-ai-subsidy'],
    // EXAMPLE: the scalar claim (a string, never an array) the provider sets for reviewers.
    admin: { by: 'claim', claim: 'lingang_role', value: 'subsidy-admin' },
  },
  tracing: false,
  // EXAMPLE: the ICP-filed host name and its certificate in ACM (imported) in the stage's region.
  domain: {
    name: 'api.subsidy.example.gov.cn',
    certificateArn: 'arn:aws-cn:acm:cn-northwest-1:123456789012:certificate/00000000-0000-0000-0000-000000000000',
  },
  // Served on the ICP-filed domain; without a filing make them 'authenticated' or 'absent'.
  publicRoutes: 'public',
  allowedOrigins: [],
} satisfies StageSettings;
