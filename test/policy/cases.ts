/**
 * Builders for policy cases (SPEC §3.1 batch format) and small assertion helpers shared by
 * the policy tests. Every builder returns a valid case that is ELIGIBLE (or NEEDS_REVIEW for
 * the reviewed programmes) under LG-AI-2020 unless the test overrides something.
 */
import { expect } from 'vitest';
import { LANGUAGES, renderReason } from '../../shared/i18n/index.js';
import {
  evaluate,
  PolicyValidationError,
  type CaseInput,
  type Decision,
  type EvaluateOptions,
  type FieldIssue,
  type ProgrammeCode,
} from '../../shared/policy/index.js';

/** A Unified Social Credit Code with a correct GB 32100-2015 check character. */
export const VALID_USCC = '91350100M000100Y43';

export type ProgrammeCase<P extends ProgrammeCode> = Extract<CaseInput, { programme: P }>;
type HistoryInput = NonNullable<CaseInput['history']>;
export type CertificationInput = NonNullable<HistoryInput['certifications']>[number];
export type AwardInput = NonNullable<HistoryInput['awards']>[number];
export type OrganisationInput = CaseInput['organisation'];

/** An instant written in Shanghai time: shanghai('2021-01-01') is 2021-01-01T10:00:00+08:00. */
export const shanghai = (date: string, time = '10:00:00'): string => `${date}T${time}+08:00`;

export const organisation = (overrides: Partial<OrganisationInput> = {}): OrganisationInput => ({
  name: 'Lin-gang Deep Learning Platform Co., Ltd.',
  unifiedSocialCreditCode: VALID_USCC,
  registeredInLingang: true,
  ...overrides,
});

export const certification = (certifiedFrom: string, certifiedUntil: string): CertificationInput => ({
  certifiedFrom,
  certifiedUntil,
});

/** A platform certification running from the policy's publication well past every test date. */
export const LONG_CERTIFICATION = certification('2020-12-26', '2030-12-31');

export const award = (programme: ProgrammeCode, amount: string, extra: Partial<AwardInput> = {}): AwardInput => ({
  programme,
  amount,
  ...extra,
});

interface CaseOptions<P extends ProgrammeCode> {
  submittedAt?: string;
  organisation?: Partial<OrganisationInput>;
  details?: Partial<ProgrammeCase<P>['details']>;
  certifications?: CertificationInput[];
  awards?: AwardInput[];
}

function build<P extends ProgrammeCode>(
  programme: P,
  defaults: { submittedAt: string; details: ProgrammeCase<P>['details']; certifications: CertificationInput[] },
  options: CaseOptions<P>,
): ProgrammeCase<P> {
  return {
    submittedAt: options.submittedAt ?? defaults.submittedAt,
    programme,
    organisation: organisation(options.organisation),
    details: { ...defaults.details, ...options.details },
    history: {
      certifications: options.certifications ?? defaults.certifications,
      awards: options.awards ?? [],
    },
  } as ProgrammeCase<P>;
}

/** OSP_RND: R&D costs of Q1 2021, certified platform, submitted in May 2021. */
export const rndCase = (options: CaseOptions<'OSP_RND'> = {}) =>
  build(
    'OSP_RND',
    {
      submittedAt: shanghai('2021-05-01'),
      details: { periodStart: '2021-01-01', periodEnd: '2021-03-31', rndCosts: '1000000.00' },
      certifications: [LONG_CERTIFICATION],
    },
    options,
  );

/** OSP_OPERATING: fiscal year 2021, certified platform, submitted in March 2022. */
export const operatingCase = (options: CaseOptions<'OSP_OPERATING'> = {}) =>
  build(
    'OSP_OPERATING',
    {
      submittedAt: shanghai('2022-03-15'),
      details: { fiscalYear: 2021, operatingCosts: '1000000.00' },
      certifications: [LONG_CERTIFICATION],
    },
    options,
  );

export const aiActivityCase = (options: CaseOptions<'AI_ACTIVITY'> = {}) =>
  build(
    'AI_ACTIVITY',
    {
      submittedAt: shanghai('2021-05-01'),
      details: {
        activityType: 'COMPETITION',
        description: 'Lin-gang open data challenge 2021',
        requestedAmount: '100000.00',
      },
      certifications: [],
    },
    options,
  );

