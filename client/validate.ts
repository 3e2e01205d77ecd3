/**
 * Checks answers against the OpenAPI document (SPEC §9): the status must be one the operation
 * declares, the media type one that status declares, and the body must match its JSON Schema
 * (ajv, JSON Schema 2020-12 as OpenAPI 3.1 uses). A request no operation matches under /v1 or
 * /docs must be answered like the API's `$default` route: a 404 or 405 problem document.
 * Anything else (e.g. the local system's /local/events) is not the API and is not checked.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

type Json = Record<string, any>;

/** An answer that the document does not allow. */
export class ContractViolation extends Error {
  override name = 'ContractViolation';
}

const API_PREFIXES = ['/v1/', '/docs'];
const UNMATCHED = { '404': { $ref: '#/components/schemas/Problem' }, '405': { $ref: '#/components/schemas/Problem' } };
const pointer = (...segments: string[]) =>
  segments.map((segment) => segment.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
const mediaTypeOf = (contentType: string | null) => (contentType ?? '').split(';')[0]!.trim().toLowerCase();
// ajv-formats is CommonJS: under ESM its function is the default export's default.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => void;

export type ResponseCheck = (method: string, pathname: string, response: Response) => Promise<void>;

export function responseChecker(document: Json): ResponseCheck {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(document, 'openapi');
  const compiled = new Map<string, ValidateFunction>();
  const validatorAt = (path: string) => {
    let validate = compiled.get(path);
    if (!validate) compiled.set(path, (validate = ajv.compile({ $ref: `openapi#/${path}` })));
    return validate;
  };
  const templates = Object.keys(document.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`),
  }));
  const resolve = (value: Json): Json =>
    value.$ref
      ? resolve(
          value.$ref
            .slice(2)
            .split('/')
            .reduce((node: Json, key: string) => node[key], document),
        )
      : value;

  return async (method, pathname, response) => {
    if (method === 'OPTIONS' || !API_PREFIXES.some((prefix) => pathname.startsWith(prefix))) return;
    const where = `${method} ${pathname} → ${response.status}`;
    const template = templates.find((candidate) => candidate.pattern.test(pathname))?.template;
    const operation = template ? document.paths[template][method.toLowerCase()] : undefined;
    const mediaType = mediaTypeOf(response.headers.get('content-type'));
    const text = await response.text();

    let schemaPath: string;
    if (!operation) {
      if (!(String(response.status) in UNMATCHED) || mediaType !== 'application/problem+json') {
        throw new ContractViolation(
          `${where}: no operation matches, so a 404 or 405 problem document was due (got ${mediaType || 'no content type'})`,
        );
      }
      schemaPath = pointer('components', 'schemas', 'Problem');
    } else {
      const declared = operation.responses[String(response.status)];
      if (!declared)
        throw new ContractViolation(
          `${where}: status not declared (declared: ${Object.keys(operation.responses).join(', ')})`,
        );
      const content = resolve(declared).content ?? {};
      if (!(mediaType in content))
        throw new ContractViolation(
          `${where}: media type ${mediaType || 'none'} not declared (declared: ${Object.keys(content).join(', ')})`,
        );
      if (!mediaType.includes('json')) return;
      const responsePath = declared.$ref
        ? declared.$ref.slice(2).split('/')
        : ['paths', template!, method.toLowerCase(), 'responses', String(response.status)];
      schemaPath = pointer(...responsePath, 'content', mediaType, 'schema');
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new ContractViolation(`${where}: the body is not JSON: ${text.slice(0, 200)}`);
    }
    const validate = validatorAt(schemaPath);
    if (!validate(body)) {
      const errors = (validate.errors ?? [])
        .slice(0, 5)
        .map((error) => `${error.instancePath || '(body)'} ${error.message}`);
      throw new ContractViolation(`${where}: the body does not match ${schemaPath}: ${errors.join('; ')}`);
    }
  };
}

/** A fetch that checks every answer against the document; a violation rejects the call. */
export function validatingFetch(document: Json, base: typeof fetch = fetch): typeof fetch {
  const check = responseChecker(document);
  return async (input, init) => {
    const request = new Request(input, init);
    const response = await base(request);
    await check(request.method, new URL(request.url).pathname, response.clone());
    return response;
  };
}
