/**
 * CORS in the local gateway, as the HTTP API applies the stage's corsPreflight (infra/cors.ts):
 * a preflight from an allowed origin is answered by the gateway itself with the policy; every
 * answer to an allowed origin names it (the gateway's own 401 included); an origin not allowed,
 * or a request without Origin, gets no CORS header; with no origin allowed, OPTIONS is routed
 * like any other request.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { CORS_POLICY, LOCAL_ALLOWED_ORIGINS, originAllowed } from '../../infra/cors.js';
import { apiGateway } from '../../infra/local/gateway.js';

const servers: Server[] = [];
let handled = 0;

async function gateway(allowedOrigins?: readonly string[]): Promise<string> {
  const handlerFor = async () => async () => {
    handled++;
    return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: '{}' };
  };
  const server = createServer(
    apiGateway({
      signingKey: new Uint8Array(randomBytes(32)),
      handlerFor,
      ...(allowedOrigins ? { allowedOrigins } : {}),
    }),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterAll(() =>
  Promise.all(
    servers.map(
      (server) => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
    ),
  ),
);

const preflight = (origin: string) => ({
  method: 'OPTIONS',
  headers: {
    origin,
    'access-control-request-method': 'POST',
    'access-control-request-headers': 'authorization, content-type',
  },
});

describe('local gateway CORS', () => {
  it('matches the local origins on any port, and nothing else', () => {
    expect(
      ['http://localhost:5173', 'http://127.0.0.1:8080'].every((origin) =>
        originAllowed(origin, LOCAL_ALLOWED_ORIGINS),
      ),
    ).toBe(true);
    for (const origin of [
      'http://localhost',
      'http://localhost:80x',
      'https://localhost:5173',
      'http://localhost.evil.test:80',
      'http://example.com',
      'null',
    ]) {
      expect(originAllowed(origin, LOCAL_ALLOWED_ORIGINS), origin).toBe(false);
    }
    expect(originAllowed('https://portal.example.gov.cn', ['https://portal.example.gov.cn'])).toBe(true);
  });

  it('answers a preflight from an allowed origin itself, with the policy', async () => {
    const base = await gateway();
    const before = handled;
    const response = await fetch(`${base}/v1/applications`, preflight('http://localhost:5173'));
    expect(response.status).toBe(204);
    expect(handled).toBe(before);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-methods')!.split(', ').sort()).toEqual(
      [...CORS_POLICY.allowMethods].sort(),
    );
    expect(response.headers.get('access-control-allow-headers')!.split(', ')).toEqual(
      expect.arrayContaining(['authorization', 'content-type', 'idempotency-key']),
    );
  });

  it('names an allowed origin on answers, the gateway’s own 401 included; never another origin', async () => {
    const base = await gateway();
    const policy = await fetch(`${base}/v1/policy`, { headers: { origin: 'http://127.0.0.1:4000' } });
    expect(policy.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4000');
    expect(policy.headers.get('access-control-expose-headers')).toContain('location');
    const refused = await fetch(`${base}/v1/applications`, { headers: { origin: 'http://127.0.0.1:4000' } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4000');

    const foreign = await fetch(`${base}/v1/policy`, { headers: { origin: 'https://evil.example' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const foreignPreflight = await fetch(`${base}/v1/applications`, preflight('https://evil.example'));
    expect(foreignPreflight.headers.get('access-control-allow-origin')).toBeNull();
    expect((await fetch(`${base}/v1/policy`)).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('with no origin allowed (a stage without CORS), OPTIONS reaches the $default route', async () => {
    const base = await gateway([]);
    const before = handled;
    const response = await fetch(`${base}/v1/applications`, preflight('http://localhost:5173'));
    expect(handled).toBe(before + 1);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
