/**
 * The HTTP edge shared by the API handlers: middy with Powertools logging, strict JSON
 * bodies (64 KiB at most), zod validation into field-level problems, every error
 * rendered as `application/problem+json`, and the answer's language negotiated once per
 * request from `Accept-Language` and named in `Content-Language` (SPEC §3.2).
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy, { type MiddlewareObj } from '@middy/core';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import { tracer } from '../runtime/tracer.js';
import type {
  APIGatewayProxyEventV2WithJWTAuthorizer as HttpEvent,
  APIGatewayProxyStructuredResultV2 as HttpResult,
  Context,
} from 'aws-lambda';
import * as z from '../../../shared/zod.js';
import { DEFAULT_LANGUAGE, fieldIssues, negotiateLanguage, type Language } from '../../../shared/i18n/index.js';
import { Refusal } from '../../../shared/domain/refusal.js';
import {
  methodsOf,
  PUBLIC_ROUTE_MODES,
  PUBLIC_ROUTES_VARIABLE,
  type PublicRoutes,
} from '../../../shared/contract/route-paths.js';
import { invalidField, notFound, problem, Problem, refusalProblem, validationProblem } from './problems.js';
import { fieldMessage } from '../../../shared/field-messages.js';

export type { HttpEvent, HttpResult };

export const logger = new Logger();

export const MAX_BODY_BYTES = 64 * 1024;

export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): HttpResult {
  return { statusCode, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

/** Validates any value against a schema; failures become a 400 naming each field. */
export function validate<S extends z.ZodMiniType>(schema: S, value: unknown, pathPrefix = ''): z.output<S> {
  // The input in each issue lets zod's messages be rendered in the request's language.
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const error = result.error;
  throw validationProblem(({ language }) =>
    fieldIssues(error, language).map((issue) => ({
      ...issue,
      path: [pathPrefix, issue.path].filter(Boolean).join('.'),
    })),
  );
}

/** The request body as text (API Gateway base64-encodes some bodies). */
export function bodyText(event: HttpEvent): string {
  const raw = event.body ?? '';
  return event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
}

/** `application/json`, with any parameters (`; charset=utf-8`), in any letter case. */
const isJson = (contentType: string | undefined) =>
  contentType?.split(';')[0]!.trim().toLowerCase() === 'application/json';

/** The request's JSON body as sent: sent as application/json, at most 64 KiB, an object. */
export function jsonBody(event: HttpEvent): object {
  const text = bodyText(event);
  if (text !== '' && !isJson(event.headers?.['content-type'])) {
    throw problem('unsupported-media-type', {});
  }
  if (Buffer.byteLength(text, 'utf8') > MAX_BODY_BYTES) {
    throw problem('body-too-large', { maxBytes: MAX_BODY_BYTES });
  }
  if (text.trim() === '') throw invalidField('', ({ fields }) => fields.bodyRequired);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw problem('malformed-json', {});
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw invalidField('', ({ fields }) => fields.bodyNotObject);
  }
  return parsed;
}

/** The request's JSON body as the client sent it (money as yuan strings, not as parsed fen), once valid against the schema. */
export const sentBody = <S extends z.ZodMiniType>(event: HttpEvent, schema: S): z.input<S> => {
  const body = jsonBody(event);
  validate(schema, body);
  return body as z.input<S>;
};

/** The request's JSON body, valid against the schema, as the schema outputs it. */
export const parseBody = <S extends z.ZodMiniType>(event: HttpEvent, schema: S): z.output<S> =>
  validate(schema, jsonBody(event));

/** The language each request's answer is written in, negotiated once (by the middleware) per request. */
const negotiated = new WeakMap<HttpEvent, Language>();

const headerOf = (event: HttpEvent, name: string) =>
  Object.entries(event.headers ?? {}).find(([header]) => header.toLowerCase() === name)?.[1];

/** The language to answer `event` in: from `Accept-Language` (q-values; zh, zh-CN, zh-Hans → zh-CN), by default en. */
export function requestLanguage(event: HttpEvent | undefined): Language {
  if (event === undefined) return DEFAULT_LANGUAGE;
  let language = negotiated.get(event);
  if (language === undefined) {
    language = negotiateLanguage(headerOf(event, 'accept-language'));
    negotiated.set(event, language);
  }
  return language;
}

function problemResult(
  thrown: Problem,
  event: HttpEvent | undefined,
  headers: Record<string, string> = {},
): HttpResult {
  const language = requestLanguage(event);
  return {
    statusCode: thrown.status,
    headers: { 'content-type': 'application/problem+json', 'content-language': language, ...headers },
    body: JSON.stringify(thrown.document(event?.rawPath, language)),
  };
}

