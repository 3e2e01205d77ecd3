/**
 * The typed client of the API (SPEC §9, §13), published as the package
 * `@lingang-ai-subsidy/client` (client/package.json): openapi-fetch over the types
 * openapi-typescript generated from the OpenAPI document (./schema.ts), every operation's parts
 * by name (./operations.ts), the document itself embedded (./openapi-document.ts) and the events'
 * types (./events.ts). Every answer is also checked against the document at run time
 * (./validate.ts), so an API that drifts from its document fails the demo and the end-to-end
 * tests instead of passing unnoticed.
 *
 *   const api = createApiClient({ baseUrl: 'http://127.0.0.1:3000' });
 *   const { data, error, response } = await api.GET('/v1/applications/{id}', { params: { path: { id } }, headers: bearer(token) });
 */
import createClient, { type Client } from 'openapi-fetch';
import { OPENAPI_DOCUMENT } from './openapi-document.js';
import type { components, paths } from './schema.js';
import { validatingFetch } from './validate.js';

export type { components, operations, paths } from './schema.js';
export type * from './operations.js';
export * from './events.js';
export { ContractViolation, responseChecker, validatingFetch } from './validate.js';
export { OPENAPI_DOCUMENT };

export type ApiClient = Client<paths>;
export type Schemas = components['schemas'];

/** fetch, with every answer of the API checked against the document (for tests that send raw requests). */
export const checkedFetch = validatingFetch(OPENAPI_DOCUMENT);

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * A client of the API at `baseUrl`. `checked: false` skips the run-time check of answers
 * against the document (the types still hold).
 */
export function createApiClient({ baseUrl, checked = true }: { baseUrl: string; checked?: boolean }): ApiClient {
  return createClient<paths>({ baseUrl, fetch: checked ? checkedFetch : (request: Request) => fetch(request) });
}
