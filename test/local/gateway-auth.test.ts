/**
 * The local gateway (infra/local/gateway.ts) as API Gateway's HTTP API with a JWT authorizer:
 * mounted in a node:http server on a free port with a fake handlerFor that echoes the event, so
 * no emulator is needed. Missing, expired, forged and foreign tokens get 401
 * {"message":"Unauthorized"} and never reach a handler; the public route needs no token; the
 * event carries the claims (cognito:groups as "[admin]"), path and query parameters, routeKey;
 * what no route matches goes to the `$default` route's function.
 * (That the admin-api handler itself refuses a non-admin is shown end to end in test/system.)
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken, LOCAL_AUDIENCE, LOCAL_ISSUER } from '../../infra/local/dev-auth.js';
import { USER_POOL_ADMIN_SCOPE } from '../../shared/contract/admin-recognition.js';
import { apiGateway, type HttpLambda } from '../../infra/local/gateway.js';
import { ROUTES, UNMATCHED_ROUTE, type FunctionName } from '../../shared/contract/resources.js';
import { signToken, tamperedToken, unsignedToken, type TokenOptions } from '../support/tokens.js';

const key = new Uint8Array(randomBytes(32));
const otherKey = new Uint8Array(randomBytes(32));
let server: Server;
let base: string;
const invoked: Array<{ name: FunctionName; event: APIGatewayProxyEventV2WithJWTAuthorizer }> = [];

beforeAll(async () => {
  const echo =
    (name: FunctionName): HttpLambda =>
    async (event) => {
      invoked.push({ name, event });
      return {
        statusCode: 200,
        headers: { 'content-type': 'application/json', 'x-function': name },
        body: JSON.stringify(event),
      };
    };
  server = createServer(apiGateway({ signingKey: key, handlerFor: async (name) => echo(name) }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));

async function call(
  path: string,
  init: { method?: string; token?: string; authorization?: string; body?: string } = {},
) {
  const headers: Record<string, string> = {};
  if (init.authorization !== undefined) headers.authorization = init.authorization;
  else if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${base}${path}`, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body === undefined ? {} : { body: init.body }),
  });
  const text = await response.text();
  return {
    status: response.status,
    text,
    json: () => JSON.parse(text) as APIGatewayProxyEventV2WithJWTAuthorizer,
    fn: response.headers.get('x-function'),
    headers: response.headers,
  };
}

/** A token like the dev tokens, signed with this gateway's key unless told otherwise. */
const token = ({ signWith = key, ...options }: TokenOptions & { signWith?: Uint8Array } = {}) =>
  signToken(signWith, options);

/** API Gateway's documented challenge for a wrong audience; every other refusal names only the scheme. */
const WRONG_AUDIENCE =
  'Bearer scope="" error="invalid_token" error_description="the token does not have a valid audience"';

