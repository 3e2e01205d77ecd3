/**
 * The local stand-in for the dev stage's identity provider (its Cognito user pool): a signing key
 * kept in `.local/`, tokens with the claims that pool issues (`sub`, `cognito:groups`, and the
 * `scope` its pre-token-generation trigger sets, which is how an administrator is recognised:
 * the dev stage's rule, shared/contract/admin-recognition.ts), and verification as API Gateway's
 * JWT authorizer does it (signature, issuer, audience, expiry).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import {
  ADMIN_RECOGNITION_VARIABLE,
  adminRecognitionOf,
  administratorClaims,
  type AdminRecognition,
} from '../../shared/contract/admin-recognition.js';
import { ADMIN_GROUP } from '../../shared/contract/resources.js';
import { PUBLIC_ROUTES_VARIABLE, type PublicRoutes } from '../../shared/contract/route-paths.js';
import { DEV } from '../stages/dev.js';

export const LOCAL_ISSUER = 'https://local.lingang-ai-subsidy/dev-issuer';
export const LOCAL_AUDIENCE = 'lingang-ai-subsidy-local';
const ALGORITHM = 'HS256';
/** How the local functions recognise an administrator: the dev stage's rule. */
export const LOCAL_ADMIN_RECOGNITION: AdminRecognition = adminRecognitionOf(DEV.identity);
/** The dev stage's public routes: what the local gateway does with them. */
export const LOCAL_PUBLIC_ROUTES: PublicRoutes = DEV.publicRoutes;
/** What the stack tells the functions that serve routes (infra/constructs/api-identity.ts), for the dev stage. */
export const localIdentityEnvironment = (): Record<string, string> => ({
  [ADMIN_RECOGNITION_VARIABLE]: JSON.stringify(LOCAL_ADMIN_RECOGNITION),
  [PUBLIC_ROUTES_VARIABLE]: LOCAL_PUBLIC_ROUTES,
});
/** The scope Cognito gives every access token of its own sign-in flows. */
const USER_POOL_SCOPE = 'aws.cognito.signin.user.admin';

/** The key file is created on first use and kept, so tokens survive a restart. */
export function loadSigningKey(path: string): Uint8Array {
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
}

export interface TokenRequest {
  sub: string;
  admin?: boolean;
  /** Lifetime in seconds. */
  expiresIn?: number;
}

/** The claims of a local access token besides `sub` and the registered ones: the dev user pool's, admin or not. */
export function tokenClaims(admin: boolean): Record<string, unknown> {
  const recognition = admin
    ? administratorClaims(LOCAL_ADMIN_RECOGNITION, [USER_POOL_SCOPE])
    : { scope: USER_POOL_SCOPE };
  return { 'cognito:groups': admin ? [ADMIN_GROUP] : [], token_use: 'access', ...recognition };
}

export async function issueToken(
  key: Uint8Array,
  { sub, admin = false, expiresIn = 12 * 3600 }: TokenRequest,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(tokenClaims(admin))
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + expiresIn)
    .sign(key);
}

/**
 * API Gateway's `www-authenticate` for a wrong audience, verbatim from its documentation
 * ("Troubleshooting issues with HTTP API JWT authorizers"). AWS publishes no other wording, so
 * every other refusal names only the scheme rather than inventing one.
 */
const WRONG_AUDIENCE =
  'Bearer scope="" error="invalid_token" error_description="the token does not have a valid audience"';

export type Verification = { claims: JWTPayload } | { wwwAuthenticate: string };

/**
 * Tokens found valid, per key, until they expire: neither their signature nor their claims can
 * change, so a client's every request need not be verified again (jose's HMAC and claim checks
 * were a few percent of the local system's CPU under bench:api's load). Bounded: emptied when full.
 */
const verified = new WeakMap<Uint8Array, Map<string, JWTPayload>>();
const VERIFIED_KEPT = 1_000;
/** As jose judges expiry: `exp` against the current second. */
const unexpired = (claims: JWTPayload) => claims.exp === undefined || claims.exp > Math.floor(Date.now() / 1000);

/** The verified claims, or the refusal of a missing, expired, forged or foreign token. */
export async function verifyBearer(key: Uint8Array, authorization: string | undefined): Promise<Verification> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) return { wwwAuthenticate: 'Bearer' };
  const token = match[1]!;
  const kept = verified.get(key) ?? new Map<string, JWTPayload>();
  verified.set(key, kept);
  const known = kept.get(token);
  if (known && unexpired(known)) return { claims: known };
  try {
    const { payload } = await jwtVerify(token, key, {
      issuer: LOCAL_ISSUER,
      audience: LOCAL_AUDIENCE,
      algorithms: [ALGORITHM],
    });
    if (kept.size >= VERIFIED_KEPT) kept.clear();
    kept.set(token, payload);
    return { claims: payload };
  } catch (error) {
    return {
      wwwAuthenticate:
        error instanceof errors.JWTClaimValidationFailed && error.claim === 'aud' ? WRONG_AUDIENCE : 'Bearer',
    };
  }
}

/**
 * Claims as API Gateway hands them to the Lambda: strings, with arrays flattened to
 * "[a b]" (which is how `cognito:groups` arrives on AWS).
 */
export function claimsForLambda(payload: JWTPayload): Record<string, string> {
  return Object.fromEntries(
    Object.entries(payload).map(([name, value]) => [
      name,
      Array.isArray(value) ? `[${value.join(' ')}]` : String(value),
    ]),
  );
}
