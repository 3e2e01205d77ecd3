/**
 * Administrators are recognised only from what reaches the function unchanged (SPEC §10.1): the
 * scope a stage's own user pool puts in an admin's access token, or the scalar claim an OIDC stage
 * names. Array claims arrive flattened by API Gateway ("[a b]", reproduced by the local
 * gateway's claimsForLambda), so no array shape may ever make an administrator, on either kind.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { adminRecognition, principalOf, requireAdmin } from '../../functions/commons/edge/auth.js';
import { Problem } from '../../functions/commons/edge/problems.js';
import { claimsForLambda } from '../../infra/local/dev-auth.js';
import { CN } from '../../infra/stages/cn.js';
import {
  ADMIN_RECOGNITION_VARIABLE,
  USER_POOL_ADMIN_RECOGNITION,
  USER_POOL_ADMIN_SCOPE,
  administratorClaims,
  type AdminRecognition,
} from '../../shared/contract/admin-recognition.js';

const withClaims = (claims: Record<string, unknown> | undefined) =>
  ({ requestContext: { authorizer: claims ? { jwt: { claims, scopes: [] } } : undefined } }) as unknown as Parameters<
    typeof principalOf
  >[0];
/** The principal of a token with these claims, as API Gateway hands them to the function composed on the environment's rule. */
const principalOfToken = (claims: Record<string, unknown>) =>
  principalOf(withClaims(claimsForLambda({ sub: 'u1', ...claims })), adminRecognition());

/** Array shapes whose flattened rendering contains the admin marker (each in a row of its own for it.each). */
const oddShapes = (marker: string): unknown[][] =>
  [[`x ${marker}`], [1, marker], [{}, marker], [[marker]], [marker], ['x', marker, 'y'], [`x ${marker} y`]].map(
    (shape) => [shape],
  );

const IDENTITY_KINDS: Array<[string, AdminRecognition, string]> = [
  ["cognito (the user pool trigger's scope)", { by: 'scope', scope: USER_POOL_ADMIN_SCOPE }, 'scope'],
  [
    'oidc (cn: a scalar claim)',
    CN.identity.admin,
    CN.identity.admin.by === 'claim' ? CN.identity.admin.claim : 'scope',
  ],
  ['oidc (a scope)', { by: 'scope', scope: 'subsidy.admin' }, 'scope'],
];

afterEach(() => {
  delete process.env[ADMIN_RECOGNITION_VARIABLE];
});

describe.each(IDENTITY_KINDS)('administrators under %s', (_kind, rule, carrier) => {
  const setRule = () => (process.env[ADMIN_RECOGNITION_VARIABLE] = JSON.stringify(rule));
  const marker = rule.by === 'claim' ? rule.value : rule.scope;

  it('recognises the token that carries the marker as the issuer sets it', () => {
    setRule();
    expect(principalOfToken(administratorClaims(rule, ['openid'])).isAdmin).toBe(true);
    expect(principalOfToken({ [carrier]: marker }).isAdmin).toBe(true);
  });

  it.each(oddShapes(marker))(`does not recognise ${carrier} %j (API Gateway flattens it)`, (shape) => {
    setRule();
    expect(principalOfToken({ [carrier]: shape }).isAdmin).toBe(false);
  });

  it.each([[['x admin']], [[1, 'admin']], [[{}, 'admin']], [[['admin']]], [['admin']]])(
    'never reads cognito:groups: %j is no administrator',
    (groups) => {
      setRule();
      expect(principalOfToken({ 'cognito:groups': groups }).isAdmin).toBe(false);
    },
  );

  it('does not recognise a near miss', () => {
    setRule();
    for (const value of [
      marker.toUpperCase(),
      `${marker}s`,
      `x${marker}`,
      `[${marker}]`,
      '',
      ...(rule.by === 'claim' ? [`${marker} `, `x ${marker}`] : []),
    ]) {
      expect(principalOfToken({ [carrier]: value }).isAdmin, JSON.stringify(value)).toBe(false);
    }
  });
});

describe('the rule a function runs under', () => {
  it('defaults to the user pool scope (dev, the local gateway) and refuses a malformed rule', () => {
    expect(principalOfToken({ scope: `aws.cognito.signin.user.admin ${USER_POOL_ADMIN_SCOPE}` }).isAdmin).toBe(true);
    process.env[ADMIN_RECOGNITION_VARIABLE] = JSON.stringify({ by: 'claim', claim: 'role', value: '[admin]' });
    expect(() => principalOfToken({ role: '[admin]' })).toThrow(/brackets/);
  });
});

describe('principal', () => {
  it('is the sub claim; without one the caller is unauthorised', () => {
    expect(principalOf(withClaims({ sub: 'u1' }), USER_POOL_ADMIN_RECOGNITION)).toEqual({ id: 'u1', isAdmin: false });
    expect(() => principalOf(withClaims(undefined), USER_POOL_ADMIN_RECOGNITION)).toThrow(
      expect.objectContaining({ status: 401 }) as Error,
    );
    expect(() => principalOf(withClaims({ sub: '' }), USER_POOL_ADMIN_RECOGNITION)).toThrow(Problem);
  });

  it('needs an administrator for admin work', () => {
    expect(() => requireAdmin({ id: 'u1', isAdmin: false })).toThrow(expect.objectContaining({ status: 403 }) as Error);
    expect(requireAdmin({ id: 'a1', isAdmin: true }).id).toBe('a1');
  });
});
