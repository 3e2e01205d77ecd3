/**
 * The HTTP edge shared by the API handlers: middy with Powertools logging, strict JSON
 * bodies (64 KiB at most), zod validation into field-level problems, and every error
 * rendered as `application/problem+json`.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy, { type MiddlewareObj } from '@middy/core';
import type {
  APIGatewayProxyEventV2WithJWTAuthorizer as HttpEvent,
  APIGatewayProxyStructuredResultV2 as HttpResult,
  Context,
} from 'aws-lambda';
import * as z from '../../shared/zod.js';
import { fieldIssues } from '../../shared/policy/index.js';
import { methodsOf } from '../../infra/route-paths.js';
import { notFound, Problem, validationProblem } from './problems.js';

export type { HttpEvent, HttpResult };

export const logger = new Logger();

export const MAX_BODY_BYTES = 64 * 1024;

export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): HttpResult {
  return { statusCode, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

/** Validates any value against a schema; failures become a 400 naming each field. */
export function validate<S extends z.ZodMiniType>(schema: S, value: unknown, pathPrefix = ''): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw validationProblem(
    fieldIssues(result.error).map((issue) => ({ ...issue, path: [pathPrefix, issue.path].filter(Boolean).join('.') })),
  );
}

/** The request body as text (API Gateway base64-encodes some bodies). */
export function bodyText(event: HttpEvent): string {
  const raw = event.body ?? '';
  return event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
}

/** `application/json`, with any parameters (`; charset=utf-8`), in any letter case. */
const isJson = (contentType: string | undefined) => contentType?.split(';')[0]!.trim().toLowerCase() === 'application/json';

/** The request's JSON body: sent as application/json, at most 64 KiB, an object, valid against the schema. */
export function parseBody<S extends z.ZodMiniType>(event: HttpEvent, schema: S): z.output<S> {
  const text = bodyText(event);
  if (text !== '' && !isJson(event.headers?.['content-type'])) {
    throw new Problem(415, 'unsupported-media-type', 'Unsupported media type', 'the body must be sent as content-type application/json');
  }
  if (Buffer.byteLength(text, 'utf8') > MAX_BODY_BYTES) {
    throw new Problem(413, 'body-too-large', 'Request body too large', `the body must not exceed ${MAX_BODY_BYTES} bytes`);
  }
  if (text.trim() === '') throw validationProblem([{ path: '', message: 'a JSON body is required' }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Problem(400, 'malformed-json', 'Malformed JSON', 'the body is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw validationProblem([{ path: '', message: 'the body must be a JSON object' }]);
  }
  return validate(schema, parsed);
}

const problemResult = (problem: Problem, instance: string | undefined, headers: Record<string, string> = {}): HttpResult => ({
  statusCode: problem.status,
  headers: { 'content-type': 'application/problem+json', ...headers },
  body: JSON.stringify(problem.document(instance)),
});

/** Renders thrown Problems (and anything unexpected, as a bare 500) as problem+json. */
const problemResponses = (): MiddlewareObj<HttpEvent, HttpResult> => ({
  onError: async (request) => {
    const error = request.error;
    const problem =
      error instanceof Problem
        ? error
        : new Problem(500, 'internal', 'Internal error', 'the request could not be completed; it is safe to retry');
    if (!(error instanceof Problem)) logger.error('unhandled error', { error: error as Error });
    request.response = problemResult(problem, request.event?.rawPath);
  },
});

export type Route = (event: HttpEvent, context: Context) => Promise<HttpResult>;

/** Wraps an API handler with the shared middlewares. */
export const httpHandler = (route: Route) =>
  middy<HttpEvent, HttpResult>(route).use(injectLambdaContext(logger)).use(problemResponses());

/**
 * One Lambda serving several routes: dispatches on the event's `routeKey`
 * ("GET /v1/applications/{id}"), exactly the route API Gateway matched. Others are 404.
 */
export const routeTable =
  (routes: Readonly<Record<string, Route>>): Route =>
  async (event, context) => {
    const route = Object.hasOwn(routes, event.routeKey) ? routes[event.routeKey] : undefined;
    if (!route) throw notFound(`the route ${event.routeKey}`);
    return route(event, context);
  };

/**
 * The `$default` route (infra/resources.ts UNMATCHED_ROUTE): a request no route matched. A path
 * the API has, asked with another method, is 405 with `Allow`; any other path is 404.
 */
export const unmatchedRoute: Route = async (event) => {
  const allowed = methodsOf(event.rawPath);
  if (allowed.length === 0) throw notFound(`the path ${event.rawPath}`);
  const detail = `${event.rawPath} answers ${allowed.join(', ')}, not ${event.requestContext.http.method}`;
  return problemResult(new Problem(405, 'method-not-allowed', 'Method not allowed', detail), event.rawPath, { allow: allowed.join(', ') });
};

/** Application and payout-run ids: ULIDs and UUIDs, or anything shaped like them that is then simply not found. */
const idSegment = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected 1 to 64 letters, digits, "-" or "_"'));

/**
 * Every path parameter of the API and what it may hold, checked once here for every route, so
 * that no oversized or odd value reaches a DynamoDB key (which refuses keys over 2,048 bytes).
 */
export const PATH_PARAMETERS = {
  id: idSegment,
  runId: idSegment,
  /** Token subjects (OIDC: printable ASCII); a `#` would break the key layout. */
  applicantId: z.string().check(z.regex(/^[!"$-~]{1,128}$/, 'expected 1 to 128 printable ASCII characters other than "#"')),
} as const;

/** A path parameter of the route, URL-decoded and valid, or a 400 naming it. */
export function pathParameter(event: HttpEvent, name: keyof typeof PATH_PARAMETERS): string {
  const value = event.pathParameters?.[name];
  if (!value) throw validationProblem([{ path: name, message: 'missing path parameter' }]);
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // A malformed percent-escape ("%E0%A4%A") is bad input, not a server error.
    throw validationProblem([{ path: name, message: 'not a valid URL-encoded path segment' }]);
  }
  return validate(PATH_PARAMETERS[name], decoded, name);
}
