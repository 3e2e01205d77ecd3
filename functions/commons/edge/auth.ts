/**
 * The caller, from the JWT claims API Gateway's authorizer put on the event
 * (`requestContext.authorizer.jwt.claims`). The local gateway puts the same claims there.
 * An administrator is recognised by the stage's rule (ADMIN_RECOGNITION: a scope or a scalar
 * claim, shared/contract/admin-recognition.ts), never by `cognito:groups`: API Gateway hands an
 * array claim over flattened to "[a b]", which cannot tell ["x admin"] from ["x", "admin"].
 */
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import {
  ADMIN_RECOGNITION_VARIABLE,
  adminRecognitionSchema,
  isAdministrator,
  USER_POOL_ADMIN_RECOGNITION,
  type AdminRecognition,
} from '../../../shared/contract/admin-recognition.js';
import { ADMIN_GROUP } from '../../../shared/contract/resources.js';
import { forbidden, unauthorized } from './problems.js';

export interface Principal {
  /** The applicant id (`sub`). */
  id: string;
  isAdmin: boolean;
}

/**
 * The stage's rule (ADMIN_RECOGNITION), read once where an API is composed, like its tables.
 * Without the variable: the rule of a stage's own user pool, which is the dev stage's and the
 * local gateway's.
 */
export function adminRecognition(): AdminRecognition {
  const source = process.env[ADMIN_RECOGNITION_VARIABLE];
  return source === undefined ? USER_POOL_ADMIN_RECOGNITION : adminRecognitionSchema.parse(JSON.parse(source));
}

/** What a route that tells administrators apart needs beside the request: its table and the stage's rule. */
export interface TableAndAdmins {
  table: string;
  admins: AdminRecognition;
}

type AuthorizedEvent = Pick<APIGatewayProxyEventV2WithJWTAuthorizer, 'requestContext'>;

/** The caller's id (`sub`), for a route that acts for the caller alone and so needs no admin check. */
export function callerIdOf(event: AuthorizedEvent): string {
  const sub = event.requestContext?.authorizer?.jwt?.claims?.sub;
  if (typeof sub !== 'string' || sub.length === 0) throw unauthorized();
  return sub;
}

/** The caller, an administrator under `admins` (the stage's rule) or not. */
export function principalOf(event: AuthorizedEvent, admins: AdminRecognition): Principal {
  const id = callerIdOf(event);
  return { id, isAdmin: isAdministrator(event.requestContext.authorizer.jwt.claims, admins) };
}

export function requireAdmin(principal: Principal): Principal {
  if (!principal.isAdmin) throw forbidden(ADMIN_GROUP);
  return principal;
}
