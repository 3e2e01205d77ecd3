/**
 * The API's CORS policy (SPEC §9). The allowed origins are the stage's (infra/stages/<stage>.ts
 * `allowedOrigins`; none means no CORS at all); the rest is the same everywhere. On AWS the HTTP
 * API applies it (the stateless stack's corsPreflight); locally the gateway does, here.
 */
import { ROUTES } from '../shared/contract/resources.js';

export const CORS_POLICY = {
  allowMethods: [...new Set(ROUTES.map((route) => route.method))],
  allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'accept-language'],
  exposeHeaders: ['location', 'content-language'],
  maxAgeSeconds: 3600,
} as const;

/** The local system's origins: a front end's development server on any port of this machine. */
export const LOCAL_ALLOWED_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*'] as const;

/** An origin matches an entry exactly, or an entry ending in `:*` on any port. */
export function originAllowed(origin: string, allowed: readonly string[]): boolean {
  return allowed.some((entry) =>
    entry.endsWith(':*')
      ? origin.startsWith(entry.slice(0, -1)) && /^[0-9]{1,5}$/.test(origin.slice(entry.length - 1))
      : entry === origin,
  );
}

export interface CorsRequest {
  method: string;
  origin: string | undefined;
  /** `Access-Control-Request-Method`: present on a preflight. */
  requestMethod: string | undefined;
}

/**
 * What CORS adds to an answer, and whether the request is a preflight the gateway answers itself
 * (as API Gateway does, before any route). A request from an origin not allowed gets no CORS
 * headers, so the browser keeps the answer from the page.
 */
export function cors(
  { method, origin, requestMethod }: CorsRequest,
  allowed: readonly string[],
): { preflight: boolean; headers: Record<string, string> } {
  // With no origin allowed there is no CORS configuration, and an OPTIONS request is routed like any other.
  const preflight = allowed.length > 0 && method === 'OPTIONS' && origin !== undefined && requestMethod !== undefined;
  if (origin === undefined || !originAllowed(origin, allowed)) return { preflight, headers: {} };
  const headers: Record<string, string> = { 'access-control-allow-origin': origin, vary: 'origin' };
  if (!preflight)
    return {
      preflight,
      headers: { ...headers, 'access-control-expose-headers': CORS_POLICY.exposeHeaders.join(', ') },
    };
  return {
    preflight,
    headers: {
      ...headers,
      'access-control-allow-methods': CORS_POLICY.allowMethods.join(', '),
      'access-control-allow-headers': CORS_POLICY.allowHeaders.join(', '),
      'access-control-max-age': String(CORS_POLICY.maxAgeSeconds),
    },
  };
}
