/**
 * The caller, from the JWT claims API Gateway's authorizer put on the event
 * (`requestContext.authorizer.jwt.claims`). The local gateway puts the same claims there.
 */
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { ADMIN_GROUP } from '../../../shared/contract/resources.js';
import { forbidden, unauthorized } from './problems.js';

export interface Principal {
  /** The applicant id (`sub`). */
  id: string;
  isAdmin: boolean;
}

/** A string claim that holds a JSON array of strings (issuers that can only add string claims stringify arrays). */
function jsonStringArray(claim: string): string[] | undefined {
  try {
    const parsed: unknown = JSON.parse(claim);
    return Array.isArray(parsed) && parsed.every((group) => typeof group === 'string') ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The groups of the `cognito:groups` claim, exactly as named. API Gateway's JWT authorizer hands
 * an array claim to the Lambda as "[a b]": names joined by single spaces (Cognito group names
 * hold no whitespace); a token issuer may also send a JSON array, or a JSON array as a string.
 * A name is never split on anything else (",", quotes), and a claim in no such form, or with an
 * empty name in it ("[admin ]"), is no group at all: an unreadable claim grants nothing.
 */
export function groupsOf(claim: unknown): string[] {
  if (Array.isArray(claim)) return claim.every((group) => typeof group === 'string') ? claim : [];
  if (typeof claim !== 'string') return [];
  const fromJson = jsonStringArray(claim);
  if (fromJson) return fromJson;
  const bracketed = /^\[(.*)\]$/s.exec(claim)?.[1];
  if (bracketed === undefined || bracketed === '') return [];
  const names = bracketed.split(' ');
  return names.includes('') ? [] : names;
}

export function principalOf(event: Pick<APIGatewayProxyEventV2WithJWTAuthorizer, 'requestContext'>): Principal {
  const claims = event.requestContext?.authorizer?.jwt?.claims;
  const sub = claims?.sub;
  if (typeof sub !== 'string' || sub.length === 0) throw unauthorized();
  return { id: sub, isAdmin: groupsOf(claims?.['cognito:groups']).includes(ADMIN_GROUP) };
}

export function requireAdmin(principal: Principal): Principal {
  if (!principal.isAdmin) throw forbidden(ADMIN_GROUP);
  return principal;
}
