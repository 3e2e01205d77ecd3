/**
 * The typed client's types (client/schema.ts), generated from the OpenAPI document by
 * openapi-typescript; `npm run schemas` writes them next to the document, and a test fails when
 * they are stale. client/index.ts pairs them with openapi-fetch.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

export const CLIENT_TYPES_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'client', 'schema.ts');

const HEADER = '/** Generated from schemas/openapi.json by openapi-typescript (npm run schemas): do not edit. */\n\n';

export async function clientTypes(document: Record<string, unknown>): Promise<string> {
  // openapi-typescript's own types want its OpenAPI3 shape; the document is built as plain JSON.
  return HEADER + astToString(await openapiTS(document as unknown as Parameters<typeof openapiTS>[0]));
}
