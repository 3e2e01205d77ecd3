/**
 * The local stand-in for Cognito: a signing key kept in `.local/`, tokens with the same
 * claims Cognito issues (`sub`, `cognito:groups`), and verification as API Gateway's JWT
 * authorizer does it (signature, issuer, audience, expiry).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';

export const LOCAL_ISSUER = 'https://local.lingang-ai-subsidy/dev-issuer';
export const LOCAL_AUDIENCE = 'lingang-ai-subsidy-local';
const ALGORITHM = 'HS256';

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

export async function issueToken(key: Uint8Array, { sub, admin = false, expiresIn = 12 * 3600 }: TokenRequest): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ 'cognito:groups': admin ? ['admin'] : [], token_use: 'access' })
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
const WRONG_AUDIENCE = 'Bearer scope="" error="invalid_token" error_description="the token does not have a valid audience"';

export type Verification = { claims: JWTPayload } | { wwwAuthenticate: string };

/** The verified claims, or the refusal of a missing, expired, forged or foreign token. */
export async function verifyBearer(key: Uint8Array, authorization: string | undefined): Promise<Verification> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) return { wwwAuthenticate: 'Bearer' };
  try {
    const { payload } = await jwtVerify(match[1]!, key, { issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE, algorithms: [ALGORITHM] });
    return { claims: payload };
  } catch (error) {
    return { wwwAuthenticate: error instanceof errors.JWTClaimValidationFailed && error.claim === 'aud' ? WRONG_AUDIENCE : 'Bearer' };
  }
}

/**
 * Claims as API Gateway hands them to the Lambda: strings, with arrays flattened to
 * "[a b]" (which is how `cognito:groups` arrives on AWS).
 */
export function claimsForLambda(payload: JWTPayload): Record<string, string> {
  return Object.fromEntries(
    Object.entries(payload).map(([name, value]) => [name, Array.isArray(value) ? `[${value.join(' ')}]` : String(value)]),
  );
}
