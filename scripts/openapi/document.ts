/**
 * The OpenAPI 3.1 document of the HTTP API (SPEC §9), built from ROUTES (every route, its
 * access), ./operations.ts (what each does) and the zod schemas the handlers validate and answer
 * with. `npm run schemas` writes it to schemas/openapi.json, which the API serves at
 * GET /v1/openapi.json; a test fails when the file is stale.
 */
import * as z from '../../shared/zod.js';
import { PATH_PARAMETERS } from '../../functions/commons/edge/http.js';
import * as responses from '../../functions/commons/edge/responses.js';
import { ROUTES, type RouteDefinition } from '../../shared/contract/resources.js';
import { OPERATIONS, type Operation, type SchemaName } from './operations.js';

type Json = Record<string, unknown>;

const SCHEMAS: Record<SchemaName | 'Problem' | 'GatewayError', z.ZodMiniType> = {
  Application: responses.applicationResponse,
  ApplicationList: responses.applicationListResponse,
  Payout: responses.payoutResponse,
  PayoutList: responses.payoutListResponse,
  PayoutRun: responses.runResponse,
  PayoutRunStarted: responses.runStartedResponse,
  Certification: responses.certificationResponse,
  Submission: responses.submissionResponse,
  Redrive: responses.redriveResponse,
  Policy: responses.policyResponse,
  Document: responses.documentResponse,
  DocumentList: responses.documentListResponse,
  DocumentUpload: responses.documentUploadResponse,
  Problem: responses.problemResponse,
  GatewayError: responses.gatewayErrorResponse,
};

/** A zod schema as an embedded JSON Schema: requests as clients send them (zod io "input"). */
function jsonSchema(schema: z.ZodMiniType, io: 'input' | 'output' = 'input'): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io }) as Json;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });

/** The refusals every route of a kind answers, besides its own. */
function commonRefusals(route: RouteDefinition, operation: Operation): Record<number, string> {
  const pathParameters = route.path.includes('{');
  const refusals: Record<number, string> = {};
  if (operation.body || operation.query || pathParameters) refusals[400] = 'a field, query or path parameter is not valid (`errors` names each)';
  if (route.access === 'admin') refusals[403] = 'the caller is not in the admin group';
  if (pathParameters) refusals[404] = 'nothing with this id, or another applicant’s';
  if (operation.body) {
    refusals[413] = 'the body is over 64 KiB';
    refusals[415] = 'the body is not sent as application/json';
  }
  refusals[500] = 'the request could not be completed; it is safe to retry';
  return refusals;
}

function parameters(route: RouteDefinition, operation: Operation): Json[] {
  const inPath = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: jsonSchema(PATH_PARAMETERS[name as keyof typeof PATH_PARAMETERS]),
  }));
  // A query parameter is text on the wire, parsed into what it means: its schema is that meaning
  // (io "output": `limit` an integer with its default); whether it may be left out is the input's.
  type ObjectSchema = { properties: Record<string, Json>; required?: string[] };
  const required = operation.query ? ((jsonSchema(operation.query) as ObjectSchema).required ?? []) : [];
  const meaning = operation.query ? (jsonSchema(operation.query, 'output') as ObjectSchema).properties : {};
  const inQuery = Object.entries(meaning).map(([name, schema]) => ({ name, in: 'query', required: required.includes(name), schema }));
  const inHeaders = Object.entries(operation.headers ?? {}).map(([name, { description, maxLength }]) => ({
    name,
    in: 'header',
    required: false,
    description,
    schema: { type: 'string', minLength: 1, maxLength },
  }));
  return [...inPath, ...inQuery, ...inHeaders];
}

function successResponse({ success }: Operation): Json {
  const { content } = success;
  const media = typeof content === 'string' ? { 'application/json': { schema: ref(content) } } : { [content.mediaType]: { schema: content.schema } };
  const headers = {
    ...Object.fromEntries(Object.entries(success.headers ?? {}).map(([name, description]) => [name, { description, schema: { type: 'string' } }])),
    ...(success.cacheControl ? { 'Cache-Control': { description: 'public, cacheable', schema: { type: 'string' } } } : {}),
  };
  return { description: success.description, ...(Object.keys(headers).length ? { headers } : {}), content: media };
}

function operationObject(route: RouteDefinition): Json {
  const routeKey = `${route.method} ${route.path}`;
  const operation = OPERATIONS[routeKey];
  if (!operation) throw new Error(`scripts/openapi/operations.ts has no row for ${routeKey}`);
  const refusals = { ...commonRefusals(route, operation), ...operation.refusals };
  const listed = parameters(route, operation);
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    tags: [operation.tag],
    security: route.access === 'public' ? [] : [{ bearer: [] }],
    ...(listed.length ? { parameters: listed } : {}),
    ...(operation.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(operation.body.schema), example: operation.body.example } } } }
      : {}),
    responses: {
      [operation.success.status]: successResponse(operation),
      ...(route.access === 'public' ? {} : { 401: { $ref: '#/components/responses/Unauthorized' } }),
      ...Object.fromEntries(
        Object.entries(refusals)
          .sort(([a], [b]) => Number(a) - Number(b))
          .map(([status, when]) => [status, problem(when)]),
      ),
    },
  };
}

export function openApiDocument(): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of ROUTES) (paths[route.path] ??= {})[route.method.toLowerCase()] = operationObject(route);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lin-gang AI Subsidy Platform API',
      version: '1.0.0',
      description:
        'Applications for the Shanghai Lin-gang Special Area AI support policy, their decisions with reasons, reviews and payouts. ' +
        'Money is a string of yuan (answers carry exactly two decimals); errors are RFC 9457 problem documents. ' +
        'The reference page is at /docs.',
    },
    servers: [{ url: '/', description: 'this API (locally http://127.0.0.1:3000)' }],
    tags: [
      { name: 'applicant', description: 'an applicant’s own applications and payouts (bearer token; `sub` is the applicant)' },
      { name: 'admin', description: 'the administration: members of the `admin` group' },
      { name: 'public', description: 'no token' },
    ],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description:
            'an OpenID Connect access token; an administrator is recognised by the stage’s rule: the scope `lingang-ai-subsidy/admin` (a stage’s own user pool) or the scope or scalar claim an OIDC stage names, never an array claim' },
      },
      responses: {
        Unauthorized: {
          description: 'API Gateway’s own answer to a missing, expired, forged or foreign token (not a problem document)',
          headers: { 'WWW-Authenticate': { schema: { type: 'string' } } },
          content: { 'application/json': { schema: ref('GatewayError'), example: { message: 'Unauthorized' } } },
        },
      },
      schemas: Object.fromEntries(Object.entries(SCHEMAS).map(([name, schema]) => [name, jsonSchema(schema)])),
    },
  };
}
