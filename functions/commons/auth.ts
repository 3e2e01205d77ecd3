/**
 * The caller, from the JWT claims API Gateway's authorizer put on the event
 * (`requestContext.authorizer.jwt.claims`). The local gateway puts the same claims there.
 */
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { ADMIN_GROUP } from '../../infra/resources.js';
import { forbidden, unauthorized } from './problems.js';

export interface Principal {
  /** The applicant id (`sub`). */
  id: string;
  isAdmin: boolean;
}


/**
 * Cognito's `cognito:groups` reaches the Lambda as a string such as "[admin reviewers]",
 * or as an array when a token issuer sends one; both are accepted.
 */
export function groupsOf(claim: unknown): string[] {
  if (Array.isArray(claim)) return claim.map(String);
  if (typeof claim !== 'string') return [];
  return claim
    .replace(/^\[|\]$/g, '')
    .split(/[\s,]+/)
    .map((group) => group.replace(/^"|"$/g, ''))
    .filter(Boolean);
}

export function principalOf(event: Pick<APIGatewayProxyEventV2WithJWTAuthorizer, 'requestContext'>): Principal {
  const claims = event.requestContext?.authorizer?.jwt?.claims;
  const sub = claims?.sub;
  if (typeof sub !== 'string' || sub.length === 0) throw unauthorized();
  return { id: sub, isAdmin: groupsOf(claims?.['cognito:groups']).includes(ADMIN_GROUP) };
}

export function requireAdmin(principal: Principal): Principal {
  if (!principal.isAdmin) throw forbidden(`this route needs membership of the ${ADMIN_GROUP} group`);
  return principal;
}
