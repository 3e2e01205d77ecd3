/**
 * The local API Gateway: matches a request to a route of `shared/contract/resources.ts` ROUTES (or, like
 * the HTTP API, to the `$default` route when none matches), verifies the bearer token like the
 * HTTP API's JWT authorizer (401 `{"message":"Unauthorized"}` with `www-authenticate`), builds
 * an HTTP API payload v2 event and calls the same handler that runs on AWS. CORS as the HTTP API
 * applies it (infra/cors.ts): preflights answered here, allowed origins named on every answer.
 */
import { randomUUID } from 'node:crypto';
import {
  createServer,
  maxHeaderSize,
  STATUS_CODES,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerOptions,
  type ServerResponse,
} from 'node:http';
import type { Duplex } from 'node:stream';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { cors, LOCAL_ALLOWED_ORIGINS } from '../cors.js';
import {
  UNMATCHED_ROUTE,
  type FunctionName,
  type RouteDefinition as ApiRoute,
} from '../../shared/contract/resources.js';
import { matchRoute, type PublicRoutes } from '../../shared/contract/route-paths.js';
import { problem, type Problem } from '../../functions/commons/edge/problems.js';
import { negotiateLanguage } from '../../shared/i18n/index.js';
import { claimsForLambda, LOCAL_PUBLIC_ROUTES, verifyBearer } from './dev-auth.js';
import { lambdaContext } from './lambda-context.js';
import { clientClosesIdleConnections } from './ports.js';

export type HttpLambda = (
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
  context: unknown,
) => Promise<APIGatewayProxyStructuredResultV2>;

/** API Gateway's own payload limit; the handlers refuse far smaller bodies themselves. */
const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

const routeKey = (route: ApiRoute) => `${route.method} ${route.path}`;

/** Where a request goes: a route of ROUTES the stage routes, else the `$default` route (no authorizer). */
function routeFor(method: string, path: string, publicRoutes: PublicRoutes) {
  const found = matchRoute(method, path, publicRoutes);
  if (found) {
    const open = found.route.access === 'public' && publicRoutes === 'public';
    return {
      function: found.route.function,
      authorized: !open,
      routeKey: routeKey(found.route),
      pathParameters: found.pathParameters,
    };
  }
  return {
    function: UNMATCHED_ROUTE.function,
    authorized: false,
    routeKey: UNMATCHED_ROUTE.routeKey,
    pathParameters: {},
  };
}

/**
 * Query parameters as API Gateway hands them: a repeated name's values joined by commas. Each
 * name an own key, as Lambda's JSON.parse of the event makes it: assigning `parameters[name]`
 * would set the prototype for `__proto__`, and the handler would never see that parameter.
 */
const queryParameters = (search: URLSearchParams): Record<string, string> =>
  Object.fromEntries([...new Set(search.keys())].map((name) => [name, search.getAll(name).join(',')]));

/**
 * The request's body, read with 'data' and 'end' listeners rather than an async iterator (whose
 * promise per chunk and stream plumbing cost the local system more CPU per request than the rest of
 * this function). Over the limit the rest is left to the caller. 'aborted' when the client went
 * away before the body's end (also while the token was being checked, before these listeners).
 */
function readBody(request: IncomingMessage): Promise<Buffer | 'too-large' | 'aborted'> {
  return new Promise((resolve) => {
    if (request.destroyed) return resolve('aborted');
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (outcome: Buffer | 'too-large' | 'aborted') => {
      request.off('data', onData).off('end', onEnd).off('error', onAborted).off('close', onAborted);
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_PAYLOAD_BYTES) return void chunks.push(chunk);
      settle('too-large');
    };
    const onEnd = () => settle(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    const onAborted = () => settle('aborted');
    request.on('data', onData).on('end', onEnd).on('error', onAborted).on('close', onAborted);
  });
}

function send(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(body);
}

/** The request's URL, its path taken as sent: "//x" is a path here, not a host (as URL's base resolution would have it). */
export const requestUrl = (request: IncomingMessage) =>
  new URL(`http://127.0.0.1${request.url?.startsWith('/') ? request.url : '/'}`);

export interface GatewayOptions {
  signingKey: Uint8Array;
  handlerFor: (name: FunctionName) => Promise<HttpLambda>;
  /** Browser origins CORS allows (default LOCAL_ALLOWED_ORIGINS). */
  allowedOrigins?: readonly string[];
  /** What the stage does with the public routes (default the dev stage's). */
  publicRoutes?: PublicRoutes;
}

