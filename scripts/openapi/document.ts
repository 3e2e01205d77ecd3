/**
 * The OpenAPI 3.1 document of the HTTP API (SPEC §9, §13), built from ROUTES (every route, its
 * access), ./operations.ts (what each does) and the zod schemas the handlers validate and answer
 * with, in English or Chinese (./texts-zh-CN.ts): `npm run schemas` writes schemas/openapi.json
 * and schemas/openapi.zh-CN.json, which the API serves at GET /v1/openapi.json by the request's
 * Accept-Language; a test fails when a file is stale. Every operation declares Accept-Language
 * and every answer Content-Language; problem examples are real problem documents
 * (./problem-examples.ts) in the document's language.
 */
import * as z from '../../shared/zod.js';
import { LANGUAGES, type Language, type ProblemType } from '../../shared/i18n/index.js';
import { PATH_PARAMETERS } from '../../functions/commons/edge/http.js';
import * as responses from '../../functions/commons/edge/responses.js';
import { ROUTES, type RouteDefinition } from '../../shared/contract/resources.js';
import { OPERATIONS, type Operation, type SchemaName } from './operations.js';
import { problemExamples, typesWithStatus } from './problem-examples.js';
import { DOCUMENT_ZH_CN, OPERATIONS_ZH_CN, SCHEMA_DESCRIPTIONS_ZH_CN, type OperationTexts } from './texts-zh-CN.js';

type Json = Record<string, unknown>;

const SCHEMAS: Record<SchemaName | 'Problem' | 'GatewayError', z.ZodMiniType> = {
  Application: responses.applicationResponse,
  ApplicationList: responses.applicationListResponse,
  Payout: responses.payoutResponse,
  PayoutList: responses.payoutListResponse,
  PayoutRun: responses.runResponse,
  PayoutRunStarted: responses.runStartedResponse,
  PayoutRunList: responses.runListResponse,
  PayoutForecast: responses.forecastResponse,
  Certification: responses.certificationResponse,
  Submission: responses.submissionResponse,
  Redrive: responses.redriveResponse,
  Policy: responses.policyResponse,
  Document: responses.documentResponse,
  DocumentList: responses.documentListResponse,
  DocumentUpload: responses.documentUploadResponse,
  Statistics: responses.statisticsResponse,
  SimulationStarted: responses.simulationStartedResponse,
  Simulation: responses.simulationResponse,
  ExportStarted: responses.exportStartedResponse,
  Export: responses.exportResponse,
  Problem: responses.problemResponse,
  GatewayError: responses.gatewayErrorResponse,
};

/** A zod schema as an embedded JSON Schema: requests as clients send them (zod io "input"). */
function jsonSchema(schema: z.ZodMiniType, language: Language, io: 'input' | 'output' = 'input'): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io }) as Json;
  return described(rest, language) as Json;
}

/** A JSON Schema with its `description`s in `language` (the schemas describe themselves in English). */
function described(schema: unknown, language: Language): unknown {
  if (language === 'en' || schema === null || typeof schema !== 'object') return schema;
  if (Array.isArray(schema)) return schema.map((item) => described(item, language));
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => {
      if (key !== 'description' || typeof value !== 'string') return [key, described(value, language)];
      const chinese = SCHEMA_DESCRIPTIONS_ZH_CN[value];
      if (chinese === undefined)
        throw new Error(
          `scripts/openapi/texts-zh-CN.ts SCHEMA_DESCRIPTIONS_ZH_CN has no Chinese for the schema description "${value}"`,
        );
      return [key, chinese];
    }),
  );
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** Every answer names its language (the HTTP middleware sets it). */
const CONTENT_LANGUAGE = { 'Content-Language': { $ref: '#/components/headers/Content-Language' } };

const COMMON_REFUSALS_EN: Record<number, string> = {
  400: 'a field, query or path parameter is not valid (`errors` names each)',
  403: 'the caller is not in the admin group',
  404: 'nothing with this id, or another applicant’s',
  413: 'the body is over 64 KiB',
  415: 'the body is not sent as application/json',
  500: 'the request could not be completed; it is safe to retry',
};

