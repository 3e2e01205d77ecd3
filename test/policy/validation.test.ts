/**
 * Invalid input is refused with a PolicyValidationError whose issues name each offending
 * field by its dotted path (the API turns them into its problem document's field list).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluate,
  isValidUscc,
  parseCase,
  PolicyValidationError,
  usccCheckCharacter,
} from '../../shared/policy/index.js';
import {
  award,
  CASE_BUILDERS,
  certification,
  DELETE,
  issuePaths,
  nationalPlatformCase,
  operatingCase,
  revenueCase,
  rndCase,
  settlementCase,
  aiActivityCase,
  VALID_USCC,
  validationIssues,
  withValue,
} from './cases.js';

/** Money forms the API refuses (SPEC §4): numbers, signs, exponents, more decimals, leading zeros, separators, blanks. */
const INVALID_MONEY: ReadonlyArray<readonly [string, unknown]> = [
  ['a JSON number', 100],
  ['a JSON number with decimals', 100.5],
  ['a negative amount', '-1.00'],
  ['an explicit plus sign', '+1.00'],
  ['an exponent', '1e5'],
  ['three decimals', '1.001'],
  ['a leading zero', '01.00'],
  ['a trailing point', '1.'],
  ['no integer part', '.5'],
  ['a leading space', ' 1.00'],
  ['a trailing space', '1.00 '],
  ['a thousands separator', '1,000.00'],
  ['a decimal comma', '1000,00'],
  ['an empty string', ''],
  ['null', null],
  ['a hexadecimal number', '0x10'],
  ['Infinity', 'Infinity'],
  ['sixteen integer digits', '1000000000000000.00'],
  ['full-width digits', '１００.00'],
];

/** Every money field of the batch format, with the path its issue must name. */
const MONEY_FIELDS: ReadonlyArray<readonly [string, unknown]> = [
  ['details.rndCosts', rndCase()],
  ['details.operatingCosts', operatingCase()],
  ['details.requestedAmount', aiActivityCase()],
  ['details.mainBusinessIncome', revenueCase()],
  ['details.priorYears.0.mainBusinessIncome', revenueCase()],
  ['details.requestedAmount', settlementCase()],
  ['details.requestedAmount', nationalPlatformCase()],
  ['history.awards.0.amount', rndCase({ awards: [award('OSP_RND', '1.00')] })],
];

describe('money fields take only the strict yuan string form', () => {
  describe.each(MONEY_FIELDS)('%s', (path, valid) => {
    it.each(INVALID_MONEY)('refuses %s, naming the field', (_form, value) => {
      const paths = issuePaths(withValue(valid, path, value));
      expect(paths).toEqual([path]);
    });
  });

  it.each(['0', '0.0', '0.00', '0.5', '7', '7.5', '7.50', '12500000.00', '999999999999999.99'])(
    'accepts "%s"',
    (amount) => {
      expect(() => evaluate(rndCase({ details: { rndCosts: amount } }))).not.toThrow();
    },
  );

  it('reads "7.5" as 7.50 yuan: 50% of it is 3.75', () => {
    expect(evaluate(rndCase({ details: { rndCosts: '7.5' } })).amount).toBe('3.75');
  });
});

