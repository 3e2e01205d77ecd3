/**
 * The OpenAPI document (schemas/openapi.json) and the client package's generated sources (client/):
 * current, valid OpenAPI 3.1 by an established validator, one operation per route of ROUTES,
 * and examples that the handlers' own schemas accept.
 */
import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../shared/contract/resources.js';
import { clientPath } from '../../scripts/openapi/client-types.js';
import { generatedClientFiles, generateSchemas } from '../../scripts/generate-schemas.js';
import { OPERATIONS } from '../../scripts/openapi/operations.js';

const STALE = 'run npm run schemas and commit the result';
const document = JSON.parse(generateSchemas().get('openapi.json')!);
const operations = Object.entries(document.paths as Record<string, Record<string, any>>).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ routeKey: `${method.toUpperCase()} ${path}`, operation })),
);

describe('OpenAPI document', () => {
  it('is valid OpenAPI 3.1 (@seriousme/openapi-schema-validator)', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('has exactly one operation per route of ROUTES, with unique operation ids', () => {
    expect(operations.map((o) => o.routeKey).sort()).toEqual(ROUTES.map((route) => `${route.method} ${route.path}`).sort());
    const ids = operations.map((o) => o.operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('asks for the bearer token exactly on the routes that need one, and documents the gateway 401 there', () => {
    for (const route of ROUTES) {
      const operation = document.paths[route.path][route.method.toLowerCase()];
      const needsToken = route.access !== 'public';
      expect(operation.security, `${route.method} ${route.path}`).toEqual(needsToken ? [{ bearer: [] }] : []);
      expect('401' in operation.responses, `${route.method} ${route.path}`).toBe(needsToken);
      expect('403' in operation.responses, `${route.method} ${route.path}`).toBe(route.access === 'admin');
    }
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  });

  it('documents every refusal as a problem document', () => {
    for (const { routeKey, operation } of operations) {
      for (const [status, response] of Object.entries(operation.responses as Record<string, any>)) {
        if (Number(status) < 400 || status === '401') continue;
        expect(Object.keys(response.content), `${routeKey} ${status}`).toEqual(['application/problem+json']);
      }
    }
  });

  it.each(Object.entries(OPERATIONS).filter(([, operation]) => operation.body))('%s: its example is accepted by the handler’s schema', (_routeKey, operation) => {
    expect(operation.body!.schema.safeParse(operation.body!.example).success).toBe(true);
  });

  it('the client package’s committed sources are generated from the current document and event schemas', async () => {
    for (const [file, content] of await generatedClientFiles(generateSchemas())) {
      expect(readFileSync(clientPath(file), 'utf8'), `${file} is stale: ${STALE}`).toBe(content);
    }
  });
});
