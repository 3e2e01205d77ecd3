/**
 * Bearer tokens like the local dev tokens (infra/local/dev-auth.ts), with every part that API
 * Gateway's JWT authorizer checks open to being wrong: key, algorithm, issuer, audience, expiry,
 * and any `cognito:groups` or other claim. For tests of what the gateway and the handlers refuse.
 */
import { SignJWT } from 'jose';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '../../infra/local/dev-auth.js';

export interface TokenOptions {
  sub?: string;
  /** The `cognito:groups` claim as the token carries it (an array, as Cognito issues it, or anything else). */
  groups?: unknown;
  /** Further claims (`scope`, an OIDC stage's admin claim), in any shape. */
  claims?: Record<string, unknown>;
  issuer?: string;
  audience?: string;
  expiresAt?: number;
  notBefore?: number;
  alg?: 'HS256' | 'HS512';
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

export function signToken(
  key: Uint8Array,
  {
    sub = 'applicant-1',
    groups = [],
    claims = {},
    issuer = LOCAL_ISSUER,
    audience = LOCAL_AUDIENCE,
    expiresAt = nowSeconds() + 600,
    notBefore,
    alg = 'HS256',
  }: TokenOptions = {},
): Promise<string> {
  const jwt = new SignJWT({ 'cognito:groups': groups, token_use: 'access', ...claims })
    .setProtectedHeader({ alg, typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(expiresAt);
  if (notBefore !== undefined) jwt.setNotBefore(notBefore);
  return jwt.sign(key);
}

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsigned token (`alg: none`) with the right issuer and audience, claiming what it likes. */
export function unsignedToken(claims: Record<string, unknown>): string {
  const payload = { iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE, exp: nowSeconds() + 600, ...claims };
  return `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(payload)}.`;
}

/** A token whose payload was rewritten under its original signature. */
export function tamperedToken(token: string, claims: Record<string, unknown>): string {
  const [header, , signature] = token.split('.');
  const payload = { iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE, iat: nowSeconds(), exp: nowSeconds() + 600, ...claims };
  return `${header}.${b64url(payload)}.${signature}`;
}
