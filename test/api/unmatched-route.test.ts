/** The `$default` route's answer where a stage leaves its public routes out (PUBLIC_ROUTES=absent): 404, not 405. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Context } from 'aws-lambda';
import { unmatchedRoute } from '../../functions/commons/edge/http.js';
import { PUBLIC_ROUTES_VARIABLE } from '../../shared/contract/route-paths.js';
import { httpEvent } from '../support/http-events.js';

/** The status the $default route answers for this method and path (a thrown problem carries its status). */
async function statusOf(method: string, path: string): Promise<number> {
  const event = { ...httpEvent('$default'), rawPath: path };
  event.requestContext.http.method = method;
  try {
    return (await unmatchedRoute(event, {} as Context)).statusCode ?? 200;
  } catch (thrown) {
    return (thrown as { status: number }).status;
  }
}

afterEach(() => {
  delete process.env[PUBLIC_ROUTES_VARIABLE];
});

describe('$default route and the public routes', () => {
  it('a public path with another method is 405 where the stage routes it', async () => {
    expect(await statusOf('POST', '/v1/policy')).toBe(405);
    process.env[PUBLIC_ROUTES_VARIABLE] = 'authenticated';
    expect(await statusOf('POST', '/docs')).toBe(405);
  });

  it('is 404 for every method where the stage does not route it; other paths keep their 405', async () => {
    process.env[PUBLIC_ROUTES_VARIABLE] = 'absent';
    for (const path of ['/v1/policy', '/v1/openapi.json', '/docs']) {
      expect(await statusOf('GET', path), path).toBe(404);
      expect(await statusOf('POST', path), path).toBe(404);
    }
    expect(await statusOf('DELETE', '/v1/applications')).toBe(405);
  });
});
