/**
 * Policy versions as dated data: the version in force on the Shanghai submission date
 * decides, a what-if run can force another, and every figure cites its source.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  decide,
  evaluate,
  LG_AI_2020,
  LG_AI_2020_R1,
  parseCase,
  POLICY_REGISTRY,
  PolicyRegistry,
  UnknownPolicyVersionError,
  versionFor,
  yuan,
  type Parameter,
  type ParameterUnit,
  type PolicyVersion,
} from '../../shared/policy/index.js';
import { aiActivityCase, rndCase, shanghai } from './cases.js';

/** A later version that raises the AI activity maximum from 5,000,000 to 6,000,000 yuan from 1 July 2023. */
const LG_AI_2023: PolicyVersion = {
  ...LG_AI_2020,
  id: 'LG-AI-2023',
  title: 'A later revision (test fixture)',
  publishedOn: '2023-06-01',
  inForceFrom: '2023-07-01',
  applicationsFrom: '2023-07-01',
  parameters: {
    ...LG_AI_2020.parameters,
    aiActivityMax: {
      ...LG_AI_2020.parameters.aiActivityMax,
      value: yuan(6_000_000),
      since: '2023-07-01',
    },
  },
};
const registry = new PolicyRegistry([LG_AI_2020, LG_AI_2023]);

/** A request of 5,500,000.00: limited to 5,000,000.00 under LG-AI-2020, in full under LG-AI-2023. */
const request = (submittedAt: string) => aiActivityCase({ submittedAt, details: { requestedAmount: '5500000.00' } });

describe('dated version selection', () => {
  it('decides a case submitted 2023-06-30T23:59:59+08:00 under LG-AI-2020', () => {
    const decision = evaluate(request('2023-06-30T23:59:59+08:00'), { registry });
    expect(decision).toMatchObject({
      policyVersion: 'LG-AI-2020',
      outcome: 'NEEDS_REVIEW',
      amount: '5000000.00',
      capApplied: true,
    });
  });

  it('decides a case submitted 2023-07-01T00:00:00+08:00 under the later version', () => {
    const decision = evaluate(request('2023-07-01T00:00:00+08:00'), { registry });
    expect(decision).toMatchObject({
      policyVersion: 'LG-AI-2023',
      outcome: 'NEEDS_REVIEW',
      amount: '5500000.00',
      capApplied: false,
    });
  });

  it('uses the Shanghai date of a UTC instant: 2023-06-30T15:59:59Z is still LG-AI-2020, 16:00:00Z is the later version', () => {
    expect(evaluate(request('2023-06-30T15:59:59Z'), { registry }).policyVersion).toBe('LG-AI-2020');
    expect(evaluate(request('2023-06-30T16:00:00Z'), { registry }).policyVersion).toBe('LG-AI-2023');
  });

  it('selects the same way whatever order the registry is given its versions in', () => {
    const reversed = new PolicyRegistry([LG_AI_2023, LG_AI_2020]);
    expect(versionFor('2023-06-30T23:59:59+08:00', { registry: reversed }).id).toBe('LG-AI-2020');
    expect(versionFor('2023-07-01T00:00:00+08:00', { registry: reversed }).id).toBe('LG-AI-2023');
  });

  it('keeps judging earlier submissions under the earlier version once a later one exists', () => {
    expect(versionFor(shanghai('2021-05-01'), { registry }).id).toBe('LG-AI-2020');
    expect(versionFor(shanghai('2030-01-01'), { registry }).id).toBe('LG-AI-2023');
  });

  it('answers with the first version before any version is in force, whose window then refuses the case', () => {
    const decision = evaluate(rndCase({ submittedAt: shanghai('2019-06-01') }), { registry });
    expect(decision.policyVersion).toBe('LG-AI-2020');
    expect(decision.outcome).toBe('INELIGIBLE');
    expect(decision.reasons.map((reason) => reason.rule)).toContain('policy.window');
  });

  it('reports LG-AI-2020 as in force until the day before the later version', () => {
    expect(registry.inForceUntil(LG_AI_2020)).toBe('2023-06-30');
    expect(registry.inForceUntil(LG_AI_2023)).toBeNull();
  });

  it('finds versions by id', () => {
    expect(registry.byId('LG-AI-2023')).toBe(LG_AI_2023);
    expect(registry.byId('LG-AI-1999')).toBeUndefined();
  });

  it('refuses an empty registry', () => {
    expect(() => new PolicyRegistry([])).toThrow();
  });

  it('the default registry holds LG-AI-2020 until 2026-12-05 and LG-AI-2020-R1 from 2026-12-06 (Shanghai)', () => {
    expect(POLICY_REGISTRY.byId('LG-AI-2020')).toBe(LG_AI_2020);
    expect(POLICY_REGISTRY.byId('LG-AI-2020-R1')).toBe(LG_AI_2020_R1);
    expect(evaluate(request('2023-07-01T00:00:00+08:00')).policyVersion).toBe('LG-AI-2020');
    expect(evaluate(request('2026-12-05T15:59:59Z')).policyVersion).toBe('LG-AI-2020');
    expect(evaluate(request('2026-12-05T16:00:00Z')).policyVersion).toBe('LG-AI-2020-R1');
    expect(POLICY_REGISTRY.inForceUntil(LG_AI_2020)).toBe('2026-12-05');
  });
});