describe('tokens the authorizer refuses: 401 {"message":"Unauthorized"} with www-authenticate, no handler invoked', () => {
  const cases: Array<[string, () => Promise<{ token?: string; authorization?: string }>, string?]> = [
    ['no Authorization header', async () => ({})],
    ['an empty bearer', async () => ({ authorization: 'Bearer ' })],
    ['another scheme', async () => ({ authorization: `Basic ${Buffer.from('a:b').toString('base64')}` })],
    ['not a JWT', async () => ({ token: 'not-a-jwt' })],
    [
      'expired (issueToken with a negative lifetime)',
      async () => ({ token: await issueToken(key, { sub: 'applicant-1', expiresIn: -60 }) }),
    ],
    [
      'expired (jose, exp in the past)',
      async () => ({ token: await token({ expiresAt: Math.floor(Date.now() / 1000) - 5 }) }),
    ],
    [
      'not yet valid (nbf in the future)',
      async () => ({ token: await token({ notBefore: Math.floor(Date.now() / 1000) + 3600 }) }),
    ],
    [
      'forged: signed with another key',
      async () => ({ token: await issueToken(otherKey, { sub: 'applicant-1', admin: true }) }),
    ],
    [
      'forged: signature tampered',
      async () => {
        const [header, payload, signature] = (await issueToken(key, { sub: 'applicant-1' })).split('.');
        const flipped = `${signature![0] === 'A' ? 'B' : 'A'}${signature!.slice(1)}`;
        return { token: `${header}.${payload}.${flipped}` };
      },
    ],
    [
      'forged: payload changed (admin group added) under the original signature',
      async () => ({
        token: tamperedToken(await issueToken(key, { sub: 'applicant-1' }), {
          sub: 'applicant-1',
          'cognito:groups': ['admin'],
        }),
      }),
    ],
    ['forged: alg none', async () => ({ token: unsignedToken({ sub: 'applicant-1' }) })],
    ['another algorithm (HS512 with the right key)', async () => ({ token: await token({ alg: 'HS512' }) })],
    ['another issuer', async () => ({ token: await token({ issuer: 'https://evil.example/issuer' }) })],
    ['another audience', async () => ({ token: await token({ audience: 'some-other-api' }) }), WRONG_AUDIENCE],
  ];

  it.each(cases)('%s', async (_name, make, challenge = 'Bearer') => {
    const before = invoked.length;
    for (const [method, path] of [
      ['GET', '/v1/applications'],
      ['POST', '/v1/applications'],
      ['GET', '/v1/admin/payouts?fiscalYear=2021'],
    ] as const) {
      const answer = await call(path, { method, ...(await make()), ...(method === 'POST' ? { body: '{}' } : {}) });
      expect(answer.status, `${method} ${path}`).toBe(401);
      expect(JSON.parse(answer.text)).toEqual({ message: 'Unauthorized' });
      expect(answer.headers.get('content-type')).toBe('application/json');
      expect(answer.headers.get('www-authenticate')).toBe(challenge);
    }
    expect(invoked.length).toBe(before);
  });

  it('every non-public route of ROUTES asks for a token', async () => {
    for (const route of ROUTES.filter((r) => r.access !== 'public')) {
      const answer = await call(route.path.replace(/\{(\w+)\}/g, 'x'), { method: route.method });
      expect(answer.status, `${route.method} ${route.path}`).toBe(401);
    }
  });
});

describe('what reaches the handler', () => {
  it('the public route works without a token (and ignores a bad one), with empty claims', async () => {
    for (const init of [{}, { token: 'garbage' }]) {
      const answer = await call('/v1/policy', init);
      expect(answer.status).toBe(200);
      expect(answer.fn).toBe('applicant-api');
      const event = answer.json();
      expect(event.routeKey).toBe('GET /v1/policy');
      expect(event.requestContext.authorizer.jwt.claims).toEqual({});
    }
  });

  it('claims arrive in requestContext.authorizer.jwt.claims as strings, cognito:groups as "[admin]", the admin scope in scope', async () => {
    const admin = (
      await call('/v1/admin/applications', { token: await issueToken(key, { sub: 'reviewer-1', admin: true }) })
    ).json();
    const claims = admin.requestContext.authorizer.jwt.claims;
    expect(claims).toMatchObject({
      sub: 'reviewer-1',
      'cognito:groups': '[admin]',
      iss: LOCAL_ISSUER,
      aud: LOCAL_AUDIENCE,
      token_use: 'access',
    });
    expect(String(claims.scope).split(' ')).toContain(USER_POOL_ADMIN_SCOPE);
    expect(claims.exp).toMatch(/^\d+$/);
    expect(Object.values(claims).every((value) => typeof value === 'string')).toBe(true);
    expect(admin.requestContext.authorizer.jwt.scopes).toEqual([]);

    const applicant = (await call('/v1/applications', { token: await issueToken(key, { sub: 'applicant-7' }) })).json();
    expect(applicant.requestContext.authorizer.jwt.claims.sub).toBe('applicant-7');
    expect(applicant.requestContext.authorizer.jwt.claims['cognito:groups']).not.toContain('admin');
    expect(String(applicant.requestContext.authorizer.jwt.claims.scope).split(' ')).not.toContain(
      USER_POOL_ADMIN_SCOPE,
    );
  });

  it('sets routeKey, pathParameters, queryStringParameters, rawPath, rawQueryString, headers and body (payload v2)', async () => {
    const bearer = await issueToken(key, { sub: 'reviewer-1', admin: true });
    const review = await call('/v1/admin/applications/01ABC/review', {
      method: 'POST',
      token: bearer,
      body: '{"decision":"REJECT","note":"n"}',
    });
    expect(review.fn).toBe('admin-api');
    const event = review.json();
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'POST /v1/admin/applications/{id}/review',
      rawPath: '/v1/admin/applications/01ABC/review',
      pathParameters: { id: '01ABC' },
      body: '{"decision":"REJECT","note":"n"}',
      isBase64Encoded: false,
      requestContext: {
        routeKey: 'POST /v1/admin/applications/{id}/review',
        stage: '$default',
        http: { method: 'POST', path: '/v1/admin/applications/01ABC/review' },
      },
    });
    expect(event.headers['content-type']).toBe('application/json');
    expect(event.headers.authorization).toBe(`Bearer ${bearer}`);
    expect(event.queryStringParameters).toBeUndefined();

    const listing = (await call('/v1/admin/payouts?fiscalYear=2021&limit=5', { token: bearer })).json();
    expect(listing).toMatchObject({
      routeKey: 'GET /v1/admin/payouts',
      rawQueryString: 'fiscalYear=2021&limit=5',
      queryStringParameters: { fiscalYear: '2021', limit: '5' },
    });
    expect(listing.pathParameters).toBeUndefined();
    expect(listing.body).toBeUndefined();

    const certification = (
      await call('/v1/admin/platforms/platform-9/certification', { method: 'PUT', token: bearer, body: '{}' })
    ).json();
    expect(certification).toMatchObject({
      routeKey: 'PUT /v1/admin/platforms/{applicantId}/certification',
      pathParameters: { applicantId: 'platform-9' },
    });
  });

  it('routes each ROUTES entry to its function', async () => {
    const bearer = await issueToken(key, { sub: 'reviewer-1', admin: true });
    for (const route of ROUTES) {
      const answer = await call(route.path.replace(/\{(\w+)\}/g, 'p1'), {
        method: route.method,
        token: bearer,
        ...(route.method === 'GET' ? {} : { body: '{}' }),
      });
      expect(answer.fn, `${route.method} ${route.path}`).toBe(route.function);
      expect(answer.json().routeKey).toBe(`${route.method} ${route.path}`);
    }
  });

  it('sends unknown paths and known paths with another method to the $default route, without a token', async () => {
    for (const [method, path] of [
      ['GET', '/v1/nothing-here'],
      ['DELETE', '/v1/policy'],
      ['POST', '/v1/applications/01ABC'],
    ] as const) {
      const answer = await call(path, { method });
      expect(answer.fn, `${method} ${path}`).toBe(UNMATCHED_ROUTE.function);
      expect(answer.json()).toMatchObject({
        routeKey: '$default',
        rawPath: path,
        requestContext: { http: { method } },
      });
      expect(answer.json().pathParameters).toBeUndefined();
    }
  });

  it('joins a repeated query parameter with commas, as API Gateway does', async () => {
    const bearer = await issueToken(key, { sub: 'applicant-1' });
    const listing = (await call('/v1/applications?limit=1&limit=2&status=SUBMITTED', { token: bearer })).json();
    expect(listing.queryStringParameters).toEqual({ limit: '1,2', status: 'SUBMITTED' });
  });
});

