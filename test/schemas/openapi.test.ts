/**
 * The OpenAPI document (schemas/openapi.json) and the client package's generated sources (client/):
 * current, valid OpenAPI 3.1 by an established validator, one operation per route of ROUTES,
 * and examples that the handlers' own schemas accept.
 */
import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../shared/contract/resources.js';
import { CATALOGUES, type ProblemType } from '../../shared/i18n/index.js';
import { PROGRAMMES } from '../../shared/policy/index.js';
import { clientPath } from '../../scripts/openapi/client-types.js';
import { generatedClientFiles, generateSchemas } from '../../scripts/generate-schemas.js';
import { OPERATIONS } from '../../scripts/openapi/operations.js';

const STALE = 'run npm run schemas and commit the result';
const generated = generateSchemas();
const document = JSON.parse(generated.get('openapi.json')!);
const operations = Object.entries(document.paths as Record<string, Record<string, any>>).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ routeKey: `${method.toUpperCase()} ${path}`, operation })),
);

describe('OpenAPI document', () => {
  it.each(['openapi.json', 'openapi.zh-CN.json'])('%s is valid OpenAPI 3.1 (@seriousme/openapi-schema-validator)', async (file) => {
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(generated.get(file)!));
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

  it.each(Object.entries(OPERATIONS).filter(([, operation]) => operation.body))(
    '%s: its examples are accepted by the handler’s schema',
    (_routeKey, operation) => {
      for (const example of Object.values(operation.body!.examples)) expect(operation.body!.schema.safeParse(example).success).toBe(true);
    },
  );

  it('has one application example per programme', () => {
    const examples = document.paths['/v1/applications'].post.requestBody.content['application/json'].examples as Record<
      string,
      { value: { programme: string } }
    >;
    expect(
      Object.values(examples)
        .map((example) => example.value.programme)
        .sort(),
    ).toEqual([...PROGRAMMES].sort());
  });

  it('declares Accept-Language on every operation and Content-Language on every answer but API Gateway’s 401', () => {
    for (const { routeKey, operation } of operations) {
      expect(operation.parameters, routeKey).toContainEqual({ $ref: '#/components/parameters/Accept-Language' });
      for (const [status, response] of Object.entries(operation.responses as Record<string, any>)) {
        if (status === '401') continue;
        expect(response.headers?.['Content-Language'], `${routeKey} ${status}`).toEqual({ $ref: '#/components/headers/Content-Language' });
      }
    }
  });

  it('gives every refusal real problem documents as examples, of its status, in the document’s language', () => {
    for (const [file, language] of [
      ['openapi.json', 'en'],
      ['openapi.zh-CN.json', 'zh-CN'],
    ] as const) {
      const localised = JSON.parse(generated.get(file)!);
      for (const [path, methods] of Object.entries(localised.paths as Record<string, Record<string, any>>)) {
        for (const [method, operation] of Object.entries(methods)) {
          for (const [status, response] of Object.entries(operation.responses as Record<string, any>)) {
            if (Number(status) < 400 || status === '401') continue;
            const examples = Object.entries(response.content['application/problem+json'].examples as Record<string, { value: any }>);
            expect(examples.length, `${method} ${path} ${status}`).toBeGreaterThan(0);
            for (const [slug, { value }] of examples) {
              expect(value.status, `${method} ${path} ${status} ${slug}`).toBe(Number(status));
              expect(value.type).toBe(`https://lingang.ai-subsidy/problems/${slug}`);
              expect(value.title).toBe(CATALOGUES[language].problems[slug as ProblemType].title);
            }
          }
        }
      }
    }
  });

  it('is written in Chinese in openapi.zh-CN.json: the same operations and shapes, every summary and refusal translated', () => {
    const zh = JSON.parse(generated.get('openapi.zh-CN.json')!);
    const strip = (node: unknown): unknown =>
      Array.isArray(node)
        ? node.map(strip)
        : node && typeof node === 'object'
          ? Object.fromEntries(
              Object.entries(node)
                .filter(([key]) => !['summary', 'description', 'title', 'detail', 'errors', 'examples'].includes(key))
                .map(([key, value]) => [key, strip(value)]),
            )
          : node;
    expect(strip(zh)).toEqual(strip(document));
    // Every description, schemas' included, is Chinese (examples are data, not descriptions).
    const english: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object')
        for (const [key, value] of Object.entries(node)) {
          if (key === 'examples' || key === 'example') continue;
          if (key === 'description' && typeof value === 'string' && !/\p{Script=Han}/u.test(value)) english.push(value);
          walk(value);
        }
    };
    walk(zh);
    expect(english).toEqual([]);
    for (const methods of Object.values(zh.paths as Record<string, Record<string, any>>)) {
      for (const operation of Object.values(methods)) {
        expect(operation.summary).toMatch(/\p{Script=Han}/u);
        for (const response of Object.values(operation.responses as Record<string, any>))
          if (response.description) expect(response.description).toMatch(/\p{Script=Han}|CSS|JavaScript|OpenAPI/u);
      }
    }
  });

  it('the client package’s committed sources are generated from the current document and event schemas', async () => {
    for (const [file, content] of await generatedClientFiles(generateSchemas())) {
      expect(readFileSync(clientPath(file), 'utf8'), `${file} is stale: ${STALE}`).toBe(content);
    }
  });
});
