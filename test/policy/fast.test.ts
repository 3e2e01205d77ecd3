/** evaluateFast (compiled validator, the CLI's path) decides and refuses exactly as evaluate. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateFast } from '../../shared/policy/fast.js';
import { evaluate, PolicyValidationError } from '../../shared/policy/index.js';
import { CASE_BUILDERS, shanghai, withValue } from './cases.js';

const outcomeOf = (run: () => unknown): string => {
  try {
    return JSON.stringify(run());
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyValidationError);
    return JSON.stringify((error as PolicyValidationError).issues);
  }
};

const builders = Object.values(CASE_BUILDERS) as Array<(options?: object) => object>;

describe('evaluateFast', () => {
  it('gives the same decision, byte for byte, for each programme at any time of day and offset', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...builders),
        fc.date({ min: new Date('2020-12-20T00:00:00Z'), max: new Date('2024-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom('Z', '+08:00', '-05:00', '+14:00'),
        (build, instant, offset) => {
          const iso = instant.toISOString();
          const submittedAt = offset === 'Z' ? iso : iso.replace('Z', offset);
          const input = build({ submittedAt });
          expect(outcomeOf(() => evaluateFast(input))).toBe(outcomeOf(() => evaluate(input)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['details.rndCosts', 100],
    ['details.periodEnd', '2020-12-31'],
    ['organisation.unifiedSocialCreditCode', '91350100M000100Y42'],
    ['details.unknownField', true],
    ['submittedAt', '2021-05-01 10:00'],
  ])('refuses %s = %j with the same issues', (path, value) => {
    const input = withValue(CASE_BUILDERS.OSP_RND({ submittedAt: shanghai('2021-05-01') }), path, value);
    const issues = outcomeOf(() => evaluateFast(input));
    expect(issues).toBe(outcomeOf(() => evaluate(input)));
    expect(issues).toContain(path.split('.').at(-1));
  });
});
