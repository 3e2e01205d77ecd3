import { describe, expect, it } from 'vitest';
import { groupsOf, principalOf, requireAdmin } from '../../functions/commons/auth.js';
import { Problem } from '../../functions/commons/problems.js';

const withClaims = (claims: Record<string, unknown> | undefined) =>
  ({ requestContext: { authorizer: claims ? { jwt: { claims, scopes: [] } } : undefined } }) as unknown as Parameters<typeof principalOf>[0];

describe('cognito:groups claim', () => {
  it.each([
    ['[admin]', ['admin']],
    ['[admin reviewers]', ['admin', 'reviewers']],
    ['["admin","reviewers"]', ['admin', 'reviewers']],
    ['admin,reviewers', ['admin', 'reviewers']],
    ['[]', []],
    ['', []],
  ])('reads %j', (claim, groups) => {
    expect(groupsOf(claim)).toEqual(groups);
  });

  it('accepts an array and ignores other types', () => {
    expect(groupsOf(['admin'])).toEqual(['admin']);
    expect(groupsOf(undefined)).toEqual([]);
    expect(groupsOf(42)).toEqual([]);
  });

  it('does not take a group whose name merely contains "admin"', () => {
    expect(principalOf(withClaims({ sub: 'u1', 'cognito:groups': '[administrators]' })).isAdmin).toBe(false);
    expect(principalOf(withClaims({ sub: 'u1', 'cognito:groups': '[admin]' })).isAdmin).toBe(true);
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