describe('what-if runs force a version', () => {
  it('evaluate(case, {policy: "LG-AI-2020"}) decides a case of August 2023 under LG-AI-2020', () => {
    const lateCase = request(shanghai('2023-08-01'));
    expect(evaluate(lateCase, { registry }).policyVersion).toBe('LG-AI-2023');
    const whatIf = evaluate(lateCase, { policy: 'LG-AI-2020', registry });
    expect(whatIf).toMatchObject({ policyVersion: 'LG-AI-2020', amount: '5000000.00', capApplied: true });
  });

  it('evaluate is decide(parseCase(case), versionFor(...)) for the named version', () => {
    const lateCase = request(shanghai('2023-08-01'));
    const manual = decide(
      parseCase(lateCase),
      versionFor(lateCase.submittedAt, { policy: 'LG-AI-2020', registry }),
      registry,
    );
    expect(evaluate(lateCase, { policy: 'LG-AI-2020', registry })).toEqual(manual);
  });

  it('re-judges a past case under a later version by the new figures, keeping the window it was submitted in', () => {
    const pastCase = request(shanghai('2021-05-01'));
    const whatIf = evaluate(pastCase, { policy: 'LG-AI-2023', registry });
    expect(whatIf.policyVersion).toBe('LG-AI-2023');
    expect(whatIf).toMatchObject({ outcome: 'NEEDS_REVIEW', amount: '5500000.00', capApplied: false });
  });

  it('still refuses under a later version a case submitted before any application window opened', () => {
    const early = evaluate(request(shanghai('2020-12-30')), { policy: 'LG-AI-2023', registry });
    expect(early.outcome).toBe('INELIGIBLE');
    expect(early.reasons.map((reason) => reason.rule)).toContain('policy.window');
  });

  it('throws UnknownPolicyVersionError for a version the registry does not hold', () => {
    expect(() => evaluate(request(shanghai('2023-08-01')), { policy: 'LG-AI-2099', registry })).toThrow(
      UnknownPolicyVersionError,
    );
    expect(() => versionFor(shanghai('2023-08-01'), { policy: 'LG-AI-2023' })).toThrow(UnknownPolicyVersionError);
  });

  it('names the unknown version in the error', () => {
    try {
      evaluate(request(shanghai('2023-08-01')), { policy: 'LG-AI-2099', registry });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownPolicyVersionError);
      expect((error as UnknownPolicyVersionError).versionId).toBe('LG-AI-2099');
    }
  });
});

