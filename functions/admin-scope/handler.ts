/**
 * The user pool's pre-token-generation trigger (event version 2): puts the administrators'
 * scope (USER_POOL_ADMIN_SCOPE) into the access token of a member of the admin group, and
 * suppresses it for anyone else. The API functions recognise administrators by that scope,
 * which reaches them unchanged, instead of by `cognito:groups`, which API Gateway flattens.
 */
import type { PreTokenGenerationV2TriggerEvent } from 'aws-lambda';
import { USER_POOL_ADMIN_SCOPE } from '../../shared/contract/admin-recognition.js';
import { ADMIN_GROUP } from '../../shared/contract/resources.js';

export const handler = async (event: PreTokenGenerationV2TriggerEvent): Promise<PreTokenGenerationV2TriggerEvent> => {
  const groups = event.request.groupConfiguration?.groupsToOverride ?? [];
  const admin = Array.isArray(groups) && groups.includes(ADMIN_GROUP);
  event.response = {
    claimsAndScopeOverrideDetails: {
      accessTokenGeneration: admin
        ? { scopesToAdd: [USER_POOL_ADMIN_SCOPE] }
        : { scopesToSuppress: [USER_POOL_ADMIN_SCOPE] },
    },
  };
  return event;
};
