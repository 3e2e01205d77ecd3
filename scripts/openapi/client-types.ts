/**
 * The client package's generated sources (client/, SPEC §13), from the OpenAPI document and the
 * events' JSON Schemas, which are generated from the zod schemas the code uses:
 * - client/schema.ts: openapi-typescript's types of the document;
 * - client/operations.ts: every operation's request body, parameters and answers by name
 *   (`SubmitApplicationBody`, `ListApplicationsQuery`, `SubmitApplicationResponse`, ...) and
 *   every component schema by its own name (`Application`, `Problem`, ...);
 * - client/openapi-document.ts: the document itself, embedded (the package reads no file);
 * - client/events.ts: each event's detail type and its EventBridge envelope.
 * `npm run schemas` writes them; a test fails when they are stale.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const CLIENT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'client');
const HEADER =
  '/** Generated from schemas/ by `npm run schemas` (scripts/openapi/client-types.ts): do not edit. */\n\n';

type Json = Record<string, any>;
type OpenApiInput = Parameters<typeof openapiTS>[0];

const pascal = (operationId: string) => operationId.charAt(0).toUpperCase() + operationId.slice(1);
const typesOf = async (document: Json) => astToString(await openapiTS(document as unknown as OpenApiInput));

/** The named parts of each operation, as aliases into openapi-typescript's `operations`. */
function operationAliases(document: Json): string {
  const lines = [HEADER.trimEnd(), '', "import type { components, operations } from './schema.js';", ''];
  lines.push('// Every schema of components.schemas by its own name.');
  for (const name of Object.keys(document.components.schemas))
    lines.push(`export type ${name} = components['schemas']['${name}'];`);
  for (const operations of Object.values<Json>(document.paths)) {
    for (const operation of Object.values<Json>(operations)) {
      const name = pascal(operation.operationId);
      const at = `operations['${operation.operationId}']`;
      lines.push('', `// ${operation.operationId}: ${operation.summary}`);
      if (operation.requestBody)
        lines.push(`export type ${name}Body = ${at}['requestBody']['content']['application/json'];`);
      const where = new Set<string>((operation.parameters ?? []).map((parameter: Json) => parameter.in));
      for (const [place, suffix] of [
        ['path', 'Path'],
        ['query', 'Query'],
        ['header', 'Headers'],
      ] as const) {
        if (where.has(place))
          lines.push(`export type ${name}${suffix} = NonNullable<${at}['parameters']['${place}']>;`);
      }
      const success = Object.keys(operation.responses).find((status) => status.startsWith('2'))!;
      const media = Object.keys(operation.responses[success].content)[0]!;
      lines.push(
        `/** The ${success} answer's body. */`,
        `export type ${name}Response = ${at}['responses'][${success}]['content']['${media}'];`,
      );
      lines.push(`/** Every answer, by status. */`, `export type ${name}Responses = ${at}['responses'];`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Each event's detail (`properties.detail` of schemas/events/) and the EventBridge event that carries it. */
async function eventTypes(eventSchemas: Record<string, Json>, source: string): Promise<string> {
  const schemas = Object.fromEntries(
    Object.entries(eventSchemas).map(([type, { $schema: _dialect, $id: _id, ...schema }]) => [`${type}Detail`, schema]),
  );
  const generated = (
    await typesOf({ openapi: '3.1.0', info: { title: 'events', version: '1' }, paths: {}, components: { schemas } })
  )
    // Only the aliases below are the module's interface.
    .replace(/^export (interface|type) (paths|webhooks|components|\$defs|operations)\b/gm, '$1 $2');
  const types = Object.keys(eventSchemas);
  return [
    HEADER.trimEnd(),
    '',
    generated.trimEnd(),
    '',
    ...types.map((type) => `export type ${type}Detail = components['schemas']['${type}Detail'];`),
    '',
    `export const EVENT_SOURCE = '${source}';`,
    `export const EVENT_TYPES = [${types.map((type) => `'${type}'`).join(', ')}] as const;`,
    'export type EventType = (typeof EVENT_TYPES)[number];',
    '',
    '/** The detail of each event type. */',
    'export interface EventDetails {',
    ...types.map((type) => `  ${type}: ${type}Detail;`),
    '}',
    '',
    "/** An event as EventBridge delivers it to a rule's target (a Lambda function receives exactly this). */",
    'export interface PlatformEvent<T extends EventType = EventType> {',
    "  version: '0';",
    '  id: string;',
    "  'detail-type': T;",
    '  source: typeof EVENT_SOURCE;',
    '  account: string;',
    '  time: string;',
    '  region: string;',
    '  resources: string[];',
    '  detail: EventDetails[T];',
    '}',
    '',
    "/** Any of the platform's events: narrowing on `detail-type` narrows `detail`. */",
    'export type AnyPlatformEvent = { [T in EventType]: PlatformEvent<T> }[EventType];',
    ...types.map((type) => `export type ${type}Event = PlatformEvent<'${type}'>;`),
    '',
  ].join('\n');
}

/** Every generated file of the client package: path relative to the repository → content. */
export async function clientFiles(
  document: Json,
  eventSchemas: Record<string, Json>,
  eventSource: string,
): Promise<Map<string, string>> {
  return new Map([
    ['client/schema.ts', HEADER + (await typesOf(document))],
    ['client/operations.ts', operationAliases(document)],
    [
      'client/openapi-document.ts',
      `${HEADER}/** The OpenAPI 3.1 document the client was generated from (schemas/openapi.json). */\nexport const OPENAPI_DOCUMENT: Record<string, any> = ${JSON.stringify(document, null, 2)};\n`,
    ],
    ['client/events.ts', await eventTypes(eventSchemas, eventSource)],
  ]);
}

export const clientPath = (file: string) => path.join(CLIENT_DIR, '..', file);
