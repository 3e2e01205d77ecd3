/**
 * API Gateway HTTP API (payload v2) events for invoking handlers directly, shaped like the
 * local gateway's (infra/local/gateway.ts): routeKey, rawPath with the path parameters filled
 * in, and the JWT claims as API Gateway hands them over (`cognito:groups` as "[admin]", and an
 * administrator's access token scope as the dev stage's user pool sets it).
 */
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { claimsForLambda, tokenClaims } from '../../infra/local/dev-auth.js';
import { lambdaContext } from '../../infra/local/lambda-context.js';

export interface Caller {
  sub: string;
  admin?: boolean;
}

export const applicant = (sub: string): Caller => ({ sub });
export const admin = (sub = 'admin-1'): Caller => ({ sub, admin: true });

export interface RequestOptions {
  /** Omit for an anonymous request (public routes). */
  as?: Caller;
  path?: Record<string, string>;
  query?: Record<string, string>;
  /** An object is sent as JSON; a string is sent as is. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** An event for `routeKey` ("GET /v1/applications/{id}"), as API Gateway would build it. */
export function httpEvent(routeKey: string, options: RequestOptions = {}): APIGatewayProxyEventV2WithJWTAuthorizer {
  const [method = 'GET', template = '/'] = routeKey.split(' ');
  const path = options.path ?? {};
  const rawPath = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(path[name] ?? ''));
  const query = options.query;
  const body =
    options.body === undefined
      ? undefined
      : typeof options.body === 'string'
        ? options.body
        : JSON.stringify(options.body);
  const claims = options.as ? claimsForLambda({ sub: options.as.sub, ...tokenClaims(options.as.admin ?? false) }) : {};
  const now = new Date();
  return {
    version: '2.0',
    routeKey,
    rawPath,
    rawQueryString: query ? new URLSearchParams(query).toString() : '',
    headers: { 'content-type': 'application/json', ...options.headers },
    ...(query ? { queryStringParameters: query } : {}),
    ...(Object.keys(path).length ? { pathParameters: path } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'test',
      domainName: 'api.test',
      domainPrefix: 'api',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
      authorizer: { principalId: '', integrationLatency: 0, jwt: { claims, scopes: [] } },
    },
    ...(body === undefined ? {} : { body }),
    isBase64Encoded: false,
  } as APIGatewayProxyEventV2WithJWTAuthorizer;
}

export type HttpLambda = (
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
  context: ReturnType<typeof lambdaContext>,
) => Promise<APIGatewayProxyStructuredResultV2>;

export interface Response<T = any> {
  status: number;
  headers: Record<string, string>;
  body: T;
}

/** Invokes a handler and parses its JSON (or problem+json) body. */
export async function invoke<T = any>(
  handler: HttpLambda,
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
): Promise<Response<T>> {
  const result = await handler(event, lambdaContext('test'));
  const text = result.body ?? '';
  return {
    status: result.statusCode ?? 200,
    headers: (result.headers ?? {}) as Record<string, string>,
    body: (text ? JSON.parse(text) : undefined) as T,
  };
}

/** `call(handler)('GET /v1/...', options)`: build and invoke in one step. */
export const caller =
  (handler: HttpLambda) =>
  <T = any>(routeKey: string, options: RequestOptions = {}) =>
    invoke<T>(handler, httpEvent(routeKey, options));