/** An operation's words in a language: English from ./operations.ts, Chinese from ./texts-zh-CN.ts. */
function textsOf(operation: Operation, language: Language): OperationTexts {
  if (language === 'en') {
    return {
      summary: operation.summary,
      ...(operation.description ? { description: operation.description } : {}),
      success: operation.success.description,
      ...(operation.success.headers ? { headers: operation.success.headers } : {}),
      ...(operation.headers
        ? {
            requestHeaders: Object.fromEntries(
              Object.entries(operation.headers).map(([name, { description }]) => [name, description]),
            ),
          }
        : {}),
      ...(operation.refusals ? { refusals: operation.refusals } : {}),
    };
  }
  const texts = OPERATIONS_ZH_CN[operation.operationId];
  if (!texts) throw new Error(`scripts/openapi/texts-zh-CN.ts has no texts for ${operation.operationId}`);
  return texts;
}

/**
 * The refusals every route of a kind answers, besides its own, and their problem types: status → [when, types].
 * `statusText` words them in the document's language.
 */
function commonRefusals(route: RouteDefinition, operation: Operation): Record<number, ProblemType[]> {
  const pathParameters = route.path.includes('{');
  const refusals: Record<number, ProblemType[]> = {};
  if (operation.body || operation.query || pathParameters)
    refusals[400] = operation.body ? ['validation', 'malformed-json'] : ['validation'];
  if (route.access === 'admin') refusals[403] = ['forbidden'];
  if (pathParameters) refusals[404] = ['not-found'];
  if (operation.body) {
    refusals[413] = ['body-too-large'];
    refusals[415] = ['unsupported-media-type'];
  }
  refusals[500] = ['internal'];
  return refusals;
}

function problemResponse(description: string, types: readonly ProblemType[], path: string, language: Language): Json {
  const examples = problemExamples(types, path, language);
  return {
    description,
    headers: CONTENT_LANGUAGE,
    content: { 'application/problem+json': { schema: ref('Problem'), ...(types.length ? { examples } : {}) } },
  };
}

function parameters(route: RouteDefinition, operation: Operation, texts: OperationTexts, language: Language): Json[] {
  const inPath = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: jsonSchema(PATH_PARAMETERS[name as keyof typeof PATH_PARAMETERS], language),
  }));
  // A query parameter is text on the wire, parsed into what it means: its schema is that meaning
  // (io "output": `limit` an integer with its default); whether it may be left out is the input's.
  type ObjectSchema = { properties: Record<string, Json>; required?: string[] };
  const required = operation.query ? ((jsonSchema(operation.query, language) as ObjectSchema).required ?? []) : [];
  const meaning = operation.query ? (jsonSchema(operation.query, language, 'output') as ObjectSchema).properties : {};
  const inQuery = Object.entries(meaning).map(([name, schema]) => ({
    name,
    in: 'query',
    required: required.includes(name),
    schema,
  }));
  const inHeaders = Object.entries(operation.headers ?? {}).map(([name, { maxLength }]) => ({
    name,
    in: 'header',
    required: false,
    description: texts.requestHeaders?.[name],
    schema: { type: 'string', minLength: 1, maxLength },
  }));
  return [...inPath, ...inQuery, ...inHeaders, { $ref: '#/components/parameters/Accept-Language' }];
}

function successResponse({ success }: Operation, texts: OperationTexts, language: Language): Json {
  const { content } = success;
  const media =
    typeof content === 'string'
      ? { 'application/json': { schema: ref(content) } }
      : { [content.mediaType]: { schema: content.schema } };
  const headers = {
    ...Object.fromEntries(
      Object.keys(success.headers ?? {}).map((name) => [
        name,
        { description: texts.headers?.[name], schema: { type: 'string' } },
      ]),
    ),
    ...(success.cacheControl
      ? {
          'Cache-Control': {
            description: language === 'en' ? 'public, cacheable' : DOCUMENT_ZH_CN.cacheControl,
            schema: { type: 'string' },
          },
        }
      : {}),
    ...CONTENT_LANGUAGE,
  };
  return { description: texts.success, headers, content: media };
}

/** The request body: its schema and its examples (one per programme for an application). */
function requestBody({ schema, examples }: NonNullable<Operation['body']>, language: Language): Json {
  const summary = (name: string) => (name === 'example' && language === 'zh-CN' ? '示例' : name);
  const named = Object.fromEntries(
    Object.entries(examples).map(([name, value]) => [name, { summary: summary(name), value }]),
  );
  return { required: true, content: { 'application/json': { schema: jsonSchema(schema, language), examples: named } } };
}

