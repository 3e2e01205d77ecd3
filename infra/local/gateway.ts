/**
 * The local API Gateway: matches a request to a route of `infra/resources.ts` ROUTES, verifies
 * the bearer token like the HTTP API's JWT authorizer (401 `{"message":"Unauthorized"}`),
 * builds an HTTP API payload v2 event and calls the same handler that runs on AWS.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { ROUTES as API_ROUTES, type FunctionName, type RouteDefinition as ApiRoute } from '../resources.js';
import { claimsForLambda, verifyBearer } from './dev-auth.js';
import { lambdaContext } from './lambda-context.js';

export type HttpLambda = (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: unknown) => Promise<APIGatewayProxyStructuredResultV2>;

/** API Gateway's own payload limit; the handlers refuse far smaller bodies themselves. */
const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

interface CompiledRoute extends ApiRoute {
  pattern: RegExp;
  names: string[];
}

function compile(route: ApiRoute): CompiledRoute {
  const names: string[] = [];
  const source = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { ...route, pattern: new RegExp(`^${source}$`), names };
}

const ROUTES = API_ROUTES.map(compile);
const routeKey = (route: ApiRoute) => `${route.method} ${route.path}`;

function match(method: string, path: string) {
  for (const route of ROUTES) {
    const found = route.method === method ? route.pattern.exec(path) : null;
    if (found) return { route, pathParameters: Object.fromEntries(route.names.map((name, i) => [name, found[i + 1]!])) };
  }
  return undefined;
}

async function readBody(request: IncomingMessage): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_PAYLOAD_BYTES) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function send(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(body);
}

export interface GatewayOptions {
  signingKey: Uint8Array;
  handlerFor: (name: FunctionName) => Promise<HttpLambda>;
}

/** Answers one request; returns false when no API route matches (so other local endpoints may). */
export function apiGateway({ signingKey, handlerFor }: GatewayOptions) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const found = match(method, url.pathname);
    if (!found) return false;
    const { route, pathParameters } = found;

    const payload = route.access === 'public' ? null : await verifyBearer(signingKey, request.headers.authorization);
    if (route.access !== 'public' && !payload) return send(response, 401, '{"message":"Unauthorized"}'), true;

    const body = await readBody(request);
    if (body === 'too-large') return send(response, 413, '{"message":"Request Entity Too Large"}'), true;

    const now = new Date();
    const headers = Object.fromEntries(
      Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(',') : (value ?? '')]),
    );
    const event: APIGatewayProxyEventV2WithJWTAuthorizer = {
      version: '2.0',
      routeKey: routeKey(route),
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers,
      ...(url.search ? { queryStringParameters: Object.fromEntries(url.searchParams) } : {}),
      ...(route.names.length ? { pathParameters } : {}),
      requestContext: {
        accountId: '000000000000',
        apiId: 'local',
        domainName: url.host,
        domainPrefix: 'local',
        http: { method, path: url.pathname, protocol: `HTTP/${request.httpVersion}`, sourceIp: request.socket.remoteAddress ?? '127.0.0.1', userAgent: headers['user-agent'] ?? '' },
        requestId: randomUUID(),
        routeKey: routeKey(route),
        stage: '$default',
        time: now.toISOString(),
        timeEpoch: now.getTime(),
        authorizer: { principalId: '', integrationLatency: 0, jwt: { claims: payload ? claimsForLambda(payload) : {}, scopes: [] } },
      },
      body: body.length ? body.toString('utf8') : undefined,
      isBase64Encoded: false,
    } as APIGatewayProxyEventV2WithJWTAuthorizer;

    let result: APIGatewayProxyStructuredResultV2;
    try {
      result = await (await handlerFor(route.function))(event, lambdaContext(route.function));
    } catch (error) {
      // What API Gateway answers when the integration fails.
      console.error(`[gateway] ${route.function} failed:`, error);
      return send(response, 500, '{"message":"Internal Server Error"}'), true;
    }
    response.writeHead(result.statusCode ?? 200, (result.headers ?? {}) as Record<string, string>);
    response.end(result.body ?? '');
    return true;
  };
}