describe.each([LG_AI_2020, LG_AI_2020_R1])(
  'every parameter of $id cites where it comes from (reads like the policy)',
  (version) => {
    const SEED_SOURCE = 'seed/lingang-ai-policy-2020.txt';
    const parameters = Object.entries(version.parameters);

    it('has the thirteen parameters of SPEC §3 (the revenue award rule among them) and the appeal window of §11', () => {
      expect(parameters.map(([name]) => name).sort()).toEqual(
        [
          'aiActivityMax',
          'appealWindowDays',
          'nationalPlatformMax',
          'ospOperatingAnnualCap',
          'ospOperatingFirstFiscalYear',
          'ospOperatingPayoutFrom',
          'ospOperatingRate',
          'ospRndCumulativeCap',
          'ospRndRate',
          'revenueAwardRule',
          'revenueThreshold',
          'revenueTiers',
          'settlementEstablishedFrom',
          'settlementMax',
        ].sort(),
      );
    });

    it.each(parameters)(
      '%s has a reference with a non-empty source, clause and text, and a valid since date',
      (_name, parameter) => {
        const { reference } = parameter;
        expect(reference.source.trim()).not.toBe('');
        expect(reference.clause.trim()).not.toBe('');
        expect(reference.text.trim()).not.toBe('');
        expect(parameter.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(parameter.since <= version.inForceFrom).toBe(true);
      },
    );

    it.each(parameters)('%s cites either the seed text or the SPEC', (_name, parameter) => {
      expect([SEED_SOURCE, 'SPEC §3', 'SPEC §11']).toContain(parameter.reference.source);
    });

    /** The form of a value in each unit, beyond what its type says. */
    const inUnit: { [U in ParameterUnit]: (value: Parameter<U>['value']) => boolean } = {
      fen: (fen) => fen > 0n,
      'basis-points': (rate) => Number.isInteger(rate) && rate > 0 && rate <= 10_000,
      'fiscal-year': (year) => Number.isInteger(year) && year >= 2020,
      'month-day': (day) => /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(day),
      date: (date) => /^\d{4}-\d{2}-\d{2}$/.test(date),
      days: (days) => Number.isInteger(days) && days > 0,
      'fen-tiers': (tiers) => tiers.length > 0 && tiers.every((tier) => tier.award > 0n),
      'award-rule': (rule) => rule === 'ONCE_PER_APPLICANT' || rule === 'STEP_UP',
    };

    it.each(parameters)('%s states its unit, and its value is written in it', (_name, parameter) => {
      const { unit, value } = parameter as Parameter<ParameterUnit>;
      expect(Object.keys(inUnit)).toContain(unit);
      expect((inUnit[unit] as (value: unknown) => boolean)(value)).toBe(true);
    });

    it('the configurable defaults of SPEC §3 are marked configurable', () => {
      const p = version.parameters;
      expect(p.aiActivityMax.configurable).toBe(true);
      expect(p.revenueTiers.configurable).toBe(true);
      expect(p.revenueAwardRule.configurable).toBe(true);
      expect(p.appealWindowDays).toMatchObject({ value: 60, configurable: true });
      expect(p.settlementEstablishedFrom.configurable).toBe(true);
    });

    // The seed lives beside the repository (../shared/seed); a checkout without it skips this check.
    const seedPath = fileURLToPath(new URL('../../../shared/seed/lingang-ai-policy-2020.txt', import.meta.url));
    const seedCitations = parameters.filter(([, parameter]) => parameter.reference.source === SEED_SOURCE);

    it.skipIf(!existsSync(seedPath)).each(seedCitations)(
      '%s quotes the seed verbatim on the line it cites',
      (_name, parameter) => {
        const lines = readFileSync(seedPath, 'utf8').split(/\r?\n/);
        const { clause, text } = parameter.reference;
        const lineNumber = Number(/^line (\d+)$/.exec(clause)?.[1]);
        expect(lineNumber).toBeGreaterThan(0);
        // A citation may add an editorial note in parentheses after the quoted words.
        const quoted = text.replace(/\s*\([^)]*\)\s*$/, '');
        expect(lines[lineNumber - 1]).toContain(quoted);
      },
    );
  },
);