/** Answers every request, as API Gateway does (requests no route matches go to `$default`). */
export function apiGateway({
  signingKey,
  handlerFor,
  allowedOrigins = LOCAL_ALLOWED_ORIGINS,
  publicRoutes = LOCAL_PUBLIC_ROUTES,
}: GatewayOptions) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = requestUrl(request);
    const method = request.method ?? 'GET';
    const header = (name: string) => [request.headers[name]].flat()[0];
    const access = cors(
      { method, origin: header('origin'), requestMethod: header('access-control-request-method') },
      allowedOrigins,
    );
    // Set before any answer is written: writeHead merges them into every answer, the gateway's own included.
    for (const [name, value] of Object.entries(access.headers)) response.setHeader(name, value);
    if (access.preflight) {
      response.writeHead(204);
      return void response.end();
    }
    const route = routeFor(method, url.pathname, publicRoutes);

    const verification = route.authorized ? await verifyBearer(signingKey, request.headers.authorization) : undefined;
    if (verification && 'wwwAuthenticate' in verification) {
      return send(response, 401, '{"message":"Unauthorized"}', { 'www-authenticate': verification.wwwAuthenticate });
    }
    const claims = verification ? claimsForLambda(verification.claims) : {};

    const body = await readBody(request);
    // No one to answer: the client closed its connection mid-body.
    if (body === 'aborted') return void response.destroy();
    if (body === 'too-large') {
      // The rest of the body is still coming: read on and discard it, and close the connection after
      // this answer, so that no unread byte is taken for the next request on a kept-alive connection.
      request.resume();
      return send(response, 413, '{"message":"Request Entity Too Large"}', { connection: 'close' });
    }

    const now = new Date();
    const headers = Object.fromEntries(
      Object.entries(request.headers).map(([name, value]) => [
        name,
        Array.isArray(value) ? value.join(',') : (value ?? ''),
      ]),
    );
    const event: APIGatewayProxyEventV2WithJWTAuthorizer = {
      version: '2.0',
      routeKey: route.routeKey,
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers,
      ...(url.search ? { queryStringParameters: queryParameters(url.searchParams) } : {}),
      ...(Object.keys(route.pathParameters).length ? { pathParameters: route.pathParameters } : {}),
      requestContext: {
        accountId: '000000000000',
        apiId: 'local',
        domainName: url.host,
        domainPrefix: 'local',
        http: {
          method,
          path: url.pathname,
          protocol: `HTTP/${request.httpVersion}`,
          sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
          userAgent: headers['user-agent'] ?? '',
        },
        requestId: randomUUID(),
        routeKey: route.routeKey,
        stage: '$default',
        time: now.toISOString(),
        timeEpoch: now.getTime(),
        authorizer: { principalId: '', integrationLatency: 0, jwt: { claims, scopes: [] } },
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
      return send(response, 500, '{"message":"Internal Server Error"}');
    }
    // API Gateway names the request in every answer: the id the work's logs and events carry as `correlationId`.
    response.writeHead(result.statusCode ?? 200, {
      'apigw-requestid': event.requestContext.requestId,
      ...((result.headers ?? {}) as Record<string, string>),
    });
    response.end(result.body ?? '');
  };
}

/** A header of a request the HTTP parser gave up on, read from the bytes it had received (undefined if not among them). */
function rawHeader(rawPacket: Buffer | undefined, name: string): string | undefined {
  const prefix = `${name.toLowerCase()}:`;
  const line = (rawPacket?.toString('latin1') ?? '')
    .split('\r\n')
    .find((candidate) => candidate.toLowerCase().startsWith(prefix));
  return line?.slice(prefix.length).trim();
}

/** A problem document written straight to a socket, in the language the request asked for, as every problem is. */
function rawProblem(socket: Duplex, rawPacket: Buffer | undefined, refusal: Problem): void {
  const language = negotiateLanguage(rawHeader(rawPacket, 'accept-language'));
  const body = JSON.stringify(refusal.document(undefined, language));
  socket.end(
    `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status]}\r\ncontent-type: application/problem+json\r\ncontent-language: ${language}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

/** What Node's HTTP server refuses before the gateway sees a request, as problems. */
function clientErrorProblem(code: string | undefined): Problem {
  if (code === 'HPE_HEADER_OVERFLOW') return problem('headers-too-large', { maxBytes: maxHeaderSize });
  // A request whose headers (headersTimeout) or whole self (requestTimeout) did not arrive in time, as Node answers it: 408.
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return problem('request-timeout', {});
  return problem('malformed-request', {});
}

/**
 * Requests Node's HTTP parser refuses before the gateway sees them: a request line or headers
 * (a long query string, say) over Node's limit get 431, one that did not arrive in time 408,
 * anything unparseable 400, each with a problem document (Node's own answer has an empty body),
 * and the connection is closed.
 */
function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    rawProblem(socket, error.rawPacket, clientErrorProblem(error.code));
  });
}

/**
 * The server in front of the gateway, `npm start`'s and the tests' alike: requests Node refuses
 * answered as problems (answerClientErrors), and an idle keep-alive connection left open for its
 * client to reuse or close (clientClosesIdleConnections), never closed under a request on its way.
 * `options` are Node's (its request timeouts, say).
 */
export function gatewayServer(listener: RequestListener, options: ServerOptions = {}): Server {
  const server = createServer(options, listener);
  answerClientErrors(server);
  clientClosesIdleConnections(server);
  return server;
}
