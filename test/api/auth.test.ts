import { describe, expect, it } from 'vitest';
import { groupsOf, principalOf, requireAdmin } from '../../functions/commons/edge/auth.js';
import { Problem } from '../../functions/commons/edge/problems.js';

const withClaims = (claims: Record<string, unknown> | undefined) =>
  ({ requestContext: { authorizer: claims ? { jwt: { claims, scopes: [] } } : undefined } }) as unknown as Parameters<typeof principalOf>[0];

describe('cognito:groups claim', () => {
  it.each([
    ['[admin]', ['admin']],
    ['[admin reviewers]', ['admin', 'reviewers']],
    ['["admin","reviewers"]', ['admin', 'reviewers']],
    ['[]', []],
    ['[x,admin]', ['x,admin']],
    ['["x,admin"]', ['x,admin']],
    ['[[admin]]', ['[admin]']],
  ])('reads %j as API Gateway renders it, or as a JSON array', (claim, groups) => {
    expect(groupsOf(claim)).toEqual(groups);
  });

  it.each(['', 'admin', 'admin,reviewers', '[admin ]', '[ admin]', '[admin  x]', '[admin', 'admin]'])(
    'grants no group for %j, which is in none of those forms',
    (claim) => {
      expect(groupsOf(claim)).toEqual([]);
    },
  );

  it('accepts an array of names and ignores other types', () => {
    expect(groupsOf(['admin'])).toEqual(['admin']);
    expect(groupsOf(['admin', 7])).toEqual([]);
    expect(groupsOf(undefined)).toEqual([]);
    expect(groupsOf(42)).toEqual([]);
  });

  it.each(['[administrators]', '[Admin]', '[x,admin]', '[admin,x]', '[[admin]]', '[admin ]', '["admin "]', '[ADMIN]'])(
    'opens admin routes only to a group named exactly admin, not %j',
    (claim) => {
      expect(principalOf(withClaims({ sub: 'u1', 'cognito:groups': claim })).isAdmin).toBe(false);
    },
  );

  it.each(['[admin]', '[reviewers admin]', '["admin"]'])('opens admin routes to %j', (claim) => {
    expect(principalOf(withClaims({ sub: 'u1', 'cognito:groups': claim })).isAdmin).toBe(true);
  });
});

describe('principal', () => {
  it('is the sub claim; without one the caller is unauthorised', () => {
    expect(principalOf(withClaims({ sub: 'u1' }))).toEqual({ id: 'u1', isAdmin: false });
    expect(() => principalOf(withClaims(undefined))).toThrow(expect.objectContaining({ status: 401 }) as Error);
    expect(() => principalOf(withClaims({ sub: '' }))).toThrow(Problem);
  });

  it('needs the admin group for admin work', () => {
    expect(() => requireAdmin({ id: 'u1', isAdmin: false })).toThrow(expect.objectContaining({ status: 403 }) as Error);
    expect(requireAdmin({ id: 'a1', isAdmin: true }).id).toBe('a1');
  });
});