function operationObject(route: RouteDefinition, language: Language): Json {
  const routeKey = `${route.method} ${route.path}`;
  const operation = OPERATIONS[routeKey];
  if (!operation) throw new Error(`scripts/openapi/operations.ts has no row for ${routeKey}`);
  const texts = textsOf(operation, language);
  const common = commonRefusals(route, operation);
  const commonTexts = language === 'en' ? COMMON_REFUSALS_EN : DOCUMENT_ZH_CN.commonRefusals;
  const statuses = [...new Set([...Object.keys(common), ...Object.keys(operation.refusals ?? {})].map(Number))].sort(
    (a, b) => a - b,
  );
  const refusal = (status: number) => {
    const own = typesWithStatus(operation.problems ?? [], status);
    const types = [...(common[status] ?? []), ...own].filter((type, i, all) => all.indexOf(type) === i);
    const when = texts.refusals?.[status] ?? commonTexts[status];
    if (when === undefined) throw new Error(`${routeKey}: no ${language} text for its ${status}`);
    return problemResponse(when, types, route.path, language);
  };
  return {
    operationId: operation.operationId,
    summary: texts.summary,
    ...(texts.description ? { description: texts.description } : {}),
    tags: [operation.tag],
    security: route.access === 'public' ? [] : [{ bearer: [] }],
    parameters: parameters(route, operation, texts, language),
    ...(operation.body ? { requestBody: requestBody(operation.body, language) } : {}),
    responses: {
      [operation.success.status]: successResponse(operation, texts, language),
      ...(route.access === 'public' ? {} : { 401: { $ref: '#/components/responses/Unauthorized' } }),
      ...Object.fromEntries(statuses.map((status) => [status, refusal(status)])),
    },
  };
}

const DOCUMENT_EN: typeof DOCUMENT_ZH_CN = {
  title: 'Lin-gang AI Subsidy Platform API',
  description:
    'Applications for the Shanghai Lin-gang Special Area AI support policy, their decisions with reasons, reviews and payouts. ' +
    'Money is a string of yuan (answers carry exactly two decimals); errors are RFC 9457 problem documents. ' +
    'The reference page is at /docs.',
  server: 'this API (locally http://127.0.0.1:3000)',
  tags: {
    applicant: 'an applicant’s own applications and payouts (bearer token; `sub` is the applicant)',
    admin: 'the administration: members of the `admin` group',
    public: 'no token',
  },
  bearer:
    'an OpenID Connect access token; an administrator is recognised by the stage’s rule: the scope `lingang-ai-subsidy/admin` (a stage’s own user pool) or the scope or scalar claim an OIDC stage names, never an array claim',
  unauthorized: 'API Gateway’s own answer to a missing, expired, forged or foreign token (not a problem document)',
  acceptLanguage: 'the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured)',
  contentLanguage: 'the language the answer is written in',
  commonRefusals: COMMON_REFUSALS_EN,
  cacheControl: 'public, cacheable',
};

export function openApiDocument(language: Language = 'en'): Json {
  const words = language === 'en' ? DOCUMENT_EN : DOCUMENT_ZH_CN;
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of ROUTES) (paths[route.path] ??= {})[route.method.toLowerCase()] = operationObject(route, language);
  return {
    openapi: '3.1.0',
    info: { title: words.title, version: '1.0.0', description: words.description },
    servers: [{ url: '/', description: words.server }],
    tags: (['applicant', 'admin', 'public'] as const).map((name) => ({ name, description: words.tags[name] })),
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: words.bearer },
      },
      parameters: {
        'Accept-Language': {
          name: 'Accept-Language',
          in: 'header',
          required: false,
          description: words.acceptLanguage,
          schema: { type: 'string', examples: [...LANGUAGES] },
        },
      },
      headers: {
        'Content-Language': { description: words.contentLanguage, schema: { type: 'string', enum: [...LANGUAGES] } },
      },
      responses: {
        Unauthorized: {
          description: words.unauthorized,
          headers: { 'WWW-Authenticate': { schema: { type: 'string' } } },
          content: { 'application/json': { schema: ref('GatewayError'), example: { message: 'Unauthorized' } } },
        },
      },
      schemas: Object.fromEntries(
        Object.entries(SCHEMAS).map(([name, schema]) => [name, jsonSchema(schema, language)]),
      ),
    },
  };
}
