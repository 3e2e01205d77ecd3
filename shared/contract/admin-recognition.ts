/**
 * How the functions recognise an administrator from the JWT claims API Gateway hands them
 * (SPEC §10.1). Only from a value that arrives unchanged: a scope of the space-separated `scope`
 * claim, or a scalar claim equal to a named value. Never from an array claim: API Gateway
 * flattens `["x admin"]` and `["x", "admin"]` alike to "[x admin]", and `[1, "admin"]` to
 * "[1 admin]", so no reading of that string can be trusted.
 *
 * The stage's configuration names the rule (infra/stages/<stage>.ts); the stack hands it to the
 * API functions as ADMIN_RECOGNITION, and the local gateway's tokens follow the dev stage's rule.
 */
import { z } from 'zod';
import { ADMIN_GROUP } from './resources.js';

/** A value that no flattened array ("[a b]") and no other scope list can equal: no whitespace, no brackets. */
const unambiguous = z
  .string()
  .min(1)
  .regex(/^[^\s[\]]+$/, 'must hold no whitespace and no brackets (a flattened array claim could otherwise equal it)');

export const adminRecognitionSchema = z.discriminatedUnion('by', [
  /** The access token's `scope` claim (space-separated) contains this scope. */
  z.object({ by: z.literal('scope'), scope: unambiguous }),
  /** The claim is a string equal to `value` (an array or object claim never is). */
  z.object({ by: z.literal('claim'), claim: z.string().min(1), value: unambiguous }),
]);
export type AdminRecognition = z.infer<typeof adminRecognitionSchema>;

/** The environment variable that carries the rule (JSON) to the API functions. */
export const ADMIN_RECOGNITION_VARIABLE = 'ADMIN_RECOGNITION';

/**
 * The scope a stage's own user pool puts in an administrator's access token: its
 * pre-token-generation trigger adds it for members of the ADMIN_GROUP group (and only them).
 */
export const USER_POOL_ADMIN_SCOPE = `lingang-ai-subsidy/${ADMIN_GROUP}`;
export const USER_POOL_ADMIN_RECOGNITION: AdminRecognition = { by: 'scope', scope: USER_POOL_ADMIN_SCOPE };

/** The rule of a stage's identity provider: its own user pool's scope, or what the OIDC stage names. */
export const adminRecognitionOf = (
  identity: { kind: 'cognito' } | { kind: 'oidc'; admin: AdminRecognition },
): AdminRecognition => (identity.kind === 'cognito' ? USER_POOL_ADMIN_RECOGNITION : identity.admin);

/** "[…]": how API Gateway renders an array claim; as a scope list it could hide ["x admin y"]. */
const FLATTENED_ARRAY = /^\[.*\]$/s;

/**
 * Whether the claims, as API Gateway hands them to a function, name an administrator under the
 * rule: the scalar claim equals the value exactly, or the `scope` string (never a flattened array)
 * lists the scope.
 */
export function isAdministrator(claims: Record<string, unknown> | undefined, rule: AdminRecognition): boolean {
  if (rule.by === 'claim') return claims?.[rule.claim] === rule.value;
  const scope = claims?.scope;
  return typeof scope === 'string' && !FLATTENED_ARRAY.test(scope) && scope.split(' ').includes(rule.scope);
}

/** The claims a token carries that make its holder an administrator under the rule (local tokens, tests). */
export function administratorClaims(rule: AdminRecognition, otherScopes: string[] = []): Record<string, string> {
  if (rule.by === 'claim') return { [rule.claim]: rule.value };
  return { scope: [...otherScopes, rule.scope].join(' ') };
}
