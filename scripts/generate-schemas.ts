/**
 * Writes the published JSON Schemas (`npm run schemas`), generated from the zod schemas the
 * code validates with, so the documents cannot drift from the code:
 *   schemas/events/<Type>.schema.json — each event as EventBridge delivers it (shared/domain/events/json-schema.ts;
 *                                       the schema registry holds the same documents in draft 4)
 *   schemas/api/<name>.schema.json    — request bodies, as clients send them (zod io "input")
 *   schemas/openapi.json              — the OpenAPI 3.1 document of the HTTP API (scripts/openapi/);
 *   schemas/openapi.zh-CN.json          the same in Chinese
 *   client/*.ts (generated parts)     — the client package's types, embedded document and event types (scripts/openapi/client-types.ts)
 * Output is deterministic (fixed key order, two-space indent, trailing newline); the test
 * test/schemas/schemas-current.test.ts fails when the checked-in files are stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from '../shared/zod.js';
import { certificationBodySchema } from '../functions/admin-api/certification-body.js';
import { reviewBodySchema } from '../functions/admin-api/review-body.js';
import { documentBodySchema } from '../functions/applicant-api/document-body.js';
import { simulationBodySchema } from '../functions/admin-api/simulation-body.js';
import { EVENT_SOURCE, EVENT_TYPES } from '../shared/domain/events/index.js';
import { eventJsonSchema } from '../shared/domain/events/json-schema.js';
import { applicationSchema } from '../shared/policy/index.js';
import { clientFiles, clientPath } from './openapi/client-types.js';
import { openApiDocument } from './openapi/document.js';

export const SCHEMAS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
const ID_BASE = 'https://lingang.ai-subsidy/schemas/';

const API_BODIES: Record<string, { schema: z.ZodMiniType; description: string }> = {
  application: { schema: applicationSchema, description: 'Body of POST /v1/applications' },
  certification: {
    schema: certificationBodySchema,
    description: 'Body of PUT /v1/admin/platforms/{applicantId}/certification',
  },
  review: { schema: reviewBodySchema, description: 'Body of POST /v1/admin/applications/{id}/review' },
  document: { schema: documentBodySchema, description: 'Body of POST /v1/applications/{id}/documents' },
  simulation: { schema: simulationBodySchema, description: 'Body of POST /v1/admin/simulations' },
};

/** Keywords first in a readable order, then the rest alphabetically; property names keep their declared order. */
const LEADING = [
  '$schema',
  '$id',
  'title',
  'description',
  'type',
  'const',
  'enum',
  'format',
  'pattern',
  'properties',
  'required',
  'additionalProperties',
];
const rank = (key: string) => (LEADING.includes(key) ? LEADING.indexOf(key) : LEADING.length);

function canonical(value: unknown, declaredOrder = false): unknown {
  if (Array.isArray(value)) return value.map((item) => canonical(item));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  if (!declaredOrder) entries.sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(
    entries.map(([key, child]) => [key, canonical(child, key === 'properties' && !declaredOrder)]),
  );
}

const render = (document: Record<string, unknown>) => `${JSON.stringify(canonical(document), null, 2)}\n`;

/** Every schema file: path relative to schemas/ → content. */
export function generateSchemas(): Map<string, string> {
  const files = new Map<string, string>();
  for (const type of EVENT_TYPES) {
    const file = `events/${type}.schema.json`;
    files.set(file, render({ ...eventJsonSchema(type, 'draft-2020-12'), $id: `${ID_BASE}${file}` }));
  }
  for (const [name, { schema, description }] of Object.entries(API_BODIES)) {
    const file = `api/${name}.schema.json`;
    files.set(
      file,
      render({ ...z.toJSONSchema(schema, { io: 'input' }), $id: `${ID_BASE}${file}`, title: name, description }),
    );
  }
  // Declared order: the document reads top-down (info, paths in ROUTES order, components).
  files.set('openapi.json', `${JSON.stringify(openApiDocument('en'), null, 2)}\n`);
  files.set('openapi.zh-CN.json', `${JSON.stringify(openApiDocument('zh-CN'), null, 2)}\n`);
  return files;
}

async function main(): Promise<void> {
  const files = generateSchemas();
  for (const [file, content] of files) {
    const target = path.join(SCHEMAS_DIR, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
    console.log(`wrote schemas/${file}`);
  }
  for (const [file, content] of await generatedClientFiles(files)) {
    writeFileSync(clientPath(file), content);
    console.log(`wrote ${file}`);
  }
}

/** The client package's generated files, from the schema files just generated. */
export async function generatedClientFiles(files: Map<string, string>): Promise<Map<string, string>> {
  const eventSchemas = Object.fromEntries(
    EVENT_TYPES.map((type) => [type, JSON.parse(files.get(`events/${type}.schema.json`)!).properties.detail]),
  );
  return clientFiles(JSON.parse(files.get('openapi.json')!), eventSchemas, EVENT_SOURCE);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
