/**
 * A what-if draft's overrides (SPEC §12): every parameter is named as GET /v1/policy names it and
 * valued as it renders it, so what the policy document shows can be sent back as is; a value in
 * another unit or out of range is refused naming the parameter; the draft judges with the same rules.
 */
import { describe, expect, it } from 'vitest';
import { policyView } from '../../functions/applicant-api/policy-view.js';
import { draftRegistry, overridesSchema, withOverrides } from '../../shared/policy/overrides.js';
import { decideUnderOptions, LG_AI_2020, parseCase, POLICY_REGISTRY } from '../../shared/policy/index.js';
import { fieldIssues } from '../../shared/i18n/index.js';
import { operatingCase, revenueCase } from './cases.js';

const issuesOf = (overrides: unknown) => {
  const result = overridesSchema.safeParse(overrides, { reportInput: true });
  return result.success ? [] : fieldIssues(result.error);
};

describe('parameter overrides', () => {
  it('take back every parameter of every version exactly as GET /v1/policy renders it', () => {
    const shown = policyView(POLICY_REGISTRY, '2026-12-06');
    for (const [index, version] of POLICY_REGISTRY.versions.entries()) {
      const rendered = Object.fromEntries(
        Object.entries(shown.versions[index]!.parameters).map(([name, parameter]) => [name, parameter.value]),
      );
      const values = Object.fromEntries(
        Object.entries(version.parameters).map(([name, parameter]) => [name, parameter.value]),
      );
      expect(overridesSchema.parse(rendered), version.id).toEqual(values);
    }
  });

  it('read percentages, amounts, years, days and tiers into the policy units', () => {
    expect(
      overridesSchema.parse({
        ospOperatingRate: '15%',
        ospRndRate: '12.5%',
        ospOperatingAnnualCap: '1500000.5',
        ospOperatingFirstFiscalYear: 2021,
        ospOperatingPayoutFrom: '04-30',
        appealWindowDays: 90,
        revenueAwardRule: 'STEP_UP',
        revenueTiers: [
          { above: '0.00', upTo: '10.00', award: '1.00' },
          { above: '10.00', upTo: null, award: '2.00' },
        ],
      }),
    ).toEqual({
      ospOperatingRate: 1500,
      ospRndRate: 1250,
      ospOperatingAnnualCap: 150000050n,
      ospOperatingFirstFiscalYear: 2021,
      ospOperatingPayoutFrom: '04-30',
      appealWindowDays: 90,
      revenueAwardRule: 'STEP_UP',
      revenueTiers: [
        { above: 0n, upTo: 1000n, award: 100n },
        { above: 1000n, upTo: null, award: 200n },
      ],
    });
    expect(overridesSchema.parse({})).toEqual({});
  });

  it('refuse an unknown parameter, another unit or a value out of range, naming the parameter', () => {
    const refused: Array<[Record<string, unknown>, string]> = [
      [{ ospOperatingRatio: '15%' }, 'ospOperatingRatio'],
      [{ __proto__: null, constructor: 1 }, 'constructor'],
      [{ ospOperatingRate: 0.15 }, 'ospOperatingRate'],
      [{ ospOperatingRate: '15' }, 'ospOperatingRate'],
      [{ ospOperatingRate: '0%' }, 'ospOperatingRate'],
      [{ ospOperatingRate: '100.01%' }, 'ospOperatingRate'],
      [{ ospOperatingRate: '15.001%' }, 'ospOperatingRate'],
      [{ ospOperatingAnnualCap: 1000000 }, 'ospOperatingAnnualCap'],
      [{ ospOperatingAnnualCap: '0.00' }, 'ospOperatingAnnualCap'],
      [{ ospOperatingAnnualCap: '-5.00' }, 'ospOperatingAnnualCap'],
      [{ ospOperatingAnnualCap: '10000000000.01' }, 'ospOperatingAnnualCap'],
      [{ ospOperatingAnnualCap: '15%' }, 'ospOperatingAnnualCap'],
      [{ ospOperatingFirstFiscalYear: '2021' }, 'ospOperatingFirstFiscalYear'],
      [{ ospOperatingFirstFiscalYear: 1999 }, 'ospOperatingFirstFiscalYear'],
      [{ ospOperatingPayoutFrom: '02-29' }, 'ospOperatingPayoutFrom'],
      [{ ospOperatingPayoutFrom: '04-31' }, 'ospOperatingPayoutFrom'],
      [{ ospOperatingPayoutFrom: '2021-03-01' }, 'ospOperatingPayoutFrom'],
      [{ settlementEstablishedFrom: '2020-02-30' }, 'settlementEstablishedFrom'],
      [{ appealWindowDays: 0 }, 'appealWindowDays'],
      [{ appealWindowDays: 1.5 }, 'appealWindowDays'],
      [{ revenueAwardRule: 'TWICE' }, 'revenueAwardRule'],
      [{ revenueTiers: [] }, 'revenueTiers'],
      [{ revenueTiers: [{ above: '0.00', upTo: '10.00', award: '1.00' }] }, 'revenueTiers'],
      [
        {
          revenueTiers: [
            { above: '0.00', upTo: '10.00', award: '1.00' },
            { above: '20.00', upTo: null, award: '2.00' },
          ],
        },
        'revenueTiers',
      ],
      [{ revenueTiers: [{ above: '0.00', upTo: null, award: '0.00' }] }, 'revenueTiers.0.award'],
    ];
    for (const [overrides, path] of refused) {
      const issues = issuesOf(overrides);
      expect(issues.length, JSON.stringify(overrides)).toBeGreaterThan(0);
      expect(
        issues.every((issue) => issue.path === path),
        `${JSON.stringify(overrides)} → ${JSON.stringify(issues)}`,
      ).toBe(true);
    }
  });
});

describe('a draft', () => {
  it('judges with the same rules and the overridden figures, in each case its own version and window', () => {
    const claim = parseCase(operatingCase({ details: { fiscalYear: 2021, operatingCosts: '1000000.00' } }));
    const registry = draftRegistry(POLICY_REGISTRY, overridesSchema.parse({ ospOperatingRate: '15%' }));
    expect(decideUnderOptions(claim).amount).toBe('100000.00');
    const drafted = decideUnderOptions(claim, { registry });
    expect(drafted).toMatchObject({ outcome: 'ELIGIBLE', amount: '150000.00', policyVersion: 'LG-AI-2020' });
    // Under a named version, overridden too (the tiers of R1 on a 2021 claim).
    const revenue = parseCase(revenueCase());
    const underR1 = decideUnderOptions(revenue, { registry, policy: 'LG-AI-2020-R1' });
    expect(underR1.policyVersion).toBe('LG-AI-2020-R1');
    expect(underR1).toEqual(decideUnderOptions(revenue, { policy: 'LG-AI-2020-R1' }));
  });

  it('leaves the versions themselves unchanged', () => {
    const before = JSON.stringify(LG_AI_2020, (_, value) => (typeof value === 'bigint' ? String(value) : value));
    const drafted = withOverrides(LG_AI_2020, { ospOperatingRate: 1500 });
    expect(drafted.parameters.ospOperatingRate.value).toBe(1500);
    expect(drafted.parameters.ospOperatingRate.reference).toBe(LG_AI_2020.parameters.ospOperatingRate.reference);
    expect(JSON.stringify(LG_AI_2020, (_, value) => (typeof value === 'bigint' ? String(value) : value))).toBe(before);
  });
});