/** REVENUE_MILESTONE: income of fiscal year 2021 (20M) above 5M for the first time (2020: 4M). */
export const revenueCase = (options: CaseOptions<'REVENUE_MILESTONE'> = {}) =>
  build(
    'REVENUE_MILESTONE',
    {
      submittedAt: shanghai('2022-04-01'),
      details: {
        fiscalYear: 2021,
        mainBusinessIncome: '20000000.00',
        priorYears: [{ fiscalYear: 2020, mainBusinessIncome: '4000000.00' }],
      },
      certifications: [],
    },
    options,
  );

/**
 * REVENUE_MILESTONE under LG-AI-2020-R1 (step-up, in force from 2026-12-06): income of fiscal
 * year 2026 (60M) claimed on 2027-03-01, 2025's 8M declared before it.
 */
export const stepUpCase = (options: CaseOptions<'REVENUE_MILESTONE'> = {}) =>
  build(
    'REVENUE_MILESTONE',
    {
      submittedAt: shanghai('2027-03-01'),
      details: {
        fiscalYear: 2026,
        mainBusinessIncome: '60000000.00',
        priorYears: [{ fiscalYear: 2025, mainBusinessIncome: '8000000.00' }],
      },
      certifications: [],
    },
    options,
  );

export const settlementCase = (options: CaseOptions<'ENTERPRISE_SETTLEMENT'> = {}) =>
  build(
    'ENTERPRISE_SETTLEMENT',
    {
      submittedAt: shanghai('2021-05-01'),
      details: { establishedOn: '2021-03-01', origin: 'FOREIGN', requestedAmount: '3000000.00' },
      certifications: [],
    },
    options,
  );

export const nationalPlatformCase = (options: CaseOptions<'NATIONAL_PLATFORM'> = {}) =>
  build(
    'NATIONAL_PLATFORM',
    {
      submittedAt: shanghai('2021-07-01'),
      details: {
        recognition: 'NATIONAL_KEY_LABORATORY',
        recognitionReference: 'NKL-2021-017',
        recognizedOn: '2021-06-01',
        requestedAmount: '50000000.00',
      },
      certifications: [],
    },
    options,
  );

/** One valid default case per programme, for rules common to all of them. */
export const CASE_BUILDERS = {
  OSP_RND: rndCase,
  OSP_OPERATING: operatingCase,
  AI_ACTIVITY: aiActivityCase,
  REVENUE_MILESTONE: revenueCase,
  ENTERPRISE_SETTLEMENT: settlementCase,
  NATIONAL_PLATFORM: nationalPlatformCase,
} as const satisfies { [P in ProgrammeCode]: (options?: CaseOptions<P>) => ProgrammeCase<P> };

export const DELETE = Symbol('delete');

/** A deep copy of `input` with the value at a dotted path ("details.rndCosts", "history.awards.0") replaced or deleted. */
export function withValue(input: unknown, path: string, value: unknown): unknown {
  const copy = structuredClone(input) as Record<string, unknown>;
  const keys = path.split('.');
  let target: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = keys[keys.length - 1]!;
  if (value === DELETE) delete target[last];
  else target[last] = value;
  return copy;
}

/** The field issues `evaluate` refuses the input with; fails the test when it does not refuse it. */
export function validationIssues(input: unknown, options?: EvaluateOptions): FieldIssue[] {
  try {
    evaluate(input, options);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyValidationError);
    return (error as PolicyValidationError).issues;
  }
  throw new Error(`expected the input to be refused as invalid: ${JSON.stringify(input)}`);
}

export const issuePaths = (input: unknown): string[] => validationIssues(input).map((issue) => issue.path);

export const rulesOf = (decision: Decision): string[] => decision.reasons.map((reason) => reason.rule);

/** Money as the API writes it back: digits, a point, exactly two decimals. */
export const TWO_DECIMALS = /^(0|[1-9][0-9]*)\.[0-9]{2}$/;

/** What every decision promises (SPEC §3): a known outcome, a two-decimal amount, "0.00" when ineligible, named reasons. */
export function expectWellFormed(decision: Decision): void {
  expect(['ELIGIBLE', 'INELIGIBLE', 'NEEDS_REVIEW']).toContain(decision.outcome);
  expect(decision.amount).toMatch(TWO_DECIMALS);
  expect(typeof decision.capApplied).toBe('boolean');
  expect(decision.policyVersion).not.toBe('');
  expect(decision.reasons.length).toBeGreaterThan(0);
  for (const reason of decision.reasons) {
    expect(reason.rule).toMatch(/^[A-Za-z_]+\.[A-Za-z]+$/);
    for (const language of LANGUAGES) expect(renderReason(reason, language).message.trim()).not.toBe('');
  }
  if (decision.outcome === 'INELIGIBLE') expect(decision.amount).toBe('0.00');
}