describe('public routes as a stage configures them (publicRoutes)', () => {
  const gatewayWith = async (publicRoutes: 'authenticated' | 'absent') => {
    const seen: FunctionName[] = [];
    const local = createServer(
      apiGateway({
        signingKey: key,
        publicRoutes,
        handlerFor: async (name) => async (event) => {
          seen.push(name);
          return { statusCode: 200, body: event.routeKey };
        },
      }),
    );
    await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(local.address() as AddressInfo).port}`;
    const get = async (path: string, bearer?: string) => {
      const response = await fetch(`${url}${path}`, bearer ? { headers: { authorization: `Bearer ${bearer}` } } : {});
      return { status: response.status, body: await response.text() };
    };
    return {
      get,
      seen,
      close: () => new Promise<void>((resolve) => (local.closeAllConnections(), local.close(() => resolve()))),
    };
  };

  it('authenticated: the policy, the API document and /docs need a token like any other route', async () => {
    const gateway = await gatewayWith('authenticated');
    try {
      for (const path of ['/v1/policy', '/v1/openapi.json', '/docs']) {
        expect((await gateway.get(path)).status, path).toBe(401);
        expect(await gateway.get(path, await issueToken(key, { sub: 'applicant-1' })), path).toEqual({
          status: 200,
          body: `GET ${path}`,
        });
      }
    } finally {
      await gateway.close();
    }
  });

  it('absent: they are not routed, so they reach the $default route', async () => {
    const gateway = await gatewayWith('absent');
    try {
      for (const path of ['/v1/policy', '/v1/openapi.json', '/docs'])
        expect(await gateway.get(path), path).toEqual({ status: 200, body: UNMATCHED_ROUTE.routeKey });
    } finally {
      await gateway.close();
    }
  });
});
