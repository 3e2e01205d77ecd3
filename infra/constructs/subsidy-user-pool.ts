/**
 * The stage's own Cognito user pool (the `cognito` identity provider; global regions only):
 * applicants sign up with their e-mail, admins are members of the admin group, and a
 * pre-token-generation trigger (functions/admin-scope) puts the administrators' scope into their
 * access tokens, which is how the API functions recognise them. It lives in the stateful stack
 * because it holds the users: replacing it would turn every issued token into a 401.
 */
import { Duration, Stack, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  LambdaVersion,
  Mfa,
  StandardThreatProtectionMode,
  UserPool,
  UserPoolEmail,
  UserPoolOperation,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';
import type { StageConfig } from '../config.js';
import type { IdentityConfig } from '../stages/settings.js';
import { ADMIN_GROUP } from '../../shared/contract/resources.js';
import { SubsidyFunction } from './subsidy-function.js';

export interface SubsidyUserPool {
  userPool: UserPool;
  /** The app client: public (no secret), SRP sign-in, and admin password sign-in for operators' CLI tokens. */
  client: UserPoolClient;
  /** The `iss` of its tokens. */
  issuer: string;
}

/** Adds the user pool, its admin group and app client directly to the stack (their logical ids stay put). */
export function addUserPool(
  scope: Construct,
  config: StageConfig,
  auth: Extract<IdentityConfig, { kind: 'cognito' }>,
): SubsidyUserPool {
  const plus = auth.featurePlan === 'PLUS';
  const userPool = new UserPool(scope, 'UserPool', {
    userPoolName: `${config.prefix}-users`,
    selfSignUpEnabled: true,
    signInAliases: { email: true },
    autoVerify: { email: true },
    passwordPolicy: {
      minLength: 12,
      requireLowercase: true,
      requireUppercase: true,
      requireDigits: true,
      requireSymbols: true,
      tempPasswordValidity: Duration.days(3),
    },
    mfa: auth.mfa === 'REQUIRED' ? Mfa.REQUIRED : Mfa.OPTIONAL,
    mfaSecondFactor: { otp: true, sms: false },
    accountRecovery: AccountRecovery.EMAIL_ONLY,
    featurePlan: plus ? FeaturePlan.PLUS : FeaturePlan.ESSENTIALS,
    ...(plus ? { standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION } : {}),
    deletionProtection: config.deletionProtection,
    removalPolicy: config.removalPolicy,
    // Cognito's own sender allows 50 mails a day: a stage with real users names its SES identity.
    ...(auth.mail ? { email: UserPoolEmail.withSES(auth.mail) } : {}),
  });
  userPool.addGroup('AdminGroup', {
    groupName: ADMIN_GROUP,
    description: 'Administrators (reviewers): may use the /v1/admin routes',
  });
  // Version 2 events customise access tokens (Essentials and Plus feature plans).
  const adminScope = new SubsidyFunction(scope, 'AdminScope', {
    name: 'admin-scope',
    description:
      "User pool pre-token-generation trigger: the administrators' scope in the access tokens of admin group members",
    logRetention: config.logRetention,
    logRemovalPolicy: config.removalPolicy,
    tracing: config.tracing,
  });
  userPool.addTrigger(UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, adminScope.live, LambdaVersion.V2_0);
  const client = userPool.addClient('AppClient', {
    generateSecret: false,
    // ADMIN_USER_PASSWORD_AUTH needs IAM credentials (cognito-idp:AdminInitiateAuth): the README's first token on AWS.
    authFlows: { userSrp: true, adminUserPassword: true },
    preventUserExistenceErrors: true,
    accessTokenValidity: Duration.hours(1),
    idTokenValidity: Duration.hours(1),
    refreshTokenValidity: Duration.days(30),
    enableTokenRevocation: true,
  });
  if (!plus) {
    Validations.of(userPool).acknowledge({
      id: 'AwsSolutions-COG8',
      reason:
        'The dev stage holds test users only; the Plus feature plan (threat protection) is required in prod (infra/config.ts), where real applicants sign in.',
    });
  }
  if (auth.mfa !== 'REQUIRED') {
    Validations.of(userPool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason:
        'MFA is optional in the dev stage only (test users, automated API tests); prod requires TOTP MFA (infra/config.ts).',
    });
  }
  const stack = Stack.of(scope);
  // URLSuffix keeps the issuer right in the China partition (amazonaws.com.cn).
  const issuer = `https://cognito-idp.${stack.region}.${stack.urlSuffix}/${userPool.userPoolId}`;
  return { userPool, client, issuer };
}