/**
 * Negotiates the language before the route runs; names it in `Content-Language` on every answer;
 * renders thrown Problems and the domain's Refusals (and anything unexpected, as a bare 500) as problem+json.
 */
const languageAndProblems = (): MiddlewareObj<HttpEvent, HttpResult> => ({
  before: async (request) => {
    requestLanguage(request.event);
  },
  after: async (request) => {
    const response = request.response!;
    response.headers = { ...response.headers, 'content-language': requestLanguage(request.event) };
  },
  onError: async (request) => {
    const error = request.error;
    const thrown =
      error instanceof Problem ? error : error instanceof Refusal ? refusalProblem(error) : problem('internal', {});
    if (thrown.slug === 'internal') logger.error('unhandled error', { error: error as Error });
    request.response = problemResult(thrown, request.event);
  },
});

/**
 * The correlation id of a request (SPEC §10.2): API Gateway's request id. Stored with the
 * application the request creates or changes, carried by its events and evaluation messages.
 */
export const correlationIdOf = (event: HttpEvent): string => event.requestContext.requestId;

/** Every log line of the request names its correlation id (Powertools' `correlation_id`). */
const correlation = (): MiddlewareObj<HttpEvent, HttpResult> => ({
  before: async (request) => {
    logger.setCorrelationId(correlationIdOf(request.event));
  },
});

export type Route = (event: HttpEvent, context: Context) => Promise<HttpResult>;

/** Wraps an API handler with the shared middlewares. */
export const httpHandler = (route: Route) =>
  middy<HttpEvent, HttpResult>(route)
    .use(captureLambdaHandler(tracer))
    // resetKeys: a request's keys (its correlation id) end with it.
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(correlation())
    .use(languageAndProblems());

/**
 * One Lambda serving several routes: dispatches on the event's `routeKey`
 * ("GET /v1/applications/{id}"), exactly the route API Gateway matched. Others are 404.
 */
export const routeTable =
  (routes: Readonly<Record<string, Route>>): Route =>
  async (event, context) => {
    const route = Object.hasOwn(routes, event.routeKey) ? routes[event.routeKey] : undefined;
    if (!route) throw notFound('route', event.routeKey);
    return route(event, context);
  };

/** A route that reads or writes the function's table: given it beside the request. */
export type TableRoute = (table: string, event: HttpEvent, context: Context) => Promise<HttpResult>;

/** These routes on the table a function's composition names. */
export const onTable = (table: string, routes: Readonly<Record<string, TableRoute>>): Record<string, Route> =>
  Object.fromEntries(
    Object.entries(routes).map(([key, route]) => [
      key,
      (event: HttpEvent, context: Context) => route(table, event, context),
    ]),
  );

/**
 * The `$default` route (shared/contract/resources.ts UNMATCHED_ROUTE): a request no route matched. A path
 * the API has, asked with another method, is 405 with `Allow`; any other path is 404, the public
 * routes included where the stage does not route them (PUBLIC_ROUTES=absent).
 */
export const unmatchedRoute: Route = async (event) => {
  const mode = process.env[PUBLIC_ROUTES_VARIABLE];
  const allowed = methodsOf(
    event.rawPath,
    (PUBLIC_ROUTE_MODES as readonly unknown[]).includes(mode) ? (mode as PublicRoutes) : 'public',
  );
  if (allowed.length === 0) throw notFound('path', event.rawPath);
  const notAllowed = problem('method-not-allowed', {
    path: event.rawPath,
    allowed: allowed.join(', '),
    method: event.requestContext.http.method,
  });
  return problemResult(notAllowed, event, { allow: allowed.join(', ') });
};

/** Application and payout-run ids: ULIDs and UUIDs, or anything shaped like them that is then simply not found. */
const idSegment = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, fieldMessage('idSegment')));

/**
 * Every path parameter of the API and what it may hold, checked once here for every route, so
 * that no oversized or odd value reaches a DynamoDB key (which refuses keys over 2,048 bytes).
 */
export const PATH_PARAMETERS = {
  id: idSegment,
  runId: idSegment,
  documentId: idSegment,
  /** Token subjects (OIDC: printable ASCII); a `#` would break the key layout. */
  applicantId: z.string().check(z.regex(/^[!"$-~]{1,128}$/, fieldMessage('applicantIdSegment'))),
} as const;

/** A path parameter of the route, URL-decoded and valid, or a 400 naming it. */
export function pathParameter(event: HttpEvent, name: keyof typeof PATH_PARAMETERS): string {
  const value = event.pathParameters?.[name];
  if (!value) throw invalidField(name, ({ fields }) => fields.pathParameterMissing);
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // A malformed percent-escape ("%E0%A4%A") is bad input, not a server error.
    throw invalidField(name, ({ fields }) => fields.pathSegmentEncoding);
  }
  return validate(PATH_PARAMETERS[name], decoded, name);
}
