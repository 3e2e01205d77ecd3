/**
 * The typed client of the API (SPEC §9): openapi-fetch over the types openapi-typescript
 * generated from the OpenAPI document (./schema.ts). Every answer is also checked against the
 * document at run time (./validate.ts), so an API that drifts from its document
 * fails the demo and the end-to-end tests instead of passing unnoticed.
 *
 *   const api = createApiClient({ baseUrl: 'http://127.0.0.1:3000' });
 *   const { data, error, response } = await api.GET('/v1/applications/{id}', { params: { path: { id } }, headers: bearer(token) });
 */
import { readFileSync } from 'node:fs';
import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './schema.js';
import { validatingFetch } from './validate.js';

export type ApiClient = Client<paths>;
export type Schemas = components['schemas'];

/** The committed document the client was generated from. */
export const OPENAPI_DOCUMENT = JSON.parse(readFileSync(new URL('../schemas/openapi.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** fetch, with every answer of the API checked against the document (for tests that send raw requests). */
export const checkedFetch = validatingFetch(OPENAPI_DOCUMENT);

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export function createApiClient({ baseUrl }: { baseUrl: string }): ApiClient {
  return createClient<paths>({ baseUrl, fetch: checkedFetch });
}