describe('the Unified Social Credit Code is checked with its GB 32100-2015 check character', () => {
  const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const PATH = 'organisation.unifiedSocialCreditCode';
  const withCode = (code: unknown) => withValue(rndCase(), PATH, code);

  it(`accepts the valid code ${VALID_USCC}`, () => {
    expect(isValidUscc(VALID_USCC)).toBe(true);
    expect(evaluate(withCode(VALID_USCC)).outcome).toBe('ELIGIBLE');
  });

  it('refuses the code with any other check character, naming the field', () => {
    const first17 = VALID_USCC.slice(0, 17);
    const wrong = [...ALPHABET].filter((character) => character !== VALID_USCC[17]);
    expect(wrong).toHaveLength(30);
    for (const character of wrong) {
      expect(issuePaths(withCode(first17 + character))).toEqual([PATH]);
    }
  });

  it('refuses a single changed body character (the check character no longer matches)', () => {
    expect(issuePaths(withCode(`81${VALID_USCC.slice(2)}`))).toEqual([PATH]);
  });

  it.each([
    ['lower case', VALID_USCC.toLowerCase()],
    ['17 characters', VALID_USCC.slice(0, 17)],
    ['19 characters', `${VALID_USCC}0`],
    ['a letter outside the alphabet (O)', `${VALID_USCC.slice(0, 8)}O${VALID_USCC.slice(9)}`],
    ['surrounding spaces', ` ${VALID_USCC} `],
    ['an empty string', ''],
    ['a number', 913501001],
  ])('refuses %s, naming the field', (_form, code) => {
    expect(issuePaths(withCode(code))).toEqual([PATH]);
  });

  it('computes the same check character as an independent GB 32100-2015 implementation', () => {
    // Weights are 3^i mod 31; the check value is 31 − (Σ value × weight mod 31), with 31 written as 0.
    const reference = (first17: string): string => {
      let sum = 0;
      let weight = 1;
      for (const character of first17) {
        sum += ALPHABET.indexOf(character) * weight;
        weight = (weight * 3) % 31;
      }
      return ALPHABET[(31 - (sum % 31)) % 31]!;
    };
    const body = fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 17, maxLength: 17 });
    fc.assert(
      fc.property(body, (first17) => {
        expect(usccCheckCharacter(first17)).toBe(reference(first17));
        expect(isValidUscc(first17 + reference(first17))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('unknown fields are refused, naming the field', () => {
  it.each([
    ['at the root', 'note'],
    ['in organisation', 'organisation.website'],
    ['in details', 'details.currency'],
    ['in history', 'history.payouts'],
    ['in a certification', 'history.certifications.0.issuer'],
    ['in an award', 'history.awards.0.paidOn'],
  ])('%s', (_where, path) => {
    const input = rndCase({ awards: [award('OSP_RND', '1.00')] });
    expect(issuePaths(withValue(input, path, 'x'))).toEqual([path]);
  });

  it.each(Object.entries(CASE_BUILDERS))('in the details of %s', (_programme, build) => {
    expect(issuePaths(withValue(build(), 'details.extra', 1))).toEqual(['details.extra']);
  });
});

describe('dates and periods', () => {
  it('refuses an R&D period that ends before it starts, at details.periodEnd', () => {
    expect(issuePaths(rndCase({ details: { periodStart: '2021-03-31', periodEnd: '2021-03-30' } }))).toEqual([
      'details.periodEnd',
    ]);
  });

  it('accepts a one-day R&D period (end equals start)', () => {
    const decision = evaluate(rndCase({ details: { periodStart: '2021-03-31', periodEnd: '2021-03-31' } }));
    expect(decision.outcome).toBe('ELIGIBLE');
  });

  it.each([
    ['a day that does not exist (2021-02-29)', 'details.periodStart', '2021-02-29'],
    ['a date with a time', 'details.periodEnd', '2021-03-31T00:00:00Z'],
    ['a date in another form', 'details.periodStart', '01/01/2021'],
  ])('refuses %s, naming the field', (_form, path, value) => {
    expect(issuePaths(withValue(rndCase(), path, value))).toEqual([path]);
  });

  it('refuses a certification that ends before it starts, naming its certifiedUntil', () => {
    const input = rndCase({ certifications: [certification('2021-03-31', '2021-01-01')] });
    expect(issuePaths(input)).toEqual(['history.certifications.0.certifiedUntil']);
  });

  it.each([
    ['without an offset', '2021-05-01T10:00:00'],
    ['as a date only', '2021-05-01'],
    ['as free text', 'tomorrow'],
  ])('refuses a submission instant %s, at submittedAt', (_form, submittedAt) => {
    expect(issuePaths(withValue(rndCase(), 'submittedAt', submittedAt))).toEqual(['submittedAt']);
  });

  it('refuses a prior year of the revenue milestone that is not earlier than the claimed year', () => {
    const input = revenueCase({
      details: { fiscalYear: 2021, priorYears: [{ fiscalYear: 2021, mainBusinessIncome: '1.00' }] },
    });
    expect(issuePaths(input)).toEqual(['details.priorYears.0.fiscalYear']);
  });

  it('refuses a fiscal year that is not a whole number', () => {
    expect(issuePaths(withValue(operatingCase(), 'details.fiscalYear', 2021.5))).toEqual(['details.fiscalYear']);
    expect(issuePaths(withValue(operatingCase(), 'details.fiscalYear', '2021'))).toEqual(['details.fiscalYear']);
  });
});

describe('shape of the case', () => {
  it('refuses an unknown programme at programme', () => {
    expect(issuePaths(withValue(rndCase(), 'programme', 'OSP_GPU'))).toEqual(['programme']);
  });

  it('refuses details of another programme (R&D details under OSP_OPERATING)', () => {
    const input = withValue(rndCase(), 'programme', 'OSP_OPERATING');
    const paths = issuePaths(input);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((path) => path.startsWith('details.'))).toBe(true);
  });

  it('refuses an AI activity type outside the seven kinds', () => {
    expect(issuePaths(withValue(aiActivityCase(), 'details.activityType', 'HACKATHON'))).toEqual([
      'details.activityType',
    ]);
  });

  it('refuses a missing required field, naming it', () => {
    expect(issuePaths(withValue(rndCase(), 'details.rndCosts', DELETE))).toEqual(['details.rndCosts']);
    expect(issuePaths(withValue(rndCase(), 'organisation.registeredInLingang', DELETE))).toEqual([
      'organisation.registeredInLingang',
    ]);
  });

  it('refuses a blank organisation name', () => {
    expect(issuePaths(withValue(rndCase(), 'organisation.name', '   '))).toEqual(['organisation.name']);
  });

  it('names every bad field at once', () => {
    const input = withValue(
      withValue(rndCase(), 'details.rndCosts', '1e5'),
      'organisation.unifiedSocialCreditCode',
      'X',
    );
    expect(issuePaths(input).sort()).toEqual(['details.rndCosts', 'organisation.unifiedSocialCreditCode']);
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'OSP_RND'],
  ])('refuses %s as a case with a validation error, not a crash', (_form, input) => {
    expect(validationIssues(input).length).toBeGreaterThan(0);
  });

  it('treats a missing history as an applicant with no certifications and no awards', () => {
    const decision = evaluate(withValue(aiActivityCase(), 'history', DELETE));
    expect(decision.outcome).toBe('NEEDS_REVIEW');
  });

  it('parseCase throws the same typed error that evaluate throws', () => {
    const input = withValue(rndCase(), 'details.rndCosts', 100);
    expect(() => parseCase(input)).toThrow(PolicyValidationError);
    expect(() => parseCase(input)).toThrow(/details\.rndCosts/);
  });
});

describe('history awards carry what their caps and once-only rules count by', () => {
  it('refuses an OSP_OPERATING award without its fiscal year, naming the field', () => {
    expect(issuePaths(operatingCase({ awards: [award('OSP_OPERATING', '1000000.00')] }))).toContain(
      'history.awards.0.fiscalYear',
    );
  });

  it('refuses a NATIONAL_PLATFORM award without its recognition reference, naming the field', () => {
    expect(issuePaths(nationalPlatformCase({ awards: [award('NATIONAL_PLATFORM', '100000000.00')] }))).toContain(
      'history.awards.0.recognitionReference',
    );
  });
});
