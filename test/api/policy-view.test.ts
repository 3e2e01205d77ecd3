import { describe, expect, it } from 'vitest';
import { policyView } from '../../functions/applicant-api/policy-view.js';
import { LG_AI_2020, POLICY_REGISTRY, PolicyRegistry, yuan, type PolicyVersion } from '../../shared/policy/index.js';

const successor: PolicyVersion = {
  ...LG_AI_2020,
  id: 'LG-AI-2027',
  title: 'A later version (test only)',
  publishedOn: '2027-01-01',
  inForceFrom: '2027-01-01',
  applicationsFrom: '2027-01-01',
  parameters: {
    ...LG_AI_2020.parameters,
    aiActivityMax: { ...LG_AI_2020.parameters.aiActivityMax, value: yuan(6_000_000), since: '2027-01-01' },
  },
};

describe('GET /v1/policy view', () => {
  const view = policyView(POLICY_REGISTRY, '2026-11-25');
  const version = view.versions[0]!;

  it('shows LG-AI-2020 in force with its dates', () => {
    expect(view).toMatchObject({ today: '2026-11-25', inForce: 'LG-AI-2020' });
    expect(version).toMatchObject({
      id: 'LG-AI-2020',
      publishedOn: '2020-12-26',
      inForceFrom: '2020-12-26',
      inForceUntil: '2026-12-05',
      inForceToday: true,
      applicationsFrom: '2021-01-01',
      firstPayoutOn: '2021-03-01',
    });
  });

  it('renders money as yuan strings, with the clause it comes from', () => {
    expect(version.parameters.ospRndCumulativeCap).toEqual({
      value: '30000000.00',
      unit: 'CNY',
      since: '2020-12-26',
      reference: LG_AI_2020.parameters.ospRndCumulativeCap.reference,
      configurable: false,
    });
    expect(version.parameters.ospOperatingAnnualCap?.value).toBe('1000000.00');
    expect(version.parameters.nationalPlatformMax?.value).toBe('100000000.00');
  });

  it('renders rates as percentages and marks configurable defaults', () => {
    expect(version.parameters.ospRndRate).toMatchObject({ value: '50%', unit: 'percent' });
    expect(version.parameters.ospOperatingRate?.value).toBe('10%');
    expect(version.parameters.aiActivityMax).toMatchObject({ value: '5000000.00', configurable: true });
  });

  it('renders revenue tiers with yuan bounds, the top tier open-ended', () => {
    const tiers = version.parameters.revenueTiers?.value as { above: string; upTo: string | null; award: string }[];
    expect(tiers[0]).toEqual({ above: '5000000.00', upTo: '10000000.00', award: '200000.00' });
    expect(tiers.at(-1)).toEqual({ above: '1000000000.00', upTo: null, award: '12000000.00' });
  });

  it('shows LG-AI-2020-R1 from 2026-12-06 with its eight tiers up to 12,000,000.00, paid step-up', () => {
    const later = policyView(POLICY_REGISTRY, '2026-12-06');
    const revision = later.versions.find((candidate) => candidate.id === 'LG-AI-2020-R1')!;
    expect(later.inForce).toBe('LG-AI-2020-R1');
    expect(revision).toMatchObject({ inForceFrom: '2026-12-06', inForceUntil: null, inForceToday: true });
    expect(revision.parameters.revenueAwardRule).toMatchObject({
      value: 'STEP_UP',
      unit: 'rule',
      since: '2026-12-06',
      configurable: true,
    });
    expect(version.parameters.revenueAwardRule).toMatchObject({ value: 'ONCE_PER_APPLICANT', unit: 'rule' });
    const tiers = revision.parameters.revenueTiers?.value as { above: string; award: string }[];
    expect(tiers.map((tier) => tier.award)).toEqual([
      '200000.00',
      '300000.00',
      '500000.00',
      '1000000.00',
      '2000000.00',
      '5000000.00',
      '8000000.00',
      '12000000.00',
    ]);
  });

  it('shows every parameter of the version, and nothing but JSON values', () => {
    expect(Object.keys(version.parameters).sort()).toEqual(Object.keys(LG_AI_2020.parameters).sort());
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  it('closes a version the day before its successor and follows the date', () => {
    const registry = new PolicyRegistry([LG_AI_2020, successor]);
    const before = policyView(registry, '2026-12-31');
    expect(before.inForce).toBe('LG-AI-2020');
    expect(before.versions.map((v) => [v.id, v.inForceUntil, v.inForceToday])).toEqual([
      ['LG-AI-2020', '2026-12-31', true],
      ['LG-AI-2027', null, false],
    ]);
    const after = policyView(registry, '2027-01-01');
    expect(after.inForce).toBe('LG-AI-2027');
    expect(after.versions[1]!.parameters.aiActivityMax).toMatchObject({ value: '6000000.00', since: '2027-01-01' });
  });
});
