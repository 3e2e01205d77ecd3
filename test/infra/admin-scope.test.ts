/** The user pool's pre-token-generation trigger: the admin scope for members of the admin group only. */
import { describe, expect, it } from 'vitest';
import type { PreTokenGenerationV2TriggerEvent } from 'aws-lambda';
import { handler } from '../../functions/admin-scope/handler.js';
import { USER_POOL_ADMIN_SCOPE } from '../../shared/contract/admin-recognition.js';

const event = (groups: string[]) =>
  ({
    version: '2',
    triggerSource: 'TokenGeneration_Authentication',
    region: 'us-east-1',
    userPoolId: 'us-east-1_example',
    userName: 'reviewer',
    callerContext: { awsSdkVersion: 'x', clientId: 'client' },
    request: { userAttributes: {}, groupConfiguration: { groupsToOverride: groups, iamRolesToOverride: [] } },
    response: { claimsAndScopeOverrideDetails: {} },
  }) as unknown as PreTokenGenerationV2TriggerEvent;

const accessToken = async (groups: string[]) =>
  (await handler(event(groups))).response.claimsAndScopeOverrideDetails.accessTokenGeneration;

describe('admin-scope trigger', () => {
  it('adds the admin scope to the access token of a member of the admin group', async () => {
    expect(await accessToken(['admin'])).toEqual({ scopesToAdd: [USER_POOL_ADMIN_SCOPE] });
    expect(await accessToken(['reviewers', 'admin'])).toEqual({ scopesToAdd: [USER_POOL_ADMIN_SCOPE] });
  });

  it.each([[[]], [['x admin']], [['Admin']], [['admin ']], [['administrators']], [['[admin]']]])(
    'suppresses it for groups %j',
    async (groups) => {
      expect(await accessToken(groups)).toEqual({ scopesToSuppress: [USER_POOL_ADMIN_SCOPE] });
    },
  );
});
