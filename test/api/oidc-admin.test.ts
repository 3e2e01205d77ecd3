/**
 * An OIDC stage's administrators, end to end through the local gateway and the real admin-api
 * handler, under the cn stage's rule (a scalar claim): the claim as the provider sets it opens the
 * admin routes; the same value inside any array (flattened by the gateway as API Gateway does),
 * and the user pool's scope or group, do not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CN } from '../../infra/stages/cn.js';
import { ADMIN_RECOGNITION_VARIABLE, USER_POOL_ADMIN_SCOPE } from '../../shared/contract/admin-recognition.js';
import { startLocalApi, type LocalApi } from '../support/local-api.js';
import { signToken } from '../support/tokens.js';

const rule = CN.identity.admin;
if (rule.by !== 'claim') throw new Error('the cn stage names a claim: this test is written for one');
let api: LocalApi;

beforeAll(async () => {
  process.env[ADMIN_RECOGNITION_VARIABLE] = JSON.stringify(rule);
  api = await startLocalApi();
});
afterAll(async () => {
  delete process.env[ADMIN_RECOGNITION_VARIABLE];
  await api.stop();
});

const adminListing = async (claims: Record<string, unknown>, groups: unknown = []) => {
  const token = await signToken(api.signingKey, { sub: 'oidc-caller', groups, claims });
  const response = await fetch(`${api.baseUrl}/v1/admin/applications?status=NEEDS_REVIEW`, {
    headers: { authorization: `Bearer ${token}` },
  });
  await response.body?.cancel();
  return response.status;
};

describe(`admin routes under the cn rule (${rule.claim} = ${rule.value})`, () => {
  it('open to the scalar claim', async () => {
    expect(await adminListing({ [rule.claim]: rule.value })).toBe(200);
  });

  it.each([
    [[`x ${rule.value}`]],
    [[1, rule.value]],
    [[{}, rule.value]],
    [[[rule.value]]],
    [[rule.value]],
    [`${rule.value} `],
    [rule.value.toUpperCase()],
  ])('closed to %j (403)', async (shape) => {
    expect(await adminListing({ [rule.claim]: shape })).toBe(403);
  });

  it("closed to the user pool's marks: the admin group and the admin scope (403)", async () => {
    expect(await adminListing({ scope: USER_POOL_ADMIN_SCOPE }, ['admin'])).toBe(403);
  });
});
