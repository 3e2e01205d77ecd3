/** What every decision carries: its outcome, a two-decimal amount, its version and reasons naming their rules. */
import { describe, expect, it } from 'vitest';
import { renderReason } from '../../shared/i18n/index.js';
import { ACTIVITY_TYPES, evaluate } from '../../shared/policy/index.js';
import {
  aiActivityCase,
  award,
  CASE_BUILDERS,
  expectWellFormed,
  nationalPlatformCase,
  operatingCase,
  revenueCase,
  rndCase,
  rulesOf,
  settlementCase,
  shanghai,
} from './cases.js';

const COMMON_RULES = ['policy.window', 'organisation.registeredInLingang'];

describe('a decision names the rules it applied', () => {
  it.each([
    [
      'OSP_RND',
      rndCase(),
      'ELIGIBLE',
      ['OSP_RND.certification', 'OSP_RND.period', 'OSP_RND.costs', 'OSP_RND.rate', 'OSP_RND.cap'],
    ],
    [
      'OSP_OPERATING',
      operatingCase(),
      'ELIGIBLE',
      [
        'OSP_OPERATING.certification',
        'OSP_OPERATING.fiscalYear',
        'OSP_OPERATING.costs',
        'OSP_OPERATING.rate',
        'OSP_OPERATING.cap',
      ],
    ],
    [
      'AI_ACTIVITY',
      aiActivityCase(),
      'NEEDS_REVIEW',
      ['AI_ACTIVITY.activityType', 'AI_ACTIVITY.requestedAmount', 'AI_ACTIVITY.cap'],
    ],
    [
      'REVENUE_MILESTONE',
      revenueCase(),
      'ELIGIBLE',
      [
        'REVENUE_MILESTONE.fiscalYear',
        'REVENUE_MILESTONE.threshold',
        'REVENUE_MILESTONE.firstTime',
        'REVENUE_MILESTONE.oncePerApplicant',
        'REVENUE_MILESTONE.tier',
      ],
    ],
    [
      'ENTERPRISE_SETTLEMENT',
      settlementCase(),
      'NEEDS_REVIEW',
      [
        'ENTERPRISE_SETTLEMENT.establishedOn',
        'ENTERPRISE_SETTLEMENT.oncePerApplicant',
        'ENTERPRISE_SETTLEMENT.requestedAmount',
        'ENTERPRISE_SETTLEMENT.cap',
      ],
    ],
    [
      'NATIONAL_PLATFORM',
      nationalPlatformCase(),
      'NEEDS_REVIEW',
      [
        'NATIONAL_PLATFORM.recognition',
        'NATIONAL_PLATFORM.oncePerRecognition',
        'NATIONAL_PLATFORM.requestedAmount',
        'NATIONAL_PLATFORM.cap',
      ],
    ],
  ] as const)('%s: a %s decision explains every rule it passed', (_programme, input, outcome, rules) => {
    const decision = evaluate(input);
    expect(decision.outcome).toBe(outcome);
    expect(rulesOf(decision)).toEqual(expect.arrayContaining([...COMMON_RULES, ...rules]));
    expectWellFormed(decision);
  });

  it('an ineligible decision names every rule that failed', () => {
    const decision = evaluate(
      rndCase({
        submittedAt: shanghai('2020-12-30'),
        organisation: { registeredInLingang: false },
        certifications: [],
      }),
    );
    expect(decision.outcome).toBe('INELIGIBLE');
    expect(rulesOf(decision)).toEqual(
      expect.arrayContaining(['policy.window', 'organisation.registeredInLingang', 'OSP_RND.certification']),
    );
    expectWellFormed(decision);
  });

  it('an exhausted cap is explained under the cap rule with the cap figure', () => {
    const decision = evaluate(rndCase({ awards: [award('OSP_RND', '30000000.00')] }));
    const reason = decision.reasons.find((r) => r.rule === 'OSP_RND.cap')!;
    expect(renderReason(reason, 'en').message).toContain('30,000,000.00 yuan');
    expect(decision).toMatchObject({ outcome: 'INELIGIBLE', amount: '0.00', capApplied: true });
  });

  it('an exhausted operating-cost cap for the year reports that the cap applied', () => {
    const decision = evaluate(operatingCase({ awards: [award('OSP_OPERATING', '1000000.00', { fiscalYear: 2021 })] }));
    expect(decision).toMatchObject({ outcome: 'INELIGIBLE', amount: '0.00', capApplied: true });
  });

  it('a limited award explains the remainder it was limited to', () => {
    const decision = evaluate(
      rndCase({ details: { rndCosts: '10000.00' }, awards: [award('OSP_RND', '29999000.00')] }),
    );
    const reason = decision.reasons.find((r) => r.rule === 'OSP_RND.cap')!;
    expect(renderReason(reason, 'en').message).toContain('1,000.00 yuan');
  });

  it.each(ACTIVITY_TYPES)('the AI activity kind %s goes to review', (activityType) => {
    const decision = evaluate(aiActivityCase({ details: { activityType } }));
    expect(decision.outcome).toBe('NEEDS_REVIEW');
    expect(decision.amount).toBe('100000.00');
  });

  it("there are exactly the seed's seven kinds of AI activity", () => {
    expect(ACTIVITY_TYPES).toHaveLength(7);
  });
});

describe('the decision object is stored language-neutral (SPEC §3.2)', () => {
  it.each(Object.entries(CASE_BUILDERS))(
    '%s: exactly outcome, amount, capApplied, policyVersion, reasons of {rule, params}',
    (_programme, build) => {
      const decision = evaluate(build());
      expect(Object.keys(decision).sort()).toEqual(['amount', 'capApplied', 'outcome', 'policyVersion', 'reasons']);
      for (const reason of decision.reasons) expect(Object.keys(reason).sort()).toEqual(['params', 'rule']);
      expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
    },
  );

  it.each(Object.entries(CASE_BUILDERS))('%s: evaluating does not change the input', (_programme, build) => {
    const input = build();
    const before = structuredClone(input);
    evaluate(input);
    expect(input).toEqual(before);
  });
});
