/**
 * The appeal rules (shared/policy/appeals.ts): the window in Asia/Shanghai calendar days by the
 * version in force on the decision's date, and the most a grant may award.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUES, renderReason } from '../../shared/i18n/index.js';
import { appealWindow, grantLimit } from '../../shared/policy/appeals.js';
import type { Reason } from '../../shared/policy/reasons.js';
import { citedFigures, HAN } from './bilingual.js';
import { LG_AI_2020, PolicyRegistry, yuan, type PolicyVersion } from '../../shared/policy/index.js';

const ORGANISATION = { name: 'Platform Co.', unifiedSocialCreditCode: '91350100M000100Y43', registeredInLingang: true };
const NO_HISTORY = { certifications: [], awards: [] };

describe('appeal.window', () => {
  // Decided at 23:30 on 1 March in Shanghai (15:30 UTC): the 60th day after it is 30 April.
  const decidedAt = '2021-03-01T15:30:00Z';

  it.each([
    ['the day of the decision', '2021-03-01T16:00:00+08:00', '2021-03-01', true],
    ['day 60, its last second', '2021-04-30T23:59:59+08:00', '2021-04-30', true],
    ['day 61, its first second', '2021-05-01T00:00:00+08:00', '2021-05-01', false],
    ['day 61 in Shanghai though 30 April in UTC', '2021-04-30T16:00:00Z', '2021-05-01', false],
  ])('%s', (_label, appealedAt, appealedOn, held) => {
    expect(appealWindow(decidedAt, appealedAt)).toEqual({
      rule: 'appeal.window',
      params: { held, decidedOn: '2021-03-01', appealedOn, windowDays: 60, lastDay: '2021-04-30' },
    });
  });

  it('counts by the version in force on the decision date (a dated parameter)', () => {
    const later: PolicyVersion = {
      ...LG_AI_2020,
      id: 'LG-AI-2022',
      inForceFrom: '2022-01-01',
      parameters: {
        ...LG_AI_2020.parameters,
        appealWindowDays: { ...LG_AI_2020.parameters.appealWindowDays, value: 30, since: '2022-01-01' },
      },
    };
    const registry = new PolicyRegistry([LG_AI_2020, later]);
    expect(appealWindow('2021-12-31T10:00:00+08:00', '2022-02-28T10:00:00+08:00', registry).params).toMatchObject({
      windowDays: 60,
      lastDay: '2022-03-01',
      held: true,
    });
    expect(appealWindow('2022-01-01T10:00:00+08:00', '2022-02-28T10:00:00+08:00', registry).params).toMatchObject({
      windowDays: 30,
      lastDay: '2022-01-31',
      held: false,
    });
  });
});

describe('grantLimit', () => {
  const operating = (awards: { programme: 'OSP_OPERATING'; amount: string; fiscalYear: number }[]) => ({
    submittedAt: '2022-05-01T10:00:00+08:00',
    programme: 'OSP_OPERATING',
    organisation: ORGANISATION,
    details: { fiscalYear: 2021, operatingCosts: '8000000.00' },
    // No certification: the evaluation was INELIGIBLE; the grant's limit does not ask for one.
    history: { certifications: [], awards },
  });

  it('operating costs: 10% limited by what remains of the fiscal year’s cap', () => {
    expect(grantLimit(operating([]))).toMatchObject({ ceiling: yuan(800_000), capApplied: false });
    const limited = grantLimit(operating([{ programme: 'OSP_OPERATING', amount: '900000.00', fiscalYear: 2021 }]));
    expect(limited).toMatchObject({ ceiling: yuan(100_000), capApplied: true });
    expect('reasons' in limited && limited.reasons.map((reason) => reason.params)).toEqual([
      { rate: '10%', costs: '8000000.00', subsidy: '800000.00' },
      { state: 'limited', cap: '1000000.00', remaining: '100000.00', fiscalYear: 2021 },
    ]);
    expect(grantLimit(operating([{ programme: 'OSP_OPERATING', amount: '1000000.00', fiscalYear: 2021 }]))).toEqual({
      refused: [
        {
          rule: 'OSP_OPERATING.cap',
          params: { state: 'exhausted', cap: '1000000.00', remaining: '0.00', fiscalYear: 2021 },
        },
      ],
    });
  });

  it('once-only awards: nothing after the first; reviewed programmes up to the request and their maximum', () => {
    const settlement = (awards: { programme: 'ENTERPRISE_SETTLEMENT'; amount: string }[]) => ({
      submittedAt: '2022-05-01T10:00:00+08:00',
      programme: 'ENTERPRISE_SETTLEMENT',
      organisation: ORGANISATION,
      details: { establishedOn: '2019-01-01', origin: 'DOMESTIC', requestedAmount: '9000000.00' },
      history: { certifications: [], awards },
    });
    expect(grantLimit(settlement([]))).toMatchObject({ ceiling: yuan(8_000_000), capApplied: true });
    expect(grantLimit(settlement([{ programme: 'ENTERPRISE_SETTLEMENT', amount: '1.00' }]))).toEqual({
      refused: [{ rule: 'ENTERPRISE_SETTLEMENT.oncePerApplicant', params: { held: false } }],
    });
    const revenue = {
      submittedAt: '2022-05-01T10:00:00+08:00',
      programme: 'REVENUE_MILESTONE',
      organisation: ORGANISATION,
      history: NO_HISTORY,
    };
    expect(
      grantLimit({ ...revenue, details: { fiscalYear: 2021, mainBusinessIncome: '60000000.00', priorYears: [] } }),
    ).toMatchObject({ ceiling: yuan(1_000_000) });
    expect(
      grantLimit({ ...revenue, details: { fiscalYear: 2021, mainBusinessIncome: '5000000.00', priorYears: [] } }),
    ).toMatchObject({
      refused: [{ rule: 'REVENUE_MILESTONE.tier' }],
    });
  });

  it('a recognition rewarded under another spelling, and an R&D subsidy that rounds to nothing, grant nothing', () => {
    const national = {
      submittedAt: '2022-05-01T10:00:00+08:00',
      programme: 'NATIONAL_PLATFORM',
      organisation: ORGANISATION,
      details: {
        recognition: 'NATIONAL_KEY_LABORATORY',
        recognitionReference: 'nkl 2021-001',
        recognizedOn: '2023-01-01',
        requestedAmount: '20000000.00',
      },
    };
    expect(grantLimit({ ...national, history: NO_HISTORY })).toMatchObject({
      ceiling: yuan(20_000_000),
      capApplied: false,
    });
    const rewarded = {
      certifications: [],
      awards: [{ programme: 'NATIONAL_PLATFORM', amount: '1.00', recognitionReference: 'NKL2021-001' }],
    };
    expect(grantLimit({ ...national, history: rewarded })).toEqual({
      refused: [{ rule: 'NATIONAL_PLATFORM.oncePerRecognition', params: { held: false, reference: 'nkl 2021-001' } }],
    });
    const rnd = {
      submittedAt: '2022-05-01T10:00:00+08:00',
      programme: 'OSP_RND',
      organisation: ORGANISATION,
      history: NO_HISTORY,
    };
    expect(
      grantLimit({ ...rnd, details: { periodStart: '2021-01-01', periodEnd: '2021-06-30', rndCosts: '0.01' } }),
    ).toMatchObject({
      refused: [{ rule: 'OSP_RND.rate' }, { rule: 'OSP_RND.amount', params: { held: false, subsidy: '0.00' } }],
    });
  });
});

describe('appeal reasons in both languages (SPEC §3.2)', () => {
  const REASONS: Reason[] = [
    appealWindow('2021-03-01T15:30:00Z', '2021-04-30T10:00:00+08:00'),
    appealWindow('2021-03-01T15:30:00Z', '2021-05-01T10:00:00+08:00'),
    { rule: 'appeal.upheld', params: { outcome: 'REJECTED' } },
    { rule: 'appeal.granted', params: { amount: '150000.00', ceiling: '800000.00' } },
  ];

  it('covers every appeal rule of the catalogues', () => {
    const rules = Object.keys(CATALOGUES.en.reasons).filter((rule) => rule.startsWith('appeal.'));
    expect([...new Set(REASONS.map((reason) => reason.rule))].sort()).toEqual(rules.sort());
  });

  it.each(REASONS)('$rule: the same figures in English and Chinese', (reason) => {
    const [english, chinese] = [renderReason(reason, 'en').message, renderReason(reason, 'zh-CN').message];
    expect(english).not.toMatch(HAN);
    expect(chinese).toMatch(HAN);
    expect(citedFigures(chinese)).toEqual(citedFigures(english));
  });
});
